import * as core from '@actions/core'
import { context } from '@actions/github'
import { userMessage } from '../errors.js'
import { pullRequestHead } from '../store/pullRequests.js'
import { Inputs } from './constants.js'
import { debugStack } from './failure.js'
import { coreLogger } from './inputs.js'

/**
 * The composite's first step: the branch whose session to continue. The branch input when given;
 * else the pull request's head branch, the one claude-code-action's tag mode checks out
 * (src/github/operations/branch.ts in v1): from the payload on pull_request and
 * pull_request_review_comment events, from GitHub's pulls API on issue_comment (its payload names
 * the pull request only by number); else GITHUB_HEAD_REF or GITHUB_REF_NAME.
 */
export async function run(): Promise<void> {
  try {
    const env = process.env
    const token = core.getInput(Inputs.GitHubToken)
    if (token) core.setSecret(token)
    const branch =
      core.getInput(Inputs.Branch) ||
      (await pullRequestBranch(token, env)) ||
      env.GITHUB_HEAD_REF ||
      env.GITHUB_REF_NAME ||
      ''
    core.info(`Branch: ${branch}`)
    core.setOutput(Inputs.Branch, branch)
  } catch (error) {
    debugStack(error)
    core.setFailed(userMessage(error))
  }
}

async function pullRequestBranch(
  token: string,
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  const payload = context.payload as {
    pull_request?: { head?: { ref?: string } }
    issue?: { number?: number; pull_request?: unknown }
  }
  const head = payload.pull_request?.head?.ref
  if (head) return head
  const number = payload.issue?.number
  if (!payload.issue?.pull_request || !number) return undefined
  const pr = await pullRequestHead({
    token,
    repository: core.getInput(Inputs.Repository) || env.GITHUB_REPOSITORY || '',
    apiUrl: env.GITHUB_API_URL,
    number,
    log: coreLogger
  })
  return pr.ref
}
