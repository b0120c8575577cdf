import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { hashFile } from '../archive/digest.js'

/**
 * What this machine knows of each memory file's versions: `base`, the digest it last had in
 * common with the stored copy (saved or pulled), and `seen`, every digest that ever travelled
 * from or to here. Pull uses it to tell a change made in CI from an older copy coming back, and a
 * file changed on both sides from one changed on one side only. It lives beside the memory folder
 * (`<project folder>/.claude-session-memory.json`), where Claude Code does not read.
 */
export interface MemoryState {
  files: Record<string, { base: string; seen: string[] }>
}

/** A bound on the digests kept per file: enough to recognise the copies that circulate. */
const SEEN = 50

const stateFile = (memoryDir: string) => join(dirname(memoryDir), '.claude-session-memory.json')

export async function readMemoryState(memoryDir: string): Promise<MemoryState> {
  try {
    const parsed = JSON.parse(await readFile(stateFile(memoryDir), 'utf8')) as MemoryState
    return parsed && typeof parsed.files === 'object' ? parsed : { files: {} }
  } catch {
    // Missing or unreadable: every difference is then treated as a change on both sides.
    return { files: {} }
  }
}

/**
 * Records files as in common with the stored copy: `synced` (relative path → sha256) become each
 * file's base, and `alsoSeen` are remembered as versions that are not news (a redacted upload).
 */
export async function recordMemorySynced(
  memoryDir: string,
  synced: Record<string, string>,
  alsoSeen: Record<string, string> = {}
): Promise<void> {
  const state = await readMemoryState(memoryDir)
  const remember = (file: string, digest: string) => {
    const entry = (state.files[file] ??= { base: digest, seen: [] })
    entry.seen = [...entry.seen.filter((d) => d !== digest), digest].slice(-SEEN)
  }
  for (const [file, digest] of Object.entries(alsoSeen)) remember(file, digest)
  for (const [file, digest] of Object.entries(synced)) {
    remember(file, digest)
    state.files[file]!.base = digest
  }
  const path = stateFile(memoryDir)
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 })
  await rename(temporary, path)
}

/** sha256 of each file (relative path → digest). */
export async function digestsOf(dir: string, files: string[]): Promise<Record<string, string>> {
  const digests: Record<string, string> = {}
  for (const file of files) digests[file] = (await hashFile(join(dir, ...file.split('/')))).sha256
  return digests
}
