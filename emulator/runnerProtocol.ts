import { bundledEntry } from './freshBundle.js'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runProcess, type ProcessResult } from './processes.js'

/** The repository this emulator belongs to, whose dist/ holds the bundled actions. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>
  env: Record<string, string>
  state: Record<string, string>
  summary: string
}

/**
 * The Actions runner protocol for the bundled actions, shared by the emulator's simulated runner,
 * the demo and the tests.
 *
 * Runs a bundled action the way the runner does (docs/facts.md#javascript-actions): `node dist/<entry>/index.js` with one
 * `INPUT_<NAME>` variable per input (upper-cased, hyphens kept) and the file-command files.
 */
export async function runAction(
  entry: 'restore' | 'save' | 'cleanup',
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  options: { cwd?: string; timeoutMs?: number } = {}
): Promise<ActionRun> {
  const files = await mkdtemp(join(tmpdir(), 'claude-session-runner-'))
  const paths = {
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_ENV: join(files, 'env'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_STEP_SUMMARY: join(files, 'summary')
  }
  for (const path of Object.values(paths)) await writeFile(path, '')
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
  const childEnv: Record<string, string> = {}
  for (const [key, value] of Object.entries({
    PATH: process.env.PATH,
    RUNNER_TEMP: files,
    ...paths,
    ...inputEnv,
    ...env
  })) {
    if (value !== undefined) childEnv[key] = value
  }
  const result = await runProcess(process.execPath, [bundledEntry(entry)], {
    ...options,
    env: childEnv
  })
  const run: ActionRun = {
    ...result,
    outputs: parseFileCommand(await readFile(paths.GITHUB_OUTPUT, 'utf8')),
    env: parseFileCommand(await readFile(paths.GITHUB_ENV, 'utf8')),
    state: parseFileCommand(await readFile(paths.GITHUB_STATE, 'utf8')),
    summary: await readFile(paths.GITHUB_STEP_SUMMARY, 'utf8')
  }
  await rm(files, { recursive: true, force: true })
  return run
}

/** Parses the runner's file-command format: `name<<DELIMITER\nvalue\nDELIMITER` or `name=value`. */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!)
      result[name!] = value.join('\n')
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return result
}
