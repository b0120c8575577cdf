/**
 * Spawns the bundled actions and CLI as a runner or a user does, on the Node the action.yml names
 * (node24, fetched into .cache/ by scripts/fetch-node.mjs; FACTS: runners run actions on node24), measuring
 * wall time from spawn to exit, peak RSS and the moment of the first request.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { projectDirName } from '../src/session/index.js'
import type { Emulator } from '../emulator/releasesEmulator.js'
import { installedNode } from '../scripts/fetch-node.mjs'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The bundle measured: this tree's dist/, or BENCH_DIST (another build, to compare two). */
export const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'))

/**
 * BENCH_NODE=path wins; else Node 24 when `node scripts/fetch-node.mjs 24` fetched it (.ci/run
 * does); else the Node running the bench, with a note: its figures are not node24's.
 */
export function benchNode(): { path: string; version: string; source: string } {
  const node24 = installedNode(24)
  const [path, source] = process.env.BENCH_NODE
    ? [process.env.BENCH_NODE, 'BENCH_NODE']
    : node24
      ? [node24, 'Node 24 from scripts/fetch-node.mjs (the node24 of action.yml)']
      : [
          process.execPath,
          'the Node running the bench (no Node 24 in .cache/: `node scripts/fetch-node.mjs 24` fetches it)'
        ]
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
  return { path, version, source }
}

/** The machine's own Node: the first `node` on PATH outside node_modules (npm puts its .bin first). */
export function machineNode(): { path: string; version: string } | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const path = join(dir, 'node')
    if (dir && !dir.includes('node_modules') && existsSync(path))
      return { path, version: execFileSync(path, ['--version'], { encoding: 'utf8' }).trim() }
  }
  return undefined
}

export interface Machine {
  home: string
  cwd: string
  projectDir: string
}

export async function machine(label: string): Promise<Machine> {
  const base = await mkdtemp(join(tmpdir(), `claude-session-bench-${label}-`))
  const home = join(base, 'home')
  const cwd = join(base, 'repo')
  await mkdir(cwd, { recursive: true })
  await mkdir(home, { recursive: true })
  return { home, cwd, projectDir: join(home, '.claude', 'projects', projectDirName(cwd)) }
}

export async function dropMachine(m: Machine): Promise<void> {
  await rm(dirname(m.home), { recursive: true, force: true })
}

/** Where the measured process sends its requests: the emulator, or the latency proxies. */
export interface Endpoint {
  apiUrl: string
  graphqlUrl: string
}

export interface Measured {
  ms: number
  rssMB: number
  /** From spawn to the first request the emulator saw (meaningless behind a latency proxy). */
  startupMs: number
  /** Requests to the API and uploads origins: the signed-storage hop costs no rate limit. */
  requests: number
  /** Requests to the signed-storage origin (the downloads' second hop). */
  storageRequests: number
  code: number | null
  stderr: string
}

export interface Target {
  emu: Emulator
  endpoint: Endpoint
  node: string
  token: string
  repo: string
  branch: string
  /** Node options before the script (e.g. `--cpu-prof`); default: BENCH_NODE_ARGS, split on spaces. */
  nodeArgs?: string[]
  /** Another build's dist/ folder than `dist` (bench/startup.ts compares two). */
  dist?: string
}

/** Runs `node dist/<entry>/index.js` as the runner does (inputs as INPUT_* with action.yml defaults). */
export async function runAction(
  t: Target,
  entry: 'save' | 'restore',
  m: Machine,
  extraEnv: Record<string, string> = {}
): Promise<Measured> {
  const files = await mkdtemp(join(tmpdir(), 'claude-session-bench-runner-'))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: m.home,
    RUNNER_TEMP: files,
    GITHUB_API_URL: t.endpoint.apiUrl,
    GITHUB_GRAPHQL_URL: t.endpoint.graphqlUrl,
    GITHUB_REPOSITORY: t.repo,
    GITHUB_WORKSPACE: m.cwd,
    'INPUT_GITHUB-TOKEN': t.token,
    INPUT_REPOSITORY: t.repo,
    INPUT_BRANCH: t.branch,
    INPUT_PATH: m.cwd,
    'INPUT_SESSION-ID': '',
    'INPUT_FAIL-ON-MISSING': 'true',
    INPUT_FORCE: 'false',
    INPUT_SECRETS: 'warn',
    'INPUT_ENCRYPTION-KEY': '',
    ...extraEnv
  }
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(files, name)
    await writeFile(env[name], '')
  }
  try {
    return await measure(t, [join(t.dist ?? dist, entry, 'index.js')], env, m.cwd, files)
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

/** Runs `node dist/cli/index.js <args>` as a user does, token from GH_TOKEN. */
export async function runCli(t: Target, args: string[], m: Machine): Promise<Measured> {
  const files = await mkdtemp(join(tmpdir(), 'claude-session-bench-cli-'))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: m.home,
    GH_TOKEN: t.token,
    GITHUB_API_URL: t.endpoint.apiUrl,
    GITHUB_GRAPHQL_URL: t.endpoint.graphqlUrl,
    GITHUB_REPOSITORY: t.repo,
    NO_COLOR: '1'
  }
  try {
    return await measure(t, [join(t.dist ?? dist, 'cli', 'index.js'), ...args], env, m.cwd, files)
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

async function measure(
  t: Target,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  files: string
): Promise<Measured> {
  const rssFile = join(files, 'rss')
  t.emu.resetRequests()
  const started = Date.now()
  const t0 = performance.now()
  const preload = ['--require', join(root, 'bench', 'peak-rss.cjs')]
  const nodeArgs = t.nodeArgs ?? (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const child = spawn(t.node, [...preload, ...nodeArgs, ...args], {
    cwd,
    env: { ...env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  const ms = performance.now() - t0
  const rssMB = Number(await readFile(rssFile, 'utf8').catch(() => '0')) / 1024
  const first = t.emu.requests[0]?.at ?? started
  const requests = t.emu.requests.filter((r) => r.origin !== 'storage').length
  const storageRequests = t.emu.requests.length - requests
  return { ms, rssMB, startupMs: first - started, requests, storageRequests, code, stderr }
}

/** Fails the bench with the child's stderr when a measured run failed: a failed run measures nothing. */
export function ok(what: string, run: Measured): Measured {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}:\n${run.stderr}`)
  return run
}
