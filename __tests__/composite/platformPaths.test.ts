/**
 * The project-folder rules on every hosted runner's paths, held against `path.win32` and
 * `path.posix` whatever this machine is. `realpath` is a table: on macOS `/tmp` and `/var` are
 * symlinks into `/private`; on Windows a junction or subst drive resolves to its target.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { physicalPath, projectDirName } from '../../src/session/index.js'

function realpathTable(table: Record<string, string>, sep: string) {
  return async (p: string) => {
    for (const [link, target] of Object.entries(table))
      if (p === link || p.startsWith(link + sep)) return target + p.slice(link.length)
    if (Object.values(table).some((t) => p === t || p.startsWith(t + sep))) return p
    throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' })
  }
}

describe('Windows runners (path.win32)', () => {
  const exists = realpathTable(
    {
      'C:\\Users\\me\\app': 'C:\\Users\\me\\app',
      'D:\\a\\repo\\repo': 'D:\\a\\repo\\repo',
      'W:\\': 'D:\\a\\repo\\repo\\'
    },
    '\\'
  )
  it.each([
    ['C:\\Users\\me\\app', 'C:\\Users\\me\\app', 'C--Users-me-app'],
    ['D:\\a\\repo\\repo', 'D:\\a\\repo\\repo', 'D--a-repo-repo'],
    // A folder Claude will create: the existing parent is resolved, the rest appended.
    ['D:\\a\\repo\\repo\\new dir', 'D:\\a\\repo\\repo\\new dir', 'D--a-repo-repo-new-dir'],
    // Forward slashes (Git Bash hands these over) mean the same folder.
    ['D:/a/repo/repo', 'D:\\a\\repo\\repo', 'D--a-repo-repo'],
    // A subst drive lands where Claude Code, resolving it, looks.
    ['W:\\src', 'D:\\a\\repo\\repo\\src', 'D--a-repo-repo-src']
  ])('%s → %s → %s', async (cwd, physical, name) => {
    const real = await physicalPath(cwd, path.win32, exists)
    expect(real).toBe(physical)
    expect(projectDirName(real)).toBe(name)
    expect(path.win32.join('C:\\Users\\me\\.claude', 'projects', name)).toBe(
      `C:\\Users\\me\\.claude\\projects\\${name}`
    )
  })
})

describe('macOS and Linux runners (path.posix)', () => {
  const exists = realpathTable(
    {
      '/tmp': '/private/tmp',
      '/var': '/private/var',
      '/Users/runner/work/app/app': '/Users/runner/work/app/app',
      '/home/runner/work/app/app': '/home/runner/work/app/app'
    },
    '/'
  )
  it.each([
    ['/Users/runner/work/app/app', '/Users/runner/work/app/app', '-Users-runner-work-app-app'],
    ['/tmp/x', '/private/tmp/x', '-private-tmp-x'],
    ['/var/folders/ab/T/work', '/private/var/folders/ab/T/work', '-private-var-folders-ab-T-work'],
    ['/home/runner/work/app/app', '/home/runner/work/app/app', '-home-runner-work-app-app']
  ])('%s → %s → %s', async (cwd, physical, name) => {
    const real = await physicalPath(cwd, path.posix, exists)
    expect(real).toBe(physical)
    expect(projectDirName(real)).toBe(name)
  })
})
