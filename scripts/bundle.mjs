// Bundles each entry into dist/<entry>/index.js with ncc, the way actions are shipped: one file
// per action that runs with plain `node`, no node_modules at run time. The @actions/* packages are
// ESM-only, so the bundles are ESM and each folder gets a package.json with "type": "module".
import ncc from '@vercel/ncc'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entries = ['restore', 'save', 'cli', 'prepare-claude', 'publish-edits']

for (const entry of entries) {
  const out = join(root, 'dist', entry)
  const { code, assets } = await ncc(join(root, 'src', 'entry', `${entry}.ts`), {
    quiet: true,
    minify: false,
    sourceMap: false,
    target: 'es2022',
    // Deterministic output: dist/ is committed and CI compares it with a fresh bundle.
    cache: false,
    license: 'licenses.txt'
  })
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  await writeFile(join(out, 'index.js'), code, { mode: entry === 'cli' ? 0o755 : 0o644 })
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name === 'package.json') continue
    await mkdir(dirname(join(out, name)), { recursive: true })
    await writeFile(join(out, name), asset.source, { mode: asset.permissions })
  }
  await writeFile(join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
  process.stdout.write(`dist/${entry}/index.js  ${(code.length / 1024).toFixed(0)} kB\n`)
}
