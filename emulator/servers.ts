/**
 * The emulator's three HTTP origins on 127.0.0.1 — the API (routes, checked against GitHub's
 * description), uploads (`upload_url`) and signed storage (where downloads are redirected) — with
 * every request recorded and faults applied before anything else.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { checkGraphql, checkRest } from './description.js'
import type { Fault, Faults, Origin } from './faults.js'
import { cleanName, visible, type World } from './model.js'
import { compileTemplate, matchTemplate } from './paths.js'
import { alreadyExists, notFound, type Answer, type Route } from './routes.js'
import { assetJson, type Urls } from './views.js'

export interface RequestRecord {
  origin: Origin
  method: string
  path: string
  query: string
  status: number
  /** Date.now() when the request arrived. */
  at: number
  hadAuthorization: boolean
  /** The releases whose assets the answer carried (REST release objects embed every asset). */
  assetsOf?: number[]
}

/** A request GitHub's published description of its API would refuse. */
export interface Violation {
  method: string
  path: string
  problem: string
}

export interface Journal {
  requests: RequestRecord[]
  violations: Violation[]
}

interface Exchange {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  method: string
  entry: RequestRecord
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => done(Buffer.concat(chunks)))
    req.on('error', fail)
  })
}

function send(x: Exchange, { status, body, headers = {}, assetsOf }: Answer): void {
  x.entry.status = status
  if (assetsOf?.length) x.entry.assetsOf = assetsOf
  const payload = body === undefined ? '' : JSON.stringify(body)
  x.res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': Buffer.byteLength(payload),
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...headers
  })
  x.res.end(payload)
}

/** Answers a `status` or `reset` fault; other kinds are the origin's own business. */
async function applyFault(fault: Fault, x: Exchange): Promise<boolean> {
  if (fault.kind === 'status') {
    await readBody(x.req)
    const status = fault.status ?? 500
    send(x, {
      status,
      body: fault.body ?? { message: `Emulated ${status}` },
      headers: fault.headers
    })
    return true
  }
  if (fault.kind === 'reset') {
    await readBody(x.req).catch(() => undefined)
    x.entry.status = -1
    x.req.socket.destroy()
    return true
  }
  return false
}

export interface Servers {
  urls: Urls
  close(): Promise<void>
}

