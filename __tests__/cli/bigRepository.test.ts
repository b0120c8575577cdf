/**
 * Issue 25: a busy repository. One session pushed on `old-feature`, then 1200 newer releases with
 * three assets each (nightly builds). GitHub's REST listing shows only the first 1000 releases and
 * embeds every asset of each (docs/facts.md); everything that lists or finds a draft must still
 * see the old one, and no request may download the assets of releases that are not ours.
 */
import { describe, expect, it } from '@jest/globals'
import { runPush } from '../../src/cli/commands/push.js'
import { makeMachine, placeSynthetic, type Machine } from '../support/claudeHome.js'
import { cliEnv, emulatorRuntime, runMain } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'

const { emu } = useEmulator()
const NEWER = 1200
let repoCount = 0

/** A repository whose `old-feature` draft is older than its newest 1200 releases. */
async function busyRepository(options: { branchExists?: boolean } = {}) {
  const repo = `acme/app-${++repoCount}`
  emu.addRepo(repo, {
    branches: options.branchExists === false ? ['main'] : ['main', 'old-feature']
  })
  const laptop = await makeMachine('busy')
  const { sessionId } = await placeSynthetic(laptop, { branch: 'old-feature' })
  await runPush(
    { branch: 'old-feature', session: sessionId },
    await emulatorRuntime(laptop, emu, repo)
  )
  emu.seedManyReleases(repo, NEWER, { tagPrefix: 'nightly-', assets: 3 })
  const draft = emu.releases(repo).find((r) => r.tag_name === 'claude-sessions-old-feature')!
  emu.resetRequests()
  const run = (args: string[]) => runMain(args, cliEnv(laptop, emu, repo))
  return { repo, laptop, sessionId, draft, run }
}

/** API requests since the last reset (signed storage is not GitHub's API). */
const apiRequests = () => emu.requests.filter((r) => r.origin !== 'storage')

/** Every release whose assets some answer carried: only session drafts may be among them. */
const assetsDownloadedOf = () => new Set(emu.requests.flatMap((r) => r.assetsOf ?? []))

const stillThere = (repo: string, id: number) => emu.releases(repo).some((r) => r.id === id)

