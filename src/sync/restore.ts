import { createReadStream, createWriteStream } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { join } from 'node:path'
import { fileStartsWith } from '../archive/digest.js'
import { decryptFile, type EncryptionKey } from '../archive/encryption.js'
import { unpackSession } from '../archive/unpack.js'
import { fileIncludes } from '../fileSearch.js'
import { EncryptionKeyError, IntegrityError, SessionNotFoundError } from '../errors.js'
import type { ProgressCallback } from '../log.js'
import { physicalPath, projectDirFor, readTranscriptInfo } from '../session/index.js'
import type { SyncContext } from './context.js'
import { installSession, type LocalConflictPolicy } from './install.js'
import { roleOfAsset, tagForBranch } from './remoteLayout.js'
import { storedCopies, groupSessionAssets, newestSession, type StoredCopy } from './storedCopies.js'

export interface RestoreRequest {
  branch: string
  cwd: string
  configDir: string
  env?: NodeJS.ProcessEnv
  sessionId?: string
  /** What to do when a local copy with the same id went on separately. Default: refuse. */
  onLocalConflict?: LocalConflictPolicy
  encryption?: EncryptionKey
  onProgress?: ProgressCallback
  /** Literal secrets the save may have redacted (the user's own token), for recognising a redacted copy. */
  extraSecrets?: string[]
  /** The command a user would run to pull again, for conflict messages. */
  pullCommand?: string
}

export interface RestoreResult {
  sessionId: string
  remoteSessionId: string
  branch: string
  projectDir: string
  transcriptPath: string
  outcome: 'installed' | 'fast-forward' | 'unchanged' | 'overwritten' | 'as-new'
  backupPath?: string
  records: number
  relocated: boolean
  archiveSize: number
}

