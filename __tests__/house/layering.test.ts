/**
 * The shape of src/ that docs/architecture.md promises and lint cannot check: no module imports
 * itself through others (an import circle), and every file stays short enough to read at once.
 * (Which folder may import which is eslint's `no-restricted-imports`, eslint.config.js.)
 */
import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { repoRoot } from '../support/runAction.js'
import { importCircles, importGraph } from '../support/sourceGraph.js'

const src = join(repoRoot, 'src')
const MAX_LINES = 300

describe('the modules of src', () => {
  it('import one another without a circle', async () => {
    const circles = (await importCircles(await importGraph(src))).map((circle) =>
      circle.map((file) => relative(repoRoot, file))
    )
    expect(circles).toEqual([])
  })

  it(`are files of at most ${MAX_LINES} lines`, async () => {
    const graph = await importGraph(src)
    const long: string[] = []
    for (const file of graph.keys()) {
      const lines = (await readFile(file, 'utf8')).split('\n').length - 1
      if (lines > MAX_LINES) long.push(`${relative(repoRoot, file)}: ${lines} lines`)
    }
    expect(long).toEqual([])
  })
})
