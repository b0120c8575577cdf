import { Command, CommanderError, Option } from 'commander'
import { TOOL_VERSION } from '../version.js'
import { registerContinue } from './commands/continueCommands.js'
import { runDelete } from './commands/delete.js'
import { runDiscover } from './commands/discover.js'
import { runList } from './commands/list.js'
import { runPrune } from './commands/prune.js'
import { runPull } from './commands/pull.js'
import { runPush } from './commands/push.js'
import { currentBranch } from './config.js'
import type { CommandEnv } from './context.js'
import { EXIT, exitCodeOf } from './exitCodes.js'
import { processIo, style } from './io.js'

const ENVIRONMENT = `
Environment:
  GH_TOKEN, GITHUB_TOKEN   GitHub token (else \`gh auth token\` when gh is installed)
  GITHUB_REPOSITORY        OWNER/NAME when --repo is not given (else the origin remote)
  GITHUB_API_URL           API root, e.g. https://HOST/api/v3 for GitHub Enterprise Server
  CLAUDE_CONFIG_DIR        Claude Code's folder (default ~/.claude)
  CLAUDE_SESSION_KEY       encryption key when --encryption-key-file is not given
  NO_COLOR                 no colours

Exit codes: 0 done, 1 nothing found, 2 usage or configuration error, 3 conflict, 4 GitHub or network failure.`

/** Parses argv and runs one command; returns the exit code instead of exiting, for tests. */
export async function main(
  argv: string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const program = new Command('claude-session')
  const ce = (quiet: boolean): CommandEnv => ({
    env,
    cwd: process.cwd(),
    io: processIo(quiet, env)
  })
  const branchOf = async (given: string | undefined, cwd: string): Promise<string> =>
    given ?? (await currentBranch(cwd))
  let action: Promise<void> = Promise.resolve()

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

  const globals = () => program.opts<{ repo?: string; quiet?: boolean; verbose?: boolean }>()

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
    .action((branch: string | undefined, o: { cwd?: string }) => {
      action = (async () => {
        const c = ce(Boolean(globals().quiet))
        await runDiscover({ branch: await branchOf(branch, o.cwd ?? c.cwd), cwd: o.cwd }, c)
      })()
    })

  const pushCommand = program
    .command('sync')
    .alias('push')
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
    .action((branch: string | undefined, o: Record<string, unknown>) => {
      action = (async () => {
        const c = ce(Boolean(globals().quiet))
        const dir = (o.cwd as string | undefined) ?? c.cwd
        await runPush(
          { ...globals(), ...o, branch: await branchOf(branch, dir) } as Parameters<
            typeof runPush
          >[0],
          c
        )
      })()
    })
  void pushCommand

  program
    .command('restore')
    .alias('pull')
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
    .action((branch: string | undefined, o: Record<string, unknown>) => {
      action = (async () => {
        const c = ce(Boolean(globals().quiet))
        const dir = (o.cwd as string | undefined) ?? c.cwd
        await runPull(
          { ...globals(), ...o, branch: await branchOf(branch, dir) } as Parameters<
            typeof runPull
          >[0],
          c
        )
      })()
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
    .action((branch: string | undefined, o: { json?: boolean }) => {
      action = runList({ ...globals(), branch, json: o.json }, ce(Boolean(globals().quiet)))
    })

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
    .action((branch: string, o: { session?: string; yes?: boolean }) => {
      action = runDelete({ ...globals(), branch, ...o }, ce(Boolean(globals().quiet)))
    })

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
    .action((o: { olderThan?: string; gone?: boolean; dryRun?: boolean; yes?: boolean }) => {
      action = runPrune({ ...globals(), ...o }, ce(Boolean(globals().quiet)))
    })

  registerContinue(program, { globals, commandEnv: ce, setAction: (p) => (action = p) })

  const io = processIo(false, env)
  try {
    await program.parseAsync(argv)
    await action
    return EXIT.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    const message = error instanceof Error ? error.message : String(error)
    io.err(`${style(io, 'red', 'error:')} ${message}\n`)
    return exitCodeOf(error)
  }
}
