/**
 * Executes workflow and composite-action steps the way the runner does, for tests: `${{ }}` is
 * evaluated by GitHub's own evaluator (@actions/expressions: Lexer, Parser, Evaluator) with the
 * status functions supplied here, `if:` without a status function gets `success() && (…)`, `run:`
 * steps run in bash (`bash --noprofile --norc -eo pipefail`, the runner's bash) with fresh
 * GITHUB_OUTPUT files and the GITHUB_ENV file applied to later steps, and `uses:` goes to the
 * handlers a test supplies (stand-ins for checkout and claude-code-action, or the composite itself).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { removeLater } from '../support/claudeHome.js'
import { runProcess } from '../support/processes.js'
import { parseFileCommand } from '../support/runAction.js'

export interface Step {
  id?: string
  name?: string
  if?: string | boolean
  run?: string
  shell?: string
  uses?: string
  with?: Record<string, string | number | boolean>
  env?: Record<string, string | number | boolean>
  'continue-on-error'?: boolean
}

export interface StepResult {
  outputs: Record<string, string>
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
}

interface UsesCall {
  uses: string
  with: Record<string, string>
  env: Record<string, string>
  runner: Runner
}

export type UsesHandler = (
  call: UsesCall
) => Promise<{ ok: boolean; outputs: Record<string, string> }>

/** What stays the same for every step of a job: the machine's environment and the handlers. */
export interface Runner {
  /** Variables every step sees (HOME, PATH, GITHUB_*, RUNNER_TEMP …). */
  env: Record<string, string>
  /** The `github` context. */
  github: Record<string, unknown>
  secrets?: Record<string, string>
  /** `uses:` value (without `@ref`) → handler. */
  uses: Record<string, UsesHandler>
  /** Every line the steps wrote, for assertions and for reading a failure. */
  log: string[]
}

export interface StepsRun {
  steps: Record<string, StepResult>
  failed: boolean
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled']

/** Evaluates one expression (no `${{ }}`) against the contexts, with the status functions. */
export function evaluate(
  expression: string,
  contexts: Record<string, unknown>,
  status: { failed: boolean }
): data.ExpressionData {
  const lexed = new Lexer(expression).lex()
  const infos = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }))
  const tree = new Parser(lexed.tokens, Object.keys(contexts), infos).parse()
  const functions = new Map(
    infos.map((info) => [
      info.name,
      {
        ...info,
        call: () =>
          new data.BooleanData(
            info.name === 'always'
              ? true
              : info.name === 'success'
                ? !status.failed
                : info.name === 'failure'
                  ? status.failed
                  : false
          )
      }
    ])
  )
  const revived = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary
  return new Evaluator(tree, revived, functions).evaluate()
}

/** A string with `${{ }}` parts replaced by their values as strings, as the runner does. */
export function interpolate(
  text: string | number | boolean,
  contexts: Record<string, unknown>,
  status: { failed: boolean }
): string {
  return String(text).replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) =>
    evaluate(expr.trim(), contexts, status).coerceString()
  )
}

/** `if:` as the runner reads it: no status function means `success() && (…)`. */
function shouldRun(
  condition: string | boolean | undefined,
  contexts: Record<string, unknown>,
  status: { failed: boolean }
): boolean {
  if (condition === undefined) return !status.failed
  let expr = String(condition).trim()
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expr)
  if (wrapped) expr = wrapped[1]!.trim()
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(expr)) expr = `success() && (${expr})`
  return truthy(evaluate(expr, contexts, status))
}

/**
 * Wraps each step that runs (skipped ones are not passed), e.g. to show it as in progress and then
 * done in an emulated run's job; it calls `execute` once and returns what it returned.
 */
export type StepObserver = (step: Step, execute: () => Promise<boolean>) => Promise<boolean>

