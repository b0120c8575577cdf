/**
 * The version tells the truth: package.json, src/version.ts and the newest CHANGELOG section agree,
 * a build between releases says so (X.Y.Z-dev+<commit>) and init pins what --version names: the
 * release tag, or that commit. The release itself is cut in a clone (never here: no remote), with a
 * GitHub origin the release script turns into package.json's home.
 */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { buildStamp, parseGitHubUrl } from '../../scripts/buildStamp.mjs'
import { PACKAGE_VERSION, actionRefOf, versionOf } from '../../src/version.js'
import { scratchDir } from '../support/claudeHome.js'
import { EXHAUSTIVE } from '../support/exhaustive.js'
import { repoRoot } from '../support/runAction.js'

const run = promisify(execFile)
const git = async (cwd: string, ...args: string[]) =>
  (await run('git', args, { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } })).stdout.trim()

describe('the version', () => {
  it('is the same in package.json, src/version.ts and the newest CHANGELOG section', async () => {
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(pkg.version).toBe(PACKAGE_VERSION)
    const changelog = await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8')
    expect(/^## (v\d+\.\d+\.\d+) — /m.exec(changelog)?.[1]).toBe(`v${PACKAGE_VERSION}`)
  })

  it.each([
    [{ tag: 'v1.1.0' }, '1.1.0', 'v1.1.0'],
    [{ commit: 'abcdef1234'.padEnd(40, '0') }, '1.1.0-dev+abcdef1', 'abcdef1234'.padEnd(40, '0')],
    [
      { commit: 'abcdef1234'.padEnd(40, '0'), dirty: true },
      '1.1.0-dev+abcdef1.dirty',
      'abcdef1234'.padEnd(40, '0')
    ],
    // Another version's tag is no release of this one.
    [{ tag: 'v1.0.0', commit: 'f'.repeat(40) }, '1.1.0-dev+fffffff', 'f'.repeat(40)],
    [{}, '1.1.0-dev', undefined]
  ])('%j is %s and pins %s', (build, version, ref) => {
    expect(versionOf(build, '1.1.0')).toBe(version)
    expect(actionRefOf(build, '1.1.0')).toBe(ref)
  })

  it.each([
    ['https://github.com/octo/claude-session.git', 'github.com', 'octo/claude-session'],
    ['git@github.com:octo/claude-session.git', 'github.com', 'octo/claude-session'],
    [
      'git+https://ghe.example.com/team/claude-session.git',
      'ghe.example.com',
      'team/claude-session'
    ],
    ['ssh://git@github.com/octo/cs', 'github.com', 'octo/cs'],
    ['github:octo/claude-session', 'github.com', 'octo/claude-session']
  ])('reads the home %s', (url, host, repository) => {
    expect(parseGitHubUrl(url)).toEqual({ host, repository })
  })

  // Three bundles (about 30 s each on an idle 2-core machine, minutes on a loaded one): run where
  // CI runs every case (CLAUDE_SESSION_EXHAUSTIVE=1, .ci/run), skipped by a plain `npm test`.
  const inCi = EXHAUSTIVE ? it : it.skip
  inCi(
    'a clone whose origin is on github.com: dev build pins its commit, the release its tag; dist stays reproducible',
    async () => {
      // A clone of this repository's committed history, with its own node_modules for the bundler.
      const dir = join(await scratchDir('release'), 'claude-session')
      await git(repoRoot, 'clone', '--quiet', '--no-local', repoRoot, dir)
      await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
      await git(dir, 'remote', 'set-url', 'origin', 'https://github.com/octo/claude-session.git')
      for (const [k, v] of [
        ['user.name', 'Publisher'],
        ['user.email', 'p@example.com'],
        ['commit.gpgsign', 'false'],
        ['tag.gpgsign', 'false']
      ])
        await git(dir, 'config', k!, v!)
      const cli = (...args: string[]) =>
        run(process.execPath, [join(dir, 'dist', 'cli', 'index.js'), ...args], { cwd: dir })
      const project = join(await scratchDir('project'), 'app')
      await mkdir(project, { recursive: true })
      await git(project, 'init', '--quiet')
      const pinned = async (...args: string[]) => {
        await run(
          process.execPath,
          [join(dir, 'dist', 'cli', 'index.js'), 'init', '--force', ...args],
          { cwd: project }
        )
        return /uses: (\S*claude-session@\S+)/.exec(
          await readFile(join(project, '.github', 'workflows', 'claude-continue.yml'), 'utf8')
        )![1]
      }

      // Between releases: bundle, commit dist/ on its own, and a fresh bundle is the same bytes.
      await run('npm', ['run', 'bundle', '--silent'], { cwd: dir })
      await git(dir, 'add', 'dist')
      const stamped = buildStamp(dir, { version: PACKAGE_VERSION })
      await git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'dist: rebundle')
      // The only part of a bundle that git decides: the same after the commit that adds dist/.
      expect(buildStamp(dir, { version: PACKAGE_VERSION })).toEqual(stamped)
      const source = await git(dir, 'log', '-1', '--format=%H', '--', '.', ':(exclude)dist')
      expect((await cli('--version')).stdout.trim()).toBe(
        `${PACKAGE_VERSION}-dev+${source.slice(0, 7)}`
      )
      // This history names no home: init asks for one rather than invent it.
      await expect(pinned()).rejects.toMatchObject({ code: 2 })
      expect(await pinned('--action-repo', 'octo/claude-session')).toBe(
        `octo/claude-session@${source}`
      )
      expect(buildStamp(dir, { version: PACKAGE_VERSION })).toMatchObject({ commit: source })

      // The publisher's release: home from origin, tag, v1 moved, the bundle says it is the release.
      const released = await run(process.execPath, [join(dir, 'scripts', 'release.mjs')], {
        cwd: dir
      })
      expect(released.stdout).toContain(`Tagged v${PACKAGE_VERSION} and moved v1`)
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<
        string,
        unknown
      >
      expect(pkg.repository).toEqual({
        type: 'git',
        url: 'git+https://github.com/octo/claude-session.git'
      })
      expect(pkg.homepage).toBe('https://github.com/octo/claude-session#readme')
      expect(await git(dir, 'rev-parse', `v${PACKAGE_VERSION}^{commit}`)).toBe(
        await git(dir, 'rev-parse', 'v1^{commit}')
      )
      expect((await cli('--version')).stdout.trim()).toBe(PACKAGE_VERSION)
      expect(await pinned()).toBe(`octo/claude-session@v${PACKAGE_VERSION}`)
      const changelog = await readFile(join(dir, 'CHANGELOG.md'), 'utf8')
      expect(/^## (v\d+\.\d+\.\d+) — /m.exec(changelog)?.[1]).toBe(`v${PACKAGE_VERSION}`)
      // CI's check at the tag (a fresh bundle is the committed one) holds for the stamp: the tag's.
      const atTag = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
        version: string
      }
      expect(buildStamp(dir, atTag)).toMatchObject({ tag: `v${PACKAGE_VERSION}` })
      expect(await git(dir, 'status', '--porcelain')).toBe('')
    },
    900_000
  )
})
