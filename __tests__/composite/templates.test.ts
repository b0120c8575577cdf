/**
 * The templates as GitHub reads them: the concurrency key each one computes for the same branch
 * (evaluated with @actions/expressions), and the pull-request template's trigger.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/runAction.js'
import { evaluate, interpolate } from './stepRunner.js'

interface Concurrency {
  group: string
  'cancel-in-progress': boolean
}
interface Workflow {
  permissions: Record<string, string>
  concurrency?: Concurrency
  jobs: Record<
    string,
    {
      if?: string
      concurrency?: Concurrency
      steps: { uses?: string; with?: Record<string, string>; env?: Record<string, string> }[]
    }
  >
}

const load = async (path: string) => parse(await readFile(join(repoRoot, path), 'utf8')) as Workflow

const BRANCH = 'feature/x'
/** The contexts each template has when it runs for BRANCH. */
const TEMPLATES: [string, Record<string, unknown>][] = [
  ['examples/claude-continue.yml', { inputs: { branch: BRANCH }, github: { ref_name: 'main' } }],
  [
    '.github/workflows/claude-continue.yml',
    { inputs: { branch: '' }, github: { ref_name: BRANCH } }
  ],
  [
    'examples/claude-on-pr-comment.yml',
    { needs: { pr: { outputs: { branch: BRANCH } } }, github: {} }
  ],
  ['examples/restore-save-steps.yml', { github: { ref_name: BRANCH } }]
]

describe('the templates', () => {
  it.each(TEMPLATES)(
    '%s queues on the one key per branch every template shares',
    async (path, ctx) => {
      const workflow = await load(path)
      const groups = [
        workflow.concurrency,
        ...Object.values(workflow.jobs).map((j) => j.concurrency)
      ].filter((c): c is Concurrency => c !== undefined)
      expect(groups).toHaveLength(1)
      expect(interpolate(groups[0]!.group, ctx, { failed: false })).toBe(`claude-session-${BRANCH}`)
      expect(groups[0]!['cancel-in-progress']).toBe(false)
      expect(workflow.permissions.contents).toBe('write')
    }
  )

  it('starts the pull-request job on "/claude" with or without text, from people with write access', async () => {
    const workflow = await load('examples/claude-on-pr-comment.yml')
    expect(workflow.permissions['pull-requests']).toBe('write')
    const condition = workflow.jobs.pr!.if!
    const starts = (body: string, association = 'MEMBER') =>
      evaluate(
        condition,
        {
          github: {
            event: {
              issue: { pull_request: { url: 'x' } },
              comment: { body, author_association: association }
            }
          }
        },
        { failed: false }
      ).coerceString()
    expect(starts('/claude')).toBe('true')
    expect(starts('/claude fix the test')).toBe('true')
    expect(starts('please /claude')).toBe('false')
    expect(starts('/claude go', 'NONE')).toBe('false')

    // The script's exact check: the word /claude, then nothing or whitespace and the prompt.
    const script = workflow.jobs.pr!.steps[0]!.with!.script!
    const literal = /const match = \/(.+)\/\.exec/.exec(script)![1]!
    const word = new RegExp(literal)
    expect(word.exec('/claude')?.[1]).toBeUndefined()
    expect(word.exec('/claude fix it')?.[1]).toBe('fix it')
    expect(word.exec('/claude\nfirst\nsecond')?.[1]).toBe('first\nsecond')
    expect(word.exec('/claudette hi')).toBeNull()
    expect(script).toContain("content: 'eyes'")
  })

  it('still lets owners in after a search-and-replace of the OWNER placeholder', async () => {
    // The placeholder is OWNER/claude-session; OWNER is also an author association, written in
    // lower case in the condition (contains() ignores case) so that replacing OWNER cannot touch it.
    const text = await readFile(join(repoRoot, 'examples', 'claude-on-pr-comment.yml'), 'utf8')
    const replaced = parse(text.replaceAll('OWNER', 'octo')) as Workflow
    const condition = replaced.jobs.pr!.if!
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR', 'octo'])
      expect(
        evaluate(
          condition,
          {
            github: {
              event: {
                issue: { pull_request: { url: 'x' } },
                comment: { body: '/claude', author_association: association }
              }
            }
          },
          { failed: false }
        ).coerceString()
      ).toBe(association === 'octo' ? 'false' : 'true')
  })

  it('replies with the answer, the commit and the session, passing Claude’s text through env', async () => {
    const workflow = await load('examples/claude-on-pr-comment.yml')
    const reply = workflow.jobs.continue!.steps.at(-1)!
    expect(Object.keys(reply.env!)).toEqual(['ANSWER', 'COMMIT', 'SESSION', 'CONCLUSION', 'BRANCH'])
    expect(reply.with!.script).not.toContain('${{')
    expect(reply.with!.script).toContain('issues.createComment')
    const checkout = workflow.jobs.continue!.steps[0]!
    expect(checkout.with!.ref).toBe('${{ needs.pr.outputs.branch }}')
  })
})
