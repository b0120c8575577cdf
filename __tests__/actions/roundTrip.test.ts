import { describe, expect, it } from '@jest/globals'
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { create as createTar } from 'tar'
import { saveSession } from '../../src/save/save.js'
import { EXHAUSTIVE } from '../support/exhaustive.js'
import { saveRequest, useEmulator } from '../support/syncHarness.js'
import { runAction, type ActionRun } from '../support/runAction.js'
import {
  makeMachine,
  placeFixture,
  placeSynthetic,
  projectFolder,
  scratchDir,
  spotterSessionId,
  transcriptsDir,
  type Machine
} from '../support/claudeHome.js'

const REPO = 'octo/app'
const { emu, context } = useEmulator({
  repos: { [REPO]: ['main', 'spotter-dov', 'feature/login-fix'] }
})
const ctx = context(REPO)

/**
 * The real transcripts carried byte for byte. By default one that ends in a newline and one that
 * does not (the two ways a restore appends its record); every one under CLAUDE_SESSION_EXHAUSTIVE=1.
 */
const ROUND_TRIPPED = [
  'spotter/short.jsonl',
  'claude-code-log/edge_cases.jsonl',
  ...(EXHAUSTIVE ? ['spotter/tool_heavy.jsonl', 'spotter/subagent.jsonl'] : [])
]

function runnerEnv(machine: Machine): Record<string, string> {
  return {
    HOME: machine.home,
    GITHUB_API_URL: emu.apiUrl,
    GITHUB_GRAPHQL_URL: emu.graphqlUrl,
    GITHUB_REPOSITORY: REPO,
    GITHUB_WORKSPACE: machine.cwd,
    GITHUB_SHA: 'a'.repeat(40)
  }
}

function inputs(
  machine: Machine,
  extra: Record<string, string> = {},
  token = emu.tokens.write
): Record<string, string> {
  return {
    'github-token': token,
    repository: REPO,
    path: machine.cwd,
    'session-id': '',
    'fail-on-missing': 'false',
    force: 'false',
    secrets: 'warn',
    'encryption-key': '',
    ...extra
  }
}

function relocated(sessionId: string, cwd: string): string {
  return JSON.stringify({ type: 'relocated', sessionId, relocatedCwd: cwd }) + '\n'
}

