import { decodeJsonEscapes, jsonStringContents, rawSpan } from './jsonEscapes.js'
import { loadScanConfig, shortRuleId } from './secretRules.js'
import { withSecretlint } from './secretlintProfiler.js'

/** A piece of text the rules judge as a whole: one JSONL line, or a block of a text file. */
export interface ScanUnit {
  raw: string
  /** JSON text: rules see its escapes decoded, and a redaction stays inside its strings. */
  json: boolean
}

/** Where a secret is spelled in a unit's raw text, and which rule found it. */
export interface UnitHit {
  unit: number
  ruleId: string
  start: number
  end: number
}

const RUN_TOKEN_RULE = 'github-token-of-this-run'
/** Every redaction starts with this, so a reader can tell a redacted copy from the original. */
export const REDACTION_MARK = '[REDACTED:'
/** Between units: no rule's pattern matches across a NUL, so no finding spans two units. */
const SEPARATOR = '\n\u0000\n'

/**
 * Runs the rules once over all units (decoded, joined) and returns every finding as a raw span,
 * sorted, overlapping findings merged. Literal `extraSecrets` are found wherever they occur.
 */
export async function findSecrets(
  units: readonly ScanUnit[],
  extraSecrets: readonly string[] = []
): Promise<UnitHit[]> {
  if (units.length === 0) return []
  const decoded = units.map((u) => (u.json ? decodeJsonEscapes(u.raw) : { text: u.raw }))
  const starts: number[] = []
  let offset = 0
  for (const d of decoded) {
    starts.push(offset)
    offset += d.text.length + SEPARATOR.length
  }
  const content = decoded.map((d) => d.text).join(SEPARATOR)
  // secretlint is loaded only when a line is a candidate (docs/performance.md).
  const [{ lintSource }, config] = await Promise.all([import('@secretlint/core'), loadScanConfig()])
  const result = await withSecretlint(() =>
    lintSource({
      source: { filePath: 'session.txt', content, ext: '.txt', contentType: 'text' },
      // Unmasked so that the secret can be located exactly; messages are never shown to anyone.
      options: { config, maskSecrets: false, noPhysicFilePath: true }
    })
  )
  const hits: UnitHit[] = []
  const add = (unit: number, ruleId: string, from: number, to: number): void => {
    const [start, end] = rawSpan(decoded[unit]!, from, to)
    if (end > start) hits.push({ unit, ruleId, start, end })
  }
  for (const message of result.messages) {
    const unit = unitAt(starts, message.range[0])
    const text = decoded[unit]!.text
    const base = starts[unit]!
    const [from, to] = secretSpan(text, message.range[0] - base, message.range[1] - base, message)
    add(unit, shortRuleId(message.ruleId, message.data), from, to)
  }
  for (const secret of extraSecrets) {
    if (secret.length < 8) continue
    for (const [unit, d] of decoded.entries()) {
      for (let at = d.text.indexOf(secret); at !== -1; at = d.text.indexOf(secret, at + 1))
        add(unit, RUN_TOKEN_RULE, at, at + secret.length)
    }
  }
  return mergeOverlapping(hits)
}

/** The fields in which the rules name what they found (the secret, a URI, a matched pattern). */
const SECRET_FIELDS = ['KEY', 'TOKEN', 'URI', 'CREDENTIAL', 'ID']

/**
 * The span of the secret itself. secretlint's range is not always it: the AWS rule reports the
 * secret's length from the start of `aws_secret_access_key = …`, so the key's tail would stay.
 * Where the report names the secret (`data.KEY`, `data.URI`…), the span is where that string is.
 */
function secretSpan(
  text: string,
  from: number,
  to: number,
  message: { data?: unknown }
): [number, number] {
  const start = Math.max(0, from)
  const end = Math.min(text.length, Math.max(start, to))
  const data = (message.data ?? {}) as Record<string, unknown>
  for (const key of SECRET_FIELDS) {
    const value = data[key]
    if (typeof value !== 'string' || value.length < 8) continue
    const at = text.indexOf(value, start)
    // Only within the reported match: a value further on would be another occurrence.
    if (at !== -1 && at <= end) return [at, at + value.length]
  }
  return [start, end]
}

/**
 * The unit with every hit replaced by `[REDACTED:<rule>]`. In JSON only the parts of a hit that
 * lie inside strings are replaced (each span begins and ends on an escape boundary), so the line
 * stays valid JSON with its other fields unchanged.
 */
export function redactUnit(unit: ScanUnit, hits: readonly UnitHit[]): string {
  if (hits.length === 0) return unit.raw
  let spans: { start: number; end: number; ruleId: string }[] = hits.map((h) => ({ ...h }))
  if (unit.json && isJson(unit.raw)) {
    const strings = jsonStringContents(unit.raw)
    spans = spans.flatMap((h) =>
      strings
        .filter(([s, e]) => s < h.end && e > h.start)
        .map(([s, e]) => ({
          start: Math.max(s, h.start),
          end: Math.min(e, h.end),
          ruleId: h.ruleId
        }))
    )
  }
  let out = unit.raw
  // Right to left, so that earlier spans keep their offsets: every hit on the line is replaced.
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    const { start, end } = wholeCharacters(out, span.start, span.end)
    out = `${out.slice(0, start)}${REDACTION_MARK}${span.ruleId}]${out.slice(end)}`
  }
  return out
}

/** Widens a span so that it never splits a surrogate pair written as raw characters. */
function wholeCharacters(text: string, start: number, end: number): { start: number; end: number } {
  const low = (i: number): boolean => {
    const c = text.charCodeAt(i)
    return c >= 0xdc00 && c <= 0xdfff
  }
  return { start: start > 0 && low(start) ? start - 1 : start, end: low(end) ? end + 1 : end }
}

function isJson(raw: string): boolean {
  try {
    JSON.parse(raw)
    return true
  } catch {
    return false
  }
}

function mergeOverlapping(hits: UnitHit[]): UnitHit[] {
  const sorted = [...hits].sort((a, b) => a.unit - b.unit || a.start - b.start || b.end - a.end)
  const merged: UnitHit[] = []
  for (const hit of sorted) {
    const last = merged[merged.length - 1]
    if (last && last.unit === hit.unit && hit.start < last.end) {
      last.end = Math.max(last.end, hit.end)
    } else {
      merged.push({ ...hit })
    }
  }
  return merged
}

function unitAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
