import { copyFile, mkdir, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { isBinaryFile, redactFile, scanFile, type SecretFinding } from './secretScan.js'

/** What a save packs: the transcript (its first `transcriptBytes`) and the `<id>/` folder. */
export interface SessionFiles {
  transcriptPath: string
  /** The complete lines present now; what follows never travels. */
  transcriptBytes: number
  folderPath?: string
}

export interface SessionScan {
  findings: SecretFinding[]
  /** Files that travel unscanned because they are binary, named as findings name files. */
  unscanned: string[]
}

interface FolderFile {
  /** `<id>/subagents/agent-1.jsonl`: how findings and the archive name it. */
  name: string
  path: string
  relative: string[]
}

/** Scans every file that goes into the archive: the transcript and each file of its folder. */
export async function scanSession(
  session: SessionFiles,
  extraSecrets: string[] = []
): Promise<SessionScan> {
  const findings = await scanFile(session.transcriptPath, {
    displayName: basename(session.transcriptPath),
    extraSecrets,
    bytes: session.transcriptBytes
  })
  const unscanned: string[] = []
  for (const file of session.folderPath ? await folderFiles(session.folderPath) : []) {
    if (await isBinaryFile(file.path)) unscanned.push(file.name)
    else findings.push(...(await scanFile(file.path, { displayName: file.name, extraSecrets })))
  }
  return { findings, unscanned }
}

/**
 * Redacts every file that goes into the archive, writing copies into `work` (the save's private
 * folder, never a shared one) only where something was found. Returns what to pack: the copies,
 * or the originals where nothing was found.
 */
export async function redactSession(
  session: SessionFiles,
  work: string,
  extraSecrets: string[] = []
): Promise<SessionScan & { transcriptPath: string; folderPath?: string }> {
  const transcriptCopy = join(work, 'redacted.jsonl')
  const { findings } = await redactFile(session.transcriptPath, transcriptCopy, {
    displayName: basename(session.transcriptPath),
    extraSecrets,
    bytes: session.transcriptBytes
  })
  const transcriptPath = findings.length > 0 ? transcriptCopy : session.transcriptPath
  if (!session.folderPath) return { findings, unscanned: [], transcriptPath }

  const files = await folderFiles(session.folderPath)
  const unscanned: string[] = []
  const inFolder: SecretFinding[][] = []
  for (const file of files) {
    const binary = await isBinaryFile(file.path)
    if (binary) unscanned.push(file.name)
    inFolder.push(binary ? [] : await scanFile(file.path, { displayName: file.name, extraSecrets }))
  }
  findings.push(...inFolder.flat())
  if (inFolder.every((f) => f.length === 0))
    return { findings, unscanned, transcriptPath, folderPath: session.folderPath }

  // The copy holds what packing would take from the folder: regular files, links left behind.
  const folderCopy = join(work, 'redacted-folder', basename(session.folderPath))
  for (const [index, file] of files.entries()) {
    const target = join(folderCopy, ...file.relative)
    await mkdir(join(target, '..'), { recursive: true, mode: 0o700 })
    if (inFolder[index]!.length > 0) await redactFile(file.path, target, { extraSecrets })
    else await copyFile(file.path, target)
  }
  return { findings, unscanned, transcriptPath, folderPath: folderCopy }
}

/** Regular files under the folder, as packing collects them: symlinks are never followed. */
async function folderFiles(folder: string, relative: string[] = []): Promise<FolderFile[]> {
  const files: FolderFile[] = []
  const dir = join(folder, ...relative)
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1
  )
  for (const entry of entries) {
    const rel = [...relative, entry.name]
    if (entry.isDirectory()) files.push(...(await folderFiles(folder, rel)))
    else if (entry.isFile()) {
      files.push({
        name: [basename(folder), ...rel].join('/'),
        path: join(dir, entry.name),
        relative: rel
      })
    }
  }
  return files
}
