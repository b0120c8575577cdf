import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runPull } from '../../src/cli/commands/pull.js'
import { runPush } from '../../src/cli/commands/push.js'
import {
  makeMachine,
  pathWithTestNode,
  placeFixture,
  placeSynthetic,
  projectFolder,
  syntheticTranscript,
  transcriptsDir,
  type Machine
} from '../support/claudeHome.js'
import { emulatorRuntime, runMain } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'
import { runProcess } from '../support/processes.js'
import { repoRoot } from '../support/runAction.js'
import { appendFile } from 'node:fs/promises'
import { bundledEntry } from '../support/freshBundle.js'

const REPO = 'octo/cli'
const { emu } = useEmulator({ repos: { [REPO]: ['main', 'keep'] } })

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

async function env(
  m: Machine,
  extra: Record<string, string | undefined> = {}
): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const all = {
    // The seed scripts run `node` from PATH: the Node running the tests.
    PATH: await pathWithTestNode('/usr/bin:/bin'),
    HOME: m.home,
    GH_TOKEN: emu.tokens.write,
    GITHUB_API_URL: emu.apiUrl,
    GITHUB_GRAPHQL_URL: emu.graphqlUrl,
    GITHUB_REPOSITORY: REPO,
    CLAUDE_SESSION_RETRIES: '1',
    ...extra
  }
  for (const [k, v] of Object.entries(all)) if (v !== undefined) out[k] = v
  return out
}

/**
 * `env` for a command run in-process through main: the Claude folder named outright, since main's
 * home is then this process's own (os.homedir()), not the machine's HOME.
 */
const inProcessEnv = (m: Machine) => env(m, { CLAUDE_CONFIG_DIR: m.configDir })

async function run(
  command: string[],
  m: Machine,
  extra: Record<string, string | undefined> = {},
  file = bundledEntry('cli')
): Promise<Run> {
  const [exe, args] = file.endsWith('.sh')
    ? ['bash', [file, ...command]]
    : [process.execPath, [file, ...command]]
  const { code, stdout, stderr } = await runProcess(exe, args, {
    cwd: m.cwd,
    env: await env(m, extra)
  })
  return { code, stdout, stderr }
}

/**
 * Pushes or pulls through the CLI's command functions in-process (what the bundle runs once argv
 * is parsed), for a test whose subject is a later bundled run: the state it prepares is the same.
 * A failure throws and fails the test.
 */
const pushInProcess = async (m: Machine, branch: string) =>
  runPush({ branch }, await emulatorRuntime(m, emu, REPO))
const pullInProcess = async (m: Machine, branch: string) =>
  runPull({ branch }, await emulatorRuntime(m, emu, REPO))

const script = (name: string) => join(repoRoot, 'scripts', `claude-session-${name}.sh`)

/** One more turn in the session's transcript on machine `m`, as Claude Code appends it. */
const addTurn = (m: Machine, sessionId: string, branch: string, prompt: string) =>
  appendFile(
    join(projectFolder(m), `${sessionId}.jsonl`),
    syntheticTranscript({ sessionId, branch, cwd: m.cwd, turns: 1, prompt })
  )

