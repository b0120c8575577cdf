import { Octokit as OctokitCore } from '@octokit/core'
import { requestLog } from '@octokit/plugin-request-log'
import { UsageError } from '../errors.js'
import { silentLogger, type Logger } from '../log.js'
import { TOOL_VERSION } from '../version.js'
import type { RetryOptions } from './types.js'
import { retryRequests } from './retrying.js'
import { failFastWhenUnreachable } from './unreachable.js'
import { httpFetch } from './httpTransport.js'

/**
 * Octokit's core with its request log (the "GET /path - 200 with id … in 3ms" lines our debug
 * channel and tests read), calling routes by name (`request('GET /repos/{owner}/{repo}', …)`):
 * not @octokit/rest, whose table of every endpoint method (about 240 KB) each process parsed
 * before its first request, for the 19 routes the store uses (issue 24, start-up).
 */
const Octokit = OctokitCore.plugin(requestLog)
const GitHub = Octokit.plugin(failFastWhenUnreachable)
export type GitHubClient = InstanceType<typeof GitHub>

const DEFAULT_RETRY: RetryOptions = {
  retries: 4,
  minDelayMs: 1000,
  maxWaitMs: 120_000
}

/**
 * Octokit with retries for 5xx and network errors, and for rate limits after the wait GitHub
 * advertises (retrying.ts; Octokit retries nothing by default, docs/facts.md#retries). No
 * limiter: requests go out when the code sends them, and a caller that needs an order awaits it.
 * A host that cannot be reached (refused, unresolvable, not a URL) is not retried, or once for
 * DNS. Its own log goes to our debug channel only.
 */
export function createClient(options: {
  token: string
  apiUrl: string
  log?: Logger
  retry: RetryOptions
}): GitHubClient {
  const log = options.log ?? silentLogger
  const unanswered = unansweredRequests()
  const client = new GitHub({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `claude-session/${TOOL_VERSION}`,
    log: octokitLog(log, unanswered),
    request: { fetch: unanswered.fetch }
  })
  // After the plugin: the retry wraps its error hook, which has already ended an unreachable host.
  retryRequests(client, { retry: options.retry, log })
  return client
}

/**
 * A plain Octokit for transfers: a consumed stream body cannot be sent again (docs/facts.md#retries),
 * so transfers retry themselves, reopening the file on every attempt.
 */
export function createTransferClient(options: {
  token: string
  apiUrl: string
  log?: Logger
}): InstanceType<typeof Octokit> {
  const unanswered = unansweredRequests()
  return new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `claude-session/${TOOL_VERSION}`,
    log: octokitLog(options.log ?? silentLogger, unanswered),
    request: { fetch: unanswered.fetch }
  })
}

/**
 * Octokit's request log ("GET … - 500 with id …") goes to our debug channel only: without a `log`
 * Octokit writes failures to console.error, from deep code. Only the message is passed on, never
 * the request options that come with some calls (they hold the Authorization header).
 */
function octokitLog(
  log: Logger,
  unanswered: { describe(message: string): string }
): {
  [level in 'debug' | 'info' | 'warn' | 'error']: (m: string) => void
} {
  const toDebug = (m: string): void => log.debug(unanswered.describe(m))
  return { debug: toDebug, info: toDebug, warn: toDebug, error: toDebug }
}

/**
 * Octokit reports a request that got no answer at all (connection refused, DNS, TLS) as status
 * 500 with request id UNKNOWN (@octokit/request wraps fetch's error in a RequestError with status
 * 500 and no response; @octokit/plugin-request-log prints that status). A real 500 can look the
 * same (a storage host sends no x-github-request-id), so fetch itself notes the requests that got
 * no answer, and only their log lines say so instead.
 */
function unansweredRequests(): {
  fetch: typeof fetch
  describe(message: string): string
} {
  const failed: string[] = []
  return {
    fetch: async (input, init) => {
      try {
        return await httpFetch(input, init)
      } catch (error) {
        const url =
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
        failed.push(`${(init?.method ?? 'GET').toUpperCase()} ${url}`)
        if (failed.length > 100) failed.shift()
        throw error
      }
    },
    describe(message) {
      const line = / - 500 with id UNKNOWN in (\d+ms)$/.exec(message)
      if (!line) return message
      const [method, path] = message.split(' ', 2)
      const at = failed.findIndex((f) => f.startsWith(`${method} `) && f.endsWith(path!))
      if (at < 0) return message
      failed.splice(at, 1)
      return `${message.slice(0, line.index)} - no answer (connection failed) after ${line[1]}`
    }
  }
}

/** GraphQL lives beside REST: `/graphql` on github.com, `/api/graphql` on GHES (`/api/v3` REST). */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '')
  return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`
}

/** What every client of one repository is opened with, its defaults applied. */
export interface Connection {
  owner: string
  repo: string
  /** REST root without a trailing slash: the option, else GITHUB_API_URL, else api.github.com. */
  apiUrl: string
  log: Logger
  retry: RetryOptions
}

/** Splits `owner/name` (refusing anything else) and applies the defaults every client shares. */
export function connectionOf(options: {
  repository: string
  apiUrl?: string
  log?: Logger
  retry?: Partial<RetryOptions>
}): Connection {
  const parts = splitRepository(options.repository)
  if (!parts) {
    throw new UsageError(`The repository must be OWNER/NAME, got "${options.repository}".`)
  }
  return {
    ...parts,
    apiUrl: (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(
      /\/+$/,
      ''
    ),
    log: options.log ?? silentLogger,
    retry: { ...DEFAULT_RETRY, ...options.retry }
  }
}

/** `owner/name` in its two parts; undefined for anything else (a missing or third part, a space). */
export function splitRepository(repository: string): { owner: string; repo: string } | undefined {
  const parts = /^([^/\s]+)\/([^/\s]+)$/.exec(repository)
  return parts ? { owner: parts[1]!, repo: parts[2]! } : undefined
}
