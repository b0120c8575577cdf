import { describe, expect, it } from '@jest/globals'
import { appendFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ClaudeSessionError } from '../../src/errors.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  syntheticTranscript,
  type Machine
} from '../support/claudeHome.js'
import type { Fault, RequestRecord } from '../../emulator/releasesEmulator.js'
import { restoreRequest, saveRequest, useEmulator } from '../support/syncHarness.js'
import { EXHAUSTIVE } from '../support/exhaustive.js'

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
/**
 * Only a fault that persists may make a run fail: one transient fault (a 5xx, a reset, a rate
 * limit, a starter asset, a truncated download) at any single position must end in success.
 */
const PERSISTENT = new Set(['killed here'])

/**
 * The positions to fault. Every one under CLAUDE_SESSION_EXHAUSTIVE=1. By default a kind bound to
 * one origin (a starter asset, a truncated download) faults every request of that origin, which
 * are few; the other kinds take the positions in turn, so that together they fault every one,
 * and each also faults the first and the last request (the lookup and the final commit), except
 * 502 and 503, which take the same path as 500 in Octokit's retry and in our transfers'.
 */
const UNBOUND = Object.keys(KINDS).filter((kind) => KINDS[kind]!.origin === undefined)
const TURN_ONLY = new Set(['502', '503'])
function sampled(kind: string, requests: readonly RequestRecord[]): number[] {
  const origin = KINDS[kind]!.origin
  const count = requests.filter((r) => origin === undefined || r.origin === origin).length
  const all = Array.from({ length: count }, (_, i) => i + 1)
  if (EXHAUSTIVE || origin !== undefined) return all
  const turn = UNBOUND.indexOf(kind)
  const end = (nth: number) => !TURN_ONLY.has(kind) && (nth === 1 || nth === count)
  return all.filter((nth) => end(nth) || nth % UNBOUND.length === turn)
}

/** A transient fault must not surface: the save or restore succeeds (a failure names kind and position). */
function expectSurvived(kind: string, nth: number, outcome: unknown, success: string): void {
  if (PERSISTENT.has(kind)) return
  const seen = outcome instanceof Error ? `${outcome.name}: ${outcome.message}` : outcome
  expect({ kind, nth, outcome: seen }).toEqual({ kind, nth, outcome: success })
}

const save = (m: Machine, branch: string) =>
  saveSession(ctx, saveRequest(m, branch, { savedBy: 'laptop' }))
const restore = (m: Machine, branch: string) =>
  restoreSession(ctx, restoreRequest(m, branch, { onLocalConflict: 'refuse' }))

/**
 * The requests of a fault-free run of the operation `prepare` sets up and returns, recorded once
 * per file for `sampled`.
 */
function requestsOf(
  prepare: () => Promise<() => Promise<unknown>>
): () => Promise<RequestRecord[]> {
  let made: Promise<RequestRecord[]> | undefined
  return () =>
    (made ??= (async () => {
      const op = await prepare()
      emu.resetRequests()
      await op()
      return [...emu.requests]
    })())
}

/** The stored transcript as a fresh machine restores it, without our relocation record. */
async function storedTranscript(branch: string, sessionId: string): Promise<string> {
  const check = await makeMachine('check')
  await restoreSession(ctx, { branch, cwd: check.cwd, configDir: check.configDir, sessionId })
  const text = await readFile(join(projectFolder(check), `${sessionId}.jsonl`), 'utf8')
  return text.slice(0, text.lastIndexOf('{"type":"relocated"'))
}

let branchNo = 0

/** A save that replaces a stored version, as every faulted save below is. */
const replacingSave = requestsOf(async () => {
  const probe = await setUpSaved()
  await appendFile(probe.transcriptPath, more(probe, 'probe'))
  return () => save(probe.laptop, probe.branch)
})

/** A restore of a stored session into a fresh machine. */
const freshRestore = requestsOf(async () => {
  const { branch } = await setUpSaved()
  const probe = await makeMachine('probe')
  return () => restore(probe, branch)
})

describe('a save faulted at any request', () => {
  it.each(Object.keys(KINDS))(
    '%s: succeeds if transient, or fails clearly leaving a restorable version and the local transcript untouched',
    async (name) => {
      const requests = await replacingSave()
      expect(requests.length).toBeGreaterThanOrEqual(4)

      for (const nth of sampled(name, requests)) {
        const s = await setUpSaved()
        await appendFile(s.transcriptPath, more(s, 'second'))
        const v2 = await readFile(s.transcriptPath, 'utf8')
        emu.inject({ ...KINDS[name]!, nth })
        const outcome = await save(s.laptop, s.branch).then(
          () => 'saved' as const,
          (error: unknown) => error
        )
        emu.clearFaults()
        expectSurvived(name, nth, outcome, 'saved')
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
    '%s: succeeds if transient, or fails clearly with the local copy untouched',
    async (name) => {
      const s = await setUpSaved()
      await appendFile(s.transcriptPath, more(s, 'second'))
      await save(s.laptop, s.branch)
      const v2 = await readFile(s.transcriptPath, 'utf8')
      const requests = await freshRestore()
      for (const nth of sampled(name, requests)) {
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
        expectSurvived(name, nth, outcome, 'restored')
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
