/**
 * Issue 23, sections 1 and 2, with action.yml executed step by step (stepRunner.ts), the bundled
 * steps (`npm run bundle` first), the emulator, a bare origin and the claude-code-action stand-in:
 * tag mode (no prompt, an `@claude` comment on a pull request) resuming the branch's session, and
 * the note on what changed on the branch since the session was saved.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { placeSynthetic } from '../support/claudeHome.js'
import { useEmulator } from '../support/syncHarness.js'
import { git, pushFromElsewhere } from './gitRemote.js'
import {
  BRANCH,
  laptopSession,
  makeWorld,
  REPO,
  runComposite,
  storedTranscript,
  type World
} from './harness.js'

const { emu } = useEmulator({ repos: { [REPO]: ['main', BRANCH] } })

const EDIT = { file: 'greeting.txt', content: 'hello\n' }

/** A laptop session of BRANCH, saved from a clone of the world's origin (so its commit is known). */
function laptopOnBranch(world: World, before?: (cwd: string) => Promise<void>): Promise<string> {
  return laptopSession(emu, async (laptop) => {
    await git(laptop.cwd, 'clone', '--quiet', '--branch', BRANCH, world.origin, '.')
    await before?.(laptop.cwd)
    return (await placeSynthetic(laptop, { branch: BRANCH })).sessionId
  })
}

/** The job runs on a comment on pull request #7 (BRANCH into main), checked out on main. */
async function onPullRequestComment(world: World, body: string): Promise<void> {
  emu.addPullRequest(REPO, { number: 7, head: BRANCH, base: 'main' })
  await writeFile(
    world.runner.env.GITHUB_EVENT_PATH!,
    JSON.stringify({
      action: 'created',
      issue: { number: 7, pull_request: { url: `https://api.github.com/repos/${REPO}/pulls/7` } },
      comment: { id: 1, body, user: { login: 'ada' } }
    })
  )
  Object.assign(world.runner.env, { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_REF_NAME: 'main' })
  Object.assign(world.runner.github, { event_name: 'issue_comment', ref_name: 'main' })
  // actions/checkout on issue_comment checks out the default branch.
  await git(world.machine.cwd, 'checkout', '--quiet', 'main')
}

describe('tag mode (issue 23.1)', () => {
  it('the first @claude on a pull request continues the laptop conversation of its branch, with one commit', async () => {
    const world = await makeWorld(emu)
    const sessionId = await laptopOnBranch(world)
    // A teammate pushes after the laptop saved; the job's checkout is main (issue_comment).
    await pushFromElsewhere(world.origin, join(world.root, 'other'), BRANCH, 'other.txt', 'x\n')
    await onPullRequestComment(world, '@claude add a greeting file')
    const before = await git(world.origin, 'rev-parse', BRANCH)
    world.scenario = { edit: EDIT, answer: 'I added greeting.txt.' }

    // No prompt: the one change from a plain claude-code-action workflow is the `uses:` line.
    const run = await runComposite(world, { anthropic_api_key: 'sk-test' })

    expect(run.ok).toBe(true)
    const call = world.calls[0]!
    expect(call.tagMode).toBe(true)
    expect(call.prompt).toBe('@claude add a greeting file')
    expect(call.flags.resume).toEqual([sessionId])
    // Tag mode's own permission flags only: the composite adds none.
    expect(call.claudeArgs).not.toContain('--permission-mode')
    // What changed since the save is read from the pull request's branch, not the checkout (main).
    expect(call.flags['append-system-prompt']?.[0]).toContain('someone else changed other.txt')
    // Claude's own commit, pushed by tag mode; the composite commits nothing a second time.
    expect(await git(world.origin, 'log', '--format=%an %s', `${before}..${BRANCH}`)).toBe(
      'claude[bot] Claude: greeting.txt'
    )
    expect(run.outputs).toMatchObject({
      'session-id': sessionId,
      restored: 'true',
      saved: 'true',
      commit: '',
      pushed: ''
    })
    expect(run.outputs.edits).toContain("claude-code-action's tag mode")
    const stored = await storedTranscript(emu, sessionId)
    expect(stored).toContain('@claude add a greeting file')
    expect(stored).toContain('I added greeting.txt.')
  })
})

describe('the branch as it is now (issue 23.2)', () => {
  it('tells the resumed Claude and the summary about a commit pushed after the save', async () => {
    const world = await makeWorld(emu)
    await laptopOnBranch(world)
    const theirs = await pushFromElsewhere(
      world.origin,
      join(world.root, 'other'),
      BRANCH,
      'other.txt',
      'x\n'
    )
    // The job's checkout is made after that push.
    await git(world.machine.cwd, 'pull', '--quiet', '--ff-only', 'origin', BRANCH)
    const short = await git(world.machine.cwd, 'rev-parse', '--short', theirs)

    const run = await runComposite(world, { prompt: 'Go on' })

    expect(run.ok).toBe(true)
    const note = world.calls[0]!.flags['append-system-prompt']?.[0] ?? ''
    expect(note).toContain('the branch gained 1 commit (newest first):')
    expect(note).toContain(`- ${short} someone else changed other.txt`)
    expect(note).toMatch(/other\.txt \| 1 \+/)
    expect(Buffer.byteLength(note)).toBeLessThan(4200)
    const summary = await readFile(world.summary, 'utf8')
    expect(summary).toContain('#### Since last time')
    expect(summary).toContain(`- ${short} someone else changed other.txt`)
  })

  it('says in one line that the saved commit is unknown to the checkout, and nothing with branch-context false', async () => {
    const world = await makeWorld(emu)
    // The laptop saved on a commit it never pushed: the runner's checkout cannot have it.
    await laptopOnBranch(world, async (cwd) => {
      await writeFile(join(cwd, 'local.txt'), 'l\n')
      await git(cwd, 'add', '-A')
      await git(cwd, 'commit', '--quiet', '-m', 'local only')
    })
    const run = await runComposite(world, { prompt: 'Go on' })
    expect(run.ok).toBe(true)
    const note = world.calls[0]!.flags['append-system-prompt']?.[0] ?? ''
    expect(note.split('\n')).toHaveLength(2)
    expect(note).toContain('which this checkout does not have')

    const quiet = await makeWorld(emu)
    await runComposite(quiet, { prompt: 'Go on', 'branch-context': 'false' })
    expect(quiet.calls[0]!.flags['append-system-prompt']).toBeUndefined()
  })
})
