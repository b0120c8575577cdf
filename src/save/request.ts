import type { EncryptionKey, SecretFinding } from '../archive/index.js'
import type { ProgressCallback } from '../log.js'

/** What a save does when the scan finds secrets: list them, refuse, or upload a redacted copy. */
export type SecretsPolicy = 'warn' | 'fail' | 'redact'

/** One save, as either face asks for it (the CLI's `push`, the save action). */
export interface SaveRequest {
  branch: string
  cwd: string
  configDir: string
  env?: NodeJS.ProcessEnv
  sessionId?: string
  /** Replace the stored version even when it holds records this transcript lacks. */
  force?: boolean
  savedBy: 'laptop' | 'ci'
  /** The commit to record when `cwd` is not a git work tree (the action passes GITHUB_SHA). */
  commit?: string
  encryption?: EncryptionKey
  /** Replace an encrypted stored copy with a plaintext one (`--no-encryption`): never implied. */
  allowUnencrypted?: boolean
  /**
   * A key that only checks the stored copy's keyed digests, when this save encrypts with none
   * (`--no-encryption` with a key at hand): without it such a copy cannot be compared.
   */
  compareKey?: EncryptionKey
  secrets?: SecretsPolicy
  /** Under "fail", upload files the scan cannot read (binary) as they are instead of refusing. */
  allowUnscanned?: boolean
  /** Literal strings that must never travel, e.g. the run's own token. */
  extraSecrets?: string[]
  onProgress?: ProgressCallback
  /** Carry the project's auto memory beside the session (default true; `--no-memory`). */
  memory?: boolean
}

export interface SaveResult {
  sessionId: string
  branch: string
  tag: string
  releaseUrl: string
  archiveName: string
  archiveSize: number
  transcriptSize: number
  records: number
  outcome: 'created' | 'updated' | 'unchanged'
  findings: SecretFinding[]
}
