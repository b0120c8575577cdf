import { UsageError } from '../../errors.js'
import { applyPrune, planPrune } from '../../manage/prune.js'
import { runContextFor, type CommandRuntime, type GlobalOptions } from '../context.js'
import { style } from '../io.js'
import { confirm } from './confirm.js'

export interface PruneCommandOptions extends GlobalOptions {
  olderThan?: string
  gone?: boolean
  dryRun?: boolean
  yes?: boolean
}

/** Deletes sessions older than N days and/or whose branch is gone. */
export async function runPrune(
  options: PruneCommandOptions,
  runtime: CommandRuntime
): Promise<void> {
  const olderThanDays = options.olderThan === undefined ? undefined : Number(options.olderThan)
  if (olderThanDays !== undefined && (!Number.isFinite(olderThanDays) || olderThanDays < 0)) {
    throw new UsageError(`--older-than takes a number of days, got "${options.olderThan}".`)
  }
  if (olderThanDays === undefined && !options.gone) {
    throw new UsageError('Say what to prune: --older-than DAYS, --gone, or both.')
  }
  const { ctx } = await runContextFor(options, runtime)
  const candidates = await planPrune(ctx, { olderThanDays, gone: options.gone })
  if (candidates.length === 0) {
    runtime.io.err('Nothing to prune.\n')
    return
  }
  for (const c of candidates)
    runtime.io.out(
      `${options.dryRun ? 'would delete' : 'delete'} ${c.branch} ${c.sessionId} (${c.reason})\n`
    )
  if (options.dryRun) return
  if (
    !(await confirm(
      runtime,
      `Delete these ${candidates.length} sessions from ${ctx.repository}?`,
      options.yes
    ))
  ) {
    runtime.io.err('Nothing deleted.\n')
    return
  }
  const deleted = await applyPrune(ctx, candidates)
  runtime.io.out(`${style(runtime.io, 'green', '✓')} Pruned ${deleted} sessions\n`)
}
