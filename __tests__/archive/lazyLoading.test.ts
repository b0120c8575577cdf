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

/**
 * What `entry` imports statically (not `import type`, not `import()`), directly or not: the
 * source files, and each package or built-in module with one file that imports it.
 */
async function staticImports(
  entry: string
): Promise<{ files: Set<string>; packages: Map<string, string>; builtins: Map<string, string> }> {
  const packages = new Map<string, string>()
  const builtins = new Map<string, string>()
  const files = await reachableSources(entry, (file, text) => {
    const relative: string[] = []
    const statements = text.matchAll(
      /^(?:import|export)(?!\s+type\s)(?:[^;'"()]*?\sfrom\s*|\s+)'([^']+)'/gm
    )
    for (const [, specifier] of statements) {
      if (specifier!.startsWith('.')) relative.push(specifier!)
      else if (specifier!.startsWith('node:')) builtins.set(specifier!, file)
      else packages.set(specifier!, file)
    }
    return relative
  })
  return { files, packages, builtins }
}

const staticPackages = async (entry: string): Promise<Map<string, string>> =>
  (await staticImports(entry)).packages

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
    // unpack.ts imports tar/parse statically: it is itself reached only through restore's
    // import() (the test below).
    const sources = await Promise.all(
      ['encryption.ts', 'redaction.ts', 'secretRules.ts', 'pack.ts'].map((f) =>
        readFile(join(repoRoot, 'src', 'archive', f), 'utf8')
      )
    )
    const dynamic = sources.flatMap((s) => [...s.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]))
    expect(dynamic).toEqual(
      expect.arrayContaining([
        'age-encryption',
        '@secretlint/core',
        '@secretlint/secretlint-rule-preset-recommend',
        'tar/header'
      ])
    )
  })
})

/**
 * A restore sends its draft lookup before it parses what it needs only once the lookup answered:
 * download, unpack (node:zlib, tar) and install are one chunk that restore.ts imports while the
 * lookup travels (docs/performance.md, "Start-up").
 */
describe('a restore parses before its lookup only what the lookup needs', () => {
  const AFTER_LOOKUP = [
    'restore/restoreFromLookup.ts',
    'restore/verifiedDownload.ts',
    'restore/install.ts',
    'restore/installMemory.ts',
    'restore/localTranscript.ts',
    'archive/unpack.ts',
    'archive/stagedMember.ts'
  ]
  const reached = (files: Set<string>): string[] =>
    AFTER_LOOKUP.filter((f) => files.has(join(repoRoot, 'src', f)))

  it('the restore action reaches none of the unpack and install modules, nor zlib or tar', async () => {
    const { files, packages, builtins } = await staticImports(
      join(repoRoot, 'src', 'actions', 'restore.ts')
    )
    // The walk does reach the lookup.
    expect(files.has(join(repoRoot, 'src', 'store', 'draftLookup.ts'))).toBe(true)
    expect(reached(files)).toEqual([])
    expect([...packages.keys()].filter((name) => /^tar(?:\/|$)/.test(name))).toEqual([])
    expect(builtins.get('node:zlib')).toBeUndefined()
  })

  it('the CLI, whose pull restores too, reaches none of them either', async () => {
    const { files } = await staticImports(join(repoRoot, 'src', 'cli', 'main.ts'))
    expect(files.has(join(repoRoot, 'src', 'restore', 'restore.ts'))).toBe(true)
    expect(reached(files)).toEqual([])
  })
})