/** Runs steps in order; `contexts` holds `inputs`, `github` and so on, and gains `steps`. */
export async function runSteps(
  steps: Step[],
  runner: Runner,
  contexts: Record<string, unknown>,
  observe: StepObserver = (_step, execute) => execute()
): Promise<StepsRun> {
  const results: Record<string, StepResult> = {}
  const status = { failed: false }
  const files = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-steps-')))
  const envFile = join(files, 'env')
  await writeFile(envFile, '')
  let exported: Record<string, string> = {}
  for (const [index, step] of steps.entries()) {
    const id = step.id ?? `__${index}`
    const ctx = { ...contexts, steps: results, env: { ...runner.env, ...exported } }
    if (!shouldRun(step.if, ctx, status)) {
      results[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      runner.log.push(`[skip] ${step.name ?? step.uses ?? id}`)
      continue
    }
    const stepEnv: Record<string, string> = { ...runner.env, ...exported }
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = interpolate(v, ctx, status)
    runner.log.push(`[run] ${step.name ?? step.uses ?? id}`)
    let outputs: Record<string, string> = {}
    const execute = async (): Promise<boolean> => {
      let ok: boolean
      if (step.run !== undefined) {
        const outputFile = join(files, `output-${index}`)
        await writeFile(outputFile, '')
        const script = interpolate(step.run, ctx, status)
        const code = await bash(
          script,
          { ...stepEnv, GITHUB_OUTPUT: outputFile, GITHUB_ENV: envFile },
          runner
        )
        ok = code === 0
        outputs = parseFileCommand(await readFile(outputFile, 'utf8'))
      } else if (step.uses) {
        const name = step.uses.replace(/@.*$/, '')
        const handler = runner.uses[name]
        if (!handler) throw new Error(`No stand-in for uses: ${step.uses}`)
        const withValues: Record<string, string> = {}
        for (const [k, v] of Object.entries(step.with ?? {}))
          withValues[k] = interpolate(v, ctx, status)
        ;({ ok, outputs } = await handler({
          uses: step.uses,
          with: withValues,
          env: { ...stepEnv, GITHUB_ENV: envFile },
          runner
        }))
      } else throw new Error(`Step ${id} has neither run nor uses`)
      return ok
    }
    const ok = await observe(step, execute)
    exported = parseFileCommand(await readFile(envFile, 'utf8'))
    const outcome = ok ? 'success' : 'failure'
    const conclusion = ok || step['continue-on-error'] ? 'success' : 'failure'
    results[id] = { outputs, outcome, conclusion }
    if (conclusion === 'failure') status.failed = true
  }
  return { steps: results, failed: status.failed }
}

async function bash(script: string, env: Record<string, string>, runner: Runner): Promise<number> {
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    env,
    cwd: env.GITHUB_WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const collect = (d: Buffer) => runner.log.push(...d.toString().split('\n').filter(Boolean))
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  return new Promise((done) => child.on('close', (code) => done(code ?? 1)))
}

interface ActionFile {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: Step[] }
}

/** The inputs a step gives an action, with the action's defaults (evaluated with `github`) for the rest. */
function actionInputs(
  action: Pick<ActionFile, 'inputs'>,
  given: Record<string, string>,
  github: Record<string, unknown>
): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = given[name] ?? interpolate(spec.default ?? '', { github }, { failed: false })
    if (spec.required && !value) throw new Error(`Input required and not supplied: ${name}`)
    inputs[name] = value
  }
  for (const name of Object.keys(given))
    if (!(name in action.inputs)) throw new Error(`Unexpected input '${name}'`)
  return inputs
}

/**
 * The Node running the tests: CI runs these tests again on Node 24, the runtime of a `using:
 * node24` action (docs/facts.md#default-variables), fetched by scripts/fetch-node.mjs.
 */
const NODE24 = process.execPath

/**
 * A `uses:` handler that runs a `using: node24` action.yml as the runner does (docs/facts.md#javascript-actions):
 * `node <main>` with one `INPUT_<NAME>` per input (the action's defaults applied) and a fresh
 * GITHUB_OUTPUT file whose lines become the step's outputs.
 */
export function nodeAction(actionDir: string): UsesHandler {
  return async ({ with: given, env, runner }) => {
    const action = parse(await readFile(join(actionDir, 'action.yml'), 'utf8')) as Omit<
      ActionFile,
      'runs'
    > & { runs: { using: string; main: string } }
    if (action.runs.using !== 'node24') throw new Error(`Not a node24 action: ${actionDir}`)
    const inputs = actionInputs(action, given, runner.github)
    const files = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-node-action-')))
    const output = join(files, 'output')
    await writeFile(output, '')
    const inputEnv = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    )
    const result = await runProcess(NODE24, [join(actionDir, action.runs.main)], {
      env: { ...env, ...inputEnv, GITHUB_OUTPUT: output }
    })
    runner.log.push(...`${result.stdout}${result.stderr}`.split('\n').filter(Boolean))
    return { ok: result.code === 0, outputs: parseFileCommand(await readFile(output, 'utf8')) }
  }
}

/**
 * A `uses:` handler that runs a composite action.yml: inputs get their defaults (evaluated with
 * `github`), `github.action_path` is the action's folder, and the outputs are evaluated last.
 */
export function compositeAction(actionDir: string): UsesHandler {
  return async ({ with: given, runner }) => {
    const action = parse(await readFile(join(actionDir, 'action.yml'), 'utf8')) as ActionFile
    const github = { ...runner.github, action_path: actionDir }
    const inputs = actionInputs(action, given, github)
    const contexts = { github, inputs, runner: { os: 'Linux', temp: runner.env.RUNNER_TEMP } }
    const result = await runSteps(action.runs.steps, runner, contexts)
    const outputs: Record<string, string> = {}
    for (const [name, spec] of Object.entries(action.outputs))
      outputs[name] = interpolate(spec.value, { ...contexts, steps: result.steps }, result)
    lastComposite.steps = result.steps
    return { ok: !result.failed, outputs }
  }
}

/** The step results of the composite that ran last, for assertions on individual steps. */
export const lastComposite: { steps: Record<string, StepResult> } = { steps: {} }
