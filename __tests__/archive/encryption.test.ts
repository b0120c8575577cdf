import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { decryptFile, encryptFile, parseKeyMaterial } from '../../src/archive/index.js'
import { EncryptionKeyError } from '../../src/errors.js'
import { scratchDir, transcriptsDir } from '../support/claudeHome.js'
import { cheapPassphrase } from '../support/keys.js'

const fixture = join(transcriptsDir, 'spotter', 'short.jsonl')

function hasAge(): boolean {
  try {
    execFileSync('age', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const ageMissing =
  'the age CLI is not installed (Debian package "age"; scripts/ci-setup.sh installs it)'

async function workdir(): Promise<string> {
  return scratchDir('age')
}

describe('encryption at rest with age', () => {
  it('leaves no plaintext in the encrypted bytes and round-trips with a passphrase', async () => {
    const dir = await workdir()
    const plain = await readFile(fixture)
    // Cheap scrypt: this test is about the bytes; the next one pins the cost.
    const key = cheapPassphrase('correct horse battery staple')
    await encryptFile(fixture, join(dir, 'x.age'), key)
    const sealed = await readFile(join(dir, 'x.age'))
    expect(sealed.subarray(0, 21).toString()).toBe('age-encryption.org/v1')
    // Distinctive pieces of the transcript: ids, a path, the record envelope.
    for (const piece of [
      '"sessionId"',
      '55604662-cf2a-4331-851a-ec234028f8ca',
      '"gitBranch"',
      '"type":"user"'
    ]) {
      expect(plain.includes(piece)).toBe(true)
      expect(sealed.includes(piece)).toBe(false)
    }
    await decryptFile(join(dir, 'x.age'), join(dir, 'back'), key)
    expect((await readFile(join(dir, 'back'))).equals(plain)).toBe(true)
  })

  it("costs a passphrase age's default scrypt work factor, 2^18", async () => {
    // One scrypt at 2^18, about 2 s of CPU in age-encryption's JavaScript scrypt (17 s of wall time
    // measured on a busy 2-core machine): the encryption alone, as decrypting would run it again.
    const dir = await workdir()
    await encryptFile(fixture, join(dir, 'x.age'), { passphrase: 'correct horse battery staple' })
    const sealed = await readFile(join(dir, 'x.age'))
    expect(sealed.toString('latin1').split('\n')[1]).toMatch(/^-> scrypt \S{22} 18$/)
    // The cost is this test's subject: its budget is that of a few seconds of CPU on a busy machine.
  }, 120_000)

  it('fails cleanly with a wrong or missing key and writes nothing', async () => {
    const dir = await workdir()
    await encryptFile(fixture, join(dir, 'x.age'), cheapPassphrase('right'))
    await expect(
      decryptFile(join(dir, 'x.age'), join(dir, 'out'), { passphrase: 'wrong' })
    ).rejects.toBeInstanceOf(EncryptionKeyError)
    await expect(
      decryptFile(join(dir, 'x.age'), join(dir, 'out'), { recipients: ['age1qqqq'] })
    ).rejects.toBeInstanceOf(EncryptionKeyError)
    expect(await readdir(dir)).toEqual(['x.age'])
  })

  it('reads key material as users paste it', () => {
    expect(parseKeyMaterial('hunter2\n')).toEqual({ passphrase: 'hunter2' })
    expect(parseKeyMaterial('# created: now\nAGE-SECRET-KEY-1ABC\n')).toEqual({
      identities: ['AGE-SECRET-KEY-1ABC']
    })
    expect(parseKeyMaterial('age1abc\nage1def\n')).toEqual({ recipients: ['age1abc', 'age1def'] })
    expect(() => parseKeyMaterial('\n')).toThrow(EncryptionKeyError)
  })

  // Outside CI a missing age CLI skips the test, saying so (jest lists a skipped test only under
  // --verbose); under CI it fails: scripts/ci-setup.sh was meant to install it.
  const interop = hasAge() || process.env.CI ? it : it.skip
  if (!hasAge() && !process.env.CI)
    process.stderr.write(`age interop test: skipped, ${ageMissing}\n`)
  interop('interoperates with the age command-line tool in both directions', async () => {
    if (!hasAge()) throw new Error(ageMissing)
    const dir = await workdir()
    execFileSync('age-keygen', ['-o', join(dir, 'key.txt')], { stdio: 'ignore' })
    const identity = (await readFile(join(dir, 'key.txt'), 'utf8'))
      .split('\n')
      .find((l) => l.startsWith('AGE-SECRET-KEY-1'))!
    const recipient = execFileSync('age-keygen', ['-y', join(dir, 'key.txt')])
      .toString()
      .trim()
    const plain = await readFile(fixture)

    // Ours -> age: encrypted to the recipient, decrypted by the CLI.
    await encryptFile(fixture, join(dir, 'ours.age'), { recipients: [recipient] })
    const byCli = execFileSync('age', ['-d', '-i', join(dir, 'key.txt'), join(dir, 'ours.age')])
    expect(byCli.equals(plain)).toBe(true)

    // age -> ours: encrypted by the CLI, decrypted with the identity.
    execFileSync('age', ['-r', recipient, '-o', join(dir, 'theirs.age'), fixture])
    await decryptFile(
      join(dir, 'theirs.age'),
      join(dir, 'theirs'),
      parseKeyMaterial(await readFile(join(dir, 'key.txt'), 'utf8'))
    )
    expect((await readFile(join(dir, 'theirs'))).equals(plain)).toBe(true)
    expect(identity).toMatch(/^AGE-SECRET-KEY-1/)
  })
})
