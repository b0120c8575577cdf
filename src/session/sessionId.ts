import { randomUUID } from 'node:crypto'

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** Claude Code names a transcript after its session id, a UUID (docs/facts.md). */
export function isSessionId(value: string): boolean {
  return UUID_RE.test(value)
}

export function newSessionId(): string {
  return randomUUID()
}
