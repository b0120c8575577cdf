import { isUtf8 } from 'node:buffer'
import { open } from 'node:fs/promises'

/**
 * How the secret scan reads a file's bytes as text, so that every byte it does not change is
 * written back exactly as it was (only a secret's own bytes are ever replaced):
 *
 * - `bytes`: UTF-8 or a single-byte encoding (Latin-1, Windows-1252 …). Secrets are ASCII, so each
 *   piece is read as UTF-8 when it is valid UTF-8 and byte for byte (latin1) when it is not; either
 *   way it is written back in the same encoding.
 * - `nul-separated`: the same, with NUL bytes between records (`env -0`, `find -print0`, `xargs -0`).
 *   NUL separates lines as a line break does.
 * - `utf16le` / `utf16be`: UTF-16, as PowerShell 5 writes with `>` and `Out-File` (little-endian,
 *   with a byte-order mark, https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding).
 */
export type TextReading = 'bytes' | 'nul-separated' | 'utf16le' | 'utf16be'

/** How much of a file decides its reading: git's own test for binary files looks this far. */
const HEAD_BYTES = 8000

/** The reading of a file, or undefined when the scan cannot read it (a binary file). */
export async function textReadingOf(path: string): Promise<TextReading | undefined> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return textReadingOfHead(head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

/** The reading of bytes that begin a file (up to 8000 of them): see `TextReading`. */
export function textReadingOfHead(head: Buffer): TextReading | undefined {
  // UTF-32's marks begin like UTF-16LE's: not a reading we have.
  if (head[0] === 0xff && head[1] === 0xfe)
    return head[2] === 0 && head[3] === 0 ? undefined : 'utf16le'
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be'
  if (!head.includes(0)) return 'bytes'
  const order = utf16WithoutMark(head)
  if (order) return order
  return nulSeparatedText(head) ? 'nul-separated' : undefined
}

/**
 * UTF-16 without a byte-order mark: text in a Latin script has a NUL in nearly every other byte,
 * always on the same side of each pair, and never on the other; and read so, it holds no control
 * character but tab, line breaks, form feed and escape (a binary file's few NULs fail this).
 * Anything else without a mark is left to the checks after it, which call unreadable what they
 * cannot read (and "fail" refuses it).
 */
function utf16WithoutMark(head: Buffer): 'utf16le' | 'utf16be' | undefined {
  const pairs = head.length >> 1
  if (pairs < 2) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul++
    if (head[i + 1] === 0) oddNul++
  }
  // Nine pairs in ten: NUL-separated records put NULs on one side by chance when they are few.
  const order =
    evenNul === 0 && oddNul * 10 >= pairs * 9
      ? 'utf16le'
      : oddNul === 0 && evenNul * 10 >= pairs * 9
        ? 'utf16be'
        : undefined
  if (!order) return undefined
  const text = decodePiece(head, order).text
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return undefined
  return order
}

/** A control character that text does not hold: any C0 but tab, line breaks, form feed, escape; DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b) || code === 0x7f
}

/**
 * Text whose records NUL bytes separate: valid UTF-8 apart from its last (maybe cut) character,
 * and no control character but tab, line breaks, form feed and escape (terminal colours). A
 * binary format fails this in its first bytes.
 */
function nulSeparatedText(head: Buffer): boolean {
  for (const byte of head) if (byte !== 0 && isControl(byte)) return false
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    if (isUtf8(head.subarray(0, head.length - cut))) return true
  }
  return false
}

/**
 * One piece of a file as text, and the way back to its exact bytes: `toBytes(decoded)` is the
 * original piece, and a string with a secret replaced encodes to the piece with only that
 * secret's bytes replaced.
 */
export interface DecodedPiece {
  text: string
  toBytes(text: string): Buffer
}

/**
 * The view of a block in which the scan looks for candidates, and how many bytes each of its
 * UTF-16 code units stands for. Read as bytes it is latin1, one character a byte, so an offset in
 * it is a byte offset (and one regular-expression pass over the raw bytes finds the candidates).
 */
export function blockView(bytes: Buffer, reading: TextReading): { text: string; width: 1 | 2 } {
  if (reading === 'utf16le' || reading === 'utf16be')
    return { text: decodePiece(bytes, reading).text, width: 2 }
  return { text: bytes.toString('latin1'), width: 1 }
}

/**
 * The end (exclusive) of the last line break in `bytes[0, end)`, or 0 when there is none: a line
 * feed, a NUL too for NUL-separated text, and in UTF-16 a whole line-feed code unit.
 */
export function lastLineBreakEnd(bytes: Buffer, end: number, reading: TextReading): number {
  if (reading === 'utf16le' || reading === 'utf16be') {
    const little = reading === 'utf16le'
    for (
      let at = bytes.lastIndexOf(0x0a, end - 1);
      at !== -1;
      at = bytes.lastIndexOf(0x0a, at - 1)
    ) {
      const unit = little ? at : at - 1
      if (unit >= 0 && unit % 2 === 0 && unit + 2 <= end && bytes[little ? at + 1 : at - 1] === 0)
        return unit + 2
      if (at === 0) break
    }
    return 0
  }
  const newline = bytes.lastIndexOf(0x0a, end - 1)
  const nul = reading === 'nul-separated' ? bytes.lastIndexOf(0, end - 1) : -1
  return Math.max(newline, nul) + 1
}

/** Line breaks in a decoded text: line feeds, and NULs in NUL-separated text. */
export function countLineBreaks(
  text: string,
  reading: TextReading,
  from = 0,
  to = text.length
): number {
  let count = 0
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    count++
  if (reading === 'nul-separated')
    for (let at = text.indexOf('\0', from); at !== -1 && at < to; at = text.indexOf('\0', at + 1))
      count++
  return count
}

/** Decodes a piece of a file read as `reading` (a piece of UTF-16 starts on a code unit). */
export function decodePiece(bytes: Buffer, reading: TextReading): DecodedPiece {
  if (reading === 'utf16le' || reading === 'utf16be') {
    const even = bytes.subarray(0, bytes.length & ~1)
    const little = reading === 'utf16le' ? even : Buffer.from(even).swap16()
    // Buffer's utf16le keeps lone surrogates as they are, both ways: nothing is lost.
    return {
      text: little.toString('utf16le'),
      toBytes: (text) => {
        const out = Buffer.from(text, 'utf16le')
        return reading === 'utf16be' ? out.swap16() : out
      }
    }
  }
  // Valid UTF-8 (no overlong forms, no surrogates) decodes and encodes back to the same bytes.
  const encoding = isUtf8(bytes) ? 'utf8' : 'latin1'
  return {
    text: bytes.toString(encoding),
    toBytes: (text) => Buffer.from(text, encoding)
  }
}
