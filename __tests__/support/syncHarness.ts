import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../src/log.js'
import { openStore } from '../../src/store/index.js'
import type { SyncContext } from '../../src/sync/index.js'
import { removeLater } from './claudeHome.js'
import type { Emulator } from './releasesEmulator.js'

export interface RecordingLogger extends Logger {
  lines: string[]
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = []
  return {
    lines,
    debug: (m) => void lines.push(`debug: ${m}`),
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`)
  }
}

/** A sync context on the emulator with the real Octokit, and retry waits short enough for tests. */
export async function emulatorContext(
  emu: Emulator,
  repository: string,
  token = emu.tokens.write
): Promise<SyncContext & { log: RecordingLogger }> {
  const log = recordingLogger()
  return {
    store: openStore({
      token,
      repository,
      apiUrl: emu.apiUrl,
      graphqlUrl: emu.graphqlUrl,
      log,
      retry: {
        retries: 3,
        minDelayMs: 5,
        maxWaitMs: 2000,
        writeSpacingMs: 0,
        notificationSpacingMs: 0
      }
    }),
    repository,
    log,
    tempDir: removeLater(await mkdtemp(join(tmpdir(), 'claude-session-sync-')))
  }
}
