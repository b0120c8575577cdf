/**
 * JSON string escapes, decoded with a map back to the raw text. A transcript line is JSON: a
 * secret in it may be written with escapes (`\n` between the lines of a PEM key, `\u0067` for a
 * letter, `\/` in a URL), so rules run on the decoded text and every finding must be carried back
 * to exactly the raw characters that spell it (RFC 8259 §7 lists the escapes).
 */

/** Decoded text, and for each of its UTF-16 code units the raw index where that unit's spelling begins. */
export interface DecodedText {
  text: string
  /** `rawIndex[i]` for i in 0..text.length; `rawIndex[text.length]` is the raw length. Absent: identity. */
  rawIndex?: Int32Array
}

const SIMPLE: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

/** Decodes every JSON escape in `raw` (outside strings there are none), keeping the way back. */
export function decodeJsonEscapes(raw: string): DecodedText {
  if (!raw.includes('\\')) return { text: raw }
  const units: string[] = []
  const rawIndex = new Int32Array(raw.length + 1)
  let n = 0
  let i = 0
  while (i < raw.length) {
    const slash = raw.indexOf('\\', i)
    const plainEnd = slash === -1 ? raw.length : slash
    if (plainEnd > i) {
      units.push(raw.slice(i, plainEnd))
      for (let k = i; k < plainEnd; k++) rawIndex[n++] = k
      i = plainEnd
      continue
    }
    const next = raw[i + 1]
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      // Each \uXXXX is one UTF-16 unit; a surrogate pair is two escapes and stays two units here.
      units.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)))
      rawIndex[n++] = i
      i += 6
    } else if (next !== undefined && next in SIMPLE) {
      units.push(SIMPLE[next]!)
      rawIndex[n++] = i
      i += 2
    } else {
      // Not JSON (a stray backslash in a text file): kept as it stands.
      units.push('\\')
      rawIndex[n++] = i
      i += 1
    }
  }
  rawIndex[n] = raw.length
  return { text: units.join(''), rawIndex: rawIndex.subarray(0, n + 1) }
}

/** The raw span `[start, end)` that spells the decoded units `[from, to)`. */
export function rawSpan(decoded: DecodedText, from: number, to: number): [number, number] {
  const map = decoded.rawIndex
  return map ? [map[from]!, map[to]!] : [from, to]
}

/**
 * The contents (between the quotes) of every JSON string in a raw JSON text, in order. A
 * replacement confined to these never changes the structure of the document.
 */
export function jsonStringContents(raw: string): [number, number][] {
  const spans: [number, number][] = []
  let i = raw.indexOf('"')
  while (i !== -1) {
    let j = i + 1
    while (j < raw.length && raw[j] !== '"') j += raw[j] === '\\' ? 2 : 1
    spans.push([i + 1, Math.min(j, raw.length)])
    i = j < raw.length ? raw.indexOf('"', j + 1) : -1
  }
  return spans
}
