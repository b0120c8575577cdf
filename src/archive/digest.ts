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
