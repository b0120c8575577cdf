import { basename, join } from 'node:path'
import { redactFile, scanFile, type SecretFinding } from '../archive/index.js'
import { SecretsFoundError } from '../errors.js'
import type { SyncContext } from './context.js'
import type { SaveRequest } from './save.js'

/** What a save does when the scan finds secrets: list them, refuse, or upload a redacted copy. */
export type SecretsPolicy = 'warn' | 'fail' | 'redact'

/**
 * Applies the request's policy to the transcript about to be packed. Returns the file to pack
 * (a redacted copy in `work` under "redact") and what was found.
 */
export async function applySecretsPolicy(
  ctx: SyncContext,
  req: SaveRequest,
  transcriptPath: string,
  work: string,
  /** The complete lines' length: a half-written last line is neither scanned nor uploaded. */
  bytes?: number
): Promise<{ transcriptPath: string; findings: SecretFinding[] }> {
  const policy = req.secrets ?? 'warn'
  const options = {
    displayName: basename(transcriptPath),
    extraSecrets: req.extraSecrets ?? [],
    bytes
  }
  if (policy === 'redact') {
    const redactedPath = join(work, 'redacted.jsonl')
    const { findings } = await redactFile(transcriptPath, redactedPath, options)
    for (const f of findings)
      ctx.log.warning(`Redacted a secret (${f.ruleId}) at ${f.file}:${f.line} in the uploaded copy`)
    return { transcriptPath: findings.length > 0 ? redactedPath : transcriptPath, findings }
  }
  const findings = await scanAndWarn(ctx, req, transcriptPath, bytes)
  if (findings.length > 0) {
    throw new SecretsFoundError(
      `Refusing to upload: the transcript holds ${findings.length} possible secret(s) (listed above). ` +
        'Remove them, or save with secrets policy "redact" to upload a copy with each secret replaced by a marker.'
    )
  }
  return { transcriptPath, findings }
}

/** Scans and lists each finding as rule, file and line: never the secret itself. */
export async function scanAndWarn(
  ctx: SyncContext,
  req: SaveRequest,
  transcriptPath: string,
  bytes?: number
): Promise<SecretFinding[]> {
  const options = {
    displayName: basename(transcriptPath),
    extraSecrets: req.extraSecrets ?? [],
    bytes
  }
  const findings = await scanFile(transcriptPath, options)
  for (const f of findings) ctx.log.warning(`Possible secret (${f.ruleId}) at ${f.file}:${f.line}`)
  return findings
}
