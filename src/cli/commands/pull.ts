import * as core from '@actions/core'
import { Command } from 'commander'
import { JobVariables } from '../../shared/jobVariables.js'
import { UsageError } from '../../errors.js'
import { restoreSession } from '../../restore/restore.js'
import {
  configDirFor,
  cwdFor,
  runContextFor,
  type CommandRuntime,
  type GlobalOptions
} from '../context.js'
import type { Factory, RunF } from '../factory.js'
import { GITHUB_ENVIRONMENT, helpAfter } from '../help.js'
import { plural, progressFor, style } from '../io.js'

export interface PullOptions extends GlobalOptions {
  branch: string
  session?: string
  cwd?: string
  force?: boolean
  asNew?: boolean
  encryptionKeyFile?: string
  /** false with --no-memory: leave the project's auto memory the session carries alone. */
  memory?: boolean
}

const OUTCOME = {
  installed: 'Installed',
  'fast-forward': 'Fast-forwarded',
  unchanged: 'Already up to date:',
  overwritten: 'Replaced your copy of',
  'as-new': 'Installed as a new session:'
} as const

/** `claude-session pull [branch]` (alias `restore`, the seed scripts' name). */
export function newPullCommand(f: Factory, runF?: RunF<PullOptions>): Command {
  return new Command('pull')
    .alias('restore')
    .description(
      "install the branch's newest stored session (or --session) where claude --resume finds it"
    )
    .argument('[branch]', 'git branch (default: the current branch)')
    .option('--session <id>', 'restore this session instead of the newest')
    .option('--cwd <dir>', 'the directory you will run claude in (default: here)')
    .option('--force', 'replace a local copy that went on separately (kept as a .bak file)')
    .option('--as-new', 'install under a new session id when the local copy went on separately')
    .option('--no-memory', "do not install the project's auto memory the session carries")
    .option(
      '--encryption-key-file <path>',
      'the age passphrase or identity that decrypts the session'
    )
    .addHelpText(
      'after',
      helpAfter({
        about: `Installs the session into the Claude project folder of the directory, then prints the
\`claude --resume <id>\` command. A local copy that the stored one extends is fast-forwarded; one that
went on separately is never overwritten silently: pull exits with code 3 unless --force or --as-new.
Inside GitHub Actions it also exports SESSION_ID and SESSION_RESTORED to the job.`,
        examples: [
          'claude-session pull',
          'claude-session pull feature/login --as-new',
          'claude-session pull -R octo/app main --cwd ~/src/app'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR']
      })
    )
    .action(async (branch: string | undefined, flags: Omit<PullOptions, 'branch'>) => {
      const options = { ...f.globals(), ...flags, branch: await f.branch(branch, flags.cwd) }
      await (runF ?? ((o: PullOptions) => runPull(o, f.runtime())))(options)
    })
}

/** Downloads the branch's newest session (or --session) where `claude --resume` will find it. */
export async function runPull(options: PullOptions, runtime: CommandRuntime): Promise<void> {
  if (options.force && options.asNew) throw new UsageError('Choose one of --force and --as-new.')
  const run = await runContextFor(options, runtime, options)
  const { io } = runtime
  const cwd = cwdFor(runtime, options.cwd)
  const progress = await progressFor(io, 'Downloading')
  // The bar stops before the result is printed, whether the restore worked or not.
  const result = await restoreSession(run.ctx, {
    branch: options.branch,
    cwd,
    configDir: configDirFor(runtime),
    env: runtime.env,
    sessionId: run.sessionId,
    onLocalConflict: options.force ? 'force' : options.asNew ? 'as-new' : 'refuse',
    encryption: run.encryption,
    onProgress: progress.onProgress,
    pullCommand: `claude-session pull ${options.branch}`,
    memory: options.memory !== false
  }).finally(() => progress.done())
  io.out(
    `${style(io, 'green', '✓')} ${OUTCOME[result.outcome]} session ${result.sessionId} (${plural(result.records, 'record')}) from draft release claude-sessions-${options.branch}\n`
  )
  if (result.backupPath) io.out(`  Your previous copy is kept at ${result.backupPath}\n`)
  if (result.backupFolderPath) io.out(`  and its session folder at ${result.backupFolderPath}\n`)
  if (!io.quiet) io.out(`  ${result.transcriptPath}\n`)
  const memory = result.memory
  if (memory && memory.written.length > 0)
    io.out(`  Memory: ${memory.written.join(', ')} updated in ${memory.dir}\n`)
  // Changed on both sides: theirs is beside yours, never over it.
  for (const kept of memory?.kept ?? [])
    io.out(
      `  Memory: ${kept.file} changed here and remotely; yours is kept, theirs is at ${kept.storedCopyAt}\n`
    )
  const resume = `claude --resume ${result.sessionId}`
  io.out(cwd === runtime.cwd ? `${resume}\n` : `cd ${JSON.stringify(cwd)} && ${resume}\n`)
  // Inside GitHub Actions, later steps see the session as the restore action exports it. core
  // writes to the GITHUB_ENV of this process, which is the runner's when the CLI runs in a step.
  if (runtime.env.GITHUB_ENV && runtime.env.GITHUB_ENV === process.env.GITHUB_ENV) {
    core.exportVariable(JobVariables.SessionId, result.sessionId)
    core.exportVariable(JobVariables.SessionRestored, 'true')
  }
}
