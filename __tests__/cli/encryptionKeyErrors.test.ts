import { describe, expect, it } from '@jest/globals'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { saveSession } from '../../src/save/save.js'
import { makeMachine, placeSynthetic, type Machine } from '../support/claudeHome.js'
import { cliEnv, runMain } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'
import { cheapPassphrase } from '../support/keys.js'

const REPO = 'octo/key-errors'
const { emu, context } = useEmulator()
const ctx = context(REPO)

/** One character of the key's data part changed: what a mistyped copy looks like. */
function mistyped(key: string): string {
  const at = key.length - 8
  return key.slice(0, at) + (key[at] === 'Q' ? 'P' : 'Q') + key.slice(at + 1)
}

const draftOf = (branch: string) =>
  emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${branch}`)

function run(m: Machine, args: string[], extra: NodeJS.ProcessEnv = {}) {
  return runMain(['--repo', REPO, ...args], {
    ...cliEnv(m, emu, REPO, { TMPDIR: ctx.tempDir, NO_COLOR: '1', ...extra })
  })
}

describe('a malformed key (issue 21, item 13)', () => {
  it('creates no draft: push exits 2 before its first request', async () => {
    const m = await makeMachine('bad-key-first')
    const branch = 'bad-key-first'
    await placeSynthetic(m, { branch })
    const bad = mistyped(await generateX25519Identity())
    emu.resetRequests()
    const result = await run(m, ['push', branch, '--cwd', m.cwd], { CLAUDE_SESSION_KEY: bad })
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain(bad)
    expect(draftOf(branch)).toBeUndefined()
    expect(emu.requests).toEqual([])
  })

  it('over an encrypted copy, says nothing of replacing it and leaves it as it was', async () => {
    const m = await makeMachine('bad-key-over')
    const branch = 'bad-key-over'
    await placeSynthetic(m, { branch })
    // Encrypted to a recipient alone: the one case where a save warns "… replacing it."
    const recipient = await identityToRecipient(await generateX25519Identity())
    await saveSession(ctx, {
      branch,
      cwd: m.cwd,
      configDir: m.configDir,
      savedBy: 'laptop',
      encryption: { recipients: [recipient] }
    })
    const before = draftOf(branch)!.assets.map((a) => `${a.name}:${a.id}`)
    const keyFile = join(m.home, 'bad.key')
    await writeFile(keyFile, `${mistyped(await generateX25519Identity())}\n`)
    const result = await run(m, ['push', branch, '--cwd', m.cwd, '--encryption-key-file', keyFile])
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain('replacing it')
    expect(result.stdout).not.toContain('replacing it')
    expect(draftOf(branch)!.assets.map((a) => `${a.name}:${a.id}`)).toEqual(before)
  })
})

describe('encryption-key errors (issue 21: behaviours no test protects)', () => {
  it('exit 2 on every command, before any request', async () => {
    const m = await makeMachine('key-errors-all')
    const branch = 'key-errors-all'
    await placeSynthetic(m, { branch })
    const identity = await generateX25519Identity()
    const badKeys = {
      'a mistyped identity': mistyped(identity),
      'an identity beside another line': `${identity}\nnot a key`,
      'a mistyped recipient': mistyped(await identityToRecipient(identity))
    }
    const commands = [
      ['push', branch, '--cwd', m.cwd],
      ['pull', branch, '--cwd', m.cwd],
      ['continue', '--branch', branch, '--cwd', m.cwd, 'go on'],
      ['continue', '--attach', '1', '--branch', branch, '--cwd', m.cwd],
      ['list'],
      ['delete', branch, '--yes'],
      ['prune', '--gone', '--dry-run']
    ]
    for (const [what, key] of Object.entries(badKeys)) {
      for (const args of commands) {
        emu.resetRequests()
        const result = await run(m, args, { CLAUDE_SESSION_KEY: key })
        expect({ what, args, code: result.code }).toEqual({ what, args, code: 2 })
        expect(emu.requests).toEqual([])
      }
    }
    // An empty key file too (EncryptionKeyError).
    const empty = join(m.home, 'empty.key')
    await writeFile(empty, '')
    for (const command of ['push', 'pull']) {
      const result = await run(m, [command, branch, '--cwd', m.cwd, '--encryption-key-file', empty])
      expect({ command, code: result.code }).toEqual({ command, code: 2 })
    }
  })

  it('exit 2 when pull is given a key that does not decrypt the session', async () => {
    const m = await makeMachine('key-errors-wrong')
    const branch = 'key-errors-wrong'
    await placeSynthetic(m, { branch })
    await saveSession(ctx, {
      branch,
      cwd: m.cwd,
      configDir: m.configDir,
      savedBy: 'laptop',
      encryption: cheapPassphrase('the right passphrase')
    })
    const other = await makeMachine('key-errors-wrong-other')
    for (const key of ['the wrong passphrase', await generateX25519Identity()]) {
      const result = await run(other, ['pull', branch, '--cwd', other.cwd], {
        CLAUDE_SESSION_KEY: key
      })
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('the key does not match')
    }
    // And without any key at all.
    expect((await run(other, ['pull', branch, '--cwd', other.cwd])).code).toBe(2)
  })
})
