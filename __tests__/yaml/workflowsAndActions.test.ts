import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { scratchDir } from '../support/claudeHome.js'
import { repoRoot } from '../support/runAction.js'

const run = promisify(execFile)
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
const validator = join(repoRoot, '__tests__', 'support', 'validateWithGitHubParser.ts')

/** GitHub's own parser, in a child process (see the validator for why). */
async function githubParserErrors(
  files: [kind: 'workflow' | 'action', path: string][]
): Promise<Record<string, string[]>> {
  const { stdout } = await run(tsx, [validator, ...files.map(([k, p]) => `${k}=${p}`)], {
    cwd: repoRoot,
    // tsx keeps a folder of its own in TMPDIR: give it one that is removed afterwards.
    env: { ...process.env, TMPDIR: await scratchDir('tsx') }
  })
  return JSON.parse(stdout) as Record<string, string[]>
}

async function yamlFiles(dir: string): Promise<string[]> {
  return (await readdir(join(repoRoot, dir)))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(dir, f))
}

const ACTIONS = ['action.yml', 'restore/action.yml', 'save/action.yml', 'cleanup/action.yml']

interface ActionFile {
  name?: string
  description?: string
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs: Record<string, { description?: string; value?: string }>
  runs: {
    using: string
    main?: string
    steps?: { run?: string; uses?: string; env?: Record<string, string> }[]
  }
}

async function action(path: string): Promise<ActionFile> {
  return parse(await readFile(join(repoRoot, path), 'utf8')) as ActionFile
}

describe("GitHub's parser accepts every workflow and action file", () => {
  it('finds no error in the workflows, the examples and every action.yml file', async () => {
    const workflows = [...(await yamlFiles('.github/workflows')), ...(await yamlFiles('examples'))]
    expect(workflows.length).toBeGreaterThanOrEqual(5)
    const errors = await githubParserErrors([
      ...workflows.map((p) => ['workflow', p] as ['workflow', string]),
      ...ACTIONS.map((p) => ['action', p] as ['action', string])
    ])
    expect(Object.keys(errors)).toHaveLength(workflows.length + ACTIONS.length)
    for (const [file, list] of Object.entries(errors))
      expect({ file, list }).toEqual({ file, list: [] })
  })

  it('does report a broken workflow, so the check above can fail', async () => {
    const dir = await scratchDir('yaml')
    const broken = join(dir, 'broken.yml')
    await writeFile(
      broken,
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        whith:\n          ref: main\n'
    )
    const errors = await githubParserErrors([['workflow', broken]])
    expect(errors[broken]!.join('\n')).toContain("Unexpected value 'whith'")
  })
})

