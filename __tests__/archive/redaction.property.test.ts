import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { REDACTION_MARK, redactFile, scanFile } from '../../src/archive/index.js'
import { scratchDir } from '../support/claudeHome.js'
import { rounds } from '../support/exhaustive.js'
import { secretShapes, type SecretShape } from './secretShapes.js'

const workdir = (): Promise<string> => scratchDir('redaction')

/**
 * Writes `value` as the inside of a JSON string, each character in one of the spellings JSON
 * allows, chosen by `modes`: as it is (escaped only where it must be), as `\uXXXX` (a character
 * above U+FFFF as its surrogate pair), as `\uXXXX` with upper-case hex, or `/` as `\/`.
 */
function spell(value: string, modes: number[]): string {
  let out = ''
  let i = 0
  for (const ch of value) {
    const mode = modes[i++ % modes.length]!
    if (mode === 1 || mode === 2) {
      for (let k = 0; k < ch.length; k++) {
        const hex = ch.charCodeAt(k).toString(16).padStart(4, '0')
        out += '\\u' + (mode === 2 ? hex.toUpperCase() : hex)
      }
    } else if (mode === 3 && ch === '/') {
      out += '\\/'
    } else {
      out += JSON.stringify(ch).slice(1, -1)
    }
  }
  return out
}

/** Every escape of a raw JSON text decoded in place: one more way of reading the uploaded bytes. */
function decodeInPlace(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) =>
    e.length === 5
      ? String.fromCharCode(parseInt(e.slice(1), 16))
      : (({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e)
  )
}

const tricky = fc.constantFrom('a', 'Z', '7', ' ', 'é', '中', '😀', '\n', '\t', '"', '\\', '/', ':')
const text = fc.string({ unit: tricky, maxLength: 12 })
const gap = fc.constantFrom(' ', '\n', '\t', ' \n ')

interface Planted {
  line: string
  record: { type: string; uuid: string; other: string; message: { role: string; content: string } }
  prefix: string
  suffix: string
  shapes: SecretShape[]
}

const planted = fc
  .record({
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    seed: fc.integer({ min: 1, max: 50 }),
    prefix: text,
    suffix: text,
    gaps: fc.array(gap, { minLength: 4, maxLength: 4 }),
    other: text,
    modes: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 40 })
  })
  .map(({ picks, seed, prefix, suffix, gaps, other, modes }): Planted => {
    const all = secretShapes(seed)
    const shapes = picks.map((p) => all[p % all.length]!)
    const content = prefix + gaps[0] + shapes.map((s) => s.text).join(gaps[1]) + gaps[2]! + suffix
    const record = {
      type: 'user',
      uuid: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      other,
      message: { role: 'user', content }
    }
    const line =
      `{"type":"user","uuid":"${record.uuid}","other":${JSON.stringify(other)},` +
      `"message":{"role":"user","content":"${spell(content, modes)}"}}`
    return { line, record, prefix: prefix + gaps[0], suffix: gaps[2] + suffix, shapes }
  })

const filler = (n: number): string =>
  JSON.stringify({ type: 'assistant', message: { content: `turn ${n}: nothing to see` } }) + '\n'

describe('redaction of secrets written with any JSON escapes', () => {
  it('finds every planted secret on its own line, and the uploaded line holds none of them', async () => {
    const dir = await workdir()
    let run = 0
    await fc.assert(
      fc.asyncProperty(planted, fc.nat({ max: 3 }), async (p, before) => {
        run++
        const src = join(dir, `t${run}.jsonl`)
        const lines = [
          ...Array.from({ length: before }, (_, i) => filler(i)),
          p.line + '\n',
          filler(9)
        ]
        await writeFile(src, lines.join(''))

        const findings = await scanFile(src)
        // Line numbers are exact: the planted line is line `before + 1`, and only it is flagged.
        expect(findings.map((f) => f.line)).toEqual(p.shapes.map(() => before + 1))
        expect(findings.map((f) => f.ruleId).sort()).toEqual(p.shapes.map((s) => s.rule).sort())

        const dest = join(dir, `t${run}.out.jsonl`)
        const result = await redactFile(src, dest)
        expect(result.findings).toEqual(findings)
        const out = (await readFile(dest, 'utf8')).split('\n')
        expect(out).toHaveLength(lines.length + 1)
        for (const [i, line] of lines.entries()) {
          if (i !== before) expect(out[i] + '\n').toBe(line)
        }
        const uploaded = out[before]!
        const parsed = JSON.parse(uploaded) as Planted['record']
        expect({ ...parsed, message: { ...parsed.message, content: '' } }).toEqual({
          ...p.record,
          message: { ...p.record.message, content: '' }
        })
        const content = parsed.message.content
        expect(content.startsWith(p.prefix)).toBe(true)
        expect(content.endsWith(p.suffix)).toBe(true)
        expect(content.split(REDACTION_MARK).length - 1).toBe(p.shapes.length)
        for (const secret of p.shapes.flatMap((s) => s.secrets)) {
          for (const reading of [
            uploaded,
            content,
            decodeInPlace(uploaded),
            JSON.stringify(parsed)
          ])
            expect(reading).not.toContain(secret)
        }
      }),
      {
        // Each run scans and redacts a file (secretlint twice): 20 by default, 60 in CI.
        numRuns: Number(process.env.PROPERTY_RUNS ?? rounds(20, 60)),
        seed: Number(process.env.PROPERTY_SEED ?? 20261125)
      }
    )
  })

  it('redacts each of several secrets on one line, not only the last', async () => {
    const dir = await workdir()
    const [github, , , anthropic] = secretShapes(3)
    const line = JSON.stringify({
      type: 'user',
      message: { content: `first ${github!.text} then ${anthropic!.text} and ${github!.text}` }
    })
    await writeFile(join(dir, 'many.jsonl'), line + '\n')
    const result = await redactFile(join(dir, 'many.jsonl'), join(dir, 'many.out.jsonl'))
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['github', 1],
      ['anthropic', 1],
      ['github', 1]
    ])
    const out = await readFile(join(dir, 'many.out.jsonl'), 'utf8')
    expect(out).not.toContain(github!.text)
    expect(out).not.toContain(anthropic!.text)
    expect(JSON.parse(out)).toEqual({
      type: 'user',
      message: {
        content: 'first [REDACTED:github] then [REDACTED:anthropic] and [REDACTED:github]'
      }
    })
  })

  it('cuts the secret key, not the text before it, when a \\n escape precedes it (AWS pair)', async () => {
    const dir = await workdir()
    const aws = secretShapes(2).find((s) => s.kind === 'aws key pair')!
    await writeFile(
      join(dir, 'aws.jsonl'),
      JSON.stringify({ type: 'assistant', message: { content: aws.text } }) + '\n'
    )
    await redactFile(join(dir, 'aws.jsonl'), join(dir, 'aws.out.jsonl'))
    const content = (
      JSON.parse(await readFile(join(dir, 'aws.out.jsonl'), 'utf8')) as {
        message: { content: string }
      }
    ).message.content
    expect(content).toBe(aws.text.replace(aws.secrets[0]!, '[REDACTED:aws]'))
  })
})
