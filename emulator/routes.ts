/**
 * The route table of the API origin: method + path template (written as GitHub's OpenAPI
 * description writes it, so the same template finds the operation there) → handler. Handlers read
 * and change the World and answer a status and a JSON body; the servers do the HTTP.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { answerQuery, connection, type FieldContext } from './graphqlAnswers.js'
import { assetJson, htmlUrlOf, releaseJson, type Urls } from './views.js'
import {
  cleanName,
  now,
  visible,
  type Access,
  type EmulatedAsset,
  type EmulatedRelease,
  type Repo,
  type World
} from './model.js'

export interface RouteCall {
  world: World
  urls: Urls
  access: Access
  /** Path parameters, URL-decoded, named as in the template. */
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  /** The repository of a `/repos/{owner}/{repo}/…` path; unknown ones are answered 404 before. */
  repo: Repo | undefined
}

export interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** The releases whose assets the answer carries (the journal keeps it: requests that download assets). */
  assetsOf?: number[]
}

export interface Route {
  method: string
  /** An OpenAPI path template such as `/repos/{owner}/{repo}/releases/{release_id}`. */
  path: string
  handle(call: RouteCall): Answer | Promise<Answer>
}

type RepoCall = RouteCall & { repo: Repo }

export const notFound = (message = 'Not Found'): Answer => ({ status: 404, body: { message } })
const denyWrite = (): Answer => ({
  status: 403,
  body: { message: 'Resource not accessible by integration' }
})
export const alreadyExists = (): Answer => ({
  status: 422,
  body: {
    message: 'Validation Failed',
    errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]
  }
})

/**
 * GitHub refuses a release body over 125,000 characters (gh prints "HTTP 422: Validation Failed"
 * and then this message, docs/facts.md). Counted here in code points.
 */
const BODY_LIMIT = 125_000
const bodyTooLong = (body: unknown): Answer | undefined =>
  typeof body === 'string' && [...body].length > BODY_LIMIT
    ? {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'Release',
              code: 'custom',
              field: 'body',
              message: `body is too long (maximum is ${BODY_LIMIT} characters)`
            }
          ]
        }
      }
    : undefined

/** A route under `/repos/{owner}/{repo}`: the handler always has the repository. */
export function repoRoute(
  method: string,
  path: string,
  handle: (call: RepoCall) => Answer | Promise<Answer>
): Route {
  return {
    method,
    path: `/repos/{owner}/{repo}${path}`,
    handle: (call) => (call.repo ? handle(call as RepoCall) : notFound())
  }
}

const jsonBody = (call: RouteCall): Record<string, unknown> =>
  call.body.length ? (JSON.parse(call.body.toString()) as Record<string, unknown>) : {}

/**
 * GitHub's GraphQL API, as far as the store uses it: `repository(owner, name)` with
 * `release(tagName:)`, which does find drafts (docs/facts.md#drafts-and-the-tag-endpoint), and the `releases` connection, which
 * lists drafts too for a caller with push access (the GitHub CLI's `gh release list` reads it and
 * filters drafts itself: cli/cli pkg/cmd/release/list/http.go). Only the selected fields are
 * answered (graphqlAnswers.ts), so a test sees what a query really downloads.
 */
const graphqlRoute: Route = {
  method: 'POST',
  path: '/graphql',
  handle: ({ world, access, body }) => {
    const { query, variables } = JSON.parse(body.toString() || '{}') as {
      query?: string
      variables?: Record<string, unknown>
    }
    const served = new Set<number>()
    const root = {
      repository: (args: Record<string, unknown>, context: FieldContext) => {
        const repo = world.repo(String(args.owner ?? ''), String(args.name ?? ''))
        if (repo) return repositoryObject(repo, access, served)
        context.addError({
          type: 'NOT_FOUND',
          path: context.path,
          locations: context.locations,
          message: `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`
        })
        return null
      }
    }
    const answer = answerQuery(query ?? '', variables ?? {}, root)
    return { status: 200, body: answer, assetsOf: [...served] }
  }
}

