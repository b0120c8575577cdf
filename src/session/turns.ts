import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { TokenCounter, type TokenUsage } from './tokenUsage.js'

/** What Claude added to a transcript after a given byte offset: the turns of one CI run. */
export interface AddedTurns {
  /** The prompts typed by a person (tool results, which are also `user` rows, excluded). */
  prompts: string[]
  /** The text of the last assistant message that has any. */
  finalAnswer?: string
  /** Tool name → number of calls, in the order first used. */
  tools: Record<string, number>
  /** The Claude Code version named by the newest added record. */
  claudeVersion?: string
  records: number
  /** The tokens the added assistant rows used, when they record any. */
  tokens?: TokenUsage
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
 * Reads the records from `fromByte` to the end. Conversation rows carry `type`, `isSidechain` and
 * `message` (docs/facts.md); sidechain rows belong to subagents and are left out, unknown rows ignored.
 */
export async function readAddedTurns(path: string, fromByte = 0): Promise<AddedTurns> {
  const turns: AddedTurns = { prompts: [], tools: {}, records: 0 }
  const tokens = new TokenCounter()
  const lines = createInterface({
    input: createReadStream(path, { start: fromByte }),
    crlfDelay: Infinity
  })
  for await (const line of lines) {
    if (!line.trim()) continue
    let record: Record<string, unknown>
    try {
      record = JSON.parse(line) as Record<string, unknown>
    } catch {
      continue
    }
    if (!record || typeof record !== 'object') continue
    turns.records++
    if (typeof record.version === 'string') turns.claudeVersion = record.version
    tokens.add(record)
    if (record.isSidechain === true) continue
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
      turns.prompts.push(text)
    if (record.type === 'assistant') {
      if (text) turns.finalAnswer = text
      for (const b of blocks)
        if (b?.type === 'tool_use' && typeof b.name === 'string')
          turns.tools[b.name] = (turns.tools[b.name] ?? 0) + 1
    }
  }
  turns.tokens = tokens.total()
  return turns
}
