import type { Logger } from '../log.js'
import type { createTransferClient, GitHubClient } from './client.js'
import { lookupByTag, releaseFromLookup } from './draftLookup.js'
import { callGitHub, type Expected } from './errors.js'
import { toRelease } from './fromGitHub.js'
import { listReleaseRefs } from './releaseListing.js'
import type { DraftListing, DraftLookup, Release, ReleaseRef, RetryOptions } from './types.js'

/** GitHub lists at most this many releases; later pages answer 422 (docs/facts.md#drafts-and-the-tag-endpoint). */
const LISTING_CAP_PAGES = 10

/** Whether a tag is the one asked for, or has the prefix asked for. */
function wanted(filter: { tag?: string; tagPrefix?: string }, tagName: string): boolean {
  if (filter.tag !== undefined) return tagName === filter.tag
  return filter.tagPrefix === undefined || tagName.startsWith(filter.tagPrefix)
}

export interface StoreDeps {
  client: GitHubClient
  raw: ReturnType<typeof createTransferClient>
  owner: string
  repo: string
  graphqlUrl: string
  apiUrl: string
  log: Logger
  retry: RetryOptions
}

/**
 * The reads of the Releases API: finding a draft by its tag, listing drafts and releases, reading
 * one release. ReleaseStore (releaseStore.ts) adds the writes.
 */
export class ReleaseReader {
  readonly repository: string

  constructor(protected readonly deps: StoreDeps) {
    this.repository = `${deps.owner}/${deps.repo}`
  }

  /**
   * The store's lookup vocabulary: `lookupDraft` is the one GraphQL request for a tag (a
   * `DraftLookup`: body and asset names included, see draftLookup.ts); `draftFromLookup` turns a
   * lookup into the draft itself; `draftFromIndexedLookup` does so with no request when the index in
   * the body supplies what GraphQL lacks; `listDrafts` is the REST listing every lookup falls back to.
   */
  lookupDraft(tag: string, onSent?: () => void): Promise<DraftLookup | null | undefined> {
    return lookupByTag(this.deps, tag, onSent)
  }

  /**
   * The draft with this tag, from a lookup. `GET /releases/tags/{tag}` never returns drafts, but
   * GraphQL's `release(tagName:)` does (docs/facts.md#drafts-and-the-tag-endpoint): the lookup, then the release itself. When
   * GraphQL named a published release (a published one may share the tag) or failed, the listing
   * decides.
   */
  async draftFromLookup(
    tag: string,
    lookup: DraftLookup | null | undefined
  ): Promise<Release | undefined> {
    return (await this.settleLookup(tag, lookup)).draft
  }

  /**
   * The draft with this tag, saying also whether the answer is certain: when neither GraphQL's tag lookup nor its
   * listing could answer, only REST's listing of the newest 1000 releases was searched.
   */
  async locateDraft(tag: string): Promise<{ draft: Release | undefined; complete: boolean }> {
    return this.settleLookup(tag, await this.lookupDraft(tag))
  }

  private async settleLookup(
    tag: string,
    lookup: DraftLookup | null | undefined
  ): Promise<{ draft: Release | undefined; complete: boolean }> {
    if (lookup === null) return { draft: undefined, complete: true }
    if (lookup?.isDraft) {
      const release = await this.getRelease(lookup.id)
      if (release?.draft && release.tagName === tag) return { draft: release, complete: true }
    }
    // GraphQL named a published release (one may share the tag) or could not answer: the listing
    // decides, through GraphQL when it answers (no cap), else REST (the newest 1000 releases).
    const listing = await this.listDrafts({ tag })
    return { draft: listing.drafts.sort((a, b) => a.id - b.id)[0], complete: listing.complete }
  }

  /** See draftLookup.ts: the draft GraphQL described, with an `upload_url` kept from before. */
  // Async like every other method, so that wrappers of the store see one shape.
  async draftFromIndexedLookup(
    lookup: DraftLookup,
    uploadUrl: string
  ): Promise<Release | undefined> {
    return releaseFromLookup(lookup, uploadUrl, {
      apiUrl: this.deps.apiUrl,
      repository: this.repository
    })
  }

