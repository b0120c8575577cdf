import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  completeLinesLength,
  encryptFile,
  fileStartsWith,
  FORMAT_VERSION,
  hashFile,
  packSession,
  serializeMetadata,
  storedPrefixes,
  transcriptDigestFields,
  type EncryptionKey,
  type SecretFinding,
  type SessionMetadata
} from '../archive/index.js'
import { ConflictError, SessionNotFoundError } from '../errors.js'
import type { ProgressCallback } from '../log.js'
import { discoverSession, projectDirFor, readTranscriptTail } from '../session/index.js'
import { TOOL_VERSION } from '../version.js'
import type { SyncContext } from './context.js'
import { findOrCreateDraft } from './draft.js'
import { carriedLineage } from './redactedLineage.js'
import { publishVersion } from './publish.js'
import { applySecretsPolicy, scanAndWarn, type SecretsPolicy } from './secretsPolicy.js'
import { archiveAssetName, metadataAssetName, roleOfAsset, tagForBranch } from './remoteLayout.js'
import {
  newestStoredCopy,
  groupSessionAssets,
  type StoredCopy,
  type SessionAssets
} from './storedCopies.js'

export type { SecretsPolicy }

export interface SaveRequest {
  branch: string
  cwd: string
  configDir: string
  env?: NodeJS.ProcessEnv
  sessionId?: string
  /** Replace the stored version even when it holds records this transcript lacks. */
  force?: boolean
  savedBy: 'laptop' | 'ci'
  commit?: string
  encryption?: EncryptionKey
  secrets?: SecretsPolicy
  /** Literal strings that must never travel, e.g. the run's own token. */
  extraSecrets?: string[]
  onProgress?: ProgressCallback
}

export interface SaveResult {
  sessionId: string
  branch: string
  tag: string
  releaseUrl: string
  archiveName: string
  archiveSize: number
  transcriptSize: number
  records: number
  outcome: 'created' | 'updated' | 'unchanged'
  findings: SecretFinding[]
}

