import { beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { request } from 'node:http'
import { silentOctokitLog, useEmulator } from './support/syncHarness.js'

// The emulator is only as good as its fidelity to GitHub: these pin the behaviours from docs/facts.md#releases-api
// that the product depends on, through the real Octokit.
const REPO = 'octo/emu'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let writer: Octokit
let reader: Octokit

beforeAll(() => {
  writer = new Octokit({ auth: emu.tokens.write, baseUrl: emu.apiUrl, log: silentOctokitLog })
  reader = new Octokit({ auth: emu.tokens.read, baseUrl: emu.apiUrl, log: silentOctokitLog })
})

const repo = { owner: 'octo', repo: 'emu' }

describe('the Releases API emulator behaves as GitHub does', () => {
  it('hides drafts from the tags endpoint and from read-only tokens, but not from GraphQL with push access', async () => {
    const { data: draft } = await writer.rest.repos.createRelease({
      ...repo,
      tag_name: 'claude-sessions-x',
      draft: true
    })
    await expect(
      writer.rest.repos.getReleaseByTag({ ...repo, tag: 'claude-sessions-x' })
    ).rejects.toMatchObject({ status: 404 })
    expect((await reader.rest.repos.listReleases(repo)).data.some((r) => r.id === draft.id)).toBe(
      false
    )
    const query =
      'query($owner: String!, $name: String!, $tag: String!) { repository(owner: $owner, name: $name) { release(tagName: $tag) { databaseId isDraft } } }'
    const found = await writer.graphql<{
      repository: { release: { databaseId: number; isDraft: boolean } }
    }>(query, { owner: 'octo', name: 'emu', tag: 'claude-sessions-x' })
    expect(found.repository.release).toMatchObject({ databaseId: draft.id, isDraft: true })
    const hidden = await reader.graphql<{ repository: { release: null } }>(query, {
      owner: 'octo',
      name: 'emu',
      tag: 'claude-sessions-x'
    })
    expect(hidden.repository.release).toBeNull()
  })

  it("renames a draft's tag to untagged-… when a PATCH omits tag_name", async () => {
    const { data } = await writer.rest.repos.createRelease({
      ...repo,
      tag_name: 'keep-me',
      draft: true
    })
    const { data: patched } = await writer.rest.repos.updateRelease({
      ...repo,
      release_id: data.id,
      body: 'x'
    })
    expect(patched.tag_name).toMatch(/^untagged-/)
  })

  it('refuses an upload without Content-Length and a second asset with the same name', async () => {
    const { data } = await writer.rest.repos.createRelease({
      ...repo,
      tag_name: 'uploads',
      draft: true
    })
    const url = new URL(data.upload_url.replace(/\{.*\}$/, '') + '?name=a.txt')
    const chunked = await new Promise<number>((done) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: { authorization: `token ${emu.tokens.write}`, 'transfer-encoding': 'chunked' }
        },
        (res) => {
          res.resume()
          done(res.statusCode ?? 0)
        }
      )
      req.end('hello')
    })
    expect(chunked).toBe(400)
    const upload = () =>
      writer.request({
        method: 'POST',
        url: url.toString(),
        headers: { 'content-type': 'text/plain', 'content-length': 5 },
        data: 'hello'
      })
    expect((await upload()).status).toBe(201)
    await expect(upload()).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: 'already_exists' }] } }
    })
  })

  it('answers downloads with a redirect to storage that refuses an Authorization header', async () => {
    const { data } = await writer.rest.repos.createRelease({
      ...repo,
      tag_name: 'downloads',
      draft: true
    })
    const url = data.upload_url.replace(/\{.*\}$/, '') + '?name=b.txt'
    const { data: asset } = await writer.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'text/plain', 'content-length': 3 },
      data: 'abc'
    })
    emu.resetRequests()
    const response = await writer.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...repo,
      asset_id: (asset as { id: number }).id,
      headers: { accept: 'application/octet-stream' }
    })
    expect(Buffer.from(response.data as unknown as ArrayBuffer).toString()).toBe('abc')
    expect(emu.requests.map((r) => [r.origin, r.status, r.hadAuthorization])).toEqual([
      ['api', 302, true],
      ['storage', 200, false]
    ])
    const signed = await fetch(emu.storageUrl + '/releases-assets/x', {
      headers: { authorization: 'token y' }
    })
    expect(signed.status).toBe(400)
  })

  it('lists newest first with Link pagination and stops at the first 1000 releases', async () => {
    emu.addRepo('octo/many')
    emu.seedManyReleases('octo/many', 1005)
    const first = await writer.rest.repos.listReleases({
      owner: 'octo',
      repo: 'many',
      per_page: 100
    })
    expect(first.headers.link).toContain('rel="next"')
    expect(first.data[0]!.id).toBeGreaterThan(first.data[1]!.id)
    await expect(
      writer.rest.repos.listReleases({ owner: 'octo', repo: 'many', per_page: 100, page: 11 })
    ).rejects.toMatchObject({ status: 422 })
  })

  it('rejects unknown tokens with 401', async () => {
    const stranger = new Octokit({ auth: 'nope', baseUrl: emu.apiUrl, log: silentOctokitLog })
    await expect(stranger.rest.repos.listReleases(repo)).rejects.toMatchObject({ status: 401 })
  })
})
