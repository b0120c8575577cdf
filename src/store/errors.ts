import {
  AuthError,
  ClaudeSessionError,
  PermissionError,
  RemoteError,
  asLocalFileError
} from '../errors.js'

interface HttpFailure {
  status?: number
  message?: string
  response?: { data?: unknown; headers?: Record<string, string | undefined> }
}

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
  const failure = (error ?? {}) as HttpFailure
  const status = failure.status
  const githubMessage = messageOf(failure)
  if (status === 401) {
    return new AuthError(
      `GitHub rejected the token (401 ${githubMessage || 'Bad credentials'}) while trying to ${what}. ` +
        `Use a token that has access to ${repository}.`
    )
  }
  if (status === 403 && /secondary rate|rate limit/i.test(githubMessage)) {
    return new RemoteError(
      `GitHub's rate limit stopped us while trying to ${what} (${githubMessage}). Try again later.`
    )
  }
  if (status === 403) {
    return new PermissionError(
      `The token may not ${what} in ${repository} (403 ${githubMessage || 'Forbidden'}). ` +
        'Writing sessions needs push access: in a workflow, `permissions: contents: write`.'
    )
  }
  if (status === 404) {
    return new PermissionError(
      `GitHub answered 404 while trying to ${what}: ${repository} does not exist or the token cannot see it.`
    )
  }
  if (status !== undefined && status >= 500) {
    return new RemoteError(
      `GitHub kept failing while trying to ${what} (${status}${githubMessage ? ` ${githubMessage}` : ''}); retries did not help. Try again later.`
    )
  }
  const detail =
    status !== undefined
      ? `${status}${githubMessage ? ` ${githubMessage}` : ''}`
      : sanitize(githubMessage || String(error))
  return new RemoteError(`Could not ${what}: ${detail}.`)
}

function messageOf(failure: HttpFailure): string {
  const data = failure.response?.data as { message?: unknown } | undefined
  if (data && typeof data.message === 'string') return sanitize(data.message)
  return failure.message ? sanitize(failure.message.split(' - ')[0]!) : ''
}

/** Keeps a message to one line and strips anything shaped like a credential. */
function sanitize(text: string): string {
  return text
    .replace(/(token|bearer|basic)\s+[A-Za-z0-9_.\-=/+]+/gi, '$1 ***')
    .replace(/gh[pousr]_[A-Za-z0-9]{20,}/g, '***')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300)
}

export function statusOf(error: unknown): number | undefined {
  return (error as HttpFailure | undefined)?.status
}

export function isAlreadyExists(error: unknown): boolean {
  const data = (error as HttpFailure | undefined)?.response?.data as
    { errors?: { code?: string }[] } | undefined
  return statusOf(error) === 422 && (data?.errors ?? []).some((e) => e.code === 'already_exists')
}
