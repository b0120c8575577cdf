import { open } from 'node:fs/promises'

/** Big enough that a read costs little next to what is done with it; small enough to stay cheap. */
export const CHUNK_BYTES = 128 * 1024

/**
 * The bytes `[start, end)` of a file (to its end when `end` is past it), read into one buffer that
 * is reused: a chunk is valid only until the next one is asked for. A read stream allocates a
 * fresh buffer per chunk, which V8 frees only at a later collection, so reading a 200 MB
 * transcript that way leaves tens of MB of garbage in the process (docs/performance.md).
 */
export async function* reusedChunks(
  path: string,
  options: { start?: number; end?: number; chunkBytes?: number } = {}
): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r')
  try {
    const end = Math.min(options.end ?? Infinity, (await handle.stat()).size)
    let position = options.start ?? 0
    if (position >= end) return
    const buffer = Buffer.allocUnsafe(Math.min(options.chunkBytes ?? CHUNK_BYTES, end - position))
    while (position < end) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(buffer.length, end - position),
        position
      )
      if (bytesRead === 0) return
      position += bytesRead
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}
