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
