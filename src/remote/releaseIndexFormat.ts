import { isJsonObject } from '../common/json.js'
import { createHash } from 'node:crypto'
import { parseMetadata } from '../archive/metadata.js'
import { roleOfAsset } from './layout.js'

/**
 * The index a save keeps in the draft's body: for each session, the committed metadata (its text)
 * and archive (ids, GraphQL node ids, size, sha256). GraphQL returns the body as `description` in
 * the same request that finds the draft (docs/facts.md#body-in-the-lookup), so a reader that trusts the index goes
 * straight to downloading the archive.
 *
 * The index is a hint, never an authority: readers check it against the assets the same GraphQL
 * answer lists, and restore checks the archive's sha256 before unpacking. Anything that does not
 * match — a missing entry, a deleted asset, a hand edit (the JSON carries its own sha256) — sends
 * the reader down the listing path. A person sees a table; the JSON is in an HTML comment, which
 * GitHub does not render.
 */
interface IndexedAsset {
  id: number
  nodeId: string
  name: string
  size: number
}

export interface IndexEntry {
  metadata: IndexedAsset & { text: string }
  archive: IndexedAsset & { sha256: string; contentType: string }
}

export interface ReleaseIndex {
  releaseId: number
  uploadUrl: string
  sessions: Record<string, IndexEntry>
}

const FORMAT = 1
const MARK = 'claude-session-index'
const COMMENT_RE = new RegExp(
  `<!-- ${MARK} v(\\d+) sha256:([0-9a-f]{64})\\r?\\n([^\\r\\n]*)\\r?\\n-->`
)
/** GitHub refuses a body over 125,000 characters; the index stays well under it or is left out. */
const MAX_BODY = 100_000

export function renderBody(intro: string, index: ReleaseIndex): string {
  const rows = Object.entries(index.sessions)
    .sort(([, a], [, b]) => b.metadata.id - a.metadata.id)
    .map(([sessionId, entry]) => tableRow(sessionId, entry))
  const table = [
    '| Session | Saved | Records | Transcript | Archive |',
    '| --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
  // `<` and `>` escaped: no text in the JSON can close the comment.
  const json = JSON.stringify(index).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  const comment = `<!-- ${MARK} v${FORMAT} sha256:${sha256(json)}\n${json}\n-->`
  const body = `${intro}\n\n${table}\n\n${comment}\n`
  return body.length <= MAX_BODY ? body : `${intro}\n`
}

/** The index in a release body, or undefined when there is none or it is not exactly as written. */
export function parseIndex(body: string | undefined): ReleaseIndex | undefined {
  const match = body ? COMMENT_RE.exec(body) : null
  if (!match || Number(match[1]) !== FORMAT || sha256(match[3]!) !== match[2]) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(match[3]!)
  } catch {
    return undefined
  }
  return isIndex(parsed) ? parsed : undefined
}

function isIndex(value: unknown): value is ReleaseIndex {
  if (!isJsonObject(value) || !isId(value.releaseId) || typeof value.uploadUrl !== 'string')
    return false
  if (!isJsonObject(value.sessions)) return false
  return Object.entries(value.sessions).every(([sessionId, entry]) => isEntry(sessionId, entry))
}

function isEntry(sessionId: string, entry: unknown): entry is IndexEntry {
  if (!isJsonObject(entry) || !isJsonObject(entry.metadata) || !isJsonObject(entry.archive))
    return false
  const { metadata, archive } = entry
  if (!isAsset(metadata) || !isAsset(archive) || typeof metadata.text !== 'string') return false
  if (typeof archive.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(archive.sha256)) return false
  if (typeof archive.contentType !== 'string') return false
  const m = roleOfAsset(metadata.name)
  const a = roleOfAsset(archive.name)
  return (
    m?.kind === 'metadata' &&
    !m.staging &&
    m.sessionId === sessionId &&
    a?.kind === 'archive' &&
    a.sessionId === sessionId
  )
}

function isAsset(v: Record<string, unknown>): v is Record<string, unknown> & IndexedAsset {
  return (
    isId(v.id) &&
    typeof v.nodeId === 'string' &&
    v.nodeId.length > 0 &&
    typeof v.name === 'string' &&
    Number.isSafeInteger(v.size) &&
    (v.size as number) >= 0
  )
}

function tableRow(sessionId: string, entry: IndexEntry): string {
  let saved = ''
  let records = ''
  try {
    const m = parseMetadata(entry.metadata.text)
    saved = m.timestamp
    records = m.records === undefined ? '' : String(m.records)
  } catch {
    // The table is for people; the JSON below is what readers check.
  }
  const transcript = /"transcriptSize":(\d+)/.exec(entry.metadata.text)
  return `| \`${sessionId}\` | ${cell(saved)} | ${records} | ${transcript ? mb(Number(transcript[1])) : ''} | ${cell(entry.archive.name)} (${mb(entry.archive.size)}) |`
}

function cell(text: string): string {
  return text.replace(/[|\\`<>\r\n]/g, ' ')
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function isId(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) > 0
}
