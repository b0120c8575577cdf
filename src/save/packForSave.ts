import { basename, join } from 'node:path'
import { archiveAssetName } from '../remote/layout.js'
import { completeLinesLength, packSession, type SecretFinding } from '../archive/index.js'
import { readTranscriptTail, type LocalSession } from '../session/index.js'
import type { SyncContext } from '../shared/context.js'
import { transcriptCheck } from './checks.js'
import type { SaveRequest } from './request.js'
import { withMemory, type SessionWithMemory } from './memory.js'
import { applySecretsPolicy, scanAndWarn } from './secretsPolicy.js'

/** The session as packed for this save, in the save's private folder. */
export interface PackedSession {
  /** Bytes of the local transcript's complete lines: all that travels of it. */
  localBytes: number
  /** What was packed: the local transcript, or its redacted copy. */
  transcriptPath: string
  redacted: boolean
  packedPath: string
  packed: Awaited<ReturnType<typeof packSession>>
  /** The newest envelope fields (timestamp, Claude Code version, cwd, branch). */
  tail: Awaited<ReturnType<typeof readTranscriptTail>>
  /** What the secret scan found; under "warn" it may still be running. */
  findings: Promise<SecretFinding[]>
  /** The project's auto memory packed inside the session folder, when it travels. */
  memory?: SessionWithMemory
  /** The session folder as packed (memory included, redacted under "redact"). */
  packedFolderPath?: string
}

/**
 * Steps 2 and 3 of a save (docs/architecture.md): the secrets policy, then packing with restore's
 * checks. Claude Code may still be appending: everything works on the complete records present
 * now, and a half-written last line never travels, on any path.
 */
export async function packForSave(
  ctx: SyncContext,
  req: SaveRequest,
  local: LocalSession,
  work: string
): Promise<PackedSession> {
  const localBytes = await completeLinesLength(local.transcriptPath)
  // Every file that travels is scanned: the transcript's complete lines and the session folder.
  // Under "warn" the scan only reports, so it runs while the session is packed: zlib compresses
  // on libuv's threads while the scan runs on the main one.
  // The project's auto memory travels inside the session folder (src/save/memory.ts).
  const memory = req.memory === false ? undefined : await withMemory(local, req, work)
  const session = {
    ...local,
    folderPath: memory ? memory.folderPath : local.folderPath,
    transcriptBytes: localBytes
  }
  const warnScan = (req.secrets ?? 'warn') === 'warn' ? scanAndWarn(ctx, req, session) : undefined
  warnScan?.catch(() => undefined)
  try {
    const policy = warnScan
      ? { ...session, findings: [] }
      : await applySecretsPolicy(ctx, req, session, work)
    const transcriptPath = policy.transcriptPath
    const redacted = transcriptPath !== local.transcriptPath
    // Validated while packing, with restore's rules: what restore would refuse never leaves, and
    // no draft is created for it.
    const validator = transcriptCheck(basename(local.transcriptPath))
    const packedPath = join(work, archiveAssetName(local.sessionId, false))
    // The newest fields come from the end of the file, the record count from packing: no second
    // parse of the transcript.
    const tail = await readTranscriptTail(transcriptPath, {
      bytes: redacted ? undefined : localBytes
    })
    const packed = await packSession({
      sessionId: local.sessionId,
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
    const findings = warnScan ?? Promise.resolve(policy.findings)
    return {
      localBytes,
      transcriptPath,
      redacted,
      packedPath,
      packed,
      tail,
      findings,
      memory,
      packedFolderPath: policy.folderPath
    }
  } catch (error) {
    // A save that failed early does not leave the scan running (and warning) behind it.
    await warnScan?.catch(() => undefined)
    throw error
  }
}

function timeOf(timestamp: string | undefined): Date {
  const time = timestamp === undefined ? Number.NaN : Date.parse(timestamp)
  return new Date(Number.isNaN(time) ? Date.now() : time)
}
