import { createHash } from 'node:crypto'
import { isJsonObject } from '../common/json.js'
import { parseMetadata } from '../archive/metadata.js'
import { formatBytes } from '../format.js'
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
/**
 * The index sits between these two marks, which GitHub does not render (HTML comments). Whatever a
 * person writes outside them on the release's page is kept by every save, delete and prune.
 */
const START_MARK = `<!-- ${MARK}:start`
const START = `${START_MARK} (written by claude-session at each save; text outside these marks is kept) -->`
const END = `<!-- ${MARK}:end -->`
/** The header of the table: bodies written before the marks existed are recognised by it. */
const TABLE_HEAD = '| Session | Saved | Records | Transcript | Archive |'
/**
 * GitHub refuses a body over 125,000 characters (docs/facts.md#body-size) without saying what it counts;
 * UTF-8 bytes are never fewer than characters by any count, so the index is measured in those.
 */
const MAX_BODY_BYTES = 125_000

/**
 * `current` (the body as it is) with the index replaced by `index`; text outside the marks is kept
 * as it is. An index with no session leaves no trace. When the body would pass GitHub's limit, the
 * table is left out, and then the index: readers fall back to the listing.
 */
export function renderBody(current: string | undefined, index: ReleaseIndex): string {
  const { before, after, marked } = splitBody(current ?? '')
  if (Object.keys(index.sessions).length === 0) return joinOutside(before, after)
  const head = marked || before.trim() === '' ? before : `${before.trimEnd()}\n\n`
  const tail = marked ? after : after.trim() ? `\n\n${after.trim()}\n` : '\n'
  const budget = MAX_BODY_BYTES - Buffer.byteLength(head) - Buffer.byteLength(tail)
  const region = [regionOf(index, true), regionOf(index, false)].find(
    (r) => Buffer.byteLength(r) <= budget
  )
  return region === undefined ? joinOutside(before, after) : `${head}${region}${tail}`
}

/**
 * The body after `sessionIds` were deleted from the release: their rows and entries gone (an entry
 * holds the session's metadata, with its working directory). Undefined when the body needs no
 * change. An index that cannot be read is removed whole rather than left holding them.
 */
export function bodyWithout(body: string | undefined, sessionIds: string[]): string | undefined {
  if (!body) return undefined
  const index = parseIndex(body)
  if (index) {
    const sessions = Object.fromEntries(
      Object.entries(index.sessions).filter(([id]) => !sessionIds.includes(id))
    )
    if (Object.keys(sessions).length === Object.keys(index.sessions).length) return undefined
    return renderBody(body, { ...index, sessions })
  }
  const { before, after, marked, legacy } = splitBody(body)
  return marked || legacy ? joinOutside(before, after) : undefined
}

/** The index in a release body, or undefined when there is none or it is not exactly as written. */
export function parseIndex(body: string | undefined): ReleaseIndex | undefined {
  if (!body) return undefined
  // Inside the marks when they are there: a copy of an index pasted elsewhere in the text is not it.
  const start = body.indexOf(START_MARK)
  const end = start === -1 ? -1 : body.indexOf(END, start)
  const match = COMMENT_RE.exec(end === -1 ? body : body.slice(start, end))
  if (!match || Number(match[1]) !== FORMAT || sha256(match[3]!) !== match[2]) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(match[3]!)
  } catch {
    return undefined
  }
  return isIndex(parsed) ? parsed : undefined
}

function regionOf(index: ReleaseIndex, withTable: boolean): string {
  const rows = Object.entries(index.sessions)
    .sort(([, a], [, b]) => b.metadata.id - a.metadata.id)
    .map(([sessionId, entry]) => tableRow(sessionId, entry))
  const table = withTable
    ? [TABLE_HEAD, '| --- | --- | --- | --- | --- |', ...rows].join('\n')
    : `${rows.length} sessions (the table is left out: GitHub limits a release's description to 125,000 characters).`
  // `<` and `>` escaped: no text in the JSON can close the comment.
  const json = JSON.stringify(index).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  const comment = `<!-- ${MARK} v${FORMAT} sha256:${sha256(json)}\n${json}\n-->`
  return `${START}\n${table}\n\n${comment}\n${END}`
}

/**
 * The text before and after the index. A body written before the marks existed held the intro,
 * the table and the comment: the table and the comment are the index there (`legacy`).
 */
function splitBody(body: string): {
  before: string
  after: string
  marked: boolean
  legacy: boolean
} {
  const start = body.indexOf(START_MARK)
  const end = start === -1 ? -1 : body.indexOf(END, start)
  if (end !== -1)
    return {
      before: body.slice(0, start),
      after: body.slice(end + END.length),
      marked: true,
      legacy: false
    }
  const comment = COMMENT_RE.exec(body)
  if (!comment) return { before: body, after: '', marked: false, legacy: false }
  let from = comment.index
  const table = body.lastIndexOf(TABLE_HEAD, from)
  if (table !== -1) from = table
  return {
    before: body.slice(0, from),
    after: body.slice(comment.index + comment[0].length),
    marked: false,
    legacy: true
  }
}

/** The text around a removed index, with the blank lines it leaves closed up. */
function joinOutside(before: string, after: string): string {
  const parts = [before.trimEnd(), after.trim()].filter((part) => part !== '')
  return parts.length ? `${parts.join('\n\n')}\n` : ''
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
  let transcript = ''
  try {
    const m = parseMetadata(entry.metadata.text)
    saved = m.timestamp
    records = m.records === undefined ? '' : String(m.records)
    // An encrypted session records only its size rounded up (src/archive/transcriptDigests.ts).
    if (m.transcriptSize !== undefined) transcript = formatBytes(m.transcriptSize)
    else if (m.transcriptSizeRounded !== undefined)
      transcript = `≤ ${formatBytes(m.transcriptSizeRounded)}`
  } catch {
    // The table is for people; the JSON below is what readers check.
  }
  return `| \`${sessionId}\` | ${cell(saved)} | ${records} | ${transcript} | ${cell(entry.archive.name)} (${formatBytes(entry.archive.size)}) |`
}

function cell(text: string): string {
  return text.replace(/[|\\`<>\r\n]/g, ' ')
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function isId(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) > 0
}
