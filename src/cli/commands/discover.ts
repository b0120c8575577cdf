import { SessionNotFoundError } from '../../errors.js'
import { discoverSession, projectDirFor } from '../../session/index.js'
import { configDirFor, cwdFor, type CommandRuntime } from '../context.js'

export interface DiscoverOptions {
  branch: string
  cwd?: string
}

/** Prints the id of the newest session of the branch in the directory's Claude project folder. */
export async function runDiscover(
  options: DiscoverOptions,
  runtime: CommandRuntime
): Promise<string> {
  const cwd = cwdFor(runtime, options.cwd)
  const projectDir = await projectDirFor(configDirFor(runtime), cwd, runtime.env)
  const session = await discoverSession({ projectDir, branch: options.branch })
  if (!session) {
    throw new SessionNotFoundError(
      `No Claude Code session on branch ${options.branch} in ${projectDir}. Run \`claude\` in ${cwd} first, or name another directory with --cwd.`
    )
  }
  runtime.io.out(`${session.sessionId}\n`)
  return session.sessionId
}
