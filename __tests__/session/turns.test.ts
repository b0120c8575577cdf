/**
 * The one definition of a turn (src/session/turns.ts), used by the job summary and by
 * `claude-session continue`: what each kind of record counts as.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readAddedTurns, turnOf, type RecordTurn } from '../../src/session/turns.js'
import { scratchDir } from '../support/claudeHome.js'

const user = (content: unknown, extra: object = {}) => ({
  type: 'user',
  message: { role: 'user', content },
  ...extra
})
const assistant = (content: unknown, extra: object = {}) => ({
  type: 'assistant',
  message: { role: 'assistant', content },
  ...extra
})

describe('what one record counts as', () => {
  const rows: [string, unknown, RecordTurn][] = [
    [
      'a typed prompt (string content)',
      user('fix the test'),
      { prompt: 'fix the test', tools: [] }
    ],
    [
      'a typed prompt (text blocks)',
      user([{ type: 'text', text: 'and the docs' }]),
      { prompt: 'and the docs', tools: [] }
    ],
    [
      'a tool result fed back to Claude: no prompt',
      user([{ type: 'tool_result', tool_use_id: 't1', content: 'ok' }]),
      { tools: [] }
    ],
    ['a slash-command echo: no prompt', user('<command-name>/clear</command-name>'), { tools: [] }],
    ['an interruption: no prompt', user('[Request interrupted by user]'), { tools: [] }],
    ['a meta row: no prompt', user('Caveat: …', { isMeta: true }), { tools: [] }],
    [
      'a subagent prompt (sidechain): no prompt',
      user('explore', { isSidechain: true }),
      { tools: [] }
    ],
    ['an empty prompt: no prompt', user('   '), { tools: [] }],
    [
      'an answer with a tool call',
      assistant([
        { type: 'text', text: 'Running the tests.' },
        { type: 'tool_use', id: 't1', name: 'Bash', input: {} }
      ]),
      { answer: 'Running the tests.', tools: ['Bash'] }
    ],
    [
      'a tool call alone: no answer',
      assistant([{ type: 'tool_use', id: 't2', name: 'Read', input: {} }]),
      { tools: ['Read'] }
    ],
    [
      'a record naming its Claude Code version',
      { type: 'system', version: '2.1.39' },
      { tools: [], claudeVersion: '2.1.39' }
    ],
    ['a bookkeeping row', { type: 'summary', summary: 'x' }, { tools: [] }],
    ['JSON that is no record', [1, 2], { tools: [] }]
  ]
  it.each(rows)('%s', (_name, record, expected) => {
    expect(turnOf(record)).toEqual(expected)
  })
})

describe('the turns after a point', () => {
  it('are counted alike after a byte offset (summary) and after a number of records (continue)', async () => {
    const dir = await scratchDir('turns')
    const path = join(dir, 't.jsonl')
    const pushed = [user('first'), assistant([{ type: 'text', text: 'one' }])]
    const added = [
      user('<command-name>/model</command-name>'),
      user('second'),
      assistant([{ type: 'tool_use', id: 't', name: 'Edit', input: {} }]),
      user([{ type: 'tool_result', tool_use_id: 't', content: 'ok' }]),
      assistant([{ type: 'text', text: 'Done.' }])
    ]
    const head = pushed.map((r) => JSON.stringify(r) + '\n').join('')
    await writeFile(path, head + added.map((r) => JSON.stringify(r) + '\n').join(''))
    const expected = { prompts: ['second'], finalAnswer: 'Done.', tools: { Edit: 1 }, records: 5 }
    expect(await readAddedTurns(path, Buffer.byteLength(head))).toEqual(expected)
    expect(await readAddedTurns(path, 0, pushed.length)).toEqual(expected)
  })
})