function repositoryObject(
  repo: Repo,
  access: Access,
  served: Set<number>
): Record<string, unknown> {
  const seen = repo.releases.filter((r) => visible(access, r))
  return {
    __typename: 'Repository',
    nameWithOwner: repo.fullName,
    release: ({ tagName }: Record<string, unknown>) => {
      const matching = seen.filter((r) => r.tag_name === tagName)
      // A published release wins over drafts of the same tag; among drafts, the oldest.
      const chosen = matching.find((r) => !r.draft) ?? [...matching].sort((a, b) => a.id - b.id)[0]
      return chosen ? releaseObject(repo, chosen, served) : null
    },
    releases: (args: Record<string, unknown>, context: FieldContext) => {
      const order = args.orderBy as { field?: string; direction?: string } | undefined
      // The store always names its order; without one the emulator lists oldest first.
      const sortKey =
        order?.field === 'NAME'
          ? (r: EmulatedRelease) => [r.name, r.id]
          : (r: EmulatedRelease) => [r.created_at, r.id]
      const descending = order?.direction === 'DESC'
      const sorted = [...seen].sort((a, b) => {
        const [x, y] = [sortKey(a), sortKey(b)]
        const c = x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : (x[1] as number) - (y[1] as number)
        return descending ? -c : c
      })
      const page = connection(sorted, args, context, { name: 'releases', sortKey, descending })
      return {
        ...page,
        nodes: (page.nodes as EmulatedRelease[]).map((r) => releaseObject(repo, r, served)),
        edges: (page.edges as { cursor: string; node: EmulatedRelease }[]).map((e) => ({
          cursor: e.cursor,
          node: releaseObject(repo, e.node, served)
        }))
      }
    }
  }
}

/** A release as GraphQL describes it: assets by node id only, no numeric id, no digest (docs/facts.md). */
function releaseObject(
  repo: Repo,
  r: EmulatedRelease,
  served: Set<number>
): Record<string, unknown> {
  return {
    __typename: 'Release',
    id: `RE_${r.id}`,
    databaseId: r.id,
    isDraft: r.draft,
    isPrerelease: r.prerelease,
    tagName: r.tag_name,
    name: r.name,
    url: htmlUrlOf(repo, r),
    createdAt: r.created_at,
    publishedAt: r.draft ? null : r.created_at,
    description: r.body,
    releaseAssets: (args: Record<string, unknown>, context: FieldContext) => {
      served.add(r.id)
      const assets = r.assets.map((a) => ({
        __typename: 'ReleaseAsset',
        key: a.id,
        id: `RA_${a.id}`,
        name: a.name,
        size: a.size,
        contentType: a.content_type,
        createdAt: a.created_at,
        updatedAt: a.updated_at
      }))
      return connection(assets, args, context, { name: 'releaseAssets', sortKey: (a) => [a.key] })
    }
  }
}

/** Newest first, `Link` pagination, only the first 1000 releases (docs/facts.md#drafts-and-the-tag-endpoint). */
function listReleases({ urls, access, query, repo }: RepoCall): Answer {
  const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100)
  const page = Number(query.get('page') ?? 1) || 1
  const all = repo.releases
    .filter((r) => visible(access, r))
    .sort((a, b) => b.id - a.id)
    .slice(0, 1000)
  if ((page - 1) * perPage >= 1000)
    return { status: 422, body: { message: 'Only the first 1000 results are available.' } }
  const slice = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const links: string[] = []
  const link = (p: number, rel: string): string =>
    `<${urls.api}/repos/${repo.fullName}/releases?per_page=${perPage}&page=${p}>; rel="${rel}"`
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  return {
    status: 200,
    body: slice.map((r) => releaseJson(urls, repo, r)),
    headers: links.length ? { link: links.join(', ') } : {},
    assetsOf: slice.map((r) => r.id)
  }
}

/** The release owning asset `asset_id`, if the caller may see it. */
function assetOf(call: RepoCall): { owner: EmulatedRelease; asset: EmulatedAsset } | undefined {
  const id = Number(call.params.asset_id)
  const owner = call.repo.releases.find(
    (r) => r.assets.some((a) => a.id === id) && visible(call.access, r)
  )
  const asset = owner?.assets.find((a) => a.id === id)
  return owner && asset ? { owner, asset } : undefined
}

function releaseOf(call: RepoCall): EmulatedRelease | undefined {
  const id = Number(call.params.release_id)
  return call.repo.releases.find((r) => r.id === id && visible(call.access, r))
}

