import { Command } from 'commander'
import { applyDelete, planDelete } from '../../manage/delete.js'
import { tagForBranch } from '../../remote/layout.js'
import { runContextFor, type CommandRuntime, type GlobalOptions } from '../context.js'
import type { Factory, RunF } from '../factory.js'
import { GITHUB_ENVIRONMENT, helpAfter } from '../help.js'
import { plural, style } from '../io.js'
import { confirm } from './confirm.js'
import { reportKept } from './prune.js'

export interface DeleteOptions extends GlobalOptions {
  branch: string
  session?: string
  yes?: boolean
}

/** `claude-session delete <branch>`. */
export function newDeleteCommand(f: Factory, runF?: RunF<DeleteOptions>): Command {
  return new Command('delete')
    .description("delete one stored session, or a branch's whole draft release")
    .argument('<branch>', 'git branch')
    .option('--session <id>', 'delete only this session')
    .option('-y, --yes', 'do not ask (required when not on a terminal)')
    .addHelpText(
      'after',
      helpAfter({
        examples: [
          'claude-session delete old-feature --yes',
          'claude-session delete main --session 4d5611e5-241a-462a-8d15-5122611a9569'
        ],
        environment: GITHUB_ENVIRONMENT
      })
    )
    .action(async (branch: string, flags: Omit<DeleteOptions, 'branch'>) => {
      const options = { ...f.globals(), ...flags, branch }
      await (runF ?? ((o: DeleteOptions) => runDelete(o, f.runtime())))(options)
    })
}

/**
 * Removes one stored session, or the branch's whole draft release: what it lists before asking,
 * and nothing saved after that (manage/delete.ts).
 */
export async function runDelete(options: DeleteOptions, runtime: CommandRuntime): Promise<void> {
  const { ctx } = await runContextFor(options, runtime, options)
  const plan = await planDelete(ctx, { branch: options.branch, sessionId: options.session })
  const what = options.session
    ? `session ${options.session} from ${tagForBranch(options.branch)}`
    : `the draft release ${tagForBranch(options.branch)} and every session on it`
  for (const s of plan.sessions) runtime.io.out(`delete ${s.branch} ${s.sessionId}\n`)
  if (!(await confirm(runtime, `Delete ${what} in ${ctx.repository}?`, options.yes))) {
    runtime.io.err('Nothing deleted.\n')
    return
  }
  const result = await applyDelete(ctx, plan)
  reportKept(runtime, result.kept)
  const done = `${plural(result.deletedAssets, 'asset')}, ${plural(result.deletedReleases, 'release')}`
  runtime.io.out(
    result.kept.length === 0
      ? `${style(runtime.io, 'green', '✓')} Deleted ${what} (${done})\n`
      : `Deleted ${result.deletedSessions.length} of ${plan.sessions.length} sessions (${done}); kept ${result.kept.length}\n`
  )
}
