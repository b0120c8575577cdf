// Cuts a release: `npm run release -- 1.2.0`. Checks that the work tree is clean and dist/ equals a
// fresh bundle (the actions run dist/ as committed), moves CHANGELOG.md's "Unreleased" section under
// the new version, sets the version in package.json and src/version.ts, commits, tags vX.Y.Z and
// moves the major tag (v1) to it, so `uses: OWNER/claude-session@v1` picks the release up. It pushes
// nothing: it prints the push command for you to run.
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`)
  process.exit(1)
}

const version = process.argv[2]?.replace(/^v/, '')
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) fail('usage: npm run release -- X.Y.Z')
const tag = `v${version}`
const major = `v${version.split('.')[0]}`
if (git('status', '--porcelain')) fail('the work tree has changes: commit or stash them first')
if (git('tag', '--list', tag)) fail(`${tag} exists already`)

execFileSync('npm', ['run', 'bundle', '--silent'], { cwd: root, stdio: 'inherit' })
if (git('status', '--porcelain', '--', 'dist'))
  fail('dist/ differs from a fresh bundle: run `npm run bundle`, commit dist/, then release')

const changelogPath = join(root, 'CHANGELOG.md')
const changelog = await readFile(changelogPath, 'utf8')
const unreleased = /^## Unreleased\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)
if (!unreleased || !unreleased[1].trim()) fail('CHANGELOG.md has no entries under "## Unreleased"')
const date = new Date().toISOString().slice(0, 10)
await writeFile(
  changelogPath,
  changelog.replace(
    unreleased[0],
    `## Unreleased\n\n## ${tag} — ${date}\n\n${unreleased[1].trim()}\n\n`
  )
)

const packagePath = join(root, 'package.json')
const pkg = JSON.parse(await readFile(packagePath, 'utf8'))
pkg.version = version
await writeFile(packagePath, JSON.stringify(pkg, null, 2) + '\n')
const versionPath = join(root, 'src', 'version.ts')
const source = await readFile(versionPath, 'utf8')
await writeFile(
  versionPath,
  source.replace(/TOOL_VERSION = '[^']*'/, `TOOL_VERSION = '${version}'`)
)

// The version is compiled into the bundle (metadata records it): rebundle before committing.
execFileSync('npm', ['run', 'bundle', '--silent'], { cwd: root, stdio: 'inherit' })
git('add', 'CHANGELOG.md', 'package.json', 'src/version.ts', 'dist')
git('commit', '-m', `Release ${tag}`)
git('tag', '-a', tag, '-m', `claude-session ${tag}`)
git('tag', '-f', '-a', major, '-m', `claude-session ${major} (now ${tag})`)
process.stdout.write(
  `Tagged ${tag} and moved ${major} to it. Publish with:\n  git push origin HEAD ${tag} && git push --force origin ${major}\n`
)
