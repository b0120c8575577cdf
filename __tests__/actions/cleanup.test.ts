/**
 * The bundled cleanup action (`node dist/cleanup/index.js`, `npm run bundle` first) as the runner
 * runs it: every input of cleanup/action.yml given, with its default where the test does not
 * choose, and the GITHUB_* files. The template's events are in composite/cleanupTemplate.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { saveSession } from '../../src/save/save.js'
import { makeMachine, placeSynthetic } from '../support/claudeHome.js'
import { repoRoot, runAction, type ActionRun } from '../support/runAction.js'
import { saveRequest, useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/tidy'
const { emu, context } = useEmulator({ repos: { [REPO]: ['main', 'gone', 'kept'] } })
const ctx = context(REPO)

async function pushed(branch: string): Promise<string> {
  const laptop = await makeMachine('laptop')
  const { sessionId } = await placeSynthetic(laptop, { branch })
  await saveSession(ctx, saveRequest(laptop, branch, { sessionId, savedBy: 'laptop' }))
  return sessionId
}

/** cleanup/action.yml's defaults as the runner evaluates them on a `delete` event, then `given`. */
async function cleanup(
  given: Record<string, string>,
  token = emu.tokens.write
): Promise<ActionRun> {
  const action = parse(await readFile(join(repoRoot, 'cleanup', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>
  }
  const defaults: Record<string, string> = {
    '${{ github.token }}': token,
    '${{ github.repository }}': REPO,
    // A delete event has no pull request: the step's start is the cut-off.
    '${{ github.event.pull_request.closed_at }}': ''
  }
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [
      name,
      defaults[spec.default] ?? spec.default
    ])
  )
  return runAction(
    'cleanup',
    { ...inputs, ...given },
    {
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GITHUB_REPOSITORY: REPO
    }
  )
}

const stored = () =>
  JSON.stringify(
    emu
      .releases(REPO)
      .filter((r) => r.draft)
      .map((r) => r.assets.map((a) => a.name))
  )

describe('the bundled cleanup action', () => {
  it('lists on a dry run, then deletes the branch’s sessions, reporting in outputs and the summary', async () => {
    const gone = await pushed('gone')
    const kept = await pushed('kept')
    const dry = await cleanup({ branch: 'gone', 'dry-run': 'true' })
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(`Would delete gone ${gone}`)
    expect(dry.outputs).toEqual({ deleted: '0', kept: '0' })
    expect(dry.summary).toContain('Would delete')
    expect(stored()).toContain(gone)

    const real = await cleanup({ branch: 'gone' })
    expect(real.code).toBe(0)
    expect(real.outputs).toEqual({ deleted: '1', kept: '0' })
    expect(real.summary).toContain('Deleted')
    expect(emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-gone')).toBe(false)
    expect(stored()).toContain(kept)
    for (const text of [real.stdout.replace(/^::add-mask::.*$/gm, ''), real.stderr, real.summary])
      expect(text).not.toContain(emu.tokens.write)
  })

  it('says a read-only token sees no drafts, and deletes nothing', async () => {
    const id = await pushed('main')
    const run = await cleanup({ branch: 'main' }, emu.tokens.read)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('contents: write')
    expect(stored()).toContain(id)
  })

  it.each([
    ['older-than-days', 'soon', /older-than-days/],
    ['saved-before', 'yesterday', /saved-before/],
    ['branch', 'bad..branch', /branch/]
  ])('fails naming the %s input for "%s", deleting nothing', async (name, value, named) => {
    const id = await pushed('kept')
    const before = stored()
    const run = await cleanup({ branch: 'kept', [name]: value })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::/)
    expect(run.stdout.split('\n').find((l) => l.startsWith('::error::'))).toMatch(named)
    expect(stored()).toBe(before)
    expect(before).toContain(id)
  })
})
