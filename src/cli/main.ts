import { Command, CommanderError, Option } from 'commander'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { asLocalFileError, userMessage } from '../errors.js'
import { TOOL_VERSION } from '../version.js'
import { registerContinue } from './commands/continueCommands.js'
import { runDelete } from './commands/delete.js'
import { runDiscover } from './commands/discover.js'
import { runList } from './commands/list.js'
import { runPrune, type PruneCommandOptions } from './commands/prune.js'
import { PULL_NO_MEMORY, runPull, type PullOptions } from './commands/pull.js'
import { PUSH_NO_MEMORY, runPush, type PushOptions } from './commands/push.js'
import { currentBranch } from './config.js'
import type { CommandRuntime } from './context.js'
import { EXIT, EXIT_CODES_HELP, exitCodeOf } from './exitCodes.js'
import { processIo, style, tolerateClosedStdout, type Io } from './io.js'
import { scratchDir } from './scratch.js'

const ENVIRONMENT = `
Environment:
  GH_TOKEN, GITHUB_TOKEN   GitHub token (else \`gh auth token\` when gh is installed)
  GITHUB_REPOSITORY        OWNER/NAME when --repo is not given (else the origin remote)
  GITHUB_API_URL           API root, e.g. https://HOST/api/v3 for GitHub Enterprise Server
  CLAUDE_CONFIG_DIR        Claude Code's folder (default ~/.claude)
  CLAUDE_SESSION_KEY       encryption key when --encryption-key-file is not given
  NO_COLOR                 no colours
  TMPDIR                   where each run keeps its private scratch folder (RUNNER_TEMP in Actions)

${EXIT_CODES_HELP}`

interface GlobalFlags {
  repo?: string
  quiet?: boolean
  verbose?: boolean
}
/** What commander parses for each command: its options without the branch and the globals. */
type Flags<T> = Omit<T, 'branch' | 'repo' | 'verbose'>

/**
 * Parses argv and runs one command; returns the exit code instead of exiting, for tests (which
 * may also inject the working directory and the output streams).
 */
