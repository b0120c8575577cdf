import { saveSession, type SecretsPolicy } from '../../sync/index.js'
import { UsageError } from '../../errors.js'
import { formatBytes } from '../../format.js'
import {
  configDirFor,
  cwdFor,
  encryptionKeyFor,
  syncContextFor,
  type CommandEnv,
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
}

/** Saves the newest session of the branch (or --session) to the branch's draft release. */
export async function runPush(options: PushOptions, ce: CommandEnv): Promise<void> {
  const secrets = (options.secrets ?? 'warn') as SecretsPolicy
  if (!['warn', 'fail', 'redact'].includes(secrets))
    throw new UsageError(`--secrets must be warn, fail or redact, got "${options.secrets}".`)
  const plain = options.encryption === false
  if (plain && (options.encryptionKeyFile || options.recipient?.length))
    throw new UsageError(
      '--no-encryption cannot be combined with --encryption-key-file or --recipient.'
    )
  const ctx = await syncContextFor(options, ce)
  const progress = await progressFor(ce.io, 'Uploading')
  try {
    const result = await saveSession(ctx, {
      branch: options.branch,
      cwd: cwdFor(ce, options.cwd),
      configDir: configDirFor(ce),
      env: ce.env,
      sessionId: options.session,
      force: options.force,
      savedBy: ce.env.GITHUB_ACTIONS === 'true' ? 'ci' : 'laptop',
      encryption: plain ? undefined : await encryptionKeyFor(ce, options),
      allowUnencrypted: plain,
      secrets,
      extraSecrets: [ctx.token],
      onProgress: progress.onProgress
    })
    progress.done()
    const check = style(ce.io, 'green', '✓')
    if (result.outcome === 'unchanged') {
      ce.io.out(
        `${check} Session ${result.sessionId} is already up to date on draft release ${result.tag}\n`
      )
    } else {
      ce.io.out(
        `${check} Uploaded ${result.archiveName} (${result.records} records, ${formatBytes(result.archiveSize)}) to draft release ${result.tag} in ${ctx.repository}\n`
      )
    }
    if (!ce.io.quiet) ce.io.out(`  ${result.releaseUrl}\n`)
  } finally {
    progress.done()
  }
}
