/**
 * The route table of the API origin: method + path template (written as GitHub's OpenAPI
 * description writes it, so the same template finds the operation there) → handler. Handlers read
 * and change the World and answer a status and a JSON body; the servers do the HTTP.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { assetJson, releaseJson, type Urls } from './views.js'
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

export const jsonBody = (call: RouteCall): Record<string, unknown> =>
  call.body.length ? (JSON.parse(call.body.toString()) as Record<string, unknown>) : {}

/**
 * GraphQL `repository(owner,name){ release(tagName:) }`, which does find drafts (docs/facts.md), with
 * its body and the first 100 assets. Every field is sent; the client reads what it asked for.
 */
const graphqlRoute: Route = {
  method: 'POST',
  path: '/graphql',
  handle: ({ world, access, body }) => {
    const { query, variables } = JSON.parse(body.toString() || '{}') as {
      query?: string
      variables?: Record<string, string>
    }
    if (!query?.includes('release(tagName:'))
      return { status: 200, body: { errors: [{ message: 'unsupported in emulator' }] } }
    const repo = world.repo(variables?.owner ?? '', variables?.name ?? '')
    if (!repo)
      return {
        status: 200,
        body: {
          data: { repository: null },
          errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }]
        }
      }
    const matching = repo.releases.filter(
      (r) => r.tag_name === variables?.tag && visible(access, r)
    )
    const chosen = matching.find((r) => !r.draft) ?? [...matching].sort((a, b) => a.id - b.id)[0]
    const release = chosen && {
      databaseId: chosen.id,
      isDraft: chosen.draft,
      tagName: chosen.tag_name,
      name: chosen.name,
      url: '',
      createdAt: chosen.created_at,
      description: chosen.body,
      // GraphQL names assets by node id only, no numeric id and no digest (docs/facts.md).
      releaseAssets: {
        totalCount: chosen.assets.length,
        nodes: chosen.assets
          .slice(0, 100)
          .map((a) => ({ id: `RA_${a.id}`, name: a.name, size: a.size }))
      }
    }
    return { status: 200, body: { data: { repository: { release: release ?? null } } } }
  }
}

/** Newest first, `Link` pagination, only the first 1000 releases (docs/facts.md). */
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
    headers: links.length ? { link: links.join(', ') } : {}
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
  // Published releases only: never drafts (docs/facts.md).
  repoRoute('GET', '/releases/tags/{tag}', ({ urls, params, repo }) => {
    const found = repo.releases.find((r) => r.tag_name === params.tag && !r.draft)
    return found ? { status: 200, body: releaseJson(urls, repo, found) } : notFound()
  }),
  repoRoute('GET', '/releases/assets/{asset_id}', (call) => {
    const found = assetOf(call)
    if (!found) return notFound()
    if (!(call.headers.accept ?? '').includes('application/octet-stream'))
      return { status: 200, body: assetJson(call.urls, call.repo, found.owner, found.asset) }
    // The bytes live behind a 302 to a signed URL on another host (docs/facts.md).
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
    return release ? { status: 200, body: releaseJson(call.urls, call.repo, release) } : notFound()
  }),
  repoRoute('GET', '/releases/{release_id}/assets', (call) => {
    const release = releaseOf(call)
    if (!release) return notFound()
    return {
      status: 200,
      body: release.assets.map((a) => assetJson(call.urls, call.repo, release, a))
    }
  }),
  repoRoute('PATCH', '/releases/{release_id}', (call) => {
    const release = releaseOf(call)
    if (!release) return notFound()
    if (call.access !== 'write') return denyWrite()
    const input = jsonBody(call)
    // A draft PATCHed without tag_name loses its tag to untagged-<hex> (docs/facts.md).
    if (typeof input.tag_name === 'string') release.tag_name = input.tag_name
    else if (release.draft) release.tag_name = `untagged-${randomBytes(10).toString('hex')}`
    if (typeof input.name === 'string') release.name = input.name
    if (typeof input.body === 'string') release.body = input.body
    if (typeof input.draft === 'boolean') release.draft = input.draft
    return { status: 200, body: releaseJson(call.urls, call.repo, release) }
  }),
  repoRoute('DELETE', '/releases/{release_id}', (call) => {
    const release = releaseOf(call)
    if (!release) return notFound()
    if (call.access !== 'write') return denyWrite()
    call.repo.releases = call.repo.releases.filter((r) => r.id !== release.id)
    return { status: 204 }
  })
]
