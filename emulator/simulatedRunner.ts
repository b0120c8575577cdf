/**
 * A simulated runner for workflowsEmulator.ts that does what the continuation workflow does:
 * the real bundled restore (`node dist/restore/index.js`), Claude appending records to the restored
 * transcript where Claude Code would (docs/facts.md: resuming appends to the same file), and the
 * real bundled save, which runs even when Claude failed (`if: always()`). Used by `npm run
 * emulator`, `npm run demo` and the tests (__tests__/support/actionRunner.ts adds in-process steps).
 */
import { randomUUID } from 'node:crypto'
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectDirName } from '../src/session/index.js'
import type { Emulator } from './releasesEmulator.js'
import { runAction } from './runnerProtocol.js'
import {
  fakeCommit,
  type EmulatedRun,
  type Runner,
  type WorkflowsEmulator
} from './workflowsEmulator.js'

const RUNNER_STEPS = [
  'Set up job',
  'Run actions/checkout@v7',
  'Restore the Claude Code session',
  'Run Claude',
  'Save the Claude Code session',
  'Complete job'
]

/** A runner's HOME, Claude folder and workspace. */
export interface RunnerMachine {
  home: string
  configDir: string
  cwd: string
}

interface ClaudeTurn {
  run: EmulatedRun
  machine: RunnerMachine
  sessionId: string
  transcriptPath: string
  prompt: string
}

export interface RunnerScript {
  /** What happens while Claude runs, after it appended its turn (e.g. the laptop goes on). */
  during?: (turn: ClaudeTurn) => Promise<void>
  /** Claude fails after appending its turn; the save step still runs. */
  claudeFails?: boolean
  /** The restore step fails, so Claude and save are skipped. */
  restoreFails?: boolean
  /** The run pushes a commit to the branch. */
  pushesCommit?: boolean
  /** What the simulated Claude answers (default "Done: <prompt>"). */
  answer?: (prompt: string) => string
}

/** The run's restore and save steps. */
interface RunSteps {
  /** The restored session's id. */
  restore(): Promise<string>
  save(sessionId: string): Promise<void>
}

/** How a run's steps are made: the bundled actions (bundledSteps) or a test's in-process ones. */
export type StepsFor = (
  machine: RunnerMachine,
  branch: string,
  run: EmulatedRun
) => RunSteps | Promise<RunSteps>

/** Where Claude Code keeps the sessions of the machine's workspace (docs/facts.md). */
function runnerProjectFolder(machine: RunnerMachine): string {
  return join(machine.configDir, 'projects', projectDirName(machine.cwd))
}

/** Runs each dispatched run as the continuation workflow would, on a fresh machine. */
export function simulatedRunner(
  workflows: WorkflowsEmulator,
  repo: string,
  options: {
    newMachine: () => Promise<RunnerMachine>
    steps: StepsFor
    script?: RunnerScript
  }
): Runner {
  const script = options.script ?? {}
  workflows.steps = RUNNER_STEPS
  return async ({ run, step }) => {
    const machine = await options.newMachine()
    const branch = String(run.inputs.branch ?? run.branch)
    const steps = await options.steps(machine, branch, run)
    await step('Set up job', async () => undefined)
    await step('Run actions/checkout@v7', async () => undefined)
    const sessionId = await step('Restore the Claude Code session', async () => {
      if (script.restoreFails) throw new Error('restore failed')
      return steps.restore()
    })
    await step('Run Claude', async () => {
      const transcriptPath = join(runnerProjectFolder(machine), `${sessionId}.jsonl`)
      const prompt = String(run.inputs.prompt)
      await appendTurn(transcriptPath, {
        sessionId: sessionId!,
        cwd: machine.cwd,
        branch,
        prompt,
        answer: script.answer?.(prompt)
      })
      if (script.pushesCommit) workflows.setBranchHead(repo, run.branch, fakeCommit())
      await script.during?.({ run, machine, sessionId: sessionId!, transcriptPath, prompt })
      if (script.claudeFails) throw new Error('Claude failed')
    })
    await step('Save the Claude Code session', () => steps.save(sessionId!), { always: true })
    await step('Complete job', async () => undefined, { always: true })
  }
}

/** The real bundled restore and save actions, run as the workflow runs them. */
export function bundledSteps(emu: Emulator, repo: string): StepsFor {
  return (machine, branch, run) => {
    const env = {
      HOME: machine.home,
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GITHUB_REPOSITORY: repo,
      GITHUB_WORKSPACE: machine.cwd,
      GITHUB_REF_NAME: run.branch,
      GITHUB_SHA: run.headSha
    }
    const inputs = {
      branch,
      'github-token': emu.tokens.write,
      repository: repo,
      path: machine.cwd,
      // The composite passes the workflow's session-id input to its restore step (action.yml).
      'session-id': String(run.inputs['session-id'] ?? ''),
      'fail-on-missing': 'true',
      force: 'false',
      secrets: 'warn',
      'encryption-key': ''
    }
    return {
      async restore() {
        const restored = await runAction('restore', inputs, env)
        if (restored.code !== 0)
          throw new Error(`restore exited ${restored.code}: ${restored.stdout}`)
        return restored.outputs['session-id']!
      },
      async save(sessionId) {
        const saved = await runAction('save', inputs, { ...env, SESSION_ID: sessionId })
        if (saved.code !== 0) throw new Error(`save exited ${saved.code}: ${saved.stdout}`)
      }
    }
  }
}

/** One prompt and Claude's answer, in Claude Code's compact record format, chained to the last row. */
export async function appendTurn(
  transcriptPath: string,
  turn: { sessionId: string; cwd: string; branch: string; prompt: string; answer?: string }
): Promise<void> {
  const rows = (await readFile(transcriptPath, 'utf8')).split('\n').filter(Boolean)
  let parent: string | null = null
  for (const row of rows) {
    const uuid = (JSON.parse(row) as { uuid?: string }).uuid
    if (uuid) parent = uuid
  }
  const lines: string[] = []
  for (const type of ['user', 'assistant'] as const) {
    const uuid = randomUUID()
    lines.push(
      JSON.stringify({
        parentUuid: parent,
        isSidechain: false,
        userType: 'external',
        cwd: turn.cwd,
        sessionId: turn.sessionId,
        version: '2.1.331',
        gitBranch: turn.branch,
        type,
        message:
          type === 'user'
            ? { role: 'user', content: turn.prompt }
            : {
                role: 'assistant',
                content: [{ type: 'text', text: turn.answer ?? `Done: ${turn.prompt}` }]
              },
        uuid,
        timestamp: new Date().toISOString()
      })
    )
    parent = uuid
  }
  await appendFile(transcriptPath, lines.join('\n') + '\n')
}
