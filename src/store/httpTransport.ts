import { AsyncLocalStorage } from 'node:async_hooks'
import type { ClientRequest, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'

/**
 * What Octokit asks of `fetch` (@octokit/request's fetch-wrapper: status, url, the headers
 * iterated and read by name, `text`/`arrayBuffer`, and `body` for an unparsed download), served
 * by node:http(s) rather than Node's built-in fetch. Measured for issue 24 (docs/performance.md):
 * the built-in fetch loads Node's copy of undici on its first call, 25–45 ms before the first
 * request and 10–17 MB of memory, and it holds every chunk of a streamed request body until the
 * request ends (the whole archive of an upload). Here a streamed body is written chunk by chunk,
 * each write awaited, so the caller may reuse its buffer (transferBodies.ts).
 *
 * fetch's semantics kept: a failure before any answer is a TypeError("fetch failed") whose
 * `cause` is Node's error (unreachable.ts reads its code); GET and HEAD follow redirects, and a
 * redirect to another origin drops the Authorization header, as fetch does (signed storage
 * refuses it, docs/facts.md#downloads); a connection silent for 300 s fails, as undici's
 * headers and body timeouts do.
 */
export const httpFetch = (async (input: string | URL | { url: string }, init: RequestInit = {}) => {
  // Never `instanceof Request`: touching fetch's globals loads undici.
  let url = parse(typeof input === 'object' && !(input instanceof URL) ? input.url : String(input))
  let method = (init.method ?? 'GET').toUpperCase()
  let headers = plainHeaders(init.headers)
  for (let hops = 0; ; hops++) {
    const response = await send(url, method, headers, init)
    const location = response.headers.location
    if (
      !REDIRECTS.has(response.statusCode ?? 0) ||
      location === undefined ||
      init.redirect === 'manual' ||
      !(method === 'GET' || method === 'HEAD' || response.statusCode === 303)
    )
      return new TransportResponse(response, url)
    response.resume()
    if (hops >= 20 || init.redirect === 'error')
      throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') })
    const next = parse(new URL(location, url).href)
    if (next.origin !== url.origin) headers = withoutAuthorization(headers)
    if (response.statusCode === 303 && method !== 'HEAD') method = 'GET'
    url = next
  }
}) as unknown as typeof fetch

/**
 * Told when a request made inside `run` has been handed to the OS, its body included: Octokit
 * lets a caller pass nothing to `fetch` but the request itself, and the context follows the
 * request through Octokit's hooks. A restore starts parsing what it needs next only then, so
 * that parsing never holds the request back (restore/restore.ts).
 */
export const requestSent = new AsyncLocalStorage<() => void>()

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const SILENT_MS = 300_000
const NO_CONTENT = new Set([101, 204, 205, 304])

function parse(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch (error) {
    throw new TypeError('fetch failed', { cause: error })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError('fetch failed', { cause: new TypeError('unknown scheme') })
  return url
}

function plainHeaders(given: RequestInit['headers']): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {}
  if (!given) return out
  // Octokit passes a plain object; an iterable of pairs is taken too, as fetch takes it.
  const pairs = (
    Symbol.iterator in given ? [...(given as Iterable<unknown[]>)] : Object.entries(given)
  ) as Array<[string, string | readonly string[]]>
  for (const [name, value] of pairs)
    out[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ')
  return out
}

function withoutAuthorization(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const { authorization: _dropped, ...rest } = headers
  return rest
}

async function send(
  url: URL,
  method: string,
  headers: OutgoingHttpHeaders,
  init: RequestInit
): Promise<IncomingMessage> {
  const sent = requestSent.getStore()
  // Only the module the URL needs, loaded on first use.
  const transport =
    url.protocol === 'http:' ? await import('node:http') : await import('node:https')
  const body = method === 'GET' || method === 'HEAD' ? undefined : init.body
  const whole =
    typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined
  const outgoing = { ...headers }
  if (whole && outgoing['content-length'] === undefined) outgoing['content-length'] = whole.length
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = transport.request(url, {
      method,
      headers: outgoing,
      signal: init.signal ?? undefined
    })
    request.setTimeout(SILENT_MS, () =>
      request.destroy(Object.assign(new Error('no answer for 300 s'), { code: 'ETIMEDOUT' }))
    )
    if (sent) request.once('finish', sent)
    request.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })))
    request.on('response', (response) => {
      response.setTimeout(SILENT_MS, () =>
        response.destroy(Object.assign(new Error('body silent for 300 s'), { code: 'ETIMEDOUT' }))
      )
      resolve(response)
    })
    if (whole !== undefined || body == null) request.end(whole)
    else
      void writeStreamed(request, body as AsyncIterable<Uint8Array>).catch((error: unknown) =>
        request.destroy(error instanceof Error ? error : new Error(String(error)))
      )
  })
}

/** Each chunk handed to the socket before the next is asked for: the producer may reuse its buffer. */
async function writeStreamed(
  request: ClientRequest,
  body: AsyncIterable<Uint8Array>
): Promise<void> {
  for await (const chunk of body) {
    if (request.destroyed) return
    await new Promise<void>((done, fail) =>
      request.write(chunk, (error) => (error ? fail(error) : done()))
    )
  }
  request.end()
}

/** The part of fetch's Response that Octokit reads (@octokit/request's fetch-wrapper) and the transfers' `body`. */
class TransportResponse {
  readonly status: number
  readonly statusText: string
  readonly url: string
  readonly headers: AnswerHeaders

  constructor(
    private readonly message: IncomingMessage,
    url: URL
  ) {
    this.status = message.statusCode ?? 0
    this.statusText = message.statusMessage ?? ''
    this.url = url.href
    this.headers = new AnswerHeaders(message.headers)
    // An answer without content is read out at once: Octokit never reads a 204's body, and an
    // unread answer keeps its socket busy (and the process alive) until the server drops it.
    if (NO_CONTENT.has(this.status)) message.resume()
  }

  /**
   * The answer's bytes as the Node stream they arrive on, where fetch gives a web stream: Octokit
   * hands an unparsed body (`parseSuccessResponseBody: false`) to its caller untouched
   * (@octokit/request's fetch-wrapper), and the transfers, its only readers, iterate it. No web
   * stream is made, so none of node:stream/web loads and no adapter stands between socket and hash.
   */
  get body(): Readable | null {
    return NO_CONTENT.has(this.status) ? null : this.message
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes()
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  }

  async text(): Promise<string> {
    return (await this.bytes()).toString('utf8')
  }

  private async bytes(): Promise<Buffer> {
    const chunks: Buffer[] = []
    try {
      for await (const chunk of this.message) chunks.push(chunk as Buffer)
    } catch (error) {
      throw new TypeError('terminated', { cause: error })
    }
    return Buffer.concat(chunks)
  }
}

/** Response headers as Octokit reads fetch's (by name, and iterated): lower-case names, repeated values joined. */
class AnswerHeaders {
  private readonly map = new Map<string, string>()

  constructor(raw: IncomingMessage['headers']) {
    for (const [name, value] of Object.entries(raw))
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value)
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries()
  }
}
