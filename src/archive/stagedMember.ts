import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadEntry } from 'tar/read-entry'

/**
 * What reads the transcript's bytes as they are written: the JSONL check (archive/jsonlCheck.ts),
 * or, when the save already ran it on these very bytes, a line count (archive/lineCount.ts).
 * `write` throws to refuse the transcript.
 */
export interface TranscriptReader {
  write(chunk: Uint8Array): void
  end(): void
  readonly records: number
}

/**
 * Writes one member of an archive into staging, refusing to replace anything there. The
 * transcript (given its `reader`) is read and hashed on the way through, in one stage.
 */
export async function writeMember(
  entry: ReadEntry,
  target: string,
  options: { reader?: TranscriptReader; signal: AbortSignal }
): Promise<{ sha256: string; size: number } | undefined> {
  await mkdir(dirname(target), { recursive: true, mode: 0o700 })
  options.signal.throwIfAborted()
  const out = createWriteStream(target, { flags: 'wx', mode: 0o600 })
  const reader = options.reader
  // A stopped pipeline rejects before the file it was opening is closed: waiting for `close`
  // keeps the file from appearing in staging after the refusal emptied it.
  const closed = (error: unknown): Promise<never> =>
    (out.closed ? Promise.resolve() : once(out, 'close').then(() => undefined)).then(() => {
      throw error
    })
  if (!reader) {
    await pipeline(entry, out, { signal: options.signal }).catch(closed)
    return undefined
  }
  // One pass hashes and reads each chunk: a stage fewer for every chunk of the transcript.
  const hash = createHash('sha256')
  let size = 0
  const reading = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        reader.write(chunk)
      } catch (error) {
        return callback(error as Error)
      }
      hash.update(chunk)
      size += chunk.length
      callback(null, chunk)
    }
  })
  await pipeline(entry, reading, out, { signal: options.signal }).catch(closed)
  return { sha256: hash.digest('hex'), size }
}
