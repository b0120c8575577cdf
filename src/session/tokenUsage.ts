/**
 * Token use as Claude Code records it: each assistant row carries its API message's
 * `message.usage` (input_tokens, output_tokens, cache_creation_input_tokens,
 * cache_read_input_tokens) and `message.model`. One API message is written as several rows, one
 * per content block, all with the same `message.id` and usage whose output_tokens grows (seen in
 * Claude Code 2.1.39's transcripts, __tests__/fixtures/transcripts/spotter): a message counts
 * once, with the usage of its last row.
 */
export interface TokenUsage {
  input: number
  output: number
  cacheRead: number
  cacheWrite: number
  /** The models that answered, most used first; Claude Code's `<synthetic>` rows left out. */
  models: string[]
}

interface Usage {
  input_tokens?: unknown
  output_tokens?: unknown
  cache_creation_input_tokens?: unknown
  cache_read_input_tokens?: unknown
}

/** Adds up the usage of the assistant rows handed to `add`, each API message once. */
export class TokenCounter {
  private readonly messages = new Map<string, { usage: Usage; model?: string }>()
  private unnamed = 0

  /** One parsed record of a transcript; rows that are not assistant messages are ignored. */
  add(record: unknown): void {
    const row = record as {
      type?: unknown
      message?: { id?: unknown; model?: unknown; usage?: unknown }
    }
    if (row?.type !== 'assistant' || !row.message || typeof row.message.usage !== 'object') return
    const id = typeof row.message.id === 'string' ? row.message.id : `#${this.unnamed++}`
    const model = typeof row.message.model === 'string' ? row.message.model : undefined
    this.messages.set(id, { usage: row.message.usage as Usage, model })
  }

  /** The totals, or undefined when no row carried usage (an older transcript, or no turn). */
  total(): TokenUsage | undefined {
    if (this.messages.size === 0) return undefined
    const sum: TokenUsage = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, models: [] }
    const models = new Map<string, number>()
    for (const { usage, model } of this.messages.values()) {
      sum.input += count(usage.input_tokens)
      sum.output += count(usage.output_tokens)
      sum.cacheRead += count(usage.cache_read_input_tokens)
      sum.cacheWrite += count(usage.cache_creation_input_tokens)
      if (model && model !== '<synthetic>') models.set(model, (models.get(model) ?? 0) + 1)
    }
    sum.models = [...models.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m)
    return sum
  }
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0
}

/** "12,345 input, 678 output, 90,000 cache read, 1,200 cache write tokens (claude-opus-4-6)". */
export function formatTokenUsage(tokens: TokenUsage): string {
  const n = (v: number) => v.toLocaleString('en-US')
  const models = tokens.models.length > 0 ? ` (${tokens.models.join(', ')})` : ''
  return `${n(tokens.input)} input, ${n(tokens.output)} output, ${n(tokens.cacheRead)} cache read, ${n(tokens.cacheWrite)} cache write tokens${models}`
}
