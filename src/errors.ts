/**
 * Typed errors, thrown deep and converted only at the edge: the actions turn them into
 * `core.setFailed`/notices, the CLI into exit codes (see `exitCodeOf` in src/cli). Every message
 * says what went wrong and what to do, and never contains a token.
 */
export abstract class ClaudeSessionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** Bad flags, inputs or configuration (a missing repository, an unreadable key file). */
export class UsageError extends ClaudeSessionError {}

/** No session matched locally, or none is stored remotely. */
export class SessionNotFoundError extends ClaudeSessionError {}

/** Going on would overwrite work that exists only on one side; the message names the way out. */
export class ConflictError extends ClaudeSessionError {}

/** No token, or GitHub rejected it (401). */
export class AuthError extends ClaudeSessionError {}

/**
 * The token works but cannot do this: drafts are invisible without push access, and writes need
 * `contents: write` (docs/facts.md: forks and Dependabot get neither).
 */
export class PermissionError extends ClaudeSessionError {}

/** GitHub (or the network) failed in a way retries did not fix. */
export class RemoteError extends ClaudeSessionError {}

/** A downloaded archive or metadata file is malformed, oversized or tries to escape its folder. */
export class HostileArchiveError extends ClaudeSessionError {}

/** Bytes do not match the digest or size that the metadata promised. */
export class IntegrityError extends ClaudeSessionError {}

/** A wrong or missing encryption key. */
export class EncryptionKeyError extends ClaudeSessionError {}

/** The secret scan found secrets and the policy is `fail`. */
export class SecretsFoundError extends ClaudeSessionError {}

/** Claude's commit could not reach the branch (it moved and the rebase conflicted, or the push failed). */
export class PushError extends ClaudeSessionError {}
