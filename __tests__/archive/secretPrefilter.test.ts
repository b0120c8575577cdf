import { describe, expect, it } from '@jest/globals'
import { findSecrets } from '../../src/archive/redaction.js'
import { prefilterFor } from '../../src/archive/secretRules.js'
import { secretShapes } from './secretShapes.js'

/** The raw line as the prefilter reads it: bytes as latin1. */
function prefilterSelects(line: string, extra: string[] = []): boolean {
  return prefilterFor(extra).test(Buffer.from(line, 'utf8').toString('latin1'))
}

describe('the prefilter', () => {
  it('selects the line of every planted shape, plain and with JSON escapes', async () => {
    for (const shape of secretShapes(4)) {
      const plain = JSON.stringify({ content: `x ${shape.text} y` })
      // Every letter (not of an escape) written as \u00XX, and "/" as "\/".
      const escaped = plain.replace(
        /(?<!\\)[A-Za-z]/g,
        (c) => '\\u00' + c.charCodeAt(0).toString(16)
      )
      const slashed = plain.replace(/\//g, '\\/')
      for (const line of [plain, escaped, slashed]) {
        expect((await findSecrets([{ raw: line, json: true }])).length).toBeGreaterThan(0)
        expect([shape.kind, prefilterSelects(line)]).toEqual([shape.kind, true])
      }
    }
  })

  it('selects a line holding a literal secret to withhold, and passes over ordinary lines', () => {
    const own = 'ghs_' + 'thisRunsOwnToken0123456789'
    expect(prefilterSelects(JSON.stringify({ content: `token ${own}` }), [own])).toBe(true)
    expect(
      prefilterSelects(
        JSON.stringify({
          type: 'assistant',
          message: { content: 'Ran the task-runner; see https://example.com/docs' }
        })
      )
    ).toBe(false)
  })

  it('selects credential URLs and Slack webhooks in any letter case, as their rules match them', async () => {
    for (const url of [
      'POSTGRES' + '://admin:' + 'Zq8vN2kLp4Xr@db.example.com/app',
      'MongoDB' + '://app:' + 'Zq8vN2kLp4Xr@cluster0.example.net/prod',
      'jdbc:mysql' + '://root:' + 'Zq8vN2kLp4Xr@10.0.0.5:3306/shop',
      'HTTPS://' + 'Hooks.Slack.com/services/' + 'T0123ABCD/B0456EFGH/' + 'Zq8vN2kLp4XrZq8vN2kLp4Xr'
    ]) {
      const line = JSON.stringify({ content: `connect ${url} now` })
      expect([url, (await findSecrets([{ raw: line, json: true }])).length]).toEqual([url, 1])
      expect([url, prefilterSelects(line)]).toEqual([url, true])
    }
  })
})
