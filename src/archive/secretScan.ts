import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { once } from 'node:events'
import { HashingStream } from '../common/hashing.js'
import { completeLinesLength } from './pack.js'
import { findSecrets, redactUnit, type ScanUnit, type UnitHit } from './redaction.js'
import { prefilterFor } from './secretRules.js'
import {
  blockView,
  countLineBreaks,
  decodePiece,
  lastLineBreakEnd,
  textReadingOf,
  type DecodedPiece,
  type TextReading
} from './textReading.js'

export { REDACTION_MARK } from './redaction.js'

/** A possible secret: where and which rule, never the secret itself. */
export interface SecretFinding {
  ruleId: string
  /** The file, named with every secret in its name replaced. */
  file: string
  /** 1 for the first line (or NUL-separated record); 0 when the secret is in the file's name. */
  line: number
  /** The secret is in the file's name (or a folder's on its path), not in its text. */
  inName?: true
}

export interface ScanOptions {
  /** How findings name the file. */
  displayName?: string
  /** Literal strings that must never travel, e.g. the run's own GitHub token. */
  extraSecrets?: string[]
  /** Scan (or copy) only the first `bytes` bytes. Default: all of it to scan; complete lines to redact. */
  bytes?: number
  /** How the file is read as text (default: found from its first bytes; a binary file as `bytes`). */
  reading?: TextReading
}

/** JSONL is judged line by line with its escapes decoded; other text in blocks of whole lines. */
type FileKind = 'jsonl' | 'json' | 'text'
const BLOCK_BYTES: Record<FileKind, number> = {
  jsonl: 64 * 1024,
  json: 8 * 1024 * 1024,
  text: 8 * 1024 * 1024
}

/** Scans a file for secrets, streaming; only lines holding a rule's anchor go to the rules. */
export async function scanFile(path: string, options: ScanOptions = {}): Promise<SecretFinding[]> {
  const findings: SecretFinding[] = []
  const bytes = options.bytes ?? (await stat(path)).size
  await eachBlock(path, bytes, options, async (block) => {
    findings.push(...block.findings)
  })
  return findings
}

/**
 * Writes a copy with every secret replaced by `[REDACTED:<rule>]`: a JSONL line stays valid JSON
 * with its other fields unchanged. Of a JSONL file only complete lines are copied, as packing
 * does: a half-written last line never travels. The source is never modified.
 */
