import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SOURCE_HASH_FILE, sourceHash } from '../scripts/sourceHash.mjs'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
let fresh = false

/**
 * Refuses to run dist/ when it was bundled from other sources than src/ holds now: a test of the
 * bundle would otherwise pass or fail on old code. Compares content hashes (scripts/sourceHash.mjs,
 * written into dist/ by `npm run bundle`), so it holds on a fresh clone, where mtimes say nothing.
 * Every helper that starts dist/ calls it first; the sources are hashed once per test file.
 */
function requireFreshBundle(): void {
  if (fresh) return
  let recorded = ''
  try {
    recorded = readFileSync(join(repoRoot, SOURCE_HASH_FILE), 'utf8').trim()
  } catch {
    // No hash: a bundle older than this check, or none at all.
  }
  if (recorded !== sourceHash(repoRoot))
    throw new Error(
      'dist/ was not bundled from the sources in src/ (and scripts/bundle.mjs) now: run `npm run bundle`, then the tests again.'
    )
  fresh = true
}

/** The path of a bundled entry (`dist/<entry>/index.js`), once the bundle is known to be fresh. */
export function bundledEntry(entry: string): string {
  requireFreshBundle()
  return join(repoRoot, 'dist', entry, 'index.js')
}
