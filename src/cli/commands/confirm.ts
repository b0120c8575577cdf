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
  const ask = runtime.io.ask ?? (process.stdin.isTTY ? askOnTerminal : undefined)
  if (!runtime.io.interactive || !ask) {
    throw new UsageError(
      `${question.replace(/\?$/, '')}: refusing without confirmation. Pass --yes to confirm.`
    )
  }
  return /^y(es)?$/i.test((await ask(`${question} [y/N] `)).trim())
}

async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await rl.question(question)
  } finally {
    rl.close()
  }
}
