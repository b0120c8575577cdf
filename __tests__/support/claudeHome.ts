import { randomUUID } from 'node:crypto'
import { cp, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { projectDirName } from '../../src/session/index.js'
import { repoRoot } from './runAction.js'

/** The real Claude Code transcripts kept in __tests__/fixtures (MIT, licences beside them). */
export const transcriptsDir = join(repoRoot, '__tests__', 'fixtures', 'transcripts')
export const spotterSessionId = '4d5611e5-241a-462a-8d15-5122611a9569'

export interface Machine {
  /** HOME of this machine; its Claude folder is `<home>/.claude`. */
  home: string
  configDir: string
  /** A working directory (physical path) where Claude runs. */
  cwd: string
}

const created: string[] = []

/** Registers a scratch folder for removal with the machines. */
export function removeLater(dir: string): string {
  created.push(dir)
  return dir
}

/** A scratch folder under TMPDIR, removed with the machines after the test file. */
export async function scratchDir(label: string): Promise<string> {
  return removeLater(await mkdtemp(join(tmpdir(), `claude-session-${label}-`)))
}

/** Removes every machine made so far: transcripts are private data, even test copies. */
async function removeMachines(): Promise<void> {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true })
}

// Under jest, each test file cleans up after itself; the demo and the benchmark call it themselves.
const jestAfterAll = (globalThis as { afterAll?: (fn: () => Promise<void>) => void }).afterAll
if (typeof jestAfterAll === 'function') jestAfterAll(removeMachines)

let nodeDir: Promise<string> | undefined

/**
 * `path` with a folder holding only `node`, the Node running the tests, in front: what a test runs
 * through `node` on PATH (action.yml's steps, the seed scripts) then runs on the same Node as what
 * it spawns by process.execPath, whichever Node runs jest (.ci/run runs it on Node 22 and 24; the
 * machine's own `node` may be another). Only `node`: the rest of PATH keeps its order.
 */
export async function pathWithTestNode(
  path = process.env.PATH ?? '/usr/bin:/bin'
): Promise<string> {
  nodeDir ??= (async () => {
    const dir = await scratchDir('node')
    await symlink(process.execPath, join(dir, 'node'))
    return dir
  })()
  return `${await nodeDir}${delimiter}${path}`
}

/** A fresh HOME and working directory, like a laptop or a runner. */
export async function makeMachine(label: string): Promise<Machine> {
  const root = await realpath(await mkdtemp(join(tmpdir(), `claude-session-${label}-`)))
  created.push(root)
  const home = join(root, 'home')
  const cwd = join(root, 'work', 'repo')
  await mkdir(home, { recursive: true })
  await mkdir(cwd, { recursive: true })
  return { home, configDir: join(home, '.claude'), cwd }
}

/** Where Claude Code keeps the sessions of `cwd` on this machine (docs/facts.md#project-folder: physical path, encoded). */
export function projectFolder(machine: Machine, cwd = machine.cwd): string {
  return join(machine.configDir, 'projects', projectDirName(cwd))
}

/** Copies a real transcript (and its session folder, if any) into the machine's project folder. */
export async function placeFixture(
  machine: Machine,
  fixture: string,
  options: { sessionId?: string; folder?: string } = {}
): Promise<{ sessionId: string; transcriptPath: string }> {
  const sessionId = options.sessionId ?? randomUUID()
  const dir = projectFolder(machine)
  await mkdir(dir, { recursive: true })
  const transcriptPath = join(dir, `${sessionId}.jsonl`)
  await cp(fixture, transcriptPath)
  if (options.folder) await cp(options.folder, join(dir, sessionId), { recursive: true })
  return { sessionId, transcriptPath }
}

/** A small transcript in Claude Code's compact record format. */
export function syntheticTranscript(options: {
  sessionId: string
  branch: string
  cwd: string
  turns?: number
  start?: Date
  prompt?: string
}): string {
  const lines: string[] = []
  let parent: string | null = null
  const start = (options.start ?? new Date('2026-11-01T10:00:00Z')).getTime()
  for (let i = 0; i < (options.turns ?? 2); i++) {
    for (const type of ['user', 'assistant'] as const) {
      const uuid = randomUUID()
      const message =
        type === 'user'
          ? { role: 'user', content: i === 0 && options.prompt ? options.prompt : `question ${i}` }
          : { role: 'assistant', content: [{ type: 'text', text: `answer ${i}` }] }
      lines.push(
        JSON.stringify({
          parentUuid: parent,
          isSidechain: false,
          userType: 'external',
          cwd: options.cwd,
          sessionId: options.sessionId,
          version: '2.1.331',
          gitBranch: options.branch,
          type,
          message,
          uuid,
          timestamp: new Date(start + lines.length * 1000).toISOString()
        })
      )
      parent = uuid
    }
  }
  return lines.join('\n') + '\n'
}

export async function placeSynthetic(
  machine: Machine,
  options: { branch: string; sessionId?: string; turns?: number; start?: Date; prompt?: string }
): Promise<{ sessionId: string; transcriptPath: string; content: string }> {
  const sessionId = options.sessionId ?? randomUUID()
  const content = syntheticTranscript({ ...options, sessionId, cwd: machine.cwd })
  const dir = projectFolder(machine)
  await mkdir(dir, { recursive: true })
  const transcriptPath = join(dir, `${sessionId}.jsonl`)
  await writeFile(transcriptPath, content)
  return { sessionId, transcriptPath, content }
}
