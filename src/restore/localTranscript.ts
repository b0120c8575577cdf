import { lstat, open } from 'node:fs/promises'
import { fileStartsWith, hashFile, type ByteDigest } from '../archive/digest.js'
import { LocalFileError } from '../errors.js'
import { lstatIfExists } from './installFiles.js'

type Relation = 'absent' | 'same' | 'local-behind' | 'local-ahead' | 'diverged'

export interface LocalState {
  relation: Relation
  /** The local transcript as it was compared; undefined when there was none. */
  checked?: ByteDigest
  /** local-behind: how many of the local bytes the incoming copy starts with (all but our own `relocated` tail). */
  sharedBytes?: number
}

/** How far back from the end restore looks for records it appended itself. */
const OWN_TAIL_BYTES = 64 * 1024

/** How the local transcript relates to the incoming one, by digests of common prefixes. */
export async function relate(localPath: string, incomingPath: string): Promise<LocalState> {
  const local = await lstatIfExists(localPath)
  if (!local) return { relation: 'absent' }
  if (!local.isFile()) {
    throw new LocalFileError(
      `${localPath} exists but is not a regular file; move it away and restore again.`,
      localPath,
      'EISDIR'
    )
  }
  const checked = await hashFile(localPath)
  const incomingSize = (await lstat(incomingPath)).size
  if (checked.size <= incomingSize) {
    if (await fileStartsWith(incomingPath, checked)) {
      return {
        relation: checked.size === incomingSize ? 'same' : 'local-behind',
        checked,
        sharedBytes: checked.size
      }
    }
  } else if (await fileStartsWith(localPath, await hashFile(incomingPath))) {
    return { relation: 'local-ahead', checked }
  }
  // A pull into another directory ends the transcript with Claude Code's `relocated` record
  // (docs/facts.md#moving-a-session). Such records are not work done here: without them, the local copy may still
  // be a prefix of the incoming one, which then fast-forwards (and gets a fresh record if needed).
  const own = await trailingRelocatedBytes(localPath, checked.size)
  if (own > 0) {
    const base = await hashFile(localPath, { bytes: checked.size - own })
    if (base.size <= incomingSize && (await fileStartsWith(incomingPath, base))) {
      return { relation: 'local-behind', checked, sharedBytes: base.size }
    }
  }
  return { relation: 'diverged', checked }
}

/**
 * Whether the local transcript is still exactly what `relate` compared. Claude Code, still
 * running, may append at any moment: replacing a file that moved would drop that record.
 */
export async function unchangedSince(localPath: string, checked?: ByteDigest): Promise<boolean> {
  const now = await lstatIfExists(localPath)
  if (!checked) return now === undefined
  return (
    now !== undefined &&
    now.isFile() &&
    now.size === checked.size &&
    (await fileStartsWith(localPath, checked))
  )
}

/** Bytes at the end of the file made only of complete `relocated` records. */
async function trailingRelocatedBytes(path: string, size: number): Promise<number> {
  const start = Math.max(0, size - OWN_TAIL_BYTES)
  const handle = await open(path, 'r')
  let text: string
  try {
    const tail = Buffer.alloc(size - start)
    const { bytesRead } = await handle.read(tail, 0, tail.length, start)
    text = tail.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
  if (!text.endsWith('\n')) return 0
  const lines = text.slice(0, -1).split('\n')
  let own = 0
  // The first piece may be the end of a longer line unless the read began at the start of the file.
  for (let i = lines.length - 1; i >= (start === 0 ? 0 : 1); i--) {
    if (!isRelocatedRecord(lines[i]!)) break
    own += Buffer.byteLength(lines[i]!) + 1
  }
  return own
}

function isRelocatedRecord(line: string): boolean {
  try {
    const record: unknown = JSON.parse(line)
    return (
      typeof record === 'object' &&
      record !== null &&
      (record as { type?: unknown }).type === 'relocated'
    )
  } catch {
    return false
  }
}
