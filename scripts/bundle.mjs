// Bundles the project with ncc the way actions are shipped: code that runs with plain `node`, no
// node_modules at run time. One bundle, dist/runners/, holds every face (src/entry/runners.ts),
// each loaded lazily; dist/<entry>/index.js are two-line entry files that call theirs, so the
// action.yml files, the CLI's bin and the seed scripts keep their paths and the shared code
// ships once. The @actions/* packages are ESM-only, so the bundle is ESM and each folder gets a
// package.json with "type": "module".
import ncc from '@vercel/ncc'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SOURCE_HASH_FILE, sourceHash } from './sourceHash.mjs'
import { buildStamp, STAMP_FILE } from './buildStamp.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

/** Each entry file: the export of src/entry/runners.ts it calls, and how. */
const entries = {
  cli: '#!/usr/bin/env node\nimport { cli } from "../runners/index.js"\n\nprocess.exitCode = await cli()\n',
  restore: 'import { restore } from "../runners/index.js"\n\nawait restore()\n',
  save: 'import { save } from "../runners/index.js"\n\nawait save()\n',
  'prepare-claude':
    'import { prepareClaude } from "../runners/index.js"\n\nawait prepareClaude()\n',
  'publish-edits': 'import { publishEdits } from "../runners/index.js"\n\nawait publishEdits()\n',
  'find-branch': 'import { findBranch } from "../runners/index.js"\n\nawait findBranch()\n',
  'claude-code': 'import { claudeCode } from "../runners/index.js"\n\nawait claudeCode()\n',
  cleanup: 'import { cleanup } from "../runners/index.js"\n\nawait cleanup()\n'
}

const { code, assets } = await ncc(join(root, 'src', 'entry', 'runners.ts'), {
  quiet: true,
  minify: false,
  sourceMap: false,
  target: 'es2022',
  // Deterministic output: dist/ is committed and CI compares it with a fresh bundle.
  cache: false,
  license: 'licenses.txt'
})
// The build stamp of src/version.ts (home, release tag or source commit), in whichever chunk
// holds it. scripts/release.mjs sets CLAUDE_SESSION_RELEASE_TAG while it makes the release,
// before the tag exists.
const PLACEHOLDER = "'@@CLAUDE_SESSION_BUILD_STAMP@@'"
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
const stampValue = buildStamp(root, pkg, process.env.CLAUDE_SESSION_RELEASE_TAG)
const stamp = JSON.stringify(JSON.stringify(stampValue))
const stamped = (text) => String(text).replace(PLACEHOLDER, () => stamp)
const holders = [code, ...Object.values(assets ?? {}).map((a) => String(a.source))].filter((t) =>
  t.includes(PLACEHOLDER)
)
if (holders.length !== 1 || holders[0].split(PLACEHOLDER).length !== 2)
  throw new Error(`bundle: expected ${PLACEHOLDER} once in the bundle (src/version.ts)`)
await rm(dist, { recursive: true, force: true })
const write = async (folder, name, text, mode = 0o644) => {
  await mkdir(dirname(join(dist, folder, name)), { recursive: true })
  await writeFile(join(dist, folder, name), text, { mode })
}
const moduleJson = JSON.stringify({ type: 'module' }, null, 2) + '\n'
await write('runners', 'index.js', stamped(code))
for (const [name, asset] of Object.entries(assets ?? {})) {
  if (name === 'package.json') continue
  const source = name.endsWith('.js') ? stamped(asset.source) : asset.source
  await write('runners', name, source, asset.permissions)
}
await write('runners', 'package.json', moduleJson)
for (const [entry, text] of Object.entries(entries)) {
  await write(entry, 'index.js', text, entry === 'cli' ? 0o755 : 0o644)
  await write(entry, 'package.json', moduleJson)
}
await writeFile(join(root, STAMP_FILE), `${JSON.stringify(stampValue)}\n`)
// What this bundle was built from, for the tests that run it (scripts/sourceHash.mjs).
await writeFile(join(root, SOURCE_HASH_FILE), `${sourceHash(root)}\n`)
let total = code.length
for (const asset of Object.values(assets ?? {})) total += asset.source.length
process.stdout.write(
  `dist/runners/index.js  ${(code.length / 1024).toFixed(0)} kB (${(total / 1024).toFixed(0)} kB with its lazy chunks)\n`
)
