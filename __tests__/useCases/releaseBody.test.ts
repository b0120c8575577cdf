/**
 * Issue 21, item 12: the release body. A note a person writes on GitHub's page survives every
 * save, delete and prune; deleted sessions leave the index (rows and JSON, with their working
 * directory); the table says the transcript's size, in units that fit.
 */
import { describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { stat } from 'node:fs/promises'
import { formatBytes } from '../../src/format.js'
import { deleteStoredSessions } from '../../src/manage/delete.js'
import { applyPrune, planPrune } from '../../src/manage/prune.js'
import { tagForBranch } from '../../src/remote/layout.js'
import { parseIndex } from '../../src/remote/releaseIndex.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import { makeMachine, placeSynthetic, type Machine } from '../support/claudeHome.js'
import { silentOctokitLog, useEmulator } from '../support/syncHarness.js'

const { emu, context } = useEmulator()
let repoCount = 0
const BRANCH = 'main'

function setup() {
  const repo = `octo/body-${++repoCount}`
  const ctx = context(repo)
  void ctx.repository // adds the repository to the emulator now
  const draft = () => emu.releases(repo).find((r) => r.tag_name === tagForBranch(BRANCH))!
  const save = (m: Machine, sessionId: string) =>
    saveSession(ctx, {
      branch: BRANCH,
      cwd: m.cwd,
      configDir: m.configDir,
      sessionId,
      savedBy: 'laptop'
    })
  return { repo, ctx, draft, save }
}

async function sessionOn(t: ReturnType<typeof setup>, turns = 2) {
  const m = await makeMachine('body')
  const placed = await placeSynthetic(m, { branch: BRANCH, turns })
  const saved = await t.save(m, placed.sessionId)
  return { m, ...placed, saved }
}

/** API requests since the last reset, signed storage left out. */
const apiCalls = () => emu.requests.filter((r) => r.origin !== 'storage')

describe('the release body', () => {
  it("keeps a person's note through the next save of another session", async () => {
    const t = setup()
    const first = await sessionOn(t)
    // Written on GitHub's page, whose editor sends CRLF line ends.
    t.draft().body = `Please keep: CI on nightly.\r\n\r\n${t.draft().body}\r\nAnd this line below.\r\n`
    const second = await sessionOn(t)
    const body = t.draft().body
    expect(body.startsWith('Please keep: CI on nightly.\r\n\r\n')).toBe(true)
    expect(body).toContain('And this line below.')
    expect(Object.keys(parseIndex(body)!.sessions).sort()).toEqual(
      [first.sessionId, second.sessionId].sort()
    )
    // The index still serves a restore straight away.
    const runner = await makeMachine('body-runner')
    emu.resetRequests()
    await restoreSession(t.ctx, {
      branch: BRANCH,
      cwd: runner.cwd,
      configDir: runner.configDir,
      sessionId: first.sessionId
    })
    expect(apiCalls()).toHaveLength(2)
  })

  it('`delete --session` takes the session out of the body: no row, no JSON, no working directory', async () => {
    const t = setup()
    const gone = await sessionOn(t)
    const kept = await sessionOn(t)
    t.draft().body = `A note.\n\n${t.draft().body}`
    expect(t.draft().body).toContain(gone.m.cwd)
    await deleteStoredSessions(t.ctx, { branch: BRANCH, sessionId: gone.sessionId })
    const body = t.draft().body
    expect(body).not.toContain(gone.sessionId)
    expect(body).not.toContain(gone.m.cwd)
    expect(body.startsWith('A note.\n')).toBe(true)
    expect(Object.keys(parseIndex(body)!.sessions)).toEqual([kept.sessionId])
    expect(body).toMatch(new RegExp(`^\\| \`${kept.sessionId}\` \\|`, 'm'))
  })

  it('prune takes pruned sessions out of the body too', async () => {
    const t = setup()
    const old = await sessionOn(t)
    const fresh = await sessionOn(t)
    const plan = (await planPrune(t.ctx, { olderThanDays: 0 })).filter(
      (c) => c.sessionId === old.sessionId
    )
    await applyPrune(t.ctx, plan)
    const body = t.draft().body
    expect(body).not.toContain(old.sessionId)
    expect(body).not.toContain(old.m.cwd)
    expect(Object.keys(parseIndex(body)!.sessions)).toEqual([fresh.sessionId])
  })

  it("fills the Transcript column, and small sizes read as KiB, not '0.0 MB'", async () => {
    const t = setup()
    const s = await sessionOn(t)
    const transcriptBytes = (await stat(s.transcriptPath)).size
    const row = t
      .draft()
      .body.split('\n')
      .find((line) => line.includes(`\`${s.sessionId}\``))!
    const cells = row.split('|').map((c) => c.trim())
    // | session | saved | records | transcript | archive |
    expect(cells[4]).toBe(formatBytes(transcriptBytes))
    expect(cells[5]).toBe(
      `claude-session-${s.sessionId}.tar.gz (${formatBytes(s.saved.archiveSize)})`
    )
    expect(row).not.toContain('0.0 MB')
  })

  it("stays under GitHub's 125,000 characters: a long note is kept, the index gives way", async () => {
    const t = setup()
    await sessionOn(t)
    const note = `${'A long changelog line.\n'.repeat(5200)}`
    t.draft().body = `${note}\n${t.draft().body}`
    const second = await sessionOn(t)
    const body = t.draft().body
    expect(body.startsWith(note)).toBe(true)
    expect(body.length).toBeLessThanOrEqual(125_000)
    // Whatever gave way, a restore still works (through the listing if need be).
    const runner = await makeMachine('body-long')
    const back = await restoreSession(t.ctx, {
      branch: BRANCH,
      cwd: runner.cwd,
      configDir: runner.configDir,
      sessionId: second.sessionId
    })
    expect(back.remoteSessionId).toBe(second.sessionId)
  })

  it('takes over a body written before the marks: one index, the notes around it kept', async () => {
    const t = setup()
    const first = await sessionOn(t)
    const index = parseIndex(t.draft().body)!
    // What earlier versions wrote: the intro, the table, the comment; then a person's note.
    const comment = /<!-- claude-session-index v1 [\s\S]*?-->/.exec(t.draft().body)![0]
    const table = `| Session | Saved | Records | Transcript | Archive |\n| --- | --- | --- | --- | --- |\n| \`${first.sessionId}\` | x | 4 |  | y (0.0 MB) |`
    t.draft().body = `Intro of old.\n\n${table}\n\n${comment}\n\nA note after.\n`
    expect(parseIndex(t.draft().body)).toEqual(index)
    const second = await sessionOn(t)
    const body = t.draft().body
    expect(body.startsWith('Intro of old.\n\n')).toBe(true)
    expect(body.trimEnd().endsWith('A note after.')).toBe(true)
    expect(body.match(/<!-- claude-session-index v1 /g)).toHaveLength(1)
    expect(body).not.toContain('0.0 MB')
    expect(Object.keys(parseIndex(body)!.sessions).sort()).toEqual(
      [first.sessionId, second.sessionId].sort()
    )
  })

  it('the emulator refuses a body over 125,000 characters as GitHub does', async () => {
    const t = setup()
    const s = await sessionOn(t)
    void s
    const octokit = new Octokit({
      auth: emu.tokens.write,
      baseUrl: emu.apiUrl,
      log: silentOctokitLog
    })
    const [owner, repo] = t.repo.split('/') as [string, string]
    await expect(
      octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: t.draft().id,
        tag_name: t.draft().tag_name,
        body: 'x'.repeat(125_001)
      })
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          errors: [
            expect.objectContaining({ message: 'body is too long (maximum is 125000 characters)' })
          ]
        }
      }
    })
  })
})
