import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { EncryptionKeyError } from '../../src/errors.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import { makeMachine, placeSynthetic, projectFolder } from '../support/claudeHome.js'
import { useEmulator } from '../support/syncHarness.js'
import { cheapPassphrase } from '../support/keys.js'

const REPO = 'octo/private'
const { emu, context } = useEmulator()
const ctx = context(REPO)

describe('an encrypted session', () => {
  it('is stored as .tar.gz.age with metadata that reveals no directory or text, and restores only with the key', async () => {
    const laptop = await makeMachine('enc')
    const runner = await makeMachine('enc-runner')
    const prompt = 'refactor the billing module for ACME Corp'
    const { sessionId, content } = await placeSynthetic(laptop, { branch: 'enc', prompt })
    const key = cheapPassphrase('a passphrase from a repository secret')
    const saved = await saveSession(ctx, {
      branch: 'enc',
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      savedBy: 'laptop',
      encryption: key
    })
    expect(saved.archiveName).toBe(`claude-session-${sessionId}.tar.gz.age`)

    const release = emu.releases(REPO).find((r) => r.tag_name === 'claude-sessions-enc')!
    const archive = release.assets.find((a) => a.name.endsWith('.age'))!.data
    const metadataText = release.assets.find((a) => a.name.endsWith('.json'))!.data.toString()
    expect(archive.includes(prompt)).toBe(false)
    expect(archive.includes(laptop.cwd)).toBe(false)
    const metadata = JSON.parse(metadataText) as Record<string, unknown>
    expect(metadataText).not.toContain(laptop.cwd)
    expect(metadataText).not.toContain(prompt)
    expect(metadata).toMatchObject({ sessionId, encrypted: true })
    expect(metadata.cwd).toBeUndefined()

    await expect(
      restoreSession(ctx, { branch: 'enc', cwd: runner.cwd, configDir: runner.configDir })
    ).rejects.toBeInstanceOf(EncryptionKeyError)
    await expect(
      restoreSession(ctx, {
        branch: 'enc',
        cwd: runner.cwd,
        configDir: runner.configDir,
        encryption: { passphrase: 'wrong' }
      })
    ).rejects.toBeInstanceOf(EncryptionKeyError)
    await expect(readFile(join(projectFolder(runner), `${sessionId}.jsonl`))).rejects.toThrow()

    await restoreSession(ctx, {
      branch: 'enc',
      cwd: runner.cwd,
      configDir: runner.configDir,
      encryption: key
    })
    expect(
      (await readFile(join(projectFolder(runner), `${sessionId}.jsonl`), 'utf8')).startsWith(
        content
      )
    ).toBe(true)
  })
})

describe('the token never travels', () => {
  it('is absent from the archive, the metadata and every log line of a save and a restore', async () => {
    const laptop = await makeMachine('tok')
    const runner = await makeMachine('tok-runner')
    const logged: string[] = []
    const log = {
      debug: (m: string) => logged.push(m),
      info: (m: string) => logged.push(m),
      warning: (m: string) => logged.push(m)
    }
    const { sessionId } = await placeSynthetic(laptop, { branch: 'tok' })
    const c = { ...ctx, log }
    await saveSession(c, {
      branch: 'tok',
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      savedBy: 'ci',
      extraSecrets: [emu.tokens.write]
    })
    await restoreSession(c, { branch: 'tok', cwd: runner.cwd, configDir: runner.configDir })
    const release = emu.releases(REPO).find((r) => r.tag_name === 'claude-sessions-tok')!
    const archive = gunzipSync(
      release.assets.find((a) => a.name === `claude-session-${sessionId}.tar.gz`)!.data
    )
    for (const text of [
      archive.toString('latin1'),
      release.assets.map((a) => a.data.toString()).join('\n'),
      logged.join('\n')
    ]) {
      expect(text).not.toContain(emu.tokens.write)
    }
  })
})
