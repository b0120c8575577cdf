import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { list } from 'tar'
import { packSession } from '../../src/archive/index.js'
import { removeLater } from '../support/claudeHome.js'

const ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b'
const RECORD = '{"type":"user","sessionId":"' + ID + '"}\n'
const DAY = 24 * 3600 * 1000

async function session(): Promise<{ dir: string; transcriptPath: string; folderPath: string }> {
  const dir = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-pack-')))
  const transcriptPath = join(dir, `${ID}.jsonl`)
  const folderPath = join(dir, ID)
  await writeFile(transcriptPath, RECORD)
  await mkdir(join(folderPath, 'subagents'), { recursive: true })
  await writeFile(join(folderPath, 'subagents', 'agent-a1.jsonl'), RECORD)
  return { dir, transcriptPath, folderPath }
}

async function memberNames(archive: string): Promise<string[]> {
  const names: string[] = []
  await list({ file: archive, onReadEntry: (entry) => void names.push(entry.path) })
  return names.sort()
}

describe('what pack puts in an archive', () => {
  it('leaves symlinks in the session folder behind, to files and to folders outside it', async () => {
    const { dir, transcriptPath, folderPath } = await session()
    const outside = join(dir, 'outside')
    await mkdir(outside)
    await writeFile(join(outside, 'id_rsa'), 'PRIVATE KEY')
    await symlink(join(outside, 'id_rsa'), join(folderPath, 'key'))
    await symlink(outside, join(folderPath, 'linked-folder'))
    const outFile = join(dir, 'a.tar.gz')
    const packed = await packSession({
      sessionId: ID,
      transcriptPath,
      folderPath,
      outFile,
      mtime: new Date()
    })
    expect(await memberNames(outFile)).toEqual([`${ID}.jsonl`, `${ID}/subagents/agent-a1.jsonl`])
    expect(packed.files).toBe(2)
  })

  it("stamps members with the time passed in, so a system tar -xzf gives files Claude Code's sweep keeps", async () => {
    const { dir, transcriptPath, folderPath } = await session()
    const outFile = join(dir, 'a.tar.gz')
    const saved = new Date()
    await packSession({ sessionId: ID, transcriptPath, folderPath, outFile, mtime: saved })
    const into = join(dir, 'manual')
    await mkdir(into)
    // The documented manual path (README): gh release download … && tar -xzf claude-session-*.tar.gz
    execFileSync('tar', ['-xzf', outFile, '-C', into])
    expect((await readdir(into)).sort()).toEqual([ID, `${ID}.jsonl`])
    for (const file of [`${ID}.jsonl`, `${ID}/subagents/agent-a1.jsonl`]) {
      const { mtimeMs } = await stat(join(into, file))
      // Claude Code deletes transcripts older than cleanupPeriodDays (30 by default, docs/facts.md#cleanup).
      expect(Date.now() - mtimeMs).toBeLessThan(DAY)
      expect(Math.abs(mtimeMs - saved.getTime())).toBeLessThan(1000)
    }
  })

  it('packs the same files and time into the same bytes', async () => {
    const { dir, transcriptPath, folderPath } = await session()
    const mtime = new Date('2026-11-01T10:00:00.500Z')
    const a = await packSession({
      sessionId: ID,
      transcriptPath,
      folderPath,
      outFile: join(dir, 'a'),
      mtime
    })
    const b = await packSession({
      sessionId: ID,
      transcriptPath,
      folderPath,
      outFile: join(dir, 'b'),
      mtime
    })
    expect(b.archiveSha256).toBe(a.archiveSha256)
  })
})
