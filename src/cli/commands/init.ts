import { mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { ConflictError, UsageError } from '../../errors.js'
import { TOOL_VERSION } from '../../version.js'
import type { CommandRuntime } from '../context.js'
import { style } from '../io.js'
import { WORKFLOW_TEMPLATE } from '../workflowTemplate.js'

export const DEFAULT_WORKFLOW = 'claude-continue.yml'

export interface InitOptions {
  force?: boolean
  /** File name under .github/workflows/ (default claude-continue.yml). */
  workflow?: string
  cwd?: string
}

/**
 * The template with its `uses:` pinned to the release of the action that matches this CLI, so the
 * workflow restores and saves in the format this CLI pushes and pulls.
 */
export function pinnedWorkflow(version = TOOL_VERSION): string {
  return WORKFLOW_TEMPLATE.replace(
    /^(\s*uses:\s*[\w.-]+\/claude-session)@\S+/m,
    (_all, action: string) => `${action}@v${version}`
  )
}

/** Writes .github/workflows/<file> at the top of the git repository around the directory. */
export async function runInit(options: InitOptions, runtime: CommandRuntime): Promise<void> {
  const file = options.workflow ?? DEFAULT_WORKFLOW
  if (!/^[\w.-]+\.ya?ml$/.test(file))
    throw new UsageError(`--workflow must be a file name ending in .yml, got "${file}".`)
  const start = options.cwd ? resolve(runtime.cwd, options.cwd) : runtime.cwd
  const root = await gitRoot(start)
  const target = join(root, '.github', 'workflows', file)
  const shown = relative(runtime.cwd, target) || target
  if (!options.force && (await exists(target)))
    throw new ConflictError(
      `${shown} already exists; nothing was written. Compare it with \`claude-session init --force\` in a clean tree, or keep yours.`
    )
  await mkdir(dirname(target), { recursive: true })
  const text = pinnedWorkflow()
  await writeFile(target, text)
  runtime.io.out(`${style(runtime.io, 'green', '✓')} Wrote ${shown}\n`)
  const steps = [
    'Add your Anthropic API key as the repository secret ANTHROPIC_API_KEY ' +
      '(Settings → Secrets and variables → Actions, or `gh secret set ANTHROPIC_API_KEY`).',
    // workflow_dispatch is offered for workflows on the default branch, and a run reads the file
    // as it is on the branch it runs on: both need it.
    `Commit the workflow and push it to the default branch and to the branches you continue from: git add ${shown} && git commit -m "Add Claude continuation workflow" && git push`
  ]
  if (/uses:\s*OWNER\//.test(text))
    steps.unshift(`Replace OWNER in ${shown} with the account that hosts claude-session.`)
  runtime.io.out(`Then:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`)
  runtime.io.out(`After that: claude-session continue "what Claude should do next"\n`)
}

/** The nearest folder upwards holding `.git` (a folder, or a file in worktrees and submodules). */
async function gitRoot(start: string): Promise<string> {
  for (let dir = start; ; dir = dirname(dir)) {
    if (await exists(join(dir, '.git'))) return dir
    if (dirname(dir) === dir)
      throw new UsageError(
        `${start} is not inside a git repository: run init in the clone where the workflow should live.`
      )
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
