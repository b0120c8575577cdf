import { appendFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { UsageError } from '../../errors.js'
import { restoreSession } from '../../sync/index.js'
import {
  configDirFor,
  cwdFor,
  encryptionKeyFor,
  syncContextFor,
  type CommandEnv,
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
}

const OUTCOME = {
  installed: 'Installed',
  'fast-forward': 'Fast-forwarded',
  unchanged: 'Already up to date:',
  overwritten: 'Replaced your copy of',
  'as-new': 'Installed as a new session:'
} as const

/** Downloads the branch's newest session (or --session) where `claude --resume` will find it. */
export async function runPull(options: PullOptions, ce: CommandEnv): Promise<void> {
  if (options.force && options.asNew) throw new UsageError('Choose one of --force and --as-new.')
  const ctx = await syncContextFor(options, ce)
  const cwd = cwdFor(ce, options.cwd)
  const progress = await progressFor(ce.io, 'Downloading')
  try {
    const result = await restoreSession(ctx, {
      branch: options.branch,
      cwd,
      configDir: configDirFor(ce),
      env: ce.env,
      sessionId: options.session,
      onLocalConflict: options.force ? 'force' : options.asNew ? 'as-new' : 'refuse',
      encryption: await encryptionKeyFor(ce, options),
      onProgress: progress.onProgress,
      pullCommand: `claude-session pull ${options.branch}`
    })
    progress.done()
    ce.io.out(
      `${style(ce.io, 'green', '✓')} ${OUTCOME[result.outcome]} session ${result.sessionId} (${result.records} records) from draft release claude-sessions-${options.branch}\n`
    )
    if (result.backupPath) ce.io.out(`  Your previous copy is kept at ${result.backupPath}\n`)
    if (result.backupFolderPath)
      ce.io.out(`  and its session folder at ${result.backupFolderPath}\n`)
    if (!ce.io.quiet) ce.io.out(`  ${result.transcriptPath}\n`)
    const resume = `claude --resume ${result.sessionId}`
    ce.io.out(cwd === ce.cwd ? `${resume}\n` : `cd ${JSON.stringify(cwd)} && ${resume}\n`)
    // Inside GitHub Actions, later steps see the session as the restore action exports it.
    if (ce.env.GITHUB_ENV)
      await exportToJob(ce.env.GITHUB_ENV, {
        SESSION_ID: result.sessionId,
        SESSION_RESTORED: 'true'
      })
  } finally {
    progress.done()
  }
}

/** The runner's file-command format, with a delimiter that cannot occur in the value. */
async function exportToJob(file: string, values: Record<string, string>): Promise<void> {
  let text = ''
  for (const [name, value] of Object.entries(values)) {
    const delimiter = `ghadelimiter_${randomBytes(8).toString('hex')}`
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`
  }
  await appendFile(file, text)
}
