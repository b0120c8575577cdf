// `npm run demo`: the whole trip on this machine in a few seconds, with no GitHub account and no
// Claude Code. The project's emulator of GitHub runs on loopback (emulator/); a sample Claude Code
// conversation is made for a "laptop" HOME and project and pushed with the bundled CLI; then
// `claude-session continue` starts the continuation workflow, whose run a simulated runner executes
// (emulator/simulatedRunner.ts: the real bundled restore action, a stand-in Claude that appends its
// turn, the real bundled save action), follows it, pulls the longer conversation back and prints
// `claude --resume <id>`. Everything lives in a temporary folder that is removed at the end (pass
// --keep to keep it).
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator } from '../emulator/releasesEmulator.js'
import { bundledSteps, simulatedRunner } from '../emulator/simulatedRunner.js'
import { workflowsEmulator } from '../emulator/workflowsEmulator.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const dist = (entry: string) => join(root, 'dist', entry, 'index.js')

const REPO = 'octo/demo-app'
const BRANCH = 'feature/login-retry'
const WORKFLOW = 'claude-continue.yml'
const PROMPT = 'Add tests for the backoff timing'
const ANSWER =
  'Added src/api/retry.test.ts: three attempts, delays of 200, 400 and 800 ms (fake timers), and no retry on a 400.'
const keep = process.argv.includes('--keep')

const color = process.stdout.isTTY && !process.env.NO_COLOR
const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s)
const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s)

let stepNumber = 0
function step(title: string): void {
  process.stdout.write(`\n${bold(`${++stepNumber}. ${title}`)}\n`)
}
function detail(label: string, value: string): void {
  process.stdout.write(`   ${(label ? label + ':' : '').padEnd(22)} ${value}\n`)
}
function quoted(text: string): void {
  for (const line of text.trimEnd().split('\n')) process.stdout.write(dim(`   | ${line}`) + '\n')
}

interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

