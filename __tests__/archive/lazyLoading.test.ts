import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from '../support/runAction.js'
import { reachableSources } from '../support/sourceGraph.js'

/**
 * What a process parses before its first request is what its entry imports statically: ncc
 * turns every `import()` into a separate chunk read only when it runs. The heavy libraries (age
 * and its ciphers, secretlint and its rules, node-tar) must stay behind `import()`, so that a
 * restore never parses the scanner and a save without encryption never parses age, and the CLI
 * parses yaml only when `continue` reads a workflow file (docs/performance.md, "Start-up").
 */
const HEAVY = /^(?:age-encryption|@secretlint\/|tar(?:\/|$)|yaml$)/

/** Packages imported statically (not `import type`, not `import()`) by the files reachable from `entry`. */
async function staticPackages(entry: string): Promise<Map<string, string>> {
  const packages = new Map<string, string>()
  await reachableSources(entry, (file, text) => {
    const relative: string[] = []
    const statements = text.matchAll(
      /^(?:import|export)(?!\s+type\s)(?:[^;'"()]*?\sfrom\s*|\s+)'([^']+)'/gm
    )
    for (const [, specifier] of statements) {
      if (specifier!.startsWith('.')) relative.push(specifier!)
      else if (!specifier!.startsWith('node:')) packages.set(specifier!, file)
    }
    return relative
  })
  return packages
}

const heavy = (packages: Map<string, string>): string[] =>
  [...packages]
    .filter(([name]) => HEAVY.test(name))
    .map(([name, file]) => `${name} (${file.slice(repoRoot.length + 1)})`)

describe('heavy libraries load only when used', () => {
  // src/entry/runners.ts loads each face through import(): a face is what its process parses.
  it.each([
    ['restore', 'actions/restore.ts'],
    ['save', 'actions/save.ts'],
    ['cli', 'cli/main.ts']
  ])('the %s entry imports none of them statically', async (_entry, face) => {
    const packages = await staticPackages(join(repoRoot, 'src', face))
    // The walk does see the entry's real dependencies.
    expect([...packages.keys()].some((name) => name.startsWith('@octokit/'))).toBe(true)
    expect(heavy(packages)).toEqual([])
  })

  it('the modules that need them reach them through import()', async () => {
    const sources = await Promise.all(
      ['encryption.ts', 'redaction.ts', 'secretRules.ts', 'pack.ts', 'unpack.ts'].map((f) =>
        readFile(join(repoRoot, 'src', 'archive', f), 'utf8')
      )
    )
    const dynamic = sources.flatMap((s) => [...s.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]))
    expect(dynamic).toEqual(
      expect.arrayContaining([
        'age-encryption',
        '@secretlint/core',
        '@secretlint/secretlint-rule-preset-recommend',
        'tar/parse',
        'tar/header'
      ])
    )
  })
})
