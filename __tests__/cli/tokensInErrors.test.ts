import { describe, expect, it } from '@jest/globals'
import { saveSession } from '../../src/save/save.js'
import { restoreSession } from '../../src/restore/restore.js'
import { run } from '../archive/secretShapes.js'
import { makeMachine, placeSynthetic } from '../support/claudeHome.js'
import { cliEnv, runMain } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/tokens-in-errors'
const { emu, context } = useEmulator()
const ctx = context(REPO)

/** A token of every shape GitHub issues, assembled at run time so this file holds none. */
const TOKENS = [
  ...['ghp', 'gho', 'ghu', 'ghs', 'ghr'].map((p, i) => `${p}_${run(36, i + 1)}`),
  'github' + '_pat_' + run(22, 7) + '_' + run(59, 8)
]

/** GitHub's answer quotes every one of them, as an error message may quote what it was sent. */
const quoting = { message: `Bad credentials for ${TOKENS.join(', ')}` }

/** No token, and no 12 characters of one, appear in `text`. */
function expectNoToken(what: string, text: string): void {
  for (const token of TOKENS) {
    const leaked = [...Array(token.length - 11).keys()].some((i) =>
      text.includes(token.slice(i, i + 12))
    )
    expect({ what, token: token.slice(0, 4), leaked }).toEqual({
      what,
      token: token.slice(0, 4),
      leaked: false
    })
  }
}

const STATUSES = [400, 401, 403, 404, 422, 500]

describe('tokens quoted in GitHub error messages (issue 21: behaviours no test protects)', () => {
  it('never reach an error message or the log of a save or a restore', async () => {
    const m = await makeMachine('tokens-use-cases')
    const branch = 'tokens-use-cases'
    await placeSynthetic(m, { branch })
    for (const status of STATUSES) {
      for (const [what, attempt] of [
        [
          'save',
          () => saveSession(ctx, { branch, cwd: m.cwd, configDir: m.configDir, savedBy: 'laptop' })
        ],
        ['restore', () => restoreSession(ctx, { branch, cwd: m.cwd, configDir: m.configDir })]
      ] as const) {
        ctx.log.lines.length = 0
        emu.inject({ kind: 'status', status, body: quoting, times: 20 })
        const error = await attempt().then(
          () => undefined,
          (e: unknown) => e as Error
        )
        emu.clearFaults()
        expect({ what, status, failed: error instanceof Error }).toEqual({
          what,
          status,
          failed: true
        })
        expectNoToken(`${what} ${status} message`, `${error!.message} ${String(error!.cause)}`)
        expectNoToken(`${what} ${status} log`, ctx.log.lines.join('\n'))
      }
    }
  })

  it('never reach what the CLI prints, even with --verbose', async () => {
    const m = await makeMachine('tokens-cli')
    const branch = 'tokens-cli'
    await placeSynthetic(m, { branch })
    const env = cliEnv(m, emu, REPO, { TMPDIR: ctx.tempDir, NO_COLOR: '1' })
    for (const status of STATUSES) {
      for (const args of [
        ['push', branch, '--cwd', m.cwd],
        ['pull', branch, '--cwd', m.cwd],
        ['list']
      ]) {
        emu.inject({ kind: 'status', status, body: quoting, times: 20 })
        const result = await runMain(['--verbose', '--repo', REPO, ...args], env)
        emu.clearFaults()
        // (list reads a 422 as the end of the listing, as GitHub answers past 1000 releases)
        expect({ args, status, printed: result.stdout + result.stderr !== '' }).toEqual({
          args,
          status,
          printed: true
        })
        expectNoToken(`${args[0]} ${status}`, result.stdout + result.stderr)
      }
    }
  })
})
