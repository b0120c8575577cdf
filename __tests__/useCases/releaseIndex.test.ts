import { describe, expect, it } from '@jest/globals'
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConflictError, IntegrityError } from '../../src/errors.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import { tagForBranch } from '../../src/remote/layout.js'
import { parseIndex, renderBody, type ReleaseIndex } from '../../src/remote/releaseIndex.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  syntheticTranscript,
  type Machine
} from '../support/claudeHome.js'
import { restoreRequest, saveRequest, useEmulator } from '../support/syncHarness.js'

/**
 * The index a save keeps in the draft's body (src/remote/releaseIndex.ts): what it saves in requests,
 * and that a stale, wrong or hand-edited index only ever sends readers down the listing path.
 */
const { emu, context } = useEmulator()
let repoCount = 0

function setup() {
  const repo = `octo/index-${++repoCount}`
  const ctx = context(repo)
  void ctx.repository // adds the repository to the emulator now
  const branch = 'main'
  const draft = () => emu.releases(repo).find((r) => r.tag_name === tagForBranch(branch))!
  const save = (m: Machine, sessionId: string, force = false) =>
    saveSession(ctx, saveRequest(m, branch, { sessionId, savedBy: 'laptop', force }))
  const restore = (m: Machine, sessionId?: string) =>
    restoreSession(ctx, restoreRequest(m, branch, { sessionId, onLocalConflict: 'force' }))
  /** Rewrites the index as a buggy or racing writer would: its own checksum stays right. */
  const editIndex = (edit: (index: ReleaseIndex) => void) => {
    const index = parseIndex(draft().body)!
    edit(index)
    draft().body = renderBody('Edited.', index)
  }
  return { repo, ctx, branch, draft, save, restore, editIndex }
}

/** API requests since the last reset, signed storage left out (it is not GitHub's API). */
function apiCalls(): string[] {
  return emu.requests
    .filter((r) => r.origin !== 'storage')
    .map((r) => `${r.method} ${r.path.replace(/\d+/g, 'N')}`)
}

async function machineWith(branch: string, turns = 2) {
  const m = await makeMachine('index')
  const { sessionId, transcriptPath, content } = await placeSynthetic(m, { branch, turns })
  return { m, sessionId, transcriptPath, content }
}

/** The installed transcript, without the record restore appends when the folder moved. */
const installed = async (m: Machine, sessionId: string) =>
  (await readFile(join(projectFolder(m), `${sessionId}.jsonl`), 'utf8')).replace(
    /^\{"type":"relocated".*\n/m,
    ''
  )

describe('request counts with the index', () => {
  it('first save 6, restore 2, replacing save 8, whatever the number of releases', async () => {
    const t = setup()
    emu.seedManyReleases(t.repo, 950)
    const laptop = await machineWith(t.branch)
    emu.resetRequests()
    await t.save(laptop.m, laptop.sessionId)
    // Lookup, create, the twin check (GraphQL's listing: no assets), archive, metadata (the
    // lock), index.
    expect(apiCalls()).toEqual([
      'POST /graphql',
      'POST /repos/octo/index-N/releases',
      'POST /graphql',
      'POST /repos/octo/index-N/releases/N/assets',
      'POST /repos/octo/index-N/releases/N/assets',
      'PATCH /repos/octo/index-N/releases/N'
    ])

    const runner = await makeMachine('runner')
    emu.resetRequests()
    const back = await t.restore(runner)
    expect(back.remoteSessionId).toBe(laptop.sessionId)
    expect(apiCalls()).toEqual(['POST /graphql', 'GET /repos/octo/index-N/releases/assets/N'])
    expect(await installed(runner, laptop.sessionId)).toBe(laptop.content)

    await appendFile(
      laptop.transcriptPath,
      syntheticTranscript({
        sessionId: laptop.sessionId,
        branch: t.branch,
        cwd: laptop.m.cwd,
        turns: 1,
        prompt: 'more'
      })
    )
    emu.resetRequests()
    expect((await t.save(laptop.m, laptop.sessionId)).outcome).toBe('updated')
    const replacing = apiCalls()
    expect(replacing).toHaveLength(8)
    expect(replacing.filter((c) => c.startsWith('GET'))).toEqual([])

    // The index the replacing save wrote serves the next restore as well.
    emu.resetRequests()
    await t.restore(runner)
    expect(apiCalls()).toHaveLength(2)
    expect(await installed(runner, laptop.sessionId)).toBe(
      await readFile(laptop.transcriptPath, 'utf8')
    )
  })

  it('shows people a table and keeps the machine-readable part in a checked comment', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    const body = t.draft().body
    expect(body).toMatch(new RegExp(`^\\| \`${laptop.sessionId}\` \\|`, 'm'))
    expect(body).toMatch(/<!-- claude-session-index v1 sha256:[0-9a-f]{64}\n\{.*\}\n-->/)
    expect(t.draft().tag_name).toBe(tagForBranch(t.branch))
  })
})

