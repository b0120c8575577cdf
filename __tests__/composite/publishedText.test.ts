/**
 * What the composite writes where others can read it (the `answer`, `commit`, `pushed` and `edits`
 * outputs a workflow posts on a pull request, and the job summary), with action.yml executed step
 * by step (stepRunner.ts), the bundled steps (`npm run bundle` first), the emulator and a bare origin.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { placeSynthetic } from '../support/claudeHome.js'
import { useEmulator } from '../support/syncHarness.js'
import { secretShapes } from '../archive/secretShapes.js'
import { git, protectBranch } from './gitRemote.js'
import { BRANCH, laptopSession, makeWorld, REPO, runComposite } from './harness.js'
import { lastComposite } from './stepRunner.js'

const { emu } = useEmulator({ repos: { [REPO]: ['main', BRANCH] } })

const PROMPT = 'Add a greeting file'
const EDIT = { file: 'greeting.txt', content: 'hello\n' }
const TOKEN = secretShapes().find((s) => s.kind === 'github classic')!.text

async function world() {
  await laptopSession(
    emu,
    async (laptop) => (await placeSynthetic(laptop, { branch: BRANCH })).sessionId
  )
  return makeWorld(emu)
}

describe("Claude's answer under the secrets policy (issue 21.11)", () => {
  const answer = `Set GH_TOKEN=${TOKEN} in your shell, then run the tests.`

  it('redact: the answer output and the summary carry the redacted answer', async () => {
    const w = await world()
    w.scenario = { answer }
    const run = await runComposite(w, { prompt: PROMPT, secrets: 'redact' })
    expect(run.ok).toBe(true)
    expect(run.outputs.answer).toBe(
      'Set GH_TOKEN=[REDACTED:github] in your shell, then run the tests.'
    )
    const summary = await readFile(w.summary, 'utf8')
    expect(summary).toContain('> Set GH_TOKEN=[REDACTED:github] in your shell')
    expect(summary).not.toContain(TOKEN)
  })

  it('fail: no answer output, no answer in the summary, and the step fails saying why', async () => {
    const w = await world()
    w.scenario = { answer }
    const run = await runComposite(w, { prompt: PROMPT, secrets: 'fail' })
    expect(run.ok).toBe(false)
    expect(run.outputs.answer).toBe('')
    expect(lastComposite.steps.publish!.outcome).toBe('failure')
    const summary = await readFile(w.summary, 'utf8')
    expect(summary).not.toContain(TOKEN)
    expect(summary).toContain(
      "Claude's answer holds 1 possible secret(s): it is left out (secrets: fail)."
    )
    expect(w.runner.log.join('\n')).toContain(
      'it was left out of the answer output and the job summary'
    )
  })

  it('warn: the answer is published as it is, and the finding is listed', async () => {
    const w = await world()
    w.scenario = { answer }
    const run = await runComposite(w, { prompt: PROMPT, secrets: 'warn' })
    expect(run.ok).toBe(true)
    expect(run.outputs.answer).toBe(answer)
    expect(w.runner.log.join('\n')).toContain(
      "Possible secret (github) at line 1 of Claude's answer"
    )
  })
})

describe('a push the branch refused (issue 21.5)', () => {
  it('names no commit, says the edits were not published and why, and claims no push', async () => {
    const w = await world()
    await protectBranch(w.origin)
    const before = await git(w.origin, 'rev-parse', BRANCH)
    w.scenario = { edit: EDIT }
    const run = await runComposite(w, { prompt: PROMPT })
    expect(run.ok).toBe(true)
    expect(run.outputs.commit).toBe('')
    expect(run.outputs.pushed).toBe('false')
    expect(run.outputs.edits).toMatch(
      /^not pushed: Pushing to feature\/login was refused \(.*GH006/
    )
    expect(await git(w.origin, 'rev-parse', BRANCH)).toBe(before)
    const summary = await readFile(w.summary, 'utf8')
    expect(summary).toContain('| Edits | not pushed: ')
    expect(summary).not.toMatch(/pushed to feature\/login/)
  })
})
