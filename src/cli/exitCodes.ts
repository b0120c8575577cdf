import {
  AuthError,
  ConflictError,
  RunFailedError,
  EncryptionKeyError,
  SecretsFoundError,
  SessionNotFoundError,
  UsageError,
  asLocalFileError,
  isRemoteFailure
} from '../errors.js'

/** The CLI's exit codes, documented in `--help` and the README. */
export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  conflict: 3,
  remote: 4,
  localFile: 5,
  /** `continue`: the workflow run failed or was cancelled. */
  runFailed: 6,
  /** EX_SOFTWARE of sysexits(3): an internal error, i.e. a bug. */
  bug: 70
} as const

/** What each exit code means, for `--help`: one per line, so a terminal never wraps it mid-word. */
export const EXIT_CODES_HELP = `Exit codes:
  0 done
  1 nothing found
  2 usage or configuration error
  3 conflict (nothing was overwritten)
  4 GitHub or network failure
  5 local file-system failure (permission, read-only, disk full)
  6 the workflow run that \`continue\` followed failed or was cancelled
  70 a bug in claude-session
  130/143 interrupted (Ctrl-C, SIGTERM)`

/** The one place where errors become exit codes. */
export function exitCodeOf(error: unknown): number {
  if (asLocalFileError(error)) return EXIT.localFile
  if (error instanceof SessionNotFoundError) return EXIT.notFound
  if (
    error instanceof UsageError ||
    error instanceof AuthError ||
    error instanceof EncryptionKeyError
  )
    return EXIT.usage
  // Refusing to upload secrets is a decision the user must take, like a conflict.
  if (error instanceof ConflictError || error instanceof SecretsFoundError) return EXIT.conflict
  if (error instanceof RunFailedError) return EXIT.runFailed
  if (isRemoteFailure(error)) return EXIT.remote
  return EXIT.bug
}
