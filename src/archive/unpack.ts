import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
// node-tar's parser alone. Imported statically: no face reaches this module but through restore's
// import() started with its draft lookup, so the parser is compiled while that request travels
// instead of once the download has begun (restore/restore.ts).
import { Parser } from 'tar/parse'
import type { ReadEntry } from 'tar/read-entry'
import { HostileArchiveError } from '../errors.js'
import { spentBuffers } from '../common/spentBuffers.js'
import { JsonlChecker } from './jsonlCheck.js'
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits.js'
import { LineCounter } from './lineCount.js'
import { memberProblem } from './memberRules.js'
import { writeMember } from './stagedMember.js'

/** Bytes per read and per buffered chunk: explicit, so memory stays flat at any archive size. */
const CHUNK = 64 * 1024

export type UnpackInput = UnpackTarget &
  (
    | { archiveFile: string }
    /** The archive's bytes as they arrive (a download), and the size it announced. */
    | { bytes: AsyncIterable<Buffer>; archiveSize: number }
  )

interface UnpackTarget {
  sessionId: string
  /** An empty staging folder; nothing is ever written outside it. */
  destDir: string
  limits?: Partial<ArchiveLimits>
  /**
   * Check that every line of the transcript is JSON (default). False only for an archive whose
   * save ran this same check on these same bytes, as its verified metadata says
   * (restore/verifiedDownload.ts): its lines are then only counted.
   */
  checkJsonl?: boolean
}

export interface UnpackResult {
  transcriptPath: string
  folderPath?: string
  /** Relative paths of the files written. */
  files: string[]
  totalBytes: number
  /**
   * sha256, size and records of the transcript as written, hashed on the way through: its
   * non-blank lines when checked to be JSONL, else its lines as pack counted them.
   */
  transcript: { sha256: string; size: number; records: number }
}

/**
 * Unpacks a session archive into a staging folder, streaming, and refuses anything that is not
 * plainly `<id>.jsonl` plus regular files under `<id>/`: traversal, absolute paths, links,
 * devices, oversize members, gzip bombs, truncation. On any refusal the staging folder is emptied,
 * so nothing of a hostile archive survives; the caller installs from staging only after success.
 */
