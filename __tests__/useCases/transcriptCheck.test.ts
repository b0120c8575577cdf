import { describe, expect, it } from '@jest/globals'
import { JsonlChecker } from '../../src/archive/jsonlCheck.js'
import { HostileArchiveError, InvalidTranscriptError } from '../../src/errors.js'
import { transcriptCheck } from '../../src/save/checks.js'

const cases: Record<string, string> = {
  valid: '{"type":"user","message":"é ☃ 😀"}\n\n{"type":"summary"}\r\n"a bare string"\n',
  'no final newline': '{"a":1}\n{"b":2}',
  garbage: '{"a":1}\n{"b":2}\nthis is {{ garbage\n{"c":3}\n',
  'two records on one line': '{"a":1},{"b":2}\n',
  'byte-order mark': '\ufeff{"a":1}\n',
  empty: '',
  'blank lines only': '\n  \n\n'
}

/** The rule itself: every non-blank line is one JSON text, and there is at least one. */
function jsonParseVerdict(text: string): string {
  const lines = text.split('\n')
  let records = 0
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue
    records++
    try {
      JSON.parse(line)
    } catch {
      return `line ${i + 1}`
    }
  }
  return records === 0 ? 'empty' : 'ok'
}

function chunked(text: string, size: number, write: (chunk: Buffer) => void): void {
  const bytes = Buffer.from(text)
  for (let at = 0; at < bytes.length; at += size) write(bytes.subarray(at, at + size))
}

/** What a save decides while packing (sync/saveChecks.ts). */
function saveVerdict(text: string, size: number): string {
  const check = transcriptCheck('t.jsonl')
  try {
    chunked(text, size, (c) => check.write(c))
    check.end()
    return 'ok'
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTranscriptError)
    const line = /Line (\d+) of t\.jsonl/.exec((error as Error).message)?.[1]
    return line ? `line ${line}` : 'empty'
  }
}

/** What a restore decides while unpacking (archive/unpack.ts runs the same checker). */
function restoreVerdict(text: string, size: number): string {
  const checker = new JsonlChecker()
  try {
    chunked(text, size, (c) => checker.write(c))
    checker.end()
    return checker.records === 0 ? 'empty' : 'ok'
  } catch (error) {
    expect(error).toBeInstanceOf(HostileArchiveError)
    return `line ${/Line (\d+)/.exec((error as Error).message)?.[1]}`
  }
}

describe('the transcript check a save runs while packing', () => {
  it.each(Object.keys(cases))(
    '%s: judges as restore does and as JSON.parse does, however the bytes are chunked',
    (name) => {
      const text = cases[name]!
      const expected = jsonParseVerdict(text)
      for (const size of [1, 2, 3, 7, 64, 1 << 16]) {
        expect(saveVerdict(text, size)).toBe(expected)
        expect(restoreVerdict(text, size)).toBe(expected)
      }
    }
  )
})
