import { createHash, createHmac, timingSafeEqual, type Hash } from 'node:crypto'
import { reusedChunks } from '../common/fileChunks.js'

/** sha256 (hex) and size of a file, or of its first `bytes` bytes; streaming. */
export async function hashFile(
  path: string,
  options: { bytes?: number } = {}
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of reusedChunks(path, { end: options.bytes })) {
    hash.update(chunk)
    size += chunk.length
  }
  return { sha256: hash.digest('hex'), size }
}

/** Bytes known by their size and sha256: a file's first bytes, or what metadata records of them. */
export interface ByteDigest {
  size: number
  sha256: string
}

/**
 * Bytes known only to whoever holds a key: the HMAC-SHA256 of their exact size and sha256, and
 * their size rounded up to `SIZE_GRANULE`. Metadata of an encrypted session records this instead
 * of a plain digest, which would let anyone confirm a guessed transcript.
 */
export interface KeyedByteDigest {
  roundedSize: number
  hmacSha256: string
  key: Buffer
}

/** Sizes in an encrypted session's metadata are rounded up to a multiple of this. */
export const SIZE_GRANULE = 64 * 1024

/** The keyed form of a digest, for metadata. */
export function keyedDigest(
  digest: ByteDigest,
  key: Buffer
): { roundedSize: number; hmacSha256: string } {
  return {
    roundedSize: Math.ceil(digest.size / SIZE_GRANULE) * SIZE_GRANULE,
    hmacSha256: hmacOf(key, digest.size, digest.sha256)
  }
}

function hmacOf(key: Buffer, size: number, sha256: string): string {
  return createHmac('sha256', key).update(`${size}:${sha256}`).digest('hex')
}

/**
 * Whether the file begins with exactly the bytes `prefix` describes, looking no further than
 * `limit` bytes. The one "is A a byte prefix of B" test of the project: fast-forward on restore,
 * the lost-update guard on save and the recognition of a redacted upload all ask it, for plain
 * and keyed digests alike.
 */
export async function fileStartsWith(
  path: string,
  prefix: ByteDigest | KeyedByteDigest,
  limit = Infinity
): Promise<boolean> {
  if ('key' in prefix) return startsWithKeyed(path, prefix, limit)
  if (prefix.size > limit) return false
  const head = await hashFile(path, { bytes: prefix.size })
  return head.size === prefix.size && head.sha256 === prefix.sha256
}

/**
 * A keyed digest knows its size only to within SIZE_GRANULE bytes: every end of a line in that
 * window (and the end of the file) is a candidate, tried on one pass with copies of the running
 * hash. Transcripts are stored up to the end of a line, so the true end is among them.
 */
async function startsWithKeyed(
  path: string,
  prefix: KeyedByteDigest,
  limit: number
): Promise<boolean> {
  const low = Math.max(0, prefix.roundedSize - SIZE_GRANULE)
  const expected = Buffer.from(prefix.hmacSha256, 'hex')
  const matches = (size: number, hash: Hash): boolean => {
    const actual = Buffer.from(hmacOf(prefix.key, size, hash.copy().digest('hex')), 'hex')
    return actual.length === expected.length && timingSafeEqual(actual, expected)
  }
  const hash = createHash('sha256')
  const end = Math.min(prefix.roundedSize, limit)
  if (low === 0 && matches(0, hash)) return true
  let offset = 0
  if (end > 0) {
    for await (const chunk of reusedChunks(path, { end })) {
      let from = 0
      if (offset + chunk.length > low) {
        for (
          let at = chunk.indexOf(0x0a, Math.max(0, low - offset - 1));
          at !== -1;
          at = chunk.indexOf(0x0a, at + 1)
        ) {
          hash.update(chunk.subarray(from, at + 1))
          from = at + 1
          if (offset + from > low && matches(offset + from, hash)) return true
        }
      }
      hash.update(chunk.subarray(from))
      offset += chunk.length
    }
  }
  // A transcript whose last record has no newline ends where the file (or the window) does. An
  // extra candidate is harmless: only the true prefix can match the HMAC.
  return offset > low && matches(offset, hash)
}
