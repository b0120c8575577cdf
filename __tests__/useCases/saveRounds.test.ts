import { describe, expect, it } from '@jest/globals'
import { appendFile } from 'node:fs/promises'
import { saveSession } from '../../src/save/save.js'
import type { ReleaseStore } from '../../src/store/index.js'
import { placeSynthetic, makeMachine, syntheticTranscript } from '../support/claudeHome.js'
import { saveRequest, useEmulator } from '../support/syncHarness.js'
import { withStore } from './raceSupport.js'

/**
 * On github.com every request costs about 100 ms, so what a save waits for is the number of
 * rounds of writes that depend on each other, not the number of writes. A replacing save writes
 * in two rounds after its uploads (src/save/commitVersion.ts): delete the old metadata (the
 * lost-update check) ∥ the old archive; then rename ours (the lock) ∥ rename the archive ∥ write
 * the index (∥ delete any other superseded assets).
 */
const { emu, context } = useEmulator()
const WRITES = new Set(['uploadAsset', 'renameAsset', 'deleteAsset', 'updateBody', 'createDraft'])

/**
 * The store, noting each write as it starts and ends: a round is a write that starts while no
 * other is in flight, with every write that starts before the round's writes are all done.
 */
function roundsOf(store: ReleaseStore): { store: ReleaseStore; rounds: string[][] } {
  const rounds: string[][] = []
  let inFlight = 0
  const watched = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function' || !WRITES.has(String(prop))) return value
      return async (...args: unknown[]) => {
        if (inFlight++ === 0) rounds.push([])
        rounds.at(-1)!.push(String(prop))
        try {
          return (await (value as (...a: unknown[]) => Promise<unknown>).apply(
            target,
            args
          )) as unknown
        } finally {
          inFlight--
        }
      }
    }
  })
  return { store: watched, rounds }
}

describe('the writes of a save', () => {
  it('a replacing save: both uploads, then two rounds', async () => {
    const repo = 'octo/rounds'
    const ctx = context(repo)
    const branch = 'main'
    const laptop = await makeMachine('rounds')
    const { sessionId, transcriptPath } = await placeSynthetic(laptop, { branch, turns: 2 })
    const save = (store: ReleaseStore) =>
      saveSession(
        withStore(ctx, store),
        saveRequest(laptop, branch, { sessionId, savedBy: 'laptop' })
      )
    expect((await save(ctx.store)).outcome).toBe('created')
    await appendFile(
      transcriptPath,
      syntheticTranscript({ sessionId, branch, cwd: laptop.cwd, turns: 1, prompt: 'more' })
    )
    const watched = roundsOf(ctx.store)
    expect((await save(watched.store)).outcome).toBe('updated')
    expect(watched.rounds.map((round) => [...round].sort())).toEqual([
      ['uploadAsset', 'uploadAsset'],
      ['deleteAsset', 'deleteAsset'],
      ['renameAsset', 'renameAsset', 'updateBody']
    ])
    // And what it left is what the next reader finds: one version, under its final names.
    const names = emu
      .releases(repo)[0]!
      .assets.map((a) => a.name)
      .sort()
    expect(names).toEqual([
      `claude-session-${sessionId}.tar.gz`,
      `claude-session-metadata-${sessionId}.json`
    ])
  })
})
