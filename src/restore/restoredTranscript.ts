import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { projectDirFor, readTranscriptTail } from '../session/index.js'

export interface RestoredTranscript {
  /** Where the restored transcript ends: what Claude appends after it is this run's. */
  bytes: number
  /** The Claude Code that last wrote it, when a record names one. */
  claudeVersion?: string
}

/**
 * The restored session as Claude is about to resume it: its size, so the run report can show
 * what this run added, and the Claude Code version that wrote it last. A missing transcript throws
 * (the restore step said it installed one).
 */
export async function inspectRestoredTranscript(options: {
  configDir: string
  cwd: string
  sessionId: string
  env?: NodeJS.ProcessEnv
}): Promise<RestoredTranscript> {
  const transcript = join(
    await projectDirFor(options.configDir, options.cwd, options.env),
    `${options.sessionId}.jsonl`
  )
  const bytes = (await stat(transcript)).size
  const claudeVersion = (await readTranscriptTail(transcript)).claudeVersion
  return { bytes, claudeVersion: claudeVersion || undefined }
}
