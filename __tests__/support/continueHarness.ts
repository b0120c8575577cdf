import { beforeAll, beforeEach } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runContinue, type ContinueOptions } from '../../src/cli/commands/continue.js'
import type { CommandRuntime } from '../../src/cli/context.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { workflowsEmulator, type EmulatedRun } from '../../emulator/workflowsEmulator.js'
import { actionRunner, type RunnerFaces, type RunnerScript } from './actionRunner.js'
import { makeMachine, placeSynthetic, removeLater, type Machine } from './claudeHome.js'
import { useEmulator } from './syncHarness.js'

export const WORKFLOW = 'claude-continue.yml'

export interface Outcome {
  code: number
  out: string
  err: string
  error?: Error
}

/**
 * The world of `claude-session continue` tests: one emulator (Releases and Actions) for the test
 * file, `repository` with the workflow `init` writes on every branch and the write token's user
 * `alice`, reset before each test to github.com with runners online. The emulator's own afterEach
 * fails a test whose requests broke the server's REST description.
 */
export function useContinueWorld(repository: string) {
  const workflows = workflowsEmulator()
  const { emu } = useEmulator({ routes: workflows.routes, repos: { [repository]: ['main'] } })
  beforeAll(() => {
    workflows.addWorkflow(repository, WORKFLOW)
    workflows.setLogin(emu.tokens.write, 'alice')
  })
  beforeEach(() => {
    emu.server = 'github.com'
    workflows.ignoresRunDetails = false
    workflows.runnersOnline = true
    workflows.onDispatch = undefined
  })

  const commandEnv = (laptop: Machine, captured: { out: string; err: string }): CommandRuntime => ({
    cwd: laptop.cwd,
    tempDir: () => removeLater(mkdtempSync(join(tmpdir(), 'claude-session-continue-'))),
    env: {
      PATH: process.env.PATH,
      GH_TOKEN: emu.tokens.write,
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GITHUB_REPOSITORY: repository,
      CLAUDE_CONFIG_DIR: laptop.configDir,
      CLAUDE_SESSION_RETRIES: '0'
    },
    io: {
      out: (t) => void (captured.out += t),
      err: (t) => void (captured.err += t),
      interactive: false,
      color: false,
      quiet: false
    }
  })

  /** `runContinue` on the laptop, looking at the run every 10 ms; its exit code and output. */
  const cont = async (
    laptop: Machine,
    options: Partial<ContinueOptions>,
    extraEnv: Record<string, string> = {},
    hooks: Parameters<typeof runContinue>[2] = {}
  ): Promise<Outcome> => {
    const captured = { out: '', err: '' }
    const ce = commandEnv(laptop, captured)
    Object.assign(ce.env, extraEnv)
    try {
      await runContinue({ prompt: [], interval: 0.01, ...options }, ce, hooks)
      return { code: 0, ...captured }
    } catch (error) {
      return { code: exitCodeOf(error), ...captured, error: error as Error }
    }
  }

  let branches = 0
  /** A laptop with a session on a branch of its own, pushed to GitHub: tests share the repository, not the draft. */
  const laptopWithSession = async (options: { onGitHub?: boolean } = {}) => {
    const branch = `topic-${++branches}`
    if (options.onGitHub !== false) emu.addBranch(repository, branch)
    const laptop = await makeMachine('laptop')
    const session = await placeSynthetic(laptop, { branch, turns: 2 })
    return { laptop, branch, ...session }
  }

  /** Who runs the dispatched runs: see RunnerFaces (in-process unless a test needs the bundle). */
  const useRunner = (script: RunnerScript = {}, faces: RunnerFaces = 'in-process'): void => {
    workflows.runner = actionRunner(emu, workflows, repository, script, faces)
  }

  const lastRun = (): EmulatedRun => workflows.runs[workflows.runs.length - 1]!

  return { emu, workflows, commandEnv, cont, laptopWithSession, useRunner, lastRun }
}
