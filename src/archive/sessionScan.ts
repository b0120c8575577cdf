import { copyFile, mkdir, readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
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
 * Copies the session folder into `work` (the save's private folder) as packing would take it:
 * regular files only. Scanning and packing the copy means that what travels is exactly what was
 * scanned, even while Claude Code is still writing to the original.
 */
export async function snapshotFolder(folder: string, work: string): Promise<string> {
  const copy = join(work, 'session-folder', basename(folder))
  await mkdir(copy, { recursive: true, mode: 0o700 })
  for (const file of await folderFiles(folder)) {
    const target = join(copy, ...file.relative)
    await mkdir(dirname(target), { recursive: true, mode: 0o700 })
    await copyFile(file.path, target)
  }
  return copy
}

/**
 * Redacts every file that goes into the archive: the transcript's complete lines into a copy in
 * `work` (the save's private folder, never a shared one) when something was found, and the files
 * of a snapshot of the folder in place. Returns what to pack.
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

  const folderPath = await snapshotFolder(session.folderPath, work)
  const unscanned: string[] = []
  for (const file of await folderFiles(folderPath)) {
    if (await isBinaryFile(file.path)) {
      unscanned.push(file.name)
      continue
    }
    const options = { displayName: file.name, extraSecrets }
    const found = await scanFile(file.path, options)
    // Rewritten only where something was found: a clean file travels byte for byte.
    if (found.length > 0) await redactFile(file.path, file.path, options)
    findings.push(...found)
  }
  return { findings, unscanned, transcriptPath, folderPath }
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
