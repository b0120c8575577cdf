import { isRecord } from './common/json.js'

/**
 * Typed errors, thrown deep and converted only at the edge: each class says what KIND of failure it
 * is, and the one table in src/errorTable.ts turns a kind into the CLI's exit code and into each
 * action's fail/warn/notice. Every message says what went wrong and what to do, and never contains
 * a token.
 */

/**
 * What a failure is, for the one who must act on it. A new error class picks one of these; it
 * never needs a new branch in the faces (src/errorTable.ts).
 */
export type ErrorKind =
  /** A flag, input, file or configuration the user must change (or a newer claude-session to install). */
  | 'usage'
  /** No token, or GitHub rejected it (401). */
  | 'credentials'
  /** Nothing matched locally, or nothing is stored remotely. */
  | 'not-found'
  /** Going on would lose work (or upload secrets): the user decides. */
  | 'conflict'
  /** The token works but may not do this (403, or 404 for a repository it cannot see). */
  | 'permission'
  /** GitHub or the network failed, after retries. */
  | 'remote'
  /** What is stored is malformed, hostile, or does not match its digest. */
  | 'integrity'
  /** The local file system refused, or holds something in the way; the message names the path. */
  | 'local-file'
  /** A workflow run that `claude-session continue` followed failed or was cancelled. */
  | 'run-failed'
  /** Anything our code did not type: a bug in claude-session. */
  | 'bug'

export abstract class ClaudeSessionError extends Error {
  abstract readonly kind: ErrorKind
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** Bad flags, inputs or configuration (a missing repository, an unreadable key file). */
export class UsageError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'usage'
}

/** No session matched locally, or none is stored remotely. */
export class SessionNotFoundError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'not-found'
}

/** Going on would overwrite work that exists only on one side; the message names the way out. */
export class ConflictError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'conflict'
}

/** No token, or GitHub rejected it (401). */
export class AuthError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'credentials'
}

/**
 * The token works but cannot do this: drafts are invisible without push access, and writes need
 * `contents: write` (docs/facts.md#draft-visibility: forks and Dependabot get neither).
 */
export class PermissionError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'permission'
}

/** GitHub (or the network) failed in a way retries did not fix. */
export class RemoteError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'remote'
}

/** A downloaded archive or metadata file is malformed, oversized or tries to escape its folder. */
export class HostileArchiveError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'integrity'
}

/** Bytes do not match the digest or size that the metadata promised. */
export class IntegrityError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'integrity'
}

/**
 * Metadata written by a newer claude-session, in a format this one cannot read: not damage, the
 * user updates claude-session.
 */
export class NewerFormatError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'usage'
}

/** A wrong or missing encryption key. */
export class EncryptionKeyError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'usage'
}

/** The secret scan found secrets and the policy is `fail`: a decision the user must take. */
export class SecretsFoundError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'conflict'
}

/** A workflow run that `claude-session continue` followed failed or was cancelled. */
export class RunFailedError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'run-failed'
}

/** Claude's commit could not reach the branch (it moved and the rebase conflicted, or the push failed). */
export class PushError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'remote'
}

/**
 * `continue` started a run but cannot prove which one it is (the server named none, and the
 * workflow carries no request id): it follows none rather than someone else's.
 */
export class RunNotIdentifiedError extends RemoteError {}

/** The run `continue` followed did not complete within `--timeout`; it goes on. */
export class RunTimeoutError extends RemoteError {}

/**
 * A transcript that restore would refuse (a complete line that is not JSON, or no record at all):
 * refused before anything is uploaded. A usage error: the file, not the remote, is at fault.
 */
export class InvalidTranscriptError extends UsageError {}

/**
 * The local file system refused (permission, read-only, full disk, quota, a file where a folder
 * should be, a link where restore would write). Not GitHub's fault and not a bug: the message
 * names the path and what to do.
 */
export class LocalFileError extends ClaudeSessionError {
  readonly kind: ErrorKind = 'local-file'
  constructor(
    message: string,
    readonly path: string | undefined,
    /** The errno (`EACCES`…), or `ENOTFILE`/`ENOTDIR` for something in the way. */
    readonly code: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** What each errno means for the user, phrased as what to do about it. */
const LOCAL_FILE_ADVICE = new Map([
  ['EACCES', 'permission denied: check who owns it and its permissions'],
  ['EPERM', 'operation not permitted: check who owns it and its permissions'],
  ['EROFS', 'the file system is read-only: use a writable folder'],
  ['ENOSPC', 'the disk is full: free some space, or set TMPDIR to a folder on another disk'],
  ['EDQUOT', 'the disk quota is exceeded: free some space, or set TMPDIR to another disk'],
  ['ENOTDIR', 'a part of the path is a file, not a folder: move that file away'],
  ['EISDIR', 'a folder is in the way of a file: move that folder away']
])

/**
 * A raw Node file-system error (or one wrapped as the cause of another) as a LocalFileError;
 * undefined for anything else. The edges call this before turning an error into a message.
 */
export function asLocalFileError(error: unknown): LocalFileError | undefined {
  // Duck-typed rather than `instanceof Error`: Node's errors may come from another realm (vm).
  for (let e = error, depth = 0; isRecord(e) && depth < 5; e = e.cause, depth++) {
    if (e instanceof LocalFileError) return e
    const { code, path, dest } = e as { code?: string; path?: string; dest?: string }
    const advice = typeof code === 'string' ? LOCAL_FILE_ADVICE.get(code) : undefined
    if (code && advice) {
      const where = path ?? dest
      return new LocalFileError(
        `Cannot write or read ${where ?? 'a local file'}: ${advice} (${code}).`,
        where,
        code,
        { cause: e }
      )
    }
  }
  return undefined
}

/**
 * Is this untyped error GitHub's or the network's (an Octokit RequestError, a socket or DNS
 * error)? Our own errors say their kind themselves; any other untyped error is a bug.
 */
function isRemoteFailure(error: unknown): boolean {
  if (error instanceof ClaudeSessionError || !isRecord(error)) return false
  const { code, status } = error as { code?: unknown; status?: unknown }
  if (typeof status === 'number') return true
  return (
    typeof code === 'string' &&
    /^(E(CONN|AI_|HOST|NET|PIPE|TIMEDOUT|PROTO)|ENOTFOUND|UND_ERR|ERR_STREAM_PREMATURE)/.test(code)
  )
}

/**
 * The kind of any error: a file-system failure (also as the cause of another error) is local,
 * our own errors say theirs, an untyped HTTP or socket failure is remote, anything else a bug.
 */
export function errorKind(error: unknown): ErrorKind {
  if (asLocalFileError(error)) return 'local-file'
  if (error instanceof ClaudeSessionError) return error.kind
  return isRemoteFailure(error) ? 'remote' : 'bug'
}

/**
 * The one sentence a user sees for any error: a typed error's own message, a file-system failure
 * with its path, and anything else marked as a bug in claude-session.
 */
export function userMessage(error: unknown): string {
  const local = asLocalFileError(error)
  if (local) return local.message
  if (error instanceof ClaudeSessionError) return error.message
  const text = isRecord(error) && typeof error.message === 'string' ? error.message : String(error)
  if (isRemoteFailure(error)) return `GitHub or the network failed: ${text}`
  return `Unexpected error: ${text}. This is a bug in claude-session, please report it.`
}
