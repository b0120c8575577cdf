import type { EncryptionKey } from '../archive/encryption.js'
import type { ProgressCallback } from '../log.js'
import type { LocalConflictPolicy } from './install.js'
import type { MemoryResult } from './installMemory.js'

export interface RestoreRequest {
  branch: string
  cwd: string
  configDir: string
  env?: NodeJS.ProcessEnv
  sessionId?: string
  /** What to do when a local copy with the same id went on separately. Default: refuse. */
  onLocalConflict?: LocalConflictPolicy
  encryption?: EncryptionKey
  onProgress?: ProgressCallback
  /** The command a user would run to pull again, for conflict messages. */
  pullCommand?: string
  /** Install the project's auto memory the session carries (default true; `--no-memory`). */
  memory?: boolean
}

export interface RestoreResult {
  sessionId: string
  remoteSessionId: string
  branch: string
  projectDir: string
  transcriptPath: string
  outcome: 'installed' | 'fast-forward' | 'unchanged' | 'overwritten' | 'as-new'
  /** fast-forward: the bytes of the local copy that the pulled one continues. */
  keptBytes?: number
  /** Where the replaced local transcript was kept (--force). */
  backupPath?: string
  /** Where the replaced local `<id>/` folder was kept, when there was one. */
  backupFolderPath?: string
  records: number
  relocated: boolean
  archiveSize: number
  /** The commit the checkout was at when this copy was saved (the metadata's `commit`), if recorded. */
  commit?: string
  /** What happened to the auto memory the session carried, when it carried some. */
  memory?: MemoryResult
}
