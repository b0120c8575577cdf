import * as core from '@actions/core'
import { context } from '@actions/github'
import { errorRow } from '../errorTable.js'
import { userMessage } from '../errors.js'
import { applyPolicyToText } from '../edits/publicText.js'
import { parseSecretsPolicy } from '../runContext.js'
import { claudeConfigDir } from '../session/index.js'
import { gitHubPullRequestOpener, publishEdits } from '../edits/publishEdits.js'
import { Inputs, StepInputs, StepOutputs } from './constants.js'
import { editsSentence } from './editsSentence.js'
import { reportFailure } from './failure.js'
import { branchInput, coreLogger, pathInput } from './inputs.js'
import type { SecretsPolicy } from '../save/request.js'
import { renderRunReport, writeRunReportMarkdown } from './runReport.js'

/**
 * After Claude: publishes its edits (src/edits/publishEdits.ts), reports the conclusion (never
 * empty: v1 sets its own only on success, docs/facts.md#outputs-after-a-failure), and writes the run's
 * job summary. A failure warns or fails this step as the one error table says (src/errorTable.ts: a
 * token that may not push warns); the save step runs either way.
 */
export async function run(): Promise<void> {
  const conclusion =
    core.getInput(StepInputs.Conclusion) || outcomeAsConclusion(core.getInput(StepInputs.Outcome))
  core.setOutput(StepOutputs.Conclusion, conclusion)
  const token = core.getInput(Inputs.GitHubToken)
  if (token) core.setSecret(token)
  const env = process.env
  const branch = branchInput(env)
  const restored = core.getInput(StepInputs.Restored) === 'true'
  let secrets: SecretsPolicy
  try {
    secrets = parseSecretsPolicy(core.getInput(Inputs.Secrets), `the ${Inputs.Secrets} input`)
  } catch (error) {
    core.setFailed(userMessage(error))
    return
  }
  // The run's token must never reach a commit, an output or the summary.
  const extraSecrets = token ? [token] : []
  const result = await publishEdits({
    mode: core.getInput(StepInputs.PublishEdits) || 'push',
    cwd: pathInput(env),
    branch,
    configDir: claudeConfigDir(env),
    sessionId: core.getInput(Inputs.SessionId) || undefined,
    transcriptBytes: restored ? Number(core.getInput(StepInputs.TranscriptBytes) || '0') : 0,
    prompt: core.getInput(StepInputs.Prompt),
    conclusion,
    runUrl: runUrl(env),
    ...pullRequestEvent(env),
    openPullRequest: gitHubPullRequestOpener({
      token,
      repository: () =>
        core.getInput(Inputs.Repository) || `${context.repo.owner}/${context.repo.repo}`,
      apiUrl: env.GITHUB_API_URL,
      log: coreLogger
    }),
    tagMode: core.getInput(StepInputs.TagMode) === 'true',
    secrets,
    extraSecrets,
    log: coreLogger
  })
  // Outputs and the summary are read by others (a workflow may post the answer on a pull
  // request): the save's secrets policy applies to them too.
  const answer = await applyPolicyToText(
    result.turns?.finalAnswer,
    "Claude's answer",
    secrets,
    extraSecrets,
    coreLogger
  )
  if (answer.text) core.setOutput(StepOutputs.Answer, answer.text.slice(0, 60_000))
  // Only a commit that reached the remote is named: one left in the workspace is nobody's.
  if (result.pushed && result.commitSha) core.setOutput(StepOutputs.Commit, result.commitSha)
  // In tag mode claude-code-action pushed (or not) by itself: this step cannot say.
  const tagMode = result.edits.kind === 'not-committed' && result.edits.reason === 'tag-mode'
  if (!tagMode) core.setOutput(StepOutputs.Pushed, result.pushed ? 'true' : 'false')
  if (result.pullRequestUrl) core.setOutput(StepOutputs.PullRequest, result.pullRequestUrl)
  const edits = editsSentence(result.edits)
  core.setOutput(StepOutputs.Edits, edits)
  if (result.edits.kind === 'not-pushed' && result.edits.reason === 'not-on-branch')
    core.warning(`Claude's edits were ${edits}`)
  core.info(`Edits: ${edits}`)
  const report = {
    branch,
    sessionId: result.sessionId,
    restored,
    restoredVersion: core.getInput(StepInputs.RestoredVersion) || undefined,
    conclusion,
    turns: result.turns && { ...result.turns, finalAnswer: answer.text },
    edits,
    withheld:
      answer.text === undefined && answer.findings.length > 0
        ? `Claude's answer holds ${answer.findings.length} possible secret(s): it is left out (secrets: fail).`
        : undefined
  }
  const summary = await applyPolicyToText(
    renderRunReport(report),
    'the job summary',
    secrets,
    extraSecrets,
    coreLogger
  )
  // Under fail, the texts (prompts, answer) stay out of the summary; the rest is still useful.
  await writeRunReportMarkdown(
    summary.text ??
      renderRunReport({
        ...report,
        turns: report.turns && { ...report.turns, prompts: [], finalAnswer: undefined },
        withheld: `${summary.findings.length} possible secret(s) found: the prompts and Claude's answer are left out (secrets: fail).`
      })
  )
  if (result.edits.kind === 'refused' || result.edits.kind === 'failed') {
    const error = result.edits.error
    if (errorRow(error).publishEdits === 'fail')
      reportFailure('publishEdits', error, ' The session is saved by the next step.')
    else reportFailure('publishEdits', error)
  } else if (answer.text === undefined && answer.findings.length > 0)
    core.setFailed(
      `Claude's answer holds ${answer.findings.length} possible secret(s) (listed above): it was left out of the answer output and the job summary (secrets: fail). The session is saved by the next step, under the same policy.`
    )
}

/** `success`/`failure` from the step's outcome when claude-code-action left its output empty. */
function outcomeAsConclusion(outcome: string): string {
  return outcome === 'success' ? 'success' : outcome === 'cancelled' ? 'cancelled' : 'failure'
}

/**
 * The run's page, from the runner's default variables
 * (https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables).
 */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return undefined
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
}

/** What the event payload (GITHUB_EVENT_PATH, as @actions/github reads it) says about a pull request. */
function pullRequestEvent(env: NodeJS.ProcessEnv): {
  pullRequestEvent: boolean
  fork?: string
  mergeCommit?: string
} {
  const payload = context.payload as {
    pull_request?: { head?: { repo?: { full_name?: string } } }
    issue?: { pull_request?: unknown }
  }
  const head = payload.pull_request?.head?.repo?.full_name
  const self = env.GITHUB_REPOSITORY
  return {
    pullRequestEvent: Boolean(payload.pull_request ?? payload.issue?.pull_request),
    fork: head && self && head !== self ? head : undefined,
    // On pull_request events actions/checkout checks out refs/pull/N/merge at GITHUB_SHA
    // (https://docs.github.com/en/actions/reference/events-that-trigger-workflows#pull_request).
    mergeCommit: /^refs\/pull\/\d+\/merge$/.test(context.ref ?? '') ? context.sha : undefined
  }
}
