import { fileIncludes } from '../fileSearch.js'
import { open, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isSessionId } from './sessionId.js'

export interface LocalSession {
  sessionId: string
  projectDir: string
  transcriptPath: string
  /** `<id>/` beside the transcript (subagents, tool results), which travels with it (FACTS). */
  folderPath?: string
  size: number
  mtimeMs: number
  lastTimestamp?: string
}

/** Every session in a project folder: `<uuid>.jsonl` regular files. */
export async function listLocalSessions(projectDir: string): Promise<LocalSession[]> {
  const entries = await readdir(projectDir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return []
      throw error
    }
  )
  const folders = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name))
  const sessions: LocalSession[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.jsonl')) continue
    const sessionId = entry.name.slice(0, -'.jsonl'.length)
    if (!isSessionId(sessionId)) continue
    const transcriptPath = join(projectDir, entry.name)
    const stats = await stat(transcriptPath)
    sessions.push({
      sessionId,
      projectDir,
      transcriptPath,
      folderPath: folders.has(sessionId) ? join(projectDir, sessionId) : undefined,
      size: stats.size,
      mtimeMs: stats.mtimeMs
    })
  }
  return sessions
}

/**
 * The session to carry: the one named, or the newest whose records carry `gitBranch === branch`
 * (newest by last record timestamp, then by mtime). Without a branch, the newest of all.
 */
export async function discoverSession(options: {
  projectDir: string
  branch?: string
  sessionId?: string
}): Promise<LocalSession | undefined> {
  const sessions = await listLocalSessions(options.projectDir)
  if (options.sessionId !== undefined) {
    const wanted = options.sessionId.toLowerCase()
    return sessions.find((s) => s.sessionId.toLowerCase() === wanted)
  }
  const candidates: LocalSession[] = []
  for (const session of sessions) {
    if (
      options.branch !== undefined &&
      !(await mentionsBranch(session.transcriptPath, options.branch))
    )
      continue
    candidates.push({ ...session, lastTimestamp: await lastTimestamp(session.transcriptPath) })
  }
  candidates.sort(
    (a, b) => (b.lastTimestamp ?? '').localeCompare(a.lastTimestamp ?? '') || b.mtimeMs - a.mtimeMs
  )
  return candidates[0]
}

/**
 * Whether any record carries the branch: a streaming byte search, far cheaper than parsing.
 * Claude Code writes compact JSON; the spaced form is matched too for transcripts re-serialised
 * by other tools.
 */
async function mentionsBranch(path: string, branch: string): Promise<boolean> {
  const value = JSON.stringify(branch)
  return fileIncludes(path, [
    Buffer.from(`"gitBranch":${value}`),
    Buffer.from(`"gitBranch": ${value}`)
  ])
}

/** The timestamp of the last record that has one, read from the end of the file backwards. */
async function lastTimestamp(path: string): Promise<string | undefined> {
  const handle = await open(path, 'r')
  try {
    const size = (await handle.stat()).size
    const chunkSize = 256 * 1024
    let end = size
    let tail = Buffer.alloc(0)
    // Bounded: a transcript whose last few MB hold no timestamp is ordered by mtime instead.
    while (end > 0 && size - end < 8 * 1024 * 1024) {
      const start = Math.max(0, end - chunkSize)
      const chunk = Buffer.alloc(end - start)
      await handle.read(chunk, 0, chunk.length, start)
      tail = Buffer.concat([chunk, tail])
      end = start
      const lines = tail.toString('utf8').split('\n')
      // The first piece may be a partial line unless we reached the start of the file.
      for (let i = lines.length - 1; i >= (end === 0 ? 0 : 1); i--) {
        const match = /"timestamp"\s*:\s*"([^"]+)"\s*,?\s*(?:"uuid"\s*:\s*"[^"]*"\s*)?}\s*$/.exec(
          lines[i]!
        )
        if (match) return match[1]
        const line = lines[i]!.trim()
        if (line.length > 0 && line.length < 65536) {
          try {
            const record = JSON.parse(line) as { timestamp?: unknown }
            if (typeof record.timestamp === 'string') return record.timestamp
          } catch {
            // A half-written last line: keep looking further back.
          }
        }
      }
      tail = Buffer.from(lines[0] ?? '', 'utf8')
    }
    return undefined
  } finally {
    await handle.close()
  }
}
