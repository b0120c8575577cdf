import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { UsageError } from '../errors.js'
import { applyCleanup, planCleanup } from '../manage/cleanup.js'
import { buildRunContext } from '../runContext.js'
import { CleanupInputs, CleanupOutputs, Inputs } from './constants.js'
import { reportFailure } from './failure.js'
import { coreLogger, NAMES } from './inputs.js'
import { writeSummary } from './summary.js'

/**
 * Deletes the sessions of a branch that went away (a closed pull request's head, a deleted
 * branch) and, optionally, every session older than some days. A session saved after
 * `saved-before` (by default when this step began) is kept.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const started = new Date()
  try {
    const token = core.getInput(Inputs.GitHubToken)
    if (token) core.setSecret(token)
    const branch = core.getInput(Inputs.Branch) || undefined
    const olderThanDays = daysInput(core.getInput(CleanupInputs.OlderThanDays))
    const savedBefore = timeInput(core.getInput(CleanupInputs.SavedBefore)) ?? started
    const dryRun = core.getBooleanInput(CleanupInputs.DryRun)
    const { ctx } = buildRunContext({
      repository: core.getInput(Inputs.Repository) || env.GITHUB_REPOSITORY || '',
      token,
      apiUrl: env.GITHUB_API_URL,
      graphqlUrl: env.GITHUB_GRAPHQL_URL,
      branch,
      tempDir: env.RUNNER_TEMP || tmpdir(),
      log: coreLogger,
      names: NAMES
    })
    if (branch === undefined && olderThanDays === undefined) {
      // A schedule run with no age, or an event that named no branch (a deleted tag).
      core.notice(
        `Nothing to clean up: no ${Inputs.Branch} and no ${CleanupInputs.OlderThanDays} given.`
      )
      setOutputs(0, 0)
      return
    }
    const plan = await planCleanup(ctx, { branch, olderThanDays, savedBefore, now: started })
    for (const s of plan.kept) core.info(`Kept ${s.branch} ${s.sessionId}: ${s.reason}`)
    for (const s of plan.remove)
      core.info(`${dryRun ? 'Would delete' : 'Deleting'} ${s.branch} ${s.sessionId} (${s.reason})`)
    const deleted = dryRun ? 0 : await applyCleanup(ctx, plan)
    setOutputs(deleted, plan.kept.length)
    const what = branch ? `branch ${branch}` : `sessions older than ${olderThanDays} days`
    if (plan.remove.length === 0 && plan.kept.length === 0)
      core.notice(
        `No stored sessions to clean up for ${what} in ${ctx.repository} (drafts are visible only to a token with \`permissions: contents: write\`).`
      )
    await writeSummary(
      dryRun ? 'Claude Code sessions: cleanup (dry run)' : 'Claude Code sessions cleaned up',
      [
        ...(branch ? [{ label: 'Branch', value: branch }] : []),
        ...(olderThanDays !== undefined
          ? [{ label: 'Older than', value: `${olderThanDays} days` }]
          : []),
        {
          label: dryRun ? 'Would delete' : 'Deleted',
          value: String(dryRun ? plan.remove.length : deleted)
        },
        {
          label: 'Kept',
          value: plan.kept.map((s) => `${s.sessionId} (${s.reason})`).join(', ') || '0'
        }
      ]
    )
  } catch (error) {
    // A read-only token (GitHub hides drafts from it), a flaky GitHub: said, never a broken job.
    reportFailure('cleanup', error)
  }
}

function setOutputs(deleted: number, kept: number): void {
  core.setOutput(CleanupOutputs.Deleted, String(deleted))
  core.setOutput(CleanupOutputs.Kept, String(kept))
}

function daysInput(text: string): number | undefined {
  if (!text) return undefined
  const days = Number(text)
  if (!Number.isFinite(days) || days < 0)
    throw new UsageError(
      `The ${CleanupInputs.OlderThanDays} input takes a number of days, got "${text}".`
    )
  return days
}

function timeInput(text: string): Date | undefined {
  if (!text) return undefined
  const time = new Date(text)
  if (Number.isNaN(time.getTime()))
    throw new UsageError(
      `The ${CleanupInputs.SavedBefore} input takes a time such as 2026-12-01T10:00:00Z, got "${text}".`
    )
  return time
}
