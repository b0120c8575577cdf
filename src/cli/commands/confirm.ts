import { createInterface } from 'node:readline/promises'
import { UsageError } from '../../errors.js'
import type { CommandRuntime } from '../context.js'

/** Asks on a terminal; without one, only `--yes` may go ahead (a script must not hang on a prompt). */
export async function confirm(
  runtime: CommandRuntime,
  question: string,
  yes: boolean | undefined
): Promise<boolean> {
  if (yes) return true
  if (!runtime.io.interactive || !process.stdin.isTTY) {
    throw new UsageError(
      `${question.replace(/\?$/, '')}: refusing without confirmation. Pass --yes to confirm.`
    )
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    const answer = await rl.question(`${question} [y/N] `)
    return /^y(es)?$/i.test(answer.trim())
  } finally {
    rl.close()
  }
}
