/**
 * A loopback HTTP proxy that holds every request for a fixed delay before forwarding it, so the
 * bench can measure what a round trip to github.com costs (about 100 ms) without changing the
 * emulator. One proxy stands in front of each origin the client talks to through URLs it is given.
 * Two models:
 *
 * - `api`: API and uploads are delayed; the signed-storage hop of a download stays direct, as the
 *   redirect's Location is left alone.
 * - `every`: the storage origin gets a proxy too and the redirect's Location points at it, so the
 *   download's second hop pays the round trip as well, as it does on github.com (a 302 from the
 *   API to a signed URL on another host, docs/facts.md#releases-api).
 *
 * The client learns the uploads origin from the release's `upload_url` and the next page from the
 * `Link` header, so JSON bodies and those headers are rewritten from the emulator's origins to the
 * proxies'; everything else (upload and download bodies) streams through untouched.
 */
import { Agent, createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/** Which hops pay the delay: API and uploads only, or every hop including signed storage. */
export type LatencyModel = 'api' | 'every'

export interface LatencyProxies {
  apiUrl: string
  graphqlUrl: string
  uploadsUrl: string
  /** API and uploads requests forwarded so far: the bench checks every counted request was delayed. */
  forwarded(): number
  /** Signed-storage requests forwarded so far (always 0 in the `api` model). */
  storageForwarded(): number
  close(): Promise<void>
}

/** Starts one delaying proxy per origin the model delays; `origins` are the emulator's. */
export async function startLatencyProxies(
  origins: { apiUrl: string; uploadsUrl: string; storageUrl: string },
  delayMs: number,
  model: LatencyModel = 'api'
): Promise<LatencyProxies> {
  const agent = new Agent({ keepAlive: true })
  const rewrites: Array<[RegExp, string]> = []
  const rewrite = (text: string): string =>
    rewrites.reduce((t, [from, to]) => t.replace(from, to), text)
  const api = await listen(origins.apiUrl, delayMs, agent, rewrite)
  const uploads = await listen(origins.uploadsUrl, delayMs, agent, rewrite)
  const storage =
    model === 'every' ? await listen(origins.storageUrl, delayMs, agent, rewrite) : undefined
  const pairs: Array<[string, string]> = [
    [origins.apiUrl, api.url],
    [origins.uploadsUrl, uploads.url],
    ...(storage ? [[origins.storageUrl, storage.url] as [string, string]] : [])
  ]
  // `(?!\d)`: the emulator's origin "…:4000" must not match inside "…:40001".
  for (const [from, to] of pairs)
    rewrites.push([new RegExp(from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '(?!\\d)', 'g'), to])
  return {
    apiUrl: api.url,
    graphqlUrl: `${api.url}/graphql`,
    uploadsUrl: uploads.url,
    forwarded: () => api.forwarded() + uploads.forwarded(),
    storageForwarded: () => storage?.forwarded() ?? 0,
    close: async () => {
      await Promise.all([api.close(), uploads.close(), storage?.close()])
      agent.destroy()
    }
  }
}

async function listen(
  target: string,
  delayMs: number,
  agent: Agent,
  rewrite: (text: string) => string
): Promise<{ url: string; forwarded(): number; close(): Promise<void> }> {
  const to = new URL(target)
  let forwarded = 0
  const server: Server = createServer((req, res) => {
    forwarded++
    // The body stays unread (paused) while we wait, as it would sit in flight.
    void sleep(delayMs).then(() => {
      const upstream = request(
        {
          agent,
          host: to.hostname,
          port: to.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: to.host }
        },
        (answer: IncomingMessage) => {
          const headers = { ...answer.headers }
          for (const name of ['link', 'location'] as const) {
            const value = headers[name]
            if (typeof value === 'string') headers[name] = rewrite(value)
          }
          if (!/json/i.test(String(headers['content-type'] ?? ''))) {
            res.writeHead(answer.statusCode ?? 502, headers)
            answer.pipe(res)
            return
          }
          const chunks: Buffer[] = []
          answer.on('data', (c: Buffer) => chunks.push(c))
          answer.on('end', () => {
            const body = Buffer.from(rewrite(Buffer.concat(chunks).toString('utf8')))
            delete headers['transfer-encoding']
            headers['content-length'] = String(body.length)
            res.writeHead(answer.statusCode ?? 502, headers)
            res.end(body)
          })
        }
      )
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
  })
  server.keepAliveTimeout = 30_000
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${to.pathname.replace(/\/$/, '')}`,
    forwarded: () => forwarded,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
