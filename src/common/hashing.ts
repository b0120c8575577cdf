import { createHash, type Hash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'

/** A pass-through that hashes (sha256) and counts what flows through it, telling `onSize` as it goes. */
export class HashingStream extends Transform {
  readonly hash: Hash = createHash('sha256')
  size = 0

  constructor(private readonly onSize?: (size: number) => void) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk)
    this.size += chunk.length
    this.onSize?.(this.size)
    callback(null, chunk)
  }

  digest(): { sha256: string; size: number } {
    return { sha256: this.hash.digest('hex'), size: this.size }
  }
}
