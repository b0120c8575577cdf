import { describe, expect, it } from '@jest/globals'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { createHash, hkdfSync, scryptSync } from 'node:crypto'
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileStartsWith, hashFile, keyedDigest, SIZE_GRANULE } from '../../src/archive/digest.js'
import { digestKeyFor, newDigestKey } from '../../src/archive/digestKey.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
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
import { cheapPassphrase } from '../support/keys.js'

const REPO = 'octo/sealed-metadata'
const { emu, context } = useEmulator()
const ctx = context(REPO)

function storedMetadata(
  branch: string,
  repo = REPO
): { text: string; value: Record<string, unknown> } {
  const release = emu.releases(repo).find((r) => r.tag_name === `claude-sessions-${branch}`)!
  const text = release.assets.find((a) => a.name.endsWith('.json'))!.data.toString()
  return { text, value: JSON.parse(text) as Record<string, unknown> }
}

/** Replaces the stored metadata (and drops the body's index, which caches it). */
function rewriteMetadata(branch: string, change: (m: Record<string, unknown>) => void): void {
  const release = emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${branch}`)!
  const asset = release.assets.find((a) => a.name.endsWith('.json'))!
  const value = JSON.parse(asset.data.toString()) as Record<string, unknown>
  change(value)
  asset.data = Buffer.from(JSON.stringify(value, null, 2) + '\n')
  asset.size = asset.data.length
  release.body = ''
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
    // The warning says what replacing it may cost.
    expect(ctx.log.lines.join('\n')).toMatch(/this transcript lacks .* are lost/)
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

describe('a push with another encryption key (issue 21, item 1)', () => {
  it("is refused (exit 3, naming pull with the old key and --force) and CI's records stay", async () => {
    const laptop = await makeMachine('rotated')
    const runner = await makeMachine('rotated-runner')
    const branch = 'rotated'
    const { sessionId, transcriptPath } = await placeSynthetic(laptop, { branch, turns: 2 })
    const keyA = cheapPassphrase('key A, the repository secret')
    const keyB = cheapPassphrase('key B, a rotated key file')
    const save = (m: typeof laptop, savedBy: 'laptop' | 'ci', encryption = keyA) =>
      saveSession(ctx, { branch, cwd: m.cwd, configDir: m.configDir, savedBy, encryption })
    await save(laptop, 'laptop')
    // CI pulls with A, adds records and saves with A.
    await restoreSession(ctx, {
      branch,
      cwd: runner.cwd,
      configDir: runner.configDir,
      encryption: keyA
    })
    const runnerCopy = join(projectFolder(runner), `${sessionId}.jsonl`)
    await appendFile(
      runnerCopy,
      syntheticTranscript({ sessionId, branch, cwd: runner.cwd, turns: 1, prompt: 'from CI' })
    )
    await save(runner, 'ci')
    const ciCopy = await readFile(runnerCopy, 'utf8')

    // The laptop pushes its older copy with key B.
    ctx.log.lines.length = 0
    const error = await save(laptop, 'laptop', keyB).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(ConflictError)
    expect(exitCodeOf(error)).toBe(3)
    expect(error!.message).toMatch(/[Pp]ull it first with the key it was saved with/)
    expect(error!.message).toContain('--force')
    expect(ctx.log.lines.join('\n')).not.toContain('replacing it')
    // CI's records are still there, and CI (still on A) still restores them.
    const check = await makeMachine('rotated-check')
    await restoreSession(ctx, {
      branch,
      cwd: check.cwd,
      configDir: check.configDir,
      encryption: keyA
    })
    // (restore appends Claude Code's `relocated` record for the new folder)
    const restored = await readFile(join(projectFolder(check), `${sessionId}.jsonl`), 'utf8')
    expect(restored.startsWith(ciCopy)).toBe(true)
    // --force still replaces it, with B, on purpose.
    const forced = await saveSession(ctx, {
      branch,
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      savedBy: 'laptop',
      encryption: keyB,
      force: true
    })
    expect(forced.outcome).toBe('updated')
    expect(await readFile(transcriptPath, 'utf8')).not.toContain('from CI')
  })

  it('is refused the same way when the save has only recipients, which cannot check a keyed copy', async () => {
    const laptop = await makeMachine('recipients-over-keyed')
    const branch = 'recipients-over-keyed'
    await placeSynthetic(laptop, { branch })
    const identity = await generateX25519Identity()
    const base = {
      branch,
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      savedBy: 'laptop' as const
    }
    await saveSession(ctx, { ...base, encryption: { identities: [identity] } })
    const recipients = [await identityToRecipient(await generateX25519Identity())]
    await expect(saveSession(ctx, { ...base, encryption: { recipients } })).rejects.toBeInstanceOf(
      ConflictError
    )
  })
})

describe('the digest key (issue 21, item 8)', () => {
  it('is salted at random per key and costs what age costs, so its id links nothing', async () => {
    const passphrase = 'the same weak passphrase'
    const ids = new Set<string>()
    for (const repo of ['octo/salted-one', 'octo/salted-two']) {
      const c = context(repo)
      const m = await makeMachine(`salted-${repo.slice(-3)}`)
      await placeSynthetic(m, { branch: 'salted' })
      await saveSession(c, {
        branch: 'salted',
        cwd: m.cwd,
        configDir: m.configDir,
        savedBy: 'laptop',
        encryption: cheapPassphrase(passphrase)
      })
      const { value } = storedMetadata('salted', repo)
      expect(value.digestKeySalt).toMatch(/^[0-9a-f]{32}$/)
      expect(value.digestKeyWorkFactor).toBe(10)
      ids.add(value.digestKeyId as string)
    }
    // The same passphrase in two repositories: two unrelated ids.
    expect(ids.size).toBe(2)
    // What a user gives (no test seam) costs age's own 2^18, and the stored cost is the one used.
    const real = (await newDigestKey({ passphrase }))!
    expect(real.workFactor).toBe(18)
    expect(real.salt).toMatch(/^[0-9a-f]{32}$/)
    const again = await digestKeyFor(
      { passphrase },
      { id: real.id, salt: real.salt, workFactor: 18 }
    )
    expect(again!.id).toBe(real.id)
  })

  it('still reads metadata of the first scheme (fixed salt, 2^15): compare works, then the copy is rekeyed', async () => {
    const laptop = await makeMachine('legacy-keyed')
    const branch = 'legacy-keyed'
    const { sessionId, transcriptPath, content } = await placeSynthetic(laptop, { branch })
    const passphrase = 'saved by the first scheme'
    const key = cheapPassphrase(passphrase)
    const save = () =>
      saveSession(ctx, {
        branch,
        cwd: laptop.cwd,
        configDir: laptop.configDir,
        savedBy: 'laptop',
        encryption: key
      })
    await save()
    // What the first scheme wrote, derived here independently of src.
    const salt = 'claude-session/v1/digest-key'
    const material = scryptSync(passphrase, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 << 20 })
    const hkdf = (info: string) => Buffer.from(hkdfSync('sha256', material, salt, info, 32))
    const sealed = keyedDigest(
      {
        size: Buffer.byteLength(content),
        sha256: createHash('sha256').update(content).digest('hex')
      },
      hkdf('transcript digest')
    )
    rewriteMetadata(branch, (m) => {
      delete m.digestKeySalt
      delete m.digestKeyWorkFactor
      m.digestKeyId = hkdf('digest key id').subarray(0, 8).toString('hex')
      m.transcriptHmacSha256 = sealed.hmacSha256
      m.transcriptSizeRounded = sealed.roundedSize
    })
    // Restore reads it as before.
    const reader = await makeMachine('legacy-keyed-reader')
    await restoreSession(ctx, {
      branch,
      cwd: reader.cwd,
      configDir: reader.configDir,
      encryption: key
    })
    const restored = await readFile(join(projectFolder(reader), `${sessionId}.jsonl`), 'utf8')
    expect(restored.startsWith(content)).toBe(true)
    // A transcript that does not extend it is refused: the old digest was really compared.
    const diverged = syntheticTranscript({
      sessionId,
      branch,
      cwd: laptop.cwd,
      turns: 3,
      prompt: 'other'
    })
    await writeFile(transcriptPath, diverged)
    await expect(save()).rejects.toBeInstanceOf(ConflictError)
    // One that extends it is saved, and its metadata is of the current scheme.
    await writeFile(
      transcriptPath,
      content +
        syntheticTranscript({ sessionId, branch, cwd: laptop.cwd, turns: 1, prompt: 'more' })
    )
    expect((await save()).outcome).toBe('updated')
    expect(storedMetadata(branch).value.digestKeySalt).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('an encrypted save after a redacted, unencrypted one (issue 21: behaviours no test protects)', () => {
  it('carries no plain digest or exact size of the unredacted transcript in its readable metadata', async () => {
    const laptop = await makeMachine('redacted-then-sealed')
    const branch = 'redacted-then-sealed'
    const { sessionId, transcriptPath } = await placeSynthetic(laptop, { branch })
    const token = 'gh' + 'p_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8'
    await appendFile(
      transcriptPath,
      JSON.stringify({ type: 'user', sessionId, message: { role: 'user', content: token } }) + '\n'
    )
    const base = {
      branch,
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      savedBy: 'laptop' as const
    }
    await saveSession(ctx, { ...base, secrets: 'redact' })
    const first = storedMetadata(branch).value
    // The redacted upload records the user's own bytes in the clear: that is what must not carry over.
    expect(first.sourceTranscriptSha256).toMatch(/^[0-9a-f]{64}$/)
    const ownDigests = [first.sourceTranscriptSha256, first.transcriptSha256] as string[]
    const ownSizes = [first.sourceTranscriptSize, first.transcriptSize] as number[]

    // CI restores the redacted copy (so its transcript starts with the redacted bytes, whose
    // lineage a plain save carries forward), adds a turn, and saves it encrypted.
    const runner = await makeMachine('redacted-then-sealed-ci')
    const key = cheapPassphrase('sealed now')
    await restoreSession(ctx, { branch, cwd: runner.cwd, configDir: runner.configDir })
    const runnerCopy = join(projectFolder(runner), `${sessionId}.jsonl`)
    await appendFile(
      runnerCopy,
      syntheticTranscript({ sessionId, branch, cwd: runner.cwd, turns: 1, prompt: 'from CI' })
    )
    const local = await readFile(runnerCopy)
    await saveSession(ctx, {
      branch,
      cwd: runner.cwd,
      configDir: runner.configDir,
      savedBy: 'ci',
      encryption: key
    })
    const { text, value } = storedMetadata(branch)
    expect(value.encrypted).toBe(true)
    for (const digest of [...ownDigests, createHash('sha256').update(local).digest('hex')])
      expect(text).not.toContain(digest)
    for (const size of [...ownSizes, local.length]) expect(Object.values(value)).not.toContain(size)
    for (const field of [
      'transcriptSha256',
      'transcriptSize',
      'sourceTranscriptSha256',
      'sourceTranscriptSize',
      'redactedPrefixSha256',
      'redactedPrefixSize',
      'records'
    ])
      expect({ field, value: value[field] }).toEqual({ field, value: undefined })
  })
})
