import {
  redactSession,
  scanSession,
  snapshotFolder,
  type SecretFinding,
  type SessionFiles,
  type SessionScan
} from '../archive/index.js'
import { SecretsFoundError } from '../errors.js'
import type { SyncContext } from '../shared/context.js'
import type { SaveRequest } from './request.js'

/**
 * Applies the request's policy to every file about to be packed: the transcript's complete lines
 * and each file of the session folder. Returns what to pack (redacted copies in `work` under
 * "redact", where something was found) and what was found.
 */
export async function applySecretsPolicy(
  ctx: SyncContext,
  req: SaveRequest,
  session: SessionFiles,
  work: string
): Promise<{ transcriptPath: string; folderPath?: string; findings: SecretFinding[] }> {
  const policy = req.secrets ?? 'warn'
  if (policy === 'redact') {
    const redacted = await redactSession(session, work, req.extraSecrets ?? [])
    for (const f of redacted.findings)
      ctx.log.warning(`Redacted a secret (${f.ruleId}) ${placeOf(f)} in the uploaded copy`)
    warnUnscanned(ctx, redacted)
    return redacted
  }
  // The folder is scanned and packed from one snapshot, so nothing written after the scan travels.
  const folderPath = session.folderPath ? await snapshotFolder(session.folderPath, work) : undefined
  const scan = await scanWarning(ctx, req, { ...session, folderPath }, policy === 'fail')
  if (policy === 'fail') refuseUnlessClean(scan, req)
  return { transcriptPath: session.transcriptPath, folderPath, findings: scan.findings }
}

/**
 * Under "fail", nothing the scan flagged travels, and neither does what it could not read: a file
 * it cannot read may hold anything. `allowUnscanned` (--allow-unscanned, the allow-unscanned
 * input) lets such files travel as they are, on the user's word.
 */
function refuseUnlessClean(scan: SessionScan, req: SaveRequest): void {
  if (scan.findings.length > 0) {
    throw new SecretsFoundError(
      `Refusing to upload: the session holds ${scan.findings.length} possible secret(s) (listed above). ` +
        'Remove them, or save with secrets policy "redact" to upload a copy with each secret replaced by a marker.'
    )
  }
  if (scan.unscanned.length > 0 && !req.allowUnscanned) {
    throw new SecretsFoundError(
      `Refusing to upload: the secret scan cannot read ${scan.unscanned.join(', ')} (not text), so it could hold a secret. ` +
        (req.savedBy === 'ci'
          ? 'Remove it, or set the input allow-unscanned: true to upload such files as they are.'
          : 'Remove it, or save with --allow-unscanned to upload such files as they are.')
    )
  }
}

/** Scans and lists each finding as rule, file and line: never the secret itself. */
export async function scanAndWarn(
  ctx: SyncContext,
  req: SaveRequest,
  session: SessionFiles
): Promise<SecretFinding[]> {
  return (await scanWarning(ctx, req, session, false)).findings
}

async function scanWarning(
  ctx: SyncContext,
  req: SaveRequest,
  session: SessionFiles,
  refusing: boolean
): Promise<SessionScan> {
  const scan = await scanSession(session, req.extraSecrets ?? [])
  for (const f of scan.findings) ctx.log.warning(`Possible secret (${f.ruleId}) ${placeOf(f)}`)
  // Under "fail" the refusal names them, unless they are allowed to travel.
  if (!refusing || req.allowUnscanned) warnUnscanned(ctx, scan)
  return scan
}

/** Where a finding is, by the name messages use (never the secret itself). */
function placeOf(f: SecretFinding): string {
  return f.inName ? `in the name of ${f.file}` : `at ${f.file}:${f.line}`
}

function warnUnscanned(ctx: SyncContext, scan: SessionScan): void {
  for (const name of scan.unscanned)
    ctx.log.warning(`Not scanned for secrets (not text), uploaded as it is: ${name}`)
}
