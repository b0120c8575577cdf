import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Transform, type TransformCallback } from 'node:stream'

/** sha256 (hex) and size of a file, or of its first `bytes` bytes; streaming. */
export async function hashFile(
  path: string,
  options: { bytes?: number } = {}
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  if (options.bytes !== 0) {
    const stream = createReadStream(
      path,
      options.bytes !== undefined ? { end: options.bytes - 1 } : {}
    )
    for await (const chunk of stream) {
      hash.update(chunk as Buffer)
      size += (chunk as Buffer).length
    }
  }
  return { sha256: hash.digest('hex'), size }
}

/** A pass-through that hashes and counts what flows through it. */
export class HashingStream extends Transform {
  readonly hash: Hash = createHash('sha256')
  size = 0

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk)
    this.size += chunk.length
    callback(null, chunk)
  }

  digest(): { sha256: string; size: number } {
    return { sha256: this.hash.digest('hex'), size: this.size }
  }
}

/** Bytes known by their size and sha256: a file's first bytes, or what metadata records of them. */
export interface ByteDigest {
  size: number
  sha256: string
}

/**
 * Whether the file begins with exactly the bytes `prefix` describes. The one "is A a byte prefix
 * of B" test of the project: fast-forward on restore, the lost-update guard on save and the
 * recognition of a redacted upload all ask it.
 */
export async function fileStartsWith(path: string, prefix: ByteDigest): Promise<boolean> {
  const head = await hashFile(path, { bytes: prefix.size })
  return head.size === prefix.size && head.sha256 === prefix.sha256
}
