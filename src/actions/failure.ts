import * as core from '@actions/core'
import { ClaudeSessionError, asLocalFileError } from '../errors.js'

/**
 * An error our code did not type is a bug: its stack goes to the step's debug log (shown with
 * ACTIONS_STEP_DEBUG), the user-facing line comes from `userMessage`.
 */
export function debugStack(error: unknown): void {
  if (error instanceof ClaudeSessionError || asLocalFileError(error)) return
  const stack = (error as { stack?: unknown } | undefined)?.stack
  if (typeof stack === 'string') core.debug(stack)
}
