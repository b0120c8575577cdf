import { describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { redactFile, scanFile } from '../../src/archive/index.js'
import { scratchDir } from '../support/claudeHome.js'
import { rounds } from '../support/exhaustive.js'
import { secretShapes } from './secretShapes.js'

/**
 * The scan reads a transcript in small blocks that end on a line break, so that memory stays
 * bounded whatever the size (docs/performance.md). Findings must not depend on where the blocks
 * fall: secrets in lines longer than a block, lines that cross a block's end, the very last line.
 */
describe('the scan in blocks', () => {
  it('finds every planted secret on its line, and redacts it, wherever the blocks fall', async () => {
    const shapes = secretShapes(7).filter((s) => s.secrets.length === 1 && s.secrets[0] === s.text)
    expect(shapes.length).toBeGreaterThan(0)
    const lines: string[] = []
    const planted = new Map<number, string>()
    const filler = (n: number): string => JSON.stringify({ type: 'user', text: 'x'.repeat(n) })
    // About 7 MB scanned twice by default, 18 MB in CI (CLAUDE_SESSION_EXHAUSTIVE=1), where every
    // secret shape gets planted.
    for (let i = 0; i < rounds(150, 400); i++) {
      const secret = i % 37 === 5 ? shapes[i % shapes.length]!.text : undefined
      // Sizes around and far over a block: 1 KB, 40 KB, 70 KB and, now and then, 300 KB.
      const size = [1000, 40_000, 70_000][i % 3]! + (i % 50 === 7 ? 300_000 : 0)
      const line = secret
        ? JSON.stringify({ type: 'user', text: 'y'.repeat(size - 10) + ` ${secret} tail` })
        : filler(size)
      if (secret) planted.set(i + 1, secret)
      lines.push(line)
    }
    const last = shapes[0]!.text
    lines.push(JSON.stringify({ type: 'user', text: `last ${last}` }))
    planted.set(lines.length, last)
    const dir = await scratchDir('scan-blocks')
    const path = join(dir, 'session.jsonl')
    await writeFile(path, lines.join('\n') + '\n')

    const findings = await scanFile(path)
    expect([...new Set(findings.map((f) => f.line))].sort((a, b) => a - b)).toEqual(
      [...planted.keys()].sort((a, b) => a - b)
    )

    const out = join(dir, 'redacted.jsonl')
    await redactFile(path, out)
    const redacted = (await readFile(out, 'utf8')).split('\n')
    expect(redacted).toHaveLength(lines.length + 1)
    for (const [index, line] of lines.entries()) {
      const secret = planted.get(index + 1)
      if (secret) expect(redacted[index]).not.toContain(secret)
      else expect(redacted[index]).toBe(line)
      expect(() => JSON.parse(redacted[index]!) as unknown).not.toThrow()
    }
  })
})
