import { UsageError } from '../errors.js'
import { isSessionId } from '../session/index.js'

/** Claude Code's own permission modes; anything else is read as a tool allow-list. */
const PERMISSION_MODES = new Set(['default', 'acceptEdits', 'plan', 'bypassPermissions', 'dontAsk'])

/** Flags with which the user has already said what Claude may do: ours then stay out. */
const USER_PERMISSION_FLAGS =
  /(^|\s)--(permission-mode|allowedTools|allowed-tools|dangerously-skip-permissions)(\s|=|$)/

export interface ClaudeArgsOptions {
  /** The restored session, resumed with `--resume`; checked to be a UUID. */
  resumeId?: string
  /** `acceptEdits`, `default`, another permission mode, or a tool allow-list (`Edit,Write,Bash(npm test:*)`). */
  permissions: string
  model?: string
  /** The user's own claude_args, appended last. */
  userArgs?: string
  /**
   * Text for `--append-system-prompt` (what changed on the branch since the save): claude-code-action
   * v1 documents that flag in claude_args as the way to add instructions in every mode
   * (docs/migration-guide.md and docs/faq.md in anthropics/claude-code-action, "custom_instructions").
   */
  appendSystemPrompt?: string
  /**
   * claude-code-action runs in tag mode (no prompt): it sets `--permission-mode acceptEdits` and
   * its own tool list itself and appends our claude_args after them (src/modes/tag/index.ts in
   * v1.0.200), so no permission flag of ours goes in.
   */
  tagMode?: boolean
}

/**
 * The `claude_args` string for claude-code-action. v1 splits it with shell-quote and the last
 * value of a repeated flag wins (docs/facts.md#claude_args), so ours come first and the user's last: their own
 * `--model` or `--resume` wins. v1 in agent mode passes no permission mode, so without one Claude's
 * edits are denied while the run still succeeds (docs/facts.md#agent-mode); we add one unless the user's args
 * already choose (`--allowedTools` accumulates in v1 rather than replacing, so we stay out).
 */
export function buildClaudeArgs(options: ClaudeArgsOptions): string {
  const args: string[] = []
  if (options.resumeId !== undefined) {
    // The id comes from a downloaded metadata file: never let it carry anything but a UUID.
    if (!isSessionId(options.resumeId))
      throw new UsageError(
        `The restored session id "${options.resumeId.slice(0, 80)}" is not a UUID; refusing to pass it to Claude. Delete that stored session with \`claude-session delete\`.`
      )
    args.push('--resume', options.resumeId)
  }
  const userArgs = (options.userArgs ?? '').trim()
  const permissions = options.permissions.trim() || 'acceptEdits'
  if (options.appendSystemPrompt)
    args.push('--append-system-prompt', shellQuote(options.appendSystemPrompt))
  if (!options.tagMode && !USER_PERMISSION_FLAGS.test(userArgs) && permissions !== 'default') {
    if (PERMISSION_MODES.has(permissions)) args.push('--permission-mode', permissions)
    else args.push('--allowedTools', shellQuote(permissions))
  }
  if (options.model?.trim()) args.push('--model', shellQuote(options.model.trim()))
  if (userArgs) args.push(userArgs)
  return args.join(' ')
}

/** Single-quoted for shell-quote (which v1 uses to split claude_args): `'` becomes `'\''`. */
function shellQuote(value: string): string {
  return /^[A-Za-z0-9._:/=@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}
