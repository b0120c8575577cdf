import { lintSource } from '@secretlint/core'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { once } from 'node:events'
import { HashingStream } from './digest.js'

/** A possible secret: where and which rule, never the secret itself. */
export interface SecretFinding {
  ruleId: string
  file: string
  line: number
}

export interface ScanOptions {
  /** How findings name the file. */
  displayName?: string
  /** Literal strings that must never travel, e.g. the run's own GitHub token. */
  extraSecrets?: string[]
  /** Read only this many bytes: the complete lines a save packs, never a half-written last one. */
  bytes?: number
}

const CONFIG = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }]
}
const RUN_TOKEN_RULE = 'github-token-of-this-run'
/** Lines are linted in batches of about this many characters: few calls, bounded memory. */
const BATCH_CHARS = 1024 * 1024

interface Hit {
  ruleId: string
  line: number
  /** The secret as it appears in the decoded text. */
  text: string
}

/** Scans a JSONL transcript with secretlint's recommended rules, streaming. */
export async function scanFile(path: string, options: ScanOptions = {}): Promise<SecretFinding[]> {
  const findings: SecretFinding[] = []
  await eachBatch(path, options, async (batch) => {
    for (const hit of await scanBatch(batch, options)) {
      findings.push({
        ruleId: hit.ruleId,
        file: options.displayName ?? basename(path),
        line: hit.line
      })
    }
  })
  return findings
}

/**
 * Writes a copy of the transcript with every secret replaced by `[REDACTED:<rule>]`, keeping each
 * line valid JSON. The source is never modified.
 */
export async function redactFile(
  src: string,
  dest: string,
  options: ScanOptions = {}
): Promise<{ findings: SecretFinding[]; size: number; sha256: string }> {
  const findings: SecretFinding[] = []
  const temporary = join(dirname(dest), `.${randomBytes(6).toString('hex')}.redact.tmp`)
  const hashing = new HashingStream()
  const out = createWriteStream(temporary, { mode: 0o600 })
  hashing.pipe(out)
  try {
    await eachBatch(src, options, async (batch) => {
      const hits = await scanBatch(batch, options)
      const byLine = new Map<number, Hit[]>()
      for (const hit of hits) {
        findings.push({
          ruleId: hit.ruleId,
          file: options.displayName ?? basename(src),
          line: hit.line
        })
        byLine.set(hit.line, [...(byLine.get(hit.line) ?? []), hit])
      }
      for (const [i, raw] of batch.lines.entries()) {
        let line = raw
        for (const hit of byLine.get(batch.firstLine + i) ?? []) line = redactLine(line, hit)
        if (!hashing.write(line + '\n')) await once(hashing, 'drain')
      }
    })
    hashing.end()
    await once(out, 'finish')
    await rename(temporary, dest)
  } catch (error) {
    out.destroy()
    await rm(temporary, { force: true })
    throw error
  }
  const { size, sha256 } = hashing.digest()
  return { findings, size, sha256 }
}

interface Batch {
  lines: string[]
  firstLine: number
}

async function eachBatch(
  path: string,
  options: ScanOptions,
  onBatch: (batch: Batch) => Promise<void>
): Promise<void> {
  if (options.bytes === 0) return
  const input = createReadStream(
    path,
    options.bytes !== undefined ? { end: options.bytes - 1 } : {}
  )
  const reader = createInterface({ input, crlfDelay: Infinity })
  let batch: Batch = { lines: [], firstLine: 1 }
  let chars = 0
  let lineNo = 0
  for await (const line of reader) {
    lineNo++
    batch.lines.push(line)
    chars += line.length
    if (chars >= BATCH_CHARS) {
      await onBatch(batch)
      batch = { lines: [], firstLine: lineNo + 1 }
      chars = 0
    }
  }
  if (batch.lines.length > 0) await onBatch(batch)
}

/**
 * Lints the decoded text of each line: in JSONL a PEM key's newlines are `\n` escapes, and the
 * private-key rule only sees the block once they are real newlines again.
 */
async function scanBatch(batch: Batch, options: ScanOptions): Promise<Hit[]> {
  const decoded = batch.lines.map(decodeEscapes)
  const starts: number[] = []
  let offset = 0
  for (const text of decoded) {
    starts.push(offset)
    offset += text.length + 1
  }
  const content = decoded.join('\n')
  const result = await lintSource({
    source: { filePath: 'transcript.jsonl', content, ext: '.jsonl', contentType: 'text' },
    options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true }
  })
  const hits: Hit[] = []
  for (const message of result.messages) {
    const [start, end] = message.range
    const index = lineIndex(starts, start)
    hits.push({
      ruleId: shortRule(message.ruleId),
      line: batch.firstLine + index,
      text: content.slice(start, end)
    })
  }
  for (const secret of options.extraSecrets ?? []) {
    if (secret.length < 8) continue
    for (const [i, text] of decoded.entries()) {
      if (text.includes(secret))
        hits.push({ ruleId: RUN_TOKEN_RULE, line: batch.firstLine + i, text: secret })
    }
  }
  return hits
}

/** Every redaction starts with this, so a reader can tell a redacted copy from the original. */
export const REDACTION_MARK = '[REDACTED:'

function redactLine(line: string, hit: Hit): string {
  const marker = `${REDACTION_MARK}${hit.ruleId}]`
  // The secret as JSON writes it inside a string: the same escapes Claude Code's serializer uses.
  const escaped = JSON.stringify(hit.text).slice(1, -1)
  let out = line.split(escaped).join(marker)
  if (out === line) {
    // A multi-line secret: redact each of its lines where they stand.
    for (const part of hit.text.split('\n').filter((p) => p.trim().length >= 8)) {
      out = out.split(JSON.stringify(part).slice(1, -1)).join(marker)
    }
  }
  return out
}

function decodeEscapes(line: string): string {
  if (!line.includes('\\')) return line
  return line.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_m, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n'
      case 't':
        return '\t'
      case 'r':
        return '\r'
      case 'b':
        return '\b'
      case 'f':
        return '\f'
      case 'u':
        return String.fromCharCode(parseInt(e.slice(1), 16))
      default:
        return e
    }
  })
}

function lineIndex(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

function shortRule(ruleId: string): string {
  return ruleId.replace(/^@secretlint\/secretlint-rule-/, '')
}
