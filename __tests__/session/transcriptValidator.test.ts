import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidTranscriptError } from '../../src/errors.js'
import { readTranscriptInfo, TranscriptValidator } from '../../src/session/index.js'
import { removeLater } from '../support/claudeHome.js'

const cases: Record<string, string> = {
  valid: '{"type":"user","message":"é ☃ 😀"}\n\n{"type":"summary"}\r\n"a bare string"\n',
  'no final newline': '{"a":1}\n{"b":2}',
  garbage: '{"a":1}\n{"b":2}\nthis is {{ garbage\n{"c":3}\n',
  'two records on one line': '{"a":1},{"b":2}\n',
  'byte-order mark': '\ufeff{"a":1}\n',
  empty: '',
  'blank lines only': '\n  \n\n'
}

/** Restore's verdict: `readTranscriptInfo` strict, plus "no records" for an empty transcript. */
async function restoreVerdict(text: string): Promise<string> {
  const dir = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-validator-')))
  const path = join(dir, 't.jsonl')
  await writeFile(path, text)
  try {
    const info = await readTranscriptInfo(path, { strict: true })
    return info.records === 0 ? 'empty' : 'ok'
  } catch (error) {
    return `line ${/Line (\d+)/.exec((error as Error).message)?.[1]}`
  }
}

function validatorVerdict(text: string, chunkSize: number): string {
  const bytes = Buffer.from(text)
  const v = new TranscriptValidator('t.jsonl')
  try {
    for (let at = 0; at < bytes.length; at += chunkSize) v.write(bytes.subarray(at, at + chunkSize))
    v.end()
    return 'ok'
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTranscriptError)
    const line = /Line (\d+)/.exec((error as Error).message)?.[1]
    return line ? `line ${line}` : 'empty'
  }
}

describe('the transcript validator save runs while packing', () => {
  it.each(Object.keys(cases))(
    '%s: judges as restore does, however the bytes are chunked',
    async (name) => {
      const text = cases[name]!
      const expected = await restoreVerdict(text)
      for (const size of [1, 2, 3, 7, 64, 1 << 16])
        expect(validatorVerdict(text, size)).toBe(expected)
    }
  )
})
