import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { HostileArchiveError } from '../errors.js'

export interface TranscriptInfo {
  /** Non-empty lines: conversation rows and bookkeeping rows alike. */
  records: number
  lastTimestamp?: string
  /** The Claude Code version of the last record that names one. */
  claudeVersion?: string
  /** The last `gitBranch` recorded (a detached HEAD records "HEAD", docs/facts.md). */
  gitBranch?: string
  branches: string[]
  /** The last `cwd` recorded. */
  cwd?: string
  sessionId?: string
}

/** Records this long are tool output; parsing them whole costs time and tells nothing new. */
const PARSE_LIMIT = 256 * 1024

/**
 * Reads what we need from a transcript in one streaming pass (transcripts reach hundreds of MB).
 * Unknown record types and fields are expected and ignored (docs/facts.md). With `strict`, every line must
 * be valid JSON; the error names the line but never echoes it, since it may hold secrets.
 */
export async function readTranscriptInfo(
  path: string,
  options: { strict?: boolean; bytes?: number } = {}
): Promise<TranscriptInfo> {
  const info: TranscriptInfo = { records: 0, branches: [] }
  const branches = new Set<string>()
  if (options.bytes === 0) return info
  const input = createReadStream(
    path,
    options.bytes !== undefined ? { end: options.bytes - 1 } : {}
  )
  const lines = createInterface({ input, crlfDelay: Infinity })
  let lineNo = 0
  for await (const line of lines) {
    lineNo++
    if (line.trim().length === 0) continue
    info.records++
    const record = readRecord(line, options.strict === true)
    if (record === INVALID) {
      lines.close()
      input.destroy()
      throw new HostileArchiveError(
        `Line ${lineNo} of the transcript is not JSON, so the file is not a Claude Code transcript (JSONL); refusing it.`
      )
    }
    // Valid JSON that is not a record (a bare string or number) is tolerated like any unknown row.
    if (record === undefined) continue
    if (typeof record.timestamp === 'string') info.lastTimestamp = record.timestamp
    if (typeof record.version === 'string') info.claudeVersion = record.version
    if (typeof record.gitBranch === 'string') {
      info.gitBranch = record.gitBranch
      branches.add(record.gitBranch)
    }
    if (typeof record.cwd === 'string') info.cwd = record.cwd
    if (info.sessionId === undefined && typeof record.sessionId === 'string')
      info.sessionId = record.sessionId
  }
  info.branches = [...branches]
  return info
}

type Fields = Partial<Record<'timestamp' | 'version' | 'gitBranch' | 'cwd' | 'sessionId', unknown>>

const INVALID = Symbol('invalid JSON')

/** The record's envelope fields; undefined for JSON that is no record; INVALID (strict only) for non-JSON. */
function readRecord(line: string, strict: boolean): Fields | undefined | typeof INVALID {
  if (line.length <= PARSE_LIMIT || strict) {
    try {
      const value: unknown = JSON.parse(line)
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Fields)
        : undefined
    } catch {
      return strict ? INVALID : undefined
    }
  }
  // A huge record: Claude Code writes the envelope fields before `message` and `timestamp` last,
  // so the head and the tail of the line hold what we need.
  const trimmed = line.trim()
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined
  const head = trimmed.slice(0, 4096)
  const tail = trimmed.slice(-512)
  return {
    cwd: field(head, 'cwd'),
    version: field(head, 'version'),
    gitBranch: field(head, 'gitBranch'),
    sessionId: field(head, 'sessionId'),
    timestamp: field(tail, 'timestamp')
  }
}

function field(text: string, name: string): string | undefined {
  const match = new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text)
  if (!match) return undefined
  try {
    return JSON.parse(`"${match[1]}"`) as string
  } catch {
    return undefined
  }
}

/**
 * The record Claude Code itself appends when it moves a session to another directory (docs/facts.md):
 * compact JSON, one line.
 */
export function relocatedRecord(sessionId: string, cwd: string): string {
  return JSON.stringify({ type: 'relocated', sessionId, relocatedCwd: cwd }) + '\n'
}

export interface TranscriptTail {
  lastTimestamp?: string
  claudeVersion?: string
  cwd?: string
  gitBranch?: string
}

/** How far back the tail is read: a transcript whose last MBs name nothing is described by less. */
const TAIL_LIMIT = 4 * 1024 * 1024

/**
 * The newest values of the envelope fields, read from the end of the file backwards: what a save
 * records and discovery sorts by, without parsing hundreds of MB.
 */
export async function readTranscriptTail(
  path: string,
  options: { bytes?: number } = {}
): Promise<TranscriptTail> {
  const handle = await open(path, 'r')
  const tail: TranscriptTail = {}
  try {
    const size = options.bytes ?? (await handle.stat()).size
    const chunkSize = 256 * 1024
    let end = size
    let pending = Buffer.alloc(0)
    while (end > 0 && size - end < TAIL_LIMIT) {
      const start = Math.max(0, end - chunkSize)
      const chunk = Buffer.alloc(end - start)
      await handle.read(chunk, 0, chunk.length, start)
      const text = Buffer.concat([chunk, pending])
      end = start
      const lines = text.toString('utf8').split('\n')
      // The first piece may be the end of a longer line unless we reached the start of the file.
      const first = end === 0 ? 0 : 1
      for (let i = lines.length - 1; i >= first; i--) {
        const record = readRecord(lines[i]!, false)
        if (record === undefined || record === INVALID) continue
        tail.lastTimestamp ??= typeof record.timestamp === 'string' ? record.timestamp : undefined
        tail.claudeVersion ??= typeof record.version === 'string' ? record.version : undefined
        tail.cwd ??= typeof record.cwd === 'string' ? record.cwd : undefined
        tail.gitBranch ??= typeof record.gitBranch === 'string' ? record.gitBranch : undefined
        if (tail.lastTimestamp && tail.claudeVersion && tail.cwd && tail.gitBranch) return tail
      }
      pending = end === 0 ? Buffer.alloc(0) : Buffer.from(lines[0] ?? '', 'utf8')
    }
    return tail
  } finally {
    await handle.close()
  }
}
