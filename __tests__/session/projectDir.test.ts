import { describe, expect, it } from '@jest/globals'
import { mkdir, realpath, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { claudeConfigDir, projectDirFor, projectDirName } from '../../src/session/index.js'
import { scratchDir } from '../support/claudeHome.js'

describe("Claude Code's project folder name", () => {
  it.each([
    ['/Users/alice/my.repo_x', '-Users-alice-my-repo-x'],
    ['/home/runner/work/app/app', '-home-runner-work-app-app'],
    ['/private/tmp/x', '-private-tmp-x'],
    // Windows runners: drive letter, colon and backslashes each become a dash.
    ['D:\\a\\repo\\repo', 'D--a-repo-repo'],
    ['C:\\Users\\Bob Smith\\code', 'C--Users-Bob-Smith-code'],
    // Per UTF-16 code unit: é is one unit, an emoji is two (a surrogate pair).
    ['/tmp/café', '-tmp-caf-'],
    ['/tmp/🚀x', '-tmp---x'],
    ['/a--b', '-a--b']
  ])('%s -> %s', (path, name) => {
    expect(projectDirName(path)).toBe(name)
  })

  it('shortens names over 200 characters with the base-36 Java string hash of the path', () => {
    const path = `/home/runner/work/${'a'.repeat(120)}/${'b'.repeat(100)}`
    const name = projectDirName(path)
    // |javaHash(path)| in base 36, computed independently (h = 31h + c, 32-bit) and checked by hand.
    expect(name).toBe(`${path.replace(/[^A-Za-z0-9]/g, '-').slice(0, 200)}-${javaHash36(path)}`)
    expect(name).toHaveLength(201 + javaHash36(path).length)
    expect(javaHash36('hello')).toBe('1n1e4y')
  })

  it('leaves names of exactly 200 characters alone', () => {
    const path = '/' + 'x'.repeat(199)
    expect(projectDirName(path)).toBe('-' + 'x'.repeat(199))
  })
})

describe('the project folder of a working directory', () => {
  it('uses the physical path, so a symlinked cwd lands where Claude Code looks', async () => {
    const root = await realpath(await scratchDir('pd'))
    await mkdir(join(root, 'real', 'repo'), { recursive: true })
    await symlink(join(root, 'real'), join(root, 'link'))
    const viaLink = await projectDirFor('/cfg', join(root, 'link', 'repo'), {})
    expect(viaLink).toBe(join('/cfg', 'projects', projectDirName(join(root, 'real', 'repo'))))
  })

  it('resolves a directory that does not exist yet through its nearest existing parent', async () => {
    const root = await realpath(await scratchDir('pd'))
    expect(await projectDirFor('/cfg', join(root, 'not', 'yet'), {})).toBe(
      join('/cfg', 'projects', projectDirName(join(root, 'not', 'yet')))
    )
  })

  it('honours CLAUDE_CODE_PROJECT_DIR_NAME only together with CLAUDE_CONFIG_DIR', async () => {
    expect(await projectDirFor('/cfg', '/w', { CLAUDE_CODE_PROJECT_DIR_NAME: 'named' })).toBe(
      join('/cfg', 'projects', projectDirName('/w'))
    )
    expect(
      await projectDirFor('/cfg', '/w', {
        CLAUDE_CODE_PROJECT_DIR_NAME: 'named',
        CLAUDE_CONFIG_DIR: '/cfg'
      })
    ).toBe(join('/cfg', 'projects', 'named'))
  })

  it('finds the config folder in CLAUDE_CONFIG_DIR, else ~/.claude', () => {
    expect(claudeConfigDir({ CLAUDE_CONFIG_DIR: '/etc/claude' }, '/home/a')).toBe('/etc/claude')
    expect(claudeConfigDir({}, '/home/a')).toBe(join('/home/a', '.claude'))
  })
})

/** A second implementation, written differently on purpose: Math.imul instead of shifts. */
function javaHash36(text: string): string {
  let h = 0
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)))
    h = (Math.imul(31, h) + unit) | 0
  return Math.abs(h).toString(36)
}
