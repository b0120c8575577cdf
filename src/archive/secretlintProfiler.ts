import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'

/** The fields of @secretlint/profiler 11's SecretLintProfiler that hold every mark it has seen. */
interface ProfilerInternals {
  entries?: unknown[]
  measures?: unknown[]
  getEntries(): Promise<unknown>
}

/** Calls running now, and calls ever started: a release clears only if none started meanwhile. */
let running = 0
let started = 0

/**
 * Runs one `lintSource` call, then lets go of the marks secretlint left behind.
 *
 * @secretlint/core marks the start and end of every rule on one process-wide profiler, which keeps
 * each mark in an array that it searches from the start for every new one, and in the global
 * performance timeline. A scan calls `lintSource` once per block that holds a candidate line, so
 * without this each call costs more than the one before: on a long transcript whose every block
 * has a candidate, the scan grows quadratic, and Node warns of a leak at a million marks.
 *
 * The profiler's observer receives marks on a later turn of the event loop (setImmediate) and then
 * measures each start/end pair in a microtask: both are awaited before anything is cleared, and
 * nothing is cleared if another call ran meanwhile, so no measure looks for a mark that is gone.
 */
export async function withSecretlint<T>(lint: () => Promise<T>): Promise<T> {
  running++
  started++
  try {
    return await lint()
  } finally {
    running--
    if (running === 0) await releaseMarks()
  }
}

async function releaseMarks(): Promise<void> {
  const before = started
  const { secretLintProfiler } = await import('@secretlint/profiler')
  const profiler = secretLintProfiler as unknown as ProfilerInternals
  await nextTurn()
  await profiler.getEntries()
  // A call that started meanwhile may have marks whose measures are still to come: the release
  // at its own end clears them.
  if (running > 0 || started !== before) return
  profiler.entries?.splice(0)
  profiler.measures?.splice(0)
  performance.clearMarks()
  performance.clearMeasures()
}
