import { createHash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import type { ClientRequest } from 'node:http'
import { Readable } from 'node:stream'
import { ReadableStream, type ReadableStreamDefaultReader } from 'node:stream/web'
import { spentBuffers } from '../common/spentBuffers.js'
import type { ProgressCallback } from '../log.js'

/** Bytes per upload read: explicit, as fs streams' own default changed between Node versions. */
const UPLOAD_CHUNK = 64 * 1024

/**
 * An upload body: the file read through one buffer, reused. It is safe to refill only because
 * `uploadFetch` asks for the next chunk after the socket has taken the previous one.
 * The caller owns and closes `handle`.
 */
export async function* fileChunks(
  handle: FileHandle,
  size: number,
  onProgress?: ProgressCallback
): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(UPLOAD_CHUNK)
  for (let sent = 0; ;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, sent)
    if (bytesRead === 0) return
    sent += bytesRead
    onProgress?.(sent, size)
    yield buffer.subarray(0, bytesRead)
  }
}

/**
 * fetch for uploads, on node:http(s). undici's fetch keeps every chunk of a streamed request
 * body until the request ends (measured on Node 20 and 24: the whole archive, 27 MB at 200 MB of
 * session, still held after a full GC), so a save's memory grew with its archive (issue 24).
 * Here each chunk is written and its write callback awaited (the socket has taken it) before
 * the next is asked for; nothing is held, and one buffer serves the whole upload. What Octokit
 * needs of fetch: the method, headers and body in, a Response out, and a failure to connect as
 * fetch reports it (a TypeError whose cause is the system error, read by unreachable.ts).
 */
export const uploadFetch: typeof fetch = async (input, init = {}) => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  // Only the module the URL needs, loaded on the first upload (each costs a few MB of memory).
  const transport =
    url.protocol === 'http:' ? await import('node:http') : await import('node:https')
  return new Promise<Response>((resolve, reject) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries())
    const request = transport.request(url, {
      method: init.method,
      headers,
      signal: init.signal ?? undefined
    })
    const failed = (error: unknown): void => reject(new TypeError('fetch failed', { cause: error }))
    request.on('error', failed)
    request.on('response', (response) => {
      const answer = new Headers()
      for (const [name, value] of Object.entries(response.headers))
        for (const one of [value ?? []].flat()) answer.append(name, one)
      const empty = [101, 204, 205, 304].includes(response.statusCode ?? 0)
      if (empty) response.resume()
      resolve(
        new Response(empty ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), {
          status: response.statusCode,
          statusText: response.statusMessage,
          headers: answer
        })
      )
    })
    void writeBody(request, init.body as AsyncIterable<Uint8Array> | null | undefined).catch(
      (error: unknown) => request.destroy(error instanceof Error ? error : new Error(String(error)))
    )
  })
}

async function writeBody(
  request: ClientRequest,
  body: AsyncIterable<Uint8Array> | null | undefined
): Promise<void> {
  for await (const chunk of body ?? []) {
    if (request.destroyed) return
    await new Promise<void>((done, fail) =>
      request.write(chunk, (error) => (error ? fail(error) : done()))
    )
  }
  request.end()
}

/**
 * The chunks of a download, hashed and counted in order as they are read, whoever reads them.
 * fetch's body is read directly, with no Node stream (and its buffering) in between. Stopping
 * early (`return`) leaves the body open for `finish` to read to its end; a failure of the body is
 * remembered, so a caller can tell it from its consumer's.
 */
export class HashedReads implements AsyncIterable<Buffer> {
  failure: { error: unknown } | undefined
  private readonly hash = createHash('sha256')
  private size = 0
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>
  private readonly spent = spentBuffers()
  private pending: Promise<IteratorResult<Buffer>> = Promise.resolve({
    done: false,
    value: Buffer.alloc(0)
  })

  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly onSize: (size: number) => void
  ) {
    this.reader = body.getReader()
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
    this.reader.cancel().catch(() => undefined)
  }

  /** One read at a time, in order, even if a reader and `finish` overlap. */
  private next(): Promise<IteratorResult<Buffer>> {
    this.pending = this.pending.then(async (last): Promise<IteratorResult<Buffer>> => {
      if (last.done) return last
      try {
        const read = await this.reader.read()
        if (read.done) return { done: true, value: undefined }
        const chunk = Buffer.from(read.value.buffer, read.value.byteOffset, read.value.byteLength)
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
