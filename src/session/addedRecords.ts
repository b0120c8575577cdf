import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

export interface AddedRecords {
  /** Non-empty lines after the first `skip`. */
  records: number
  /** User rows that carry a prompt (not tool results fed back to Claude). */
  prompts: number
  /** The text of the last assistant row that has any. */
  finalAnswer?: string
}

/**
 * What a transcript gained after its first `skip` records, read from byte `fromByte` on (a line
 * start): Claude Code appends to the same file when it resumes (docs/facts.md), so the rows after
 * the ones we had are the run's.
 */
export async function readAddedRecords(
  path: string,
  skip: number,
  fromByte = 0
): Promise<AddedRecords> {
  const added: AddedRecords = { records: 0, prompts: 0 }
  const lines = createInterface({
    input: createReadStream(path, { start: fromByte }),
    crlfDelay: Infinity
  })
  let seen = 0
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
    if (row.isSidechain === true) continue
    const content = row.message?.content
    if (row.type === 'user' && isPrompt(content)) added.prompts++
    if (row.type === 'assistant') {
      const text = textOf(content)
      if (text) added.finalAnswer = text
    }
  }
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
