import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { isJsonObject } from '../common/json.js'
import { TokenCounter, type TokenUsage } from './tokenUsage.js'

/**
 * What Claude added to a transcript after a point: the turns of one run. The one definition of a
 * turn, used by the job summary (publish-edits) and by `claude-session continue` alike.
 */
export interface AddedTurns {
  /** The prompts typed by a person (tool results, which are also `user` rows, excluded). */
  prompts: string[]
  /** The text of the last assistant message that has any. */
  finalAnswer?: string
  /** Tool name → number of calls, in the order first used. */
  tools: Record<string, number>
  /** The Claude Code version named by the newest added record. */
  claudeVersion?: string
  /** Records (non-empty lines) added, whatever they hold. */
  records: number
  /** The tokens the added assistant rows used, when they record any. */
  tokens?: TokenUsage
}

/** What one transcript record says about the conversation. */
export interface RecordTurn {
  /** Text a person typed. */
  prompt?: string
  /** Text Claude answered. */
  answer?: string
  /** Tools Claude called, by name. */
  tools: string[]
  /** The Claude Code version that wrote the record. */
  claudeVersion?: string
}

/** Rows Claude Code writes as `user` that no person typed: slash-command echoes and interruptions. */
const NOT_TYPED =
  /^(<(command-name|command-message|local-command-stdout|local-command-caveat)>|\[Request interrupted)/

interface Block {
  type?: unknown
  text?: unknown
  name?: unknown
}

/**
 * One record's part in the conversation. Conversation rows carry `type`, `isSidechain`, `isMeta`
 * and `message` (docs/facts.md#records); sidechain rows belong to subagents and are no turn of this
 * conversation, `isMeta` rows and command echoes were not typed, and unknown rows are ignored.
 */
export function turnOf(record: unknown): RecordTurn {
  if (!isJsonObject(record)) return { tools: [] }
  const claudeVersion = typeof record.version === 'string' ? record.version : undefined
  const turn: RecordTurn = { tools: [], ...(claudeVersion ? { claudeVersion } : {}) }
  if (record.isSidechain === true) return turn
  const message = record.message as { content?: unknown } | undefined
  const blocks: Block[] =
    typeof message?.content === 'string'
      ? [{ type: 'text', text: message.content }]
      : Array.isArray(message?.content)
        ? (message.content as Block[])
        : []
  const text = blocks
    .filter((b) => b?.type === 'text' && typeof b.text === 'string')
    .map((b) => b.text as string)
    .join('\n')
    .trim()
  if (
    record.type === 'user' &&
    record.isMeta !== true &&
    text &&
    !NOT_TYPED.test(text) &&
    !blocks.some((b) => b?.type === 'tool_result')
  )
    turn.prompt = text
  if (record.type === 'assistant') {
    if (text) turn.answer = text
    for (const b of blocks)
      if (b?.type === 'tool_use' && typeof b.name === 'string') turn.tools.push(b.name)
  }
  return turn
}

/**
 * The turns of the records after a point: from byte `fromByte` (where the restored transcript
 * ended, for the summary), then after `skipRecords` more records (what `continue` pushed). Claude
 * Code appends to the same file when it resumes (docs/facts.md#appending), so what follows is the run's.
 */
export async function readAddedTurns(
  path: string,
  fromByte = 0,
  skipRecords = 0
): Promise<AddedTurns> {
  const turns: AddedTurns = { prompts: [], tools: {}, records: 0 }
  const tokens = new TokenCounter()
  const lines = createInterface({
    input: createReadStream(path, { start: fromByte }),
    crlfDelay: Infinity
  })
  let skip = skipRecords
  for await (const line of lines) {
    if (!line.trim()) continue
    if (skip > 0) {
      skip--
      continue
    }
    turns.records++
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch {
      continue
    }
    // Before the turn: a subagent's tokens (sidechain rows) are this run's too.
    tokens.add(record)
    const turn = turnOf(record)
    if (turn.claudeVersion) turns.claudeVersion = turn.claudeVersion
    if (turn.prompt) turns.prompts.push(turn.prompt)
    if (turn.answer) turns.finalAnswer = turn.answer
    for (const tool of turn.tools) turns.tools[tool] = (turns.tools[tool] ?? 0) + 1
  }
  turns.tokens = tokens.total()
  return turns
}
