// `npm run demo`: the whole trip on this machine in a few seconds, with no GitHub account.
// A GitHub Releases emulator runs on loopback; a sample Claude Code conversation is made for a
// "laptop" HOME and project, pushed with the bundled CLI, and restored by the bundled restore action
// into a "runner" HOME and workspace, exactly as in a workflow. Everything lives in a temporary
// folder that is removed at the end (pass --keep to keep it and try the printed command).
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator } from '../emulator/releasesEmulator.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const dist = (entry: string) => join(root, 'dist', entry, 'index.js')

const REPO = 'octo/demo-app'
const BRANCH = 'feature/login-retry'
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

// An action's stdout holds workflow commands the runner consumes: show what a log page would.
function actionLog(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^::(debug|add-mask|save-state|set-output)/.test(line))
    .map((line) => line.replace(/^::(notice|warning|error)[^:]*::/, '$1: '))
    .join('\n')
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
  const emulator = await startEmulator()
  try {
    step('Start a GitHub Releases emulator on loopback')
    emulator.addRepo(REPO, { branches: ['main', BRANCH] })
    detail('API', emulator.apiUrl)
    detail('repository', `${REPO} (branches main, ${BRANCH})`)

    step('Make a sample Claude Code conversation on the "laptop"')
    const laptopHome = join(tmp, 'laptop', 'home')
    const laptopCwd = join(tmp, 'laptop', 'src', 'demo-app')
    const runnerHome = join(tmp, 'runner', 'home')
    const runnerCwd = join(tmp, 'runner', 'work', 'demo-app', 'demo-app')
    for (const dir of [laptopHome, laptopCwd, runnerHome, runnerCwd]) {
      await mkdir(dir, { recursive: true })
    }
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
      `${relative(laptopHome, laptopTranscript)} (${transcript.split('\n').length - 1} records)`
    )

    // The CLI's whole configuration: the laptop's HOME, a token and the API address.
    const cliEnv = {
      PATH: process.env.PATH ?? '',
      HOME: laptopHome,
      GH_TOKEN: emulator.tokens.write,
      GITHUB_API_URL: emulator.apiUrl,
      GITHUB_GRAPHQL_URL: emulator.graphqlUrl
    }
    step(`Push it from the laptop: claude-session push ${BRANCH} --repo ${REPO}`)
    const push = await run([dist('cli'), 'push', BRANCH, '--repo', REPO], {
      cwd: laptopCwd,
      env: cliEnv
    })
    check('claude-session push', push)
    quoted(push.stdout + push.stderr)
    for (const release of emulator.releases(REPO)) {
      const tag = release.tag_name
      detail(
        'release',
        `${release.draft ? 'draft ' : ''}${tag}${release.name ? ` ("${release.name}")` : ''}`
      )
      for (const asset of release.assets) detail('  asset', `${asset.name} (${asset.size} bytes)`)
    }

    step('Restore it on the "runner" with the restore action (node dist/restore/index.js)')
    const files = {
      GITHUB_OUTPUT: join(tmp, 'runner', 'output'),
      GITHUB_ENV: join(tmp, 'runner', 'env'),
      GITHUB_STATE: join(tmp, 'runner', 'state'),
      GITHUB_STEP_SUMMARY: join(tmp, 'runner', 'summary')
    }
    for (const file of Object.values(files)) await writeFile(file, '')
    const inputs: Record<string, string> = {
      branch: BRANCH,
      'github-token': emulator.tokens.write,
      repository: REPO,
      path: runnerCwd,
      'session-id': '',
      'fail-on-missing': 'true',
      'encryption-key': ''
    }
    for (const [name, value] of Object.entries(inputs)) {
      detail(`with ${name}`, name === 'github-token' ? '***' : value || "''")
    }
    // The runner protocol: one INPUT_<NAME> per input (hyphens kept) and the file commands.
    const actionEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: runnerHome,
      ...files,
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: emulator.apiUrl,
      GITHUB_GRAPHQL_URL: emulator.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: REPO,
      GITHUB_WORKSPACE: runnerCwd,
      GITHUB_REF_NAME: BRANCH,
      RUNNER_TEMP: join(tmp, 'runner')
    }
    for (const [name, value] of Object.entries(inputs)) {
      actionEnv[`INPUT_${name.toUpperCase()}`] = value
    }
    const restore = await run([dist('restore')], { cwd: runnerCwd, env: actionEnv })
    check('the restore action', restore)
    quoted(actionLog(restore.stdout + restore.stderr))
    const outputs = parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8'))
    const exported = parseFileCommand(await readFile(files.GITHUB_ENV, 'utf8'))
    for (const [name, value] of Object.entries(outputs)) detail(`output ${name}`, value)
    for (const [name, value] of Object.entries(exported)) detail(`env ${name}`, value)
    const restoredId = outputs['session-id'] || sessionId
    const landed = join(projectFolder(runnerHome, runnerCwd), `${restoredId}.jsonl`)
    detail('transcript', existsSync(landed) ? landed : `not found at ${landed}`)
    detail('', "(the workspace's project folder, where `claude --resume` looks first)")

    step('Continue the conversation on the runner')
    process.stdout.write(
      '   In a workflow the composite action passes --resume to claude-code-action. By hand:\n\n'
    )
    process.stdout.write(`   cd ${runnerCwd} && HOME=${runnerHome} claude --resume ${restoredId}\n`)
    process.stdout.write(
      '\n   Afterwards the save action stores the longer transcript, and on the laptop\n' +
        `   \`claude-session pull ${BRANCH}\` brings it back (a fast-forward).\n`
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

// GITHUB_OUTPUT / GITHUB_ENV: `name=value` lines or `name<<DELIMITER` … `DELIMITER` blocks.
function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i] ?? '')
      values[heredoc[1] ?? ''] = body.join('\n')
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return values
}

main().catch((error: unknown) => {
  process.stderr.write(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
