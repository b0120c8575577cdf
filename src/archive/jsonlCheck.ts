import { HostileArchiveError } from '../errors.js'

// What the checker expects next. Plain numbers: the byte loop below switches on them.
const LINE = 0 // a line's first value, or more blank space
const VALUE = 1 // a value (after ':' or an array's ',')
const ARRAY_FIRST = 2 // a value or ']' (after '[')
const KEY_FIRST = 3 // a key or '}' (after '{')
const KEY = 4 // a key (after an object's ',')
const COLON = 5
const AFTER = 6 // ',', a closer, or the end of the line at depth 0
const STRING = 7
const ESCAPE = 8
const HEX = 9
const MINUS = 10 // '-' read: a digit must follow
const ZERO = 11 // a leading 0: no more integer digits
const INT = 12
const DOT = 13 // '.' read: a digit must follow
const FRAC = 14
const EXP = 15 // 'e' read: a sign or a digit
const EXP_SIGN = 16 // sign read: a digit must follow
const EXP_DIGITS = 17
const LITERAL = 18
const BAD = 19

const OBJECT = 1
const ARRAY = 2

/** Bytes that stand for themselves inside a string: all but '"', '\\' and control characters. */
const PLAIN = new Uint8Array(256).fill(1, 0x20)
PLAIN[0x22] = 0
PLAIN[0x5c] = 0

const LITERALS: Record<number, Uint8Array> = {
  0x74: Buffer.from('true'),
  0x66: Buffer.from('false'),
  0x6e: Buffer.from('null')
}

/**
 * Checks a JSONL stream as it passes, byte by byte and without building a string or an object:
 * every line must be one JSON text (RFC 8259: what `JSON.parse` accepts), and blank lines are
 * skipped. Claude Code drops a transcript with a line that is not JSON, so restore refuses it;
 * doing the check in the unpacking pass, instead of `JSON.parse` per line afterwards, saves a
 * second read of the transcript and the churn of a string and an object per record
 * (docs/performance.md). The error names the line, never its content, which may hold secrets.
 */
export class JsonlChecker {
  /**
   * @param refuse the error for a line that is not JSON: restore refuses a hostile archive; save
   * refuses to upload what restore would refuse (sync/saveChecks.ts).
   */
  constructor(private readonly refuse: (line: number) => Error = hostileLine) {}

  /** Non-blank lines seen, complete or not. */
  records = 0
  private line = 1
  private state = LINE
  private stack = new Uint8Array(64)
  private depth = 0
  private inKey = false
  private hexLeft = 0
  private literal: Uint8Array = LITERALS[0x74]!
  private literalAt = 0
  /** A line that began with \v or \f: blank if nothing else follows, as `trim()` judged it. */
  private oddBlank = false

