import type { WorkflowRun } from '../../store/index.js'
import type { RunProgress } from '../../runs/workflowRun.js'
import type { Io } from '../io.js'
import { style } from '../io.js'

/** One event of `continue --json`: a JSON object per line on stdout. */
export type ContinueEvent = { event: string } & Record<string, unknown>

/**
 * How `continue` shows a run: on a terminal one live line rewritten in place on stderr; elsewhere
 * one line per change; with --json one object per event on stdout and nothing else.
 */
export class RunDisplay {
  private live = false

  constructor(
    private readonly io: Io,
    private readonly json: boolean
  ) {}

  /** A plain line for people (stderr), skipped with --json. */
  note(text: string): void {
    if (this.json) return
    this.endLive()
    this.io.err(`${text}\n`)
  }

  /** A result for people (stdout), skipped with --json. */
  result(text: string): void {
    if (this.json) return
    this.endLive()
    this.io.out(`${text}\n`)
  }

  event(event: ContinueEvent): void {
    if (this.json) this.io.out(`${JSON.stringify(event)}\n`)
  }

  /**
   * The run `continue` started (or, with `--attach`, follows). `withUrl: false` when the URL is
   * printed as the result right after (`--no-wait`), so it shows once.
   */
  started(run: WorkflowRun, how: { attached?: boolean; withUrl?: boolean } = {}): void {
    this.event({ event: 'started', runId: run.id, url: run.htmlUrl, branch: run.headBranch })
    const what = `${how.attached ? 'Following' : 'Started'} run ${run.id}`
    this.note(how.withUrl === false ? what : `${what}: ${run.htmlUrl}`)
  }

  progress(p: RunProgress): void {
    if (this.json) {
      if (p.changed)
        this.event({
          event: 'progress',
          runId: p.run.id,
          status: p.run.status,
          conclusion: p.run.conclusion,
          step: p.step ?? null,
          elapsedSeconds: p.elapsedSeconds
        })
      return
    }
    const line = `${statusWord(p.run)}${p.step ? ` · ${p.step}` : ''} · ${clock(p.elapsedSeconds)}`
    if (this.io.interactive && !this.io.quiet) {
      // \r and "erase line": the same line is rewritten at every look.
      this.io.err(`\r\u001b[2K${style(this.io, 'dim', '…')} ${line}`)
      this.live = true
    } else if (p.changed && !this.io.quiet) {
      this.io.err(`${line}\n`)
    }
  }

  private endLive(): void {
    if (!this.live) return
    this.io.err('\n')
    this.live = false
  }
}

function statusWord(run: WorkflowRun): string {
  return run.status === 'completed' ? `completed (${run.conclusion ?? 'unknown'})` : run.status
}

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`
}
