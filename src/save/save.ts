import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  buildMetadata,
  checkKey,
  encryptFile,
  hashFile,
  serializeMetadata,
  transcriptDigestFields
} from '../archive/index.js'
import { SessionNotFoundError } from '../errors.js'
import { discoverSession, projectDirFor, type LocalSession } from '../session/index.js'
import type { SyncContext } from '../shared/context.js'
import { openDraftForSave, recordInIndex, type SaveDraft } from '../remote/draft.js'
import { entryFor } from '../remote/releaseIndex.js'
import { commitVersion } from './commitVersion.js'
import { headCommit } from '../git/branchHistory.js'
import { carriedLineage } from '../shared/redactedLineage.js'
import { archiveAssetName, metadataAssetName, tagForBranch } from '../remote/layout.js'
import { assertNoDowngrade, assertStoredIsPrefix, isUnchanged, warnOtherBranch } from './checks.js'
import { packForSave, type PackedSession } from './packForSave.js'
import type { SaveRequest, SaveResult } from './request.js'
import {
  groupSessionAssets,
  storedCopiesOf,
  type SessionAssets,
  type StoredCopy
} from '../remote/storedCopies.js'
import type { Release } from '../store/index.js'

export type { SaveRequest, SaveResult } from './request.js'

/** The session's assets on the draft, and its stored copies, newest first. */
interface StoredState {
  assets: SessionAssets | undefined
  copies: StoredCopy[]
}

/**
 * Saves one session to the branch's draft, in the steps of docs/architecture.md ("What a save
 * does"): find it, pack it (secrets policy, restore's checks), open the draft, check the stored
 * copy against ours, encrypt, describe, and commit the new version.
 */
