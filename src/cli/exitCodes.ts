import { errorRow, EXIT, EXIT_MEANINGS } from '../errorTable.js'

export { EXIT }

/**
 * What each exit code means, for `--help`: the one table's words (src/errorTable.ts), one per line so
 * that a terminal never wraps it mid-word.
 */
export const EXIT_CODES_HELP = `Exit codes:\n${EXIT_MEANINGS.map((e) => `  ${e.code} ${e.meaning}`).join('\n')}`

/** An error's exit code: its kind's row of the one error table. */
export function exitCodeOf(error: unknown): number {
  return errorRow(error).exit
}
