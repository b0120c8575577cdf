import { findSecrets, redactUnit } from './redaction.js'
import type { SecretFinding } from './secretScan.js'

export interface TextScan {
  findings: SecretFinding[]
  /** The text with every finding replaced by `[REDACTED:<rule>]` (the text itself when none). */
  redacted: string
}

/**
 * Scans a piece of text held in memory (Claude's answer, a job summary, a commit message, a
 * path) with the same rules as the files of a session (redaction.ts): findings name `name` and
 * the line, never the secret.
 */
export async function scanText(
  text: string,
  name: string,
  extraSecrets: readonly string[] = []
): Promise<TextScan> {
  if (!text) return { findings: [], redacted: text }
  const unit = { raw: text, json: false }
  const hits = await findSecrets([unit], extraSecrets)
  const findings = hits.map((hit) => ({
    ruleId: hit.ruleId,
    file: name,
    line: text.slice(0, hit.start).split('\n').length
  }))
  return { findings, redacted: redactUnit(unit, hits) }
}
