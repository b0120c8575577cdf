import { scanText, type SecretFinding } from '../archive/index.js'
import type { Logger } from '../log.js'
import type { SecretsPolicy } from '../save/request.js'

export interface PublicText {
  /** What may be shown: the text (warn), its redacted copy (redact), or undefined (fail, with findings). */
  text?: string
  findings: SecretFinding[]
}

/**
 * The secrets policy of a save, applied to text the action writes where others can read it:
 * Claude's answer (an output a workflow may post on a pull request), the job summary, a commit
 * message. warn lists the findings and keeps the text; redact replaces each secret with
 * `[REDACTED:<rule>]`; fail withholds the text. `name` says where the text goes, in the warnings.
 */
export async function applyPolicyToText(
  text: string | undefined,
  name: string,
  policy: SecretsPolicy,
  extraSecrets: readonly string[],
  log: Logger
): Promise<PublicText> {
  if (!text) return { text, findings: [] }
  const scan = await scanText(text, name, extraSecrets)
  for (const f of scan.findings)
    log.warning(
      `Possible secret (${f.ruleId}) at line ${f.line} of ${name}${policy === 'redact' ? ': redacted' : policy === 'fail' ? ': left out' : ''}`
    )
  if (scan.findings.length === 0 || policy === 'warn') return { text, findings: scan.findings }
  return { text: policy === 'redact' ? scan.redacted : undefined, findings: scan.findings }
}
