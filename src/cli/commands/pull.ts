import * as core from '@actions/core'
import { JobVariables } from '../../actions/constants.js'
import { UsageError } from '../../errors.js'
import { restoreSession } from '../../restore/restore.js'
import {
  configDirFor,
  cwdFor,
  runContextFor,
  type CommandRuntime,
  type GlobalOptions
} from '../context.js'
import { progressFor, style } from '../io.js'

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

/** This command's --no-memory flag (commander sets `memory: false`). */
export const PULL_NO_MEMORY = [
  '--no-memory',
  "do not install the project's auto memory the session carries"
] as const

const OUTCOME = {
  installed: 'Installed',
  'fast-forward': 'Fast-forwarded',
  unchanged: 'Already up to date:',
  overwritten: 'Replaced your copy of',
  'as-new': 'Installed as a new session:'
} as const

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
    `${style(io, 'green', '✓')} ${OUTCOME[result.outcome]} session ${result.sessionId} (${result.records} records) from draft release claude-sessions-${options.branch}\n`
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
