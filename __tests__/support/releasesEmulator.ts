/**
 * An emulator of GitHub's Releases API for tests, the demo and the benchmark: real HTTP on
 * 127.0.0.1 with three origins (API, uploads, signed storage), behaving as docs/facts.md records —
 * drafts visible only with push access, the tags endpoint blind to drafts, GraphQL
 * `release(tagName:)`, Link pagination capped at 1000 releases, upload_url with a required
 * Content-Length, 422 already_exists, 302 downloads to a storage origin that rejects
 * Authorization — plus fault injection. Octokit talks to it unmodified.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface EmulatorOptions {
  quiet?: boolean
  /** More API routes (workflowsEmulator.ts), asked after authentication: true when handled. */
  routes?: ExtraRoutes
}

export type ExtraRoutes = (
  req: IncomingMessage,
  url: URL,
  access: 'write' | 'read',
  send: (status: number, body?: unknown) => void
) => Promise<boolean>

export interface EmulatedAsset {
  id: number
  name: string
  label: string | null
  state: 'uploaded' | 'starter'
  content_type: string
  size: number
  data: Buffer
  created_at: string
  updated_at: string
}

export interface EmulatedRelease {
  id: number
  tag_name: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  target_commitish: string | undefined
  created_at: string
  assets: EmulatedAsset[]
}

export interface RequestRecord {
  origin: 'api' | 'uploads' | 'storage'
  method: string
  path: string
  query: string
  status: number
  /** Date.now() when the request arrived. */
  at: number
  hadAuthorization: boolean
}

export type Fault = {
  origin?: 'api' | 'uploads' | 'storage'
  method?: string
  path?: RegExp
  /** 1-based: the nth matching request from the moment of injection (default 1). */
  nth?: number
  /** How many consecutive matching requests get the fault (default 1). */
  times?: number
  kind: 'status' | 'reset' | 'starter' | 'truncate'
  status?: number
  headers?: Record<string, string>
  body?: unknown
}

export interface Emulator {
  apiUrl: string
  graphqlUrl: string
  uploadsUrl: string
  storageUrl: string
  tokens: { write: string; read: string }
  addToken(token: string, access: 'write' | 'read'): void
  addRepo(fullName: string, opts?: { branches?: string[] }): void
  addBranch(fullName: string, branch: string): void
  deleteBranch(fullName: string, branch: string): void
  seedRelease(
    fullName: string,
    r: {
      tag_name: string
      draft?: boolean
      name?: string
      body?: string
      assets?: {
        name: string
        data: Buffer | string
        state?: 'uploaded' | 'starter'
        content_type?: string
      }[]
    }
  ): EmulatedRelease
  seedManyReleases(
    fullName: string,
    count: number,
    opts?: { draft?: boolean; tagPrefix?: string }
  ): void
  releases(fullName: string): EmulatedRelease[]
  assetData(fullName: string, assetName: string, tag?: string): Buffer | undefined
  inject(fault: Fault): void
  clearFaults(): void
  requests: RequestRecord[]
  resetRequests(): void
  close(): Promise<void>
}

interface Repo {
  branches: Set<string>
  releases: EmulatedRelease[]
}

interface ActiveFault extends Fault {
  seen: number
  fired: number
}

