import { getExecOutput } from '@actions/exec'
import { PushError } from '../errors.js'

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs git in `cwd` through @actions/exec: arguments are passed as an array, never through a
 * shell, so a branch name or a prompt line in a commit message is never interpreted.
 */
export async function git(cwd: string, args: string[]): Promise<GitResult> {
  const { exitCode, stdout, stderr } = await getExecOutput('git', args, {
    cwd,
    ignoreReturnCode: true,
    silent: true,
    // A prompt for credentials would hang the job; fail instead and report why.
    env: { ...(process.env as Record<string, string>), GIT_TERMINAL_PROMPT: '0' }
  })
  return { code: exitCode, stdout, stderr }
}

/** Like `git`, but a non-zero exit throws with git's own message (`what` says what we were doing). */
export async function gitOk(cwd: string, args: string[], what: string): Promise<string> {
  const result = await git(cwd, args)
  if (result.code !== 0)
    throw new PushError(
      `${what} failed (git ${args[0]}): ${result.stderr.trim() || result.stdout.trim()}`
    )
  return result.stdout
}