export async function saveSession(ctx: SyncContext, req: SaveRequest): Promise<SaveResult> {
  const projectDir = await projectDirFor(req.configDir, req.cwd, req.env ?? process.env)
  const local = await discoverSession({
    projectDir,
    branch: req.sessionId ? undefined : req.branch,
    sessionId: req.sessionId
  })
  if (!local) {
    throw new SessionNotFoundError(
      req.sessionId
        ? `No Claude Code session ${req.sessionId} in ${projectDir}. Check the id, or run from the directory where that session was started.`
        : `No Claude Code session on branch ${req.branch} in ${projectDir}. Start one with \`claude\` in that directory, or name one with a session id.`
    )
  }
  const sessionId = local.sessionId
  const tag = tagForBranch(req.branch)
  const work = await mkdtemp(join(ctx.tempDir, 'claude-session-save-'))
  try {
    // Claude Code may still be appending: everything below works on the complete records present
    // now, and a half-written last line never travels.
    const localBytes = await completeLinesLength(local.transcriptPath)
    // Every file that travels is scanned: the transcript's complete lines and the session folder.
    const session = { ...local, transcriptBytes: localBytes }
    // Under "warn" the scan only reports, so it runs while the session is looked up and packed:
    // zlib compresses on libuv's threads while the scan runs on the main one.
    const warnScan = (req.secrets ?? 'warn') === 'warn' ? scanAndWarn(ctx, req, session) : undefined
    warnScan?.catch(() => undefined)
    const policy = warnScan
      ? { ...session, findings: [] }
      : await applySecretsPolicy(ctx, req, session, work)
    const transcriptPath = policy.transcriptPath
    const redacted = transcriptPath !== local.transcriptPath

    const release = await findOrCreateDraft(ctx, tag, req.branch)
    const storedAssets = groupSessionAssets(release).get(sessionId)
    const previous = storedAssets ? await newestStoredCopy(ctx.store, storedAssets) : undefined
    if (previous && !req.force)
      await assertStoredIsPrefix(ctx, previous, local.transcriptPath, localBytes, req)

    const encrypted = req.encryption !== undefined
    const archiveName = archiveAssetName(sessionId, encrypted)
    const packedPath = join(work, archiveAssetName(sessionId, false))
    // The newest fields come from the end of the file, without a second parse of the transcript.
    const tail = await readTranscriptTail(transcriptPath, {
      bytes: redacted ? undefined : localBytes
    })
    const packed = await packSession({
      sessionId,
      transcriptPath,
      transcriptBytes: redacted ? undefined : localBytes,
      folderPath: policy.folderPath,
      outFile: packedPath,
      // The time of the session's last record: recent for a session being saved, and the same
      // for the same bytes, so an unchanged session still packs to the same digest.
      mtime: timeOf(tail.lastTimestamp)
    })
    const findings = warnScan ? await warnScan : policy.findings
    const result = (
      outcome: SaveResult['outcome'],
      archiveSize: number,
      records: number
    ): SaveResult => ({
      sessionId,
      branch: req.branch,
      tag,
      releaseUrl: release.htmlUrl,
      archiveName,
      archiveSize,
      transcriptSize: packed.transcriptSize,
      records,
      outcome,
      findings
    })
    if (previous && isUnchanged(previous, packed.archiveSha256, encrypted, storedAssets)) {
      return result('unchanged', packed.archiveSize, packed.records)
    }

    let archivePath = packedPath
    let archive = { sha256: packed.archiveSha256, size: packed.archiveSize }
    if (req.encryption) {
      archivePath = join(work, archiveName)
      archive = await encryptFile(packedPath, archivePath, req.encryption)
    }

    // The digest of the user's own bytes, so that a redacted upload is still recognised as theirs.
    const source = redacted
      ? await hashFile(local.transcriptPath, { bytes: localBytes })
      : undefined
    const metadata: SessionMetadata = {
      sessionId,
      gitBranch: req.branch,
      // An encrypted archive's metadata holds only ids, sizes, digests, times and format: the
      // working directory could name a customer or a project.
      ...(encrypted ? {} : { cwd: req.cwd }),
      timestamp: new Date().toISOString(),
      archivePath: archiveName,
      formatVersion: FORMAT_VERSION,
      archiveSha256: archive.sha256,
      archiveSize: archive.size,
      // Plain digests and sizes, or keyed ones when encrypted: a plain digest would confirm a guess.
      ...(await transcriptDigestFields(
        { size: packed.transcriptSize, sha256: packed.transcriptSha256 },
        source,
        packed.records,
        req.encryption
      )),
      // A plain upload that extends a redacted copy keeps that copy's lineage (plain digests, so
      // never for an encrypted session).
      ...(source || encrypted ? {} : await carriedLineage(previous?.metadata, transcriptPath)),
      ...(tail.claudeVersion && !encrypted ? { claudeVersion: tail.claudeVersion } : {}),
      toolVersion: TOOL_VERSION,
      repository: ctx.repository,
      ...(req.commit ? { commit: req.commit } : {}),
      ...(tail.lastTimestamp ? { lastRecordAt: tail.lastTimestamp } : {}),
      savedBy: req.savedBy,
      encrypted
    }
    const metadataName = metadataAssetName(sessionId)
    const metadataPath = join(work, metadataName)
    await writeFile(metadataPath, serializeMetadata(metadata), { mode: 0o600 })

    await publishVersion(
      ctx.store,
      release,
      storedAssets,
      previous?.metadataAsset,
      { archivePath, archiveName, metadataPath, metadataName },
      req.onProgress
    )
    ctx.log.info(`Saved session ${sessionId} (${packed.records} records) to draft release ${tag}`)
    return result(previous ? 'updated' : 'created', archive.size, packed.records)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Lost-update guard: the stored transcript must be a byte prefix of ours, which we can tell from
 * its digest alone, without downloading it.
 */
async function assertStoredIsPrefix(
  ctx: SyncContext,
  previous: StoredCopy,
  localPath: string,
  localSize: number,
  req: SaveRequest
): Promise<void> {
  const m = previous.metadata
  const stored = await storedPrefixes(m, req.encryption)
  if ('uncheckable' in stored) {
    // Saved by the seed's scripts, which recorded no digest: they always overwrote, and so do we.
    ctx.log.warning(
      `The stored copy of session ${m.sessionId} cannot be compared: ${stored.uncheckable}; replacing it.`
    )
    return
  }
  // Ours extends the stored copy when it starts with the uploaded bytes (a runner that restored
  // them) or with the bytes they were redacted from (the laptop that saved them).
  for (const prefix of stored.prefixes) {
    if (await fileStartsWith(localPath, prefix, localSize)) return
  }
  throw new ConflictError(
    `The stored session ${m.sessionId} on claude-sessions-${req.branch} has records that this transcript does not ` +
      `(saved ${m.timestamp}${m.savedBy ? ` from ${m.savedBy === 'ci' ? 'CI' : 'a laptop'}` : ''}); saving would lose them. ` +
      (req.savedBy === 'ci'
        ? 'Re-run with the input force: true to replace it anyway.'
        : `Pull it first (claude-session pull ${req.branch}, which can install it under a new id with --as-new), or replace it with --force.`)
  )
}

function isUnchanged(
  previous: StoredCopy,
  archiveSha256: string,
  encrypted: boolean,
  storedAssets: SessionAssets | undefined
): boolean {
  // Packing is deterministic, so the same files give the same digest; age output never repeats.
  if (encrypted || previous.metadata.archiveSha256 !== archiveSha256) return false
  // Only a clean release counts: leftovers of a killed save (staging names, starter assets) are
  // finished or removed by saving again.
  return (
    storedAssets !== undefined &&
    storedAssets.broken.length === 0 &&
    storedAssets.metadata.length === 1 &&
    storedAssets.archives.length === 1 &&
    [...storedAssets.metadata, ...storedAssets.archives].every(
      (asset) => !roleOfAsset(asset.name)?.staging
    )
  )
}

function timeOf(timestamp: string | undefined): Date {
  const time = timestamp === undefined ? Number.NaN : Date.parse(timestamp)
  return new Date(Number.isNaN(time) ? Date.now() : time)
}
