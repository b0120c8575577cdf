import { Command, CommanderError } from 'commander'
import { tmpdir } from 'node:os'
import { asLocalFileError, userMessage } from '../errors.js'
import { TOOL_VERSION } from '../version.js'
import { newContinueCommand } from './commands/continueCommands.js'
import { newDeleteCommand } from './commands/delete.js'
import { newDiscoverCommand } from './commands/discover.js'
import { newInitCommand } from './commands/init.js'
import { newListCommand } from './commands/list.js'
import { newPruneCommand } from './commands/prune.js'
import { newPullCommand } from './commands/pull.js'
import { newPushCommand } from './commands/push.js'
import type { CommandRuntime, GlobalOptions } from './context.js'
import { EXIT, exitCodeOf } from './exitCodes.js'
import { factoryFor, type Factory } from './factory.js'
import { GITHUB_ENVIRONMENT, helpAfter } from './help.js'
import { processIo, style, tolerateClosedStdout, type Io } from './io.js'
import { scratchDir } from './scratch.js'

/** Every command, in the order `--help` lists them: the Quick start's first. */
const COMMANDS = [
  newInitCommand,
  newContinueCommand,
  newPushCommand,
  newPullCommand,
  newListCommand,
  newDiscoverCommand,
  newDeleteCommand,
  newPruneCommand
] as const

/**
 * The root command: the inherited options (-R/--repo as gh has it, -q, --verbose) and every
 * command, each built by its own file. Exported for tests that read the help.
 */
export function rootCommand(f: Factory): Command {
  const program = new Command('claude-session')
    .description(
      'Carry Claude Code conversations between your laptop and GitHub Actions (draft release claude-sessions-<branch>).'
    )
    .version(TOOL_VERSION, '-V, --version')
    .option(
      '-R, --repo <owner/name>',
      'the GitHub repository (default: GITHUB_REPOSITORY, else the origin remote)'
    )
    .option('-q, --quiet', 'print only the result')
    .option('--verbose', 'print what happens, request by request')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      helpAfter({
        about: `Quick start, in your clone:
  claude-session init                       # once: write the workflow, then commit and push it
  claude-session continue "Fix the test"    # push, run it in GitHub Actions, follow, pull back
  git pull && claude --resume <id>          # the code and the conversation, here again
By hand: claude-session push, run the workflow, claude-session pull.`,
        examples: [
          'claude-session continue --no-wait "Write the release notes"',
          'claude-session list -R octo/app',
          'claude-session pull feature/login'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR']
      })
    )
    .exitOverride()
    // Aliases (sync, restore) keep old scripts working; the help names one command each. Each
    // command's help lists the inherited options too, as gh's "INHERITED FLAGS" does.
    .configureHelp({
      subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`.trim(),
      showGlobalOptions: true
    })
  for (const newCommand of COMMANDS) {
    const command = newCommand(f)
    // addCommand, unlike command(), does not pass the root's help and exit settings on.
    command.copyInheritedSettings(program)
    program.addCommand(command)
  }
  return program
}

/**
 * Parses argv and runs one command; returns the exit code instead of exiting, for tests (which
 * may also inject the working directory and the output streams).
 */
export async function main(
  argv: string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
  options: { cwd?: string; io?: Io } = {}
): Promise<number> {
  if (!options.io) tolerateClosedStdout()
  const cwd = options.cwd ?? process.cwd()
  const scratchBase = env.RUNNER_TEMP || env.TMPDIR || tmpdir()
  const scratch = scratchDir(scratchBase)
  // Read once the command line is parsed (the closures run inside the commands' actions).
  const globals = (): GlobalOptions & { quiet?: boolean } =>
    program.opts<GlobalOptions & { quiet?: boolean }>()
  const runtime = (): CommandRuntime => ({
    env,
    cwd,
    io: options.io ?? processIo(Boolean(globals().quiet), env),
    tempDir: () => scratch.path()
  })
  const program = rootCommand(factoryFor(runtime, globals))

  // An error a library emits outside any promise (a stream's 'error' event with no listener, e.g.
  // on a full disk) would otherwise end Node with a stack trace and leave the scratch folder.
  let crashed: (error: unknown) => void = () => undefined
  const crash = new Promise<never>((_, reject) => (crashed = reject))
  process.on('uncaughtException', crashed)
  process.on('unhandledRejection', crashed)
  try {
    await Promise.race([program.parseAsync(argv), crash])
    return EXIT.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    const io = options.io ?? processIo(false, env)
    return reportError(error, io, Boolean(globals().verbose), scratchBase)
  } finally {
    process.off('uncaughtException', crashed)
    process.off('unhandledRejection', crashed)
    scratch.remove()
  }
}

/** One line for the user; for a bug, the stack under --verbose. */
function reportError(error: unknown, io: Io, verbose: boolean, scratchBase: string): number {
  const code = exitCodeOf(error)
  io.err(`${style(io, 'red', 'error:')} ${userMessage(error)}\n`)
  const local = asLocalFileError(error)
  // A write that failed mid-stream names no path; the files in flight were under TMPDIR.
  if (local && local.path === undefined)
    io.err(`Files in flight are written under ${scratchBase} (TMPDIR).\n`)
  if (code === EXIT.bug) {
    const stack = (error as { stack?: unknown } | undefined)?.stack
    io.err(
      verbose && typeof stack === 'string'
        ? `${stack}\n`
        : 'Run it again with --verbose to see where it happened, and include that in the report.\n'
    )
  }
  return code
}
