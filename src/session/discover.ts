import { fileIncludes } from './fileSearch.js'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isSessionId } from './sessionId.js'
import { readTranscriptTail } from './transcript.js'

export interface LocalSession {
  sessionId: string
  projectDir: string
  transcriptPath: string
  /** `<id>/` beside the transcript (subagents, tool results), which travels with it (docs/facts.md#session-folder). */
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
    candidates.push({
      ...session,
      lastTimestamp: (await readTranscriptTail(session.transcriptPath)).lastTimestamp
    })
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
