/**
 * A stand-in for anthropics/claude-code-action@v1 in agent mode, behaving as docs/facts.md#claude-code-action records:
 * it splits `claude_args` like shell-quote and keeps only `--long` flags (the last value of a flag
 * wins, `--allowedTools` accumulates); it runs in GITHUB_WORKSPACE with the runner's HOME, so the
 * transcript is `~/.claude/projects/<project dir of the workspace>/<id>.jsonl`; `--resume <id>`
 * appends to that file and keeps the id (missing: "No conversation found with session ID");
 * without a permission mode that allows edits, an edit is denied and the run still succeeds;
 * `session_id` and `conclusion` are set only on success; the execution file is always written.
 * With `path_to_claude_code_executable` it runs that executable instead of installing its own
 * (v1.0.200's action.yml and `installClaudeCode` in src/entrypoints/run.ts): here it asks it for
 * `--version` and writes that version into the records, as that Claude Code would.
 */
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { appendFile, mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { INSTALLED_CLAUDE_CODE } from '../../src/actions/claudeCodeAction.js'
import { projectDirName } from '../../src/session/index.js'
import type { UsesHandler } from './stepRunner.js'

/** What each assistant message of the stand-in reports in `message.usage` and `message.model`. */
const STAND_IN_MODEL = 'claude-sonnet-4-5'
const STAND_IN_USAGE = {
  input_tokens: 12,
  output_tokens: 345,
  cache_creation_input_tokens: 1_500,
  cache_read_input_tokens: 20_000
}

export interface ClaudeScenario {
  /** The edit Claude makes (path relative to the workspace). */
  edit?: { file: string; content: string }
  /** Claude fails after its first tool call (an API error, a turn limit). */
  fail?: boolean
  /** Runs while "Claude works": e.g. someone pushes to the branch meanwhile. */
  during?: () => Promise<void>
  answer?: string
}

export interface StandInCall {
  claudeArgs: string
  flags: Record<string, string[]>
  prompt: string
  sessionId?: string
  edited: boolean
  /** v1 ran in tag mode (no prompt, a comment with the trigger phrase). */
  tagMode?: boolean
  /** The executable given as path_to_claude_code_executable, when one was. */
  executable?: string
  /** The Claude Code that ran: what that executable printed for `--version`, else v1.0.200's own. */
  claudeCodeVersion: string
}

/** What an executable prints for `--version` (Claude Code: `2.1.332 (Claude Code)`). */
async function versionOf(executable: string): Promise<string> {
  // The Agent SDK runs a .js/.cjs path with node and anything else directly.
  const js = /\.c?js$/.test(executable)
  const { stdout } = await promisify(execFile)(js ? process.execPath : executable, [
    ...(js ? [executable] : []),
    '--version'
  ])
  return /\d+\.\d+\.\d+\S*/.exec(stdout)![0]
}

/** shell-quote's split, for what we send: whitespace, '…', "…" and backslash escapes. */
export function splitArgs(text: string): string[] {
  const out: string[] = []
  let current: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (/\s/.test(c)) {
      if (current !== undefined) out.push(current)
      current = undefined
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1)
      current = (current ?? '') + text.slice(i + 1, end)
      i = end
    } else if (c === '"') {
      let j = i + 1
      let value = ''
      for (; text[j] !== '"'; j++) value += text[j] === '\\' ? text[++j] : text[j]
      current = (current ?? '') + value
      i = j
    } else if (c === '\\') current = (current ?? '') + text[++i]
    else current = (current ?? '') + c
  }
  if (current !== undefined) out.push(current)
  return out
}

/** Flags as v1 passes them on: `--name value` or `--name` alone; short flags dropped. */
export function parseFlags(args: string[]): Record<string, string[]> {
  const flags: Record<string, string[]> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!arg.startsWith('--')) continue
    const next = args[i + 1]
    const value = next !== undefined && !next.startsWith('-') ? (i++, next) : ''
    const name = arg.slice(2)
    const accumulates = name === 'allowedTools' || name === 'allowed-tools'
    flags[name] = accumulates ? [...(flags[name] ?? []), value] : [value]
  }
  return flags
}

