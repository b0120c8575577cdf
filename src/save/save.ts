import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  buildMetadata,
  completeLinesLength,
  encryptFile,
  hashFile,
  packSession,
  serializeMetadata,
  transcriptDigestFields,
  type EncryptionKey,
  type SecretFinding
} from '../archive/index.js'
import { SessionNotFoundError } from '../errors.js'
import type { ProgressCallback } from '../log.js'
import {
  discoverSession,
  projectDirFor,
  readTranscriptTail,
  type LocalSession
} from '../session/index.js'
import type { SyncContext } from '../shared/context.js'
import { openDraftForSave, recordInIndex } from '../remote/draft.js'
import { entryFor } from '../remote/indexedRelease.js'
import { publishVersion } from './commitVersion.js'
import { withMemory } from './memory.js'
import { carriedLineage } from '../shared/redactedLineage.js'
import { archiveAssetName, metadataAssetName, tagForBranch } from '../remote/layout.js'
import {
  assertNoDowngrade,
  assertStoredIsPrefix,
  isUnchanged,
  transcriptCheck,
  warnOtherBranch
} from './checks.js'
import { applySecretsPolicy, scanAndWarn, type SecretsPolicy } from './secretsPolicy.js'
import {
  groupSessionAssets,
  storedCopiesOf,
  type SessionAssets,
  type StoredCopy
} from '../remote/storedCopies.js'
import type { Release } from '../store/index.js'

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
  /** Replace an encrypted stored copy with a plaintext one (`--no-encryption`): never implied. */
  allowUnencrypted?: boolean
  secrets?: SecretsPolicy
  /** Literal strings that must never travel, e.g. the run's own token. */
  extraSecrets?: string[]
  onProgress?: ProgressCallback
  /** Carry the project's auto memory beside the session (default true; `--no-memory`). */
  memory?: boolean
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
  const local = await findLocalSession(req)
  const sessionId = local.sessionId
  const tag = tagForBranch(req.branch)
  // Private to this save (mkdtemp makes it 0700) and always removed: the only place where an
  // unredacted or unencrypted copy is ever written.
  const work = await mkdtemp(join(ctx.tempDir, 'claude-session-save-'))
  let warnScan: Promise<SecretFinding[]> | undefined
  // The lookup only reads: it travels while the session is packed. Nothing is created before the
  // transcript passed restore's checks.
  const lookup = ctx.store.lookupDraft(tag)
  lookup.catch(() => undefined)
  try {
    // Claude Code may still be appending: everything below works on the complete records present
    // now, and a half-written last line never travels, on any path.
    const localBytes = await completeLinesLength(local.transcriptPath)
    // The project's auto memory travels inside the session folder (src/save/memory.ts).
    const memory = req.memory === false ? undefined : await withMemory(local, req, work)
    // Under "warn" the scan only reports, so it runs while the session is packed: zlib compresses
    // on libuv's threads while the scan runs on the main one.
    // Every file that travels is scanned: the transcript's complete lines and the session folder.
    const session = {
      ...local,
      folderPath: memory ? memory.folderPath : local.folderPath,
      transcriptBytes: localBytes
    }
    warnScan = (req.secrets ?? 'warn') === 'warn' ? scanAndWarn(ctx, req, session) : undefined
    warnScan?.catch(() => undefined)
    const policy = warnScan
      ? { ...session, findings: [] }
      : await applySecretsPolicy(ctx, req, session, work)
    const transcriptPath = policy.transcriptPath
    const redacted = transcriptPath !== local.transcriptPath

    // Validated while packing, with restore's rules: what restore would refuse never leaves, and
    // no draft is created for it.
    const validator = transcriptCheck(basename(local.transcriptPath))
    const encrypted = req.encryption !== undefined
    const archiveName = archiveAssetName(sessionId, encrypted)
    const packedPath = join(work, archiveAssetName(sessionId, false))
    // The newest fields come from the end of the file, the record count from packing: no second
    // parse of the transcript.
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
      mtime: timeOf(tail.lastTimestamp),
      onTranscriptData: (chunk) => validator.write(chunk)
    })
    validator.end()
    warnOtherBranch(ctx, req.branch, tail.gitBranch, sessionId)

    const draft = await openDraftForSave(ctx, { tag, branch: req.branch, sessionId, lookup })
    const release = draft.release
    const { snapshot, copies } = draft.indexed ?? (await listedCopies(ctx, release, sessionId))
    const previous = copies[0]
    assertNoDowngrade(snapshot, previous, req)
    if (previous && !req.force)
      await assertStoredIsPrefix(ctx, previous, local.transcriptPath, localBytes, req)

    const findings = warnScan ? await warnScan : policy.findings
    const result = (outcome: SaveResult['outcome'], archiveSize: number): SaveResult => ({
      sessionId,
      branch: req.branch,
      tag,
      releaseUrl: release.htmlUrl,
      archiveName,
      archiveSize,
      transcriptSize: packed.transcriptSize,
      records: packed.records,
      outcome,
      findings
    })
    if (previous && isUnchanged(previous, packed.archiveSha256, encrypted, snapshot)) {
      await memory?.recordSaved(policy.folderPath)
      return result('unchanged', packed.archiveSize)
    }

    // Redacted first (above), then encrypted, both inside `work`.
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
    const metadata = buildMetadata({
      sessionId,
      branch: req.branch,
      cwd: req.cwd,
      archiveName,
      archive,
      digests: {
        // Plain digests and sizes, or keyed ones when encrypted: a plain digest would confirm a guess.
        ...(await transcriptDigestFields(
          { size: packed.transcriptSize, sha256: packed.transcriptSha256 },
          source,
          packed.records,
          req.encryption
        )),
        // A plain upload that extends a redacted copy keeps that copy's lineage (plain digests, so
        // never for an encrypted session).
        ...(source || encrypted ? {} : await carriedLineage(previous?.metadata, transcriptPath))
      },
      tail,
      repository: ctx.repository,
      commit: req.commit,
      savedBy: req.savedBy,
      encrypted
    })
    const metadataName = metadataAssetName(sessionId)
    const metadataPath = join(work, metadataName)
    const metadataText = serializeMetadata(metadata)
    await writeFile(metadataPath, metadataText, { mode: 0o600 })

    const published = await publishVersion(
      ctx.store,
      release,
      snapshot,
      { archivePath, archiveName, metadataPath, metadataName, metadata },
      { onProgress: req.onProgress, freshRelease: draft.created }
    )
    await memory?.recordSaved(policy.folderPath)
    if (published.outcome === 'already-stored') {
      ctx.log.info(
        `Session ${sessionId} (${packed.records} records) was stored on ${tag} by another save at the same moment; nothing more to upload`
      )
      return result('unchanged', archive.size)
    }
    await recordInIndex(
      ctx,
      draft,
      sessionId,
      entryFor(
        { asset: published.metadata, text: metadataText },
        { asset: published.archive, sha256: archive.sha256 }
      )
    )
    ctx.log.info(`Saved session ${sessionId} (${packed.records} records) to draft release ${tag}`)
    return result(previous ? 'updated' : 'created', archive.size)
  } finally {
    // A save that failed early does not leave the scan running (and warning) behind it.
    await warnScan?.catch(() => undefined)
    await rm(work, { recursive: true, force: true })
  }
}

/** The session's assets and stored copies, read from the release's listing and metadata. */
async function listedCopies(
  ctx: SyncContext,
  release: Release,
  sessionId: string
): Promise<{ snapshot: SessionAssets | undefined; copies: StoredCopy[] }> {
  const listed = groupSessionAssets(release).get(sessionId)
  if (!listed) return { snapshot: undefined, copies: [] }
  const { group, copies } = await storedCopiesOf(ctx.store, listed)
  return { snapshot: group, copies }
}

async function findLocalSession(req: SaveRequest): Promise<LocalSession> {
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
  return local
}

function timeOf(timestamp: string | undefined): Date {
  const time = timestamp === undefined ? Number.NaN : Date.parse(timestamp)
  return new Date(Number.isNaN(time) ? Date.now() : time)
}