  /** Checks the next bytes; throws `refuse(line)` at the first line that is not JSON. */
  write(buf: Uint8Array): void {
    let state = this.state
    const n = buf.length
    let i = 0
    while (i < n) {
      const c = buf[i]!
      switch (state) {
        case STRING: {
          // Most of a transcript's bytes are inside strings: skip them in one tight loop.
          const j = skipPlain(buf, i, n)
          if (j === n) {
            i = n
            continue
          }
          i = j
          const d = buf[j]!
          if (d === 0x22) state = this.inKey ? COLON : AFTER
          else if (d === 0x5c) state = ESCAPE
          else state = BAD
          break
        }
        case LINE:
          if (c === 0x0a) {
            this.line++
            this.oddBlank = false
          } else if (c === 0x20 || c === 0x09 || c === 0x0d) {
            // blank so far
          } else if (c === 0x0b || c === 0x0c) {
            this.oddBlank = true
          } else if (this.oddBlank) {
            state = BAD
          } else {
            this.records++
            state = this.startValue(c, false)
          }
          break
        case VALUE:
        case ARRAY_FIRST:
          if (c === 0x20 || c === 0x09 || c === 0x0d) break
          state = this.startValue(c, state === ARRAY_FIRST)
          break
        case KEY_FIRST:
        case KEY:
          if (c === 0x20 || c === 0x09 || c === 0x0d) break
          if (c === 0x22) {
            this.inKey = true
            state = STRING
          } else if (c === 0x7d && state === KEY_FIRST) {
            state = this.close(OBJECT)
          } else state = BAD
          break
        case COLON:
          if (c === 0x3a) state = VALUE
          else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) state = BAD
          break
        case AFTER:
          state = this.after(c)
          break
        case ESCAPE:
          if (c === 0x75) {
            this.hexLeft = 4
            state = HEX
          } else if (
            c === 0x22 ||
            c === 0x5c ||
            c === 0x2f ||
            c === 0x62 ||
            c === 0x66 ||
            c === 0x6e ||
            c === 0x72 ||
            c === 0x74
          ) {
            state = STRING
          } else state = BAD
          break
        case HEX:
          if (isHex(c)) {
            if (--this.hexLeft === 0) state = STRING
          } else state = BAD
          break
        case LITERAL:
          if (c !== this.literal[this.literalAt]) state = BAD
          else if (++this.literalAt === this.literal.length) state = AFTER
          break
        case MINUS:
          state = c === 0x30 ? ZERO : isDigit(c) ? INT : BAD
          break
        case DOT:
          state = isDigit(c) ? FRAC : BAD
          break
        case EXP_SIGN:
          state = isDigit(c) ? EXP_DIGITS : BAD
          break
        case EXP:
          state = isDigit(c) ? EXP_DIGITS : c === 0x2b || c === 0x2d ? EXP_SIGN : BAD
          break
        case ZERO:
        case INT:
        case FRAC:
        case EXP_DIGITS:
          if (isDigit(c) && state !== ZERO) break
          if (c === 0x2e && (state === ZERO || state === INT)) state = DOT
          else if ((c === 0x65 || c === 0x45) && state !== EXP_DIGITS) state = EXP
          else state = this.after(c) // the number ended: the byte belongs to what follows
          break
      }
      if (state === BAD) {
        this.state = BAD
        throw this.refusal()
      }
      i++
    }
    this.state = state
  }

  /** The end of the stream: a last line without its newline is judged like any other. */
  end(): void {
    if (this.state === LINE) return
    this.write(NEWLINE)
  }

  private startValue(c: number, closable: boolean): number {
    switch (c) {
      case 0x7b:
        this.push(OBJECT)
        return KEY_FIRST
      case 0x5b:
        this.push(ARRAY)
        return ARRAY_FIRST
      case 0x22:
        this.inKey = false
        return STRING
      case 0x2d:
        return MINUS
      case 0x30:
        return ZERO
      case 0x74:
      case 0x66:
      case 0x6e:
        this.literal = LITERALS[c]!
        this.literalAt = 1
        return LITERAL
      case 0x5d:
        return closable ? this.close(ARRAY) : BAD
      default:
        return c >= 0x31 && c <= 0x39 ? INT : BAD
    }
  }

  private after(c: number): number {
    if (c === 0x20 || c === 0x09 || c === 0x0d) return AFTER
    const top = this.depth > 0 ? this.stack[this.depth - 1] : 0
    if (c === 0x0a) {
      if (top !== 0) return BAD
      this.line++
      return LINE
    }
    if (c === 0x2c) return top === OBJECT ? KEY : top === ARRAY ? VALUE : BAD
    if (c === 0x7d) return top === OBJECT ? this.close(OBJECT) : BAD
    if (c === 0x5d) return top === ARRAY ? this.close(ARRAY) : BAD
    return BAD
  }

  private push(kind: number): void {
    if (this.depth === this.stack.length) {
      const grown = new Uint8Array(this.stack.length * 2)
      grown.set(this.stack)
      this.stack = grown
    }
    this.stack[this.depth++] = kind
  }

  private close(kind: number): number {
    if (this.depth === 0 || this.stack[this.depth - 1] !== kind) return BAD
    this.depth--
    return AFTER
  }

  private refusal(): Error {
    return this.refuse(this.line)
  }
}

function hostileLine(line: number): Error {
  return new HostileArchiveError(
    `Line ${line} of the transcript is not JSON, so the file is not a Claude Code transcript (JSONL); refusing it.`
  )
}

const NEWLINE = Buffer.from('\n')

/**
 * The index of the first byte from `from` that ends a string's plain run, or `n`. A function of
 * its own: V8 optimises a small function called this often within the first few hundred strings,
 * where the loop inlined in `write`'s large switch ran unoptimised for most of a save or restore
 * of a few MB (cold, 5 MB: 29–46 ms against 47–72; docs/performance.md).
 */
function skipPlain(buf: Uint8Array, from: number, n: number): number {
  let j = from
  while (j < n && PLAIN[buf[j]!] === 1) j++
  return j
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
}
