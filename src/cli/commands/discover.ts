import { SessionNotFoundError } from '../../errors.js'
import { discoverSession, projectDirFor } from '../../session/index.js'
import { configDirFor, cwdFor, type CommandEnv } from '../context.js'

export interface DiscoverOptions {
  branch: string
  cwd?: string
}

/** Prints the id of the newest session of the branch in the directory's Claude project folder. */
export async function runDiscover(options: DiscoverOptions, ce: CommandEnv): Promise<string> {
  const cwd = cwdFor(ce, options.cwd)
  const projectDir = await projectDirFor(configDirFor(ce), cwd, ce.env)
  const session = await discoverSession({ projectDir, branch: options.branch })
  if (!session) {
    throw new SessionNotFoundError(
      `No Claude Code session on branch ${options.branch} in ${projectDir}. Run \`claude\` in ${cwd} first, or name another directory with --cwd.`
    )
  }
  ce.io.out(`${session.sessionId}\n`)
  return session.sessionId
}
