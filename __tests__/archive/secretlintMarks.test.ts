import { describe, expect, it } from '@jest/globals'
import { secretLintProfiler } from '@secretlint/profiler'
import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { findSecrets } from '../../src/archive/redaction.js'

/** What secretlint's process-wide profiler holds (it searches this array for every new mark). */
const profilerEntries = (): number =>
  (secretLintProfiler as unknown as { entries: unknown[] }).entries.length

describe('the secret scan over many blocks', () => {
  it('leaves no secretlint marks behind, so each block costs what the first did', async () => {
    const unit = { raw: '{"note":"SECRET_ACCESS is only a word here"}', json: true }
    for (let call = 0; call < 20; call++) {
      expect(await findSecrets([unit])).toEqual([])
      // Let the profiler's observer and its measures run, as the next block's read would.
      await nextTurn()
      expect({ call, marks: performance.getEntriesByType('mark').length }).toEqual({
        call,
        marks: 0
      })
      expect(profilerEntries()).toBeLessThan(200)
    }
  })
})

describe('secret scans running at once', () => {
  it('all complete, and the marks go when the last one ends', async () => {
    const unit = (n: number) => ({ raw: `{"note":"SECRET_ACCESS word ${n}"}`, json: true })
    for (let round = 0; round < 5; round++) {
      // Started a turn apart, so that one ends while the others are still running.
      const scans = [0, 1, 2, 3].map(async (n) => {
        for (let turn = 0; turn < n; turn++) await nextTurn()
        return findSecrets([unit(n)])
      })
      expect(await Promise.all(scans)).toEqual([[], [], [], []])
    }
    await nextTurn()
    expect(performance.getEntriesByType('mark')).toHaveLength(0)
  })
})
