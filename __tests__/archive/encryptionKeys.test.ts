import { describe, expect, it } from '@jest/globals'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decryptFile, encryptFile, parseKeyMaterial } from '../../src/archive/index.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { EncryptionKeyError, HostileArchiveError, UsageError } from '../../src/errors.js'
import { scratchDir } from '../support/claudeHome.js'

async function workdir(): Promise<string> {
  const dir = await scratchDir('keys')
  await writeFile(join(dir, 'plain'), '{"type":"user"}\n')
  return dir
}

/** One character of the key's data part changed: what a mistyped copy looks like. */
function mistyped(key: string): string {
  const at = key.length - 8
  return key.slice(0, at) + (key[at] === 'Q' ? 'P' : 'Q') + key.slice(at + 1)
}

/** The error, asserted to say nothing of the key: not it, nor (for real keys) 8 characters of its data. */
async function refusal(promise: Promise<unknown>, key: string): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error
  )
  expect(error).toBeInstanceOf(UsageError)
  expect(exitCodeOf(error)).toBe(2)
  expect(error!.message).not.toContain(key)
  for (let i = key.indexOf('1') + 1; key.length > 40 && i + 8 <= key.length; i++)
    expect(error!.message).not.toContain(key.slice(i, i + 8))
  return error!
}

describe('key material is never echoed', () => {
  it('refuses a mistyped identity as a usage error that does not contain it', async () => {
    const dir = await workdir()
    const bad = mistyped(await generateX25519Identity())
    const key = parseKeyMaterial(`# created: today\n${bad}\n`)
    await refusal(encryptFile(join(dir, 'plain'), join(dir, 'x.age'), key), bad)
    await encryptFile(join(dir, 'plain'), join(dir, 'x.age'), {
      identities: [await generateX25519Identity()]
    })
    await refusal(decryptFile(join(dir, 'x.age'), join(dir, 'out'), key), bad)
    expect((await readdir(dir)).sort()).toEqual(['plain', 'x.age'])
  })

  it('refuses a malformed recipient (as from --recipient) the same way', async () => {
    const dir = await workdir()
    const good = await identityToRecipient(await generateX25519Identity())
    for (const bad of [mistyped(good), 'age1notarecipient', 'ssh-ed25519 AAAAC3Nza']) {
      await refusal(
        encryptFile(join(dir, 'plain'), join(dir, 'x.age'), { recipients: [good, bad] }),
        bad
      )
    }
  })

  it('refuses a key file that mixes an identity with another line instead of using it as a passphrase', async () => {
    const identity = await generateX25519Identity()
    expect(() => parseKeyMaterial(`${identity}\nnot a key\n`)).toThrow(UsageError)
  })

  it('tells a wrong key from a damaged file without reading the library message', async () => {
    const dir = await workdir()
    await encryptFile(join(dir, 'plain'), join(dir, 'x.age'), {
      identities: [await generateX25519Identity()]
    })
    const other = { identities: [await generateX25519Identity()] }
    await expect(decryptFile(join(dir, 'x.age'), join(dir, 'out'), other)).rejects.toBeInstanceOf(
      EncryptionKeyError
    )
    const sealed = await readFile(join(dir, 'x.age'))
    await writeFile(join(dir, 'cut.age'), sealed.subarray(0, 30))
    await expect(decryptFile(join(dir, 'cut.age'), join(dir, 'out'), other)).rejects.toBeInstanceOf(
      HostileArchiveError
    )
  })
})

describe('encryption to identities', () => {
  it('encrypts to every identity given, beside the recipients', async () => {
    const dir = await workdir()
    const [a, b] = [await generateX25519Identity(), await generateX25519Identity()]
    const c = await generateX25519Identity()
    await encryptFile(join(dir, 'plain'), join(dir, 'only.age'), { identities: [a] })
    await decryptFile(join(dir, 'only.age'), join(dir, 'only'), { identities: [a] })
    expect(await readFile(join(dir, 'only'), 'utf8')).toBe('{"type":"user"}\n')

    await encryptFile(join(dir, 'plain'), join(dir, 'both.age'), {
      recipients: [await identityToRecipient(c)],
      identities: [b]
    })
    for (const identity of [b, c]) {
      await decryptFile(join(dir, 'both.age'), join(dir, 'both'), { identities: [identity] })
      expect(await readFile(join(dir, 'both'), 'utf8')).toBe('{"type":"user"}\n')
    }
  })
})
