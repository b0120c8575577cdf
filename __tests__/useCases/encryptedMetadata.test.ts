import { describe, expect, it } from '@jest/globals'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { createHash } from 'node:crypto'
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileStartsWith, hashFile, keyedDigest, SIZE_GRANULE } from '../../src/archive/digest.js'
import { ConflictError } from '../../src/errors.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  syntheticTranscript
} from '../support/claudeHome.js'
import { saveRequest, useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/sealed-metadata'
const { emu, context } = useEmulator()
const ctx = context(REPO)

function storedMetadata(branch: string): { text: string; value: Record<string, unknown> } {
  const release = emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${branch}`)!
  const text = release.assets.find((a) => a.name.endsWith('.json'))!.data.toString()
  return { text, value: JSON.parse(text) as Record<string, unknown> }
}

describe("an encrypted session's metadata", () => {
  it('holds no plain digest, exact size or record count of the transcript, and still guards against lost updates', async () => {
    const laptop = await makeMachine('sealed')
    const runner = await makeMachine('sealed-runner')
    const { sessionId, transcriptPath, content } = await placeSynthetic(laptop, {
      branch: 'sealed',
      turns: 3
    })
    const key = { identities: [await generateX25519Identity()] }
    const save = (m: typeof laptop, savedBy: 'laptop' | 'ci') =>
      saveSession(ctx, saveRequest(m, 'sealed', { savedBy, encryption: key }))
    await save(laptop, 'laptop')

    const { text, value } = storedMetadata('sealed')
    const plainSha = createHash('sha256').update(content).digest('hex')
    const size = Buffer.byteLength(content)
    // A guessed transcript cannot be confirmed: neither its sha256 nor its size nor its line count is there.
    expect(text).not.toContain(plainSha)
    expect(Object.values(value)).not.toContain(size)
    for (const field of ['transcriptSha256', 'transcriptSize', 'records'])
      expect(value[field]).toBeUndefined()
    expect(value.transcriptSizeRounded).toBe(SIZE_GRANULE)
    expect(value.transcriptHmacSha256).toMatch(/^[0-9a-f]{64}$/)

    // CI restores, adds a turn and saves: its transcript extends the stored one, by keyed digest.
    await restoreSession(ctx, {
      branch: 'sealed',
      cwd: runner.cwd,
      configDir: runner.configDir,
      encryption: key
    })
    const runnerCopy = join(projectFolder(runner), `${sessionId}.jsonl`)
    await appendFile(
      runnerCopy,
      syntheticTranscript({ sessionId, branch: 'sealed', cwd: runner.cwd, turns: 1, prompt: 'CI' })
    )
    expect((await save(runner, 'ci')).outcome).toBe('updated')

    // The laptop went on without pulling: saving would lose CI's turn, and the keyed digest says so.
    await appendFile(
      transcriptPath,
      syntheticTranscript({ sessionId, branch: 'sealed', cwd: laptop.cwd, turns: 1, prompt: 'L' })
    )
    await expect(save(laptop, 'laptop')).rejects.toBeInstanceOf(ConflictError)
    expect(await readFile(transcriptPath, 'utf8')).toContain('"L"')
  })

  it('holds no digest at all when encrypted to recipients only, and a later save replaces it with a warning', async () => {
    const laptop = await makeMachine('sealed-r')
    await placeSynthetic(laptop, { branch: 'sealed-r' })
    const recipient = await identityToRecipient(await generateX25519Identity())
    const request = {
      branch: 'sealed-r',
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      savedBy: 'laptop' as const,
      encryption: { recipients: [recipient] }
    }
    await saveSession(ctx, request)
    const { value } = storedMetadata('sealed-r')
    for (const field of ['transcriptSha256', 'transcriptHmacSha256', 'transcriptSize', 'records'])
      expect(value[field]).toBeUndefined()
    ctx.log.lines.length = 0
    expect((await saveSession(ctx, request)).outcome).toBe('updated')
    expect(ctx.log.lines.join('\n')).toContain('encrypted to age recipients only')
  })
})

describe('a keyed digest through fileStartsWith', () => {
  it('recognises the prefix whatever line it ends on inside the rounded window, and nothing else', async () => {
    const m = await makeMachine('keyed')
    const { transcriptPath, content } = await placeSynthetic(m, { branch: 'keyed', turns: 40 })
    const key = Buffer.alloc(32, 7)
    const ends = [...content.matchAll(/\n/g)].map((x) => x.index + 1)
    for (const end of [ends[0]!, ends[17]!, ends[ends.length - 1]!]) {
      const sealed = { ...keyedDigest(await hashFile(transcriptPath, { bytes: end }), key), key }
      expect(await fileStartsWith(transcriptPath, sealed)).toBe(true)
      expect(await fileStartsWith(transcriptPath, sealed, end - 1)).toBe(false)
      expect(await fileStartsWith(transcriptPath, { ...sealed, key: Buffer.alloc(32, 8) })).toBe(
        false
      )
    }
  })
})
