import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ReleaseStore } from '../../src/store/index.js'
import { restoreSession, type RestoreRequest } from '../../src/restore/restore.js'
import { type SyncContext } from '../../src/shared/context.js'
import { makeMachine, projectFolder, type Machine } from '../support/claudeHome.js'

/** A small deterministic generator (mulberry32), so that a failing round can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/**
 * The same store, talking to the same emulator through the real Octokit, with a varied pause
 * before each request and after each answer: two saves on such stores interleave differently in
 * every round, as two machines on different networks would.
 */
export function delayedStore(store: ReleaseStore, random: () => number, maxMs = 8): ReleaseStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        await sleep(Math.floor(random() * maxMs))
        const result = (await (value as (...a: unknown[]) => unknown).apply(
          target,
          args
        )) as unknown
        await sleep(Math.floor(random() * maxMs))
        return result
      }
    }
  })
}

/**
 * The same store with a hook run before chosen calls: a test holds one save at a precise step
 * while another runs, to replay one interleaving exactly.
 */
export function hookedStore(
  store: ReleaseStore,
  before: (method: string, args: unknown[]) => Promise<void> | void
): ReleaseStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        await before(String(prop), args)
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    }
  })
}

export function withStore(ctx: SyncContext, store: ReleaseStore): SyncContext {
  return { ...ctx, store }
}

/** Writes a transcript as Claude Code keeps it on that machine. */
export async function placeTranscript(
  m: Machine,
  sessionId: string,
  content: string
): Promise<void> {
  await mkdir(projectFolder(m), { recursive: true })
  await writeFile(join(projectFolder(m), `${sessionId}.jsonl`), content)
}

/** What a fresh machine restores, without the relocation record restore appends. */
export async function storedTranscript(
  ctx: SyncContext,
  branch: string,
  sessionId: string,
  extra: Partial<RestoreRequest> = {}
): Promise<string> {
  const check = await makeMachine('check')
  await restoreSession(ctx, {
    branch,
    cwd: check.cwd,
    configDir: check.configDir,
    sessionId,
    ...extra
  })
  const text = await readFile(join(projectFolder(check), `${sessionId}.jsonl`), 'utf8')
  const at = text.lastIndexOf('{"type":"relocated"')
  return at === -1 ? text : text.slice(0, at)
}
