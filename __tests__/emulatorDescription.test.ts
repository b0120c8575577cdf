import { describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { repoRoute } from '../emulator/releasesEmulator.js'
import { silentOctokitLog, useEmulator } from './support/syncHarness.js'

// The emulator refuses what GitHub's published description of its API refuses, so a request the
// product gets wrong cannot pass against the emulator and fail only against GitHub.
const REPO = 'octo/described'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
const repo = { owner: 'octo', repo: 'described' }
const client = (): Octokit =>
  new Octokit({ auth: emu.tokens.write, baseUrl: emu.apiUrl, log: silentOctokitLog })

/** Sends `route` with `parameters` and answers the status it got. */
async function statusOf(route: string, parameters: Record<string, unknown>): Promise<number> {
  return client()
    .request(route, { ...repo, ...parameters })
    .then(
      (response) => response.status,
      (error: { status: number }) => error.status
    )
}

/** The violations recorded so far, taken away so that the afterEach check passes. */
const taken = (): string[] => emu.violations.splice(0).map((v) => `${v.method} ${v.problem}`)

describe('requests are held to GitHub’s description of its API', () => {
  it('refuses a body property of the wrong type, a missing required property, an unknown key', async () => {
    expect(
      await statusOf('POST /repos/{owner}/{repo}/releases', { tag_name: 'x', draft: 'yes' })
    ).toBe(422)
    expect(await statusOf('POST /repos/{owner}/{repo}/releases', { name: 'no tag' })).toBe(422)
    // additionalProperties: false in the description of this operation.
    expect(
      await statusOf('PATCH /repos/{owner}/{repo}/import/authors/{author_id}', {
        author_id: 1,
        email: 'a@example.com',
        nickname: 'not a property'
      })
    ).toBe(422)
    expect(taken()).toEqual([
      'POST body/draft: "yes" is not a boolean',
      'POST body: "tag_name" wasn\'t supplied',
      'PATCH body: "nickname" is not a permitted key'
    ])
    expect(emu.releases(REPO)).toEqual([])
  })

  it('refuses a query parameter of the wrong type and answers 404 for an operation GitHub lacks', async () => {
    expect(await statusOf('GET /repos/{owner}/{repo}/releases', { per_page: 'many' })).toBe(422)
    expect(await statusOf('GET /repos/{owner}/{repo}/releasez', {})).toBe(404)
    expect(await statusOf('DELETE /repos/{owner}/{repo}/releases/tags/{tag}', { tag: 'v1' })).toBe(
      404
    )
    expect(taken()).toEqual([
      'GET query "per_page": "many" is not an integer',
      'GET no operation GET /repos/octo/described/releasez',
      'DELETE no operation DELETE /repos/octo/described/releases/tags/v1'
    ])
  })

  it('refuses a GraphQL query that GitHub’s schema does not validate', async () => {
    await expect(
      client().graphql('query { repository(owner: "octo", name: "described") { releaz { id } } }')
    ).rejects.toMatchObject({ errors: [{ message: expect.stringContaining('releaz') }] })
    expect(taken()).toEqual([expect.stringContaining('Cannot query field "releaz"')])
  })

  it('accepts the requests the product sends', async () => {
    expect(
      await statusOf('POST /repos/{owner}/{repo}/releases', { tag_name: 'ok', draft: true })
    ).toBe(201)
    expect(await statusOf('GET /repos/{owner}/{repo}/releases', { per_page: 100 })).toBe(200)
    expect(emu.violations).toEqual([])
  })
})

describe('routes added at start', () => {
  const extra = useEmulator({
    repos: { [REPO]: ['main'] },
    routes: [
      repoRoute('GET', '/actions/runs/{run_id}', ({ params, repo }) => ({
        status: 200,
        body: { id: Number(params.run_id), repository: { full_name: repo.fullName } }
      }))
    ]
  })

  it('are served beside the Releases routes and held to the same description', async () => {
    const octokit = new Octokit({
      auth: extra.emu.tokens.write,
      baseUrl: extra.emu.apiUrl,
      log: silentOctokitLog
    })
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      ...repo,
      run_id: 7
    })
    expect(data).toMatchObject({ id: 7, repository: { full_name: REPO } })
    expect((await octokit.rest.repos.listReleases(repo)).status).toBe(200)
    await expect(
      octokit.request({
        method: 'GET',
        url: '/repos/{owner}/{repo}/actions/runs/{run_id}',
        ...repo,
        run_id: 7,
        exclude_pull_requests: 'maybe'
      })
    ).rejects.toMatchObject({ status: 422 })
    expect(extra.emu.violations.splice(0)).toEqual([
      expect.objectContaining({
        problem: 'query "exclude_pull_requests": "maybe" is not a boolean'
      })
    ])
  })
})
