// The content hash of what a bundle is built from: every file under src/ (path and bytes),
// package-lock.json and scripts/bundle.mjs (which replaces parts of @actions/core). scripts/bundle.mjs writes it into dist/; tests that run dist/ compare it with
// the sources they see, so a stale bundle fails at once with a clear message instead of testing
// old code. Contents, not mtimes: a fresh clone gives every file the same new mtime.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Where the bundle records the hash of its sources. */
export const SOURCE_HASH_FILE = join('dist', 'runners', 'sources.sha256')

/** sha256 (hex) over src/, package-lock.json and the bundler under `root`; synchronous, for test helpers that spawn dist/. */
export function sourceHash(root) {
  const src = join(root, 'src')
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  files.push(join(root, 'package-lock.json'), join(root, 'scripts', 'bundle.mjs'))
  const hash = createHash('sha256')
  for (const file of files.map((f) => relative(root, f).split(sep).join('/')).sort()) {
    const bytes = readFileSync(join(root, file))
    hash.update(`${file}\0${bytes.length}\0`).update(bytes)
  }
  return hash.digest('hex')
}
