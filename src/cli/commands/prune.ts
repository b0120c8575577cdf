import { Command } from 'commander'
import { UsageError } from '../../errors.js'
import type { KeptSession } from '../../manage/delete.js'
import { INCOMPLETE_LISTING } from '../../manage/list.js'
import { applyPrune, planPruneListing } from '../../manage/prune.js'
import { runContextFor, type CommandRuntime, type GlobalOptions } from '../context.js'
import type { Factory, RunF } from '../factory.js'
import { GITHUB_ENVIRONMENT, helpAfter } from '../help.js'
import { plural, style } from '../io.js'
import { confirm } from './confirm.js'

export interface PruneCommandOptions extends GlobalOptions {
  olderThan?: string
  gone?: boolean
  dryRun?: boolean
  yes?: boolean
}

/** `claude-session prune`. */
export function newPruneCommand(f: Factory, runF?: RunF<PruneCommandOptions>): Command {
  return new Command('prune')
    .description('delete stored sessions that are old or whose branch is gone')
    .option('--older-than <days>', 'sessions saved more than this many days ago')
    .option('--gone', 'sessions whose branch no longer exists in the repository')
    .option('--dry-run', 'only show what would be deleted')
    .option('-y, --yes', 'do not ask (required when not on a terminal)')
    .addHelpText(
      'after',
      helpAfter({
        examples: [
          'claude-session prune --gone --dry-run',
          'claude-session prune --older-than 30 --yes'
        ],
        environment: GITHUB_ENVIRONMENT
      })
    )
    .action(async (flags: PruneCommandOptions) => {
      const options = { ...f.globals(), ...flags }
      await (runF ?? ((o: PruneCommandOptions) => runPrune(o, f.runtime())))(options)
    })
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
      `Delete these ${plural(candidates.length, 'session')} from ${ctx.repository}?`,
      options.yes
    ))
  ) {
    runtime.io.err('Nothing deleted.\n')
    return
  }
  const result = await applyPrune(ctx, candidates)
  reportKept(runtime, result.kept)
  runtime.io.out(
    `${style(runtime.io, 'green', '✓')} Pruned ${plural(result.deletedSessions.length, 'session')}\n`
  )
}

/** Sessions left in place because they changed after they were listed: said, never silent. */
export function reportKept(runtime: CommandRuntime, kept: KeptSession[]): void {
  for (const k of kept)
    runtime.io.err(
      `${style(runtime.io, 'yellow', '!')} Kept ${k.branch} ${k.sessionId}: ${k.reason}. Nothing of it was deleted; run the command again to see it as it is now.\n`
    )
}