export async function startServers(
  world: World,
  faults: Faults,
  routes: Route[],
  journal: Journal
): Promise<Servers> {
  const sockets = new Set<Socket>()
  const servers: Server[] = []
  const urls: Urls = { api: '', uploads: '', storage: '' }

  const listen = async (
    origin: Origin,
    handle: (x: Exchange, fault: Fault | undefined) => Promise<void>
  ): Promise<string> => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      const method = req.method ?? 'GET'
      const entry: RequestRecord = {
        origin,
        method,
        path: url.pathname,
        query: url.search,
        status: 0,
        at: Date.now(),
        hadAuthorization: req.headers.authorization !== undefined
      }
      journal.requests.push(entry)
      const x = { req, res, url, method, entry }
      handle(x, faults.due(origin, method, url.pathname)).catch((error: unknown) => {
        if (!res.headersSent)
          send(x, { status: 500, body: { message: `emulator error: ${(error as Error).message}` } })
      })
    })
    server.keepAliveTimeout = 1000
    server.on('connection', (s) => {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    servers.push(server)
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  const table = routes.map((route) => ({ ...compileTemplate(route.path), route }))

  urls.api = await listen('api', async (x, fault) => {
    if (fault && (await applyFault(fault, x))) return
    const body = await readBody(x.req)
    const access = world.accessOf(x.req.headers.authorization)
    if (!access) return send(x, { status: 401, body: { message: 'Bad credentials' } })
    const { pathname } = x.url
    if (pathname === '/graphql') {
      // GitHub answers an invalid query with 200 and `errors`, as it answers every GraphQL call.
      const problem = await checkGraphql(body)
      if (problem) {
        journal.violations.push({ method: x.method, path: pathname, problem })
        return send(x, { status: 200, body: { errors: [{ message: problem }] } })
      }
    } else {
      const request = { method: x.method, pathname, query: x.url.searchParams, body }
      // github.com's description, or for an Enterprise Server the oldest and newest GHES ones.
      const refusal =
        world.server === 'ghes'
          ? (checkRest(request, 'ghes-3.17') ?? checkRest(request, 'ghes-3.19'))
          : checkRest(request)
      if (refusal) {
        journal.violations.push({ method: x.method, path: pathname, problem: refusal.problem })
        const message =
          refusal.status === 404 ? 'Not Found' : `Invalid request.\n\n${refusal.problem}`
        return send(x, { status: refusal.status, body: { message } })
      }
    }
    const found = matchTemplate(
      table.filter((t) => t.route.method === x.method),
      pathname
    )
    if (!found) return send(x, notFound())
    const { owner, repo } = found.params
    send(
      x,
      await found.match.route.handle({
        world,
        urls,
        access,
        params: found.params,
        query: x.url.searchParams,
        headers: x.req.headers,
        body,
        repo: owner !== undefined && repo !== undefined ? world.repo(owner, repo) : undefined
      })
    )
  })

  urls.uploads = await listen('uploads', async (x, fault) => {
    const access = world.accessOf(x.req.headers.authorization)
    const m = /^\/repos\/([^/]+)\/([^/]+)\/releases\/(\d+)\/assets$/.exec(x.url.pathname)
    const name = cleanName(x.url.searchParams.get('name') ?? '')
    if (fault?.kind === 'starter' && m) {
      // A 502 mid-upload leaves an empty `starter` asset that blocks the name (docs/facts.md#name-clashes-and-leftovers).
      await readBody(x.req).catch(() => undefined)
      const release = world.repo(m[1]!, m[2]!)?.releases.find((r) => r.id === Number(m[3]))
      if (release && !release.assets.some((a) => a.name === name)) {
        const type = x.req.headers['content-type'] ?? 'application/octet-stream'
        release.assets.push(world.newAsset(name, Buffer.alloc(0), type, 'starter'))
      }
      return send(x, { status: 502, body: { message: 'Bad Gateway' } })
    }
    if (fault && (await applyFault(fault, x))) return
    const lengthHeader = x.req.headers['content-length']
    const data = await readBody(x.req)
    if (!access) return send(x, { status: 401, body: { message: 'Bad credentials' } })
    if (!m || x.method !== 'POST') return send(x, notFound())
    // A real Content-Length is required: chunked uploads get 400 (docs/facts.md#uploads).
    if (lengthHeader === undefined || !/^\d+$/.test(lengthHeader))
      return send(x, { status: 400, body: { message: 'Bad Content-Length: ' } })
    if (data.length !== Number(lengthHeader))
      return send(x, { status: 400, body: { message: `Bad Content-Length: ${lengthHeader}` } })
    const repo = world.repo(m[1]!, m[2]!)
    const release = repo?.releases.find((r) => r.id === Number(m[3]) && visible(access, r))
    if (!repo || !release) return send(x, notFound())
    if (access !== 'write')
      return send(x, { status: 403, body: { message: 'Resource not accessible by integration' } })
    const invalid = (code: string, field?: string): Answer => ({
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code, field }] }
    })
    if (!name) return send(x, invalid('missing', 'name'))
    if (release.assets.some((a) => a.name === name)) return send(x, alreadyExists())
    if (release.assets.length >= 1000) return send(x, invalid('too_many'))
    const type = x.req.headers['content-type'] ?? 'application/octet-stream'
    const asset = world.newAsset(name, data, type, 'uploaded')
    asset.label = x.url.searchParams.get('label')
    release.assets.push(asset)
    return send(x, { status: 201, body: assetJson(urls, repo, release, asset) })
  })

  urls.storage = await listen('storage', async (x, fault) => {
    if (
      fault &&
      fault.kind !== 'truncate' &&
      fault.kind !== 'short' &&
      (await applyFault(fault, x))
    )
      return
    const xml = (status: number, text: string): void => {
      x.entry.status = status
      x.res.writeHead(status, { 'content-type': 'application/xml' })
      x.res.end(text)
    }
    // Signed storage refuses a second credential (docs/facts.md#downloads: as S3 does).
    if (x.req.headers.authorization)
      return xml(
        400,
        '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>'
      )
    const key = /^\/releases-assets\/([0-9a-f]+)$/.exec(x.url.pathname)?.[1]
    const grant = key ? world.signed.get(key) : undefined
    if (!grant || grant.expires < Date.now())
      return xml(403, '<Error><Code>AccessDenied</Code></Error>')
    const data = grant.asset.data
    const range = /^bytes=(\d+)-$/.exec(x.req.headers.range ?? '')
    const start = range ? Math.min(Number(range[1]), data.length) : 0
    // 'short': a transfer that ends cleanly, its length as announced, but without the asset's
    // last bytes (a proxy or cache that served a partial file): only the asset's size tells.
    const body = data.subarray(
      start,
      fault?.kind === 'short' ? Math.max(start, data.length - 7) : undefined
    )
    x.entry.status = range ? 206 : 200
    x.res.writeHead(x.entry.status, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
      ...(range ? { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` } : {})
    })
    if (fault?.kind === 'truncate') {
      x.res.write(body.subarray(0, Math.floor(body.length / 2)), () => x.res.socket?.destroy())
      return
    }
    x.res.end(body)
  })

  return {
    urls,
    close: async () => {
      for (const s of sockets) s.destroy()
      await Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done()))))
    }
  }
}
