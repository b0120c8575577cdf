import { hkdf, randomBytes, scrypt } from 'node:crypto'
import { promisify } from 'node:util'
import type { EncryptionKey } from './encryption.js'

/**
 * The key of an encrypted session's keyed digests, a short id that names it without revealing it,
 * and what metadata records beside the id so that a holder of the key can derive it again.
 */
export interface DigestKey {
  key: Buffer
  id: string
  /** Random per key (32 hex digits); absent for a key of the first scheme (see `legacyDigestKey`). */
  salt?: string
  /** scrypt's cost (log2 N) when the key comes from a passphrase. */
  workFactor?: number
}

/** What metadata records of a digest key: its id, and since the second scheme its salt and cost. */
export interface DigestKeyParams {
  id: string
  salt?: string
  workFactor?: number
}

/**
 * age's own scrypt cost for a passphrase (age-encryption.org/v1: "scrypt work factor" 18, which the
 * age-encryption package uses by default). A guess against the metadata then costs as much as a
 * guess against the archive's header.
 */
const DIGEST_WORK_FACTOR = 18
/** The highest cost a reader accepts from metadata: age's own; scrypt needs 128·r·N bytes (256 MiB). */
export const MAX_DIGEST_WORK_FACTOR = 18

/**
 * A new digest key with a fresh random salt: the same passphrase or identity gives unrelated ids in
 * unrelated sessions and repositories, and no table computed in advance applies. Recipients alone
 * cannot decrypt, and anything derived from them would be public: then there is no digest key.
 */
export async function newDigestKey(key: EncryptionKey): Promise<DigestKey | undefined> {
  return digestKeyFor(key, {
    id: '',
    salt: randomBytes(16).toString('hex'),
    workFactor:
      key.passphrase !== undefined ? (key.scryptWorkFactor ?? DIGEST_WORK_FACTOR) : undefined
  })
}

/**
 * The digest key that `stored` names, derived again from what decrypts the session (HKDF-SHA256,
 * RFC 5869, salted with the stored salt): a passphrase goes through scrypt with the stored cost
 * first, identities (random keys already) straight into HKDF. Metadata without a salt was written
 * by the first scheme, which `legacyDigestKey` still derives, so such copies are still compared
 * (and a save replaces them with the current scheme). Memoised per key object and salt: one save
 * compares and then records with the same derivation.
 */
export async function digestKeyFor(
  key: EncryptionKey,
  stored: DigestKeyParams
): Promise<DigestKey | undefined> {
  if (key.passphrase === undefined && (key.identities ?? []).length === 0) return undefined
  const cacheKey = `${stored.salt ?? 'legacy'}:${stored.workFactor ?? ''}`
  let cache = derived.get(key)
  if (!cache) derived.set(key, (cache = new Map()))
  let found = cache.get(cacheKey)
  if (!found) {
    found = stored.salt === undefined ? legacyDigestKey(key) : saltedDigestKey(key, stored)
    cache.set(cacheKey, found)
  }
  return found
}

const derived = new WeakMap<EncryptionKey, Map<string, Promise<DigestKey | undefined>>>()

async function saltedDigestKey(key: EncryptionKey, stored: DigestKeyParams): Promise<DigestKey> {
  const salt = Buffer.from(stored.salt!, 'hex')
  const workFactor = key.passphrase !== undefined ? stored.workFactor : undefined
  if (key.passphrase !== undefined) {
    if (
      workFactor === undefined ||
      !Number.isInteger(workFactor) ||
      workFactor < 1 ||
      workFactor > MAX_DIGEST_WORK_FACTOR
    )
      // No cost, or one out of range: written with identities (or tampered with), so no passphrase
      // derives the key it names. An id that matches no stored id says so to the caller.
      return { key: Buffer.alloc(0), id: '', salt: stored.salt }
  }
  const material =
    key.passphrase !== undefined
      ? await scryptOf(key.passphrase, salt, workFactor!)
      : identityMaterial(key)
  const derive = async (info: string): Promise<Buffer> =>
    Buffer.from(await promisify(hkdf)('sha256', material, salt, info, 32))
  return {
    key: await derive('transcript digest'),
    id: (await derive('digest key id')).subarray(0, 8).toString('hex'),
    salt: stored.salt,
    ...(workFactor !== undefined ? { workFactor } : {})
  }
}

/**
 * The first scheme (metadata with a `digestKeyId` and no `digestKeySalt`): scrypt at 2^15 with
 * one fixed salt for every key, so the same passphrase gave the same id everywhere and a guess
 * cost an eighth of one against age's header. Kept only to read such metadata: comparing against
 * a copy saved that way still works, and nothing new is written with it.
 */
const LEGACY_DIGEST_SALT = 'claude-session/v1/digest-key'

async function legacyDigestKey(key: EncryptionKey): Promise<DigestKey> {
  const material =
    key.passphrase !== undefined
      ? await scryptOf(key.passphrase, Buffer.from(LEGACY_DIGEST_SALT), 15)
      : identityMaterial(key)
  const derive = async (info: string): Promise<Buffer> =>
    Buffer.from(await promisify(hkdf)('sha256', material, LEGACY_DIGEST_SALT, info, 32))
  return {
    key: await derive('transcript digest'),
    id: (await derive('digest key id')).subarray(0, 8).toString('hex')
  }
}

function identityMaterial(key: EncryptionKey): Buffer {
  return Buffer.from(
    [...key.identities!]
      .map((i) => i.toUpperCase())
      .sort()
      .join('\n')
  )
}

function scryptOf(passphrase: string, salt: Buffer, workFactor: number): Promise<Buffer> {
  const N = 2 ** workFactor
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(passphrase, salt, 32, { N, r: 8, p: 1, maxmem: 128 * 8 * N + (32 << 20) }, (e, k) =>
      e ? reject(e) : resolve(k)
    )
  )
}
