import { describe, expect, it } from '@jest/globals'
import { appendFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ClaudeSessionError } from '../../src/errors.js'
import { restoreSession, saveSession } from '../../src/sync/index.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  syntheticTranscript,
  type Machine
} from '../support/claudeHome.js'
import type { Fault } from '../support/releasesEmulator.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/faults'
const { emu, context } = useEmulator()
const ctx = context(REPO)

const SECONDARY = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
}
const KINDS: Record<string, Omit<Fault, 'nth'>> = {
  '500': { kind: 'status', status: 500 },
  '502': { kind: 'status', status: 502 },
  '503': { kind: 'status', status: 503 },
  reset: { kind: 'reset' },
  starter: { kind: 'starter', origin: 'uploads' },
  '429 retry-after': { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
  '403 secondary limit': {
    kind: 'status',
    status: 403,
    headers: { 'retry-after': '1' },
    body: SECONDARY
  },
  truncate: { kind: 'truncate', origin: 'storage' },
  // Every request from this one on fails: the run dies here, as a killed process would.
  'killed here': { kind: 'status', status: 500, times: 1_000 }
}

const save = (m: Machine, branch: string) =>
  saveSession(ctx, { branch, cwd: m.cwd, configDir: m.configDir, savedBy: 'laptop' })
const restore = (m: Machine, branch: string) =>
  restoreSession(ctx, { branch, cwd: m.cwd, configDir: m.configDir, onLocalConflict: 'refuse' })

/** Counts the requests of a fault-free run of `op`, so that every position can be faulted. */
async function requestCount(op: () => Promise<unknown>): Promise<number> {
  emu.resetRequests()
  await op()
  return emu.requests.length
}

/** The stored transcript as a fresh machine restores it, without our relocation record. */
async function storedTranscript(branch: string, sessionId: string): Promise<string> {
  const check = await makeMachine('check')
  await restoreSession(ctx, { branch, cwd: check.cwd, configDir: check.configDir, sessionId })
  const text = await readFile(join(projectFolder(check), `${sessionId}.jsonl`), 'utf8')
  return text.slice(0, text.lastIndexOf('{"type":"relocated"'))
}

let branchNo = 0

describe('a save faulted at any request', () => {
  it.each(Object.keys(KINDS))(
    '%s: succeeds, or fails clearly leaving a restorable version and the local transcript untouched',
    async (name) => {
      const probe = await setUpSaved()
      const positions = await requestCount(async () => {
        await appendFile(probe.transcriptPath, more(probe, 'probe'))
        await save(probe.laptop, probe.branch)
      })
      expect(positions).toBeGreaterThanOrEqual(4)

      for (let nth = 1; nth <= positions; nth++) {
        const s = await setUpSaved()
        await appendFile(s.transcriptPath, more(s, 'second'))
        const v2 = await readFile(s.transcriptPath, 'utf8')
        emu.inject({ ...KINDS[name]!, nth })
        const outcome = await save(s.laptop, s.branch).then(
          () => 'saved' as const,
          (error: unknown) => error
        )
        emu.clearFaults()
        if (outcome !== 'saved') {
          expect(outcome).toBeInstanceOf(ClaudeSessionError)
          expect((outcome as Error).message.split('\n')[0]!.length).toBeGreaterThan(10)
        }
        expect(await readFile(s.transcriptPath, 'utf8')).toBe(v2)
        const stored = await storedTranscript(s.branch, s.sessionId)
        expect([s.v1, v2]).toContain(stored)
        if (outcome === 'saved') expect(stored).toBe(v2)

        // The next clean save completes and leaves exactly one archive and one metadata file.
        await save(s.laptop, s.branch)
        expect(await storedTranscript(s.branch, s.sessionId)).toBe(v2)
        const release = emu
          .releases(REPO)
          .find((r) => r.tag_name === `claude-sessions-${s.branch}` && r.draft)!
        expect(release.assets.map((a) => a.name).sort()).toEqual([
          `claude-session-${s.sessionId}.tar.gz`,
          `claude-session-metadata-${s.sessionId}.json`
        ])
      }
    }
  )
})

describe('a restore faulted at any request', () => {
  it.each(Object.keys(KINDS))(
    '%s: succeeds, or fails clearly with the local copy untouched',
    async (name) => {
      const s = await setUpSaved()
      await appendFile(s.transcriptPath, more(s, 'second'))
      await save(s.laptop, s.branch)
      const v2 = await readFile(s.transcriptPath, 'utf8')
      const probe = await makeMachine('probe')
      const positions = await requestCount(() => restore(probe, s.branch))
      for (let nth = 1; nth <= positions; nth++) {
        // The runner already holds the first version: a failed pull must leave it as it was.
        const runner = await makeMachine('runner')
        const local = join(projectFolder(runner), `${s.sessionId}.jsonl`)
        await mkdir(projectFolder(runner), { recursive: true })
        await writeFile(local, s.v1)
        emu.inject({ ...KINDS[name]!, nth })
        const outcome = await restore(runner, s.branch).then(
          () => 'restored' as const,
          (error: unknown) => error
        )
        emu.clearFaults()
        const now = await readFile(local, 'utf8')
        if (outcome === 'restored') {
          expect(now.startsWith(v2)).toBe(true)
        } else {
          expect(outcome).toBeInstanceOf(ClaudeSessionError)
          expect(now).toBe(s.v1)
        }
        expect((await readdir(projectFolder(runner))).filter((f) => f.endsWith('.tmp'))).toEqual([])
      }
    }
  )
})

interface Saved {
  laptop: Machine
  branch: string
  sessionId: string
  transcriptPath: string
  v1: string
}

async function setUpSaved(): Promise<Saved> {
  const laptop = await makeMachine('laptop')
  const branch = `fm-${++branchNo}`
  const { sessionId, transcriptPath, content } = await placeSynthetic(laptop, { branch })
  await save(laptop, branch)
  return { laptop, branch, sessionId, transcriptPath, v1: content }
}

function more(s: { sessionId: string; branch: string; laptop: Machine }, prompt: string): string {
  return syntheticTranscript({
    sessionId: s.sessionId,
    branch: s.branch,
    cwd: s.laptop.cwd,
    turns: 1,
    prompt
  })
}
