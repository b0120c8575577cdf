import { describe, expect, it } from '@jest/globals'
import { appendFile, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ConflictError } from '../../src/errors.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  syntheticTranscript,
  type Machine
} from '../support/claudeHome.js'
import { restoreRequest, saveRequest, useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/conflicts'
const { context } = useEmulator()
const ctx = context(REPO)

const save = (m: Machine, branch: string, extra: { force?: boolean; sessionId?: string } = {}) =>
  saveSession(ctx, saveRequest(m, branch, { savedBy: 'laptop', ...extra }))
const pull = (m: Machine, branch: string, onLocalConflict?: 'refuse' | 'force' | 'as-new') =>
  restoreSession(ctx, restoreRequest(m, branch, { onLocalConflict }))

/** More records for an existing transcript, as Claude Code appends them. */
function moreRecords(sessionId: string, branch: string, cwd: string, prompt: string): string {
  return syntheticTranscript({
    sessionId,
    branch,
    cwd,
    turns: 1,
    prompt,
    start: new Date('2026-11-05T00:00:00Z')
  })
}

describe('saving never loses an update', () => {
  it('replaces the stored copy when it is a prefix of ours, and refuses otherwise unless forced', async () => {
    const laptop = await makeMachine('laptop')
    const runner = await makeMachine('runner')
    const branch = 'lost-update'
    const { sessionId, transcriptPath } = await placeSynthetic(laptop, { branch })
    expect((await save(laptop, branch)).outcome).toBe('created')
    expect((await save(laptop, branch)).outcome).toBe('unchanged')

    // CI resumes it and adds a turn.
    await pull(runner, branch)
    const runnerCopy = join(projectFolder(runner), `${sessionId}.jsonl`)
    await appendFile(runnerCopy, moreRecords(sessionId, branch, runner.cwd, 'from CI'))
    expect((await save(runner, branch)).outcome).toBe('updated')

    // Meanwhile the laptop went on too: saving now would drop CI's turn.
    await appendFile(transcriptPath, moreRecords(sessionId, branch, laptop.cwd, 'from the laptop'))
    const refused = save(laptop, branch)
    await expect(refused).rejects.toBeInstanceOf(ConflictError)
    await expect(refused).rejects.toThrow(/--force/)
    const stored = await pullInto(await makeMachine('check'), branch, sessionId)
    expect(stored).toContain('from CI')

    expect((await save(laptop, branch, { force: true })).outcome).toBe('updated')
    expect(await pullInto(await makeMachine('check'), branch, sessionId)).toContain(
      'from the laptop'
    )
  })
})

/** A session saved from the laptop, then pulled onto a runner, continued there and saved again. */
async function continuedOnRunner(branch: string) {
  const laptop = await makeMachine('laptop')
  const runner = await makeMachine('runner')
  const placed = await placeSynthetic(laptop, { branch })
  await save(laptop, branch)
  await pull(runner, branch)
  await appendFile(
    join(projectFolder(runner), `${placed.sessionId}.jsonl`),
    moreRecords(placed.sessionId, branch, runner.cwd, 'CI turn')
  )
  await save(runner, branch)
  return { laptop, ...placed }
}

describe('pulling never destroys local work', () => {
  it('fast-forwards a local copy that is a prefix of the stored one', async () => {
    const branch = 'fast-forward'
    const { laptop, sessionId, content } = await continuedOnRunner(branch)

    const result = await pull(laptop, branch)
    expect(result.outcome).toBe('fast-forward')
    const local = await readFile(join(projectFolder(laptop), `${sessionId}.jsonl`), 'utf8')
    expect(local.startsWith(content)).toBe(true)
    expect(local).toContain('CI turn')
    // Pulling again changes nothing.
    expect((await pull(laptop, branch)).outcome).toBe('unchanged')
  })

  it('refuses a diverged local copy, explains --force and --as-new, and honours both', async () => {
    const branch = 'diverged'
    const { laptop, sessionId, transcriptPath } = await continuedOnRunner(branch)
    await appendFile(transcriptPath, moreRecords(sessionId, branch, laptop.cwd, 'laptop turn'))
    const mine = await readFile(transcriptPath)

    const refused = pull(laptop, branch)
    await expect(refused).rejects.toBeInstanceOf(ConflictError)
    await expect(refused).rejects.toThrow(/--as-new[\s\S]*--force/)
    expect((await readFile(transcriptPath)).equals(mine)).toBe(true)

    const asNew = await pull(laptop, branch, 'as-new')
    expect(asNew.outcome).toBe('as-new')
    expect(asNew.sessionId).not.toBe(sessionId)
    expect((await readFile(transcriptPath)).equals(mine)).toBe(true)
    expect(await readFile(asNew.transcriptPath, 'utf8')).toContain('CI turn')

    const forced = await pull(laptop, branch, 'force')
    expect(forced.outcome).toBe('overwritten')
    expect(forced.backupPath).toBeDefined()
    expect((await readFile(forced.backupPath!)).equals(mine)).toBe(true)
    expect(await readFile(transcriptPath, 'utf8')).toContain('CI turn')
    expect((await readdir(projectFolder(laptop))).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

async function pullInto(machine: Machine, branch: string, sessionId: string): Promise<string> {
  await restoreSession(ctx, { branch, cwd: machine.cwd, configDir: machine.configDir, sessionId })
  return readFile(join(projectFolder(machine), `${sessionId}.jsonl`), 'utf8')
}
