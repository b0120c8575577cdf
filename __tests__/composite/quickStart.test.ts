/**
 * The README's quick start, run as written: the laptop's `claude-session push` (the bundled CLI
 * behind a `claude-session` command on PATH), the job of the workflow file the README names (its
 * steps executed as a runner would, `uses: OWNER/claude-session@v1` being this action.yml), and the
 * laptop's `git pull && claude-session pull`. It ends with Claude's edit on the branch and in the
 * laptop's work tree, and the longer conversation installed where `claude --resume` finds it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { makeMachine, placeSynthetic, projectFolder } from '../support/claudeHome.js'
import { startEmulator, type Emulator } from '../support/releasesEmulator.js'
import { repoRoot } from '../support/runAction.js'
import { git } from './gitRemote.js'
import { BRANCH, makeWorld, REPO } from './harness.js'
import { runSteps, type Step } from './stepRunner.js'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
  emu.addRepo(REPO, { branches: ['main', BRANCH] })
})
afterAll(async () => emu.close())

/** The shell commands of the README's quick start, in order, and the workflow file it names. */
async function quickStart(): Promise<{ commands: string[]; workflow: string }> {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('## Quick start')
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter(Boolean)
  )
  const workflow = /Copy \[`(examples\/[^`]+\.yml)`\]/.exec(section)![1]!
  return { commands, workflow }
}

function sh(command: string, cwd: string, env: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd, env })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`${command}: ${out}`))))
  })
}

describe("the README's quick start", () => {
  it('ends with the edit on the branch and the conversation saved and pulled back', async () => {
    const { commands, workflow } = await quickStart()
    expect(commands).toEqual([
      'npm install -g github:OWNER/claude-session',
      'claude-session push',
      'git pull && claude-session pull',
      'claude --resume <id>'
    ])

    // The runner's world: a bare origin with the branch, an empty workspace that checkout fills.
    const world = await makeWorld(emu, { clone: false })
    world.scenario = { edit: { file: 'greeting.txt', content: 'hello\n' }, answer: 'Added it.' }

    // 1. The laptop: a clone on the branch, a Claude Code session of it, `claude-session push`.
    const laptop = await makeMachine('laptop')
    await git(laptop.cwd, 'clone', '--quiet', '--branch', BRANCH, world.origin, '.')
    const { sessionId } = await placeSynthetic(laptop, { branch: BRANCH })
    // `npm install -g` puts a `claude-session` command on PATH: here, the bundled CLI.
    const bin = join(laptop.home, 'bin')
    await mkdir(bin)
    await writeFile(
      join(bin, 'claude-session'),
      `#!/usr/bin/env bash\nexec "${process.execPath}" "${join(repoRoot, 'dist', 'cli', 'index.js')}" "$@"\n`
    )
    await chmod(join(bin, 'claude-session'), 0o755)
    const laptopEnv = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: laptop.home,
      GH_TOKEN: emu.tokens.write,
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GIT_CONFIG_NOSYSTEM: '1',
      NO_COLOR: '1'
    }
    await sh(commands[1]!, laptop.cwd, laptopEnv)

    // 2. The workflow the README names, dispatched with a prompt and the branch.
    const file = parse(await readFile(join(repoRoot, workflow), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>
    }
    const inputs = { prompt: 'Add a greeting file', branch: BRANCH }
    const job = await runSteps(Object.values(file.jobs)[0]!.steps, world.runner, {
      github: { ...world.runner.github, event: { inputs } },
      inputs,
      secrets: { ANTHROPIC_API_KEY: 'sk-test' },
      runner: { os: 'Linux', temp: world.runner.env.RUNNER_TEMP }
    })
    expect(job.failed).toBe(false)
    expect(world.runner.log.join('\n')).toContain(
      `session=${sessionId} restored=true saved=true conclusion=success`
    )

    // 3. `git pull && claude-session pull` on the laptop brings both halves back.
    await sh(commands[2]!, laptop.cwd, laptopEnv)
    expect(await readFile(join(laptop.cwd, 'greeting.txt'), 'utf8')).toBe('hello\n')
    const transcript = await readFile(join(projectFolder(laptop), `${sessionId}.jsonl`), 'utf8')
    expect(transcript).toContain('Added it.')
    expect(transcript).toContain('Add a greeting file')
  })
})
