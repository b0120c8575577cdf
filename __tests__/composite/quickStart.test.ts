/**
 * The README's quick start, run as written, end to end. The laptop: a clone of a real bare origin on
 * the branch, a Claude Code session of it, and a `claude-session` command on PATH (the bundled CLI,
 * `npm run bundle` first). `claude-session init` writes the workflow, which is committed and pushed
 * with git; `claude-session continue "…"` dispatches it against the emulator, whose simulated runner
 * executes the job of that very file, read back from the origin, step by step (stepRunner.ts: the
 * real bundled restore, prepare, publish and save of action.yml, the claude-code-action stand-in
 * that edits a file and answers). `git pull` then brings Claude's edit, and continue has already
 * pulled the conversation and printed `claude --resume <id>`.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { makeMachine, placeSynthetic, projectFolder, scratchDir } from '../support/claudeHome.js'
import { repoRoot } from '../support/runAction.js'
import { useEmulator } from '../support/syncHarness.js'
import { workflowsEmulator } from '../../emulator/workflowsEmulator.js'
import { git } from './gitRemote.js'
import { BRANCH, makeWorld, REPO, type World } from './harness.js'
import { runSteps, type Step, type StepObserver } from './stepRunner.js'
import { bundledEntry } from '../support/freshBundle.js'

const WORKFLOW = 'claude-continue.yml'
const WORKFLOW_PATH = `.github/workflows/${WORKFLOW}`

const workflows = workflowsEmulator()
// Every request the CLI sent fits GitHub's published REST description (useEmulator checks it).
const { emu } = useEmulator({ routes: workflows.routes, repos: { [REPO]: ['main', BRANCH] } })

/** The shell commands of the README's quick start, in order, comments dropped. */
async function quickStart(): Promise<string[]> {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('## Quick start')
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter(Boolean)
  )
}

function sh(
  command: string,
  cwd: string,
  env: Record<string, string>
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd, env })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => done({ code, out, err }))
  })
}

/** The name GitHub shows for a step of a job: its `name`, else `Run <uses>` or `Run <command>`. */
const shownName = (step: Step): string =>
  step.name ?? `Run ${step.uses ?? String(step.run).split('\n')[0]}`

/** The file as the origin holds it at `ref`, or undefined when it is not there. */
const fileAt = (origin: string, ref: string, path: string): Promise<string | undefined> =>
  git(origin, 'show', `${ref}:${path}`).catch(() => undefined)

/**
 * The emulator's runner: the job of the dispatched workflow file as it is at the dispatched ref of
 * the origin (GitHub runs the workflow file of the ref it was dispatched on), each of its steps
 * shown in the run's job as GitHub shows them, between "Set up job" and "Complete job".
 */
async function runWorkflowJobs(world: World): Promise<void> {
  const jobOf = async (ref: string) => {
    const text = await fileAt(world.origin, ref, WORKFLOW_PATH)
    if (text === undefined) throw new Error(`${WORKFLOW_PATH} is not on ${ref}`)
    const file = parse(text) as { jobs: Record<string, { steps: Step[] }> }
    return Object.values(file.jobs)[0]!.steps
  }
  workflows.steps = ['Set up job', ...(await jobOf(BRANCH)).map(shownName), 'Complete job']
  workflows.runner = async ({ run, step }) => {
    const steps = (await step('Set up job', () => jobOf(run.branch)))!
    const inputs = run.inputs as Record<string, string>
    const env = world.runner.env
    Object.assign(env, { GITHUB_RUN_ID: String(run.id), GITHUB_SHA: run.headSha })
    await writeFile(env.GITHUB_EVENT_PATH!, JSON.stringify({ inputs }))
    const observe: StepObserver = async (s, execute) => {
      let ok = false
      // runSteps decides what runs after a failure (`if:`), so the emulator never skips for it.
      await step(
        shownName(s),
        async () => {
          if (!(ok = await execute())) throw new Error('step failed')
        },
        { always: true }
      )
      return ok
    }
    const github = { ...world.runner.github, ref_name: run.branch, run_id: String(run.id) }
    await runSteps(
      steps,
      world.runner,
      {
        github: { ...github, sha: run.headSha, event: { inputs } },
        inputs,
        secrets: { ANTHROPIC_API_KEY: 'sk-ant-test' },
        runner: { os: 'Linux', temp: env.RUNNER_TEMP }
      },
      observe
    )
    // The branch's head as GitHub would report it afterwards: whatever the job pushed.
    workflows.setBranchHead(REPO, run.branch, await git(world.origin, 'rev-parse', run.branch))
    await step('Complete job', async () => undefined, { always: true })
  }
}

