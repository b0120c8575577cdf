import { Decrypter, Encrypter, identityToRecipient } from 'age-encryption'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'
import { randomBytes } from 'node:crypto'
import { EncryptionKeyError, HostileArchiveError } from '../errors.js'
import { HashingStream } from './digest.js'

/**
 * An age key: a passphrase (encrypts and decrypts), recipients (`age1…`, encrypt only) or
 * identities (`AGE-SECRET-KEY-1…`, decrypt; we encrypt to their public keys too).
 */
export interface EncryptionKey {
  passphrase?: string
  recipients?: string[]
  identities?: string[]
}

const AGE_MAGIC = 'age-encryption.org/v1'

/** Reads key material as a user would paste it: an identity file, recipient lines, or a passphrase. */
export function parseKeyMaterial(text: string): EncryptionKey {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'))
  if (lines.length > 0 && lines.every((l) => l.startsWith('AGE-SECRET-KEY-1')))
    return { identities: lines }
  if (lines.length > 0 && lines.every((l) => /^age1[0-9a-z]+$/.test(l)))
    return { recipients: lines }
  const passphrase = text.replace(/\r?\n$/, '')
  if (passphrase.length === 0) throw new EncryptionKeyError('The encryption key is empty.')
  return { passphrase }
}

export async function isAgeFile(path: string): Promise<boolean> {
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
  const encrypter = new Encrypter()
  if (key.passphrase !== undefined) {
    encrypter.setPassphrase(key.passphrase)
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
  const decrypter = new Decrypter()
  if (key.passphrase !== undefined) decrypter.addPassphrase(key.passphrase)
  for (const identity of key.identities ?? []) decrypter.addIdentity(identity)
  if (key.passphrase === undefined && (key.identities ?? []).length === 0) {
    throw new EncryptionKeyError(
      'Recipients (age1…) can only encrypt: decrypting needs the matching identity (AGE-SECRET-KEY-1…) or the passphrase.'
    )
  }
  const input = Readable.toWeb(createReadStream(src)) as unknown as ReadableStream<Uint8Array>
  let output: ReadableStream<Uint8Array>
  try {
    output = await decrypter.decrypt(input)
    return await writeAtomically(output, dest)
  } catch (error) {
    if (error instanceof EncryptionKeyError) throw error
    const message = error instanceof Error ? error.message : String(error)
    if (/identit|passphrase|recipient|scrypt|no match|incorrect|mac/i.test(message)) {
      throw new EncryptionKeyError(
        `Could not decrypt ${basename(src)}: the key does not match. Check the encryption-key secret, --encryption-key-file or CLAUDE_SESSION_KEY.`
      )
    }
    throw new HostileArchiveError(`Could not decrypt ${basename(src)}: it is damaged (${message}).`)
  }
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
