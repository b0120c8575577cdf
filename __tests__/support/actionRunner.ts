/**
 * A simulated runner for workflowsEmulator.ts that does what the continuation workflow does:
 * the real bundled restore (`node dist/restore/index.js`), Claude appending records to the restored
 * transcript where Claude Code would (docs/facts.md#appending: resuming appends to the same file), and the
 * real bundled save, which runs even when Claude failed (`if: always()`).
 */
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { makeMachine, projectFolder, type Machine } from './claudeHome.js'
import type { Emulator } from '../../emulator/releasesEmulator.js'
import { runAction } from './runAction.js'
import { emulatorContext } from './syncHarness.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import {
  fakeCommit,
  type EmulatedRun,
  type Runner,
  type WorkflowsEmulator
} from '../../emulator/workflowsEmulator.js'

const RUNNER_STEPS = [
  'Set up job',
  'Run actions/checkout@v4',
  'Restore the Claude Code session',
  'Run Claude',
  'Save the Claude Code session',
  'Complete job'
]

interface ClaudeTurn {
  run: EmulatedRun
  machine: Machine
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
}

/**
 * How the run's restore and save steps run: `bundled`, the real bundled actions as the workflow
 * runs them; `in-process`, the restore and save use cases those actions call, for tests about
 * what the laptop's command does with a run rather than about the actions
 * (actions/roundTrip.test.ts runs those bundled).
 */
export type RunnerFaces = 'bundled' | 'in-process'

interface RunSteps {
  /** The restored session's id. */
  restore(): Promise<string>
  save(sessionId: string): Promise<void>
}

export function actionRunner(
  emu: Emulator,
  workflows: WorkflowsEmulator,
  repo: string,
  script: RunnerScript = {},
  faces: RunnerFaces = 'bundled'
): Runner {
  workflows.steps = RUNNER_STEPS
  return async ({ run, step }) => {
    const machine = await makeMachine('runner')
    const branch = String(run.inputs.branch ?? run.branch)
    const steps =
      faces === 'bundled'
        ? bundledSteps(emu, repo, machine, branch, run)
        : await inProcessSteps(emu, repo, machine, branch, run)
    await step('Set up job', async () => undefined)
    await step('Run actions/checkout@v4', async () => undefined)
    const sessionId = await step('Restore the Claude Code session', async () => {
      if (script.restoreFails) throw new Error('restore failed')
      return steps.restore()
    })
    await step('Run Claude', async () => {
      const transcriptPath = join(projectFolder(machine), `${sessionId}.jsonl`)
      const prompt = String(run.inputs.prompt)
      await appendTurn(transcriptPath, { sessionId: sessionId!, cwd: machine.cwd, branch, prompt })
      if (script.pushesCommit) workflows.setBranchHead(repo, run.branch, fakeCommit())
      await script.during?.({ run, machine, sessionId: sessionId!, transcriptPath, prompt })
      if (script.claudeFails) throw new Error('Claude failed')
    })
    await step('Save the Claude Code session', () => steps.save(sessionId!), { always: true })
    await step('Complete job', async () => undefined, { always: true })
  }
}

function bundledSteps(
  emu: Emulator,
  repo: string,
  machine: Machine,
  branch: string,
  run: EmulatedRun
): RunSteps {
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

async function inProcessSteps(
  emu: Emulator,
  repo: string,
  machine: Machine,
  branch: string,
  run: EmulatedRun
): Promise<RunSteps> {
  const ctx = await emulatorContext(emu, repo)
  const where = { branch, cwd: machine.cwd, configDir: machine.configDir, env: {} }
  return {
    // As the restore action does on a runner: the stored copy wins over any local one.
    restore: async () =>
      (
        await restoreSession(ctx, {
          ...where,
          sessionId: String(run.inputs['session-id'] ?? '') || undefined,
          onLocalConflict: 'force'
        })
      ).sessionId,
    async save(sessionId) {
      // The save action finds no session when the restore step failed, warns and succeeds.
      if (sessionId === undefined) return
      await saveSession(ctx, {
        ...where,
        sessionId,
        savedBy: 'ci',
        commit: run.headSha,
        extraSecrets: [emu.tokens.write]
      })
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