describe('the action metadata', () => {
  it.each(ACTIONS)(
    '%s has a name, a description, and a description for every input and output',
    async (path) => {
      const a = await action(path)
      expect(a.name).toBeTruthy()
      expect(a.description).toBeTruthy()
      for (const [name, input] of Object.entries(a.inputs))
        expect({ name, ok: (input.description ?? '').length > 10 }).toEqual({ name, ok: true })
      for (const [name, output] of Object.entries(a.outputs))
        expect({ name, ok: (output.description ?? '').length > 10 }).toEqual({ name, ok: true })
    }
  )

  it('runs the bundled code on node24 for the split actions', async () => {
    expect((await action('restore/action.yml')).runs).toEqual({
      using: 'node24',
      main: '../dist/restore/index.js'
    })
    expect((await action('save/action.yml')).runs).toEqual({
      using: 'node24',
      main: '../dist/save/index.js'
    })
    expect((await action('cleanup/action.yml')).runs).toEqual({
      using: 'node24',
      main: '../dist/cleanup/index.js'
    })
  })

  it('has the agreed inputs, outputs and defaults', async () => {
    const restore = await action('restore/action.yml')
    const save = await action('save/action.yml')
    const composite = await action('action.yml')
    expect(Object.keys(restore.inputs)).toEqual([
      'branch',
      'github-token',
      'repository',
      'path',
      'session-id',
      'fail-on-missing',
      'encryption-key',
      'memory'
    ])
    expect(Object.keys(restore.outputs)).toEqual(['session-id', 'restored'])
    expect(Object.keys(save.inputs)).toEqual([
      'branch',
      'github-token',
      'repository',
      'path',
      'session-id',
      'force',
      'encryption-key',
      'secrets',
      'allow-unscanned',
      'memory'
    ])
    expect(Object.keys(save.outputs)).toEqual(['session-id', 'saved'])
    expect(Object.keys(composite.outputs)).toEqual([
      'session-id',
      'restored',
      'saved',
      'conclusion',
      'commit',
      'pushed',
      'edits',
      'pull-request',
      'answer'
    ])
    // Optional since tag mode (issue 23.1): empty runs claude-code-action's tag mode.
    expect(composite.inputs.prompt!.required).toBe(false)
    for (const a of [restore, save]) {
      expect(a.inputs['github-token']!.default).toBe('${{ github.token }}')
      expect(a.inputs.branch!.default).toBe('${{ github.head_ref || github.ref_name }}')
      expect(a.inputs.path!.default).toBe('${{ github.workspace }}')
    }
    expect(restore.inputs['fail-on-missing']!.default).toBe('false')
    expect(save.inputs.secrets!.default).toBe('warn')
  })

  it('calls the bundled code through github.action_path and never puts inputs in a script body', async () => {
    const composite = await action('action.yml')
    const steps = composite.runs.steps!
    expect(composite.runs.using).toBe('composite')
    const nodeSteps = steps.filter((s) => s.run?.startsWith('node '))
    expect(nodeSteps.map((s) => s.run)).toEqual([
      'node "${{ github.action_path }}/dist/find-branch/index.js"',
      'node "${{ github.action_path }}/dist/restore/index.js"',
      'node "${{ github.action_path }}/dist/prepare-claude/index.js"',
      'node "${{ github.action_path }}/dist/claude-code/index.js"',
      'node "${{ github.action_path }}/dist/publish-edits/index.js"',
      'node "${{ github.action_path }}/dist/save/index.js"'
    ])
    expect(steps.some((s) => s.uses?.startsWith('anthropics/claude-code-action@v1.'))).toBe(true)
    for (const step of steps)
      expect(step.run ?? '').not.toMatch(/\$\{\{\s*(inputs|github\.event)\./)
    // Hyphens stay in INPUT_ names, as the runner passes them (docs/facts.md#javascript-actions).
    expect(Object.keys(nodeSteps[0]!.env!)).toContain('INPUT_GITHUB-TOKEN')
  })

  it('gives the workflow template contents: write and one run per branch at a time', async () => {
    const workflow = parse(
      await readFile(join(repoRoot, '.github/workflows/claude-continue.yml'), 'utf8')
    ) as {
      permissions: Record<string, string>
      concurrency: { group: string; 'cancel-in-progress': boolean }
    }
    expect(workflow.permissions.contents).toBe('write')
    expect(workflow.concurrency.group).toContain('inputs.branch')
    expect(workflow.concurrency['cancel-in-progress']).toBe(false)
  })
})

describe("the README's tables match the action files", () => {
  it.each([
    ['## The composite action (action.yml)', 'action.yml'],
    ['## restore/action.yml', 'restore/action.yml'],
    ['## save/action.yml', 'save/action.yml'],
    ['## cleanup/action.yml', 'cleanup/action.yml']
  ])('%s', async (heading, path) => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
    const section = readme.slice(
      readme.indexOf(heading),
      readme.indexOf('\n## ', readme.indexOf(heading) + heading.length)
    )
    expect(section.length).toBeGreaterThan(heading.length)
    const a = await action(path)
    const inputs = tableRows(section, '### Inputs')
    const outputs = tableRows(section, '### Outputs')
    expect(inputs.map((r) => r[0])).toEqual(Object.keys(a.inputs).map((n) => `\`${n}\``))
    expect(outputs.map((r) => r[0])).toEqual(Object.keys(a.outputs).map((n) => `\`${n}\``))
    for (const [name, description, def] of inputs) {
      const input = a.inputs[name!.slice(1, -1)]!
      expect(description).toBe(input.description)
      expect(def).toBe(
        input.required ? '(required)' : input.default === '' ? '`""`' : `\`${input.default}\``
      )
    }
    for (const [name, description] of outputs)
      expect(description).toBe(a.outputs[name!.slice(1, -1)]!.description)
  })
})

/** The rows of the first markdown table after `heading`, cells unescaped. */
function tableRows(section: string, heading: string): string[][] {
  const lines = section.slice(section.indexOf(heading)).split('\n')
  const start = lines.findIndex((l) => l.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|'))
    )
  }
  return rows
}