export async function restoreSession(
  ctx: SyncContext,
  req: RestoreRequest
): Promise<RestoreResult> {
  const tag = tagForBranch(req.branch)
  const release = await ctx.store.findDraft(tag)
  if (!release) {
    throw new SessionNotFoundError(
      `No saved sessions for branch ${req.branch} in ${ctx.repository} (no draft release ${tag}). ` +
        'Save one first; if one was saved, the token may lack push access, without which GitHub hides drafts ' +
        '(a workflow needs `permissions: contents: write`).'
    )
  }
  const groups = groupSessionAssets(release)
  const group = req.sessionId ? groups.get(req.sessionId.toLowerCase()) : newestSession(groups)
  if (!group) {
    throw new SessionNotFoundError(
      req.sessionId
        ? `Session ${req.sessionId} is not saved on ${tag} in ${ctx.repository}. List what is there with \`claude-session list ${req.branch}\`.`
        : `The draft release ${tag} in ${ctx.repository} holds no saved session.`
    )
  }
  const versions = await storedCopies(ctx.store, group)
  if (versions.length === 0) {
    throw new IntegrityError(
      `The stored copy of session ${group.sessionId} on ${tag} is incomplete (no archive matches its metadata). ` +
        'Save it again from the machine that has it.'
    )
  }

  const work = await mkdtemp(join(ctx.tempDir, 'claude-session-restore-'))
  try {
    const { version, archivePath, archiveName } = await downloadVerified(
      ctx,
      versions,
      work,
      req.onProgress
    )
    let tarball = archivePath
    if (roleOfAsset(archiveName)?.encrypted) {
      if (!req.encryption) {
        throw new EncryptionKeyError(
          `Session ${group.sessionId} is stored encrypted (${archiveName}) and no key was given. ` +
            'Pass the key with the encryption-key input, --encryption-key-file or CLAUDE_SESSION_KEY.'
        )
      }
      tarball = join(work, 'session.tar.gz')
      await decryptFile(archivePath, tarball, req.encryption)
    }

    const staging = join(work, 'staging')
    await mkdir(staging, { mode: 0o700 })
    const unpacked = await unpackSession({
      archiveFile: tarball,
      sessionId: group.sessionId,
      destDir: staging
    })
    const m = version.metadata
    if (m.transcriptSha256 !== undefined) {
      const transcript = unpacked.transcript
      if (transcript.sha256 !== m.transcriptSha256 || transcript.size !== m.transcriptSize) {
        throw new IntegrityError(
          `The transcript inside ${archiveName} does not match its metadata; nothing was installed. Save the session again.`
        )
      }
    }
    // A transcript that is not JSONL would make Claude Code drop the session: refuse it here.
    const info = await readTranscriptInfo(unpacked.transcriptPath, { strict: true })

    const projectDir = await projectDirFor(req.configDir, req.cwd, req.env ?? process.env)
    await reconcileRedacted(
      join(projectDir, `${group.sessionId}.jsonl`),
      unpacked,
      work,
      req.extraSecrets ?? []
    )
    const cwd = await physicalPath(req.cwd)
    const installed = await installSession({
      unpacked,
      remoteSessionId: group.sessionId,
      projectDir,
      cwd,
      recordedCwd: info.cwd,
      onLocalConflict: req.onLocalConflict ?? 'refuse',
      describe: {
        branch: req.branch,
        pullCommand: req.pullCommand ?? `claude-session pull ${req.branch}`
      }
    })
    ctx.log.info(
      `Restored session ${installed.sessionId} (${info.records} records) into ${projectDir}`
    )
    return {
      sessionId: installed.sessionId,
      remoteSessionId: group.sessionId,
      branch: req.branch,
      projectDir,
      transcriptPath: installed.transcriptPath,
      outcome: installed.outcome,
      backupPath: installed.backupPath,
      records: info.records,
      relocated: installed.relocated,
      archiveSize: m.archiveSize ?? 0
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Downloads the newest version whose archive matches its metadata's sha256. Nothing is unpacked
 * before this check, so a corrupt or swapped asset never reaches the Claude folder.
 */
async function downloadVerified(
  ctx: SyncContext,
  versions: StoredCopy[],
  work: string,
  onProgress?: ProgressCallback
): Promise<{ version: StoredCopy; archivePath: string; archiveName: string }> {
  for (const version of versions) {
    for (const asset of version.archives) {
      const archivePath = join(work, `archive-${asset.id}`)
      // The download hashes the bytes as they arrive: no second read of the archive.
      const actual = await ctx.store.downloadAsset(asset, archivePath, { onProgress })
      const expected = version.metadata.archiveSha256
      if (expected === undefined || actual.sha256 === expected) {
        return { version, archivePath, archiveName: asset.name }
      }
      ctx.log.warning(
        `${asset.name} does not match the sha256 in its metadata; trying an older copy`
      )
      await rm(archivePath, { force: true })
    }
  }
  throw new IntegrityError(
    `No stored archive of session ${versions[0]!.metadata.sessionId} matches the sha256 in its metadata; ` +
      'nothing was installed. The asset may be corrupt: save the session again from the machine that has it.'
  )
}

/**
 * A copy uploaded with secrets redacted differs from the user's transcript exactly where the
 * secrets were. When redacting the local transcript the same way gives a prefix of the incoming
 * one, the local copy is its origin: the incoming transcript becomes "local bytes + what came
 * after", so the pull fast-forwards and the user's own bytes (secrets included) stay as they were.
 */
async function reconcileRedacted(
  localPath: string,
  unpacked: { transcriptPath: string },
  work: string,
  extraSecrets: string[]
): Promise<void> {
  const local = await stat(localPath).catch(() => undefined)
  if (!local?.isFile()) return
  // The scanner (secretlint) is loaded only for a redacted copy: restore starts faster without it.
  const { REDACTION_MARK, redactFile } = await import('../archive/secretScan.js')
  if (!(await fileIncludes(unpacked.transcriptPath, [Buffer.from(REDACTION_MARK)]))) return
  const redactedLocal = join(work, 'local-redacted.jsonl')
  const { size, sha256, findings } = await redactFile(localPath, redactedLocal, { extraSecrets })
  if (findings.length === 0) return
  if (!(await fileStartsWith(unpacked.transcriptPath, { size, sha256 }))) return
  const merged = join(work, 'merged.jsonl')
  await copyFile(localPath, merged)
  await pipeline(
    createReadStream(unpacked.transcriptPath, { start: size }),
    createWriteStream(merged, { flags: 'a' })
  )
  unpacked.transcriptPath = merged
}
