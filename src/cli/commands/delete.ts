import { applyDelete, planDelete } from '../../manage/delete.js'
import { tagForBranch } from '../../remote/layout.js'
import { runContextFor, type CommandRuntime, type GlobalOptions } from '../context.js'
import { style } from '../io.js'
import { confirm } from './confirm.js'
import { reportKept } from './prune.js'

export interface DeleteOptions extends GlobalOptions {
  branch: string
  session?: string
  yes?: boolean
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
  const done = `${result.deletedAssets} assets, ${result.deletedReleases} releases`
  runtime.io.out(
    result.kept.length === 0
      ? `${style(runtime.io, 'green', '✓')} Deleted ${what} (${done})\n`
      : `Deleted ${result.deletedSessions.length} of ${plan.sessions.length} sessions (${done}); kept ${result.kept.length}\n`
  )
}