// Asynchronous on purpose: the emulator answers from this same process.
function run(
  args: string[],
  options: { cwd: string; env: Record<string, string> }
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function records(text: string): number {
  return text.split('\n').filter(Boolean).length
}

function check(what: string, result: RunResult): void {
  if (result.code === 0) return
  quoted(result.stdout + result.stderr)
  throw new Error(`${what} exited with code ${result.code}`)
}

// Claude Code's project folder name for a path: every character outside [A-Za-z0-9] becomes '-'
// (the demo's paths are short, so the hashed form for names over 200 characters never applies).
function projectFolder(home: string, cwd: string): string {
  return join(home, '.claude', 'projects', cwd.replace(/[^A-Za-z0-9]/g, '-'))
}

/** A short conversation in Claude Code's compact one-record-per-line format. */
function sampleTranscript(sessionId: string, cwd: string): string {
  const start = Date.now() - 10 * 60_000
  const common = {
    isSidechain: false,
    userType: 'external',
    entrypoint: 'cli',
    cwd,
    sessionId,
    version: '2.1.331',
    gitBranch: BRANCH
  }
  const turns: Array<[string, string]> = [
    [
      'The login request fails now and then with a 503. Add a retry with backoff to src/api/login.ts.',
      "I'll wrap the fetch in a retry helper: up to 3 attempts, exponential backoff starting at 200 ms, retrying only on 502/503/504 and network errors."
    ],
    [
      'Good. Keep the helper generic so the signup call can use it too.',
      'Done: `withRetry(fn, { attempts, baseDelayMs, retryOn })` lives in src/api/retry.ts and login.ts uses it. Next I would add tests for the backoff timing.'
    ]
  ]
  const lines: string[] = []
  let parentUuid: string | null = null
  let leafUuid = ''
  turns.forEach(([question, answer], i) => {
    const userUuid = randomUUID()
    lines.push(
      JSON.stringify({
        parentUuid,
        ...common,
        type: 'user',
        message: { role: 'user', content: question },
        uuid: userUuid,
        timestamp: new Date(start + i * 120_000).toISOString()
      })
    )
    leafUuid = randomUUID()
    lines.push(
      JSON.stringify({
        parentUuid: userUuid,
        ...common,
        type: 'assistant',
        message: {
          id: `msg_demo_${i + 1}`,
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5',
          content: [{ type: 'text', text: answer }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 1200 + i * 300, output_tokens: 90 }
        },
        uuid: leafUuid,
        timestamp: new Date(start + i * 120_000 + 15_000).toISOString()
      })
    )
    parentUuid = leafUuid
  })
  lines.push(JSON.stringify({ type: 'last-prompt', lastPrompt: turns[1]![0], leafUuid, sessionId }))
  return lines.join('\n') + '\n'
}

async function main(): Promise<void> {
  const missing = ['restore', 'save', 'cli'].filter((entry) => !existsSync(dist(entry)))
  if (missing.length > 0) {
    process.stderr.write(
      `dist/ is missing ${missing.map((e) => `dist/${e}/index.js`).join(', ')}: ` +
        'run `npm run bundle` first, then `npm run demo` again.\n'
    )
    process.exitCode = 2
    return
  }

  process.stdout.write(
    bold('claude-session demo') +
      ': a Claude Code conversation goes from a laptop to a GitHub Actions runner.\n' +
      'Nothing leaves this machine: GitHub is emulated on loopback.\n'
  )

  const tmp = await realpath(await mkdtemp(join(tmpdir(), 'claude-session-demo-')))
  const workflows = workflowsEmulator()
  const emulator = await startEmulator({ routes: workflows.routes })
  try {
    step('Start the emulator of GitHub on loopback')
    emulator.addRepo(REPO, { branches: ['main', BRANCH] })
    workflows.addWorkflow(REPO, WORKFLOW)
    const runnerHome = join(tmp, 'runner', 'home')
    const runnerCwd = join(tmp, 'runner', 'work', 'demo-app', 'demo-app')
    workflows.runner = simulatedRunner(workflows, REPO, {
      newMachine: async () => {
        await mkdir(runnerCwd, { recursive: true })
        return { home: runnerHome, configDir: join(runnerHome, '.claude'), cwd: runnerCwd }
      },
      steps: bundledSteps(emulator, REPO),
      script: { answer: () => ANSWER }
    })
    detail('API', emulator.apiUrl)
    detail('repository', `${REPO} (branches main, ${BRANCH})`)
    detail('workflow', `.github/workflows/${WORKFLOW}, run by a simulated runner`)

    step('Make a sample Claude Code conversation on the "laptop"')
    const laptopHome = join(tmp, 'laptop', 'home')
    const laptopCwd = join(tmp, 'laptop', 'src', 'demo-app')
    await mkdir(laptopHome, { recursive: true })
    await mkdir(laptopCwd, { recursive: true })
    const sessionId = randomUUID()
    const laptopFolder = projectFolder(laptopHome, laptopCwd)
    await mkdir(laptopFolder, { recursive: true })
    const laptopTranscript = join(laptopFolder, `${sessionId}.jsonl`)
    const transcript = sampleTranscript(sessionId, laptopCwd)
    await writeFile(laptopTranscript, transcript)
    detail('HOME', laptopHome)
    detail('project', laptopCwd)
    detail('session', sessionId)
    detail(
      'transcript',
      `${relative(laptopHome, laptopTranscript)} (${records(transcript)} records)`
    )

    // The CLI's whole configuration: the laptop's HOME, a token, the API and the repository.
    const cliEnv = {
      PATH: process.env.PATH ?? '',
      HOME: laptopHome,
      GH_TOKEN: emulator.tokens.write,
      GITHUB_API_URL: emulator.apiUrl,
      GITHUB_GRAPHQL_URL: emulator.graphqlUrl,
      GITHUB_REPOSITORY: REPO,
      NO_COLOR: '1'
    }
    const cli = async (args: string[]): Promise<RunResult> => {
      const result = await run([dist('cli'), ...args], { cwd: laptopCwd, env: cliEnv })
      check(`claude-session ${args[0]}`, result)
      return result
    }

    step(`Push it from the laptop: claude-session push ${BRANCH}`)
    quoted((await cli(['push', BRANCH])).stdout)
    for (const release of emulator.releases(REPO)) {
      detail('release', `${release.draft ? 'draft ' : ''}${release.tag_name}`)
      for (const asset of release.assets) detail('  asset', `${asset.name} (${asset.size} bytes)`)
    }

    step(`Hand it to CI: claude-session continue --branch ${BRANCH} "${PROMPT}"`)
    process.stdout.write(
      '   continue pushes (unchanged here), starts the workflow, follows the run, pulls what it added.\n'
    )
    const continued = await cli(['continue', '--branch', BRANCH, '--interval', '0.2', PROMPT])
    quoted(continued.stderr + continued.stdout)
    const ran = workflows.runs.at(-1)
    if (ran) {
      detail('run', `${ran.id}: ${ran.conclusion ?? ran.status}`)
      for (const s of ran.steps) detail('  step', `${s.name}: ${s.conclusion ?? s.status}`)
    }

    step('Back on the laptop')
    const after = await readFile(laptopTranscript, 'utf8')
    detail(
      'transcript',
      `${records(transcript)} → ${records(after)} records (the run's turn was pulled, a fast-forward)`
    )
    quoted((await cli(['list', BRANCH])).stdout)
    const resume = continued.stdout.trim().split('\n').at(-1) ?? ''
    process.stdout.write(
      `\n   Go on where CI stopped (with Claude Code installed):\n\n   cd ${laptopCwd} && ${resume}\n`
    )
  } finally {
    await emulator.close()
    if (keep) {
      process.stdout.write(`\nKept ${tmp} (remove it when done).\n`)
    } else {
      await rm(tmp, { recursive: true, force: true })
      process.stdout.write(dim(`\nCleaned up ${tmp}. Run with --keep to keep it.`) + '\n')
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
