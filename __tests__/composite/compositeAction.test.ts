/**
 * action.yml executed step by step as a runner would (see stepRunner.ts), with the bundled
 * restore, prepare-claude, publish-edits and save (`npm run bundle` first) against the Releases
 * emulator, a v1-like stand-in for claude-code-action, and a real bare git repository as origin.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { placeSynthetic, scratchDir } from '../support/claudeHome.js'
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
import { lastComposite } from './stepRunner.js'

const { emu } = useEmulator({ repos: { [REPO]: ['main', BRANCH] } })

const PROMPT = 'Add a greeting file\nKeep it short.'
const EDIT = { file: 'greeting.txt', content: 'hello\n' }

function pushedSession(): Promise<string> {
  return laptopSession(
    emu,
    async (laptop) => (await placeSynthetic(laptop, { branch: BRANCH })).sessionId
  )
}

/**
 * Claude makes EDIT while someone else pushes `file` to BRANCH; `theirs()` is then the commit
 * they pushed.
 */
function editWhileBranchMoves(world: World, file: string, content: string): () => string {
  let theirs = ''
  world.scenario = {
    edit: EDIT,
    during: async () => {
      theirs = await pushFromElsewhere(
        world.origin,
        join(world.root, 'other'),
        BRANCH,
        file,
        content
      )
    }
  }
  return () => theirs
}

const lines = (text: string) => text.trim().split('\n')
/** Conversation rows only: restore adds a `relocated` bookkeeping row on each machine (docs/facts.md#moving-a-session). */
const turns = (text: string) =>
  lines(text).filter((l) =>
    ['user', 'assistant'].includes((JSON.parse(l) as { type: string }).type)
  )