export async function unpackSession(input: UnpackInput): Promise<UnpackResult> {
  const limits = { ...DEFAULT_LIMITS, ...input.limits }
  const archiveSize =
    'archiveFile' in input ? (await stat(input.archiveFile)).size : input.archiveSize
  checkArchiveSize(archiveSize, limits)
  const id = input.sessionId.toLowerCase()
  const transcriptName = `${id}.jsonl`
  const files: string[] = []
  const memberPaths = new Set<string>()
  let totalBytes = 0
  let members = 0
  let failure: Error | undefined
  const writes: Promise<void>[] = []
  let transcriptDigest = { sha256: '', size: 0 }
  // Claude Code drops a transcript with a line that is not JSON: it is refused in this same pass.
  const reader = input.checkJsonl === false ? new LineCounter() : new JsonlChecker()

  // One signal stops everything at the first problem: the read of the archive, the feeding of
  // the parser and every member being written. Each of those pipelines then settles, so a failure
  // anywhere can never leave a write waiting for an entry that will not end.
  const stop = new AbortController()
  const fail = (error: Error): void => {
    if (failure) return
    failure = error
    stop.abort(error)
  }
  const refuse = (message: string): void => fail(new HostileArchiveError(message))

  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      if (failure) return entry.resume()
      const problem = memberProblem(entry, id, transcriptName)
      if (problem) {
        refuse(problem)
        return entry.resume()
      }
      if (entry.type === 'Directory') return entry.resume()
      const path = entry.path.replace(/\/+$/, '')
      if (memberPaths.has(path)) {
        refuse(`The archive holds ${path} twice.`)
        return entry.resume()
      }
      memberPaths.add(path)
      if (++members > limits.maxMembers) {
        refuse(`The archive holds more than ${limits.maxMembers} files.`)
        return entry.resume()
      }
      if (entry.size > limits.maxMemberBytes) {
        refuse(
          `${path} is ${entry.size} bytes, over the ${limits.maxMemberBytes}-byte limit per file.`
        )
        return entry.resume()
      }
      totalBytes += entry.size
      if (totalBytes > limits.maxTotalBytes) {
        refuse(`The archive expands to more than ${limits.maxTotalBytes} bytes.`)
        return entry.resume()
      }
      files.push(path)
      const write = writeMember(entry, join(input.destDir, ...path.split('/')), {
        reader: path === transcriptName ? reader : undefined,
        signal: stop.signal
      })
      writes.push(
        write.then(
          (digest) => {
            if (digest) transcriptDigest = digest
          },
          // A write into staging fails for the disk's reasons (ENOSPC, EACCES…), not the
          // archive's: the system error travels as it is, code and path included.
          (error: unknown) => fail(error instanceof Error ? error : new Error(String(error)))
        )
      )
    }
  })
  // In strict mode node-tar reports every problem (bad header, truncated entry) as an error
  // carrying a TAR_* code.
  parser.on('error', (error: Error) =>
    refuse(`The archive is corrupt (${tarMessage(error)}); save the session again.`)
  )
  let ended = false
  parser.on('end', () => (ended = true))

  let expanded = 0
  // Chunks of 64 KiB rather than zlib's 16: every stage after gunzip pays per chunk, not per byte.
  const gunzip = createGunzip({ chunkSize: CHUNK })
  const spent = spentBuffers()
  const countOut = counter((n) => {
    spent(n)
    expanded += n
    // Checked while streaming, so a bomb is stopped long before it fills the disk; gunzip counts
    // the compressed bytes it consumed.
    if (expanded > 1024 * 1024 && expanded > gunzip.bytesWritten * limits.maxExpansionRatio) {
      refuse(
        `The archive expands more than ${limits.maxExpansionRatio} times: refusing a likely gzip bomb.`
      )
    }
    if (expanded > limits.maxTotalBytes + 1024 * 1024)
      refuse(`The archive expands to more than ${limits.maxTotalBytes} bytes.`)
  })
  // node-tar's Parser is not a Node stream (pipeline cannot destroy it): it is fed here, and
  // feeding stops with the signal.
  const feedParser = async (chunks: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of chunks) {
      if (stop.signal.aborted) return
      if (!parser.write(chunk)) await once(parser, 'drain', { signal: stop.signal })
    }
    parser.end()
  }
  try {
    // The one read stream of the archive: pipeline closes it on success and on failure alike.
    await pipeline(
      'archiveFile' in input
        ? createReadStream(input.archiveFile, { highWaterMark: CHUNK })
        : input.bytes,
      gunzip,
      countOut,
      feedParser,
      {
        signal: stop.signal
      }
    ).catch((error: unknown) => fail(readFailure(error)))
    // After parser.end() node-tar ends every entry, truncated or not, so each write settles.
    await settled(writes)
    if (!ended) refuse('The archive is truncated.')
    if (!failure && !memberPaths.has(transcriptName)) {
      refuse(`The archive holds no ${transcriptName}: it is not this session's archive.`)
    }
    // The last line, which may lack its newline, is judged once the whole archive was read, so a
    // truncated archive is reported as truncated.
    if (!failure) {
      try {
        reader.end()
      } catch (error) {
        fail(error as Error)
      }
    }
    if (failure) throw failure
  } catch (error) {
    // A member the parser had already handed over may still be writing: let it finish (its
    // pipeline stops with the signal), then clear staging, so a refusal leaves nothing behind.
    await settled(writes)
    await emptyDir(input.destDir)
    throw error
  }
  const folder = files.some((f) => f.startsWith(`${id}/`)) ? join(input.destDir, id) : undefined
  return {
    transcriptPath: join(input.destDir, transcriptName),
    folderPath: folder,
    files,
    totalBytes,
    transcript: { ...transcriptDigest, records: reader.records }
  }
}

/** Refuses, before reading anything, an archive too large or empty to be a session's. */
export function checkArchiveSize(size: number, limits: ArchiveLimits = DEFAULT_LIMITS): void {
  if (size > limits.maxArchiveBytes) {
    throw new HostileArchiveError(
      `The archive is ${size} bytes, over the ${limits.maxArchiveBytes}-byte limit.`
    )
  }
  if (size === 0) throw new HostileArchiveError('The archive is empty.')
}

/**
 * zlib names what is wrong with the gzip layer by code (Z_DATA_ERROR for a bad block or checksum,
 * Z_BUF_ERROR for input that ends early); anything else is a local failure to read the file.
 */
function readFailure(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  if (code.startsWith('Z_')) {
    return new HostileArchiveError(
      `The archive is not a valid gzip file or is truncated (${(error as Error).message}); save the session again.`
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}

function tarMessage(error: Error): string {
  const code = (error as { tarCode?: string; code?: string }).tarCode
  return code && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message
}

function counter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      onBytes(chunk.length)
      callback(null, chunk)
    }
  })
}

/** Waits for every write, including those started while earlier ones were being awaited. */
async function settled(writes: Promise<void>[]): Promise<void> {
  for (let done = 0; done < writes.length;) {
    const batch = writes.slice(done)
    done = writes.length
    await Promise.allSettled(batch)
  }
}

async function emptyDir(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    await rm(join(dir, name), { recursive: true, force: true })
  }
}
