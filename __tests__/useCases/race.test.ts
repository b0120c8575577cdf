import { describe, expect, it } from '@jest/globals'
import { appendFile, readFile } from 'node:fs/promises'
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
import { saveRequest, useEmulator } from '../support/syncHarness.js'
import { rounds } from '../support/exhaustive.js'

const REPO = 'octo/race'
const ROUNDS = rounds(3, 12)
const { emu, context } = useEmulator()
const ctx = context(REPO)

const save = (m: Machine, branch: string) =>
  saveSession(ctx, saveRequest(m, branch, { savedBy: 'ci' }))

async function stored(branch: string, sessionId: string): Promise<string> {
  const check = await makeMachine('check')
  await restoreSession(ctx, { branch, cwd: check.cwd, configDir: check.configDir, sessionId })
  return readFile(join(projectFolder(check), `${sessionId}.jsonl`), 'utf8')
}

describe('two saves of one branch at once', () => {
  it('keep both sessions when two jobs make the branch draft at the same moment', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const branch = `race-new-${round}`
      const a = await makeMachine('a')
      const b = await makeMachine('b')
      const sa = await placeSynthetic(a, { branch, prompt: `job A round ${round}` })
      const sb = await placeSynthetic(b, { branch, prompt: `job B round ${round}` })
      const results = await Promise.allSettled([save(a, branch), save(b, branch)])
      for (const r of results) expect(r.status).toBe('fulfilled')
      expect(await stored(branch, sa.sessionId)).toContain(`job A round ${round}`)
      expect(await stored(branch, sb.sessionId)).toContain(`job B round ${round}`)
      // GitHub allows twin drafts (docs/facts.md#duplicate-drafts); the next save converges them into one.
      await save(a, branch)
      expect(
        emu.releases(REPO).filter((r) => r.tag_name === `claude-sessions-${branch}`)
      ).toHaveLength(1)
    }
  })

  it('end with one winner and one clear conflict when both extend the same session', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const branch = `race-same-${round}`
      const origin = await makeMachine('origin')
      const { sessionId } = await placeSynthetic(origin, { branch })
      await save(origin, branch)
      const jobs = [await makeMachine('a'), await makeMachine('b')]
      for (const [i, job] of jobs.entries()) {
        await restoreSession(ctx, { branch, cwd: job.cwd, configDir: job.configDir })
        const more = syntheticTranscript({
          sessionId,
          branch,
          cwd: job.cwd,
          turns: 1,
          prompt: `job ${i} round ${round}`
        })
        await appendFile(join(projectFolder(job), `${sessionId}.jsonl`), more)
      }
      const results = await Promise.allSettled(jobs.map((job) => save(job, branch)))
      const won = results.filter((r) => r.status === 'fulfilled')
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      expect(lost[0]!.reason).toBeInstanceOf(ConflictError)
      const winner = results[0]!.status === 'fulfilled' ? 0 : 1
      const text = await stored(branch, sessionId)
      expect(text).toContain(`job ${winner} round ${round}`)
      // The loser's records are still whole on its own machine, which the conflict told it to pull.
      const loserCopy = await readFile(
        join(projectFolder(jobs[1 - winner]!), `${sessionId}.jsonl`),
        'utf8'
      )
      expect(loserCopy).toContain(`job ${1 - winner} round ${round}`)
    }
  })
})