describe('a stale or wrong index falls back to the listing', () => {
  it('an index naming a deleted archive: restore reads the release instead', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    t.editIndex((index) => {
      index.sessions[laptop.sessionId]!.archive.id += 1000
    })
    const runner = await makeMachine('runner')
    emu.resetRequests()
    await t.restore(runner)
    expect(await installed(runner, laptop.sessionId)).toBe(laptop.content)
    expect(apiCalls()).toContain('GET /repos/octo/index-N/releases/N')
    expect(emu.requests.some((r) => r.status === 404)).toBe(true)
  })

  it('an index with a wrong digest: the archive is refused and the real metadata decides', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    const wrong = 'f'.repeat(64)
    t.editIndex((index) => {
      const entry = index.sessions[laptop.sessionId]!
      entry.archive.sha256 = wrong
      const text = entry.metadata.text
      entry.metadata.text = text.replace(/("archiveSha256":\s*")[0-9a-f]{64}"/, `$1${wrong}"`)
      expect(entry.metadata.text).not.toBe(text)
    })
    const runner = await makeMachine('runner')
    await t.restore(runner)
    expect(await installed(runner, laptop.sessionId)).toBe(laptop.content)
  })

  it('an archive whose bytes changed is refused on both paths: nothing is installed', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    const archive = t.draft().assets.find((a) => a.name.endsWith('.tar.gz'))!
    archive.data = Buffer.from(archive.data)
    archive.data[archive.data.length - 5]! ^= 0xff
    const runner = await makeMachine('runner')
    await expect(t.restore(runner)).rejects.toBeInstanceOf(IntegrityError)
    await expect(installed(runner, laptop.sessionId)).rejects.toThrow()
  })

  it('an index edited by hand (its checksum no longer matches) is ignored', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    const draft = t.draft()
    draft.body = draft.body.replace(/"size":(\d+)/, (_, n: string) => `"size":${Number(n) + 1}`)
    expect(parseIndex(draft.body)).toBeUndefined()
    const runner = await makeMachine('runner')
    emu.resetRequests()
    await t.restore(runner)
    expect(await installed(runner, laptop.sessionId)).toBe(laptop.content)
    expect(apiCalls().length).toBeGreaterThan(2)
  })

  it('an edit of the table alone leaves the index in use', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    t.draft().body = `A note a person added.\n\n${t.draft().body.replace('| Session |', '| Sessions |')}`
    const runner = await makeMachine('runner')
    emu.resetRequests()
    await t.restore(runner)
    expect(apiCalls()).toHaveLength(2)
  })

  it('an index that lost the newest session to a race: restore still picks the newest', async () => {
    const t = setup()
    const older = await machineWith(t.branch)
    await t.save(older.m, older.sessionId)
    const newer = await machineWith(t.branch)
    await t.save(newer.m, newer.sessionId)
    t.editIndex((index) => {
      delete index.sessions[newer.sessionId]
    })
    const runner = await makeMachine('runner')
    const back = await t.restore(runner)
    expect(back.remoteSessionId).toBe(newer.sessionId)
    expect(await installed(runner, newer.sessionId)).toBe(newer.content)
  })

  it('a stale index never lets a save skip the lost-update guard', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    const stale = parseIndex(t.draft().body)!
    // Another machine extends the session and saves; the index then goes back to the old entry,
    // as a writer that lost the race to update it would leave it.
    const runner = await makeMachine('runner')
    await t.restore(runner)
    await appendFile(
      join(projectFolder(runner), `${laptop.sessionId}.jsonl`),
      syntheticTranscript({
        sessionId: laptop.sessionId,
        branch: t.branch,
        cwd: runner.cwd,
        turns: 1,
        prompt: 'ci'
      })
    )
    await t.save(runner, laptop.sessionId)
    t.draft().body = renderBody('Stale.', stale)
    // The laptop's transcript lacks the runner's records: its save must be refused.
    await expect(t.save(laptop.m, laptop.sessionId)).rejects.toBeInstanceOf(ConflictError)
  })

  it('an index naming a foreign upload host is not used to upload', async () => {
    const t = setup()
    const laptop = await machineWith(t.branch)
    await t.save(laptop.m, laptop.sessionId)
    t.editIndex((index) => {
      index.uploadUrl = index.uploadUrl.replace(/^http:\/\/[^/]+/, 'http://elsewhere.invalid')
    })
    await appendFile(
      laptop.transcriptPath,
      syntheticTranscript({
        sessionId: laptop.sessionId,
        branch: t.branch,
        cwd: laptop.m.cwd,
        turns: 1,
        prompt: 'x'
      })
    )
    expect((await t.save(laptop.m, laptop.sessionId)).outcome).toBe('updated')
    expect(parseIndex(t.draft().body)?.uploadUrl).toMatch(/^http:\/\/127\.0\.0\.1:/)
  })
})

describe('the index format', () => {
  it('survives text that would close an HTML comment', () => {
    const index: ReleaseIndex = {
      releaseId: 1,
      uploadUrl: 'u',
      sessions: {
        '00000000-0000-4000-8000-000000000000': {
          metadata: {
            id: 2,
            nodeId: 'RA_2',
            name: 'claude-session-metadata-00000000-0000-4000-8000-000000000000.json',
            size: 10,
            text: '{"gitBranch":"a-->b"}'
          },
          archive: {
            id: 3,
            nodeId: 'RA_3',
            name: 'claude-session-00000000-0000-4000-8000-000000000000.tar.gz',
            size: 4,
            sha256: 'a'.repeat(64),
            contentType: 'application/gzip'
          }
        }
      }
    }
    const body = renderBody('Intro.', index)
    // The index's comment and the two marks around the index close; nothing else does.
    expect(body.match(/-->/g)).toHaveLength(3)
    expect(body.match(/<!--/g)).toHaveLength(3)
    expect(parseIndex(body)).toEqual(index)
    expect(parseIndex(body.replace('RA_2', 'RA_9'))).toBeUndefined()
  })
})
