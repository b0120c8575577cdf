import { deleteStoredSessions } from '../../manage/delete.js'
import { tagForBranch } from '../../remote/layout.js'
import { runContextFor, type CommandRuntime, type GlobalOptions } from '../context.js'
import { style } from '../io.js'
import { confirm } from './confirm.js'

export interface DeleteOptions extends GlobalOptions {
  branch: string
  session?: string
  yes?: boolean
}

/** Removes one stored session, or the branch's whole draft release. */
export async function runDelete(options: DeleteOptions, runtime: CommandRuntime): Promise<void> {
  const { ctx } = await runContextFor(options, runtime, options)
  const what = options.session
    ? `session ${options.session} from ${tagForBranch(options.branch)}`
    : `the draft release ${tagForBranch(options.branch)} and every session on it`
  if (!(await confirm(runtime, `Delete ${what} in ${ctx.repository}?`, options.yes))) {
    runtime.io.err('Nothing deleted.\n')
    return
  }
  const result = await deleteStoredSessions(ctx, {
    branch: options.branch,
    sessionId: options.session
  })
  runtime.io.out(
    `${style(runtime.io, 'green', '✓')} Deleted ${what} (${result.deletedAssets} assets, ${result.deletedReleases} releases)\n`
  )
}