/** The runner consumes `::add-mask::` itself and never shows it; everything else must be clean. */
function withoutMaskCommands(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

function expectTokenAbsent(run: ActionRun, token = emu.tokens.write): void {
  for (const text of [
    withoutMaskCommands(run.stdout),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    JSON.stringify(run.env)
  ]) {
    expect(text).not.toContain(token)
  }
}

/** Runs a bundled action on `machine` as the runner would, with inputs beyond the defaults. */
function act(
  entry: 'restore' | 'save',
  machine: Machine,
  extra: Record<string, string> = {},
  token?: string
): Promise<ActionRun> {
  return runAction(entry, inputs(machine, extra, token), runnerEnv(machine))
}

describe('bundled save and restore actions, as the runner runs them', () => {
  it('carry a real transcript and its subagent folder from a laptop HOME to a runner HOME and cwd', async () => {
    const laptop = await makeMachine('laptop')
    const runner = await makeMachine('runner')
    const fixture = join(transcriptsDir, 'spotter', `${spotterSessionId}.jsonl`)
    const { sessionId, transcriptPath } = await placeFixture(laptop, fixture, {
      sessionId: spotterSessionId,
      folder: join(transcriptsDir, 'spotter', spotterSessionId)
    })
    // An old mtime on the laptop proves that restore gives the runner's copy a fresh one.
    const old = new Date('2025-01-01T00:00:00Z')
    await utimes(transcriptPath, old, old)
    const original = await readFile(transcriptPath)

    // Discovery by branch: every record of this transcript carries gitBranch "spotter-dov".
    const saved = await act('save', laptop, { branch: 'spotter-dov' })
    expect(saved.code).toBe(0)
    expect(saved.outputs).toMatchObject({ 'session-id': sessionId, saved: 'true' })
    expect(saved.summary).toContain(sessionId)
    expectTokenAbsent(saved)

    const before = Date.now()
    const restored = await act('restore', runner, { branch: 'spotter-dov' })
    expect(restored.stderr).toBe('')
    expect(restored.code).toBe(0)
    expect(restored.outputs).toMatchObject({ 'session-id': sessionId, restored: 'true' })
    expect(restored.env).toMatchObject({ SESSION_ID: sessionId, SESSION_RESTORED: 'true' })
    expect(restored.summary).toContain(sessionId)
    expectTokenAbsent(restored)

    // Claude Code looks in the project folder of the cwd it runs in (docs/facts.md#resuming).
    const landed = join(projectFolder(runner), `${sessionId}.jsonl`)
    const bytes = await readFile(landed)
    expect(bytes.subarray(0, original.length).equals(original)).toBe(true)
    expect(bytes.subarray(original.length).toString()).toBe(relocated(sessionId, runner.cwd))
    expect((await stat(landed)).mtimeMs).toBeGreaterThanOrEqual(before - 1000)

    const subagents = join(transcriptsDir, 'spotter', spotterSessionId, 'subagents')
    for (const name of await readdir(subagents)) {
      const copy = await readFile(join(projectFolder(runner), sessionId, 'subagents', name))
      expect(copy.equals(await readFile(join(subagents, name)))).toBe(true)
    }
  })

  it.each(ROUND_TRIPPED)('round-trips the real transcript %s byte for byte', async (name) => {
    const laptop = await makeMachine('laptop')
    const runner = await makeMachine('runner')
    const { sessionId, transcriptPath } = await placeFixture(laptop, join(transcriptsDir, name))
    const original = await readFile(transcriptPath)
    const saved = await act('save', laptop, { branch: 'main', 'session-id': sessionId })
    expect(saved.outputs.saved).toBe('true')
    const restored = await act('restore', runner, { branch: 'main', 'session-id': sessionId })
    expect(restored.outputs.restored).toBe('true')
    const bytes = await readFile(join(projectFolder(runner), `${sessionId}.jsonl`))
    expect(bytes.subarray(0, original.length).equals(original)).toBe(true)
    // A transcript whose last record lacks its newline gets one before the appended record.
    const separator = original.at(-1) === 0x0a ? '' : '\n'
    expect(bytes.subarray(original.length).toString()).toBe(
      separator + relocated(sessionId, runner.cwd)
    )
  })

  it('works for a branch with a slash, found by discovery', async () => {
    const laptop = await makeMachine('laptop')
    const runner = await makeMachine('runner')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'feature/login-fix' })
    // A newer session on another branch must not be picked.
    await placeSynthetic(laptop, { branch: 'main', start: new Date('2026-11-20T00:00:00Z') })
    const saved = await act('save', laptop, { branch: 'feature/login-fix' })
    expect(saved.outputs).toMatchObject({ saved: 'true', 'session-id': sessionId })
    expect(
      emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-feature/login-fix' && r.draft)
    ).toBe(true)
    const restored = await act('restore', runner, { branch: 'feature/login-fix' })
    expect(restored.outputs).toMatchObject({ restored: 'true', 'session-id': sessionId })
  })

  it('restores a release written by the seed scripts (only <id>.jsonl, five metadata fields)', async () => {
    const runner = await makeMachine('runner')
    const laptop = await makeMachine('laptop')
    const { sessionId, transcriptPath } = await placeSynthetic(laptop, { branch: 'seeded' })
    const staging = await scratchDir('seed')
    await writeFile(join(staging, `${sessionId}.jsonl`), await readFile(transcriptPath))
    const archive = join(staging, 'out.tar.gz')
    await createTar({ gzip: true, file: archive, cwd: staging }, [`${sessionId}.jsonl`])
    const metadata = {
      sessionId,
      gitBranch: 'seeded',
      cwd: laptop.cwd,
      timestamp: '2026-10-01T12:00:00Z',
      archivePath: `/tmp/claude-session-${sessionId}.tar.gz`
    }
    emu.seedRelease(REPO, {
      tag_name: 'claude-sessions-seeded',
      draft: true,
      assets: [
        { name: `claude-session-${sessionId}.tar.gz`, data: await readFile(archive) },
        { name: `claude-session-metadata-${sessionId}.json`, data: JSON.stringify(metadata) }
      ]
    })
    const restored = await act('restore', runner, { branch: 'seeded' })
    expect(restored.outputs).toMatchObject({ restored: 'true', 'session-id': sessionId })
    const bytes = await readFile(join(projectFolder(runner), `${sessionId}.jsonl`), 'utf8')
    expect(bytes.startsWith(await readFile(transcriptPath, 'utf8'))).toBe(true)
  })

  it('finds a draft behind many newer releases and ignores a published release with the same tag', async () => {
    const laptop = await makeMachine('laptop')
    const runner = await makeMachine('runner')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'crowded' })
    // The draft to find is saved in-process, as the save action would: the restore is the subject.
    expect(
      (await saveSession(ctx, saveRequest(laptop, 'crowded', { savedBy: 'ci' }))).outcome
    ).toBe('created')
    // 250 newer releases push the draft to page 3 of the listing; a published release carries the
    // same tag and a different session.
    emu.seedManyReleases(REPO, 250, { tagPrefix: 'v0.' })
    const { sessionId: decoy } = await placeSynthetic(await makeMachine('decoy'), {
      branch: 'crowded'
    })
    emu.seedRelease(REPO, {
      tag_name: 'claude-sessions-crowded',
      draft: false,
      assets: [{ name: `claude-session-metadata-${decoy}.json`, data: '{}' }]
    })
    const restored = await act('restore', runner, { branch: 'crowded' })
    expect(restored.outputs).toMatchObject({ restored: 'true', 'session-id': sessionId })
  })

  it('reports a missing session as a notice with restored=false, or fails with fail-on-missing', async () => {
    const runner = await makeMachine('runner')
    const quiet = await act('restore', runner, { branch: 'nothing-here' })
    expect(quiet.code).toBe(0)
    expect(quiet.outputs).toMatchObject({ restored: 'false', 'session-id': '' })
    expect(quiet.env).toMatchObject({ SESSION_RESTORED: 'false' })
    expect(quiet.stdout).toContain('::notice::')
    const strict = await act('restore', runner, {
      branch: 'nothing-here',
      'fail-on-missing': 'true'
    })
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain('::error::')
  })

  it('tells a run whose token cannot see drafts that it needs contents: write', async () => {
    const laptop = await makeMachine('laptop')
    const runner = await makeMachine('runner')
    await placeSynthetic(laptop, { branch: 'readonly' })
    // Saved in-process, as the save action would with a write token: the restore is the subject.
    expect(
      (await saveSession(ctx, saveRequest(laptop, 'readonly', { savedBy: 'ci' }))).outcome
    ).toBe('created')
    const restored = await act('restore', runner, { branch: 'readonly' }, emu.tokens.read)
    expect(restored.code).toBe(0)
    expect(restored.outputs.restored).toBe('false')
    expect(restored.stdout).toContain('contents: write')
    expectTokenAbsent(restored, emu.tokens.read)
  })

  it('warns and succeeds when there is nothing to save or no permission to write', async () => {
    const empty = await makeMachine('empty')
    const nothing = await act('save', empty, { branch: 'main' })
    expect(nothing.code).toBe(0)
    expect(nothing.outputs.saved).toBe('false')
    expect(nothing.stdout).toContain('::warning::')

    const fork = await makeMachine('fork')
    await placeSynthetic(fork, { branch: 'from-fork' })
    const denied = await act('save', fork, { branch: 'from-fork' }, emu.tokens.read)
    expect(denied.code).toBe(0)
    expect(denied.outputs.saved).toBe('false')
    expect(denied.stdout).toContain('contents: write')
    expect(emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-from-fork')).toBe(false)
  })
})
