import { describe, expect, it } from '@jest/globals'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Header } from 'tar'
import { parseMetadata } from '../../src/archive/index.js'
import { unpackSession } from '../../src/archive/unpack.js'
import { HostileArchiveError, NewerFormatError } from '../../src/errors.js'
import { scratchDir } from '../support/claudeHome.js'

const ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b'
const RECORD = Buffer.from('{"type":"user","sessionId":"' + ID + '"}\n')

interface Member {
  path: string
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'BlockDevice' | 'FIFO'
  data?: Buffer
  linkpath?: string
  /** Declared size, when it should differ from the data (a lying header). */
  size?: number
}

/** A tar stream built block by block with node-tar's header encoder, so any member can be forged. */
function tarOf(members: Member[], options: { end?: boolean } = {}): Buffer {
  const blocks: Buffer[] = []
  for (const m of members) {
    const data = m.data ?? Buffer.alloc(0)
    const header = Buffer.alloc(512)
    new Header({
      path: m.path,
      type: m.type ?? 'File',
      size: m.size ?? (m.type && m.type !== 'File' ? 0 : data.length),
      mode: 0o600,
      mtime: new Date(0),
      linkpath: m.linkpath ?? ''
    }).encode(header)
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  if (options.end !== false) blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

const transcript: Member = { path: `${ID}.jsonl`, data: RECORD }

/** Each case: a name, the archive bytes, and limits when the case needs small ones to stay fast. */
const CASES: [string, () => Buffer, Record<string, number>?][] = [
  [
    'parent traversal',
    () => gzipSync(tarOf([transcript, { path: '../evil.jsonl', data: RECORD }]))
  ],
  [
    'traversal inside the session folder',
    () => gzipSync(tarOf([transcript, { path: `${ID}/../../evil`, data: RECORD }]))
  ],
  ['absolute POSIX path', () => gzipSync(tarOf([transcript, { path: '/etc/evil', data: RECORD }]))],
  [
    'Windows drive path',
    () => gzipSync(tarOf([transcript, { path: 'C:\\evil.jsonl', data: RECORD }]))
  ],
  [
    'Windows UNC path',
    () => gzipSync(tarOf([transcript, { path: '\\\\server\\share\\evil', data: RECORD }]))
  ],
  [
    'backslash traversal',
    () => gzipSync(tarOf([transcript, { path: `${ID}\\..\\..\\evil`, data: RECORD }]))
  ],
  [
    'symbolic link',
    () =>
      gzipSync(
        tarOf([transcript, { path: `${ID}/link`, type: 'SymbolicLink', linkpath: '/etc/passwd' }])
      )
  ],
  [
    'hard link',
    () =>
      gzipSync(tarOf([transcript, { path: `${ID}/hard`, type: 'Link', linkpath: `${ID}.jsonl` }]))
  ],
  [
    'character device',
    () => gzipSync(tarOf([transcript, { path: `${ID}/tty`, type: 'CharacterDevice' }]))
  ],
  [
    'block device',
    () => gzipSync(tarOf([transcript, { path: `${ID}/disk`, type: 'BlockDevice' }]))
  ],
  ['FIFO', () => gzipSync(tarOf([transcript, { path: `${ID}/pipe`, type: 'FIFO' }]))],
  [
    'member outside <id>.jsonl and <id>/',
    () => gzipSync(tarOf([transcript, { path: 'other.jsonl', data: RECORD }]))
  ],
  [
    'another session',
    () => gzipSync(tarOf([{ path: '00000000-0000-4000-8000-000000000000.jsonl', data: RECORD }]))
  ],
  ['the same member twice', () => gzipSync(tarOf([transcript, transcript]))],
  [
    'a member over the size limit',
    () => gzipSync(tarOf([{ path: `${ID}.jsonl`, data: Buffer.alloc(4096, 0x61) }])),
    { maxMemberBytes: 1024 }
  ],
  [
    'too many members',
    () =>
      gzipSync(
        tarOf([
          transcript,
          ...Array.from({ length: 5 }, (_, i) => ({ path: `${ID}/f${i}`, data: RECORD }))
        ])
      ),
    { maxMembers: 3 }
  ],
  [
    'total size over the limit',
    () =>
      gzipSync(
        tarOf([
          transcript,
          { path: `${ID}/a`, data: Buffer.alloc(3000) },
          { path: `${ID}/b`, data: Buffer.alloc(3000) }
        ])
      ),
    { maxTotalBytes: 5000 }
  ],
  ['archive file over the limit', () => gzipSync(tarOf([transcript])), { maxArchiveBytes: 20 }],
  [
    'gzip bomb',
    () =>
      gzipSync(tarOf([transcript, { path: `${ID}/zeros`, data: Buffer.alloc(8 * 1024 * 1024) }]), {
        level: 9
      }),
    { maxExpansionRatio: 50 }
  ],
  [
    'truncated gzip',
    () =>
      gzipSync(
        tarOf([transcript, { path: `${ID}/x`, data: Buffer.alloc(100_000, 0x62) }])
      ).subarray(0, 200)
  ],
  [
    'corrupt gzip',
    () => {
      const bytes = Buffer.from(gzipSync(tarOf([transcript])))
      for (let i = 20; i < 40; i++) bytes[i] = bytes[i]! ^ 0xff
      return bytes
    }
  ],
  [
    'truncated tar inside valid gzip',
    () => gzipSync(tarOf([{ path: `${ID}.jsonl`, data: RECORD, size: 5000 }], { end: false }))
  ],
  ['not gzip at all', () => Buffer.from('{"this":"is json, not an archive"}\n')],
  ['empty file', () => Buffer.alloc(0)],
  ['no transcript', () => gzipSync(tarOf([{ path: `${ID}/subagents/agent.jsonl`, data: RECORD }]))]
]

describe('unpacking refuses hostile or broken archives before anything reaches the Claude folder', () => {
  it(`has a corpus of at least 20 archives (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20)
  })

  // Rows have two or three cells: take them as a rest parameter so jest never sees a `done` argument.
  it.each(CASES)('%s', async (...row) => {
    const [, make, limits] = row
    const root = await scratchDir('hostile')
    const archiveFile = join(root, 'archive.tar.gz')
    const destDir = join(root, 'staging')
    await mkdir(destDir)
    await writeFile(archiveFile, make())
    const attempt = unpackSession({ archiveFile, sessionId: ID, destDir, limits })
    await expect(attempt).rejects.toBeInstanceOf(HostileArchiveError)
    const message = ((await attempt.catch((e: unknown) => e)) as Error).message
    expect(message.split('\n')).toHaveLength(1)
    expect(message).not.toContain(RECORD.toString().trim())
    // Nothing survives in the staging folder, and nothing appeared beside it.
    expect(await readdir(destDir)).toEqual([])
    expect((await readdir(root)).sort()).toEqual(['archive.tar.gz', 'staging'])
  })

  it('accepts a well-formed archive, so the corpus fails for its own reasons', async () => {
    const root = await scratchDir('hostile')
    const archiveFile = join(root, 'archive.tar.gz')
    const destDir = join(root, 'staging')
    await mkdir(destDir)
    await writeFile(
      archiveFile,
      gzipSync(tarOf([transcript, { path: `${ID}/subagents/agent-1.jsonl`, data: RECORD }]))
    )
    const result = await unpackSession({ archiveFile, sessionId: ID, destDir })
    expect(result.files.sort()).toEqual([`${ID}.jsonl`, `${ID}/subagents/agent-1.jsonl`])
  })
})

describe('metadata is validated before it is trusted', () => {
  const valid = {
    sessionId: ID,
    gitBranch: 'main',
    cwd: '/w',
    timestamp: '2026-11-01T00:00:00Z',
    archivePath: `claude-session-${ID}.tar.gz`
  }
  it.each([
    ['not JSON', 'nope'],
    ['an array', '[]'],
    ['sessionId not a UUID', JSON.stringify({ ...valid, sessionId: '../../etc' })],
    [
      'a bad digest',
      JSON.stringify({ ...valid, formatVersion: 1, archiveSize: 10, archiveSha256: 'xyz' })
    ],
    [
      'a negative size',
      JSON.stringify({ ...valid, formatVersion: 1, archiveSha256: 'a'.repeat(64), archiveSize: -1 })
    ],
    ['over 64 KiB', JSON.stringify({ ...valid, padding: 'x'.repeat(70_000) })]
  ])('refuses metadata with %s', (_name, text) => {
    expect(() => parseMetadata(text)).toThrow(HostileArchiveError)
  })

  it('refuses metadata of a newer format as such: not damage, the user updates claude-session', () => {
    const newer = { ...valid, formatVersion: 99, archiveSha256: 'a'.repeat(64), archiveSize: 1 }
    expect(() => parseMetadata(JSON.stringify(newer))).toThrow(NewerFormatError)
  })

  it("accepts the seed scripts' five-field metadata", () => {
    expect(parseMetadata(JSON.stringify(valid)).sessionId).toBe(ID)
  })
})
