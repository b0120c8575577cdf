import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packSession } from '../../src/archive/index.js'
import { unpackSession } from '../../src/archive/unpack.js'
import { HostileArchiveError } from '../../src/errors.js'
import { removeLater, spotterSessionId, transcriptsDir } from '../support/claudeHome.js'
import { EXHAUSTIVE } from '../support/exhaustive.js'

/**
 * Every cut point and every single flipped byte of a real session's archive must end unpacking
 * with a HostileArchiveError and an empty staging folder, never a hang. Positions
 * are sampled so the suite stays fast; CLAUDE_SESSION_EXHAUSTIVE=1 (CI) samples many more.
 */
/** A hang detector, not a speed requirement: a healthy unpack of this archive takes milliseconds. */
const HANG_MS = 10_000
/**
 * Bits no checksum covers: the gzip header's MTIME, XFL and OS bytes (RFC 1952 §2.3) and the
 * padding after deflate's last block. A flip there changes no unpacked byte: restore catches it
 * by the archive's sha256 (metadata, or GitHub's asset digest), and unpack may let it through
 * only when every file comes out identical.
 */
async function sameFiles(a: string, b: string): Promise<boolean> {
  const list = async (dir: string): Promise<string[]> =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length))
      .sort()
  const [left, right] = [await list(a), await list(b)]
  if (left.join('\n') !== right.join('\n')) return false
  for (const file of left) {
    if (!(await readFile(join(a, file))).equals(await readFile(join(b, file)))) return false
  }
  return true
}

const fixture = join(transcriptsDir, 'spotter')

async function packedFixture(): Promise<{ dir: string; archive: Buffer }> {
  const dir = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-corrupt-')))
  const outFile = join(dir, 'good.tar.gz')
  await packSession({
    sessionId: spotterSessionId,
    transcriptPath: join(fixture, 'tool_heavy.jsonl'),
    folderPath: join(fixture, spotterSessionId),
    outFile,
    mtime: new Date('2026-01-02T03:04:05Z')
  })
  return { dir, archive: await readFile(outFile) }
}

/**
 * The first and last bytes (headers, the end of the deflate data, the gzip trailer) one by one,
 * and a spread over the rest: 32 and 30 by default, 2048 and 1500 under
 * CLAUDE_SESSION_EXHAUSTIVE=1 (CI). Every position of this ~100 KB archive would take CI hours.
 */
function positions(length: number): number[] {
  const [edge, spread] = EXHAUSTIVE ? [2048, 1500] : [32, 30]
  const picked = new Set<number>()
  for (let i = 0; i < Math.min(edge, length); i++) picked.add(i).add(length - 1 - i)
  const step = Math.max(1, Math.floor(length / spread))
  for (let i = 0; i < length; i += step) picked.add(i)
  return [...picked].sort((a, b) => a - b)
}

type Outcome = 'refused' | 'unpacked' | 'hung' | `other: ${string}`

async function tryUnpack(dir: string, name: string, bytes: Buffer): Promise<Outcome> {
  const archiveFile = join(dir, `${name}.tar.gz`)
  const destDir = join(dir, name)
  await writeFile(archiveFile, bytes)
  await mkdir(destDir)
  let timer: NodeJS.Timeout | undefined
  const hung = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve('hung'), HANG_MS)
  })
  const done = unpackSession({ archiveFile, sessionId: spotterSessionId, destDir }).then(
    (): Outcome => 'unpacked',
    (error: unknown): Outcome =>
      error instanceof HostileArchiveError ? 'refused' : `other: ${String(error)}`
  )
  const outcome = await Promise.race([done, hung])
  clearTimeout(timer)
  if (outcome === 'refused' && (await readdir(destDir)).length > 0) return 'other: left files'
  return outcome
}

describe('corrupt and truncated archives', () => {
  it('refuses an archive cut at any point, promptly, writing nothing', async () => {
    const { dir, archive } = await packedFixture()
    const wrong: string[] = []
    for (const at of positions(archive.length)) {
      const outcome = await tryUnpack(dir, `cut-${at}`, archive.subarray(0, at))
      if (outcome !== 'refused') wrong.push(`cut at ${at}/${archive.length}: ${outcome}`)
    }
    expect(wrong).toEqual([])
  }, 600_000)

  it('refuses an archive with any single corrupted byte, including the gzip trailer', async () => {
    const { dir, archive } = await packedFixture()
    const good = await tryUnpack(dir, 'good', archive)
    expect(good).toBe('unpacked')
    const wrong: string[] = []
    for (const at of positions(archive.length)) {
      const bad = Buffer.from(archive)
      bad[at] = bad[at]! ^ 0x5a
      const outcome = await tryUnpack(dir, `flip-${at}`, bad)
      if (outcome === 'refused') continue
      if (outcome === 'unpacked' && (await sameFiles(join(dir, 'good'), join(dir, `flip-${at}`))))
        continue
      wrong.push(`byte ${at}/${archive.length} flipped: ${outcome}`)
    }
    expect(wrong).toEqual([])
  }, 600_000)

  it('closes the archive it read after a successful unpack', async () => {
    const openFiles = async (): Promise<number> => (await readdir('/proc/self/fd')).length
    if (!(await openFiles().catch(() => 0))) return // only where /proc tells (Linux)
    const { dir, archive } = await packedFixture()
    const before = await openFiles()
    for (let i = 0; i < 10; i++) expect(await tryUnpack(dir, `ok-${i}`, archive)).toBe('unpacked')
    expect((await openFiles()) - before).toBeLessThan(5)
  })
})