export async function saveSession(ctx: SyncContext, req: SaveRequest): Promise<SaveResult> {
  await checkKeys(req)
  const local = await findLocalSession(req)
  const sessionId = local.sessionId
  const tag = tagForBranch(req.branch)
  // Private to this save (mkdtemp makes it 0700) and always removed: the only place where an
  // unredacted or unencrypted copy is ever written.
  const work = await mkdtemp(join(ctx.tempDir, 'claude-session-save-'))
  // The lookup only reads: it travels while the session is packed. Nothing is created before the
  // transcript passed restore's checks.
  const lookup = ctx.store.lookupDraft(tag)
  lookup.catch(() => undefined)
  // git runs while the session is packed too: its answer is needed only for the metadata.
  const head = headCommit(req.cwd)
  head.catch(() => undefined)
  let session: PackedSession | undefined
  try {
    session = await packForSave(ctx, req, local, work)
    const { packed } = session
    warnOtherBranch(ctx, req.branch, session.tail.gitBranch, sessionId)
    const draft = await openDraftForSave(ctx, { tag, branch: req.branch, sessionId, lookup })
    const stored = draft.indexed ?? (await listedCopies(ctx, draft.release, sessionId))
    const storedCopy = stored.copies[0]
    await checkAgainstStored(ctx, req, local, session, stored)
    const encrypted = req.encryption !== undefined
    const findings = await session.findings
    const result = (outcome: SaveResult['outcome'], archiveSize: number): SaveResult => ({
      sessionId,
      branch: req.branch,
      tag,
      releaseUrl: draft.release.htmlUrl,
      archiveName: archiveAssetName(sessionId, encrypted),
      archiveSize,
      transcriptSize: packed.transcriptSize,
      records: packed.records,
      outcome,
      findings
    })
    if (storedCopy && isUnchanged(storedCopy, packed.archiveSha256, encrypted, stored.assets)) {
      await session.memory?.recordSaved(session.packedFolderPath)
      return result('unchanged', packed.archiveSize)
    }
    const version = await prepareVersion(ctx, req, { local, session, storedCopy, head }, work)
    const committed = await commitToDraft(ctx, draft, stored, version, req)
    await session.memory?.recordSaved(session.packedFolderPath)
    if (!committed) {
      ctx.log.info(
        `Session ${sessionId} (${packed.records} records) was stored on ${tag} by another save at the same moment; nothing more to upload`
      )
      return result('unchanged', version.archive.size)
    }
    ctx.log.info(`Saved session ${sessionId} (${packed.records} records) to draft release ${tag}`)
    return result(storedCopy ? 'updated' : 'created', version.archive.size)
  } finally {
    // A save that failed early does not leave the scan running (and warning) behind it.
    await session?.findings.catch(() => undefined)
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Every key is checked before the first request and the first file: a malformed one must not
 * leave a draft behind, nor a warning about a stored copy it was never going to replace.
 */
async function checkKeys(req: SaveRequest): Promise<void> {
  for (const key of [req.encryption, req.compareKey]) if (key) await checkKey(key)
}

/** Step 1: the session named by the request, or the newest one of the branch in the cwd's project. */
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

/** Step 4, when the draft's index could not tell: the session's assets and stored copies, listed. */
async function listedCopies(
  ctx: SyncContext,
  release: Release,
  sessionId: string
): Promise<StoredState> {
  const assets = groupSessionAssets(release).get(sessionId)
  if (!assets) return { assets: undefined, copies: [] }
  const { group, copies } = await storedCopiesOf(ctx.store, assets)
  return { assets: group, copies }
}

/**
 * Step 5: the stored copy must be a byte prefix of ours (unless forced), and an encrypted copy is
 * never silently replaced by a plaintext one.
 */
async function checkAgainstStored(
  ctx: SyncContext,
  req: SaveRequest,
  local: LocalSession,
  session: PackedSession,
  stored: StoredState
): Promise<void> {
  const storedCopy = stored.copies[0]
  assertNoDowngrade(stored.assets, storedCopy, req)
  if (storedCopy && !req.force)
    await assertStoredIsPrefix(ctx, storedCopy, local.transcriptPath, session.localBytes, req)
}

/** The files of a new version, ready to upload, in the save's private folder. */
interface PreparedVersion {
  archivePath: string
  archiveName: string
  archive: { sha256: string; size: number }
  metadataPath: string
  metadataName: string
  metadataText: string
  metadata: ReturnType<typeof buildMetadata>
}

/**
 * Step 6 and the metadata: the archive encrypted when a key is given (redacted first, then
 * encrypted, both inside `work`), and the metadata that describes it.
 */
async function prepareVersion(
  ctx: SyncContext,
  req: SaveRequest,
  from: {
    local: LocalSession
    session: PackedSession
    storedCopy: StoredCopy | undefined
    /** The checkout's HEAD, asked of git when the save began. */
    head: Promise<string | undefined>
  },
  work: string
): Promise<PreparedVersion> {
  const { local, session, storedCopy } = from
  const { packed } = session
  const sessionId = local.sessionId
  const encrypted = req.encryption !== undefined
  const archiveName = archiveAssetName(sessionId, encrypted)
  let archivePath = session.packedPath
  let archive = { sha256: packed.archiveSha256, size: packed.archiveSize }
  if (req.encryption) {
    archivePath = join(work, archiveName)
    archive = await encryptFile(session.packedPath, archivePath, req.encryption)
  }
  // The digest of the user's own bytes, so that a redacted upload is still recognised as theirs.
  const source = session.redacted
    ? await hashFile(local.transcriptPath, { bytes: session.localBytes })
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
        req.encryption,
        storedCopy?.metadata
      )),
      // A plain upload that extends a redacted copy keeps that copy's lineage (plain digests, so
      // never for an encrypted session).
      ...(source || encrypted
        ? {}
        : await carriedLineage(storedCopy?.metadata, session.transcriptPath))
    },
    tail: session.tail,
    repository: ctx.repository,
    // The checkout's HEAD when there is one (after a CI run: the commit Claude's edits were
    // pushed as), so that a later restore can say what changed on the branch since.
    commit: (await from.head) ?? req.commit,
    savedBy: req.savedBy,
    encrypted
  })
  const metadataName = metadataAssetName(sessionId)
  const metadataPath = join(work, metadataName)
  const metadataText = serializeMetadata(metadata)
  await writeFile(metadataPath, metadataText, { mode: 0o600 })
  return { archivePath, archiveName, archive, metadataPath, metadataName, metadataText, metadata }
}

/**
 * Step 7: uploads and renames so that some complete version is always restorable, recording it in
 * the draft's index while the archive takes its final name (commitVersion.ts). False when another
 * save stored the same bytes at the same moment.
 */
async function commitToDraft(
  ctx: SyncContext,
  draft: SaveDraft,
  stored: StoredState,
  version: PreparedVersion,
  req: SaveRequest
): Promise<boolean> {
  const committed = await commitVersion(ctx.store, draft.release, stored.assets, version, {
    onProgress: req.onProgress,
    freshRelease: draft.created,
    record: (assets) =>
      recordInIndex(
        ctx,
        draft,
        version.metadata.sessionId,
        entryFor(
          { asset: assets.metadata, text: version.metadataText },
          { asset: assets.archive, sha256: version.archive.sha256 }
        )
      )
  })
  return committed.outcome !== 'already-stored'
}
