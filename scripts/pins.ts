// `npm run pins`: every action this repository pins, in one table, so that a release checks them.
// It reads each `uses:` of action.yml, restore/ and save/, examples/, .github/workflows/ and the
// README's YAML snippets (src/cli/workflowTemplate.ts is examples/claude-continue.yml, generated
// by scripts/workflowTemplate.mjs: a test keeps them equal). For each external action it says which
// runtime the pinned tag runs on, from the table below, whose every line names where it was read.
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Pin {
  /** owner/name(/path), or ./ for a local action. */
  action: string
  /** The tag, branch or commit after `@` ('' for a local action). */
  ref: string
  file: string
  line: number
}

/**
 * What each pinned tag runs on, read from its action.yml (`runs.using`) at that tag. Checked
 * 2026-12-02 with snapshots of the repositories (`git show <tag>:action.yml`); the newest majors
 * then were checkout v7.0.1, github-script v8.0.0, setup-node v7.0.0, claude-code-action v1.0.200.
 */
export const RUNTIMES: Record<string, { using: string; source: string }> = {
  'actions/checkout@v7': {
    using: 'node24',
    source: 'https://github.com/actions/checkout/blob/v7.0.1/action.yml'
  },
  'actions/github-script@v8': {
    using: 'node24',
    source: 'https://github.com/actions/github-script/blob/v8.0.0/action.yml'
  },
  'actions/setup-node@v7': {
    using: 'node24',
    source: 'https://github.com/actions/setup-node/blob/v7.0.0/action.yml'
  },
  // A composite: its own steps are bun scripts after oven-sh/setup-bun (pinned by commit there);
  // it installs Claude Code 2.1.240 (`claudeCodeVersion` in src/entrypoints/run.ts at the tag).
  'anthropics/claude-code-action@v1.0.200': {
    using: 'composite',
    source: 'https://github.com/anthropics/claude-code-action/blob/v1.0.200/action.yml'
  },
  // This repository's own actions: the composite runs dist/ with node; restore, save and cleanup
  // are node24.
  'OWNER/claude-session@v1': { using: 'composite', source: 'action.yml' },
  'OWNER/claude-session/restore@v1': { using: 'node24', source: 'restore/action.yml' },
  'OWNER/claude-session/save@v1': { using: 'node24', source: 'save/action.yml' },
  'OWNER/claude-session/cleanup@v1': { using: 'node24', source: 'cleanup/action.yml' },
  './@': { using: 'composite', source: 'action.yml' }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The files whose `uses:` are pins, relative to the repository. */
async function pinnedFiles(base: string): Promise<string[]> {
  const yml = async (dir: string): Promise<string[]> =>
    (await readdir(join(base, dir)).catch(() => [] as string[]))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f))
  return [
    'action.yml',
    'restore/action.yml',
    'save/action.yml',
    'cleanup/action.yml',
    ...(await yml('examples')),
    ...(await yml('.github/workflows')),
    'README.md'
  ]
}

/** Every `uses:` in those files (in the README, inside its YAML snippets). */
export async function collectPins(base = root): Promise<Pin[]> {
  const pins: Pin[] = []
  for (const file of await pinnedFiles(base)) {
    const text = await readFile(join(base, file), 'utf8').catch(() => '')
    let inYaml = !file.endsWith('.md')
    text.split('\n').forEach((line, i) => {
      if (file.endsWith('.md') && /^\s*```/.test(line)) inYaml = /^\s*```ya?ml\s*$/.test(line)
      const match = inYaml && /^\s*(?:-\s+)?uses:\s*([^\s#]+)/.exec(line)
      if (!match) return
      const [action, ref = ''] = match[1]!.replace(/^['"]|['"]$/g, '').split('@')
      pins.push({ action: action!, ref, file, line: i + 1 })
    })
  }
  return pins
}

/** The table `npm run pins` prints: one line per `uses:`. */
export function pinTable(pins: Pin[]): string {
  const rows = [
    ['ACTION', 'REF', 'RUNS ON', 'WHERE', 'SOURCE OF RUNS ON'],
    ...pins.map((p) => {
      const known = RUNTIMES[`${p.action}@${p.ref}`]
      return [
        p.action,
        p.ref || '(local)',
        known?.using ?? 'unverified',
        `${p.file}:${p.line}`,
        known?.source ?? '-'
      ]
    })
  ]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pins = await collectPins()
  process.stdout.write(`${pinTable(pins)}\n`)
  const unverified = pins.filter((p) => !RUNTIMES[`${p.action}@${p.ref}`])
  process.stdout.write(
    `\n${pins.length} pins in ${new Set(pins.map((p) => p.file)).size} files (${relative(process.cwd(), root) || '.'}); ` +
      `${unverified.length} with a runtime not checked.\n`
  )
}
