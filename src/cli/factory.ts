import { resolve } from 'node:path'
import { currentBranch } from './config.js'
import type { CommandRuntime, GlobalOptions } from './context.js'

/**
 * What every command gets from the root (the GitHub CLI's cmdutil.Factory): the runtime it runs
 * in, the inherited options, and the current branch. Each command file builds its own commander
 * command from it (`newXCommand(f, runF)`), so main.ts only registers them and a test can parse
 * a command's flags into its options without running it.
 */
export interface Factory {
  runtime(): CommandRuntime
  /** The inherited options: -R/--repo, -q/--quiet, --verbose. */
  globals(): GlobalOptions & { quiet?: boolean }
  /** The branch named, else the one checked out in `dir` (relative to the cwd), else in the cwd. */
  branch(given: string | undefined, dir?: string): Promise<string>
}

/** What a command's action calls with its options: its run function, or a test's stand-in. */
export type RunF<O> = (options: O) => Promise<unknown>

/** A factory over a runtime: the root's, or a test's. */
export function factoryFor(
  runtime: () => CommandRuntime,
  globals: () => GlobalOptions & { quiet?: boolean } = () => ({})
): Factory {
  return {
    runtime,
    globals,
    branch: async (given, dir) => {
      if (given !== undefined) return given
      const cwd = runtime().cwd
      return currentBranch(dir ? resolve(cwd, dir) : cwd)
    }
  }
}

/** `--recipient a --recipient b`: commander's collector for a repeatable option. */
export function collect(value: string, all: string[] = []): string[] {
  return [...all, value]
}