const SECRET_PREFIX = 'ghs_emulator'

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const repos = new Map<string, Repo>()
  const tokens = new Map<string, 'write' | 'read'>()
  const signed = new Map<string, { asset: EmulatedAsset; expires: number }>()
  let faults: ActiveFault[] = []
  let nextId = 1000
  const state = {
    requests: [] as RequestRecord[]
  }
  const write = `${SECRET_PREFIX}_write_${randomBytes(12).toString('hex')}`
  const read = `${SECRET_PREFIX}_read_${randomBytes(12).toString('hex')}`
  tokens.set(write, 'write')
  tokens.set(read, 'read')

  const sockets = new Set<Socket>()
  const servers: Server[] = []
  const listen = async (
    handler: (req: IncomingMessage, res: ServerResponse) => void
  ): Promise<string> => {
    const server = createServer(handler)
    server.keepAliveTimeout = 1000
    server.on('connection', (s) => {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    servers.push(server)
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  const now = (): string => new Date().toISOString()
  const repoOf = (owner: string, name: string): Repo | undefined =>
    repos.get(`${owner}/${name}`.toLowerCase())

  let apiUrl = ''
  let uploadsUrl = ''
  let storageUrl = ''

  const releaseJson = (fullName: string, r: EmulatedRelease): Record<string, unknown> => ({
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
    url: `${apiUrl}/repos/${fullName}/releases/${r.id}`,
    html_url: `https://github.example/${fullName}/releases/${r.draft ? `tag/untagged-${r.id}` : `tag/${r.tag_name}`}`,
    assets_url: `${apiUrl}/repos/${fullName}/releases/${r.id}/assets`,
    upload_url: `${uploadsUrl}/repos/${fullName}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map((a) => assetJson(fullName, r, a))
  })
  const assetJson = (
    fullName: string,
    r: EmulatedRelease,
    a: EmulatedAsset
  ): Record<string, unknown> => ({
    id: a.id,
    node_id: `RA_${a.id}`,
    name: a.name,
    label: a.label,
    state: a.state,
    content_type: a.content_type,
    size: a.size,
    // GitHub's own digest of the content (docs/facts.md); none yet on a starter leftover.
    digest:
      a.state === 'uploaded' ? `sha256:${createHash('sha256').update(a.data).digest('hex')}` : null,
    download_count: 0,
    created_at: a.created_at,
    updated_at: a.updated_at,
    url: `${apiUrl}/repos/${fullName}/releases/assets/${a.id}`,
    // Does not work for drafts (docs/facts.md): it points at the web host, which this emulator is not.
    browser_download_url: `https://github.example/${fullName}/releases/download/${r.tag_name}/${a.name}`
  })

  /** GitHub rewrites characters outside [A-Za-z0-9._-] and strips leading dots (docs/facts.md). */
  const cleanName = (name: string): string =>
    name.replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+/, '')

  const newAsset = (
    name: string,
    data: Buffer,
    contentType: string,
    stateName: 'uploaded' | 'starter'
  ): EmulatedAsset => ({
    id: nextId++,
    name,
    label: null,
    state: stateName,
    content_type: contentType,
    size: stateName === 'starter' ? 0 : data.length,
    data: stateName === 'starter' ? Buffer.alloc(0) : data,
    created_at: now(),
    updated_at: now()
  })

  /** The fault for this request, if one is due. */
  const faultFor = (
    origin: RequestRecord['origin'],
    method: string,
    path: string
  ): ActiveFault | undefined => {
    for (const f of faults) {
      if (f.origin && f.origin !== origin) continue
      if (f.method && f.method.toUpperCase() !== method) continue
      if (f.path && !f.path.test(path)) continue
      f.seen++
      const nth = f.nth ?? 1
      const times = f.times ?? 1
      if (f.seen >= nth && f.fired < times) {
        f.fired++
        return f
      }
    }
    return undefined
  }

  const record = (
    origin: RequestRecord['origin'],
    req: IncomingMessage,
    url: URL
  ): RequestRecord => {
    const entry: RequestRecord = {
      origin,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      status: 0,
      at: Date.now(),
      hadAuthorization: req.headers.authorization !== undefined
    }
    state.requests.push(entry)
    return entry
  }

  const send = (
    res: ServerResponse,
    entry: RequestRecord,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {}
  ): void => {
    entry.status = status
    const payload = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...headers
    })
    res.end(payload)
  }

  const readBody = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((done, fail) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => done(Buffer.concat(chunks)))
      req.on('error', fail)
    })

  const applyFault = async (
    fault: ActiveFault,
    req: IncomingMessage,
    res: ServerResponse,
    entry: RequestRecord
  ): Promise<boolean> => {
    if (fault.kind === 'status') {
      await readBody(req)
      const status = fault.status ?? 500
      send(res, entry, status, fault.body ?? { message: `Emulated ${status}` }, fault.headers ?? {})
      return true
    }
    if (fault.kind === 'reset') {
      await readBody(req).catch(() => undefined)
      entry.status = -1
      req.socket.destroy()
      return true
    }
    return false
  }

  const auth = (req: IncomingMessage): 'write' | 'read' | undefined => {
    const header = req.headers.authorization ?? ''
    const token = header.replace(/^(token|bearer)\s+/i, '')
    return tokens.get(token)
  }

  const visible = (access: 'write' | 'read', r: EmulatedRelease): boolean =>
    access === 'write' || !r.draft

  // ---- API origin ----
  apiUrl = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const entry = record('api', req, url)
    const method = req.method ?? 'GET'
    try {
      const fault = faultFor('api', method, url.pathname)
      if (fault && (await applyFault(fault, req, res, entry))) return
      const access = auth(req)
      if (!access) {
        await readBody(req)
        return send(res, entry, 401, { message: 'Bad credentials' })
      }
      const routed = (status: number, body?: unknown): void => send(res, entry, status, body)
      if (options.routes && (await options.routes(req, url, access, routed))) return
      if (url.pathname === '/graphql' && method === 'POST') {
        const { query, variables } = JSON.parse((await readBody(req)).toString() || '{}') as {
          query?: string
          variables?: Record<string, string>
        }
        if (!query?.includes('release(tagName:'))
          return send(res, entry, 200, { errors: [{ message: 'unsupported in emulator' }] })
        const repo = repoOf(variables?.owner ?? '', variables?.name ?? '')
        if (!repo)
          return send(res, entry, 200, {
            data: { repository: null },
            errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }]
          })
        const matching = repo.releases.filter(
          (r) => r.tag_name === variables?.tag && visible(access, r)
        )
        const chosen =
          matching.find((r) => !r.draft) ?? [...matching].sort((a, b) => a.id - b.id)[0]
        return send(res, entry, 200, {
          data: {
            repository: {
              release: chosen
                ? {
                    databaseId: chosen.id,
                    isDraft: chosen.draft,
                    tagName: chosen.tag_name,
                    name: chosen.name,
                    url: '',
                    createdAt: chosen.created_at
                  }
                : null
            }
          }
        })
      }
      const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname)
      if (!m) {
        await readBody(req)
        return send(res, entry, 404, { message: 'Not Found' })
      }
      const fullName = `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`
      const repo = repoOf(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!))
      const rest = m[3] ?? ''
      const body = await readBody(req)
      if (!repo) return send(res, entry, 404, { message: 'Not Found' })
      const json = (): Record<string, unknown> =>
        body.length ? (JSON.parse(body.toString()) as Record<string, unknown>) : {}
      const denyWrite = (): void =>
        send(res, entry, 403, { message: 'Resource not accessible by integration' })

      if (rest === '' && method === 'GET') {
        return send(res, entry, 200, {
          full_name: fullName,
          permissions: { admin: false, push: access === 'write', pull: true }
        })
      }
      let mm: RegExpExecArray | null
      if ((mm = /^\/branches\/(.+)$/.exec(rest)) && method === 'GET') {
        const branch = decodeURIComponent(mm[1]!)
        return repo.branches.has(branch)
          ? send(res, entry, 200, { name: branch })
          : send(res, entry, 404, { message: 'Branch not found' })
      }
      if (rest === '/releases' && method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100)
        const page = Number(url.searchParams.get('page') ?? 1) || 1
        const all = repo.releases
          .filter((r) => visible(access, r))
          .sort((a, b) => b.id - a.id)
          .slice(0, 1000)
        if ((page - 1) * perPage >= 1000)
          return send(res, entry, 422, { message: 'Only the first 1000 results are available.' })
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const links: string[] = []
        const link = (p: number, rel: string): string =>
          `<${apiUrl}/repos/${fullName}/releases?per_page=${perPage}&page=${p}>; rel="${rel}"`
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
        if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
        return send(
          res,
          entry,
          200,
          slice.map((r) => releaseJson(fullName, r)),
          links.length ? { link: links.join(', ') } : {}
        )
      }
      if (rest === '/releases' && method === 'POST') {
        if (access !== 'write') return denyWrite()
        const input = json()
        const release: EmulatedRelease = {
          id: nextId++,
          tag_name: String(input.tag_name),
          name: String(input.name ?? ''),
          body: String(input.body ?? ''),
          draft: input.draft === true,
          prerelease: input.prerelease === true,
          target_commitish: input.target_commitish as string | undefined,
          created_at: now(),
          assets: []
        }
        repo.releases.push(release)
        return send(res, entry, 201, releaseJson(fullName, release))
      }
      if ((mm = /^\/releases\/tags\/(.+)$/.exec(rest)) && method === 'GET') {
        // Published releases only: never drafts (docs/facts.md).
        const tag = decodeURIComponent(mm[1]!)
        const found = repo.releases.find((r) => r.tag_name === tag && !r.draft)
        return found
          ? send(res, entry, 200, releaseJson(fullName, found))
          : send(res, entry, 404, { message: 'Not Found' })
      }
      if ((mm = /^\/releases\/assets\/(\d+)$/.exec(rest))) {
        const id = Number(mm[1])
        const owner = repo.releases.find(
          (r) => r.assets.some((a) => a.id === id) && visible(access, r)
        )
        const asset = owner?.assets.find((a) => a.id === id)
        if (!owner || !asset) return send(res, entry, 404, { message: 'Not Found' })
        if (method === 'GET') {
          if ((req.headers.accept ?? '').includes('application/octet-stream')) {
            const key = randomBytes(16).toString('hex')
            signed.set(key, { asset, expires: Date.now() + 5 * 60_000 })
            entry.status = 302
            res.writeHead(302, {
              location: `${storageUrl}/releases-assets/${key}?sig=${randomBytes(8).toString('hex')}`,
              'content-length': 0
            })
            return res.end()
          }
          return send(res, entry, 200, assetJson(fullName, owner, asset))
        }
        if (access !== 'write') return denyWrite()
        if (method === 'PATCH') {
          const input = json()
          if (typeof input.name === 'string') {
            const name = cleanName(input.name)
            if (owner.assets.some((a) => a.name === name && a.id !== id)) {
              return send(res, entry, 422, alreadyExists())
            }
            asset.name = name
          }
          if (typeof input.label === 'string') asset.label = input.label
          asset.updated_at = now()
          return send(res, entry, 200, assetJson(fullName, owner, asset))
        }
        if (method === 'DELETE') {
          owner.assets = owner.assets.filter((a) => a.id !== id)
          entry.status = 204
          res.writeHead(204)
          return res.end()
        }
      }
      if ((mm = /^\/releases\/(\d+)(\/assets)?$/.exec(rest))) {
        const id = Number(mm[1])
        const release = repo.releases.find((r) => r.id === id && visible(access, r))
        if (!release) return send(res, entry, 404, { message: 'Not Found' })
        if (mm[2] && method === 'GET')
          return send(
            res,
            entry,
            200,
            release.assets.map((a) => assetJson(fullName, release, a))
          )
        if (method === 'GET') return send(res, entry, 200, releaseJson(fullName, release))
        if (access !== 'write') return denyWrite()
        if (method === 'PATCH') {
          const input = json()
          // A draft PATCHed without tag_name loses its tag to untagged-<hex> (docs/facts.md).
          if (typeof input.tag_name === 'string') release.tag_name = input.tag_name
          else if (release.draft) release.tag_name = `untagged-${randomBytes(10).toString('hex')}`
          if (typeof input.name === 'string') release.name = input.name
          if (typeof input.body === 'string') release.body = input.body
          if (typeof input.draft === 'boolean') release.draft = input.draft
          return send(res, entry, 200, releaseJson(fullName, release))
        }
        if (method === 'DELETE') {
          repo.releases = repo.releases.filter((r) => r.id !== id)
          entry.status = 204
          res.writeHead(204)
          return res.end()
        }
      }
      return send(res, entry, 404, { message: 'Not Found' })
    } catch (error) {
      if (!res.headersSent)
        send(res, entry, 500, { message: `emulator error: ${(error as Error).message}` })
    }
  })

  // ---- uploads origin ----
  uploadsUrl = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const entry = record('uploads', req, url)
    const method = req.method ?? 'GET'
    try {
      const fault = faultFor('uploads', method, url.pathname)
      const access = auth(req)
      const m = /^\/repos\/([^/]+)\/([^/]+)\/releases\/(\d+)\/assets$/.exec(url.pathname)
      if (fault?.kind === 'starter' && m) {
        // A 502 mid-upload leaves an empty `starter` asset that blocks the name (docs/facts.md).
        await readBody(req).catch(() => undefined)
        const release = repoOf(m[1]!, m[2]!)?.releases.find((r) => r.id === Number(m[3]))
        const name = cleanName(url.searchParams.get('name') ?? '')
        if (release && !release.assets.some((a) => a.name === name)) {
          release.assets.push(
            newAsset(
              name,
              Buffer.alloc(0),
              req.headers['content-type'] ?? 'application/octet-stream',
              'starter'
            )
          )
        }
        return send(res, entry, 502, { message: 'Bad Gateway' })
      }
      if (fault && (await applyFault(fault, req, res, entry))) return
      if (!access) {
        await readBody(req)
        return send(res, entry, 401, { message: 'Bad credentials' })
      }
      if (!m || method !== 'POST') {
        await readBody(req)
        return send(res, entry, 404, { message: 'Not Found' })
      }
      const lengthHeader = req.headers['content-length']
      if (lengthHeader === undefined || !/^\d+$/.test(lengthHeader)) {
        await readBody(req)
        return send(res, entry, 400, { message: 'Bad Content-Length: ' })
      }
      const data = await readBody(req)
      if (data.length !== Number(lengthHeader))
        return send(res, entry, 400, { message: `Bad Content-Length: ${lengthHeader}` })
      const repo = repoOf(m[1]!, m[2]!)
      const release = repo?.releases.find((r) => r.id === Number(m[3]) && visible(access, r))
      if (!repo || !release) return send(res, entry, 404, { message: 'Not Found' })
      if (access !== 'write')
        return send(res, entry, 403, { message: 'Resource not accessible by integration' })
      const name = cleanName(url.searchParams.get('name') ?? '')
      if (!name)
        return send(res, entry, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'ReleaseAsset', code: 'missing', field: 'name' }]
        })
      if (release.assets.some((a) => a.name === name)) return send(res, entry, 422, alreadyExists())
      if (release.assets.length >= 1000)
        return send(res, entry, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'ReleaseAsset', code: 'too_many' }]
        })
      const asset = newAsset(
        name,
        data,
        req.headers['content-type'] ?? 'application/octet-stream',
        'uploaded'
      )
      asset.label = url.searchParams.get('label')
      release.assets.push(asset)
      return send(res, entry, 201, assetJson(`${m[1]}/${m[2]}`, release, asset))
    } catch (error) {
      if (!res.headersSent)
        send(res, entry, 500, { message: `emulator error: ${(error as Error).message}` })
    }
  })

  // ---- signed storage origin ----
  storageUrl = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const entry = record('storage', req, url)
    const method = req.method ?? 'GET'
    const fault = faultFor('storage', method, url.pathname)
    if (fault && fault.kind !== 'truncate' && (await applyFault(fault, req, res, entry))) return
    // Signed storage refuses a second credential (docs/facts.md: as S3 does).
    if (req.headers.authorization) {
      entry.status = 400
      res.writeHead(400, { 'content-type': 'application/xml' })
      return res.end(
        '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>'
      )
    }
    const key = /^\/releases-assets\/([0-9a-f]+)$/.exec(url.pathname)?.[1]
    const grant = key ? signed.get(key) : undefined
    if (!grant || grant.expires < Date.now()) {
      entry.status = 403
      res.writeHead(403, { 'content-type': 'application/xml' })
      return res.end('<Error><Code>AccessDenied</Code></Error>')
    }
    const data = grant.asset.data
    let start = 0
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')
    if (range) start = Math.min(Number(range[1]), data.length)
    const body = data.subarray(start)
    entry.status = range ? 206 : 200
    res.writeHead(entry.status, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
      ...(range ? { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` } : {})
    })
    if (fault?.kind === 'truncate') {
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy())
      return
    }
    res.end(body)
  })

  const repoOrThrow = (fullName: string): Repo => {
    const repo = repos.get(fullName.toLowerCase())
    if (!repo) throw new Error(`emulator: unknown repository ${fullName}; call addRepo first`)
    return repo
  }

  return {
    apiUrl,
    graphqlUrl: `${apiUrl}/graphql`,
    uploadsUrl,
    storageUrl,
    tokens: { write, read },
    addToken: (token, access) => void tokens.set(token, access),
    addRepo: (fullName, opts = {}) => {
      if (!repos.has(fullName.toLowerCase()))
        repos.set(fullName.toLowerCase(), {
          branches: new Set(opts.branches ?? ['main']),
          releases: []
        })
    },
    addBranch: (fullName, branch) => void repoOrThrow(fullName).branches.add(branch),
    deleteBranch: (fullName, branch) => void repoOrThrow(fullName).branches.delete(branch),
    seedRelease: (fullName, r) => {
      const release: EmulatedRelease = {
        id: nextId++,
        tag_name: r.tag_name,
        name: r.name ?? r.tag_name,
        body: r.body ?? '',
        draft: r.draft ?? false,
        prerelease: false,
        target_commitish: undefined,
        created_at: now(),
        assets: (r.assets ?? []).map((a) =>
          newAsset(
            a.name,
            Buffer.isBuffer(a.data) ? a.data : Buffer.from(a.data),
            a.content_type ?? 'application/octet-stream',
            a.state ?? 'uploaded'
          )
        )
      }
      repoOrThrow(fullName).releases.push(release)
      return release
    },
    seedManyReleases: (fullName, count, opts = {}) => {
      const repo = repoOrThrow(fullName)
      for (let i = 0; i < count; i++) {
        repo.releases.push({
          id: nextId++,
          tag_name: `${opts.tagPrefix ?? 'v'}${i}`,
          name: `Release ${i}`,
          body: '',
          draft: opts.draft ?? false,
          prerelease: false,
          target_commitish: undefined,
          created_at: now(),
          assets: []
        })
      }
    },
    releases: (fullName) => repoOrThrow(fullName).releases,
    assetData: (fullName, assetName, tag) =>
      repoOrThrow(fullName)
        .releases.filter((r) => tag === undefined || r.tag_name === tag)
        .flatMap((r) => r.assets)
        .find((a) => a.name === assetName)?.data,
    inject: (fault) => void faults.push({ ...fault, seen: 0, fired: 0 }),
    clearFaults: () => void (faults = []),
    get requests() {
      return state.requests
    },
    resetRequests: () => void (state.requests = []),
    close: async () => {
      for (const s of sockets) s.destroy()
      await Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done()))))
    }
  }
}

function alreadyExists(): unknown {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]
  }
}
