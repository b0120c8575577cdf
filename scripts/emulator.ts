// `npm run emulator`: the project's emulator of GitHub (Releases, GraphQL, workflow runs) alone on
// loopback, for trying claude-session by hand without a GitHub account. It prints the environment
// lines to paste into another terminal; then `claude-session push`, `list`, `pull` and `continue`
// (a simulated runner runs the real bundled restore and save actions and a stand-in Claude that
// answers) work against it. Ctrl-C stops it and removes the runner's scratch folder.
//
//   npm run emulator -- [--repo OWNER/NAME] [--branch NAME ...]
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../emulator/runnerProtocol.js'
import { startEmulator } from '../emulator/releasesEmulator.js'
import { bundledSteps, simulatedRunner } from '../emulator/simulatedRunner.js'
import { workflowsEmulator } from '../emulator/workflowsEmulator.js'

const WORKFLOW = 'claude-continue.yml'

function argsOf(argv: string[]): { repo: string; branches: string[] } {
  const value = (i: number): string => {
    const v = argv[i + 1]
    if (v === undefined) throw new Error(`${argv[i]} needs a value`)
    return v
  }
  let repo = 'octo/demo-app'
  const branches: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--repo') repo = value(i++)
    else if (argv[i] === '--branch') branches.push(value(i++))
    else throw new Error(`unknown argument ${argv[i]} (use --repo OWNER/NAME, --branch NAME)`)
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`--repo takes OWNER/NAME, got ${repo}`)
  return { repo, branches }
}

/** The branch checked out where the command runs, so `continue` works there at once. */
function currentBranch(): string | undefined {
  try {
    return (
      execFileSync('git', ['symbolic-ref', '--short', '-q', 'HEAD'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim() || undefined
    )
  } catch {
    return undefined
  }
}

async function main(): Promise<void> {
  const args = argsOf(process.argv.slice(2))
  const branches = [
    ...new Set(['main', ...(currentBranch() ? [currentBranch()!] : []), ...args.branches])
  ]
  const scratch = await realpath(await mkdtemp(join(tmpdir(), 'claude-session-emulator-')))
  const workflows = workflowsEmulator()
  const emulator = await startEmulator({ routes: workflows.routes })
  emulator.addRepo(args.repo, { branches })
  workflows.addWorkflow(args.repo, WORKFLOW)
  let machines = 0
  workflows.runner = simulatedRunner(workflows, args.repo, {
    newMachine: async () => {
      const root = join(scratch, `runner-${++machines}`)
      const machine = {
        home: join(root, 'home'),
        configDir: join(root, 'home', '.claude'),
        cwd: join(root, 'work')
      }
      await mkdir(machine.home, { recursive: true })
      await mkdir(machine.cwd, { recursive: true })
      return machine
    },
    steps: bundledSteps(emulator, args.repo),
    script: { answer: (prompt) => `(the emulator's stand-in for Claude) Done: ${prompt}` }
  })

  let stopping = false
  const stop = async (): Promise<void> => {
    if (stopping) return
    stopping = true
    await emulator.close()
    await rm(scratch, { recursive: true, force: true })
    process.stderr.write('Emulator stopped.\n')
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())

  process.stdout.write(
    `GitHub emulator on ${emulator.apiUrl} (repository ${args.repo}, branches ${branches.join(', ')}, ` +
      `workflow ${WORKFLOW} with a simulated runner). Paste into another terminal:\n\n` +
      `export GITHUB_API_URL=${emulator.apiUrl}\n` +
      `export GITHUB_GRAPHQL_URL=${emulator.graphqlUrl}\n` +
      `export GH_TOKEN=${emulator.tokens.write}\n` +
      `export GITHUB_REPOSITORY=${args.repo}\n\n` +
      `Without claude-session installed: alias claude-session="node ${join(repoRoot, 'dist', 'cli', 'index.js')}"\n\n` +
      'Then, where you ran `claude` (or any directory, naming the branch):\n' +
      '  claude-session push main && claude-session list\n' +
      '  claude-session continue --branch main "Carry on"\n' +
      '  claude-session pull main\n' +
      'Nothing is kept: stop with Ctrl-C.\n'
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
