import { Command } from 'commander'
import { formatBytes } from '../../format.js'
import { INCOMPLETE_LISTING, listSessions, type ListedSession } from '../../manage/list.js'
import { runContextFor, type CommandRuntime, type GlobalOptions } from '../context.js'
import { style } from '../io.js'
import type { Factory, RunF } from '../factory.js'
import { GITHUB_ENVIRONMENT, helpAfter } from '../help.js'

export interface ListOptions extends GlobalOptions {
  branch?: string
  json?: boolean
}

/** `claude-session list [branch]`. */
export function newListCommand(f: Factory, runF?: RunF<ListOptions>): Command {
  return new Command('list')
    .description('list stored sessions: branch, id, last record, records, size, saved by')
    .argument('[branch]', 'only this branch (default: every branch)')
    .option('--json', 'print JSON for scripts')
    .addHelpText(
      'after',
      helpAfter({
        examples: [
          'claude-session list',
          'claude-session list main --json',
          'claude-session list -R octo/app'
        ],
        environment: GITHUB_ENVIRONMENT
      })
    )
    .action(async (branch: string | undefined, flags: Omit<ListOptions, 'branch'>) => {
      const options = { ...f.globals(), ...flags, branch }
      await (runF ?? ((o: ListOptions) => runList(o, f.runtime())))(options)
    })
}

/** The stored sessions, one branch's or every branch's, as a table or JSON. */
export async function runList(options: ListOptions, runtime: CommandRuntime): Promise<void> {
  const { ctx } = await runContextFor(options, runtime, { branch: options.branch })
  const listing = await listSessions(ctx, { branch: options.branch })
  const sessions = listing.sessions.map(withoutAssets)
  // Not "nothing stored" when a draft older than REST's 1000 releases could not be searched.
  if (!listing.complete)
    runtime.io.err(`${style(runtime.io, 'yellow', '!')} ${INCOMPLETE_LISTING}\n`)
  if (options.json) {
    runtime.io.out(JSON.stringify(sessions, null, 2) + '\n')
    return
  }
  if (sessions.length === 0) {
    runtime.io.err(
      `No sessions ${listing.complete ? 'stored' : 'found'}${options.branch ? ` for branch ${options.branch}` : ''} in ${ctx.repository}.\n`
    )
    return
  }
  const rows = [
    ['BRANCH', 'SESSION', 'LAST RECORD', 'RECORDS', 'SIZE', 'SAVED BY'],
    ...sessions.map((s) => [
      s.branch,
      s.sessionId,
      s.lastRecordAt ?? '',
      s.records === undefined ? '' : String(s.records),
      formatBytes(s.size),
      s.savedBy ?? ''
    ])
  ]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  for (const row of rows)
    runtime.io.out(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd() + '\n'
    )
}

/** A listed session as `--json` shows it: the assets it was read from are for deletions only. */
function withoutAssets({ assets: _assets, ...session }: ListedSession) {
  return session
}
