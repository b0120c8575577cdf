import { errorKind, type ErrorKind } from './errors.js'

/**
 * The one table that turns what a failure is (its kind, src/errors.ts) into what each face does
 * about it: the CLI's exit code, and each bundled action's fail, warn or notice. A new error class
 * picks a kind and needs no branch anywhere else (the GitHub CLI's one switch over its error
 * types is the model).
 */

/** The CLI's exit codes, with the meaning `--help` and the README give each (tested against both). */
export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  conflict: 3,
  remote: 4,
  localFile: 5,
  /** `continue`: the workflow run failed or was cancelled. */
  runFailed: 6,
  /** EX_SOFTWARE of sysexits(3): an internal error, i.e. a bug. */
  bug: 70
} as const

/** What each exit code means, in the words of `--help`; the README's table starts each row with them. */
export const EXIT_MEANINGS: readonly { code: number | string; meaning: string }[] = [
  { code: EXIT.ok, meaning: 'done' },
  { code: EXIT.notFound, meaning: 'nothing found' },
  { code: EXIT.usage, meaning: 'usage or configuration error' },
  { code: EXIT.conflict, meaning: 'conflict' },
  { code: EXIT.remote, meaning: 'GitHub or the network failed' },
  { code: EXIT.localFile, meaning: 'local file-system failure' },
  { code: EXIT.runFailed, meaning: '`continue`: the workflow run failed or was cancelled' },
  { code: EXIT.bug, meaning: 'a bug in claude-session' },
  { code: '130/143', meaning: 'interrupted' }
]

/** What a bundled action does with a failure: fail the step, or let the job go on. */
export type Severity = 'fail' | 'warn' | 'notice'

export interface ErrorRow {
  /** The CLI's exit code. */
  exit: number
  /**
   * The save action. Like actions/cache's save it never breaks the job, except where going on
   * quietly would lose work or leak secrets, or the workflow itself is wrong.
   */
  save: Severity
  /** The restore action: nothing stored is a notice (unless `fail-on-missing`). */
  restore: Severity
  /** The publish step after Claude: a token that may not push or open the pull request warns. */
  publishEdits: Severity
  /** The step that builds `claude_args`: it cannot go on without them. */
  prepareClaude: Severity
  /**
   * The cleanup action: a tidy-up never breaks the job it runs in, except where its own inputs or
   * token are wrong (those only the user can fix) or our code failed.
   */
  cleanup: Severity
}

// prettier-ignore
export const ERROR_TABLE: Readonly<Record<ErrorKind, ErrorRow>> = {
  usage:         { exit: EXIT.usage,     save: 'fail', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' },
  credentials:   { exit: EXIT.usage,     save: 'warn', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' },
  'not-found':   { exit: EXIT.notFound,  save: 'warn', restore: 'notice', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'notice' },
  conflict:      { exit: EXIT.conflict,  save: 'fail', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' },
  permission:    { exit: EXIT.usage,     save: 'warn', restore: 'fail',   publishEdits: 'warn', prepareClaude: 'fail', cleanup: 'warn' },
  remote:        { exit: EXIT.remote,    save: 'warn', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
  integrity:     { exit: EXIT.remote,    save: 'warn', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
  'local-file':  { exit: EXIT.localFile, save: 'warn', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
  'run-failed':  { exit: EXIT.runFailed, save: 'warn', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
  bug:           { exit: EXIT.bug,       save: 'warn', restore: 'fail',   publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' }
}

/** The row of any error, typed or not (src/errors.ts: `errorKind`). */
export function errorRow(error: unknown): ErrorRow {
  return ERROR_TABLE[errorKind(error)]
}
