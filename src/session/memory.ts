import { lstat, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { physicalPath, projectDirFor } from './projectDir.js'

/**
 * Where the project's auto memory travels inside a session archive: a folder of `<id>/`, so a
 * restore of a version that knows nothing of memory accepts the archive (it refuses members
 * outside `<id>.jsonl` and `<id>/`, src/archive/memberRules.ts) and only puts the files into the
 * session folder, where Claude Code does not look for memory.
 */
export const MEMORY_MEMBER = '.claude-session-memory'

/**
 * Claude Code's auto memory of the project `cwd` belongs to: `<config dir>/projects/<project folder
 * of the git root>/memory/` (MEMORY.md and the files it points to; docs/facts.md#auto-memory). The git root is
 * the nearest folder upwards holding `.git` (a folder, or a file in a worktree); without one, `cwd`.
 */
export async function memoryDirFor(
  configDir: string,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  return join(await projectDirFor(configDir, await gitRoot(cwd), env), 'memory')
}

async function gitRoot(cwd: string): Promise<string> {
  const start = await physicalPath(cwd)
  for (let dir = start; ; dir = dirname(dir)) {
    if (
      await lstat(join(dir, '.git')).then(
        () => true,
        () => false
      )
    )
      return dir
    if (dirname(dir) === dir) return start
  }
}

/** The regular files under a memory folder, as paths relative to it ('/'-separated), sorted. */
export async function memoryFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  })
  const files: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    // Links are not followed, as in the session folder: memory holds Claude Code's own notes.
    if (entry.isDirectory()) files.push(...(await memoryFiles(join(dir, entry.name), relative)))
    else if (entry.isFile()) files.push(relative)
  }
  return files
}
