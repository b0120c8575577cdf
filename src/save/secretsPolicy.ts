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
      ctx.log.warning(`Redacted a secret (${f.ruleId}) at ${f.file}:${f.line} in the uploaded copy`)
    warnUnscanned(ctx, redacted)
    return redacted
  }
  // The folder is scanned and packed from one snapshot, so nothing written after the scan travels.
  const folderPath = session.folderPath ? await snapshotFolder(session.folderPath, work) : undefined
  const findings = await scanAndWarn(ctx, req, { ...session, folderPath })
  if (policy === 'fail' && findings.length > 0) {
    throw new SecretsFoundError(
      `Refusing to upload: the session holds ${findings.length} possible secret(s) (listed above). ` +
        'Remove them, or save with secrets policy "redact" to upload a copy with each secret replaced by a marker.'
    )
  }
  return { transcriptPath: session.transcriptPath, folderPath, findings }
}

/** Scans and lists each finding as rule, file and line: never the secret itself. */
export async function scanAndWarn(
  ctx: SyncContext,
  req: SaveRequest,
  session: SessionFiles
): Promise<SecretFinding[]> {
  const scan = await scanSession(session, req.extraSecrets ?? [])
  for (const f of scan.findings)
    ctx.log.warning(`Possible secret (${f.ruleId}) at ${f.file}:${f.line}`)
  warnUnscanned(ctx, scan)
  return scan.findings
}

function warnUnscanned(ctx: SyncContext, scan: SessionScan): void {
  for (const name of scan.unscanned)
    ctx.log.warning(`Not scanned for secrets (binary file), uploaded as it is: ${name}`)
}
