import { Command, Option } from 'commander'
import { UsageError } from '../../errors.js'
import { formatBytes } from '../../format.js'
import { saveSession } from '../../save/save.js'
import {
  configDirFor,
  cwdFor,
  runContextFor,
  type CommandRuntime,
  type GlobalOptions
} from '../context.js'
import { collect, type Factory, type RunF } from '../factory.js'
import { GITHUB_ENVIRONMENT, helpAfter } from '../help.js'
import { plural, progressFor, style } from '../io.js'

export interface PushOptions extends GlobalOptions {
  branch: string
  session?: string
  cwd?: string
  force?: boolean
  secrets?: string
  allowUnscanned?: boolean
  encryptionKeyFile?: string
  recipient?: string[]
  /** false with --no-encryption: store unencrypted, even over an encrypted copy. */
  encryption?: boolean
  /** false with --no-memory: leave the project's auto memory out. */
  memory?: boolean
}

/** `claude-session push [branch]` (alias `sync`, the seed scripts' name). */
export function newPushCommand(f: Factory, runF?: RunF<PushOptions>): Command {
  return new Command('push')
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
      '--allow-unscanned',
      'with --secrets fail, upload files the scan cannot read (binary) as they are'
    )
    .option(
      '--encryption-key-file <path>',
      'encrypt with the age passphrase or identity in this file'
    )
    .option('--recipient <age1...>', 'encrypt to this age public key (repeatable)', collect)
    .option(
      '--no-encryption',
      'store unencrypted, even over an encrypted copy (never done without this flag)'
    )
    .option(
      '--no-memory',
      "leave out the project's auto memory (Claude Code's memory folder of the git root)"
    )
    .addHelpText(
      'after',
      helpAfter({
        about: `Uploads claude-session-<id>.tar.gz and claude-session-metadata-<id>.json to the draft release
claude-sessions-<branch> (created if missing; drafts are visible only to people with push access).
If the stored copy has records yours does not (CI continued the session), push refuses with exit
code 3: pull first, or --force.`,
        examples: [
          'claude-session push',
          'claude-session push main --session 4d5611e5-241a-462a-8d15-5122611a9569',
          'claude-session push --secrets redact --encryption-key-file ~/.config/claude-session.key',
          'claude-session push -R octo/app feature/login'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR']
      })
    )
    .action(async (branch: string | undefined, flags: Omit<PushOptions, 'branch'>) => {
      const options = { ...f.globals(), ...flags, branch: await f.branch(branch, flags.cwd) }
      await (runF ?? ((o: PushOptions) => runPush(o, f.runtime())))(options)
    })
}

/** Saves the newest session of the branch (or --session) to the branch's draft release. */
export async function runPush(options: PushOptions, runtime: CommandRuntime): Promise<void> {
  const plain = options.encryption === false
  if (plain && (options.encryptionKeyFile || options.recipient?.length))
    throw new UsageError(
      '--no-encryption cannot be combined with --encryption-key-file or --recipient.'
    )
  const run = await runContextFor(options, runtime, options)
  const { io } = runtime
  const progress = await progressFor(io, 'Uploading')
  // The bar stops before the result is printed, whether the save worked or not.
  const result = await saveSession(run.ctx, {
    branch: options.branch,
    cwd: cwdFor(runtime, options.cwd),
    configDir: configDirFor(runtime),
    env: runtime.env,
    sessionId: run.sessionId,
    force: options.force,
    savedBy: runtime.env.GITHUB_ACTIONS === 'true' ? 'ci' : 'laptop',
    // --no-encryption stores it in the clear on purpose, even with CLAUDE_SESSION_KEY set.
    encryption: plain ? undefined : run.encryption,
    allowUnencrypted: plain,
    // The key still checks the encrypted copy being replaced, so no record of it is lost unseen.
    compareKey: plain ? run.encryption : undefined,
    secrets: run.secrets,
    allowUnscanned: options.allowUnscanned,
    extraSecrets: [run.token],
    onProgress: progress.onProgress,
    memory: options.memory !== false
  }).finally(() => progress.done())
  const check = style(io, 'green', '✓')
  if (result.outcome === 'unchanged') {
    io.out(
      `${check} Session ${result.sessionId} is already up to date on draft release ${result.tag}\n`
    )
  } else {
    io.out(
      `${check} Uploaded ${result.archiveName} (${plural(result.records, 'record')}, ${formatBytes(result.archiveSize)}) to draft release ${result.tag} in ${run.ctx.repository}\n`
    )
  }
  // A draft found through its index may come without a web URL: print no empty line for it.
  if (!io.quiet && result.releaseUrl) io.out(`  ${result.releaseUrl}\n`)
}
