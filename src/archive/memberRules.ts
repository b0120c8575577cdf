import type { ReadEntry } from 'tar/read-entry'

/**
 * What a session archive may hold: `<id>.jsonl` and regular files under `<id>/`, by relative paths
 * that stay inside. Checked on each member's header before a byte of it is written.
 */

/** Why a member may not be unpacked, or undefined when it may. */
export function memberProblem(
  entry: ReadEntry,
  id: string,
  transcriptName: string
): string | undefined {
  const raw = entry.header.path ?? entry.path
  const path = entry.path
  if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'Directory') {
    return `${raw} is a ${entry.type} entry; only regular files are accepted.`
  }
  if (
    raw.startsWith('/') ||
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(raw) ||
    raw.startsWith('\\\\')
  ) {
    return `${raw} is an absolute path.`
  }
  if (raw.includes('\\')) return `${raw} contains a backslash.`
  const parts = path.replace(/\/+$/, '').split('/')
  if (parts.some((p) => p === '..' || p === '.' || p === ''))
    return `${raw} leaves the session folder.`
  if (entry.type === 'Directory') {
    return parts[0] === id ? undefined : `${raw} is outside ${id}.jsonl and ${id}/.`
  }
  if (parts.length === 1 && parts[0] === transcriptName) return undefined
  if (parts.length > 1 && parts[0] === id) return undefined
  return `${raw} is outside ${id}.jsonl and ${id}/.`
}