export async function main(
  argv: string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
  options: { cwd?: string; io?: Io } = {}
): Promise<number> {
  const program = new Command('claude-session')
  if (!options.io) tolerateClosedStdout()
  const cwd = options.cwd ?? process.cwd()
  const scratchBase = env.RUNNER_TEMP || env.TMPDIR || tmpdir()
  const scratch = scratchDir(scratchBase)
  const globals = () => program.opts<GlobalFlags>()
  const runtime = (): CommandRuntime => ({
    env,
    cwd,
    io: options.io ?? processIo(Boolean(globals().quiet), env),
    tempDir: () => scratch.path()
  })
  // The branch named, else the one checked out in --cwd (or here).
  const branchOf = async (given: string | undefined, dir: string | undefined): Promise<string> =>
    given ?? (await currentBranch(dir ? resolve(cwd, dir) : cwd))

  program
    .description(
      'Carry Claude Code conversations between your laptop and GitHub Actions (draft release claude-sessions-<branch>).'
    )
    .version(TOOL_VERSION, '-V, --version')
    .option(
      '--repo <owner/name>',
      'the GitHub repository (default: GITHUB_REPOSITORY, else the origin remote)'
    )
    .option('-q, --quiet', 'print only the result')
    .option('--verbose', 'print what happens, request by request')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Typical trip:
  claude-session push            # upload this branch's newest session from this directory
  (run the "Continue a Claude Code session" workflow)
  claude-session pull            # bring back what CI added, then: claude --resume <id>
${ENVIRONMENT}`
    )
    .exitOverride()
    // Aliases (sync, restore) keep old scripts working; the help names one command each.
    .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`.trim() })

  program
    .command('discover')
    .description("print the id of the branch's newest Claude Code session in this directory")
    .argument('[branch]', 'git branch (default: the current branch)')
    .option('--cwd <dir>', 'look in the Claude project folder of this directory instead')
    .addHelpText(
      'after',
      `
Claude Code keeps each directory's sessions in <CLAUDE_CONFIG_DIR or ~/.claude>/projects/<folder>/,
where <folder> is the directory's physical path with every non-alphanumeric character turned into "-".
The newest session whose records carry the branch wins. Exit code 1 when there is none.

Example:
  claude-session discover feature/login
${ENVIRONMENT}`
    )
    .action(async (branch: string | undefined, flags: { cwd?: string }) => {
      await runDiscover({ branch: await branchOf(branch, flags.cwd), cwd: flags.cwd }, runtime())
    })

  program
    .command('push')
    .alias('sync')
    .description("save the branch's newest session (or --session) to its draft release")
    .argument('[branch]', 'git branch (default: the current branch)')
    .option('--session <id>', 'save this session instead of the newest')
    .option('--cwd <dir>', 'the directory Claude ran in (default: here)')
    .option('--force', 'replace the stored copy even if it has records yours lacks (CI went on)')
    .addOption(
      new Option('--secrets <policy>', 'when the secret scan finds secrets')
        .choices(['warn', 'fail', 'redact'])
        .default('warn')
    )
    .option(
      '--encryption-key-file <path>',
      'encrypt with the age passphrase or identity in this file'
    )
    .option(
      '--recipient <age1...>',
      'encrypt to this age public key (repeatable)',
      (v: string, all: string[] = []) => [...all, v]
    )
    .option(
      '--no-encryption',
      'store unencrypted, even over an encrypted copy (never done without this flag)'
    )
    .option(...PUSH_NO_MEMORY)
    .addHelpText(
      'after',
      `
Uploads claude-session-<id>.tar.gz and claude-session-metadata-<id>.json to the draft release
claude-sessions-<branch> (created if missing; drafts are visible only to people with push access).
If the stored copy has records yours does not (CI continued the session), push refuses with exit
code 3: pull first, or --force.

Examples:
  claude-session push
  claude-session push main --session 4d5611e5-241a-462a-8d15-5122611a9569
  claude-session push --secrets redact --encryption-key-file ~/.config/claude-session.key
${ENVIRONMENT}`
    )
    .action(async (branch: string | undefined, flags: Flags<PushOptions>) => {
      const branchName = await branchOf(branch, flags.cwd)
      await runPush({ ...globals(), ...flags, branch: branchName }, runtime())
    })

  program
    .command('pull')
    .alias('restore')
    .description(
      "install the branch's newest stored session (or --session) where claude --resume finds it"
    )
    .argument('[branch]', 'git branch (default: the current branch)')
    .option('--session <id>', 'restore this session instead of the newest')
    .option('--cwd <dir>', 'the directory you will run claude in (default: here)')
    .option('--force', 'replace a local copy that went on separately (kept as a .bak file)')
    .option('--as-new', 'install under a new session id when the local copy went on separately')
    .option(
      '--encryption-key-file <path>',
      'the age passphrase or identity that decrypts the session'
    )
    .option(...PULL_NO_MEMORY)
    .addHelpText(
      'after',
      `
Installs the session into the Claude project folder of the directory, then prints the
\`claude --resume <id>\` command. A local copy that the stored one extends is fast-forwarded; one that
went on separately is never overwritten silently: pull exits with code 3 unless --force or --as-new.
Inside GitHub Actions it also exports SESSION_ID and SESSION_RESTORED to the job.

Examples:
  claude-session pull
  claude-session pull feature/login --as-new
${ENVIRONMENT}`
    )
    .action(async (branch: string | undefined, flags: Flags<PullOptions>) => {
      const branchName = await branchOf(branch, flags.cwd)
      await runPull({ ...globals(), ...flags, branch: branchName }, runtime())
    })

  program
    .command('list')
    .description('list stored sessions: branch, id, last record, records, size, saved by')
    .argument('[branch]', 'only this branch (default: every branch)')
    .option('--json', 'print JSON for scripts')
    .addHelpText(
      'after',
      `\nExamples:\n  claude-session list\n  claude-session list main --json\n${ENVIRONMENT}`
    )
    .action((branch: string | undefined, flags: { json?: boolean }) =>
      runList({ ...globals(), branch, json: flags.json }, runtime())
    )

  program
    .command('delete')
    .description("delete one stored session, or a branch's whole draft release")
    .argument('<branch>', 'git branch')
    .option('--session <id>', 'delete only this session')
    .option('-y, --yes', 'do not ask (required when not on a terminal)')
    .addHelpText(
      'after',
      `\nExamples:\n  claude-session delete old-feature --yes\n  claude-session delete main --session 4d5611e5-241a-462a-8d15-5122611a9569\n${ENVIRONMENT}`
    )
    .action((branch: string, flags: { session?: string; yes?: boolean }) =>
      runDelete({ ...globals(), branch, ...flags }, runtime())
    )

  program
    .command('prune')
    .description('delete stored sessions that are old or whose branch is gone')
    .option('--older-than <days>', 'sessions saved more than this many days ago')
    .option('--gone', 'sessions whose branch no longer exists in the repository')
    .option('--dry-run', 'only show what would be deleted')
    .option('-y, --yes', 'do not ask (required when not on a terminal)')
    .addHelpText(
      'after',
      `\nExamples:\n  claude-session prune --gone --dry-run\n  claude-session prune --older-than 30 --yes\n${ENVIRONMENT}`
    )
    .action((flags: Flags<PruneCommandOptions>) => runPrune({ ...globals(), ...flags }, runtime()))

  registerContinue(program, { globals, runtime })

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
