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
  ['examples/restore-save-steps.yml', { github: { ref_name: BRANCH } }],
  [
    'examples/claude-mention.yml',
    { github: { event: { pull_request: { head: { ref: BRANCH } } } } }
  ]
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
    expect(Object.keys(reply.env!)).toEqual([
      'ANSWER',
      'COMMIT',
      'PUSHED',
      'EDITS',
      'SESSION',
      'CONCLUSION',
      'BRANCH'
    ])
    expect(reply.with!.script).not.toContain('${{')
    expect(reply.with!.script).toContain('issues.createComment')
    const checkout = workflow.jobs.continue!.steps[0]!
    expect(checkout.with!.ref).toBe('${{ needs.pr.outputs.branch }}')
  })

  it.each([
    [
      'a push the protected branch refused (issue 21.5)',
      {
        COMMIT: '',
        PUSHED: 'false',
        EDITS: 'not pushed: Pushing to feature/x was refused (GH006)'
      },
      'Edits: not pushed: Pushing to feature/x was refused (GH006).'
    ],
    [
      'a push that happened',
      { COMMIT: 'abc123', PUSHED: 'true', EDITS: 'commit abc123 pushed to feature/x, 1 file' },
      'Pushed abc123 to `feature/x`.'
    ]
  ])('replies about the edits truthfully after %s', async (_, outputs, line) => {
    const workflow = await load('examples/claude-on-pr-comment.yml')
    const reply = workflow.jobs.continue!.steps.at(-1)!
    const posted: string[] = []
    const github = {
      rest: { issues: { createComment: async (c: { body: string }) => posted.push(c.body) } }
    }
    const context = {
      serverUrl: 'https://github.com',
      repo: { owner: 'octo', repo: 'app' },
      runId: 1,
      issue: { number: 7 }
    }
    const env = { ANSWER: 'Done.', SESSION: 's', CONCLUSION: 'success', BRANCH, ...outputs }
    // actions/github-script runs the script as the body of an async function with these names.
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<void>
    await new AsyncFunction('github', 'context', 'process', reply.with!.script!)(github, context, {
      env
    })
    expect(posted).toHaveLength(1)
    expect(posted[0]!.split('\n')).toContain(line)
    if (outputs.PUSHED !== 'true') expect(posted[0]).not.toContain('Pushed')
  })

  it('runs the composite in tag mode on @claude comments on pull requests, with no prompt', async () => {
    const workflow = await load('examples/claude-mention.yml')
    const job = workflow.jobs.claude!
    const runs = (github: Record<string, unknown>) =>
      evaluate(job.if!, { github }, { failed: false }).coerceString()
    const comment = (body: string, pullRequest: boolean) => ({
      event_name: 'issue_comment',
      event: { issue: pullRequest ? { pull_request: { url: 'x' } } : {}, comment: { body } }
    })
    expect(runs(comment('@claude fix the test', true))).toBe('true')
    expect(runs(comment('@claude fix the test', false))).toBe('false')
    expect(runs(comment('looks good', true))).toBe('false')
    expect(
      runs({
        event_name: 'pull_request_review_comment',
        event: { comment: { body: '@claude why?' } }
      })
    ).toBe('true')
    const step = job.steps.find((s) => s.uses?.includes('claude-session'))!
    // Tag mode: no prompt, so claude-code-action keeps its trigger phrase, comment and commits.
    expect(step.with!.prompt).toBeUndefined()
    const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { required?: boolean }>
    }
    expect(action.inputs.prompt!.required).toBe(false)
    // Every input of step.with exists on the composite.
    for (const name of Object.keys(step.with!)) expect(action.inputs[name]).toBeDefined()
  })
})
