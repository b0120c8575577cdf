import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from './support/runAction.js'

interface LockedPackage {
  os?: string[] | string
  cpu?: string[] | string
  optional?: boolean
}

describe('developing anywhere', () => {
  it('installs on every OS and CPU: no required package in package-lock.json is bound to one', async () => {
    // npm refuses a package whose `os`/`cpu` excludes the machine (EBADPLATFORM) unless it is
    // optional, as the per-platform binaries of @swc/core or esbuild are: it skips those.
    const lock = JSON.parse(await readFile(join(repoRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, LockedPackage>
    }
    const bound = Object.entries(lock.packages)
      .filter(([, p]) => (p.os !== undefined || p.cpu !== undefined) && p.optional !== true)
      .map(([path, p]) => `${path} (os ${String(p.os)}, cpu ${String(p.cpu)})`)
    expect(bound).toEqual([])
  })
})
