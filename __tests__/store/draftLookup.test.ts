import { describe, expect, it } from '@jest/globals'
import { releaseFromLookup } from '../../src/store/draftLookup.js'
import type { DraftLookup } from '../../src/store/index.js'

/** An `upload_url` kept in a draft's body receives the token: only GitHub's own shapes are used. */
const view: DraftLookup = {
  id: 42,
  isDraft: true,
  tagName: 'claude-sessions-main',
  htmlUrl: 'https://github.com/Octo/App/releases/tag/untagged-1',
  description: '',
  assets: [],
  complete: true
}
const template = '/repos/octo/app/releases/42/assets{?name,label}'
const accepted = (apiUrl: string, uploadUrl: string, v = view) =>
  releaseFromLookup(v, uploadUrl, { apiUrl, repository: 'Octo/App' })?.uploadUrl

describe('an upload_url read back from an index', () => {
  it.each([
    ['https://api.github.com', `https://uploads.github.com${template}`],
    ['https://ghe.example/api/v3', `https://ghe.example/api/uploads${template}`],
    ['https://api.acme.ghe.com', `https://uploads.acme.ghe.com${template}`],
    ['http://127.0.0.1:4001', `http://127.0.0.1:4002${template}`]
  ])('is used on the host GitHub gives it (%s)', (api, upload) => {
    expect(accepted(api, upload)).toBe(upload)
  })

  it.each([
    ['another host', `https://uploads.example.com${template}`],
    ['another scheme', `http://uploads.github.com${template}`],
    ['credentials in it', `https://x:y@uploads.github.com${template}`],
    [
      'another release',
      'https://uploads.github.com/repos/octo/app/releases/43/assets{?name,label}'
    ],
    [
      'another repository',
      'https://uploads.github.com/repos/octo/other/releases/42/assets{?name,label}'
    ],
    ['another path', `https://uploads.github.com/elsewhere${template}`]
  ])('is refused with %s', (_, upload) => {
    expect(accepted('https://api.github.com', upload)).toBeUndefined()
  })

  it('is never used for a published release', () => {
    const published = { ...view, isDraft: false }
    expect(
      accepted('https://api.github.com', `https://uploads.github.com${template}`, published)
    ).toBeUndefined()
  })
})
