import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { cp, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { once } from 'node:events'

const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/**
 * Writes a transcript of about `bytes` bytes made of a real transcript's records, replicated with
 * fresh uuids per copy (so nothing compresses better than real data would), all under one session
 * id and branch.
 */
export async function writeRealisticSession(options: {
  fixture: string
  fixtureFolder?: string
  projectDir: string
  bytes: number
  branch: string
}): Promise<{ sessionId: string; path: string }> {
  const sessionId = randomUUID()
  const source = await readFile(options.fixture, 'utf8')
  const fixtureSession = /"sessionId":"([0-9a-f-]{36})"/.exec(source)?.[1]
  const lines = source.split('\n').filter((l) => l.length > 0)
  await mkdir(options.projectDir, { recursive: true })
  const path = join(options.projectDir, `${sessionId}.jsonl`)
  const out = createWriteStream(path)
  let written = 0
  while (written < options.bytes) {
    const fresh = new Map<string, string>()
    for (const line of lines) {
      const text =
        line
          .replace(UUID_RE, (u) => {
            if (u === fixtureSession) return sessionId
            let v = fresh.get(u)
            if (!v) fresh.set(u, (v = randomUUID()))
            return v
          })
          .replace(/"gitBranch":"[^"]*"/g, `"gitBranch":"${options.branch}"`) + '\n'
      written += Buffer.byteLength(text)
      if (!out.write(text)) await once(out, 'drain')
      if (written >= options.bytes) break
    }
  }
  out.end()
  await once(out, 'finish')
  if (options.fixtureFolder)
    await cp(options.fixtureFolder, join(options.projectDir, sessionId), { recursive: true })
  return { sessionId, path }
}

/** Streams a file through a function without keeping it, for raw transfers in the floor. */
export function fileStream(path: string): NodeJS.ReadableStream {
  return createReadStream(path)
}
