#!/usr/bin/env node
// Installs the pinned Claude Code CLI into .cache/claude-code/ for the real-client end-to-end test.
// It lives outside node_modules so that a plain `npm ci` stays light: from 2.1.113 on the package
// ships a native binary through a per-platform optional dependency (~400 MB on Linux x64).
//
//   node scripts/install-claude-code.mjs          install (skipped when the pinned version is there)
//   node scripts/install-claude-code.mjs --print  print the binary's path, or exit 1 when missing
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// The version docs/facts.md was verified against; change both together.
export const CLAUDE_CODE_VERSION = '2.1.331'
const PACKAGE = '@anthropic-ai/claude-code'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const installDir = join(root, '.cache', 'claude-code')
const packageDir = join(installDir, 'node_modules', ...PACKAGE.split('/'))

/** The installed binary's path, when the pinned version is installed and really runs. */
export function installedClaudeBinary() {
  const manifest = join(packageDir, 'package.json')
  if (!existsSync(manifest)) return undefined
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
  if (pkg.version !== CLAUDE_CODE_VERSION) return undefined
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.claude
  if (!bin) return undefined
  const binary = join(packageDir, bin)
  if (!existsSync(binary)) return undefined
  // With install scripts skipped (--ignore-scripts, or an npm policy that blocks them) the package
  // keeps a stub in place of the native binary; only a binary that reports its version is real.
  const run = spawnSync(binary, ['--version'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' }
  })
  if (run.status !== 0 || !run.stdout.includes(CLAUDE_CODE_VERSION)) return undefined
  return binary
}

function install() {
  mkdirSync(installDir, { recursive: true })
  // A package.json makes the folder its own npm project, so npm never climbs up to the repository's
  // package.json, and its allowScripts entry approves the one postinstall we need: npm 11's
  // install-script policy may otherwise skip it, leaving the stub. Older npm ignores the field.
  writeFileSync(
    join(installDir, 'package.json'),
    JSON.stringify(
      {
        name: 'claude-code-cache',
        private: true,
        description:
          'Pinned Claude Code CLI for the end-to-end test; installed by scripts/install-claude-code.mjs',
        allowScripts: { [`${PACKAGE}@${CLAUDE_CODE_VERSION}`]: true }
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
      installDir,
      '--no-save',
      '--no-audit',
      '--no-fund',
      // The native binary comes from an optional dependency and the postinstall links it in.
      '--include=optional',
      // The package declares node >= 22 but runs a native binary; an engine-strict npm would refuse.
      '--engine-strict=false',
      '--ignore-scripts=false',
      `${PACKAGE}@${CLAUDE_CODE_VERSION}`
    ],
    { stdio: 'inherit', cwd: installDir, shell: process.platform === 'win32' }
  )
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  if (process.argv.includes('--print')) {
    const binary = installedClaudeBinary()
    if (!binary) process.exit(1)
    process.stdout.write(binary + '\n')
  } else {
    let binary = installedClaudeBinary()
    if (binary) {
      process.stdout.write(`Claude Code ${CLAUDE_CODE_VERSION} already installed: ${binary}\n`)
    } else {
      process.stdout.write(`Installing ${PACKAGE}@${CLAUDE_CODE_VERSION} into ${installDir}\n`)
      install()
      binary = installedClaudeBinary()
      if (!binary) {
        process.stderr.write(
          `${PACKAGE}@${CLAUDE_CODE_VERSION} was installed into ${installDir} but its binary does not ` +
            `run: its postinstall script probably did not run (npm --ignore-scripts or an ` +
            `install-script policy). Delete ${installDir} and run this script again.\n`
        )
        process.exit(1)
      }
      process.stdout.write(`Claude Code ${CLAUDE_CODE_VERSION} installed: ${binary}\n`)
    }
  }
}