describe('action.yml, step by step', () => {
  it('resumes the stored session, lets Claude edit, pushes the edit and saves the longer conversation', async () => {
    const sessionId = await pushedSession()
    const world = await makeWorld(emu)
    world.scenario = { edit: EDIT, answer: 'I added greeting.txt.' }

    const run = await runComposite(world, { prompt: PROMPT, anthropic_api_key: 'sk-test' })

    expect(run.ok).toBe(true)
    expect(run.outputs).toMatchObject({
      'session-id': sessionId,
      restored: 'true',
      saved: 'true',
      conclusion: 'success',
      answer: 'I added greeting.txt.'
    })
    // Claude was resumed with edits allowed.
    expect(world.calls[0]!.flags).toMatchObject({
      resume: [sessionId],
      'permission-mode': ['acceptEdits']
    })
    expect(world.calls[0]!.edited).toBe(true)
    // The edit is on the branch, committed by the bot, naming the prompt and the session.
    const tip = await git(world.origin, 'log', '-1', '--format=%H%n%an%n%B', BRANCH)
    const [sha, author, subject] = lines(tip)
    expect(sha).toBe(run.outputs.commit)
    expect(author).toBe('github-actions[bot]')
    expect(subject).toBe('Claude: Add a greeting file')
    expect(tip).toContain(`Claude Code session: ${sessionId}`)
    expect(await git(world.origin, 'show', `${BRANCH}:greeting.txt`)).toBe('hello')
    // The stored conversation holds the laptop's turns and this run's.
    const stored = await storedTranscript(emu, sessionId)
    expect(turns(stored)).toHaveLength(4 + 4)
    expect(stored).toContain('I added greeting.txt.')
    // The summary a person reads.
    const summary = await readFile(world.summary, 'utf8')
    expect(summary).toContain(sessionId)
    expect(summary).toContain('> Add a greeting file')
    expect(summary).toContain('> I added greeting.txt.')
    expect(summary).toMatch(/\| Write \| 1 \|/)
    expect(summary).toContain(`pushed to ${BRANCH}`)
    expect(summary).toContain(`git pull && claude-session pull ${BRANCH}`)
    // The laptop's records name Claude Code 2.1.331, newer than the one v1.0.200 installs: by
    // default (claude-code-version: session) that version ran, so there is nothing to warn about.
    expect(summary).not.toContain('newer than the 2.1.240')
    expect(summary).toContain('| Claude Code this run | 2.1.331 |')
  })

  it("shows this run's token use and model in the summary (issue 23.5)", async () => {
    await pushedSession()
    const world = await makeWorld(emu)
    world.scenario = { edit: EDIT }
    const run = await runComposite(world, { prompt: PROMPT })
    expect(run.ok).toBe(true)
    // Two assistant messages this run (the edit, the answer); the laptop's records are not counted.
    expect(await readFile(world.summary, 'utf8')).toContain(
      '| Tokens this run | 24 input, 690 output, 40,000 cache read, 3,000 cache write tokens (claude-sonnet-4-5) |'
    )
  })

  it('saves the session and reports failure when Claude fails, with the edits it made', async () => {
    const sessionId = await pushedSession()
    const world = await makeWorld(emu)
    world.scenario = { edit: EDIT, fail: true }

    const run = await runComposite(world, { prompt: PROMPT })

    expect(run.ok).toBe(false)
    expect(lastComposite.steps.claude!.outputs).toEqual({})
    expect(run.outputs).toMatchObject({
      'session-id': sessionId,
      saved: 'true',
      conclusion: 'failure'
    })
    expect(await git(world.origin, 'log', '-1', '--format=%B', BRANCH)).toContain(
      'ended with "failure"'
    )
    // The records Claude wrote before failing were saved under the restored id.
    expect(turns(await storedTranscript(emu, sessionId))).toHaveLength(4 + 3)
  })

  it('starts a new conversation when nothing is stored, and saves it', async () => {
    const world = await makeWorld(emu)
    emu.addBranch(REPO, 'fresh')
    world.scenario = { edit: EDIT }

    const run = await runComposite(world, { prompt: PROMPT, branch: 'fresh' })

    expect(run.ok).toBe(true)
    expect(world.calls[0]!.flags.resume).toBeUndefined()
    const newId = world.calls[0]!.sessionId!
    expect(run.outputs).toMatchObject({ restored: 'false', saved: 'true', 'session-id': newId })
    expect(await git(world.origin, 'show', 'fresh:greeting.txt')).toBe('hello')
  })

  it('makes no commit when Claude changed nothing', async () => {
    await pushedSession()
    const world = await makeWorld(emu)
    const before = await git(world.origin, 'rev-parse', BRANCH)
    world.scenario = {}

    const run = await runComposite(world, { prompt: 'Just explain the code' })

    expect(run.ok).toBe(true)
    expect(run.outputs.commit).toBe('')
    expect(await git(world.origin, 'rev-parse', BRANCH)).toBe(before)
    expect(await readFile(world.summary, 'utf8')).toContain('no changes to commit')
  })

  it('rebases onto a branch that moved while Claude worked, and pushes', async () => {
    await pushedSession()
    const world = await makeWorld(emu)
    const theirs = editWhileBranchMoves(world, 'other.txt', 'x\n')

    const run = await runComposite(world, { prompt: PROMPT })

    expect(run.ok).toBe(true)
    const log = lines(await git(world.origin, 'log', '--format=%H %s', BRANCH))
    expect(log[0]).toBe(`${run.outputs.commit} Claude: Add a greeting file`)
    expect(log[1]).toBe(`${theirs()} someone else changed other.txt`)
    expect(await readFile(world.summary, 'utf8')).toContain(`rebased onto the moved ${BRANCH}`)
  })

  it('fails clearly when the moved branch conflicts with the edit, and still saves the session', async () => {
    const sessionId = await pushedSession()
    const world = await makeWorld(emu)
    editWhileBranchMoves(world, 'greeting.txt', 'hi\n')

    const run = await runComposite(world, { prompt: PROMPT })

    expect(run.ok).toBe(false)
    expect(lastComposite.steps.publish!.outcome).toBe('failure')
    expect(world.runner.log.join('\n')).toContain('does not rebase cleanly')
    expect(run.outputs).toMatchObject({
      saved: 'true',
      'session-id': sessionId,
      conclusion: 'success'
    })
    expect(await git(world.origin, 'show', `${BRANCH}:greeting.txt`)).toBe('hi')
  })

  it('passes no edit permission with permission-mode default, and lets the user’s own flags win', async () => {
    await pushedSession()
    const world = await makeWorld(emu)
    world.scenario = { edit: EDIT }
    const run = await runComposite(world, { prompt: PROMPT, 'permission-mode': 'default' })
    expect(run.ok).toBe(true)
    expect(world.calls[0]!.flags['permission-mode']).toBeUndefined()
    expect(world.calls[0]!.edited).toBe(false)
    expect(run.outputs.commit).toBe('')

    const again = await makeWorld(emu)
    again.scenario = { edit: EDIT }
    await runComposite(again, {
      prompt: PROMPT,
      model: 'claude-sonnet-4-5',
      claude_args: "--model 'claude-opus-4-1' --permission-mode plan"
    })
    expect(again.calls[0]!.flags).toMatchObject({
      model: ['claude-opus-4-1'],
      'permission-mode': ['plan']
    })
    expect(again.calls[0]!.claudeArgs).not.toContain('acceptEdits')
  })

  it('commits nothing with publish-edits none', async () => {
    await pushedSession()
    const world = await makeWorld(emu)
    world.scenario = { edit: EDIT }
    const before = await git(world.origin, 'rev-parse', BRANCH)
    const run = await runComposite(world, { prompt: PROMPT, 'publish-edits': 'none' })
    expect(run.ok).toBe(true)
    expect(await git(world.origin, 'rev-parse', BRANCH)).toBe(before)
    expect(run.outputs.saved).toBe('true')
  })

  it('fails the first step with a message naming node when no node is on PATH', async () => {
    const bin = await scratchDir('bare-bin')
    await symlink('/bin/bash', join(bin, 'bash'))
    const world = await makeWorld(emu, { path: bin })
    world.runner.env.PATH = bin
    const run = await runComposite(world, { prompt: PROMPT })
    expect(run.ok).toBe(false)
    expect(world.runner.log.join('\n')).toContain('no node is on PATH')
    expect(lastComposite.steps.restore!.outcome).toBe('skipped')
  })
})
