import { RunTimeoutError } from '../../errors.js'
import type { WorkflowRun } from '../../store/index.js'
import { followRun, type RunProgress } from '../../runs/workflowRun.js'
import { style } from '../io.js'
import { type ContinueContext } from './continueStart.js'

/** Hosted runners pick a job up within seconds to a minute; a few minutes queued means none will. */
const QUEUED_WARNING_SECONDS = 180

/**
 * Follows the run until it completes and returns its last progress; undefined when the user
 * detached (Ctrl-C), which leaves the run going. A run still not done after the timeout goes on
 * too, but `continue` gives up on it with a RunTimeoutError.
 */
export async function followContinuation(
  c: ContinueContext,
  run: WorkflowRun,
  req: {
    intervalMs: number
    timeoutMs: number
    /** The --timeout as given (or its default), for the message. */
    timeout: string
    queuedWarningSeconds?: number
    signal?: AbortSignal
    followed?: () => void
    attach: string
  }
): Promise<RunProgress | undefined> {
  const { display, runtime } = c
  const { attach } = req
  const queuedWarningMs = (req.queuedWarningSeconds ?? QUEUED_WARNING_SECONDS) * 1000
  const followed = await followRun(c.runs, run.id, {
    intervalMs: req.intervalMs,
    signal: req.signal,
    timeoutMs: req.timeoutMs,
    queuedWarningMs,
    onProgress: (p) => display.progress(p),
    onQueuedTooLong: (queued, waitedSeconds) => {
      const warning = `Run ${queued.id} has been queued for ${waitedSeconds}s: no runner has picked it up. Check the workflow's runs-on and your runners.`
      display.event({ event: 'queued', runId: queued.id, waitedSeconds, message: warning })
      display.note(`${style(runtime.io, 'yellow', '!')} ${warning}`)
    }
  })
  req.followed?.()
  if (followed.outcome === 'detached') {
    display.event({ event: 'detached', runId: run.id, url: run.htmlUrl, attach })
    display.result(`Detached; the run goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`)
    return undefined
  }
  if (followed.outcome === 'timeout') {
    display.event({
      event: 'timeout',
      runId: run.id,
      status: followed.run.status,
      url: run.htmlUrl,
      attach
    })
    throw new RunTimeoutError(
      `Run ${run.id} is still ${followed.run.status} after ${followed.waitedSeconds}s (--timeout ${req.timeout}); ` +
        `it goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`
    )
  }
  return followed.progress
}
