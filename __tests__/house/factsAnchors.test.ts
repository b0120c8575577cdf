/**
 * Citations of docs/facts.md name their section (`docs/facts.md#draft-visibility`), and every
 * section they name exists: a renamed heading must not leave comments pointing nowhere.
 */
import { describe, expect, it } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from '../support/runAction.js'

/** GitHub's anchor for a heading: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

async function sources(): Promise<string[]> {
  const files: string[] = []
  for (const folder of ['src', 'emulator', '__tests__', 'scripts', 'bench', 'docs']) {
    for (const name of await readdir(join(repoRoot, folder), { recursive: true }))
      if (/\.(ts|mjs|mts|md)$/.test(name) && !name.includes('fixtures'))
        files.push(join(folder, name))
  }
  return [...files, 'action.yml', 'README.md']
}

describe('citations of docs/facts.md', () => {
  it('name a section that exists', async () => {
    const facts = await readFile(join(repoRoot, 'docs', 'facts.md'), 'utf8')
    const anchors = new Set([...facts.matchAll(/^#{2,3} (.+)$/gm)].map(([, h]) => anchorOf(h!)))
    const broken: string[] = []
    for (const file of await sources()) {
      const text = await readFile(join(repoRoot, file), 'utf8')
      for (const [, anchor] of text.matchAll(/docs\/facts\.md#([\w-]+)/g))
        if (!anchors.has(anchor!)) broken.push(`${file}: #${anchor}`)
    }
    expect(broken).toEqual([])
  })

  it('name their section in src/', async () => {
    const bare: string[] = []
    for (const file of (await sources()).filter((f) => f.startsWith('src/'))) {
      const text = await readFile(join(repoRoot, file), 'utf8')
      if (/docs\/facts\.md(?!#)/.test(text)) bare.push(file)
    }
    expect(bare).toEqual([])
  })
})
