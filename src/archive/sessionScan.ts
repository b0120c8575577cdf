import { copyFile, lstat, mkdir, readdir, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { findSecrets, redactUnit } from './redaction.js'
import { prefilterFor } from './secretRules.js'
import { redactFile, scanFile, type SecretFinding } from './secretScan.js'
import { textReadingOf } from './textReading.js'

/** What a save packs: the transcript (its first `transcriptBytes`) and the `<id>/` folder. */
export interface SessionFiles {
  transcriptPath: string
  /** The complete lines present now; what follows never travels. */
  transcriptBytes: number
  folderPath?: string
}

export interface SessionScan {
  findings: SecretFinding[]
  /**
   * Files the scan cannot read as text (binary: textReading.ts), named as findings name files.
   * Under "warn" and "redact" they travel as they are; "fail" refuses them unless allowed.
   */
  unscanned: string[]
}

interface FolderFile {
  /** `<id>/subagents/agent-1.jsonl`: how findings and the archive name it. */
  name: string
  path: string
  relative: string[]
}

/**
 * A folder file as the scan sees it: its name may hold a secret too (a tool result saved under a
 * token, a folder named after one). `shown` is the name that messages use, with every secret in
 * it already replaced, so no warning ever prints one; `redacted` the path parts a redacted upload
 * stores it under.
 */
interface ScannedName extends FolderFile {
  shown: string
  redacted: string[]
  findings: SecretFinding[]
}

/**
 * The marker that replaces a secret in a file name: `[REDACTED-<rule>]`, as `[REDACTED:<rule>]`
 * in text, without the colon that Windows refuses in file names.
 */
const NAME_MARK = '[REDACTED-'

/** Scans every part of every folder file's name; one rules pass for all the names that need it. */
async function scanNames(
  folder: string,
  files: FolderFile[],
  extraSecrets: string[]
): Promise<ScannedName[]> {
  const prefilter = prefilterFor(extraSecrets)
  const parts = [...new Set(files.flatMap((f) => f.relative))].filter((part) => {
    prefilter.lastIndex = 0
    return prefilter.test(part)
  })
  const units = parts.map((raw) => ({ raw, json: false }))
  const hits = await findSecrets(units, extraSecrets)
  const replaced = new Map<string, { text: string; name: string; rules: string[] }>()
  for (const [index, unit] of units.entries()) {
    const own = hits.filter((h) => h.unit === index)
    if (own.length === 0) continue
    const text = redactUnit(unit, own)
    replaced.set(unit.raw, {
      text,
      name: text.split('[REDACTED:').join(NAME_MARK),
      rules: own.map((h) => h.ruleId)
    })
  }
  const top = basename(folder)
  return files.map((file) => {
    const shown = [top, ...file.relative.map((p) => replaced.get(p)?.text ?? p)].join('/')
    const rules = file.relative.flatMap((p) => replaced.get(p)?.rules ?? [])
    return {
      ...file,
      shown,
      redacted: file.relative.map((p) => replaced.get(p)?.name ?? p),
      findings: rules.map((ruleId) => ({ ruleId, file: shown, line: 0, inName: true }))
    }
  })
}

/** Scans every file that goes into the archive: the transcript, and each file of its folder and its name. */
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
  if (!session.folderPath) return { findings, unscanned }
  const files = await folderFiles(session.folderPath)
  for (const file of await scanNames(session.folderPath, files, extraSecrets)) {
    findings.push(...file.findings)
    const reading = await textReadingOf(file.path)
    if (reading === undefined) unscanned.push(file.shown)
    else
      findings.push(
        ...(await scanFile(file.path, { displayName: file.shown, extraSecrets, reading }))
      )
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
  const files = await folderFiles(folderPath)
  for (const file of await scanNames(folderPath, files, extraSecrets)) {
    findings.push(...file.findings)
    const reading = await textReadingOf(file.path)
    if (reading === undefined) unscanned.push(file.shown)
    else {
      const options = { displayName: file.shown, extraSecrets, reading }
      const found = await scanFile(file.path, options)
      // Rewritten only where something was found: a clean file travels byte for byte.
      if (found.length > 0) await redactFile(file.path, file.path, options)
      findings.push(...found)
    }
    if (file.findings.length > 0) await renameInSnapshot(folderPath, file)
  }
  return { findings, unscanned, transcriptPath, folderPath }
}

/**
 * Moves a file of the snapshot to its redacted name. Two names that redact alike (a rare case:
 * two tokens in the same place) keep apart with a counter.
 */
async function renameInSnapshot(folderPath: string, file: ScannedName): Promise<void> {
  const target = join(folderPath, ...file.redacted)
  await mkdir(dirname(target), { recursive: true, mode: 0o700 })
  let free = target
  for (let n = 2; await exists(free); n++) free = `${target}-${n}`
  await rename(file.path, free)
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false
  )
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
