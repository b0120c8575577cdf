import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import {
  makeMachine,
  pathWithTestNode,
  projectFolder,
  type Machine
} from '../support/claudeHome.js'
import type { Emulator } from '../../emulator/releasesEmulator.js'
import { repoRoot } from '../support/runAction.js'
import { emulatorContext } from '../support/syncHarness.js'
import {
  claudeCodeActionStandIn,
  type ClaudeScenario,
  type StandInCall
} from './claudeCodeActionStandIn.js'
import { startRegistryStandIn, type RegistryStandIn } from '../support/npmRegistryStandIn.js'
import { bareOrigin, git } from './gitRemote.js'
import { compositeAction, type Runner, type UsesHandler } from './stepRunner.js'

export const REPO = 'octo/app'
export const BRANCH = 'feature/login'

/** The versions of Claude Code the registry stand-in publishes (the laptop's sessions name 2.1.331). */
const PUBLISHED_CLAUDE_CODE = ['2.1.112', '2.1.240', '2.1.300', '2.1.331']

let standIn: Promise<RegistryStandIn> | undefined
/** One npm registry stand-in per test file, started on first use: no test reaches the real one. */
export function registryStandIn(): Promise<RegistryStandIn> {
  standIn ??= startRegistryStandIn(PUBLISHED_CLAUDE_CODE)
  return standIn
}
const jestAfterAll = (globalThis as { afterAll?: (fn: () => Promise<void>) => void }).afterAll
if (typeof jestAfterAll === 'function')
  jestAfterAll(async () => {
    await (await standIn)?.close()
    standIn = undefined
  })

export interface World {
  origin: string
  root: string
  runner: Runner
  machine: Machine
  summary: string
  calls: StandInCall[]
  scenario: ClaudeScenario
  composite: UsesHandler
}

/** actions/checkout: clones origin at `ref` into the workspace (credentials are not needed for a path). */
const checkout =
  (origin: string): UsesHandler =>
  async ({ with: inputs, env, runner }) => {
    const ref = inputs.ref || String(runner.github.ref_name)
    await git(env.GITHUB_WORKSPACE!, 'clone', '--quiet', '--branch', ref, origin, '.')
    return { ok: true, outputs: {} }
  }

/** A runner machine (HOME, workspace, RUNNER_TEMP) next to a bare origin and the emulator. */
export async function makeWorld(
  emu: Emulator,
  options: { clone?: boolean; path?: string } = {}
): Promise<World> {
  const machine = await makeMachine('runner')
  const root = await realpath(join(machine.home, '..'))
  const origin = await bareOrigin(root, BRANCH, {
    cloneInto: options.clone === false ? undefined : machine.cwd
  })
  const temp = join(root, 'runner-temp')
  await mkdir(temp, { recursive: true })
  const toolCache = join(root, 'tool-cache')
  await mkdir(toolCache, { recursive: true })
  const summary = join(temp, 'step-summary.md')
  const event = join(temp, 'event.json')
  await writeFile(summary, '')
  await writeFile(event, JSON.stringify({ inputs: {} }))
  const calls: StandInCall[] = []
  const world = {
    origin,
    root,
    machine,
    summary,
    calls,
    scenario: {} as ClaudeScenario,
    composite: compositeAction(repoRoot)
  } as World
  world.runner = {
    env: {
      // The steps' `node` is the Node running the tests: CI runs this folder on Node 24, the
      // runtime action.yml's bundled steps are meant for (docs/facts.md), with .ci/run.
      PATH: await pathWithTestNode(options.path),
      HOME: machine.home,
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: toolCache,
      // npm's own setting, which the composite's install of Claude Code honours.
      npm_config_registry: (await registryStandIn()).url,
      GITHUB_WORKSPACE: machine.cwd,
      GITHUB_REPOSITORY: REPO,
      GITHUB_REF_NAME: BRANCH,
      GITHUB_HEAD_REF: '',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GITHUB_RUN_ID: '4242',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_STEP_SUMMARY: summary,
      GIT_CONFIG_NOSYSTEM: '1'
    },
    github: {
      repository: REPO,
      workspace: machine.cwd,
      head_ref: '',
      ref_name: BRANCH,
      token: emu.tokens.write,
      event_name: 'workflow_dispatch',
      run_id: '4242'
    },
    uses: {
      'anthropics/claude-code-action': claudeCodeActionStandIn(() => world.scenario, calls),
      'actions/checkout': checkout(origin),
      'OWNER/claude-session': compositeAction(repoRoot),
      './': compositeAction(repoRoot)
    },
    log: []
  }
  return world
}

/** Runs action.yml as a step with these inputs. */
export async function runComposite(
  world: World,
  inputs: Record<string, string>
): Promise<{ ok: boolean; outputs: Record<string, string> }> {
  return world.composite({
    uses: './',
    with: inputs,
    env: world.runner.env,
    runner: world.runner
  })
}

/**
 * A laptop that pushed a two-turn session of BRANCH, saved as the bundled save action saves it
 * (the same request: savedBy ci, secrets warn, the token as an extra secret, the laptop's HOME)
 * through the save use case against the emulator.
 */
export async function laptopSession(
  emu: Emulator,
  content: (m: Machine) => Promise<string>
): Promise<string> {
  const laptop = await makeMachine('laptop')
  const sessionId = await content(laptop)
  await saveSession(await emulatorContext(emu, REPO), {
    branch: BRANCH,
    cwd: laptop.cwd,
    configDir: laptop.configDir,
    env: { HOME: laptop.home },
    sessionId,
    force: false,
    savedBy: 'ci',
    secrets: 'warn',
    extraSecrets: [emu.tokens.write]
  })
  return sessionId
}

/**
 * The stored transcript of `sessionId`, as a fresh machine restores it (the bundled restore
 * action's request, through the restore use case against the emulator).
 */
export async function storedTranscript(emu: Emulator, sessionId: string): Promise<string> {
  const other = await makeMachine('check')
  await restoreSession(await emulatorContext(emu, REPO), {
    branch: BRANCH,
    cwd: other.cwd,
    configDir: other.configDir,
    env: { HOME: other.home },
    sessionId,
    onLocalConflict: 'force',
    pullCommand: 'the restore step'
  })
  return readFile(join(projectFolder(other), `${sessionId}.jsonl`), 'utf8')
}
