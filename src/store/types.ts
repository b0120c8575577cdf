import type { Logger } from '../log.js'

export interface Asset {
  id: number
  name: string
  size: number
  /** "uploaded", or "starter" for the empty leftover of a failed upload (docs/facts.md#name-clashes-and-leftovers). */
  state: string
  contentType: string
  updatedAt: string
  /**
   * `sha256:<hex>` of the content, computed by GitHub on upload; absent on older GHES and on a
   * `starter` leftover (docs/facts.md#asset-digest). Lets a reader check integrity against GitHub's own digest.
   */
  digest?: string
  /** GitHub's global node id, the one GraphQL names the asset by (docs/facts.md#asset-digest). */
  nodeId?: string
}

export interface Release {
  id: number
  tagName: string
  name: string
  draft: boolean
  htmlUrl: string
  /** RFC 6570 template `…/assets{?name,label}`; its host differs on GHES (docs/facts.md#uploads). */
  uploadUrl: string
  createdAt: string
  assets: Asset[]
  /** The release's Markdown body, when GitHub sent it. */
  body?: string
}

/** A release as GraphQL's `releases` connection names it: enough to pick drafts out, no assets. */
export interface ReleaseRef {
  id: number
  tagName: string
  isDraft: boolean
}

/** Drafts found by listing, and whether the listing saw every release of the repository. */
export interface DraftListing {
  drafts: Release[]
  /**
   * False when only REST could list and it stopped at GitHub's first 1000 releases (docs/facts.md#listing-releases):
   * an older draft may exist that this listing does not show.
   */
  complete: boolean
}

/**
 * A release as GraphQL's tag lookup sees it: its body and, for each asset, only what GraphQL gives
 * (no numeric id, no digest, docs/facts.md#asset-digest). `complete` is false when the release holds more assets
 * than one page showed.
 */
export interface DraftLookup {
  id: number
  isDraft: boolean
  tagName: string
  htmlUrl: string
  description: string
  assets: { nodeId: string; name: string; size: number }[]
  complete: boolean
}

export interface RetryOptions {
  /** Attempts after the first, for every kind of request. */
  retries: number
  /** Base of the backoff, and the unit of `retry-after` waits (1000 in production). */
  minDelayMs: number
  /** Give up rather than wait longer than this for one retry. */
  maxWaitMs: number
}

export interface StoreOptions {
  token: string
  /** `owner/name`. */
  repository: string
  /** REST root; GitHub Enterprise Server: `https://HOST/api/v3`. Default: GITHUB_API_URL or api.github.com. */
  apiUrl?: string
  graphqlUrl?: string
  log?: Logger
  retry?: Partial<RetryOptions>
}
