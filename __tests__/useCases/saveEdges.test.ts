import { describe, expect, it } from '@jest/globals'
import { generateX25519Identity } from 'age-encryption'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, readdir, stat, writeFile, appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseMetadata } from '../../src/archive/index.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { main } from '../../src/cli/main.js'
import { ClaudeSessionError, HostileArchiveError, UsageError } from '../../src/errors.js'
import { listStoredSessions } from '../../src/manage/list.js'
import { planPrune } from '../../src/manage/prune.js'
import { restoreSession, type RestoreRequest } from '../../src/restore/restore.js'
import { saveSession, type SaveRequest } from '../../src/save/save.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  removeLater,
  syntheticTranscript,
  type Machine
} from '../support/claudeHome.js'
import { cliEnv, commandRuntime } from '../support/cliRuntime.js'
import { saveRequest, useEmulator } from '../support/syncHarness.js'
import { hookedStore, storedTranscript, withStore } from './raceSupport.js'
import { cheapPassphrase } from '../support/keys.js'

const REPO = 'octo/save-edges'
const { emu, context } = useEmulator({ repos: { [REPO]: ['main'] } })
const ctx = context(REPO)

const request = (m: Machine, branch: string, extra: Record<string, unknown> = {}): SaveRequest =>
  saveRequest(m, branch, { savedBy: 'laptop', ...extra })