describe(`a session draft older than ${NEWER} newer releases, each with assets`, () => {
  it('`list` shows it, in at most 20 requests, downloading no other release’s assets', async () => {
    const { run, sessionId, draft } = await busyRepository()
    const listed = await run(['list'])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toMatch(new RegExp(`^old-feature\\s+${sessionId}\\s`, 'm'))
    expect(listed.stderr).not.toContain('No sessions')
    expect(apiRequests().length).toBeLessThanOrEqual(20)
    expect([...assetsDownloadedOf()]).toEqual([draft.id])
  })

  it('`list old-feature` shows it', async () => {
    const { run, sessionId, draft } = await busyRepository()
    const listed = await run(['list', 'old-feature', '--json'])
    expect(listed.code).toBe(0)
    expect((JSON.parse(listed.stdout) as { sessionId: string }[]).map((s) => s.sessionId)).toEqual([
      sessionId
    ])
    expect([...assetsDownloadedOf()]).toEqual([draft.id])
  })

  it('`prune --older-than 0` sees it, and deletes it', async () => {
    const { run, sessionId, draft, repo } = await busyRepository()
    const dry = await run(['prune', '--older-than', '0', '--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(`would delete old-feature ${sessionId}`)
    expect(stillThere(repo, draft.id)).toBe(true)
    const pruned = await run(['prune', '--older-than', '0', '--yes'])
    expect(pruned.code).toBe(0)
    expect(pruned.stdout).toContain('Pruned 1 session\n')
    expect(stillThere(repo, draft.id)).toBe(false)
    expect([...assetsDownloadedOf()]).toEqual([draft.id])
  })

  it('`prune --gone` sees it once its branch is deleted, and deletes it', async () => {
    const { run, sessionId, draft, repo } = await busyRepository({ branchExists: false })
    const pruned = await run(['prune', '--gone', '--yes'])
    expect(pruned.code).toBe(0)
    expect(pruned.stdout).toContain(
      `delete old-feature ${sessionId} (branch old-feature no longer exists)`
    )
    expect(stillThere(repo, draft.id)).toBe(false)
    expect([...assetsDownloadedOf()]).toEqual([draft.id])
  })

  it('`delete old-feature` deletes the draft', async () => {
    const { run, draft, repo } = await busyRepository()
    const deleted = await run(['delete', 'old-feature', '--yes'])
    expect(deleted.code).toBe(0)
    expect(deleted.stdout).toContain('Deleted the draft release claude-sessions-old-feature')
    expect(stillThere(repo, draft.id)).toBe(false)
    expect([...assetsDownloadedOf()]).toEqual([draft.id])
  })

  it('`delete old-feature --session` deletes the session', async () => {
    const { run, sessionId, draft, repo } = await busyRepository()
    const deleted = await run(['delete', 'old-feature', '--session', sessionId, '--yes'])
    expect(deleted.code).toBe(0)
    expect(deleted.stdout).toContain(`Deleted session ${sessionId}`)
    expect(stillThere(repo, draft.id)).toBe(false)
    expect([...assetsDownloadedOf()]).toEqual([draft.id])
  })

  it('`pull old-feature` finds it too, as it did', async () => {
    const { repo, sessionId } = await busyRepository()
    const runner: Machine = await makeMachine('busy-runner')
    const pulled = await runMain(['pull', 'old-feature'], cliEnv(runner, emu, repo))
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toContain(`claude --resume ${sessionId}`)
  })

  it('says the listing may be incomplete when GraphQL cannot answer, instead of "nothing stored"', async () => {
    const { run } = await busyRepository()
    // An old GitHub Enterprise Server, or a proxy that knows only REST.
    emu.inject({
      origin: 'api',
      method: 'POST',
      path: /^\/graphql$/,
      kind: 'status',
      status: 404,
      times: 100
    })
    try {
      const listed = await run(['list'])
      expect(listed.code).toBe(0)
      expect(listed.stderr).toContain('may be incomplete')
      expect(listed.stderr).not.toContain('No sessions stored')
      const branch = await run(['list', 'old-feature'])
      expect(branch.stderr).toContain('may be incomplete')
      const prune = await run(['prune', '--older-than', '0', '--dry-run'])
      expect(prune.stderr).toContain('may be incomplete')
    } finally {
      emu.clearFaults()
    }
  })
})

describe("the emulator's GraphQL `releases` connection, as GitHub serves it", () => {
  const query = (first: number, after: string | null = null) =>
    `query { repository(owner: "acme", name: "page") { releases(first: ${first}${after ? `, after: "${after}"` : ''}, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount pageInfo { hasNextPage endCursor } nodes { databaseId tagName isDraft } } } }`
  const ask = async (text: string) => {
    const response = await fetch(emu.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `token ${emu.tokens.write}` },
      body: JSON.stringify({ query: text })
    })
    return (await response.json()) as {
      data?: {
        repository: {
          releases: {
            totalCount: number
            pageInfo: { hasNextPage: boolean; endCursor: string }
            nodes: { databaseId: number; tagName: string; isDraft: boolean }[]
          }
        }
      }
      errors?: { type?: string; message: string }[]
    }
  }

  it('pages by cursor, newest first, drafts included for push access, and refuses more than 100 a page', async () => {
    emu.addRepo('acme/page')
    emu.seedManyReleases('acme/page', 150, { assets: 2 })
    emu.seedRelease('acme/page', { tag_name: 'claude-sessions-x', draft: true })
    const first = await ask(query(100))
    const page = first.data!.repository.releases
    expect(page.totalCount).toBe(151)
    expect(page.nodes[0]).toMatchObject({ tagName: 'claude-sessions-x', isDraft: true })
    expect(page.pageInfo.hasNextPage).toBe(true)
    const second = (await ask(query(100, page.pageInfo.endCursor))).data!.repository.releases
    expect(second.nodes).toHaveLength(51)
    expect(second.pageInfo.hasNextPage).toBe(false)
    expect(new Set([...page.nodes, ...second.nodes].map((n) => n.databaseId)).size).toBe(151)

    const refused = await ask(query(101))
    expect(refused.data).toBeUndefined()
    expect(refused.errors).toEqual([
      expect.objectContaining({
        type: 'EXCESSIVE_PAGINATION',
        message:
          'Requesting 101 records on the `releases` connection exceeds the `first` limit of 100 records.'
      })
    ])
    const unbounded = await ask(
      'query { repository(owner: "acme", name: "page") { releases { nodes { tagName } } } }'
    )
    expect(unbounded.errors).toEqual([
      expect.objectContaining({
        type: 'MISSING_PAGINATION_BOUNDARIES',
        message:
          'You must provide a `first` or `last` value to properly paginate the `releases` connection.'
      })
    ])
  })
})