describe("the README's quick start", () => {
  it('init, continue and git pull leave Claude’s edit and the longer conversation on the laptop', async () => {
    const commands = await quickStart()
    const prompt = 'Fix the failing test we talked about'
    expect(commands).toEqual([
      'npm install -g github:OWNER/claude-session',
      'claude-session init',
      `claude-session continue "${prompt}"`,
      'git pull',
      'claude --resume <id>'
    ])
    const [, init, cont, pull, resume] = commands as [string, string, string, string, string]

    // The runner's world: the bare origin with main and the branch, an empty workspace.
    const world = await makeWorld(emu, { clone: false })
    const edit = { file: 'test/login.test.js', content: "expect(login()).toBe('ok')\n" }
    world.scenario = { edit, answer: 'Fixed: the test expected the old message.' }

    // The laptop: a clone on the branch and a Claude Code session of it.
    const laptop = await makeMachine('laptop')
    await git(laptop.cwd, 'clone', '--quiet', '--branch', BRANCH, world.origin, '.')
    const { sessionId, content } = await placeSynthetic(laptop, { branch: BRANCH })
    // `npm install -g` puts a `claude-session` command on PATH: here, the bundled CLI.
    const bin = join(laptop.home, 'bin')
    await mkdir(bin)
    await writeFile(
      join(bin, 'claude-session'),
      `#!/usr/bin/env bash\nexec "${process.execPath}" "${bundledEntry('cli')}" "$@"\n`
    )
    await chmod(join(bin, 'claude-session'), 0o755)
    const laptopEnv = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: laptop.home,
      TMPDIR: await scratchDir('laptop-tmp'),
      GH_TOKEN: emu.tokens.write,
      // The origin is a path, not a GitHub URL: the repository and the API are named instead.
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GIT_CONFIG_NOSYSTEM: '1',
      NO_COLOR: '1'
    }
    const onLaptop = async (command: string) => {
      const result = await sh(command, laptop.cwd, laptopEnv)
      if (result.code !== 0)
        throw new Error(
          `${command} exited ${result.code}\n${result.out}${result.err}\n--- runner ---\n${world.runner.log.join('\n')}`
        )
      return result
    }

    // 1. `claude-session init` writes the workflow; it is committed and pushed to the default
    // branch, as the README says, and to the branch, whose file GitHub runs when dispatched on it.
    // This repository names no home in package.json (a publisher's `npm run release` writes it),
    // so its bundle asks for one, as a fork's would: the harness serves OWNER/claude-session.
    const initialised = await onLaptop(`${init} --action-repo OWNER/claude-session`)
    expect(initialised.out).toContain(`Wrote ${WORKFLOW_PATH}`)
    await git(laptop.cwd, 'add', WORKFLOW_PATH)
    await git(laptop.cwd, 'commit', '--quiet', '-m', 'Add Claude continuation workflow')
    await git(laptop.cwd, 'push', '--quiet', 'origin', 'HEAD:main', 'HEAD')
    const written = await readFile(join(laptop.cwd, WORKFLOW_PATH), 'utf8')
    expect(await fileAt(world.origin, 'main', WORKFLOW_PATH)).toBe(written.trimEnd())
    // GitHub offers workflow_dispatch for workflows on the default branch:
    // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_dispatch
    workflows.addWorkflow(REPO, WORKFLOW, { text: written })
    const before = await git(world.origin, 'rev-parse', BRANCH)
    workflows.setBranchHead(REPO, BRANCH, before)
    await runWorkflowJobs(world)

    // 2. `claude-session continue "…"`: push, dispatch, follow, pull (the default --interval).
    const continued = await onLaptop(cont)
    expect(workflows.dispatches).toEqual([
      {
        repo: REPO,
        status: 200,
        body: {
          ref: BRANCH,
          inputs: {
            prompt,
            branch: BRANCH,
            'session-id': sessionId,
            'request-id': expect.any(String)
          },
          return_run_details: true
        }
      }
    ])
    const run = workflows.runs.at(-1)!
    expect(run.conclusion).toBe('success')
    expect(run.steps.map((s) => `${s.name}: ${s.conclusion}`)).toEqual([
      'Set up job: success',
      'Run actions/checkout@v7: success',
      'Continue the session: success',
      'Report: success',
      'Complete job: success'
    ])
    // The job resumed the laptop's session with the prompt, and the composite restored and saved it.
    expect(world.calls).toHaveLength(1)
    expect(world.calls[0]).toMatchObject({ prompt, sessionId, edited: true })
    expect(world.calls[0]!.flags.resume).toEqual([sessionId])
    expect(world.runner.log.join('\n')).toContain(
      `session=${sessionId} restored=true saved=true conclusion=success commit=`
    )
    // Claude's edit was committed and pushed to the branch by the job.
    const after = await git(world.origin, 'rev-parse', BRANCH)
    expect(after).not.toBe(before)
    expect(await fileAt(world.origin, BRANCH, edit.file)).toBe(edit.content.trimEnd())
    expect(continued.err).toContain(`actions/runs/${run.id}`)
    expect(continued.out).toContain('Fixed: the test expected the old message.')
    expect(continued.out).toContain(`moved to ${after.slice(0, 7)}`)
    expect(continued.out.trim().split('\n').at(-1)).toBe(`claude --resume ${sessionId}`)
    // The job summary's token line, from the records the run added (issue 23.5).
    expect(continued.out).toContain(
      'Tokens this run: 24 input, 690 output, 40,000 cache read, 3,000 cache write tokens (claude-sonnet-4-5)'
    )
    // continue pulled the conversation where `claude --resume` in this directory finds it.
    const transcript = await readFile(join(projectFolder(laptop), `${sessionId}.jsonl`), 'utf8')
    expect(transcript.startsWith(content)).toBe(true)
    expect(transcript.slice(content.length)).toContain(prompt)
    expect(transcript.slice(content.length)).toContain('Fixed: the test expected the old message.')
    // The code is not on the laptop yet: that is the next step.
    await expect(stat(join(laptop.cwd, edit.file))).rejects.toThrow()

    // 3. `git pull` brings Claude's commit; `claude --resume <id>` is what continue printed.
    await onLaptop(pull)
    expect(await readFile(join(laptop.cwd, edit.file), 'utf8')).toBe(edit.content)
    expect(await git(laptop.cwd, 'rev-parse', 'HEAD')).toBe(after)
    expect(await git(laptop.cwd, 'log', '-1', '--format=%an')).toBe('github-actions[bot]')
    expect(resume.replace('<id>', sessionId)).toBe(`claude --resume ${sessionId}`)
  }, 120_000)
})
