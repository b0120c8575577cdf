import { randomUUID } from 'node:crypto'

import { isUuid } from '../common/ids.js'

/** Claude Code names a transcript after its session id, a UUID (docs/facts.md#session-location). */
export function isSessionId(value: string): boolean {
  return isUuid(value)
}

export function newSessionId(): string {
  return randomUUID()
}
