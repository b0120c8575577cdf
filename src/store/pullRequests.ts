import { PermissionError } from '../errors.js'
import type { Logger } from '../log.js'
import { connectionOf, createClient } from './client.js'
import { callGitHub } from './errors.js'

export interface PullRequestRef {
  number: number
  url: string
  /** False when an open pull request from `head` to `base` already existed and now holds the new commit. */
  created: boolean
}

/**
 * Opens a pull request from `head` to `base`, or finds the open one (GitHub allows one open pull
 * request per head and base: https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request).
 * Needs `pull-requests: write`.
 */
export async function openOrFindPullRequest(options: {
  token: string
  repository: string
  apiUrl?: string
  head: string
  base: string
  title: string
  body: string
  log?: Logger
}): Promise<PullRequestRef> {
  const { owner, repo, apiUrl, log, retry } = connectionOf(options)
  const client = createClient({ token: options.token, apiUrl, log, retry })
  const refused = (status: number) =>
    new PermissionError(
      `GitHub refused to open the pull request (${status}). The job needs \`permissions: pull-requests: write\`, and the repository setting "Allow GitHub Actions to create and approve pull requests".`
    )
  const call = <T>(what: string, request: () => Promise<T>) =>
    callGitHub(options.repository, what, request, { onRefused: refused })
  const { data: open } = await call('list the open pull requests', () =>
    client.request('GET /repos/{owner}/{repo}/pulls', {
      owner,
      repo,
      state: 'open',
      head: `${owner}:${options.head}`,
      base: options.base
    })
  )
  if (open[0]) return { number: open[0].number, url: open[0].html_url, created: false }
  const { data } = await call('open a pull request', () =>
    client.request('POST /repos/{owner}/{repo}/pulls', {
      owner,
      repo,
      head: options.head,
      base: options.base,
      title: options.title,
      body: options.body
    })
  )
  return { number: data.number, url: data.html_url, created: true }
}

/**
 * The head branch of pull request `number` (GET /repos/{owner}/{repo}/pulls/{pull_number},
 * https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request; needs `pull-requests: read`).
 * An `issue_comment` event names the pull request only by number: its payload has no head ref.
 */
export async function pullRequestHead(options: {
  token: string
  repository: string
  apiUrl?: string
  number: number
  log?: Logger
}): Promise<{ ref: string; repository: string }> {
  const { owner, repo, apiUrl, log, retry } = connectionOf(options)
  const client = createClient({ token: options.token, apiUrl, log, retry })
  const { data } = await callGitHub(
    options.repository,
    `read pull request #${options.number}`,
    () =>
      client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner,
        repo,
        pull_number: options.number
      }),
    {
      onRefused: (status) =>
        new PermissionError(
          `GitHub did not show pull request #${options.number} (${status}). The job needs \`permissions: pull-requests: read\` (or write), or set the branch input.`
        )
    }
  )
  return { ref: data.head.ref, repository: data.head.repo?.full_name ?? options.repository }
}
