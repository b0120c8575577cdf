import { describe, expect, it } from '@jest/globals'
import { utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  discoverSession,
  listLocalSessions,
  readTranscriptTail,
  relocatedRecord
} from '../../src/session/index.js'
import {
  makeMachine,
  placeFixture,
  placeSynthetic,
  projectFolder,
  spotterSessionId,
  transcriptsDir
} from '../support/claudeHome.js'

describe('discovery', () => {
  it('picks the newest session of the branch by last record, ignoring other branches and names', async () => {
    const m = await makeMachine('disc')
    const older = await placeSynthetic(m, {
      branch: 'feature/x',
      start: new Date('2026-01-01T00:00:00Z')
    })
    const newer = await placeSynthetic(m, {
      branch: 'feature/x',
      start: new Date('2026-02-01T00:00:00Z')
    })
    await placeSynthetic(m, { branch: 'main', start: new Date('2026-03-01T00:00:00Z') })
    await writeFile(join(projectFolder(m), 'notes.jsonl'), '{}\n')
    // mtime says the older one is newer: the last record's timestamp wins.
    const later = new Date('2026-06-01T00:00:00Z')
    await utimes(older.transcriptPath, later, later)
    expect(
      (await discoverSession({ projectDir: projectFolder(m), branch: 'feature/x' }))?.sessionId
    ).toBe(newer.sessionId)
    expect(
      await discoverSession({ projectDir: projectFolder(m), branch: 'feature' })
    ).toBeUndefined()
    expect((await listLocalSessions(projectFolder(m))).length).toBe(3)
  })

  it('breaks timestamp ties by mtime and finds a session by id', async () => {
    const m = await makeMachine('tie')
    const start = new Date('2026-01-01T00:00:00Z')
    const a = await placeSynthetic(m, { branch: 'b', start })
    const b = await placeSynthetic(m, { branch: 'b', start })
    await utimes(a.transcriptPath, new Date(1e12), new Date(2e12))
    await utimes(b.transcriptPath, new Date(1e12), new Date(1e12))
    expect((await discoverSession({ projectDir: projectFolder(m), branch: 'b' }))?.sessionId).toBe(
      a.sessionId
    )
    expect(
      (
        await discoverSession({
          projectDir: projectFolder(m),
          sessionId: b.sessionId.toUpperCase()
        })
      )?.sessionId
    ).toBe(b.sessionId)
  })

  it("finds a real transcript's folder of subagents and reads its records", async () => {
    const m = await makeMachine('real')
    await placeFixture(m, join(transcriptsDir, 'spotter', `${spotterSessionId}.jsonl`), {
      sessionId: spotterSessionId,
      folder: join(transcriptsDir, 'spotter', spotterSessionId)
    })
    const found = await discoverSession({ projectDir: projectFolder(m), branch: 'spotter-dov' })
    expect(found?.folderPath).toBe(join(projectFolder(m), spotterSessionId))
    const info = await readTranscriptTail(found!.transcriptPath)
    expect(info).toMatchObject({ claudeVersion: '2.1.39', gitBranch: 'spotter-dov' })
    expect(info.cwd).toBe('/home/USER/projects/spotter-worktrees/spotter-dov')
  })

  it('returns nothing for a folder that does not exist', async () => {
    expect(await listLocalSessions('/nonexistent/claude/projects/x')).toEqual([])
  })
})

describe('transcript records', () => {
  it("writes Claude Code's own relocated record, compact, on one line", () => {
    expect(relocatedRecord('abc', '/w/x')).toBe(
      '{"type":"relocated","sessionId":"abc","relocatedCwd":"/w/x"}\n'
    )
  })
})
