import { UsageError } from '../../errors.js'
import type { KeptSession } from '../../manage/delete.js'
import { INCOMPLETE_LISTING } from '../../manage/list.js'
import { applyPrune, planPruneListing } from '../../manage/prune.js'
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
  const { candidates, complete } = await planPruneListing(ctx, {
    olderThanDays,
    gone: options.gone
  })
  if (!complete) runtime.io.err(`${style(runtime.io, 'yellow', '!')} ${INCOMPLETE_LISTING}\n`)
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
  const result = await applyPrune(ctx, candidates)
  reportKept(runtime, result.kept)
  runtime.io.out(
    `${style(runtime.io, 'green', '✓')} Pruned ${result.deletedSessions.length} sessions\n`
  )
}

/** Sessions left in place because they changed after they were listed: said, never silent. */
export function reportKept(runtime: CommandRuntime, kept: KeptSession[]): void {
  for (const k of kept)
    runtime.io.err(
      `${style(runtime.io, 'yellow', '!')} Kept ${k.branch} ${k.sessionId}: ${k.reason}. Nothing of it was deleted; run the command again to see it as it is now.\n`
    )
}
