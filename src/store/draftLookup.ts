import type { GitHubClient } from './client.js'
import { requestSent } from './httpTransport.js'
import { statusOf, toStoreError } from './errors.js'
import type { DraftLookup, Release } from './types.js'
import { unreachable } from './unreachable.js'
import type { Logger } from '../log.js'

/** One page of assets: a release that holds more falls back to the REST listing (docs/facts.md#asset-digest). */
const ASSETS_PAGE = 100

/**
 * The release with this tag, its body (`description`) and its assets in one request. GraphQL's
 * `ReleaseAsset` has no numeric id and no digest (docs/facts.md#asset-digest): the node ids, names and sizes only
 * let a caller check what an index in the body says against what the release holds now.
 */
const RELEASE_BY_TAG = `query($owner: String!, $name: String!, $tag: String!) {
  repository(owner: $owner, name: $name) {
    release(tagName: $tag) {
      databaseId isDraft tagName url description
      releaseAssets(first: ${ASSETS_PAGE}) { totalCount nodes { id name size } }
    }
  }
}`

/** GraphQL answers 200 with `errors` for a query that failed (https://spec.graphql.org/October2021/#sec-Response-Format). */
interface GraphqlAnswer<T> {
  data?: T
  errors?: unknown[]
}

interface GraphqlRelease {
  databaseId: number
  isDraft: boolean
  tagName: string
  url: string
  description: string | null
  releaseAssets?: {
    totalCount: number
    nodes: ({ id: string; name: string; size: number } | null)[] | null
  } | null
}

interface ReleaseByTag {
  repository: { release: GraphqlRelease | null } | null
}

interface LookupDeps {
  client: GitHubClient
  graphqlUrl: string
  owner: string
  repo: string
  log: Logger
}

/**
 * The GraphQL lookup of the release tagged `tag`: null when there is none, undefined when GraphQL
 * could not answer (the caller then lists releases). A bad token or an unreachable host throws:
 * the listing would fail just the same. `onSent` is called when the request (or a retry of it)
 * has left, for a caller with work to do while it travels.
 */
export async function lookupByTag(
  deps: LookupDeps,
  tag: string,
  onSent?: () => void
): Promise<DraftLookup | null | undefined> {
  return onSent ? requestSent.run(onSent, () => lookup(deps, tag)) : lookup(deps, tag)
}

async function lookup(deps: LookupDeps, tag: string): Promise<DraftLookup | null | undefined> {
  const repository = `${deps.owner}/${deps.repo}`
  try {
    // Not `client.graphql`: it derives the URL from baseUrl, and GITHUB_GRAPHQL_URL must win.
    const { data } = await deps.client.request<GraphqlAnswer<ReleaseByTag>>({
      method: 'POST',
      url: deps.graphqlUrl,
      // A complete URL (graphqlUrlFor): never prefixed with the REST root, even when invalid.
      baseUrl: '',
      query: RELEASE_BY_TAG,
      variables: { owner: deps.owner, name: deps.repo, tag }
    })
    if (data.errors?.length || data.data?.repository === undefined) return undefined
    const release = data.data.repository?.release
    return release ? toView(release) : null
  } catch (error) {
    if (statusOf(error) === 401 || unreachable(error))
      throw toStoreError(error, 'look up the draft release', repository)
    deps.log.debug(
      `GraphQL lookup of ${tag} failed (${statusOf(error) ?? 'no answer'}); listing releases instead`
    )
    return undefined
  }
}

function toView(r: GraphqlRelease): DraftLookup {
  const nodes = (r.releaseAssets?.nodes ?? []).filter(
    (n): n is { id: string; name: string; size: number } => n !== null
  )
  return {
    id: r.databaseId,
    isDraft: r.isDraft,
    tagName: r.tagName,
    htmlUrl: r.url,
    description: r.description ?? '',
    assets: nodes.map((n) => ({ nodeId: n.id, name: n.name, size: n.size })),
    complete: r.releaseAssets != null && nodes.length >= r.releaseAssets.totalCount
  }
}

/**
 * The draft GraphQL described, without asking REST for it again, given the `upload_url` a reader
 * kept from an earlier answer. That URL receives the token, so only the shape GitHub gives it is
 * accepted: this repository and release, on the API's host or its `uploads.` twin, or under
 * `/api/uploads` on GitHub Enterprise Server (docs/facts.md#uploads).
 */
export function releaseFromLookup(
  lookup: DraftLookup,
  uploadUrl: string,
  where: { apiUrl: string; repository: string }
): Release | undefined {
  if (!lookup.isDraft || !isUploadUrlOf(lookup.id, uploadUrl, where)) return undefined
  return {
    id: lookup.id,
    tagName: lookup.tagName,
    name: '',
    draft: true,
    htmlUrl: lookup.htmlUrl,
    uploadUrl,
    createdAt: '',
    assets: []
  }
}

function isUploadUrlOf(
  releaseId: number,
  uploadUrl: string,
  where: { apiUrl: string; repository: string }
): boolean {
  const suffix = `/repos/${where.repository}/releases/${releaseId}/assets{?name,label}`
  // GitHub spells the repository as it was created, whatever case the caller used.
  if (!uploadUrl.toLowerCase().endsWith(suffix.toLowerCase())) return false
  let url: URL
  let api: URL
  try {
    url = new URL(uploadUrl.slice(0, -suffix.length))
    api = new URL(where.apiUrl)
  } catch {
    return false
  }
  if (url.protocol !== api.protocol || url.username || url.password || url.search || url.hash)
    return false
  if (!['/', '/api/uploads'].includes(url.pathname)) return false
  const twin = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice(4)}` : undefined
  return url.hostname === api.hostname || url.hostname === twin
}
