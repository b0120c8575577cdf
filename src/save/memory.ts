import { constants } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { MEMORY_MEMBER, memoryDirFor, memoryFiles, type LocalSession } from '../session/index.js'
import { digestsOf, recordMemorySynced } from '../shared/memorySync.js'

export interface SessionWithMemory {
  /** The folder to pack as `<id>/`: the session folder, plus the memory under MEMORY_MEMBER. */
  folderPath?: string
  /** After a successful save: remembers the memory as in common with the stored copy. */
  recordSaved(packedFolder: string | undefined): Promise<void>
}

/**
 * Puts the project's auto memory beside the session: a copy of the session folder with the memory
 * folder's files under `<id>/.claude-session-memory/`, in the save's private folder. Everything
 * that follows (the secrets policy, packing, encryption) then treats memory as session files.
 * Without memory files the session folder is used as it is.
 */
export async function withMemory(
  local: LocalSession,
  where: { configDir: string; cwd: string; env?: NodeJS.ProcessEnv },
  work: string
): Promise<SessionWithMemory> {
  const memoryDir = await memoryDirFor(where.configDir, where.cwd, where.env ?? process.env)
  const files = await memoryFiles(memoryDir)
  if (files.length === 0) return { folderPath: local.folderPath, recordSaved: async () => {} }
  const composed = join(work, 'with-memory', local.sessionId)
  for (const file of local.folderPath ? await memoryFiles(local.folderPath) : [])
    await copyInto(join(local.folderPath!, ...file.split('/')), join(composed, ...file.split('/')))
  // Copied once: what is scanned and packed is this snapshot, whatever Claude writes meanwhile.
  for (const file of files)
    await copyInto(
      join(memoryDir, ...file.split('/')),
      join(composed, MEMORY_MEMBER, ...file.split('/'))
    )
  const ownDigests = await digestsOf(join(composed, MEMORY_MEMBER), files)
  return {
    folderPath: composed,
    async recordSaved(packedFolder) {
      // Under "redact" the stored copy differs from ours: it is no news when it comes back.
      const uploaded = packedFolder
        ? await digestsOf(join(packedFolder, MEMORY_MEMBER), files)
        : ownDigests
      await recordMemorySynced(memoryDir, ownDigests, uploaded)
    }
  }
}

async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true, mode: 0o700 })
  // A reflink where the file system offers one, else a plain copy.
  await copyFile(from, to, constants.COPYFILE_FICLONE)
}
