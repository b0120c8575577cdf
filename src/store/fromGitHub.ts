import type { Endpoints } from '@octokit/types'
import type { Asset, Release } from './types.js'

/** GitHub's release object, as Octokit types it from GitHub's OpenAPI description. */
export type GitHubRelease =
  Endpoints['GET /repos/{owner}/{repo}/releases/{release_id}']['response']['data']
export type GitHubAsset =
  Endpoints['GET /repos/{owner}/{repo}/releases/assets/{asset_id}']['response']['data']

/** The part of a release the store's callers use. */
export function toRelease(r: GitHubRelease): Release {
  return {
    id: r.id,
    tagName: r.tag_name,
    name: r.name ?? '',
    draft: r.draft,
    htmlUrl: r.html_url,
    uploadUrl: r.upload_url,
    createdAt: r.created_at,
    assets: r.assets.map(toAsset),
    ...(typeof r.body === 'string' ? { body: r.body } : {})
  }
}

export function toAsset(a: GitHubAsset): Asset {
  return {
    id: a.id,
    name: a.name,
    size: a.size,
    state: a.state,
    contentType: a.content_type,
    updatedAt: a.updated_at,
    nodeId: a.node_id,
    // Null on a `starter` leftover, missing before GHES 3.17 (docs/facts.md#asset-digest).
    ...(a.digest ? { digest: a.digest } : {})
  }
}