export const releaseRoutes: Route[] = [
  graphqlRoute,
  repoRoute('GET', '', ({ access, repo }) => ({
    status: 200,
    body: {
      full_name: repo.fullName,
      default_branch: repo.defaultBranch,
      permissions: { admin: false, push: access === 'write', pull: true }
    }
  })),
  repoRoute('GET', '/branches/{branch}', ({ params, repo }) =>
    repo.branches.has(params.branch!)
      ? { status: 200, body: { name: params.branch } }
      : notFound('Branch not found')
  ),
  // https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request: the fields claude-session reads.
  repoRoute('GET', '/pulls/{pull_number}', ({ params, repo }) => {
    const pr = repo.pulls.find((p) => p.number === Number(params.pull_number))
    return pr
      ? {
          status: 200,
          body: {
            number: pr.number,
            state: 'open',
            head: { ref: pr.head, repo: { full_name: repo.fullName } },
            base: { ref: pr.base, repo: { full_name: repo.fullName } }
          }
        }
      : notFound()
  }),
  repoRoute('GET', '/releases', listReleases),
  repoRoute('POST', '/releases', (call) => {
    if (call.access !== 'write') return denyWrite()
    const input = jsonBody(call)
    const tooLong = bodyTooLong(input.body)
    if (tooLong) return tooLong
    const release = call.world.newRelease({
      tag_name: String(input.tag_name),
      name: String(input.name ?? ''),
      body: String(input.body ?? ''),
      draft: input.draft === true,
      prerelease: input.prerelease === true,
      target_commitish: input.target_commitish as string | undefined
    })
    call.repo.releases.push(release)
    return { status: 201, body: releaseJson(call.urls, call.repo, release) }
  }),
  // Published releases only: never drafts (docs/facts.md#drafts-and-the-tag-endpoint).
  repoRoute('GET', '/releases/tags/{tag}', ({ urls, params, repo }) => {
    const found = repo.releases.find((r) => r.tag_name === params.tag && !r.draft)
    return found
      ? { status: 200, body: releaseJson(urls, repo, found), assetsOf: [found.id] }
      : notFound()
  }),
  repoRoute('GET', '/releases/assets/{asset_id}', (call) => {
    const found = assetOf(call)
    if (!found) return notFound()
    if (!(call.headers.accept ?? '').includes('application/octet-stream'))
      return { status: 200, body: assetJson(call.urls, call.repo, found.owner, found.asset) }
    // The bytes live behind a 302 to a signed URL on another host (docs/facts.md#downloads).
    const key = randomBytes(16).toString('hex')
    call.world.signed.set(key, { asset: found.asset, expires: Date.now() + 5 * 60_000 })
    const sig = randomBytes(8).toString('hex')
    return {
      status: 302,
      headers: { location: `${call.urls.storage}/releases-assets/${key}?sig=${sig}` }
    }
  }),
  repoRoute('PATCH', '/releases/assets/{asset_id}', (call) => {
    const found = assetOf(call)
    if (!found) return notFound()
    if (call.access !== 'write') return denyWrite()
    const { owner, asset } = found
    const input = jsonBody(call)
    if (typeof input.name === 'string') {
      const name = cleanName(input.name)
      if (owner.assets.some((a) => a.name === name && a.id !== asset.id)) return alreadyExists()
      asset.name = name
    }
    if (typeof input.label === 'string') asset.label = input.label
    asset.updated_at = now()
    return { status: 200, body: assetJson(call.urls, call.repo, owner, asset) }
  }),
  repoRoute('DELETE', '/releases/assets/{asset_id}', (call) => {
    const found = assetOf(call)
    if (!found) return notFound()
    if (call.access !== 'write') return denyWrite()
    found.owner.assets = found.owner.assets.filter((a) => a.id !== found.asset.id)
    return { status: 204 }
  }),
  repoRoute('GET', '/releases/{release_id}', (call) => {
    const release = releaseOf(call)
    return release
      ? { status: 200, body: releaseJson(call.urls, call.repo, release), assetsOf: [release.id] }
      : notFound()
  }),
  repoRoute('GET', '/releases/{release_id}/assets', (call) => {
    const release = releaseOf(call)
    if (!release) return notFound()
    return {
      status: 200,
      body: release.assets.map((a) => assetJson(call.urls, call.repo, release, a)),
      assetsOf: [release.id]
    }
  }),
  repoRoute('PATCH', '/releases/{release_id}', (call) => {
    const release = releaseOf(call)
    if (!release) return notFound()
    if (call.access !== 'write') return denyWrite()
    const input = jsonBody(call)
    const tooLong = bodyTooLong(input.body)
    if (tooLong) return tooLong
    // A draft PATCHed without tag_name loses its tag to untagged-<hex> (docs/facts.md#tag-kept-on-patch).
    if (typeof input.tag_name === 'string') release.tag_name = input.tag_name
    else if (release.draft) release.tag_name = `untagged-${randomBytes(10).toString('hex')}`
    if (typeof input.name === 'string') release.name = input.name
    if (typeof input.body === 'string') release.body = input.body
    if (typeof input.draft === 'boolean') release.draft = input.draft
    return { status: 200, body: releaseJson(call.urls, call.repo, release), assetsOf: [release.id] }
  }),
  repoRoute('DELETE', '/releases/{release_id}', (call) => {
    const release = releaseOf(call)
    if (!release) return notFound()
    if (call.access !== 'write') return denyWrite()
    call.repo.releases = call.repo.releases.filter((r) => r.id !== release.id)
    return { status: 204 }
  })
]
