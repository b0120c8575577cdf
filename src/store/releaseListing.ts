import type { GitHubClient } from './client.js'
import { statusOf, toStoreError } from './errors.js'
import type { ReleaseRef } from './types.js'
import { unreachable } from './unreachable.js'
import type { Logger } from '../log.js'

/** GitHub serves at most 100 nodes of a connection a page (docs/facts.md#graphql-connections). */
const PAGE = 100

/**
 * One page of the repository's releases, newest first, with only what tells a session draft
 * apart: no body and no assets. REST's `GET /releases` embeds every asset of every release and
 * stops at the first 1000 releases (docs/facts.md#listing-releases); this connection has neither limit, and it
 * lists drafts to a caller with push access (the GitHub CLI's `gh release list` reads it and
 * filters drafts itself: cli/cli pkg/cmd/release/list/http.go).
 */
const RELEASES_PAGE = `query($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    releases(first: ${PAGE}, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes { databaseId tagName isDraft }
    }
  }
}`

interface ReleasesPage {
  repository: {
    releases: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null }
      nodes: ({ databaseId: number | null; tagName: string; isDraft: boolean } | null)[] | null
    }
  } | null
}

/**
 * The releases `keep` accepts, newest first, walking the whole connection (or `maxPages` pages).
 * Undefined when GraphQL could not answer (an old GitHub Enterprise Server, a proxy that knows only
 * REST): the caller then lists through REST and says the listing may be incomplete. A bad token or
 * an unreachable host throws, as REST would fail just the same.
 */
export async function listReleaseRefs(
  deps: { client: GitHubClient; graphqlUrl: string; owner: string; repo: string; log: Logger },
  options: { keep: (ref: ReleaseRef) => boolean; maxPages?: number }
): Promise<ReleaseRef[] | undefined> {
  const kept: ReleaseRef[] = []
  let after: string | null = null
  for (let page = 1; page <= (options.maxPages ?? Infinity); page++) {
    let answer: { data?: ReleasesPage; errors?: unknown[] }
    try {
      // Not `client.graphql`: it derives the URL from baseUrl, and GITHUB_GRAPHQL_URL must win.
      const response = await deps.client.request<{ data?: ReleasesPage; errors?: unknown[] }>({
        method: 'POST',
        url: deps.graphqlUrl,
        baseUrl: '',
        query: RELEASES_PAGE,
        variables: { owner: deps.owner, name: deps.repo, after }
      })
      answer = response.data
    } catch (error) {
      if (statusOf(error) === 401 || unreachable(error))
        throw toStoreError(error, 'list releases', `${deps.owner}/${deps.repo}`)
      deps.log.debug(`GraphQL listing of releases failed (${statusOf(error) ?? 'no answer'})`)
      return undefined
    }
    const releases = answer.data?.repository?.releases
    if (answer.errors?.length || !releases) {
      deps.log.debug(`GraphQL listing of releases failed: ${JSON.stringify(answer.errors ?? [])}`)
      return undefined
    }
    for (const node of releases.nodes ?? []) {
      if (!node || node.databaseId === null) continue
      const ref = { id: node.databaseId, tagName: node.tagName, isDraft: node.isDraft }
      if (options.keep(ref)) kept.push(ref)
    }
    if (!releases.pageInfo.hasNextPage || !releases.pageInfo.endCursor) break
    after = releases.pageInfo.endCursor
  }
  return kept
}
