/** The JSON GitHub answers for releases and assets, built from the emulator's data. */
import { createHash } from 'node:crypto'
import type { EmulatedAsset, EmulatedRelease, Repo } from './model.js'

/** The origins of a running emulator, which its JSON links to. */
export interface Urls {
  api: string
  uploads: string
  storage: string
}

export function releaseJson(urls: Urls, repo: Repo, r: EmulatedRelease): Record<string, unknown> {
  const base = `${urls.api}/repos/${repo.fullName}/releases/${r.id}`
  return {
    id: r.id,
    node_id: `RE_${r.id}`,
    tag_name: r.tag_name,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    target_commitish: r.target_commitish ?? 'main',
    created_at: r.created_at,
    published_at: r.draft ? null : r.created_at,
    url: base,
    html_url: htmlUrlOf(repo, r),
    assets_url: `${base}/assets`,
    upload_url: `${urls.uploads}/repos/${repo.fullName}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map((a) => assetJson(urls, repo, r, a))
  }
}

/** The release's page; a draft's names no tag (GitHub shows it at `untagged-…`). */
export function htmlUrlOf(repo: Repo, r: EmulatedRelease): string {
  return `https://github.example/${repo.fullName}/releases/${r.draft ? `tag/untagged-${r.id}` : `tag/${r.tag_name}`}`
}

export function assetJson(
  urls: Urls,
  repo: Repo,
  r: EmulatedRelease,
  a: EmulatedAsset
): Record<string, unknown> {
  return {
    id: a.id,
    node_id: `RA_${a.id}`,
    name: a.name,
    label: a.label,
    state: a.state,
    content_type: a.content_type,
    size: a.size,
    // GitHub's own digest of the content (docs/facts.md#asset-digest); none yet on a starter leftover.
    digest:
      a.state === 'uploaded' ? `sha256:${createHash('sha256').update(a.data).digest('hex')}` : null,
    download_count: 0,
    created_at: a.created_at,
    updated_at: a.updated_at,
    url: `${urls.api}/repos/${repo.fullName}/releases/assets/${a.id}`,
    // Does not work for drafts (docs/facts.md#downloads): it points at the web host, which this emulator is not.
    browser_download_url: `https://github.example/${repo.fullName}/releases/download/${r.tag_name}/${a.name}`
  }
}