const exec = promisify(execFile)

/** Comment events on which v1 runs tag mode when no prompt is given (src/modes/detector.ts). */
const COMMENT_EVENTS = ['issue_comment', 'pull_request_review_comment', 'pull_request_review']

interface TagMode {
  headRef: string
  prompt: string
}

/**
 * v1's mode detection and tag mode's branch setup, as far as the composite can tell them apart:
 * on a comment event with no prompt whose body holds the trigger phrase it runs tag mode, fetches
 * the pull request (GET /pulls/{n} here; v1 asks GraphQL) and checks out its head branch
 * (src/github/operations/branch.ts: `git fetch origin <head>`, `git checkout <head> --`).
 */
async function tagMode(
  inputs: Record<string, string>,
  env: Record<string, string>,
  workspace: string
): Promise<TagMode | undefined> {
  if (inputs.prompt || !COMMENT_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '')) return undefined
  const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH!, 'utf8')) as {
    comment?: { body?: string }
    issue?: { number?: number }
    pull_request?: { number?: number }
  }
  const body = event.comment?.body ?? ''
  if (!body.includes(inputs.trigger_phrase || '@claude')) return undefined
  const number = event.issue?.number ?? event.pull_request?.number
  const answer = await fetch(
    `${env.GITHUB_API_URL}/repos/${env.GITHUB_REPOSITORY}/pulls/${number}`,
    {
      headers: {
        authorization: `token ${inputs.github_token}`,
        accept: 'application/vnd.github+json'
      }
    }
  )
  const pr = (await answer.json()) as { head: { ref: string } }
  await exec('git', ['fetch', '--quiet', 'origin', pr.head.ref], { cwd: workspace })
  await exec('git', ['checkout', '--quiet', '-B', pr.head.ref, 'FETCH_HEAD', '--'], {
    cwd: workspace
  })
  return { headRef: pr.head.ref, prompt: body }
}

/** What tag mode puts before the user's claude_args (src/modes/tag/index.ts, shortened). */
const TAG_MODE_ARGS = `--mcp-config '{"mcpServers":{}}' --permission-mode acceptEdits --allowedTools "Glob,Grep,LS,Read,Bash(git add:*),Bash(git commit:*),Bash(git rm:*)"`

