import { isRecord } from '../common/json.js'
import type { Octokit } from '@octokit/core'
import { RequestError } from '@octokit/request-error'

/** A request that never reached GitHub, for a reason waiting will not cure. */
export interface Unreachable {
  /** `host:port` of the URL that failed, or the start of a URL that does not parse. */
  host: string
  reason: string
  /** A DNS failure may be a passing hiccup (EAI_AGAIN): it earns one more attempt, no more. */
  mayHealOnce: boolean
}

/** Node's error codes (the `cause` of fetch's TypeError) that no retry will change. */
const BY_CODE: Record<string, Omit<Unreachable, 'host'>> = {
  ENOTFOUND: { reason: 'the host name does not resolve', mayHealOnce: true },
  EAI_AGAIN: { reason: 'the host name could not be resolved', mayHealOnce: true },
  ECONNREFUSED: { reason: 'connection refused', mayHealOnce: false },
  ERR_INVALID_URL: { reason: 'not a valid URL; it needs https://', mayHealOnce: false }
}

/** Refusals of the transport itself, which carry a message and no code (httpTransport.ts). */
const BY_MESSAGE: Record<string, Omit<Unreachable, 'host'>> = {
  'unknown scheme': { reason: 'not an http(s) URL', mayHealOnce: false }
}

/**
 * Octokit turns a fetch that failed before any answer into a RequestError with status 500 and no
 * response, the fetch TypeError as its `cause` and Node's own error (with `code`) as the cause of
 * that. This reads that chain; anything with an HTTP answer, or a reset, is not "unreachable".
 */
export function unreachable(error: unknown): Unreachable | undefined {
  if (error instanceof UnreachableError) return error.unreachable
  if (!(error instanceof RequestError) || error.response !== undefined) return undefined
  // Read as plain objects: fetch's errors may come from another realm (a vm context, as under
  // jest), where `instanceof Error` is false.
  const root = field(field(error, 'cause'), 'cause')
  // A name with several addresses has each tried (happy eyeballs): an AggregateError, a code each.
  const errors = field(root, 'errors')
  const parts = Array.isArray(errors) ? (errors as unknown[]) : [root]
  const codes = new Set(parts.map((part) => field(part, 'code')))
  const [code] = codes
  const message = field(root, 'message')
  const known =
    codes.size === 1 && typeof code === 'string'
      ? BY_CODE[code]
      : typeof message === 'string'
        ? BY_MESSAGE[message]
        : undefined
  return known && { host: hostOf(error.request.url), ...known }
}

/**
 * Thrown in place of an unreachable RequestError so that the retry (retrying.ts), which retries
 * only RequestErrors, lets it through at once. `toStoreError` turns it into a RemoteError naming
 * the host.
 */
class UnreachableError extends Error {
  constructor(readonly unreachable: Unreachable) {
    super(`Could not reach ${unreachable.host} (${unreachable.reason})`)
    this.name = 'UnreachableError'
  }
}

/**
 * Octokit plugin, registered before the retry (client.ts) so that its error hook runs first: a DNS
 * failure is passed on to be retried once, any other unreachable host ends the request. Without it
 * a refused port was retried for a minute and a URL without a scheme for 95 s.
 */
export function failFastWhenUnreachable(octokit: Pick<Octokit, 'hook'>): void {
  // The retry sends a request again with the same options object: it identifies the request.
  const retriedOnce = new WeakSet<object>()
  octokit.hook.error('request', (error, options) => {
    const found = unreachable(error)
    if (found === undefined) throw error
    if (found.mayHealOnce && !retriedOnce.has(options)) {
      retriedOnce.add(options)
      throw error
    }
    throw new UnreachableError(found)
  })
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined
}

/** The host and port a URL names, without any credentials; the raw start of one that does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .replace(/^[^/@]*@/, '')
      .split(/[/?#]/)[0]!
  }
}
