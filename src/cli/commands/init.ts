import { execFile } from 'node:child_process'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { Command } from 'commander'
import { ConflictError, UsageError } from '../../errors.js'
import { checkRepository } from '../../runContext.js'
import { BUILD, TOOL_VERSION, actionRefOf, type BuildStamp } from '../../version.js'
import type { CommandRuntime } from '../context.js'
import type { Factory, RunF } from '../factory.js'
import { helpAfter } from '../help.js'
import { style } from '../io.js'
import { WORKFLOW_TEMPLATE } from '../workflowTemplate.js'

export const DEFAULT_WORKFLOW = 'claude-continue.yml'

export interface InitOptions {
  force?: boolean
  /** File name under .github/workflows/ (default claude-continue.yml). */
  workflow?: string
  cwd?: string
  /** OWNER/NAME of the claude-session action, instead of the home this build carries. */
  actionRepo?: string
  /** Tag or commit of the action, instead of this build's release tag or commit. */
  actionRef?: string
  /** What this build is (injected by tests; the bundle's stamp otherwise). */
  build?: BuildStamp
}

/** `claude-session init`. */
export function newInitCommand(f: Factory, runF?: RunF<InitOptions>): Command {
  return new Command('init')
    .description(`write .github/workflows/${DEFAULT_WORKFLOW}, the workflow \`continue\` starts`)
    .option('--force', 'overwrite an existing file')
    .option('--workflow <file>', 'file name in .github/workflows', DEFAULT_WORKFLOW)
    .option(
      '--action-repo <owner/name>',
      'the repository of the claude-session action (default: where this claude-session comes from)'
    )
    .option(
      '--action-ref <ref>',
      'tag or commit to pin (default: this release, or the commit of a development build)'
    )
    .addHelpText(
      'after',
      helpAfter({
        about: `Writes the continuation workflow at the top of the git repository, its \`uses:\` pinned to the
action that matches this CLI: OWNER/NAME@vX.Y.Z for a release, OWNER/NAME@<commit> for a build
between releases (claude-session --version says which). OWNER/NAME is where this claude-session
comes from (package.json's repository); a build that does not know it asks for --action-repo.
Then prints what is left: the ANTHROPIC_API_KEY secret, and committing and pushing the workflow.
Exit code 3 when the file exists (nothing is written) unless --force.`,
        examples: [
          'claude-session init',
          'claude-session init --action-repo my-org/claude-session',
          'claude-session init --workflow claude.yml --force'
        ],
        environment: []
      })
    )
    .action(async (flags: InitOptions) => {
      await (runF ?? ((o: InitOptions) => runInit(o, f.runtime())))(flags)
    })
}

/** `uses: OWNER/NAME@ref` of the workflow init writes, or a usage error saying what to pass. */
function actionPin(options: InitOptions): { repository: string; ref: string } {
  const build = options.build ?? BUILD
  const repository = options.actionRepo ?? build.home?.repository
  if (!repository)
    throw new UsageError(
      `This claude-session (${TOOL_VERSION}) does not know which repository its action lives in (package.json ` +
        'names none; `npm run release` writes it). Pass --action-repo OWNER/NAME: the GitHub repository you installed claude-session from.'
    )
  checkRepository(repository, '--action-repo')
  const ref = options.actionRef ?? actionRefOf(build)
  if (!ref)
    throw new UsageError(
      `This claude-session (${TOOL_VERSION}) was not built from a release or a known commit. ` +
        `Pass --action-ref with a tag or commit of ${repository} (e.g. --action-ref v1).`
    )
  if (!/^[\w./-]+$/.test(ref) || ref.includes('..'))
    throw new UsageError(`--action-ref must be a tag, branch or commit, got "${ref}".`)
  return { repository, ref }
}

/**
 * The template with its `uses:` pinned to the action that matches this CLI, so the workflow
 * restores and saves in the format this CLI pushes and pulls. A commit pin says which build it is,
 * the way Dependabot writes SHA pins.
 */
export function pinnedWorkflow(pin: { repository: string; ref: string }): string {
  const comment = /^[0-9a-f]{40}$/.test(pin.ref) ? ` # ${TOOL_VERSION}` : ''
  return (
    WORKFLOW_TEMPLATE
      // The template's note on replacing the placeholder by hand: init has replaced it.
      .replace(
        /^[ \t]*#.*OWNER\/claude-session.*\n(?:[ \t]*#.*"Where claude-session lives".*\n)?/m,
        ''
      )
      .replace(
        /^(\s*uses:\s*)OWNER\/claude-session@\S+/m,
        `$1${pin.repository}@${pin.ref}${comment}`
      )
  )
}

/** Writes .github/workflows/<file> at the top of the git repository around the directory. */
export async function runInit(options: InitOptions, runtime: CommandRuntime): Promise<void> {
  const file = options.workflow ?? DEFAULT_WORKFLOW
  if (!/^[\w.-]+\.ya?ml$/.test(file))
    throw new UsageError(`--workflow must be a file name ending in .yml, got "${file}".`)
  const pin = actionPin(options)
  const start = options.cwd ? resolve(runtime.cwd, options.cwd) : runtime.cwd
  const root = await gitRoot(start)
  const target = join(root, '.github', 'workflows', file)
  const shown = relative(runtime.cwd, target) || target
  if (!options.force && (await exists(target)))
    throw new ConflictError(
      `${shown} already exists; nothing was written. Compare it with \`claude-session init --force\` in a clean tree, or keep yours.`
    )
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, pinnedWorkflow(pin))
  runtime.io.out(
    `${style(runtime.io, 'green', '✓')} Wrote ${shown} (uses: ${pin.repository}@${pin.ref})\n`
  )
  const steps = [
    'Add your Anthropic API key as the repository secret ANTHROPIC_API_KEY ' +
      '(Settings → Secrets and variables → Actions, or `gh secret set ANTHROPIC_API_KEY`).',
    await commitStep(root, shown)
  ]
  runtime.io.out(`Then:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`)
  runtime.io.out(`After that: claude-session continue "what Claude should do next"\n`)
}

/**
 * How to commit the workflow so that both places GitHub reads it from have it: the default branch
 * (workflow_dispatch is offered only for workflows there) and the branch a run runs on (a run reads
 * the file as it is on its branch).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_dispatch
 */
async function commitStep(root: string, shown: string): Promise<string> {
  const commit = `git add ${shown} && git commit -m "Add Claude continuation workflow"`
  const branch = await git(root, 'symbolic-ref', '--short', '-q', 'HEAD')
  // origin/HEAD names the default branch when the clone came from GitHub.
  const remoteHead = await git(root, 'symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD')
  // Without origin/HEAD (a clone made by `git init` and `git remote add`), main or master is
  // taken for the default branch only when it is the one checked out.
  const main =
    remoteHead?.replace(/^origin\//, '') ??
    (branch === 'main' || branch === 'master' ? branch : undefined)
  if (branch && main && branch === main)
    return `Commit the workflow and push it to ${main}, the default branch (GitHub offers workflow_dispatch only there); branches made from ${main} afterwards have it: ${commit} && git push origin ${main}`
  const mainName = main ?? '<default branch>'
  return (
    `Commit the workflow, push it, and put the same commit on ${main ?? 'the default branch'} (GitHub offers workflow_dispatch only for workflows there): ` +
    `${commit} && git push origin HEAD && git switch ${mainName} && git cherry-pick ${branch ?? '<your branch>'} && git push origin ${mainName} && git switch -`
  )
}

const run = promisify(execFile)

async function git(cwd: string, ...args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 10_000 })
    return stdout.trim() || undefined
  } catch {
    return undefined
  }
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
