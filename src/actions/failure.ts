import * as core from '@actions/core'
import { errorRow, type ErrorRow, type Severity } from '../errorTable.js'
import { ClaudeSessionError, asLocalFileError, userMessage } from '../errors.js'

/**
 * An error our code did not type is a bug: its stack goes to the step's debug log (shown with
 * ACTIONS_STEP_DEBUG), the user-facing line comes from `userMessage`.
 */
export function debugStack(error: unknown): void {
  if (error instanceof ClaudeSessionError || asLocalFileError(error)) return
  const stack = (error as { stack?: unknown } | undefined)?.stack
  if (typeof stack === 'string') core.debug(stack)
}

/**
 * Fails the step, warns or notes, as the one error table's column for this action says; `more`
 * is appended to the message. Returns what it did.
 */
export function reportFailure(
  action: Exclude<keyof ErrorRow, 'exit'>,
  error: unknown,
  more = ''
): Severity {
  const severity = errorRow(error)[action]
  const message = `${userMessage(error)}${more}`
  if (severity === 'fail') {
    debugStack(error)
    core.setFailed(message)
  } else if (severity === 'warn') core.warning(message)
  else core.notice(message)
  return severity
}
