import { open } from 'node:fs/promises'

/** Records this long are tool output; parsing them whole costs time and tells nothing new. */
const PARSE_LIMIT = 256 * 1024

type Fields = Partial<Record<'timestamp' | 'version' | 'gitBranch' | 'cwd' | 'sessionId', unknown>>

/**
 * The record's envelope fields; undefined for a line that is not a JSON object. Unknown record
 * types and fields are expected and ignored (docs/facts.md#records).
 */
function readRecord(line: string): Fields | undefined {
  if (line.length <= PARSE_LIMIT) {
    try {
      const value: unknown = JSON.parse(line)
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Fields)
        : undefined
    } catch {
      return undefined
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
 * The record Claude Code itself appends when it moves a session to another directory (docs/facts.md#moving-a-session):
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
        const record = readRecord(lines[i]!)
        if (record === undefined) continue
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
