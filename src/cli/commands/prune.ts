import { UsageError } from '../../errors.js'
import { applyPrune, planPrune } from '../../sync/index.js'
import { syncContextFor, type CommandEnv, type GlobalOptions } from '../context.js'
import { style } from '../io.js'
import { confirm } from './confirm.js'

export interface PruneCommandOptions extends GlobalOptions {
  olderThan?: string
  gone?: boolean
  dryRun?: boolean
  yes?: boolean
}

/** Deletes sessions older than N days and/or whose branch is gone. */
export async function runPrune(options: PruneCommandOptions, ce: CommandEnv): Promise<void> {
  const olderThanDays = options.olderThan === undefined ? undefined : Number(options.olderThan)
  if (olderThanDays !== undefined && (!Number.isFinite(olderThanDays) || olderThanDays < 0)) {
    throw new UsageError(`--older-than takes a number of days, got "${options.olderThan}".`)
  }
  if (olderThanDays === undefined && !options.gone) {
    throw new UsageError('Say what to prune: --older-than DAYS, --gone, or both.')
  }
  const ctx = await syncContextFor(options, ce)
  const candidates = await planPrune(ctx, { olderThanDays, gone: options.gone })
  if (candidates.length === 0) {
    ce.io.err('Nothing to prune.\n')
    return
  }
  for (const c of candidates)
    ce.io.out(
      `${options.dryRun ? 'would delete' : 'delete'} ${c.branch} ${c.sessionId} (${c.reason})\n`
    )
  if (options.dryRun) return
  if (
    !(await confirm(
      ce,
      `Delete these ${candidates.length} sessions from ${ctx.repository}?`,
      options.yes
    ))
  ) {
    ce.io.err('Nothing deleted.\n')
    return
  }
  const deleted = await applyPrune(ctx, candidates)
  ce.io.out(`${style(ce.io, 'green', '✓')} Pruned ${deleted} sessions\n`)
}