export function claudeCodeActionStandIn(
  scenario: () => ClaudeScenario,
  calls: StandInCall[]
): UsesHandler {
  return async ({
    with: inputs,
    env
  }): Promise<{ ok: boolean; outputs: Record<string, string> }> => {
    const workspace = await realpath(env.GITHUB_WORKSPACE!)
    const tag = await tagMode(inputs, env, workspace)
    const args = tag ? `${TAG_MODE_ARGS} ${inputs.claude_args ?? ''}` : (inputs.claude_args ?? '')
    const flags = parseFlags(splitArgs(args))
    const configDir = env.CLAUDE_CONFIG_DIR || join(env.HOME!, '.claude')
    const folder = join(configDir, 'projects', projectDirName(workspace))
    const mode = flags['permission-mode']?.at(-1)
    const tools = [...(flags.allowedTools ?? []), ...(flags['allowed-tools'] ?? [])].join(',')
    const mayEdit =
      mode === 'acceptEdits' || mode === 'bypassPermissions' || /\b(Edit|Write)\b/.test(tools)
    const s = scenario()
    const execution = join(env.RUNNER_TEMP!, 'claude-execution-output.json')
    const resume = flags.resume?.at(-1)
    const call: StandInCall = {
      claudeArgs: inputs.claude_args ?? '',
      flags,
      prompt: tag?.prompt ?? inputs.prompt ?? '',
      sessionId: resume,
      edited: false,
      tagMode: Boolean(tag),
      executable: inputs.path_to_claude_code_executable || undefined,
      claudeCodeVersion: INSTALLED_CLAUDE_CODE
    }
    calls.push(call)
    if (call.executable) call.claudeCodeVersion = await versionOf(call.executable)
    if (resume) {
      const exists = await stat(join(folder, `${resume}.jsonl`)).catch(() => undefined)
      if (!exists) {
        await writeFile(execution, '[]')
        return { ok: false, outputs: {} }
      }
    }
    const sessionId = resume ?? randomUUID()
    call.sessionId = sessionId
    const transcript = join(folder, `${sessionId}.jsonl`)
    await mkdir(folder, { recursive: true })
    const head = await readFile(join(workspace, '.git', 'HEAD'), 'utf8').catch(() => '')
    const gitBranch = /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1] ?? 'HEAD'
    let parent: string | null = null
    const append = async (type: 'user' | 'assistant', content: unknown) => {
      const uuid = randomUUID()
      const record = {
        parentUuid: parent,
        isSidechain: false,
        userType: 'external',
        cwd: workspace,
        sessionId,
        version: call.claudeCodeVersion,
        gitBranch,
        type,
        // Assistant rows carry the API message's id, model and usage, as Claude Code writes them.
        message:
          type === 'assistant'
            ? {
                id: `msg_${uuid.slice(0, 8)}`,
                model: STAND_IN_MODEL,
                role: type,
                content,
                usage: STAND_IN_USAGE
              }
            : { role: type, content },
        uuid,
        timestamp: new Date().toISOString()
      }
      parent = uuid
      await appendFile(transcript, JSON.stringify(record) + '\n')
    }
    await append('user', call.prompt)
    if (s.edit) {
      const toolId = `toolu_${randomUUID().slice(0, 8)}`
      await append('assistant', [
        { type: 'text', text: 'Let me make that change.' },
        { type: 'tool_use', id: toolId, name: 'Write', input: { file_path: s.edit.file } }
      ])
      if (mayEdit) {
        await mkdir(dirname(join(workspace, s.edit.file)), { recursive: true })
        await writeFile(join(workspace, s.edit.file), s.edit.content)
        call.edited = true
        // Tag mode: Claude commits and pushes with the git tools tag mode grants it.
        if (tag) {
          const bot = {
            ...process.env,
            GIT_AUTHOR_NAME: 'claude[bot]',
            GIT_AUTHOR_EMAIL: 'claude@users.noreply.github.com',
            GIT_COMMITTER_NAME: 'claude[bot]',
            GIT_COMMITTER_EMAIL: 'claude@users.noreply.github.com',
            GIT_CONFIG_GLOBAL: '/dev/null'
          }
          await exec('git', ['add', '-A'], { cwd: workspace, env: bot })
          await exec('git', ['commit', '--quiet', '-m', `Claude: ${s.edit.file}`], {
            cwd: workspace,
            env: bot
          })
          await exec('git', ['push', '--quiet', 'origin', `HEAD:refs/heads/${tag.headRef}`], {
            cwd: workspace,
            env: bot
          })
        }
      }
      await append('user', [
        {
          type: 'tool_result',
          tool_use_id: toolId,
          content: mayEdit
            ? 'File written'
            : "Claude requested permissions to write, but you haven't granted it yet.",
          is_error: !mayEdit
        }
      ])
    }
    await s.during?.()
    if (s.fail) {
      await writeFile(
        execution,
        JSON.stringify([{ type: 'result', subtype: 'error_during_execution' }])
      )
      return { ok: false, outputs: {} }
    }
    await append('assistant', [{ type: 'text', text: s.answer ?? 'Done: the change is in place.' }])
    await writeFile(
      execution,
      JSON.stringify([{ type: 'system', subtype: 'init', session_id: sessionId }])
    )
    return {
      ok: true,
      outputs: { session_id: sessionId, conclusion: 'success', execution_file: execution }
    }
  }
}
