import { randomBytes } from 'node:crypto'
import {
  appendFile,
  copyFile,
  chmod,
  lstat,
  mkdir,
  open,
  readdir,
  rename,
  rm,
  utimes
} from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { fileStartsWith, hashFile } from '../archive/digest.js'
import type { UnpackResult } from '../archive/unpack.js'
import { ConflictError, HostileArchiveError } from '../errors.js'
import { newSessionId, relocatedRecord } from '../session/index.js'

export type LocalConflictPolicy = 'refuse' | 'force' | 'as-new'

export interface InstallRequest {
  unpacked: UnpackResult
  remoteSessionId: string
  projectDir: string
  /** The directory Claude will run in (physical path), for Claude Code's `relocated` record. */
  cwd: string
  /** The last `cwd` the transcript's records carry. */
  recordedCwd?: string
  onLocalConflict: LocalConflictPolicy
  /** How the user names this branch and session in a message. */
  describe: { branch: string; pullCommand: string }
}

export interface InstallResult {
  sessionId: string
  transcriptPath: string
  outcome: 'installed' | 'fast-forward' | 'unchanged' | 'overwritten' | 'as-new'
  backupPath?: string
  relocated: boolean
}

type Relation = 'absent' | 'same' | 'local-behind' | 'local-ahead' | 'diverged'

/**
 * Installs an unpacked session into the Claude Code project folder of the cwd, where
 * `claude --resume <id>` looks first (docs/facts.md). Each file is written to a temporary name in its
 * final folder and renamed, so a failure leaves the previous local state; the transcript is
 * renamed last. Files get mtime = now, because Claude Code deletes transcripts whose mtime is
 * older than `cleanupPeriodDays` in a sweep shortly after it starts (docs/facts.md).
 */
export async function installSession(req: InstallRequest): Promise<InstallResult> {
  await mkdir(req.projectDir, { recursive: true, mode: 0o700 })
  const incoming = req.unpacked.transcriptPath
  const existing = join(req.projectDir, `${req.remoteSessionId}.jsonl`)
  const relation = await relate(existing, incoming)

  if (relation === 'same' || relation === 'local-ahead') {
    // Nothing new arrived (or only what this machine already went past): keep the local bytes.
    const now = new Date()
    await utimes(existing, now, now)
    return {
      sessionId: req.remoteSessionId,
      transcriptPath: existing,
      outcome: 'unchanged',
      relocated: false
    }
  }
  if (relation === 'diverged' && req.onLocalConflict === 'refuse') {
    throw new ConflictError(
      `Session ${req.remoteSessionId} was continued both here and remotely on ${req.describe.branch}: neither copy ` +
        `contains the other, so installing the stored one would lose local records (${existing}). Choose one:\n` +
        `  ${req.describe.pullCommand} --as-new   install the stored copy under a new session id, keep yours as is\n` +
        `  ${req.describe.pullCommand} --force    replace yours with the stored copy (yours is kept as a .bak file)`
    )
  }

  const asNew = relation === 'diverged' && req.onLocalConflict === 'as-new'
  const sessionId = asNew ? newSessionId() : req.remoteSessionId
  const target = join(req.projectDir, `${sessionId}.jsonl`)
  const relocate = req.recordedCwd !== undefined && req.recordedCwd !== req.cwd

  if (req.unpacked.folderPath) {
    await installFolder(req.unpacked.folderPath, join(req.projectDir, sessionId), req.projectDir)
  }
  const temporary = temporaryName(target)
  try {
    await moveOrCopy(incoming, temporary)
    await chmod(temporary, 0o600)
    // Claude Code appends this same record when it moves a session itself (docs/facts.md); it tells the
    // model the directory changed and keeps the file byte-identical before it.
    if (relocate) {
      const separator = (await endsWithNewline(temporary)) ? '' : '\n'
      await appendFile(temporary, separator + relocatedRecord(sessionId, req.cwd))
    }
    let backupPath: string | undefined
    if (relation === 'diverged' && !asNew) {
      backupPath = `${existing}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`
      await copyFile(existing, backupPath)
    }
    await rename(temporary, target)
    const outcome = asNew
      ? 'as-new'
      : relation === 'absent'
        ? 'installed'
        : relation === 'local-behind'
          ? 'fast-forward'
          : 'overwritten'
    return { sessionId, transcriptPath: target, outcome, backupPath, relocated: relocate }
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** How the local transcript relates to the incoming one, by digests of common prefixes. */
async function relate(localPath: string, incomingPath: string): Promise<Relation> {
  const local = await lstat(localPath).catch(() => undefined)
  if (!local) return 'absent'
  if (!local.isFile()) {
    throw new HostileArchiveError(
      `${localPath} exists but is not a regular file; move it away and restore again.`
    )
  }
  const incoming = await lstat(incomingPath)
  if (local.size <= incoming.size) {
    if (await fileStartsWith(incomingPath, await hashFile(localPath)))
      return local.size === incoming.size ? 'same' : 'local-behind'
  } else if (await fileStartsWith(localPath, await hashFile(incomingPath))) {
    return 'local-ahead'
  }
  return 'diverged'
}

/** Copies the session folder (subagents, tool results) file by file, each atomically. */
async function installFolder(from: string, to: string, projectDir: string): Promise<void> {
  await ensureRealDirectory(to, projectDir)
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isDirectory()) {
      await installFolder(source, target, projectDir)
    } else if (entry.isFile()) {
      const temporary = temporaryName(target)
      try {
        await moveOrCopy(source, temporary)
        await chmod(temporary, 0o600)
        await rename(temporary, target)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    }
  }
}

/** Refuses to follow a symlink planted where a session folder belongs: we write only inside projectDir. */
async function ensureRealDirectory(path: string, projectDir: string): Promise<void> {
  const rel = relative(projectDir, path)
  if (rel.startsWith('..') || rel.split(sep).includes('..')) {
    throw new HostileArchiveError(`Refusing to write outside ${projectDir}: ${path}`)
  }
  const stats = await lstat(path).catch(() => undefined)
  if (!stats) {
    await mkdir(path, { recursive: true, mode: 0o700 })
    return
  }
  if (!stats.isDirectory()) {
    throw new HostileArchiveError(
      `${path} exists but is not a plain folder (a symlink or a file); move it away and restore again.`
    )
  }
}

/** Staging is ours to consume: a rename when it shares the filesystem, else a copy. */
async function moveOrCopy(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await copyFile(from, to)
  }
}

async function endsWithNewline(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size === 0) return true
    const last = Buffer.alloc(1)
    await handle.read(last, 0, 1, size - 1)
    return last[0] === 0x0a
  } finally {
    await handle.close()
  }
}

function temporaryName(target: string): string {
  return join(dirname(target), `.${randomBytes(6).toString('hex')}.claude-session.tmp`)
}
