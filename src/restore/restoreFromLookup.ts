import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { UnpackResult } from '../archive/unpack.js'
import {
  ClaudeSessionError,
  EncryptionKeyError,
  IntegrityError,
  SessionNotFoundError
} from '../errors.js'
import { memoryDirFor } from '../session/memory.js'
import { physicalPath, projectDirFor } from '../session/projectDir.js'
import { readTranscriptTail } from '../session/transcript.js'
import type { DraftLookup } from '../store/index.js'
import type { SyncContext } from '../shared/context.js'
import { installSession } from './install.js'
import { installMemory, takeMemory } from './installMemory.js'
import type { RestoreRequest, RestoreResult } from './request.js'
import { lineageOf, withOwnBytes } from '../shared/redactedLineage.js'
import { indexedCopy, indexOf } from '../remote/releaseIndex.js'
import {
  storedCopies,
  groupSessionAssets,
  newestSession,
  type StoredCopy
} from '../remote/storedCopies.js'
import { stageVerified } from './verifiedDownload.js'

/**
 * What a restore does once its draft lookup answered: stage the copy the index names, else the
 * newest complete copy the release lists, and install it. restore.ts loads this module while the
 * lookup is in flight, so the download, unpack and install code (and node:zlib, tar) is parsed
 * in the lookup's round trip instead of before its request.
 */
export async function restoreFromLookup(
  ctx: SyncContext,
  req: RestoreRequest,
  tag: string,
  lookup: DraftLookup | null | undefined
): Promise<RestoreResult> {
  const index = indexOf(lookup)
  const indexed = lookup && index && indexedCopy(lookup, index, req.sessionId)
  const work = await mkdtemp(join(ctx.tempDir, 'claude-session-restore-'))
  try {
    let staged: StagedCopy | undefined
    if (indexed) {
      try {
        staged = await stageCopy(ctx, req, indexed.sessionId, [indexed.copy], work)
      } catch (error) {
        // A stale or hand-edited index: nothing was installed; the listing path decides.
        if (!(error instanceof ClaudeSessionError) || error instanceof EncryptionKeyError)
          throw error
        ctx.log.debug(`The index on ${tag} is stale (${error.message}); reading the release`)
      }
    }
    staged ??= await stageFromListing(ctx, req, tag, lookup, work)
    return await install(ctx, req, staged, work)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** A stored copy downloaded, verified against its digests and unpacked into staging: not installed yet. */
interface StagedCopy {
  sessionId: string
  copy: StoredCopy
  archiveName: string
  unpacked: UnpackResult
  /** What install needs of the transcript: its record count and the last `cwd` it names. */
  info: { records: number; cwd?: string }
}

async function stageFromListing(
  ctx: SyncContext,
  req: RestoreRequest,
  tag: string,
  lookup: DraftLookup | null | undefined,
  work: string
): Promise<StagedCopy> {
  const release = await ctx.store.draftFromLookup(tag, lookup)
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
  const copies = await storedCopies(ctx.store, group)
  if (copies.length === 0) {
    throw new IntegrityError(
      `The stored copy of session ${group.sessionId} on ${tag} is incomplete (no archive matches its metadata). ` +
        'Save it again from the machine that has it.'
    )
  }
  return stageCopy(ctx, req, group.sessionId, copies, work)
}

/** Downloads, checks and unpacks into staging under `work`: nothing here touches the Claude folder. */
async function stageCopy(
  ctx: SyncContext,
  req: RestoreRequest,
  sessionId: string,
  copies: StoredCopy[],
  work: string
): Promise<StagedCopy> {
  const { copy, archiveName, unpacked } = await stageVerified(ctx, copies, work, {
    sessionId,
    encryption: req.encryption,
    onProgress: req.onProgress
  })
  const m = copy.metadata
  if (m.transcriptSha256 !== undefined) {
    const transcript = unpacked.transcript
    if (transcript.sha256 !== m.transcriptSha256 || transcript.size !== m.transcriptSize) {
      throw new IntegrityError(
        `The transcript inside ${archiveName} does not match its metadata; nothing was installed. Save the session again.`
      )
    }
  }
  // Unpacking counted the records, and refused a transcript that is not JSONL (Claude Code would
  // drop it) unless its save had checked these same bytes; the last `cwd` comes from the end of the
  // file, without a second parse of it all.
  const { cwd } = await readTranscriptTail(unpacked.transcriptPath)
  const info = { records: unpacked.transcript.records, cwd }
  return { sessionId, copy, archiveName, unpacked, info }
}

async function install(
  ctx: SyncContext,
  req: RestoreRequest,
  staged: StagedCopy,
  work: string
): Promise<RestoreResult> {
  const { unpacked, info } = staged
  const m = staged.copy.metadata
  const group = { sessionId: staged.sessionId }
  const projectDir = await projectDirFor(req.configDir, req.cwd, req.env ?? process.env)
  // A copy uploaded with secrets redacted is recognised as the user's own by digests alone.
  const own = await withOwnBytes(
    join(projectDir, `${group.sessionId}.jsonl`),
    unpacked.transcriptPath,
    lineageOf(m),
    work
  )
  if (own) unpacked.transcriptPath = own
  const cwd = await physicalPath(req.cwd)
  // Memory travels inside `<id>/` (src/session/memory.ts) but is not session-folder content.
  const memoryStaged = await takeMemory(unpacked, work)
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
  const memory =
    memoryStaged && req.memory !== false
      ? await installMemory(
          memoryStaged,
          await memoryDirFor(req.configDir, req.cwd, req.env ?? process.env)
        )
      : undefined
  for (const kept of memory?.kept ?? [])
    ctx.log.warning(
      `Memory file ${kept.file} changed both here and in the stored session: yours is kept, the stored copy is at ${kept.storedCopyAt}`
    )
  return {
    sessionId: installed.sessionId,
    remoteSessionId: group.sessionId,
    branch: req.branch,
    projectDir,
    transcriptPath: installed.transcriptPath,
    outcome: installed.outcome,
    keptBytes: installed.keptBytes,
    backupPath: installed.backupPath,
    backupFolderPath: installed.backupFolderPath,
    records: info.records,
    relocated: installed.relocated,
    archiveSize: m.archiveSize ?? 0,
    commit: m.commit,
    memory
  }
}