export async function redactFile(
  src: string,
  dest: string,
  options: ScanOptions = {}
): Promise<{ findings: SecretFinding[]; size: number; sha256: string }> {
  const bytes =
    options.bytes ??
    (kindOf(src) === 'jsonl' ? await completeLinesLength(src) : (await stat(src)).size)
  const findings: SecretFinding[] = []
  const temporary = join(dirname(dest), `.${randomBytes(6).toString('hex')}.redact.tmp`)
  const hashing = new HashingStream()
  const out = createWriteStream(temporary, { mode: 0o600 })
  hashing.pipe(out)
  try {
    await eachBlock(src, bytes, options, async (block) => {
      findings.push(...block.findings)
      for (const piece of block.redacted()) {
        // A copy: the block's buffer is read into again while this waits to be written.
        if (!hashing.write(Buffer.from(piece))) await once(hashing, 'drain')
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

/**
 * True for a file the scan cannot read as text (textReading.ts): a NUL among its first 8000 bytes,
 * as git tests for binary files, unless those bytes are UTF-16 or NUL-separated text.
 */
export async function isUnreadableFile(path: string): Promise<boolean> {
  return (await textReadingOf(path)) === undefined
}

function kindOf(path: string): FileKind {
  const ext = extname(path).toLowerCase()
  return ext === '.jsonl' ? 'jsonl' : ext === '.json' ? 'json' : 'text'
}

interface Block {
  findings: SecretFinding[]
  /** The block's bytes with its findings redacted. */
  redacted: () => Buffer[]
}

/**
 * Reads `bytes` bytes of the file in blocks that end on a line break, finds the candidate units
 * of each block with the prefilter (one regex pass over the block's view: its raw bytes read as
 * latin1, so offsets are byte offsets, or its decoded UTF-16) and runs the rules on those units
 * only.
 */
async function eachBlock(
  path: string,
  bytes: number,
  options: ScanOptions,
  onBlock: (block: Block) => Promise<void>
): Promise<void> {
  const kind = kindOf(path)
  const reading = options.reading ?? (await textReadingOf(path)) ?? 'bytes'
  const prefilter = prefilterFor(options.extraSecrets ?? [])
  const file = options.displayName ?? basename(path)
  let firstLine = 1
  const flush = async (buf: Buffer): Promise<void> => {
    const view = blockView(buf, reading)
    const block = await judgeBlock(
      buf,
      view,
      { kind, reading, firstLine, file, prefilter },
      options.extraSecrets
    )
    firstLine += countLineBreaks(view.text, reading)
    await onBlock(block)
  }
  // One block buffer, reused: blocks end after a line break, and the bytes after the last one move
  // to its start. A line longer than the buffer grows it. Reading into it allocates nothing per
  // block, so the scan's memory does not grow with the file (docs/performance.md).
  let block = Buffer.allocUnsafe(Math.min(BLOCK_BYTES[kind], Math.max(bytes, 1)))
  let filled = 0
  let position = 0
  const handle = await open(path, 'r')
  try {
    while (position < bytes) {
      if (filled === block.length) {
        const grown = Buffer.allocUnsafe(block.length * 2)
        block.copy(grown, 0, 0, filled)
        block = grown
      }
      const { bytesRead } = await handle.read(
        block,
        filled,
        Math.min(block.length - filled, bytes - position),
        position
      )
      if (bytesRead === 0) break
      position += bytesRead
      filled += bytesRead
      if (filled < block.length && position < bytes) continue
      const cut = lastLineBreakEnd(block, filled, reading)
      if (cut === 0) continue
      await flush(block.subarray(0, cut))
      filled = block.copy(block, 0, cut, filled)
    }
    if (filled > 0) await flush(block.subarray(0, filled))
  } finally {
    await handle.close()
  }
}

interface Candidate {
  /** Offsets in the block's view. */
  start: number
  end: number
  line: number
  unit: ScanUnit
  piece: DecodedPiece
}

interface BlockPlace {
  kind: FileKind
  reading: TextReading
  firstLine: number
  file: string
  prefilter: RegExp
}

async function judgeBlock(
  buf: Buffer,
  view: { text: string; width: 1 | 2 },
  place: BlockPlace,
  extraSecrets: readonly string[] = []
): Promise<Block> {
  const { kind, reading, prefilter } = place
  const text = view.text
  const candidates: Candidate[] = []
  const candidate = (start: number, end: number, line: number): Candidate => {
    // Each unit is decoded on its own, so that writing it back changes only a secret's bytes.
    const piece = decodePiece(buf.subarray(start * view.width, end * view.width), reading)
    return { start, end, line, piece, unit: { raw: piece.text, json: kind !== 'text' } }
  }
  prefilter.lastIndex = 0
  if (kind !== 'jsonl') {
    if (prefilter.test(text)) candidates.push(candidate(0, text.length, place.firstLine))
  } else {
    let line = place.firstLine
    let counted = 0
    for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
      const start = text.lastIndexOf('\n', m.index - 1) + 1
      const newline = text.indexOf('\n', m.index)
      const end = newline === -1 ? text.length : newline
      line += countLineBreaks(text, reading, counted, start)
      counted = start
      candidates.push(candidate(start, end, line))
      prefilter.lastIndex = end + 1
    }
  }
  const hits = await findSecrets(
    candidates.map((c) => c.unit),
    extraSecrets
  )
  const byUnit = new Map<number, UnitHit[]>()
  const findings: SecretFinding[] = []
  for (const hit of hits) {
    const c = candidates[hit.unit]!
    byUnit.set(hit.unit, [...(byUnit.get(hit.unit) ?? []), hit])
    const line = c.line + countLineBreaks(c.unit.raw, reading, 0, hit.start)
    findings.push({ ruleId: hit.ruleId, file: place.file, line })
  }
  const redacted = (): Buffer[] => {
    const pieces: Buffer[] = []
    let at = 0
    for (const [index, unitHits] of [...byUnit.entries()].sort((a, b) => a[0] - b[0])) {
      const c = candidates[index]!
      pieces.push(
        buf.subarray(at * view.width, c.start * view.width),
        c.piece.toBytes(redactUnit(c.unit, unitHits))
      )
      at = c.end
    }
    pieces.push(buf.subarray(at * view.width))
    return pieces
  }
  return { findings, redacted }
}
