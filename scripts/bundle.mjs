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

/**
 * Parts of @actions/core the project never calls, replaced by small modules so the bundle leaves
 * out what they import: getIDToken's OIDC client pulls @actions/http-client and with it undici
 * (1 MB that every action parsed before its first request), and `core.platform` pulls
 * @actions/exec and @actions/io. ncc matches an external by the import's text, and only
 * @actions/core's lib/core.js imports these two names (checked below: each stub is imported once).
 * The replacements keep the exports' names; calling what they replace throws.
 */
const stubs = {
  './oidc-utils.js': {
    file: 'actions-core-oidc.js',
    text:
      "// @actions/core's OIDC client, left out of the bundle (scripts/bundle.mjs): nothing here asks\n" +
      '// for an ID token, and the real one pulls in @actions/http-client and undici.\n' +
      'export class OidcClient {\n' +
      '  static async getIDToken() {\n' +
      '    throw new Error("core.getIDToken is not bundled (scripts/bundle.mjs stubs it)")\n' +
      '  }\n' +
      '}\n'
  },
  './platform.js': {
    file: 'actions-core-platform.js',
    text:
      "// @actions/core's `platform`, left out of the bundle (scripts/bundle.mjs): getDetails needs\n" +
      '// @actions/exec, which nothing else in an action that does not run git loads.\n' +
      'import os from "node:os"\n' +
      'export const platform = os.platform()\n' +
      'export const arch = os.arch()\n' +
      'export const isWindows = platform === "win32"\n' +
      'export const isMacOS = platform === "darwin"\n' +
      'export const isLinux = platform === "linux"\n' +
      'export async function getDetails() {\n' +
      '  throw new Error("core.platform.getDetails is not bundled (scripts/bundle.mjs stubs it)")\n' +
      '}\n'
  }
}

/**
 * Node's crypto module costs ~10 ms to load on a 2-core runner (about 50 internal modules: keys,
 * ciphers, X.509, WebCrypto), and every face loaded it before its first request although none
 * needs it before an answer: @actions/core imports it for the delimiter of its file commands
 * (lib/file-command.js), our modules for digests written or checked later. So the bundle defers
 * it to its first use: the external becomes a proxy that requires the module when one of its
 * properties is first read. `__esModule` is answered without loading: webpack reads it as soon as
 * a module imports the external (docs/performance.md, start-up).
 */
const LAZY_BUILTINS = ['crypto', 'node:crypto']
function deferBuiltins(text) {
  let out = text
  for (const name of LAZY_BUILTINS) {
    const load = `__WEBPACK_EXTERNAL_createRequire(import.meta.url)(${JSON.stringify(name)})`
    const eager = `module.exports = ${load};`
    if (out.split(eager).length !== 2)
      throw new Error(`bundle: expected the external ${name} once in dist/runners/index.js`)
    const lazy =
      `let loaded; const real = () => (loaded ??= ${load}); ` +
      'module.exports = new Proxy({}, { ' +
      "get: (_, key) => (key === '__esModule' ? undefined : real()[key]), " +
      'has: (_, key) => key in real(), ' +
      'ownKeys: () => Reflect.ownKeys(real()), ' +
      'getOwnPropertyDescriptor: (_, key) => { ' +
      'const d = Reflect.getOwnPropertyDescriptor(real(), key); ' +
      // A proxy may not report a property its empty target lacks as non-configurable.
      'return d && { ...d, configurable: true } } });'
    out = out.replace(eager, () => lazy)
  }
  return out
}

const { code, assets } = await ncc(join(root, 'src', 'entry', 'runners.ts'), {
  quiet: true,
  externals: Object.fromEntries(
    Object.entries(stubs).map(([request, stub]) => [request, `./${stub.file}`])
  ),
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
await write('runners', 'index.js', deferBuiltins(stamped(code)))
for (const [name, asset] of Object.entries(assets ?? {})) {
  if (name === 'package.json') continue
  const source = name.endsWith('.js') ? stamped(asset.source) : asset.source
  await write('runners', name, source, asset.permissions)
}
await write('runners', 'package.json', moduleJson)
for (const [request, stub] of Object.entries(stubs)) {
  const imports = [code, ...Object.values(assets ?? {}).map((a) => String(a.source))]
    .map((t) => t.split(new RegExp(`from\\s*"\\./${stub.file.replace('.', '\\.')}"`)).length - 1)
    .reduce((a, b) => a + b, 0)
  if (imports !== 1)
    throw new Error(`bundle: ${request} should be @actions/core's alone, imported ${imports} times`)
  await write('runners', stub.file, stub.text)
}
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
