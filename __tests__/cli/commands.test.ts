/**
 * The CLI's command functions called directly, with their runtime injected (environment,
 * directory, output, scratch folder) and the real Octokit against the emulator: what a stale
 * bundle could hide, these catch.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runDelete } from '../../src/cli/commands/delete.js'
import { runList } from '../../src/cli/commands/list.js'
import { runPull } from '../../src/cli/commands/pull.js'
import { runPush } from '../../src/cli/commands/push.js'
import { UsageError } from '../../src/errors.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  removeLater,
  type Machine
} from '../support/claudeHome.js'
import { emulatorRuntime } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/commands'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })

const runtimeFor = (m: Machine, extra: NodeJS.ProcessEnv = {}) =>
  emulatorRuntime(m, emu, REPO, extra)

describe('push, list, pull and delete as functions', () => {
  it('carries a session from one machine to another and names it in each output', async () => {
    const laptop = await makeMachine('commands-laptop')
    const { sessionId, content } = await placeSynthetic(laptop, { branch: 'main' })
    const pushing = await runtimeFor(laptop)
    await runPush({ branch: 'main', session: sessionId }, pushing)
    expect(pushing.stdout.join('')).toContain(`Uploaded claude-session-${sessionId}.tar.gz`)

    const listing = await runtimeFor(laptop)
    await runList({ branch: 'main', json: true }, listing)
    const listed = JSON.parse(listing.stdout.join('')) as { sessionId: string }[]
    expect(listed.map((s) => s.sessionId)).toEqual([sessionId])

    const runner = await makeMachine('commands-runner')
    const jobEnv = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-jobenv-')))
    const envFile = join(jobEnv, 'env')
    await writeFile(envFile, '')
    // core.exportVariable writes to this process's GITHUB_ENV, as in a step.
    const before = process.env.GITHUB_ENV
    process.env.GITHUB_ENV = envFile
    try {
      const pulling = await runtimeFor(runner, { GITHUB_ENV: envFile })
      await runPull({ branch: 'main' }, pulling)
      expect(pulling.stdout.join('')).toContain(`claude --resume ${sessionId}`)
    } finally {
      if (before === undefined) delete process.env.GITHUB_ENV
      else process.env.GITHUB_ENV = before
      delete process.env.SESSION_ID
      delete process.env.SESSION_RESTORED
    }
    expect(await readFile(envFile, 'utf8')).toMatch(
      new RegExp(`^SESSION_ID<<(ghadelimiter_[^\\n]+)\\n${sessionId}\\n\\1\\n`)
    )
    const installed = await readFile(join(projectFolder(runner), `${sessionId}.jsonl`), 'utf8')
    // Byte for byte, plus Claude Code's own record of the move to another directory.
    expect(installed.startsWith(content)).toBe(true)

    const deleting = await runtimeFor(laptop)
    await runDelete({ branch: 'main', session: sessionId, yes: true }, deleting)
    expect(deleting.stdout.join('')).toContain('Deleted session')
  })

  it('refuses before any request: the run context is checked first', async () => {
    const m = await makeMachine('commands-refuse')
    emu.resetRequests()
    await expect(
      runPush({ branch: 'main', session: 'notauuid' }, await runtimeFor(m))
    ).rejects.toThrow(UsageError)
    await expect(
      runPull({ branch: 'main' }, await runtimeFor(m, { GITHUB_API_URL: 'api.github.example' }))
    ).rejects.toThrow(/GITHUB_API_URL/)
    expect(emu.requests).toHaveLength(0)
  })
})
