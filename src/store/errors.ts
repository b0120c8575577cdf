import { isRecord } from '../common/json.js'
import { RequestError } from '@octokit/request-error'
import {
  AuthError,
  ClaudeSessionError,
  ConflictError,
  PermissionError,
  RemoteError,
  asLocalFileError
} from '../errors.js'
import { unreachable } from './unreachable.js'

/**
 * Turns an Octokit failure into one of our errors with a message of our own. Octokit's errors carry
 * the request, with its Authorization header, and URLs: nothing of them is passed on, so no token
 * can reach a log through a message or a cause.
 */
export function toStoreError(error: unknown, what: string, repository: string): ClaudeSessionError {
  if (error instanceof ClaudeSessionError) return error
  // A full disk or a denied write while downloading is not GitHub's failure.
  const local = asLocalFileError(error)
  if (local) return local
  const away = unreachable(error)
  if (away) {
    return new RemoteError(
      `Could not reach ${away.host} (${away.reason}) while trying to ${what}; ` +
        'check GITHUB_API_URL and your network.'
    )
  }
  const status = statusOf(error)
  const message = githubMessage(error)
  if (status === 401) {
    return new AuthError(
      `GitHub rejected the token (401 ${message || 'Bad credentials'}) while trying to ${what}. ` +
        `Use a token that has access to ${repository}.`
    )
  }
  // One rule for 403 (and 429): a rate limit is transient — the retry (retrying.ts) already waited
  // as GitHub advised and retried — so it ends as a remote failure; any other 403 is a permission
  // the token lacks, which only the user can grant (docs/facts.md#two-kinds-of-403).
  if (isRateLimit(error)) {
    return new RemoteError(
      `GitHub's rate limit stopped us while trying to ${what} (${message || status}), after waiting as GitHub asked. Try again later.`
    )
  }
  if (status === 403) {
    return new PermissionError(
      `The token may not ${what} in ${repository} (403 ${message || 'Forbidden'}). ` +
        CONTENTS_PERMISSION
    )
  }
  if (status === 404) {
    return new PermissionError(
      `GitHub answered 404 while trying to ${what}: ${repository} does not exist or the token cannot see it.`
    )
  }
  if (status !== undefined && status >= 500) {
    return new RemoteError(
      `GitHub kept failing while trying to ${what} (${status}${message ? ` ${message}` : ''}); retries did not help. Try again later.`
    )
  }
  const detail =
    status !== undefined
      ? `${status}${message ? ` ${message}` : ''}`
      : sanitize(message || String(error))
  return new RemoteError(`Could not ${what}: ${detail}.`)
}

/**
 * What a token needs to read and write sessions: push access, which is `contents: write` for a
 * workflow's GITHUB_TOKEN and a fine-grained token, and the `repo` scope for a classic token
 * (docs/facts.md#draft-visibility: without it drafts are hidden and writes are refused).
 */
export const CONTENTS_PERMISSION =
  'Sessions need push access: `permissions: contents: write` in a workflow, "Contents: Read and write" for a fine-grained token, the `repo` scope for a classic token.'

/**
 * GitHub's rate limits: 429, or 403 with a rate-limit message, a `retry-after`, or no requests
 * left (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 */
export function isRateLimit(error: unknown): boolean {
  if (!(error instanceof RequestError)) return false
  if (error.status === 429) return true
  if (error.status !== 403) return false
  const headers = error.response?.headers ?? {}
  return (
    /rate limit/i.test(githubMessage(error)) ||
    headers['retry-after'] !== undefined ||
    headers['x-ratelimit-remaining'] === '0'
  )
}

/** What to make of an answer that is not a failure for the caller. */
export interface Expected<R> {
  /** The thing is not there (or no longer): a value instead of an error. */
  on404?: () => R
  /** GitHub refused the request as invalid (e.g. past the 1000th release): a value instead. */
  on422?: () => R
  /** GitHub's 422 `already_exists` (docs/facts.md#name-clashes-and-leftovers): a conflict for the caller to resolve. */
  onAlreadyExists?: () => ConflictError
  /**
   * GitHub refused (403 other than a rate limit, or 404 for what the token cannot see): the
   * caller's own PermissionError, naming the permission this request needs.
   */
  onRefused?: (status: 403 | 404) => PermissionError
}

/** Runs one GitHub request; failures become our errors, expected answers become values. */
export async function callGitHub<T, R = never>(
  repository: string,
  what: string,
  request: () => Promise<T>,
  expected: Expected<R> = {}
): Promise<T | R> {
  try {
    return await request()
  } catch (error) {
    if (expected.onAlreadyExists && isAlreadyExists(error)) throw expected.onAlreadyExists()
    const status = statusOf(error)
    if (status === 404 && expected.on404) return expected.on404()
    if (status === 422 && expected.on422) return expected.on422()
    if (expected.onRefused && (status === 404 || (status === 403 && !isRateLimit(error))))
      throw expected.onRefused(status)
    throw toStoreError(error, what, repository)
  }
}

/** GitHub's own explanation of a failure (its JSON `message`), on one line, credential-free. */
export function githubMessage(error: unknown): string {
  if (!(error instanceof Error)) return ''
  const data: unknown = error instanceof RequestError ? error.response?.data : undefined
  if (isRecord(data) && typeof data.message === 'string') return sanitize(data.message)
  return error.message ? sanitize(error.message.split(' - ')[0]!) : ''
}

/** Keeps a message to one line and strips anything shaped like a credential. */
function sanitize(text: string): string {
  return (
    text
      .replace(/(token|bearer|basic)\s+[A-Za-z0-9_.\-=/+]+/gi, '$1 ***')
      // Every shape GitHub issues, in its character set [A-Za-z0-9_]: ghp_, gho_, ghu_, ghs_, ghr_
      // (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available)
      // and the fine-grained github_pat_.
      .replace(/github_pat_[A-Za-z0-9_]{20,}/g, '***')
      .replace(/gh[pousr]_[A-Za-z0-9_]{20,}/g, '***')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300)
  )
}

/** The HTTP status of a failed request; undefined for anything that is not one. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof RequestError ? error.status : undefined
}

export function isAlreadyExists(error: unknown): boolean {
  if (!(error instanceof RequestError) || error.status !== 422) return false
  const data: unknown = error.response?.data
  const errors: unknown = isRecord(data) ? data.errors : undefined
  return Array.isArray(errors) && errors.some((e) => isRecord(e) && e.code === 'already_exists')
}
