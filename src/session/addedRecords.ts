import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { TokenCounter, type TokenUsage } from './tokenUsage.js'

export interface AddedRecords {
  /** Non-empty lines after the first `skip`. */
  records: number
  /** User rows that carry a prompt (not tool results fed back to Claude). */
  prompts: number
  /** The text of the last assistant row that has any. */
  finalAnswer?: string
  /** The tokens the added assistant rows used, when they record any. */
  tokens?: TokenUsage
}

/**
 * What a transcript gained after its first `skip` records: Claude Code appends to the same file
 * when it resumes (docs/facts.md), so the rows after the ones we pushed are the run's.
 */
export async function readAddedRecords(path: string, skip: number): Promise<AddedRecords> {
  const added: AddedRecords = { records: 0, prompts: 0 }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  let seen = 0
  const tokens = new TokenCounter()
  for await (const line of lines) {
    if (line.trim().length === 0) continue
    if (seen++ < skip) continue
    added.records++
    let row: { type?: unknown; isSidechain?: unknown; message?: { content?: unknown } }
    try {
      row = JSON.parse(line) as typeof row
    } catch {
      continue
    }
    // Before the sidechain test: a subagent's tokens are this run's too.
    tokens.add(row)
    if (row.isSidechain === true) continue
    const content = row.message?.content
    if (row.type === 'user' && isPrompt(content)) added.prompts++
    if (row.type === 'assistant') {
      const text = textOf(content)
      if (text) added.finalAnswer = text
    }
  }
  added.tokens = tokens.total()
  return added
}

function isPrompt(content: unknown): boolean {
  if (typeof content === 'string') return content.trim().length > 0
  return (
    Array.isArray(content) &&
    content.some((b) => (b as { type?: unknown }).type === 'text') &&
    !content.some((b) => (b as { type?: unknown }).type === 'tool_result')
  )
}

function textOf(content: unknown): string | undefined {
  if (typeof content === 'string') return content.trim() || undefined
  if (!Array.isArray(content)) return undefined
  const text = content
    .filter((b) => (b as { type?: unknown }).type === 'text')
    .map((b) => String((b as { text?: unknown }).text ?? ''))
    .join('\n')
    .trim()
  return text || undefined
}
