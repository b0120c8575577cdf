import { PermissionError, UsageError } from '../errors.js'
import type { WorkflowRuns } from '../store/index.js'

export interface DispatchCheck {
  workflow: string
  branch: string
  /** The inputs the caller means to send besides its own (`--input`), by name. */
  inputs: string[]
}

/** The workflow as the branch holds it: the inputs its `workflow_dispatch` trigger declares. */
export interface CheckedWorkflow {
  declared: Set<string>
  defaultBranch: string
}

/**
 * Everything GitHub would refuse a dispatch for, checked before anything is pushed or started
 * (docs/facts.md#what-dispatch-refuses): push access (the session is uploaded first), the branch on GitHub (else 422
 * `No ref found for`), the workflow file on the default branch (GitHub dispatches only workflows
 * it has there, else 404) and on the branch (whose file the run executes and whose inputs count),
 * its `workflow_dispatch` trigger, and each input declared there (else 422
 * `Unexpected inputs provided`). Each refusal names what is missing and the commands that fix it.
 */
export async function checkDispatch(
  runs: WorkflowRuns,
  check: DispatchCheck
): Promise<CheckedWorkflow> {
  const { workflow, branch } = check
  const path = `.github/workflows/${workflow}`
  const access = await runs.repositoryAccess()
  if (access.canPush === false)
    throw new PermissionError(
      `The token has no push access to ${runs.repository}: continue uploads the session first. ` +
        'Use a token with `contents: write` ("Contents: Read and write" fine-grained; the `repo` scope classic).'
    )
  const main = access.defaultBranch
  if ((await runs.branchHead(branch)) === undefined)
    throw new UsageError(
      `The branch ${branch} is not on GitHub (${runs.repository}), so no run can start on it. Push it first:\n` +
        `  git push -u origin ${branch}`
    )
  if ((await runs.workflowFile(workflow, main)) === undefined)
    throw new UsageError(
      `${runs.repository} has no ${path} on its default branch ${main}, and GitHub starts only ` +
        'workflows it finds there. Write it, commit it and push it to both branches:\n' +
        `  git switch ${main} && claude-session init --workflow ${workflow}\n` +
        `  git add ${path} && git commit -m "Add the Claude continuation workflow" && git push origin ${main}\n` +
        (branch === main
          ? ''
          : `  git switch ${branch} && git merge ${main} && git push origin ${branch}\n`) +
        'Or name your workflow with --workflow FILE.'
    )
  const text = await runs.workflowFile(workflow, branch)
  if (text === undefined)
    throw new UsageError(
      `${path} is on ${main} but not on ${branch}, and a run executes the file of its branch. Bring it over:\n` +
        `  git fetch origin && git checkout origin/${main} -- ${path}\n` +
        `  git commit -m "Add the Claude continuation workflow" && git push origin ${branch}`
    )
  const declared = await declaredInputs(text, `${path} on ${branch}`)
  const missing = ['prompt', ...check.inputs].filter((name) => !declared.has(name))
  if (missing.length > 0)
    throw new UsageError(
      `${path} on ${branch} declares no input ${missing.map((m) => `"${m}"`).join(', ')} ` +
        `(it declares: ${[...declared].join(', ') || 'none'}); GitHub would refuse the run ` +
        '(422 Unexpected inputs provided). Drop that --input, or declare it under ' +
        'on.workflow_dispatch.inputs and push the file.'
    )
  return { declared, defaultBranch: main }
}

/**
 * The input names under `on.workflow_dispatch.inputs` of a workflow file; a refusal when it has no
 * `workflow_dispatch` trigger (GitHub: 422 "Workflow does not have 'workflow_dispatch' trigger").
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onworkflow_dispatchinputs
 */
async function declaredInputs(text: string, where: string): Promise<Set<string>> {
  // Loaded here, not at start-up: only `continue` reads a workflow file, and yaml is a third of
  // what every other command would parse first (docs/performance.md, "Start-up").
  const { parse } = await import('yaml')
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new UsageError(`${where} is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  const on = (doc as { on?: unknown } | null)?.on
  const triggers =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((t) => [String(t), null]))
        : typeof on === 'object' && on !== null
          ? (on as Record<string, unknown>)
          : {}
  if (!('workflow_dispatch' in triggers))
    throw new UsageError(
      `${where} has no workflow_dispatch trigger, so it cannot be started from here: add one (claude-session init writes it) and push the file.`
    )
  const inputs = (triggers.workflow_dispatch as { inputs?: unknown } | null)?.inputs
  return new Set(typeof inputs === 'object' && inputs !== null ? Object.keys(inputs) : [])
}
