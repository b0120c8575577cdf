import { jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CommandRuntime } from '../../src/cli/context.js'
import type { Io } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { removeLater, type Machine } from './claudeHome.js'
import type { Emulator } from '../../emulator/releasesEmulator.js'
import { bundledEntry } from './freshBundle.js'

/**
 * The environment the CLI reads on machine `m`, talking to the emulator as `repository` with the
 * write token and no retries (a test's faults are meant to fail at once). `extra` adds to it or,
 * with `undefined`, takes a variable away.
 */
export function cliEnv(
  m: Machine,
  emu: Emulator,
  repository: string,
  extra: NodeJS.ProcessEnv = {}
): NodeJS.ProcessEnv {
  return {
    HOME: m.home,
    CLAUDE_CONFIG_DIR: m.configDir,
    GH_TOKEN: emu.tokens.write,
    GITHUB_API_URL: emu.apiUrl,
    GITHUB_GRAPHQL_URL: emu.graphqlUrl,
    GITHUB_REPOSITORY: repository,
    CLAUDE_SESSION_RETRIES: '0',
    ...extra
  }
}

/** The in-process runtime of a CLI command on machine `m`, with `cliEnv`'s environment. */
export function emulatorRuntime(
  m: Machine,
  emu: Emulator,
  repository: string,
  extra: NodeJS.ProcessEnv = {}
): Promise<RecordedRuntime> {
  return commandRuntime(m, cliEnv(m, emu, repository, extra))
}

/**
 * Runs `claude-session <args>` in-process through `main`, with what it writes to stdout and
 * stderr captured (commander prints help and its own errors there directly, not through Io).
 */
export async function runMain(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const capture = (stream: NodeJS.WriteStream, add: (text: string) => void) =>
    jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      add(chunk.toString())
      return true
    })
  capture(process.stdout, (text) => (stdout += text))
  capture(process.stderr, (text) => (stderr += text))
  try {
    const code = await main(['node', 'claude-session', ...args], env, { cwd })
    return { code, stdout, stderr }
  } finally {
    jest.restoreAllMocks()
  }
}

export interface RecordedRuntime extends CommandRuntime {
  /** What the command wrote to its output and error streams, one entry a write. */
  stdout: string[]
  stderr: string[]
}

/**
 * The runtime a CLI command function (`runPush`, `runList`…) is called with in-process: the
 * machine's folders, `env` as its environment, its output recorded, and a scratch folder of its
 * own removed after the test file.
 */
export async function commandRuntime(m: Machine, env: NodeJS.ProcessEnv): Promise<RecordedRuntime> {
  const stdout: string[] = []
  const stderr: string[] = []
  const io: Io = {
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    interactive: false,
    color: false,
    quiet: false
  }
  const scratch = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-commands-')))
  return { env, cwd: m.cwd, io, tempDir: () => scratch, stdout, stderr }
}

export interface BundledExit {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
}

/**
 * Starts the bundled CLI (`dist/cli/index.js`) on machine `m` with only `env` and `tempDir` as its
 * TMPDIR, so a test can look at what the run leaves there; `exited` settles when it has ended.
 */
export function startBundledCli(
  args: string[],
  m: Machine,
  env: NodeJS.ProcessEnv,
  tempDir: string
): { exited: Promise<BundledExit>; kill(signal: NodeJS.Signals): void } {
  const child = spawn(process.execPath, [bundledEntry('cli'), ...args], {
    cwd: m.cwd,
    env: { PATH: process.env.PATH, ...env, TMPDIR: tempDir },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return {
    exited: new Promise((done) =>
      child.on('close', (code, signal) => done({ code, signal, stderr }))
    ),
    kill: (signal) => void child.kill(signal)
  }
}
