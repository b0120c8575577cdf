import { createWriteStream } from 'node:fs'
import { lstat, open, readdir } from 'node:fs/promises'
import { join, posix } from 'node:path'
import type { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { HashingStream } from '../common/hashing.js'
import { CHUNK_BYTES } from '../common/fileChunks.js'
import { LineCounter } from './lineCount.js'

export interface PackInput {
  sessionId: string
  transcriptPath: string
  /** Pack exactly this many bytes of the transcript (default: up to its last newline now). */
  transcriptBytes?: number
  /** The session's `<id>/` folder (subagents, tool results), when it has one. */
  folderPath?: string
  outFile: string
  /**
   * The members' mtime. A manual `tar -xzf` gives files this mtime, and Claude Code deletes
   * transcripts older than `cleanupPeriodDays` (docs/facts.md#cleanup): the caller passes the time of the
   * save. Passed in, not read from the clock, so the same files and time give the same archive.
   */
  mtime: Date
  /** Sees each chunk of the transcript as it is packed (save validates it there); may throw. */
  onTranscriptData?: (chunk: Buffer) => void
}

export interface PackResult {
  archiveSha256: string
  archiveSize: number
  transcriptSha256: string
  transcriptSize: number
  /** Lines of the transcript: its records, counted on the way through. */
  records: number
  files: number
}

const BLOCK = 512

/**
 * Streams `<id>.jsonl` (at the archive root, as the seed's scripts wrote it) and `<id>/…` into a
 * tar.gz, hashing the archive as it is written. The tar headers come from node-tar; the bodies are
 * streamed here, because Claude Code may append to the transcript while we read it and the header
 * must state an exact size: we send exactly `transcriptBytes`.
 */
export async function packSession(input: PackInput): Promise<PackResult> {
  const transcriptSize = input.transcriptBytes ?? (await completeLinesLength(input.transcriptPath))
  const members: { path: string; source: string; size: number }[] = [
    { path: `${input.sessionId}.jsonl`, source: input.transcriptPath, size: transcriptSize }
  ]
  if (input.folderPath) await collect(input.folderPath, input.sessionId, members)
  // Fixed header fields make the same files give the same archive, byte for byte; tar keeps
  // whole seconds.
  const mtime = new Date(Math.floor(input.mtime.getTime() / 1000) * 1000)
  if (Number.isNaN(mtime.getTime())) throw new TypeError('packSession: mtime is not a valid date')

  // node-tar's header and PAX encoders only, loaded when packing starts (not at start-up).
  const [{ Header }, { Pax }] = await Promise.all([import('tar/header'), import('tar/pax')])
  const tar = { Header, Pax }
  const transcriptHash = new HashingStream()
  const lines = new LineCounter()
  const archiveHash = new HashingStream()
  // Level 5, not zlib's default 6: on real transcripts it compresses a fifth faster for archives
  // 2–3% larger (docs/performance.md, "Where the time goes"), and compression is the longest
  // step of a large save.
  const gzip = createGzip({ level: 5 })
  const writing = pipeline(gzip, archiveHash, createWriteStream(input.outFile, { mode: 0o600 }))
  // Bodies are read into two buffers that take turns: a write's callback fires once zlib has
  // consumed the chunk, so its buffer can be read into again, while the other one is hashed and
  // compressed. No chunk is allocated per read, so memory stays flat whatever the session's size.
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)]
  let inFlight = Promise.resolve()
  const send = async (data: Buffer): Promise<void> => {
    await inFlight
    inFlight = written(gzip, data)
    inFlight.catch(() => undefined)
  }
  const produce = async (): Promise<void> => {
    let turn = 0
    for (const [index, member] of members.entries()) {
      await send(headerBlocks(tar, member.path, member.size, mtime))
      let sent = 0
      const handle = member.size > 0 ? await open(member.source, 'r') : undefined
      try {
        while (handle && sent < member.size) {
          const buffer = buffers[turn++ % 2]!
          const length = Math.min(buffer.length, member.size - sent)
          const { bytesRead } = await handle.read(buffer, 0, length, sent)
          if (bytesRead === 0) break
          const chunk = buffer.subarray(0, bytesRead)
          sent += bytesRead
          if (index === 0) {
            input.onTranscriptData?.(chunk)
            transcriptHash.hash.update(chunk)
            lines.write(chunk)
          }
          await send(chunk)
        }
      } finally {
        await handle?.close()
      }
      if (sent !== member.size) {
        throw new Error(
          `${member.source} shrank while it was being packed (${sent} of ${member.size} bytes)`
        )
      }
      const pad = (BLOCK - (member.size % BLOCK)) % BLOCK
      if (pad > 0) await send(Buffer.alloc(pad))
    }
    // End of archive: two zero blocks.
    await send(Buffer.alloc(BLOCK * 2))
    await inFlight
    gzip.end()
  }
  await Promise.all([
    produce().catch((error: unknown) => {
      gzip.destroy(error as Error)
      throw error
    }),
    writing
  ])
  const archive = archiveHash.digest()
  lines.end()
  return {
    archiveSha256: archive.sha256,
    archiveSize: archive.size,
    transcriptSha256: transcriptHash.hash.digest('hex'),
    transcriptSize,
    records: lines.records,
    files: members.length
  }
}

