import { Command } from 'commander'
import { SessionNotFoundError } from '../../errors.js'
import { checkBranch } from '../../runContext.js'
import { discoverSession, projectDirFor } from '../../session/index.js'
import { configDirFor, cwdFor, type CommandRuntime } from '../context.js'
import type { Factory, RunF } from '../factory.js'
import { helpAfter } from '../help.js'

export interface DiscoverOptions {
  branch: string
  cwd?: string
}

/** `claude-session discover [branch]`. */
export function newDiscoverCommand(f: Factory, runF?: RunF<DiscoverOptions>): Command {
  return new Command('discover')
    .description("print the id of the branch's newest Claude Code session in this directory")
    .argument('[branch]', 'git branch (default: the current branch)')
    .option('--cwd <dir>', 'look in the Claude project folder of this directory instead')
    .addHelpText(
      'after',
      helpAfter({
        about: `Claude Code keeps each directory's sessions in <CLAUDE_CONFIG_DIR or ~/.claude>/projects/<folder>/,
where <folder> is the directory's physical path with every non-alphanumeric character turned into "-".
The newest session whose records carry the branch wins. Exit code 1 when there is none.`,
        examples: [
          'claude-session discover',
          'claude-session discover feature/login --cwd ../other-clone'
        ],
        environment: ['CLAUDE_CONFIG_DIR']
      })
    )
    .action(async (branch: string | undefined, flags: { cwd?: string }) => {
      const options = { branch: await f.branch(branch, flags.cwd), cwd: flags.cwd }
      await (runF ?? ((o: DiscoverOptions) => runDiscover(o, f.runtime())))(options)
    })
}

/** Prints the id of the newest session of the branch in the directory's Claude project folder. */
async function runDiscover(options: DiscoverOptions, runtime: CommandRuntime): Promise<string> {
  // A name git refuses is a usage error here as in every other command (exit 2, not 1).
  checkBranch(options.branch, 'the branch')
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
