import { describe, expect, it } from '@jest/globals'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { buildClaudeArgs } from '../../src/actions/claudeArgs.js'
import {
  CLAUDE_CODE_ACTION_REF,
  compareVersions,
  INSTALLED_CLAUDE_CODE
} from '../../src/actions/claudeCodeAction.js'
import { renderRunReport } from '../../src/actions/runReport.js'
import { UsageError } from '../../src/errors.js'
import { readAddedTurns } from '../../src/session/turns.js'
import { transcriptsDir } from '../support/claudeHome.js'
import { repoRoot } from '../support/runAction.js'
import { parseFlags, splitArgs } from './claudeCodeActionStandIn.js'

const ID = '4d5611e5-241a-462a-8d15-5122611a9569'
/** What claude-code-action v1 receives: shell-quote split, `--long` flags, last value wins. */
const flags = (args: string) => parseFlags(splitArgs(args))

describe('claude_args for claude-code-action', () => {
  it('resumes the restored session and allows edits by default', () => {
    expect(buildClaudeArgs({ resumeId: ID, permissions: '' })).toBe(
      `--resume ${ID} --permission-mode acceptEdits`
    )
  })

  it('refuses a session id that is not a UUID before it reaches the arguments', () => {
    for (const bad of [`${ID} --dangerously-skip-permissions`, "x'; rm -rf ~", '../../etc', ''])
      expect(() => buildClaudeArgs({ resumeId: bad, permissions: 'acceptEdits' })).toThrow(
        UsageError
      )
  })

  it('passes a tool allow-list as one quoted --allowedTools value', () => {
    const args = buildClaudeArgs({ permissions: 'Edit,Write,Bash(npm test:*)' })
    expect(flags(args).allowedTools).toEqual(['Edit,Write,Bash(npm test:*)'])
    expect(flags(args)['permission-mode']).toBeUndefined()
  })

  it('adds nothing for permission-mode default (v1 agent mode then denies edits)', () => {
    expect(buildClaudeArgs({ permissions: 'default' })).toBe('')
  })

  it("puts the user's args last so their flags win, and adds no permission flag of ours when they chose one", () => {
    const args = buildClaudeArgs({
      resumeId: ID,
      permissions: 'acceptEdits',
      model: 'claude-sonnet-4-5',
      userArgs: "--model claude-opus-4-1 --allowedTools 'Read'"
    })
    expect(args).not.toContain('acceptEdits')
    expect(flags(args)).toMatchObject({
      resume: [ID],
      model: ['claude-opus-4-1'],
      allowedTools: ['Read']
    })
    const withMode = buildClaudeArgs({
      permissions: 'acceptEdits',
      userArgs: '--permission-mode plan'
    })
    expect(flags(withMode)['permission-mode']).toEqual(['plan'])
  })

  it('quotes a model name so that shell-quote reads it back whole', () => {
    expect(flags(buildClaudeArgs({ permissions: 'default', model: "it's odd" })).model).toEqual([
      "it's odd"
    ])
  })
})

describe('the pinned claude-code-action', () => {
  it('is the one action.yml uses, pinned to a version tag', async () => {
    const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
      runs: { steps: { uses?: string }[] }
    }
    const uses = action.runs.steps.filter((s) => s.uses?.startsWith('anthropics/'))
    expect(uses.map((s) => s.uses)).toEqual([CLAUDE_CODE_ACTION_REF])
    expect(CLAUDE_CODE_ACTION_REF).toMatch(/@v\d+\.\d+\.\d+$/)
  })

  it('compares Claude Code versions numerically', () => {
    expect(compareVersions('2.1.331', INSTALLED_CLAUDE_CODE)).toBe(1)
    expect(compareVersions('2.1.38', '2.1.240')).toBe(-1)
    expect(compareVersions('2.1.240', '2.1.240')).toBe(0)
    expect(compareVersions('2.10.0', '2.9.9')).toBe(1)
  })
})

describe('the turns a run added', () => {
  const fixture = join(transcriptsDir, 'spotter', 'tool_heavy.jsonl')

  it('lists typed prompts, the final answer and tool counts of a real transcript', async () => {
    const turns = await readAddedTurns(fixture)
    expect(turns.prompts.map((p) => p.slice(0, 27))).toEqual([
      'start phoenix in background',
      'scrolling back in xterm.js '
    ])
    expect(turns.tools).toEqual({ Bash: 2, WebSearch: 1, Glob: 1, Read: 1, WebFetch: 1 })
    expect(turns.finalAnswer).toMatch(/^Phoenix server is starting/)
    expect(turns.claudeVersion).toBe('2.1.38')
  })

  it('reads only what follows the byte offset', async () => {
    const size = (await stat(fixture)).size
    expect(await readAddedTurns(fixture, size)).toEqual({ prompts: [], tools: {}, records: 0 })
  })

  it('renders a summary with the prompt, the answer, the tools and the way back', () => {
    const text = renderRunReport({
      branch: 'feature/x',
      sessionId: ID,
      restored: true,
      restoredVersion: '2.1.331',
      conclusion: 'success',
      turns: { prompts: ['Fix it'], finalAnswer: 'Fixed | done', tools: { Edit: 2 }, records: 4 },
      edits: 'commit abc pushed to feature/x'
    })
    expect(text).toContain('> Fix it')
    expect(text).toContain('> Fixed | done')
    expect(text).toContain('| Edit | 2 |')
    expect(text).toContain('commit abc pushed to feature/x')
    expect(text).toContain(`git pull && claude-session pull feature/x\nclaude --resume ${ID}`)
  })
})