  /**
   * Drafts with this tag (or tag prefix), newest first, each read whole (assets included) — and
   * only those: the listing itself carries no assets (releaseListing.ts).
   */
  async listDrafts(filter: {
    tag?: string
    tagPrefix?: string
    maxPages?: number
  }): Promise<DraftListing> {
    const { refs, complete } = await this.listDraftRefs(filter)
    const drafts: Release[] = []
    for (const ref of refs) {
      const release = ref.release ?? (await this.getRelease(ref.id))
      // Deleted, published or renamed since it was listed: not a draft of ours any more.
      if (release?.draft && wanted(filter, release.tagName)) drafts.push(release)
    }
    return { drafts, complete }
  }

  /**
   * Drafts with this tag (or tag prefix), newest first, as GraphQL lists them: ids and tags only.
   * When GraphQL cannot list, REST does, and its releases come whole (`release`); REST stops at
   * the first 1000 releases, which `complete: false` says.
   */
  async listDraftRefs(filter: {
    tag?: string
    tagPrefix?: string
    maxPages?: number
  }): Promise<{ refs: (ReleaseRef & { release?: Release })[]; complete: boolean }> {
    const refs = await listReleaseRefs(this.deps, {
      keep: (ref) => ref.isDraft && wanted(filter, ref.tagName),
      maxPages: filter.maxPages
    })
    if (refs) return { refs, complete: true }
    const rest = await this.listReleasesCapped({ draftsOnly: true, maxPages: filter.maxPages })
    return {
      refs: rest.releases
        .filter((r) => wanted(filter, r.tagName))
        .map((release) => ({ id: release.id, tagName: release.tagName, isDraft: true, release })),
      complete: !rest.capped
    }
  }

  /** Releases, newest first, drafts included for callers with push access, up to GitHub's cap. */
  async listReleases(
    options: { tagPrefix?: string; draftsOnly?: boolean; maxPages?: number } = {}
  ): Promise<Release[]> {
    return (await this.listReleasesCapped(options)).releases
  }

  /** listReleases, and whether it stopped at GitHub's cap of 1000 releases (docs/facts.md#drafts-and-the-tag-endpoint). */
  private async listReleasesCapped(
    options: { tagPrefix?: string; draftsOnly?: boolean; maxPages?: number } = {}
  ): Promise<{ releases: Release[]; capped: boolean }> {
    const out: Release[] = []
    const pages = Math.min(options.maxPages ?? LISTING_CAP_PAGES, LISTING_CAP_PAGES)
    for (let page = 1; page <= pages; page++) {
      const response = await this.call(
        'list releases',
        () =>
          this.deps.client.request('GET /repos/{owner}/{repo}/releases', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            per_page: 100,
            page
          }),
        // Past the first 1000 releases GitHub answers 422 (docs/facts.md#drafts-and-the-tag-endpoint): that is the end of the list.
        { on422: () => undefined }
      )
      if (response === undefined) return { releases: out, capped: true }
      for (const release of response.data.map(toRelease)) {
        if (options.draftsOnly && !release.draft) continue
        if (options.tagPrefix !== undefined && !release.tagName.startsWith(options.tagPrefix))
          continue
        out.push(release)
      }
      if (response.data.length < 100) return { releases: out, capped: false }
    }
    return { releases: out, capped: pages === LISTING_CAP_PAGES }
  }

  async getRelease(id: number): Promise<Release | undefined> {
    const response = await this.call(
      `read release #${id}`,
      () =>
        this.deps.client.request('GET /repos/{owner}/{repo}/releases/{release_id}', {
          owner: this.deps.owner,
          repo: this.deps.repo,
          release_id: id
        }),
      { on404: () => undefined }
    )
    return response && toRelease(response.data)
  }

  protected call<T, R = never>(
    what: string,
    request: () => Promise<T>,
    expected?: Expected<R>
  ): Promise<T | R> {
    return callGitHub(this.repository, what, request, expected)
  }
}
