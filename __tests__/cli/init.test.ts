import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { pinnedWorkflow, runInit } from '../../src/cli/commands/init.js'
import type { CommandRuntime } from '../../src/cli/context.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { WORKFLOW_TEMPLATE } from '../../src/cli/workflowTemplate.js'
import { PACKAGE_VERSION, type BuildStamp } from '../../src/version.js'
import { makeMachine } from '../support/claudeHome.js'
import { repoRoot } from '../support/runAction.js'

const run = promisify(execFile)

function env(cwd: string): CommandRuntime & { printed: () => string } {
  let out = ''
  return {
    cwd,
    env: {},
    tempDir: () => cwd,
    io: {
      out: (t) => void (out += t),
      err: (t) => void (out += t),
      interactive: false,
      color: false,
      quiet: false
    },
    printed: () => out
  }
}

/** A release build of claude-session published from octo/claude-session. */
const RELEASE: BuildStamp = {
  home: { host: 'github.com', repository: 'octo/claude-session' },
  tag: `v${PACKAGE_VERSION}`
}
const RELEASE_PIN = { repository: 'octo/claude-session', ref: `v${PACKAGE_VERSION}` }

async function clone(): Promise<{ root: string; sub: string }> {
  const m = await makeMachine('init')
  await mkdir(join(m.cwd, '.git'), { recursive: true })
  const sub = join(m.cwd, 'src', 'deep')
  await mkdir(sub, { recursive: true })
  return { root: m.cwd, sub }
}

describe('claude-session init', () => {
  it('writes the workflow at the top of the repository, pinned to this version, and says what is left', async () => {
    const { root, sub } = await clone()
    const runtime = env(sub)
    await runInit({ build: RELEASE }, runtime)
    const text = await readFile(join(root, '.github', 'workflows', 'claude-continue.yml'), 'utf8')
    expect(text).toBe(pinnedWorkflow(RELEASE_PIN))
    expect(text).toMatch(
      new RegExp(`uses: octo/claude-session@v${PACKAGE_VERSION.replace(/\./g, '\\.')}\\n`)
    )
    expect(text).not.toContain('OWNER')
    const workflow = parse(text) as {
      on: { workflow_dispatch: { inputs: Record<string, unknown> } }
    }
    // `continue` sends prompt, branch, session-id and request-id, and `--input model=…` is the
    // example of its help: the template must declare them (GitHub refuses any other, docs/facts.md).
    expect(Object.keys(workflow.on.workflow_dispatch.inputs).sort()).toEqual([
      'branch',
      'model',
      'prompt',
      'request-id',
      'session-id'
    ])
    expect(runtime.printed()).toContain('ANTHROPIC_API_KEY')
    expect(runtime.printed()).toMatch(/git add \S*claude-continue\.yml && git commit/)
  })

  it('refuses to overwrite an existing workflow (exit 3) unless --force', async () => {
    const { root } = await clone()
    const path = join(root, '.github', 'workflows', 'claude-continue.yml')
    await mkdir(join(root, '.github', 'workflows'), { recursive: true })
    await writeFile(path, 'mine\n')
    const error = await runInit({ build: RELEASE }, env(root)).catch((e: unknown) => e)
    expect(exitCodeOf(error)).toBe(3)
    expect((error as Error).message).toContain('--force')
    expect(await readFile(path, 'utf8')).toBe('mine\n')
    await runInit({ force: true, build: RELEASE }, env(root))
    expect(await readFile(path, 'utf8')).toBe(pinnedWorkflow(RELEASE_PIN))
  })

  it('refuses outside a git repository', async () => {
    const m = await makeMachine('nogit')
    const error = await runInit({ build: RELEASE }, env(m.cwd)).catch((e: unknown) => e)
    expect(exitCodeOf(error)).toBe(2)
  })

  it('pins a build between releases to its exact commit, and names the build beside it', async () => {
    const { root } = await clone()
    const commit = 'a'.repeat(40)
    await runInit({ build: { home: RELEASE.home, commit } }, env(root))
    const text = await readFile(join(root, '.github', 'workflows', 'claude-continue.yml'), 'utf8')
    expect(text).toMatch(new RegExp(`uses: octo/claude-session@${commit} # \\S+\\n`))
  })

  it('refuses without a home (exit 2, nothing written) and takes --action-repo instead', async () => {
    const { root } = await clone()
    const path = join(root, '.github', 'workflows', 'claude-continue.yml')
    const error = await runInit({ build: { tag: RELEASE.tag } }, env(root)).catch((e: unknown) => e)
    expect(exitCodeOf(error)).toBe(2)
    expect((error as Error).message).toContain('--action-repo OWNER/NAME')
    await expect(readFile(path, 'utf8')).rejects.toThrow()
    // Run from source there is neither home nor commit: both are asked for, never invented.
    const bare = await runInit({ actionRepo: 'me/fork' }, env(root)).catch((e: unknown) => e)
    expect(exitCodeOf(bare)).toBe(2)
    expect((bare as Error).message).toContain('--action-ref')
    await runInit({ actionRepo: 'me/fork', build: RELEASE }, env(root))
    expect(await readFile(path, 'utf8')).toContain(`uses: me/fork@v${PACKAGE_VERSION}\n`)
    const bad = await runInit(
      { actionRepo: 'not a repo', build: RELEASE, force: true },
      env(root)
    ).catch((e: unknown) => e)
    expect(exitCodeOf(bad)).toBe(2)
  })

  it('prints a command that puts the workflow on the default branch too, not only on this one', async () => {
    const m = await makeMachine('init-branch')
    const git = (...args: string[]) => run('git', args, { cwd: m.cwd })
    await git('init', '--quiet', '-b', 'feature/x')
    // A clone from GitHub knows the default branch as origin/HEAD.
    await git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main')
    const ce = env(m.cwd)
    await runInit({ build: RELEASE }, ce)
    expect(ce.printed()).toContain(
      '&& git push origin HEAD && git switch main && git cherry-pick feature/x && git push origin main && git switch -'
    )
  })

  it('carries the example template in the bundle, unchanged (regenerate with scripts/workflowTemplate.mjs)', async () => {
    const example = await readFile(join(repoRoot, 'examples', 'claude-continue.yml'), 'utf8')
    expect(WORKFLOW_TEMPLATE).toBe(example)
  })

  it('writes a workflow that GitHub’s own parser accepts', async () => {
    const { root } = await clone()
    await runInit({ build: RELEASE }, env(root))
    const file = join(root, '.github', 'workflows', 'claude-continue.yml')
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
    const validator = join(repoRoot, '__tests__', 'support', 'validateWithGitHubParser.ts')
    const { stdout } = await run(tsx, [validator, `workflow=${file}`], { cwd: repoRoot })
    expect(JSON.parse(stdout)).toEqual({ [file]: [] })
  })
})
