/**
 * `npm run pins` lists every `uses:` of the files whose pins ship or run (action.yml, restore/,
 * save/, examples/, .github/workflows/, the README's YAML), and each external pin runs on node24
 * (node20 left GitHub's runners on 2026-09-16: docs/facts.md) or is a composite.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../support/runAction.js'

const run = promisify(execFile)

/** Every `uses:` line, found without the script's help: file:line and the value. */
async function usesLines(): Promise<{ where: string; value: string }[]> {
  const files = ['action.yml', 'restore/action.yml', 'save/action.yml', 'README.md']
  for (const dir of ['examples', '.github/workflows'])
    for (const f of await readdir(join(repoRoot, dir)))
      if (f.endsWith('.yml')) files.push(`${dir}/${f}`)
  const found: { where: string; value: string }[] = []
  for (const file of files) {
    const lines = (await readFile(join(repoRoot, file), 'utf8')).split('\n')
    lines.forEach((line, i) => {
      const m = /^[\s-]*uses:\s*(\S+)/.exec(line)
      if (m && !line.trimStart().startsWith('#'))
        found.push({ where: `${file}:${i + 1}`, value: m[1]! })
    })
  }
  return found
}

describe('npm run pins', () => {
  it('prints every uses: it can find, with a checked runtime for each, none on node20', async () => {
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
    const { stdout } = await run(tsx, [join(repoRoot, 'scripts', 'pins.ts')], { cwd: repoRoot })
    const rows = stdout
      .split('\n')
      .slice(1)
      .filter((l) => /\S+:\d+/.test(l))
    const uses = await usesLines()
    expect(uses.length).toBeGreaterThan(10)
    for (const { where, value } of uses) {
      const [action, ref] = value.split('@')
      const row = rows.find((r) => r.split(/\s{2,}/).includes(where))
      expect(row).toBeDefined()
      expect(row!.startsWith(`${action} `)).toBe(true)
      if (ref) expect(row!.split(/\s{2,}/)[1]).toBe(ref)
    }
    expect(rows).toHaveLength(uses.length)
    for (const row of rows) expect(['node24', 'composite']).toContain(row.split(/\s{2,}/)[2])
    expect(stdout).toContain('0 with a runtime not checked')
  })
})
