import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Header } from 'tar'
import { unpackSession } from '../../src/archive/unpack.js'
import { JsonlChecker } from '../../src/archive/jsonlCheck.js'
import { HostileArchiveError } from '../../src/errors.js'
import { scratchDir, transcriptsDir } from '../support/claudeHome.js'

const ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b'

/** What restore used to do: every non-blank line through JSON.parse. */
function parses(text: string): boolean {
  return text.split('\n').every((line) => {
    if (line.trim().length === 0) return true
    try {
      JSON.parse(line)
      return true
    } catch {
      return false
    }
  })
}

/** The checker's verdict on `bytes` fed in the pieces `cuts` makes. */
function checks(bytes: Buffer, cuts: number[] = []): boolean {
  const checker = new JsonlChecker()
  try {
    let at = 0
    for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
      checker.write(bytes.subarray(at, cut))
      at = cut
    }
    checker.write(bytes.subarray(at))
    checker.end()
    return true
  } catch (error) {
    expect(error).toBeInstanceOf(HostileArchiveError)
    return false
  }
}

const piece = fc.constantFrom(
  ...'{}[],:"\\/ \t\r0123456789-+.eEtrufalsnbx\u0001é😀'.split(''),
  '\\u00e9',
  '\\ud83d',
  'true',
  'null',
  '"k":'
)
const valid = fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null')

describe('the JSONL checker accepts exactly what JSON.parse accepts, line by line', () => {
  it('agrees with JSON.parse on random and mutated lines, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            valid,
            fc.array(piece, { maxLength: 12 }).map((p) => p.join(''))
          ),
          { minLength: 1, maxLength: 4 }
        ),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.boolean(),
        (lines, cuts, finalNewline) => {
          const text = lines.join('\n') + (finalNewline ? '\n' : '')
          expect(checks(Buffer.from(text), cuts)).toBe(parses(text))
        }
      ),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 2000),
        seed: Number(process.env.PROPERTY_SEED) || undefined
      }
    )
  })

  it.each([
    ['a leading zero', '{"a":01}'],
    ['a raw control character in a string', '{"a":"x\u0001"}'],
    ['an unknown escape', '{"a":"\\x"}'],
    ['a short \\u escape', '{"a":"\\u12"}'],
    ['a trailing comma', '{"a":1,}'],
    ['two values on a line', '{} {}'],
    ['an unclosed object', '{"a":1'],
    ['a bare word', 'nul'],
    ['a line broken inside a record', '{"a":\n1}'],
    ['a byte-order mark', '\ufeff{}'],
    ['a form feed before a record', '\f{}']
  ])('refuses %s, as JSON.parse does', (_name, text) => {
    expect(parses(text)).toBe(false)
    expect(checks(Buffer.from(text + '\n'))).toBe(false)
  })

  it('accepts blank lines, CRLF endings, a last line without newline, and counts records', () => {
    const checker = new JsonlChecker()
    checker.write(Buffer.from('{"a":[1,-2.5e+3,true,null,"\\u00e9\\n"]}\r\n\n  \t\n"x"\n\v\n[]'))
    checker.end()
    expect(checker.records).toBe(3)
  })

  it('agrees with JSON.parse on every real transcript in the fixtures', async () => {
    const files = (await readdir(transcriptsDir, { recursive: true }))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(transcriptsDir, f))
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) {
      const bytes = await readFile(file)
      expect([file, checks(bytes, [4096, 65536])]).toEqual([file, parses(bytes.toString('utf8'))])
    }
  })
})

function tarOf(members: { path: string; data: Buffer }[]): Buffer {
  const blocks: Buffer[] = []
  for (const m of members) {
    const header = Buffer.alloc(512)
    new Header({
      path: m.path,
      type: 'File',
      size: m.data.length,
      mode: 0o600,
      mtime: new Date(0)
    }).encode(header)
    blocks.push(header, m.data, Buffer.alloc((512 - (m.data.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

async function unpackTranscript(data: string, options: { checkJsonl?: boolean } = {}) {
  const root = await scratchDir('jsonl-check')
  const archiveFile = join(root, 'archive.tar.gz')
  const destDir = join(root, 'staging')
  await mkdir(destDir)
  await writeFile(archiveFile, gzipSync(tarOf([{ path: `${ID}.jsonl`, data: Buffer.from(data) }])))
  return { destDir, result: unpackSession({ archiveFile, sessionId: ID, destDir, ...options }) }
}

describe('unpacking checks the transcript in the same pass', () => {
  it('refuses a transcript with a line that is not JSON, naming the line, writing nothing', async () => {
    const { destDir, result } = await unpackTranscript(
      '{"type":"user"}\nsk-secret-looking not json\n{}\n'
    )
    const error = await result.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HostileArchiveError)
    expect((error as Error).message).toMatch(/Line 2 /)
    expect((error as Error).message).not.toContain('sk-secret')
    expect(await readdir(destDir)).toEqual([])
  })

  it('judges a last line without its newline too', async () => {
    const { result } = await unpackTranscript('{"type":"user"}\n{"type":')
    await expect(result).rejects.toThrow(/Line 2 /)
  })

  it('counts the records of a good transcript as it unpacks it', async () => {
    const { result } = await unpackTranscript('{"type":"user"}\n\n{"type":"assistant"}')
    expect((await result).transcript.records).toBe(2)
  })

  it('only counts lines, as pack does, when the save checked these bytes (checkJsonl: false)', async () => {
    const data = '{"type":"user"}\nnot json\n\n{"type":'
    const { result } = await unpackTranscript(data, { checkJsonl: false })
    const { transcript } = await result
    expect(transcript).toEqual({
      sha256: createHash('sha256').update(data).digest('hex'),
      size: Buffer.byteLength(data),
      records: 4
    })
  })
})
