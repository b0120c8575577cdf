import { lstat, mkdir, mkdtemp, readlink, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { isUnreadableFile, scanFile, scanText, type SecretFinding } from '../archive/index.js'
import { SecretsFoundError } from '../errors.js'
import type { StagedChange, StagedScreen } from '../git/commitEdits.js'
import { writeCommittedFile } from '../git/branchHistory.js'
import { git } from '../git/git.js'
import type { Logger } from '../log.js'
import type { SecretsPolicy } from '../save/request.js'

/** What the screen found in the staged edits. */
export interface EditsScan {
  findings: SecretFinding[]
  /** Files committed unscanned because they are binary. */
  unscanned: string[]
}

/**
 * The secrets policy of a save, applied to the commit of Claude's edits: every added or modified
 * file (and every path's name) is scanned with the session's scanner; a finding in a modified file
 * counts only when the last commit's version did not already hold it (the commit adds only what
 * differs). warn lists the findings and commits; fail commits nothing; redact leaves the files
 * with findings out of the commit (the caller names them).
 */
export function secretsScreen(options: {
  /** The work tree (or a folder inside it). */
  cwd: string
  policy: SecretsPolicy
  extraSecrets: string[]
  log: Logger
  /** Filled in as the screen runs. */
  scan: EditsScan
}): StagedScreen {
  return async (staged) => {
    const { findings, unscanned } = await scanStaged(options.cwd, staged, options.extraSecrets)
    options.scan.findings.push(...findings)
    options.scan.unscanned.push(...unscanned)
    for (const name of unscanned)
      options.log.warning(`Not scanned for secrets (binary file), committed as it is: ${name}`)
    for (const f of findings)
      options.log.warning(`Possible secret (${f.ruleId}) at ${f.file}:${f.line} in Claude's edits`)
    if (findings.length === 0 || options.policy === 'warn') return []
    const files = [...new Set(findings.map((f) => f.file))]
    if (options.policy === 'fail')
      throw new SecretsFoundError(
        `Refusing to commit Claude's edits: ${files.join(', ')} ${files.length === 1 ? 'holds' : 'hold'} ${findings.length} possible secret(s) (listed above), so nothing was committed or pushed. Remove them (or add the files to .gitignore), or use the secrets policy "redact" to commit the other files.`
      )
    return files
  }
}

async function scanStaged(
  dir: string,
  staged: StagedChange[],
  extraSecrets: string[]
): Promise<EditsScan> {
  const scan: EditsScan = { findings: [], unscanned: [] }
  // Staged paths are relative to the work tree's root, whatever folder the cwd is.
  const cwd = (await git(dir, ['rev-parse', '--show-toplevel'])).stdout.trim() || dir
  const work = await mkdtemp(join(tmpdir(), 'claude-session-edits-'))
  try {
    for (const [index, change] of staged.entries()) {
      if (change.status === 'D') continue
      // A token in a file's name travels in the tree as surely as one in its content.
      scan.findings.push(...(await scanText(change.path, change.path, extraSecrets)).findings)
      const path = join(cwd, change.path)
      const info = await lstat(path).catch(() => undefined)
      if (!info) continue
      if (info.isSymbolicLink()) {
        // git stores a link as its target's text: that is what the commit adds.
        scan.findings.push(
          ...(await scanText(await readlink(path), change.path, extraSecrets)).findings
        )
        continue
      }
      if (!info.isFile()) continue
      if (await isUnreadableFile(path)) {
        scan.unscanned.push(change.path)
        continue
      }
      const found = await scanFile(path, { displayName: change.path, extraSecrets })
      if (found.length === 0) continue
      const before =
        change.status === 'A'
          ? []
          : await committedFindings(cwd, change.path, join(work, String(index)), extraSecrets)
      scan.findings.push(...newFindings(found, before))
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return scan
}

/** The findings of the last commit's version of `path` (a copy keeps its name: its kind is read from it). */
async function committedFindings(
  cwd: string,
  path: string,
  folder: string,
  extraSecrets: string[]
): Promise<SecretFinding[]> {
  await mkdir(folder, { mode: 0o700 })
  const copy = join(folder, basename(path))
  try {
    await writeCommittedFile(cwd, path, copy)
  } catch {
    return []
  }
  return scanFile(copy, { displayName: path, extraSecrets })
}

/** The findings beyond those the old version already had, counted per rule. */
function newFindings(found: SecretFinding[], before: SecretFinding[]): SecretFinding[] {
  const had = new Map<string, number>()
  for (const f of before) had.set(f.ruleId, (had.get(f.ruleId) ?? 0) + 1)
  const kept: SecretFinding[] = []
  const seen = new Map<string, number>()
  for (const f of found) {
    const n = (seen.get(f.ruleId) ?? 0) + 1
    seen.set(f.ruleId, n)
    if (n > (had.get(f.ruleId) ?? 0)) kept.push(f)
  }
  return kept
}
