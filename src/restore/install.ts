import { appendFile, chmod, mkdir, rename, rm, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import type { UnpackResult } from '../archive/unpack.js'
import { ConflictError } from '../errors.js'
import { newSessionId, relocatedRecord } from '../session/index.js'
import {
  backupSession,
  endsWithNewline,
  installFolder,
  moveOrCopy,
  temporaryName,
  type SessionBackup
} from './installFiles.js'
import { relate, unchangedSince } from './localTranscript.js'

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
  /**
   * Test seam: runs after the local transcript was compared and before it is checked again and
   * replaced, where a running Claude Code may append a record.
   */
  beforeReplace?: () => Promise<void>
}

export interface InstallResult {
  sessionId: string
  transcriptPath: string
  outcome: 'installed' | 'fast-forward' | 'unchanged' | 'overwritten' | 'as-new'
  /**
   * fast-forward: the bytes of the local copy that the installed one continues, so a caller can
   * count what arrived from the session it pulled (continue's report).
   */
  keptBytes?: number
  /** The replaced local transcript's copy (with --force). */
  backupPath?: string
  /** The replaced local `<id>/` folder's copy, when there was one. */
  backupFolderPath?: string
  relocated: boolean
}

/**
 * Installs an unpacked session into the Claude Code project folder of the cwd, where
 * `claude --resume <id>` looks first (docs/facts.md#resuming). Each file is written to a temporary name in its
 * final folder and renamed, so a failure leaves the previous local state; the transcript is
 * renamed last. Files get mtime = now, because Claude Code deletes transcripts whose mtime is
 * older than `cleanupPeriodDays` in a sweep shortly after it starts (docs/facts.md#cleanup).
 */
export async function installSession(req: InstallRequest): Promise<InstallResult> {
  await mkdir(req.projectDir, { recursive: true, mode: 0o700 })
  const incoming = req.unpacked.transcriptPath
  const existing = join(req.projectDir, `${req.remoteSessionId}.jsonl`)
  const { relation, checked, sharedBytes } = await relate(existing, incoming)

  if (relation === 'same' || relation === 'local-ahead') {
    // Nothing new arrived (or only what this machine already went past): keep the local bytes,
    // and refresh the kept file's mtime against Claude Code's cleanup sweep.
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
        `  ${req.describe.pullCommand} --force    replace yours with the stored copy (yours is kept as .bak copies)`
    )
  }

  const asNew = relation === 'diverged' && req.onLocalConflict === 'as-new'
  const sessionId = asNew ? newSessionId() : req.remoteSessionId
  const target = join(req.projectDir, `${sessionId}.jsonl`)
  const relocate = req.recordedCwd !== undefined && req.recordedCwd !== req.cwd
  const moved = (): ConflictError =>
    new ConflictError(
      `${target} changed while session ${sessionId} was being restored (is Claude Code still running it?). ` +
        `It was left as it was. Let Claude Code finish, then run ${req.describe.pullCommand} again.`
    )

  const temporary = temporaryName(target)
  try {
    await moveOrCopy(incoming, temporary)
    await chmod(temporary, 0o600)
    // Claude Code appends this same record when it moves a session itself (docs/facts.md#moving-a-session); it tells the
    // model the directory changed and keeps the file byte-identical before it.
    if (relocate) {
      const separator = (await endsWithNewline(temporary)) ? '' : '\n'
      await appendFile(temporary, separator + relocatedRecord(sessionId, req.cwd))
    }
    let backup: SessionBackup | undefined
    if (relation === 'diverged' && !asNew) {
      // --force promises the local session survives as a copy: transcript and folder, taken
      // before the folder's files are replaced.
      backup = await backupSession(existing, join(req.projectDir, sessionId))
    }
    if (!asNew && !(await unchangedSince(existing, checked))) throw moved()
    if (req.unpacked.folderPath) {
      await installFolder(req.unpacked.folderPath, join(req.projectDir, sessionId), req.projectDir)
    }
    await req.beforeReplace?.()
    // Checked again just before the rename, the only step that could drop an appended record.
    if (!asNew && !(await unchangedSince(existing, checked))) throw moved()
    await rename(temporary, target)
    const outcome = asNew
      ? 'as-new'
      : relation === 'absent'
        ? 'installed'
        : relation === 'local-behind'
          ? 'fast-forward'
          : 'overwritten'
    return {
      sessionId,
      transcriptPath: target,
      outcome,
      ...(outcome === 'fast-forward' ? { keptBytes: sharedBytes } : {}),
      backupPath: backup?.transcript,
      backupFolderPath: backup?.folder,
      relocated: relocate
    }
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