interface TarEncoders {
  Header: typeof import('tar/header').Header
  Pax: typeof import('tar/pax').Pax
}

function headerBlocks(
  { Header, Pax }: TarEncoders,
  path: string,
  size: number,
  mtime: Date
): Buffer {
  const fields = {
    path,
    mode: 0o600,
    uid: 0,
    gid: 0,
    size,
    mtime,
    type: 'File' as const,
    uname: '',
    gname: ''
  }
  const header = new Header(fields)
  const block = Buffer.alloc(BLOCK)
  const needPax = header.encode(block)
  if (!needPax) return block
  // Long paths go in a PAX extended header, as node-tar itself does.
  const pax = new Pax({ path, size, mtime }).encode()
  const plain = new Header({ ...fields, path: posix.basename(path).slice(0, 99) })
  const plainBlock = Buffer.alloc(BLOCK)
  plain.encode(plainBlock)
  return Buffer.concat([pax, plainBlock])
}

/** Regular files under the session folder, sorted for a stable archive. Links and devices stay behind. */
async function collect(
  dir: string,
  prefix: string,
  out: { path: string; source: string; size: number }[]
): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1
  )
  for (const entry of entries) {
    const source = join(dir, entry.name)
    const path = `${prefix}/${entry.name}`
    if (entry.isDirectory()) await collect(source, path, out)
    // Symlinks are not followed: a session folder holds Claude Code's own files, and a link could
    // carry anything on the machine into the archive.
    else if (entry.isFile()) out.push({ path, source, size: (await lstat(source)).size })
  }
}

/**
 * Length up to and including the last newline: a half-written record never travels. A last line
 * without its newline still counts when it is a complete JSON record (some tools write files that
 * way), so such transcripts travel byte for byte.
 */
export async function completeLinesLength(path: string): Promise<number> {
  const handle = await open(path, 'r')
  try {
    const size = (await handle.stat()).size
    let end = size
    const chunk = Buffer.alloc(64 * 1024)
    while (end > 0) {
      const start = Math.max(0, end - chunk.length)
      const { bytesRead } = await handle.read(chunk, 0, end - start, start)
      const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a)
      if (at >= 0) {
        const complete = start + at + 1
        return complete === size || (await isCompleteRecord(handle, complete, size))
          ? size
          : complete
      }
      end = start
    }
    return (await isCompleteRecord(handle, 0, size)) ? size : 0
  } finally {
    await handle.close()
  }
}

const MAX_TAIL_RECORD = 8 * 1024 * 1024

async function isCompleteRecord(
  handle: import('node:fs/promises').FileHandle,
  from: number,
  to: number
): Promise<boolean> {
  if (to - from > MAX_TAIL_RECORD || to === from) return false
  const tail = Buffer.alloc(to - from)
  await handle.read(tail, 0, tail.length, from)
  try {
    const value: unknown = JSON.parse(tail.toString('utf8'))
    return value !== null && typeof value === 'object'
  } catch {
    return false
  }
}

/** Resolves once the stream has consumed `data` (zlib: compressed it), so its buffer may be reused. */
function written(stream: Writable, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    stream.write(data, (error) => (error ? reject(error) : resolve()))
  )
}
