import type { Octokit } from '@octokit/core'
import { RequestError } from '@octokit/request-error'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from '../log.js'
import { isRateLimit } from './errors.js'
import type { RetryOptions } from './types.js'

/**
 * GitHub's advice for a secondary rate limit that names no wait: "wait for at least one minute",
 * longer and longer while it persists (docs/facts.md#rate-limits).
 */
const SECONDARY_FALLBACK_S = 60

/**
 * Retries what GitHub says may pass (docs/facts.md#retries, docs/facts.md#rate-limits): a 5xx
 * or a request that got no answer (a reset), after a growing pause; a rate limit (isRateLimit:
 * 429, or a 403 that says so), after the wait GitHub advertises — `retry-after`, else until
 * `x-ratelimit-reset` when no requests are left, else a minute and more. At most `retries` times per
 * request, never a wait past `maxWaitMs`, and never a request whose body was a stream (it cannot
 * be sent twice). Anything else is thrown at once, for errors.ts to explain.
 *
 * This replaces @octokit/plugin-retry and @octokit/plugin-throttling. Both schedule every request
 * through Bottleneck, whose `setTimeout(0)` yields cost 13–18 ms of event loop per request
 * (measured: 4.4–4.9 ms of CPU per request with them, 2.7 ms without; docs/performance.md), and
 * throttling's write group (one at a time, 100 ms apart) serialized every write of a process,
 * which forbids the overlapped writes a save needs (src/save/commitVersion.ts). GitHub's spacing
 * advice is for bulk writers: its secondary limit is about 80 content-creating requests a minute,
 * and a save sends seven at most; when a limit is hit anyway, the answer says how long to wait,
 * and that is what we do. A limiter in one process could not pace other jobs of the repository
 * anyway.
 *
 * Registered after failFastWhenUnreachable (unreachable.ts), so that its error hook has already
 * turned a host that cannot be reached into an error that is not retried (a DNS failure once).
 */
export function retryRequests(
  octokit: Pick<Octokit, 'hook'>,
  options: { retry: RetryOptions; log: Logger }
): void {
  const { retry, log } = options
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await transientGraphqlFailure(await request(requestOptions), requestOptions)
      } catch (error) {
        const wait = waitBeforeRetry(error, attempt, retry, requestOptions.data)
        if (wait === undefined) throw error
        if (wait.advised)
          log.info(`GitHub asked us to slow down (${wait.advised}); retrying in ${wait.seconds}s`)
        else
          log.debug(
            `Retrying ${requestOptions.method} ${pathOf(requestOptions.url)} in ${wait.ms}ms`
          )
        await sleep(wait.ms)
      }
    }
  })
}

/** How long to wait before sending the request again; undefined when it must not be. */
function waitBeforeRetry(
  error: unknown,
  attempt: number,
  retry: RetryOptions,
  body: unknown
): { ms: number; seconds: number; advised?: string } | undefined {
  if (!(error instanceof RequestError) || attempt >= retry.retries || isStream(body))
    return undefined
  let wait: { ms: number; seconds: number; advised?: string }
  if (isRateLimit(error)) {
    const seconds = advisedWait(error.response?.headers ?? {}, attempt)
    wait = {
      ms: seconds * retry.minDelayMs,
      seconds,
      advised: /secondary/i.test(messageOf(error)) ? 'secondary rate limit' : 'rate limit'
    }
  } else if (error.status >= 500) {
    // 1, 4, 9, 16 units: plugin-retry's backoff, kept.
    const units = (attempt + 1) ** 2
    wait = { ms: units * retry.minDelayMs, seconds: units }
  } else return undefined
  return wait.ms <= retry.maxWaitMs ? wait : undefined
}

/**
 * GitHub's documented wait, in seconds: `retry-after`; else, with no requests left, until
 * `x-ratelimit-reset` (epoch seconds); else a minute, doubled at each retry.
 */
export function advisedWait(
  headers: Record<string, string | number | undefined>,
  attempt: number
): number {
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
    return Math.max(0, Math.ceil(retryAfter))
  const reset = Number(headers['x-ratelimit-reset'])
  if (String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset))
    // One second more: the reset is a whole second, and a retry at it may come a moment early.
    return Math.max(0, Math.ceil(reset - Date.now() / 1000) + 1)
  return SECONDARY_FALLBACK_S * 2 ** attempt
}

/**
 * GitHub's GraphQL answers some failures with 200: "Something went wrong while executing your
 * query" is a server failure, retried as one (as plugin-retry did); an error of type
 * `RATE_LIMITED` is the primary rate limit, with `x-ratelimit-remaining: 0` (as
 * plugin-throttling read it, docs/facts.md#rate-limits).
 */
function transientGraphqlFailure<T extends { data?: unknown; headers?: object }>(
  response: T,
  options: { url?: string }
): T {
  const data = response.data as { errors?: { message?: unknown; type?: unknown }[] } | undefined
  const errors = Array.isArray(data?.errors) ? data.errors : []
  const message = typeof errors[0]?.message === 'string' ? errors[0].message : ''
  const status = errors.some((e) => e?.type === 'RATE_LIMITED')
    ? 403
    : /Something went wrong while executing your query/.test(message)
      ? 500
      : undefined
  if (status === undefined) return response
  throw new RequestError(message || 'GraphQL rate limit exceeded', status, {
    request: { method: 'POST', url: options.url ?? '', headers: {} },
    response: {
      ...response,
      data: { ...data, message: message || 'API rate limit exceeded' }
    } as never
  })
}

/** The path of a request's URL: never its host's credentials, should a configured URL hold any. */
function pathOf(url: string): string {
  try {
    return new URL(url, 'http://path.only').pathname
  } catch {
    return '(a URL that does not parse)'
  }
}

function messageOf(error: RequestError): string {
  const data = error.response?.data as { message?: unknown } | undefined
  return typeof data?.message === 'string' ? data.message : error.message
}

/** A body read as it is sent (a Node or web stream, an async iterable): it cannot be sent again. */
function isStream(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Buffer.isBuffer(body)) return false
  return (
    typeof (body as { pipe?: unknown }).pipe === 'function' ||
    typeof (body as { getReader?: unknown }).getReader === 'function' ||
    Symbol.asyncIterator in body
  )
}
