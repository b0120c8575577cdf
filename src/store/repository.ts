import type { GitHubClient } from './client.js'
import { callGitHub } from './errors.js'

/** What GitHub tells a caller about a repository and its own access to it. */
export interface RepositoryAccess {
  defaultBranch: string
  /**
   * Whether the token may push: without push access GitHub hides drafts from every listing
   * (docs/facts.md#repository-permissions). Undefined when GitHub does not say (tokens of an app installation get no
   * `permissions` object).
   */
  canPush?: boolean
}

/** GET /repos/{owner}/{repo}: https://docs.github.com/rest/repos/repos#get-a-repository */
export async function readRepositoryAccess(
  client: GitHubClient,
  owner: string,
  repo: string
): Promise<RepositoryAccess> {
  const { data } = await callGitHub(`${owner}/${repo}`, 'read the repository', () =>
    client.request('GET /repos/{owner}/{repo}', { owner, repo })
  )
  return { defaultBranch: data.default_branch, canPush: data.permissions?.push }
}