describe('the claude-session CLI, bundled, as a user runs it', () => {
  it('pushes from one HOME and pulls into another, printing the resume command', async () => {
    const laptop = await makeMachine('laptop')
    const other = await makeMachine('other')
    const { sessionId, transcriptPath } = await placeFixture(
      laptop,
      join(transcriptsDir, 'spotter', 'short.jsonl')
    )
    // The fixture was recorded on master: pushing it under another name would rightly warn.
    const pushed = await run(['push', 'master', '--session', sessionId], laptop)
    expect(pushed.stderr).toBe('')
    expect(pushed.code).toBe(0)
    expect(pushed.stdout).toContain(`Uploaded claude-session-${sessionId}.tar.gz`)
    expect(pushed.stdout).toContain('claude-sessions-master')

    const pulled = await run(['pull', 'master'], other)
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toContain(`claude --resume ${sessionId}`)
    const landed = await readFile(join(projectFolder(other), `${sessionId}.jsonl`), 'utf8')
    expect(landed.startsWith(await readFile(transcriptPath, 'utf8'))).toBe(true)
    for (const r of [pushed, pulled]) expect(r.stdout + r.stderr).not.toContain(emu.tokens.write)
  })

  it("pulls from the socket to the hash and gunzip: Node's web streams are never loaded", async () => {
    const laptop = await makeMachine('socket-laptop')
    const other = await makeMachine('socket-other')
    await placeSynthetic(laptop, { branch: 'socket', turns: 3 })
    await pushInProcess(laptop, 'socket')
    // Node loads its web streams (node:stream/web) on first use: a preload notes, as the process
    // exits, whether it loaded their readable stream and its adapters to Node streams.
    const loaded = join(other.home, 'loaded.txt')
    const preload = join(other.home, 'note-loaded.cjs')
    await writeFile(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, ` +
        `process.moduleLoadList.filter((m) => /webstreams\\/(readablestream|adapters)/.test(m)).join('\\n')))\n`
    )
    const pulled = await run(['pull', 'socket'], other, { NODE_OPTIONS: `--require ${preload}` })
    expect(pulled.code).toBe(0)
    expect(await readFile(loaded, 'utf8')).toBe('')
  })

  it('discovers by branch, exits 1 when there is none, and defaults to the current git branch', async () => {
    const m = await makeMachine('discover')
    const { sessionId } = await placeSynthetic(m, { branch: 'topic' })
    const found = await run(['discover', 'topic'], m)
    expect(found).toMatchObject({ code: 0, stdout: `${sessionId}\n` })
    const none = await run(['discover', 'nope'], m)
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/No Claude Code session on branch nope/)
    execFileSync('git', ['init', '-q', '-b', 'topic'], { cwd: m.cwd })
    expect((await run(['discover'], m)).stdout).toBe(`${sessionId}\n`)
  })

  it('fast-forwards a pull, and refuses a diverged one with exit 3 explaining --force and --as-new', async () => {
    const laptop = await makeMachine('laptop')
    const runner = await makeMachine('runner')
    const branch = 'ff-cli'
    const { sessionId, transcriptPath } = await placeSynthetic(laptop, { branch })
    await pushInProcess(laptop, branch)
    await pullInProcess(runner, branch)
    await addTurn(runner, sessionId, branch, 'CI turn')
    await pushInProcess(runner, branch)

    const ff = await run(['pull', branch], laptop)
    expect(ff.code).toBe(0)
    expect(ff.stdout).toContain('Fast-forwarded')
    expect(await readFile(transcriptPath, 'utf8')).toContain('CI turn')

    // Both sides go on: pushing from the laptop would drop CI's turn, pulling would drop the laptop's.
    await addTurn(laptop, sessionId, branch, 'laptop turn')
    await addTurn(runner, sessionId, branch, 'CI again')
    await pushInProcess(runner, branch)
    const refusedPush = await run(['push', branch], laptop)
    expect(refusedPush.code).toBe(3)
    expect(refusedPush.stderr).toMatch(/pull .*--force/s)
    // Bundled: the fast-forward and the refused push. The rest runs in-process (main, what the
    // bundle runs): each bundled run costs a Node start and the bundle's load.
    const refusedPull = await runMain(['pull', branch], await inProcessEnv(laptop), laptop.cwd)
    expect(refusedPull.code).toBe(3)
    expect(refusedPull.stderr).toContain('--as-new')
    expect(refusedPull.stderr).toContain('--force')
    expect(await readFile(transcriptPath, 'utf8')).toContain('laptop turn')
    const asNew = await runMain(
      ['pull', branch, '--as-new'],
      await inProcessEnv(laptop),
      laptop.cwd
    )
    expect(asNew.code).toBe(0)
    expect(asNew.stdout).toContain('Installed as a new session')
  })

  it('lists, deletes with confirmation, and prunes sessions of gone branches', async () => {
    const m = await makeMachine('lister')
    const { sessionId } = await placeSynthetic(m, { branch: 'keep' })
    const { sessionId: goneId } = await placeSynthetic(m, { branch: 'gone-branch' })
    await pushInProcess(m, 'keep')
    await pushInProcess(m, 'gone-branch')

    const table = await run(['list'], m)
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^BRANCH\s+SESSION\s+LAST RECORD\s+RECORDS\s+SIZE\s+SAVED BY/)
    expect(table.stdout).toContain(sessionId)
    // The variants that neither prompt nor depend on the terminal run in-process (main, what the
    // bundle runs): each bundled run costs a Node start and the bundle's load, several seconds
    // on a busy machine.
    const json = JSON.parse(
      (await runMain(['list', 'keep', '--json'], await inProcessEnv(m))).stdout
    ) as {
      sessionId: string
      savedBy: string
      records: number
    }[]
    expect(json).toEqual([expect.objectContaining({ sessionId, savedBy: 'laptop', records: 4 })])

    const dry = await runMain(['prune', '--gone', '--dry-run'], await inProcessEnv(m))
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(`would delete gone-branch ${goneId}`)
    expect(dry.stdout).not.toContain(sessionId)
    expect(emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-gone-branch')).toBe(true)
    const noTty = await run(['prune', '--gone'], m)
    expect(noTty.code).toBe(2)
    expect(noTty.stderr).toContain('--yes')
    expect((await runMain(['prune', '--gone', '--yes'], await inProcessEnv(m))).code).toBe(0)
    expect(emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-gone-branch')).toBe(false)

    expect((await run(['delete', 'keep'], m)).code).toBe(2)
    expect((await run(['delete', 'keep', '--yes'], m)).code).toBe(0)
    expect(emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-keep')).toBe(false)
    expect((await runMain(['delete', 'keep', '--yes'], await inProcessEnv(m))).code).toBe(1)
  })

  it('exits 2 with advice when there is no token or no repository, and 4 when GitHub keeps failing', async () => {
    const m = await makeMachine('errors')
    await placeSynthetic(m, { branch: 'main' })
    const noToken = await run(['push', 'main'], m, { GH_TOKEN: undefined, GITHUB_TOKEN: undefined })
    expect(noToken.code).toBe(2)
    expect(noToken.stderr).toContain('GH_TOKEN')
    const noRepo = await run(['push', 'main'], m, { GITHUB_REPOSITORY: undefined })
    expect(noRepo.code).toBe(2)
    expect(noRepo.stderr).toContain('--repo OWNER/NAME')
    const badToken = await run(['list'], m, {
      GH_TOKEN: 'ghp_notARealTokenForThisEmulator00000000'
    })
    expect(badToken.code).toBe(2)
    expect(badToken.stderr).toContain('401')
    expect(badToken.stderr).not.toContain('ghp_notARealTokenForThisEmulator00000000')
    emu.inject({ kind: 'status', status: 500, times: 1_000 })
    const down = await run(['push', 'main'], m, { CLAUDE_SESSION_RETRIES: '0' })
    emu.clearFaults()
    expect(down.code).toBe(4)
    expect(down.stderr).toMatch(/try again later/i)
    const usage = await run(['pull', '--force', '--as-new', 'main'], m)
    expect(usage.code).toBe(2)
  })

  it('teaches through --help on every command', async () => {
    // Each command's help text, from the same program the bundle builds; its exit code is main's.
    for (const command of ['discover', 'push', 'pull', 'list', 'delete', 'prune', 'continue']) {
      const { code, stdout: help } = await runMain([command, '--help'], {})
      expect(code).toBe(0)
      expect(help).toContain('Example')
      expect(help).toContain('Exit codes')
    }
    // The bundle answers --help and --version itself; every command runs bundled in this file
    // (continue in continue.test.ts).
    const m = await makeMachine('help')
    const bundledHelp = await run(['prune', '--help'], m)
    expect(bundledHelp.code).toBe(0)
    expect(bundledHelp.stdout).toContain('Example')
    expect(bundledHelp.stdout).toContain('Exit codes')
    // A release says X.Y.Z; a build between releases X.Y.Z-dev+<commit> (src/version.ts).
    expect((await run(['--version'], m)).stdout.trim()).toMatch(
      /^\d+\.\d+\.\d+(-dev(\+[0-9a-f]{7}(\.dirty)?)?)?$/
    )
  })

  it("keeps the seed scripts' commands working, CLAUDE_DIR included", async () => {
    const laptop = await makeMachine('seed')
    const runner = await makeMachine('seed-runner')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'seed-branch' })
    const quiet = await run(['seed-branch'], laptop, { QUIET: '1' }, script('discovery'))
    expect(quiet).toMatchObject({ code: 0, stdout: `${sessionId}\n` })
    expect((await run(['none'], laptop, { QUIET: '1' }, script('discovery'))).code).toBe(1)
    expect((await run(['seed-branch'], laptop, {}, script('sync'))).code).toBe(0)
    // The seed scripts' CLAUDE_DIR names the Claude folder.
    const restored = await run(
      ['seed-branch'],
      runner,
      { HOME: '/nonexistent', CLAUDE_DIR: runner.configDir },
      script('restore')
    )
    expect(restored.code).toBe(0)
    expect(await readdir(projectFolder(runner))).toContain(`${sessionId}.jsonl`)
  })
})
