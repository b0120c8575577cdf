import { chmod, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { UnpackResult } from '../archive/unpack.js'
import { HostileArchiveError } from '../errors.js'
import { MEMORY_MEMBER, memoryFiles } from '../session/index.js'
import { digestsOf, readMemoryState, recordMemorySynced } from '../shared/memorySync.js'
import { lstatIfExists, moveOrCopy, temporaryName } from './installFiles.js'

/** What a restore did with the project's auto memory. */
export interface MemoryResult {
  /** The memory folder of the project (`<project folder of the git root>/memory`). */
  dir: string
  /** Files written: new here, or changed remotely while unchanged here. */
  written: string[]
  /** Files changed on both sides: kept as they are, the stored copy written beside them. */
  kept: { file: string; storedCopyAt: string }[]
}

/**
 * Takes the memory out of the unpacked session folder (`<id>/.claude-session-memory/`, see
 * src/session/memory.ts), so that the session folder is installed without it. Returns the folder
 * holding the memory's files, or undefined when the archive carries none.
 */
export async function takeMemory(
  unpacked: UnpackResult,
  work: string
): Promise<string | undefined> {
  if (!unpacked.folderPath) return undefined
  const inside = join(unpacked.folderPath, MEMORY_MEMBER)
  if (!(await lstatIfExists(inside))?.isDirectory()) return undefined
  const taken = join(work, 'memory')
  await rename(inside, taken)
  // A session that had no folder of its own travelled with one only for its memory.
  if ((await readdir(unpacked.folderPath)).length === 0) {
    await rm(unpacked.folderPath, { recursive: true })
    unpacked.folderPath = undefined
  }
  return taken
}

/**
 * Installs the stored memory into the project's memory folder with pull's no-overwrite rule: a
 * file absent here is written; one changed only remotely (this side still as last saved or
 * pulled, src/shared/memorySync.ts) is replaced; one changed on both sides is kept, with the
 * stored copy written beside it as `<name>.<time>.remote`; a stored version this machine already
 * had is old news and changes nothing. Nothing here is ever deleted.
 */
export async function installMemory(from: string, memoryDir: string): Promise<MemoryResult> {
  const result: MemoryResult = { dir: memoryDir, written: [], kept: [] }
  const files = await memoryFiles(from)
  const incoming = await digestsOf(from, files)
  const state = await readMemoryState(memoryDir)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const synced: Record<string, string> = {}
  for (const file of files) {
    const remote = incoming[file]!
    const target = join(memoryDir, ...file.split('/'))
    const known = state.files[file]
    const here = await lstatIfExists(target)
    if (here && !here.isFile()) {
      // A folder or link where the file belongs: leave it, and put the stored copy beside it.
      result.kept.push({
        file,
        storedCopyAt: await place(from, file, `${target}.${stamp}.remote`, memoryDir)
      })
      continue
    }
    const local = here ? (await digestsOf(memoryDir, [file]))[file] : undefined
    if (local === remote) {
      synced[file] = remote
    } else if (known?.seen.includes(remote)) {
      // A copy this machine already had (an older session's, or its own redacted upload).
      continue
    } else if (local === undefined || local === known?.base) {
      await place(from, file, target, memoryDir)
      result.written.push(file)
      synced[file] = remote
    } else {
      result.kept.push({
        file,
        storedCopyAt: await place(from, file, `${target}.${stamp}.remote`, memoryDir)
      })
      // The stored copy is now seen: the next pull does not offer it again.
      await recordMemorySynced(memoryDir, {}, { [file]: remote })
    }
  }
  await recordMemorySynced(memoryDir, synced)
  return result
}

/**
 * Writes one file from the staged memory to `to` atomically (a temporary name, then a rename),
 * through real folders only: a link planted inside the memory folder is never followed.
 */
async function place(from: string, file: string, to: string, root: string): Promise<string> {
  await mkdir(dirname(to), { recursive: true, mode: 0o700 })
  for (let dir = dirname(to); dir.length > root.length; dir = dirname(dir)) {
    if (!(await lstat(dir)).isDirectory())
      throw new HostileArchiveError(`${dir} is not a plain folder; move it away and restore again.`)
  }
  const temporary = temporaryName(to)
  try {
    await moveOrCopy(join(from, ...file.split('/')), temporary)
    await chmod(temporary, 0o600)
    await rename(temporary, to)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return to
}
