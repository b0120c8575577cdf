import {
  AuthError,
  ConflictError,
  RunFailedError,
  EncryptionKeyError,
  SecretsFoundError,
  SessionNotFoundError,
  UsageError
} from '../errors.js'

/** The CLI's exit codes, documented in `--help` and the README. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, conflict: 3, remote: 4, runFailed: 5 } as const

/** The one place where typed errors become exit codes. */
export function exitCodeOf(error: unknown): number {
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
  return EXIT.remote
}
