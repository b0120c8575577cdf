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
import { progressFor, style } from '../io.js'

export interface PushOptions extends GlobalOptions {
  branch: string
  session?: string
  cwd?: string
  force?: boolean
  secrets?: string
  encryptionKeyFile?: string
  recipient?: string[]
  /** false with --no-encryption: store unencrypted, even over an encrypted copy. */
  encryption?: boolean
  /** false with --no-memory: leave the project's auto memory out. */
  memory?: boolean
}

/** This command's --no-memory flag (commander sets `memory: false`). */
export const PUSH_NO_MEMORY = [
  '--no-memory',
  "leave out the project's auto memory (Claude Code's memory folder of the git root)"
] as const

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
    secrets: run.secrets,
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
      `${check} Uploaded ${result.archiveName} (${result.records} records, ${formatBytes(result.archiveSize)}) to draft release ${result.tag} in ${run.ctx.repository}\n`
    )
  }
  if (!io.quiet) io.out(`  ${result.releaseUrl}\n`)
}
