import type { Logger } from '../log.js'
import type { ReleaseStore } from '../store/index.js'

/** What every use case needs from its caller: the remote, a logger and a scratch folder. */
export interface SyncContext {
  store: ReleaseStore
  /** `owner/name`, for messages. */
  repository: string
  log: Logger
  /** Scratch space for archives in flight (RUNNER_TEMP in Actions, the OS temp dir on laptops). */
  tempDir: string
}
