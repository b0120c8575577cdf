import { realpath } from 'node:fs/promises'
import nodePath, { join, type PlatformPath } from 'node:path'

/** Claude Code shortens longer names and appends a hash of the full path (docs/facts.md#project-folder). */
const MAX_NAME = 200

/**
 * The project folder name Claude Code derives from a working directory: every UTF-16 code unit
 * outside [A-Za-z0-9] becomes `-` (no collapsing, so an emoji gives two dashes); a result over
 * 200 characters keeps its first 200 and gets `-<base36 of |Java-style hash of the path|>`.
 * Works the same for POSIX and Windows paths (`D:\a\repo\repo` → `D--a-repo-repo`).
 */
export function projectDirName(path: string): string {
  const name = path.replace(/[^A-Za-z0-9]/g, '-')
  if (name.length <= MAX_NAME) return name
  return `${name.slice(0, MAX_NAME)}-${Math.abs(javaStringHash(path)).toString(36)}`
}

function javaStringHash(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i++) h = ((h << 5) - h + text.charCodeAt(i)) | 0
  return h
}

/**
 * The absolute project folder for `cwd` inside `configDir`. Claude Code uses the physical path
 * (symlinks resolved, `$PWD` ignored; on macOS `/tmp` is `/private/tmp`), and honours
 * `CLAUDE_CODE_PROJECT_DIR_NAME` only when `CLAUDE_CONFIG_DIR` is also set (docs/facts.md#project-folder).
 */
export async function projectDirFor(
  configDir: string,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  const override = env.CLAUDE_CODE_PROJECT_DIR_NAME
  if (override && env.CLAUDE_CONFIG_DIR) return join(configDir, 'projects', override)
  return join(configDir, 'projects', projectDirName(await physicalPath(cwd)))
}

/**
 * realpath of the longest existing ancestor, with the rest appended: the cwd may not exist yet.
 * This is what makes macOS's `/tmp/x` become `/private/tmp/x` and a Windows junction or subst
 * drive resolve to its target, as Claude Code sees them (docs/facts.md#project-folder). `platform` and `resolveReal`
 * exist so that tests can hold the rules against `path.win32` and `path.posix` tables.
 */
export async function physicalPath(
  path: string,
  platform: PlatformPath = nodePath,
  resolveReal: (path: string) => Promise<string> = realpath
): Promise<string> {
  const absolute = platform.resolve(path)
  const missing: string[] = []
  let current = absolute
  for (;;) {
    try {
      const real = await resolveReal(current)
      return missing.length > 0 ? platform.join(real, ...missing.reverse()) : real
    } catch {
      const parent = platform.dirname(current)
      if (parent === current) return absolute
      missing.push(platform.basename(current))
      current = parent
    }
  }
}