const draft = (branch: string) =>
  emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${branch}`)

const restored = (
  branch: string,
  sessionId: string,
  extra: Partial<RestoreRequest> = {}
): Promise<string> => storedTranscript(ctx, branch, sessionId, extra)

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: unknown) => error as Error
  )
}

describe('push refuses what pull would refuse', () => {
  it('refuses a complete line that is not JSON, naming file and line, exit 2, creating nothing', async () => {
    const m = await makeMachine('garbage')
    const branch = 'not-json'
    const { sessionId, transcriptPath } = await placSyntheticLines(m, branch)
    await appendFile(transcriptPath, 'this is {{ garbage\n' + syntheticLine(sessionId, m, branch))
    const error = await failure(saveSession(ctx, request(m, branch, { sessionId })))
    expect(error).toBeInstanceOf(UsageError)
    expect(exitCodeOf(error)).toBe(2)
    expect(error.message).toContain(`${sessionId}.jsonl`)
    expect(error.message).toMatch(/Line 5\b/)
    expect(error.message).not.toContain('garbage')
    expect(draft(branch)).toBeUndefined()
  })

  it('refuses an empty transcript, and one holding only a half-written line', async () => {
    for (const content of ['', '{"type":"user","message":{"role":"us']) {
      const m = await makeMachine('empty')
      const branch = `empty-${content.length}`
      const sessionId = randomUUID()
      const dir = projectFolder(m)
      await placeSynthetic(m, { branch: 'elsewhere' })
      await writeFile(join(dir, `${sessionId}.jsonl`), content)
      const error = await failure(saveSession(ctx, request(m, branch, { sessionId })))
      expect(error).toBeInstanceOf(UsageError)
      expect(exitCodeOf(error)).toBe(2)
      expect(error.message).toContain(`${sessionId}.jsonl`)
      expect(draft(branch)).toBeUndefined()
    }
  })

  it('never uploads a half-written last line, under secrets "redact" too', async () => {
    for (const secrets of ['warn', 'redact'] as const) {
      const m = await makeMachine('partial')
      const branch = `partial-${secrets}`
      const { sessionId, transcriptPath, content } = await placeSynthetic(m, { branch })
      const token = 'gh' + 'p_' + 'aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zaB3dE'
      const withSecret =
        JSON.stringify({ type: 'user', sessionId, message: { role: 'user', content: token } }) +
        '\n'
      await appendFile(transcriptPath, withSecret + '{"type":"assistant","message":{"cont')
      await saveSession(ctx, request(m, branch, { sessionId, secrets }))
      const stored = await restored(branch, sessionId)
      expect(stored.startsWith(content)).toBe(true)
      expect(stored.split('\n').filter((l) => l.length > 0)).toHaveLength(
        content.split('\n').length
      )
      expect(stored).not.toContain('{"type":"assistant","message":{"cont')
      if (secrets === 'redact') expect(stored).not.toContain(token)
    }
  })
})

describe('a session recorded on another branch', () => {
  it('warns when its records name another branch, but not for a detached HEAD', async () => {
    for (const [recorded, warns] of [
      ['feature-x', true],
      ['HEAD', false],
      ['main', false]
    ] as const) {
      const m = await makeMachine('branch')
      const { sessionId } = await placeSynthetic(m, { branch: recorded })
      ctx.log.lines.length = 0
      await saveSession(ctx, request(m, 'main', { sessionId }))
      const warnings = ctx.log.lines.filter((l) => l.startsWith('warning:') && l.includes('branch'))
      if (warns) {
        expect(warnings).toHaveLength(1)
        expect(warnings[0]).toContain('feature-x')
        expect(warnings[0]).toContain('main')
      } else {
        expect(warnings).toEqual([])
      }
    }
  })
})

describe('one bad metadata file breaks nobody', () => {
  it('list and prune skip it with a warning naming branch and asset; restore says what it needs', async () => {
    const good = await makeMachine('good')
    const { sessionId: goodId } = await placeSynthetic(good, { branch: 'main' })
    await saveSession(ctx, request(good, 'main'))
    const junkId = randomUUID()
    const newerId = randomUUID()
    emu.seedRelease(REPO, {
      tag_name: 'claude-sessions-teammate',
      draft: true,
      assets: [
        { name: `claude-session-metadata-${junkId}.json`, data: 'this is not { json' },
        { name: `claude-session-${junkId}.tar.gz`, data: 'x' },
        {
          name: `claude-session-metadata-${newerId}.json`,
          data: JSON.stringify({ sessionId: newerId, formatVersion: 99, toolVersion: '9.1.0' })
        },
        { name: `claude-session-${newerId}.tar.gz`, data: 'y' }
      ]
    })
    ctx.log.lines.length = 0
    const sessions = (await listStoredSessions(ctx)) as unknown as Record<string, unknown>[]
    expect(sessions.map((s) => s.sessionId)).toEqual(expect.arrayContaining([goodId]))
    for (const id of [junkId, newerId]) {
      const entry = sessions.find((s) => s.sessionId === id)!
      expect(entry.branch).toBe('teammate')
      expect(String(entry.problem)).toContain(`claude-session-metadata-${id}.json`)
      const warning = ctx.log.lines.find((l) => l.startsWith('warning:') && l.includes(id))
      expect(warning).toContain('teammate')
      expect(warning).toContain(`claude-session-metadata-${id}.json`)
    }
    const plan = await planPrune(ctx, { olderThanDays: 0, now: new Date('2100-01-01') })
    expect(plan.map((c) => c.sessionId)).toContain(goodId)
    expect(plan.map((c) => c.sessionId)).not.toContain(newerId)

    const runner = await makeMachine('runner')
    const error = await failure(
      restoreSession(ctx, {
        branch: 'teammate',
        cwd: runner.cwd,
        configDir: runner.configDir,
        sessionId: newerId
      })
    )
    expect(error).toBeInstanceOf(ClaudeSessionError)
    expect(error.message).toContain('9.1.0')
    expect(error.message).toContain('format 99')
    expect(error.message).toMatch(/[Uu]pdate claude-session/)
  })
})

describe('encryption is never dropped silently', () => {
  it('refuses to replace an encrypted copy with plaintext unless asked explicitly', async () => {
    const m = await makeMachine('downgrade')
    const branch = 'downgrade'
    const { sessionId, transcriptPath } = await placeSynthetic(m, { branch })
    const key = cheapPassphrase('from a repository secret')
    await saveSession(ctx, request(m, branch, { encryption: key }))
    await appendFile(transcriptPath, syntheticLine(sessionId, m, branch))

    for (const savedBy of ['laptop', 'ci'] as const) {
      const error = await failure(saveSession(ctx, request(m, branch, { savedBy })))
      expect(error).toBeInstanceOf(UsageError)
      expect(exitCodeOf(error)).toBe(2)
      expect(error.message).toContain(savedBy === 'ci' ? 'encryption-key input' : '--no-encryption')
    }
    expect(
      draft(branch)!
        .assets.map((a) => a.name)
        .sort()
    ).toEqual([
      `claude-session-${sessionId}.tar.gz.age`,
      `claude-session-metadata-${sessionId}.json`
    ])
    // The key still checks the encrypted copy's digests (issue 21, item 1: without any key it
    // could not be compared, and replacing it unchecked could lose records).
    const plain = await saveSession(
      ctx,
      request(m, branch, { allowUnencrypted: true, compareKey: key })
    )
    expect(plain.archiveName).toBe(`claude-session-${sessionId}.tar.gz`)
    expect(await restored(branch, sessionId)).toBe(await readFile(transcriptPath, 'utf8'))
  })
})

describe('push --no-encryption (10.6, through the CLI)', () => {
  it('exits 2 over an encrypted copy without a key, and stores plaintext only with the flag', async () => {
    const m = await makeMachine('cli-downgrade')
    const branch = 'cli-downgrade'
    const { sessionId, transcriptPath } = await placeSynthetic(m, { branch })
    // The repository comes from --repo here, and retries as a user has them.
    const env = cliEnv(m, emu, REPO, {
      PATH: process.env.PATH,
      TMPDIR: ctx.tempDir,
      NO_COLOR: '1',
      GITHUB_REPOSITORY: undefined,
      CLAUDE_SESSION_RETRIES: undefined
    })
    // Its output is recorded, not printed among the test results.
    const { io } = await commandRuntime(m, env)
    const push = (extra: string[], more: Record<string, string> = {}) =>
      main(
        ['node', 'claude-session', '-q', 'push', branch, '--repo', REPO, '--cwd', m.cwd, ...extra],
        { ...env, ...more },
        { io }
      )
    // An age identity: the subject is the missing key, not scrypt's cost.
    const key = await generateX25519Identity()
    expect(await push([], { CLAUDE_SESSION_KEY: key })).toBe(0)
    await appendFile(transcriptPath, syntheticLine(sessionId, m, branch))
    expect(await push([])).toBe(2)
    expect(draft(branch)!.assets.some((a) => a.name.endsWith('.tar.gz.age'))).toBe(true)
    expect(await push(['--no-encryption'], { CLAUDE_SESSION_KEY: key })).toBe(0)
    expect(
      draft(branch)!
        .assets.map((a) => a.name)
        .sort()
    ).toEqual([`claude-session-${sessionId}.tar.gz`, `claude-session-metadata-${sessionId}.json`])
  })
})

describe('redact, then encrypt, in a private folder (10.9, 15.11)', () => {
  it('writes the clear copies only inside one 0700 folder of its own, always removed', async () => {
    const m = await makeMachine('private')
    const branch = 'private'
    const { sessionId, transcriptPath } = await placeSynthetic(m, { branch })
    const token = 'gh' + 'p_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8'
    await appendFile(
      transcriptPath,
      JSON.stringify({ type: 'user', sessionId, message: { role: 'user', content: token } }) + '\n'
    )
    const scratch = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-scratch-')))
    const seen: { name: string; mode: number }[][] = []
    const looking = hookedStore(ctx.store, async (method) => {
      if (method !== 'uploadAsset') return
      const entries = await readdir(scratch)
      seen.push(
        await Promise.all(
          entries.map(async (name) => ({
            name,
            mode: (await stat(join(scratch, name))).mode & 0o777
          }))
        )
      )
    })
    const key = cheapPassphrase('another secret')
    const own = { ...withStore(ctx, looking), tempDir: scratch }
    await saveSession(own, request(m, branch, { encryption: key, secrets: 'redact' }))
    expect(seen.length).toBeGreaterThan(0)
    for (const entries of seen) {
      expect(entries).toHaveLength(1)
      expect(entries[0]!.name).toMatch(/^claude-session-save-/)
      expect(entries[0]!.mode).toBe(0o700)
    }
    expect(await readdir(scratch)).toEqual([])
    const archive = draft(branch)!.assets.find((a) => a.name.endsWith('.age'))!.data
    expect(archive.includes(token)).toBe(false)
    const stored = await restored(branch, sessionId, { encryption: key })
    expect(stored).toContain('[REDACTED:')
    expect(stored).not.toContain(token)

    // A save that fails half-way leaves nothing behind either.
    await appendFile(transcriptPath, syntheticLine(sessionId, m, branch))
    emu.inject({ kind: 'status', status: 500, times: 1000, origin: 'uploads' })
    await expect(
      saveSession(
        { ...ctx, tempDir: scratch },
        request(m, branch, { encryption: key, secrets: 'redact' })
      )
    ).rejects.toBeInstanceOf(ClaudeSessionError)
    emu.clearFaults()
    expect(await readdir(scratch)).toEqual([])
  })
})

describe('format-1 metadata must carry the archive digest', () => {
  it('refuses format-1 metadata without archiveSha256', () => {
    const v1 = {
      sessionId: randomUUID(),
      gitBranch: 'main',
      timestamp: new Date().toISOString(),
      archivePath: 'claude-session-x.tar.gz',
      formatVersion: 1,
      archiveSize: 10
    }
    expect(() => parseMetadata(JSON.stringify(v1))).toThrow(HostileArchiveError)
    expect(() =>
      parseMetadata(JSON.stringify({ ...v1, archiveSha256: 'a'.repeat(64) }))
    ).not.toThrow()
  })
})

function syntheticLine(sessionId: string, m: Machine, branch: string): string {
  return syntheticTranscript({ sessionId, branch, cwd: m.cwd, turns: 1, prompt: 'more' })
}

async function placSyntheticLines(
  m: Machine,
  branch: string
): Promise<{ sessionId: string; transcriptPath: string }> {
  return placeSynthetic(m, { branch, turns: 2 })
}
