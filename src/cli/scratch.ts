import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** A run ended by a signal exits 128 + the signal's number, as shells report it. */
const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 }

/** The private scratch folder of one CLI run. */
export interface ScratchDir {
  /** Creates the folder on first use (mkdtemp: mode 0700, a fresh name). */
  path(): string
  /** Removes it and everything in it. Safe to call twice. */
  remove(): void
}

/**
 * Archives in flight (a plaintext tarball before encryption, a download before its digest is
 * checked) live in one private folder per run. It is removed when the run ends, and also on
 * Ctrl-C or SIGTERM, synchronously, before the process exits with 130/143: a signal otherwise
 * ends Node without running any `finally`.
 */
export function scratchDir(base: string): ScratchDir {
  let dir: string | undefined
  const remove = (): void => {
    for (const signal of Object.keys(SIGNAL_EXIT_CODES)) process.off(signal, onSignal)
    if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
    dir = undefined
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    // A command that listens for Ctrl-C itself (`continue` detaches from the run it follows) ends
    // normally from there, and the run's own `finally` removes the folder.
    if (process.listenerCount(signal) > 1) return
    remove()
    process.exit(SIGNAL_EXIT_CODES[signal] ?? 1)
  }
  return {
    path() {
      if (!dir) {
        dir = mkdtempSync(join(base, 'claude-session-'))
        for (const signal of Object.keys(SIGNAL_EXIT_CODES)) process.on(signal, onSignal)
      }
      return dir
    },
    remove
  }
}
