import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { reusedChunks } from '../common/fileChunks.js'
import { spentBuffers } from '../common/spentBuffers.js'
import type { ProgressCallback } from '../log.js'

/** Bytes per upload read, kept as the upload's buffer had them before it shared reusedChunks. */
const UPLOAD_CHUNK = 64 * 1024

/**
 * An upload body: the file's first `size` bytes through the one reused buffer of `reusedChunks`,
 * counted for progress. Reusing it is safe only because the transport (httpTransport.ts) asks for
 * the next chunk after the socket has taken the previous one.
 */
export async function* uploadChunks(
  path: string,
  size: number,
  onProgress?: ProgressCallback
): AsyncGenerator<Buffer> {
  let sent = 0
  for await (const chunk of reusedChunks(path, { end: size, chunkBytes: UPLOAD_CHUNK })) {
    sent += chunk.length
    onProgress?.(sent, size)
    yield chunk
  }
}

/**
 * The chunks of a download, hashed and counted in order as they are read, whoever reads them.
 * The transport's body is read chunk by chunk, with no other stream (and its buffering) in
 * between. Stopping early (`return`) leaves the body open for `finish` to read to its end; a
 * failure of the body is remembered, so a caller can tell it from its consumer's.
 */
export class HashedReads implements AsyncIterable<Buffer> {
  failure: { error: unknown } | undefined
  private readonly hash = createHash('sha256')
  private size = 0
  private readonly reads: AsyncIterator<Buffer>
  private readonly spent = spentBuffers()
  private pending: Promise<IteratorResult<Buffer>> = Promise.resolve({
    done: false,
    value: Buffer.alloc(0)
  })

  constructor(
    private readonly body: Readable,
    private readonly onSize: (size: number) => void
  ) {
    this.reads = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: () => this.next(),
      return: () => Promise.resolve({ done: true, value: undefined })
    }
  }

  /** Reads the rest, then the digest of everything read. */
  async finish(): Promise<{ size: number; sha256: string }> {
    while (!(await this.next()).done);
    return { size: this.size, sha256: this.hash.digest('hex') }
  }

  /** Lets go of the connection, whatever state the transfer is in. */
  close(): void {
    this.body.destroy()
  }

  /** One read at a time, in order, even if a reader and `finish` overlap. */
  private next(): Promise<IteratorResult<Buffer>> {
    this.pending = this.pending.then(async (last): Promise<IteratorResult<Buffer>> => {
      if (last.done) return last
      try {
        const read = await this.reads.next()
        if (read.done === true) return { done: true, value: undefined }
        const chunk = read.value
        this.hash.update(chunk)
        this.spent(chunk.length)
        this.size += chunk.length
        this.onSize(this.size)
        return { done: false, value: chunk }
      } catch (error) {
        this.failure ??= { error }
        throw error
      }
    })
    return this.pending
  }
}
