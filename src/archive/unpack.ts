import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { Parser, type ReadEntry } from 'tar'
import { HostileArchiveError } from '../errors.js'
import { HashingStream } from './digest.js'
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits.js'

export interface UnpackInput {
  archiveFile: string
  sessionId: string
  /** An empty staging folder; nothing is ever written outside it. */
  destDir: string
  limits?: Partial<ArchiveLimits>
}

export interface UnpackResult {
  transcriptPath: string
  folderPath?: string
  /** Relative paths of the files written. */
  files: string[]
  totalBytes: number
  /** sha256 and size of the transcript as written, hashed on the way through. */
  transcript: { sha256: string; size: number }
}

/**
 * Unpacks a session archive into a staging folder, streaming, and refuses anything that is not
 * plainly `<id>.jsonl` plus regular files under `<id>/`: traversal, absolute paths, links,
 * devices, oversize members, gzip bombs, truncation. On any refusal the staging folder is emptied,
 * so nothing of a hostile archive survives; the caller installs from staging only after success.
 */
export async function unpackSession(input: UnpackInput): Promise<UnpackResult> {
  const limits = { ...DEFAULT_LIMITS, ...input.limits }
  const archiveSize = (await stat(input.archiveFile)).size
  if (archiveSize > limits.maxArchiveBytes) {
    throw new HostileArchiveError(
      `The archive is ${archiveSize} bytes, over the ${limits.maxArchiveBytes}-byte limit.`
    )
  }
  if (archiveSize === 0) throw new HostileArchiveError('The archive is empty.')
  const id = input.sessionId.toLowerCase()
  const transcriptName = `${id}.jsonl`
  const files: string[] = []
  const memberPaths = new Set<string>()
  let totalBytes = 0
  let members = 0
  let failure: HostileArchiveError | undefined
  const writes: Promise<void>[] = []
  let transcriptDigest = { sha256: '', size: 0 }

  const source = createReadStream(input.archiveFile)
  const open = new Set<WriteStream>()
  // Stops everything at the first problem: the input, the parser, and any file being written.
  const fail = (message: string): void => {
    if (failure) return
    failure = new HostileArchiveError(message)
    // Destroyed without an error: the pipelines reject as closed early, and `failure` says why.
    for (const out of open) out.destroy()
    source.destroy()
    parser.abort(failure)
  }

  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      if (failure) return entry.resume()
      const problem = memberProblem(entry, id, transcriptName)
      if (problem) {
        fail(problem)
        return entry.resume()
      }
      if (entry.type === 'Directory') return entry.resume()
      const path = entry.path.replace(/\/+$/, '')
      if (memberPaths.has(path)) {
        fail(`The archive holds ${path} twice.`)
        return entry.resume()
      }
      memberPaths.add(path)
      if (++members > limits.maxMembers) {
        fail(`The archive holds more than ${limits.maxMembers} files.`)
        return entry.resume()
      }
      if (entry.size > limits.maxMemberBytes) {
        fail(
          `${path} is ${entry.size} bytes, over the ${limits.maxMemberBytes}-byte limit per file.`
        )
        return entry.resume()
      }
      totalBytes += entry.size
      if (totalBytes > limits.maxTotalBytes) {
        fail(`The archive expands to more than ${limits.maxTotalBytes} bytes.`)
        return entry.resume()
      }
      const target = join(input.destDir, ...path.split('/'))
      files.push(path)
      writes.push(
        (async () => {
          await mkdir(join(target, '..'), { recursive: true, mode: 0o700 })
          const out = createWriteStream(target, { flags: 'wx', mode: 0o600 })
          open.add(out)
          try {
            if (path === transcriptName) {
              const hashing = new HashingStream()
              await pipeline(entry, hashing, out)
              transcriptDigest = hashing.digest()
            } else {
              await pipeline(entry, out)
            }
          } finally {
            open.delete(out)
          }
        })()
      )
    }
  })
  // The failure is reported once, through `failure`; later error events have nothing to add.
  parser.on('error', () => undefined)
  parser.on('warn', (code: string, message: string) =>
    fail(`The archive is corrupt (${code}: ${message}).`)
  )

  let compressed = 0
  let expanded = 0
  const countIn = counter((n) => (compressed += n))
  const countOut = counter((n) => {
    expanded += n
    // Checked while streaming, so a bomb is stopped long before it fills the disk.
    if (expanded > 1024 * 1024 && expanded > compressed * limits.maxExpansionRatio) {
      fail(
        `The archive expands more than ${limits.maxExpansionRatio} times: refusing a likely gzip bomb.`
      )
    }
    if (expanded > limits.maxTotalBytes + 1024 * 1024)
      fail(`The archive expands to more than ${limits.maxTotalBytes} bytes.`)
  })
  let ended = false
  parser.on('end', () => (ended = true))
  try {
    await pipeline(
      createReadStream(input.archiveFile),
      countIn,
      createGunzip(),
      countOut,
      parser
    ).catch((error: unknown) => {
      if (failure) return
      const code = (error as NodeJS.ErrnoException).code ?? ''
      failure = new HostileArchiveError(
        code.startsWith('Z_') || /unexpected end|incorrect header|invalid/i.test(String(error))
          ? `The archive is not a valid gzip file or is truncated (${(error as Error).message}).`
          : `The archive could not be read: ${(error as Error).message}.`
      )
    })
    await Promise.allSettled(writes)
    for (const w of writes)
      await w.catch((error: unknown) => {
        failure ??= new HostileArchiveError(
          `Writing the unpacked session failed: ${(error as Error).message}`
        )
      })
    if (!failure && !ended) failure = new HostileArchiveError('The archive is truncated.')
    if (!failure && !memberPaths.has(transcriptName)) {
      failure = new HostileArchiveError(
        `The archive holds no ${transcriptName}: it is not this session's archive.`
      )
    }
    if (failure) throw failure
  } catch (error) {
    await emptyDir(input.destDir)
    throw error
  }
  const folder = files.some((f) => f.startsWith(`${id}/`)) ? join(input.destDir, id) : undefined
  return {
    transcriptPath: join(input.destDir, transcriptName),
    folderPath: folder,
    files,
    totalBytes,
    transcript: transcriptDigest
  }
}

/** Why a member may not be unpacked, or undefined when it may. */
function memberProblem(entry: ReadEntry, id: string, transcriptName: string): string | undefined {
  const raw = entry.header.path ?? entry.path
  const path = entry.path
  if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'Directory') {
    return `${raw} is a ${entry.type} entry; only regular files are accepted.`
  }
  if (
    raw.startsWith('/') ||
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(raw) ||
    raw.startsWith('\\\\')
  ) {
    return `${raw} is an absolute path.`
  }
  if (raw.includes('\\')) return `${raw} contains a backslash.`
  const parts = path.replace(/\/+$/, '').split('/')
  if (parts.some((p) => p === '..' || p === '.' || p === ''))
    return `${raw} leaves the session folder.`
  if (entry.type === 'Directory') {
    return parts[0] === id ? undefined : `${raw} is outside ${id}.jsonl and ${id}/.`
  }
  if (parts.length === 1 && parts[0] === transcriptName) return undefined
  if (parts.length > 1 && parts[0] === id) return undefined
  return `${raw} is outside ${id}.jsonl and ${id}/.`
}

function counter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      onBytes(chunk.length)
      callback(null, chunk)
    }
  })
}

async function emptyDir(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    await rm(join(dir, name), { recursive: true, force: true })
  }
}
