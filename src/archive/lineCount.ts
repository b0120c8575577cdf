/** Newlines in a chunk: `indexOf` finds each one natively, without a loop over every byte. */
function countNewlines(buf: Uint8Array): number {
  let count = 0
  for (let at = buf.indexOf(0x0a); at !== -1; at = buf.indexOf(0x0a, at + 1)) count++
  return count
}

/**
 * Counts a transcript's lines as it passes, the way pack counts the records it stores
 * (archive/pack.ts): the newlines, plus a last line without one. What restore reads instead of
 * the JSONL check when the save already ran that check on the same bytes (restore/verifiedDownload.ts).
 */
export class LineCounter {
  records = 0
  private last = 0x0a

  write(buf: Uint8Array): void {
    if (buf.length === 0) return
    this.records += countNewlines(buf)
    this.last = buf[buf.length - 1]!
  }

  end(): void {
    if (this.last !== 0x0a) this.records++
    this.last = 0x0a
  }
}
