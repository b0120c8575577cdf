import { randomBytes } from 'node:crypto'
import type { Stats } from 'node:fs'
import { copyFile, chmod, cp, lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { HostileArchiveError, LocalFileError } from '../errors.js'

/** lstat, or undefined when nothing is there. Only ENOENT means absent: EACCES, EIO… propagate. */
export async function lstatIfExists(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Copies the session folder (subagents, tool results) file by file, each atomically. */
export async function installFolder(from: string, to: string, projectDir: string): Promise<void> {
  await ensureRealDirectory(to, projectDir)
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isDirectory()) {
      await installFolder(source, target, projectDir)
    } else if (entry.isFile()) {
      const temporary = temporaryName(target)
      try {
        await moveOrCopy(source, temporary)
        await chmod(temporary, 0o600)
        await rename(temporary, target)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    }
  }
}

/** Where a replaced session was kept: its transcript, and its `<id>/` folder when it had one. */
export interface SessionBackup {
  transcript: string
  folder?: string
}

/**
 * Keeps a copy of the whole local session before it is replaced: the transcript and the `<id>/`
 * folder, which Claude Code moves together (docs/facts.md#session-folder). The names end in `.bak`, so Claude
 * Code, which looks for `<id>.jsonl` and `<id>/`, never takes them for a session.
 */
export async function backupSession(
  transcriptPath: string,
  folderPath: string
): Promise<SessionBackup> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const backup: SessionBackup = { transcript: `${transcriptPath}.${stamp}.bak` }
  await copyFile(transcriptPath, backup.transcript)
  const folder = await lstatIfExists(folderPath)
  if (folder?.isDirectory()) {
    backup.folder = `${folderPath}.${stamp}.bak`
    // Links are copied as links, never followed: the copy holds what the folder held.
    await cp(folderPath, backup.folder, {
      recursive: true,
      verbatimSymlinks: true,
      errorOnExist: true,
      force: false
    })
  }
  return backup
}

/** Refuses to follow a symlink planted where a session folder belongs: we write only inside projectDir. */
async function ensureRealDirectory(path: string, projectDir: string): Promise<void> {
  const rel = relative(projectDir, path)
  if (rel.startsWith('..') || rel.split(sep).includes('..')) {
    throw new HostileArchiveError(`Refusing to write outside ${projectDir}: ${path}`)
  }
  const stats = await lstatIfExists(path)
  if (!stats) {
    await mkdir(path, { recursive: true, mode: 0o700 })
    return
  }
  if (!stats.isDirectory()) {
    // Something local stands in the way, not something the archive holds: the user moves it.
    throw new LocalFileError(
      `${path} exists but is not a plain folder (a symlink or a file); move it away and restore again.`,
      path,
      'ENOTDIR'
    )
  }
}

/** Staging is ours to consume: a rename when it shares the filesystem, else a copy. */
export async function moveOrCopy(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await copyFile(from, to)
  }
}

export async function endsWithNewline(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size === 0) return true
    const last = Buffer.alloc(1)
    await handle.read(last, 0, 1, size - 1)
    return last[0] === 0x0a
  } finally {
    await handle.close()
  }
}

export function temporaryName(target: string): string {
  return join(dirname(target), `.${randomBytes(6).toString('hex')}.claude-session.tmp`)
}
