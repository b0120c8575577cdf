/**
 * Token use of the records a run added (issue 23.5), on real transcripts: Claude Code 2.1.39 writes
 * one row per content block of an API message, each with the message's usage, so a message counts
 * once. The expected figures were added up independently (per message id, the last row's usage).
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { readAddedTurns } from '../../src/session/turns.js'
import { formatTokenUsage } from '../../src/session/tokenUsage.js'
import { transcriptsDir } from '../support/claudeHome.js'

const SPOTTER = join(transcriptsDir, 'spotter', '4d5611e5-241a-462a-8d15-5122611a9569.jsonl')

describe('token use of the added records', () => {
  it('adds up each API message once, with the usage of its last row', async () => {
    const all = await readAddedTurns(SPOTTER)
    expect(all.tokens).toEqual({
      input: 177,
      output: 28_755,
      cacheRead: 11_618_567,
      cacheWrite: 479_537,
      models: ['claude-opus-4-6']
    })
    expect(formatTokenUsage(all.tokens!)).toBe(
      '177 input, 28,755 output, 11,618,567 cache read, 479,537 cache write tokens (claude-opus-4-6)'
    )
  })

  it('counts only the records after the ones skipped', async () => {
    const added = await readAddedTurns(SPOTTER, 0, 1000)
    expect(added.tokens).toMatchObject({
      input: 59,
      output: 5_406,
      cacheRead: 3_972_473,
      cacheWrite: 196_565
    })
  })
})
