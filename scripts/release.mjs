// Cuts a release: `npm run release` (package.json's version) or `npm run release -- 1.2.0`.
// Run by the publisher in a clone whose `origin` is the project's GitHub repository (github.com or
// a GitHub Enterprise Server host): that remote becomes package.json's `repository`, `homepage`
// and `bugs`, which the bundle carries so that `claude-session init` pins `uses: OWNER/NAME@vX.Y.Z`.
// Checks that the work tree is clean and dist/ equals a fresh bundle (the actions run dist/ as
// committed), moves CHANGELOG.md's "Unreleased" entries under the version, sets the version in
// package.json and src/version.ts, rebundles as the release, commits, tags vX.Y.Z and moves the
// major tag (v1) to it. It pushes nothing: it prints the push command for you to run.
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { homeFields, parseGitHubUrl } from './buildStamp.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`)
  process.exit(1)
}

const packagePath = join(root, 'package.json')
const pkg = JSON.parse(await readFile(packagePath, 'utf8'))
const version = (process.argv[2] ?? pkg.version).replace(/^v/, '')
if (!/^\d+\.\d+\.\d+$/.test(version)) fail('usage: npm run release [-- X.Y.Z]')
const tag = `v${version}`
const major = `v${version.split('.')[0]}`

// The home is the releasing clone's GitHub remote, never a guess.
let remote = ''
try {
  remote = git('remote', 'get-url', 'origin')
} catch {
  // No origin: refused below.
}
const home = parseGitHubUrl(remote)
if (!home)
  fail(
    `the origin remote (${remote || 'none'}) is not a GitHub repository: run the release in a clone of the ` +
      'repository that publishes claude-session (git remote add origin https://github.com/<owner>/<name>.git)'
  )

if (git('status', '--porcelain')) fail('the work tree has changes: commit or stash them first')
if (git('tag', '--list', tag)) fail(`${tag} exists already`)

execFileSync('npm', ['run', 'bundle', '--silent'], { cwd: root, stdio: 'inherit' })
if (git('status', '--porcelain', '--', 'dist'))
  fail('dist/ differs from a fresh bundle: run `npm run bundle`, commit dist/, then release')

// "Unreleased" entries go under the version: a new section, or the one prepared on main.
const changelogPath = join(root, 'CHANGELOG.md')
let changelog = await readFile(changelogPath, 'utf8')
const unreleased = /^## Unreleased\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)
if (!unreleased) fail('CHANGELOG.md has no "## Unreleased" heading')
const entries = unreleased[1].trim()
const prepared = new RegExp(`^## ${tag.replace(/\./g, '\\.')} — .*\\n`, 'm').exec(changelog)
if (!prepared && !entries) fail(`CHANGELOG.md has neither a ${tag} section nor Unreleased entries`)
const date = new Date().toISOString().slice(0, 10)
changelog = changelog.replace(unreleased[0], '## Unreleased\n\n')
changelog = prepared
  ? changelog.replace(prepared[0], `## ${tag} — ${date}\n${entries ? `\n${entries}\n` : ''}`)
  : changelog.replace('## Unreleased\n\n', `## Unreleased\n\n## ${tag} — ${date}\n\n${entries}\n\n`)
await writeFile(changelogPath, changelog)

Object.assign(pkg, { version }, homeFields(home))
await writeFile(packagePath, JSON.stringify(pkg, null, 2) + '\n')
const lockPath = join(root, 'package-lock.json')
const lock = JSON.parse(await readFile(lockPath, 'utf8'))
lock.version = version
lock.packages[''].version = version
await writeFile(lockPath, JSON.stringify(lock, null, 2) + '\n')
const versionPath = join(root, 'src', 'version.ts')
const source = await readFile(versionPath, 'utf8')
await writeFile(
  versionPath,
  source.replace(/PACKAGE_VERSION = '[^']*'/, `PACKAGE_VERSION = '${version}'`)
)

// The version, the home and the tag are stamped into the bundle: rebundle as the release.
execFileSync('npm', ['run', 'bundle', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CLAUDE_SESSION_RELEASE_TAG: tag }
})
git('add', 'CHANGELOG.md', 'package.json', 'package-lock.json', 'src/version.ts', 'dist')
git('commit', '-m', `Release ${tag}`)
git('tag', '-a', tag, '-m', `claude-session ${tag}`)
git('tag', '-f', '-a', major, '-m', `claude-session ${major} (now ${tag})`)
process.stdout.write(
  `Tagged ${tag} and moved ${major} to it (home: ${home.host}/${home.repository}). Publish with:\n` +
    `  git push origin HEAD ${tag} && git push --force origin ${major}\n`
)
