import type { Identity } from 'age-encryption'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'
import { randomBytes } from 'node:crypto'
import { EncryptionKeyError, HostileArchiveError, UsageError } from '../errors.js'
import { HashingStream } from '../common/hashing.js'

/**
 * An age key: a passphrase (encrypts and decrypts), recipients (`age1…`, encrypt only) or
 * identities (`AGE-SECRET-KEY-1…`, decrypt; we encrypt to their public keys too).
 */
export interface EncryptionKey {
  passphrase?: string
  recipients?: string[]
  identities?: string[]
  /**
   * scrypt's cost (log2 N) when a passphrase encrypts. Unset, it is age's own default, 18: about a
   * second of CPU, which is the point. Nothing a user gives reaches it (parseKeyMaterial never
   * sets it); tests that are not about the cost set it low, and decrypting reads it from the file.
   */
  scryptWorkFactor?: number
}

const AGE_MAGIC = 'age-encryption.org/v1'

/**
 * age and its curves and ciphers are loaded on first use: a save or restore without encryption
 * never parses them, which keeps the actions' start-up and memory down (docs/performance.md).
 */
const loadAge = (): Promise<typeof import('age-encryption')> => import('age-encryption')

/** Reads key material as a user would paste it: an identity file, recipient lines, or a passphrase. */
export function parseKeyMaterial(text: string): EncryptionKey {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'))
  if (lines.length > 0 && lines.every((l) => /^AGE-SECRET-KEY-(PQ-)?1/.test(l)))
    return { identities: lines }
  if (lines.length > 0 && lines.every((l) => /^age1[0-9a-z]+$/.test(l)))
    return { recipients: lines }
  // A key file with one mistyped or foreign line must not silently become a passphrase.
  if (lines.some((l) => /^(AGE-SECRET-KEY-|age1)/i.test(l)))
    throw new UsageError(
      'The key material mixes age keys with other lines: give only identities (AGE-SECRET-KEY-1…), ' +
        'only recipients (age1…), or a passphrase.'
    )
  const passphrase = text.replace(/\r?\n$/, '')
  if (passphrase.length === 0) throw new EncryptionKeyError('The encryption key is empty.')
  return { passphrase }
}

async function isAgeFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(AGE_MAGIC.length)
    await handle.read(head, 0, head.length, 0)
    return head.toString('latin1') === AGE_MAGIC
  } finally {
    await handle.close()
  }
}

/** Encrypts a file with age, streaming, into `dest` (written atomically). */
export async function encryptFile(
  src: string,
  dest: string,
  key: EncryptionKey
): Promise<{ size: number; sha256: string }> {
  const { Encrypter, identityToRecipient } = await loadAge()
  await checkKey(key)
  const encrypter = new Encrypter()
  if (key.passphrase !== undefined) {
    encrypter.setPassphrase(key.passphrase)
    if (key.scryptWorkFactor !== undefined) encrypter.setScryptWorkFactor(key.scryptWorkFactor)
  } else {
    const recipients = [
      ...(key.recipients ?? []),
      ...(await Promise.all((key.identities ?? []).map((i) => identityToRecipient(i))))
    ]
    if (recipients.length === 0)
      throw new EncryptionKeyError(
        'No encryption key: give a passphrase, age recipients or an identity.'
      )
    for (const r of recipients) encrypter.addRecipient(r)
  }
  const input = Readable.toWeb(createReadStream(src)) as unknown as ReadableStream<Uint8Array>
  const output = await encrypter.encrypt(input)
  return writeAtomically(output, dest)
}

/** Decrypts an age file, streaming; a wrong or missing key writes nothing. */
export async function decryptFile(
  src: string,
  dest: string,
  key: EncryptionKey
): Promise<{ size: number; sha256: string }> {
  if (!(await isAgeFile(src)))
    throw new HostileArchiveError(`${basename(src)} is not an age-encrypted file.`)
  if (key.passphrase === undefined && (key.identities ?? []).length === 0) {
    throw new EncryptionKeyError(
      'Recipients (age1…) can only encrypt: decrypting needs the matching identity (AGE-SECRET-KEY-1…) or the passphrase.'
    )
  }
  const { Decrypter } = await loadAge()
  await checkKey({ identities: key.identities })
  const decrypter = new Decrypter()
  if (key.passphrase !== undefined) decrypter.addPassphrase(key.passphrase)
  for (const identity of key.identities ?? []) decrypter.addIdentity(identity)
  // age-encryption throws plain Errors without codes; it tries identities in order, so one added
  // last is asked only when none of ours matched: that, not the wording of a message, tells a
  // wrong key from a damaged file.
  let noneMatched = false
  const lastResort: Identity = {
    unwrapFileKey: () => {
      noneMatched = true
      return null
    }
  }
  decrypter.addIdentity(lastResort)
  const input = Readable.toWeb(createReadStream(src)) as unknown as ReadableStream<Uint8Array>
  try {
    const output = await decrypter.decrypt(input)
    return await writeAtomically(output, dest)
  } catch (error) {
    if (noneMatched) {
      throw new EncryptionKeyError(
        `Could not decrypt ${basename(src)}: the key does not match. Check the encryption-key secret, --encryption-key-file or CLAUDE_SESSION_KEY.`
      )
    }
    const message = error instanceof Error ? error.message : String(error)
    throw new HostileArchiveError(`Could not decrypt ${basename(src)}: it is damaged (${message}).`)
  }
}

/**
 * Refuses malformed key material before it reaches age: the library's own errors quote the key
 * (`Invalid checksum in AGE-SECRET-KEY-1…`), so any error from parsing one becomes a usage error
 * that says which kind of key and its position, never the key.
 */
export async function checkKey(key: EncryptionKey): Promise<void> {
  const { Decrypter, Encrypter } = await loadAge()
  const check = (kind: string, values: string[] | undefined, parse: (v: string) => void): void => {
    for (const [index, value] of (values ?? []).entries()) {
      try {
        parse(value)
      } catch {
        throw new UsageError(
          `The ${ordinal(index)} ${kind} is not valid (a character may be mistyped or missing). ` +
            'Copy it again from the key file age-keygen wrote.'
        )
      }
    }
  }
  check('age identity (AGE-SECRET-KEY-1…)', key.identities, (i) => new Decrypter().addIdentity(i))
  check('age recipient (age1…)', key.recipients, (r) => new Encrypter().addRecipient(r))
  if (key.passphrase !== undefined && key.passphrase.length === 0)
    throw new UsageError('The encryption passphrase is empty.')
}

function ordinal(index: number): string {
  return ['first', 'second', 'third'][index] ?? `${index + 1}th`
}

async function writeAtomically(
  stream: ReadableStream<Uint8Array>,
  dest: string
): Promise<{ size: number; sha256: string }> {
  const temporary = join(dirname(dest), `.${randomBytes(6).toString('hex')}.age.tmp`)
  const hashing = new HashingStream()
  try {
    await pipeline(
      Readable.fromWeb(stream as unknown as WebReadableStream<Uint8Array>),
      hashing,
      createWriteStream(temporary, { mode: 0o600 })
    )
    await rename(temporary, dest)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return hashing.digest()
}
