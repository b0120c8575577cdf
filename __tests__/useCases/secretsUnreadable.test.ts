import { describe, expect, it } from '@jest/globals'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { SecretsFoundError } from '../../src/errors.js'
import { saveSession, type SaveRequest } from '../../src/save/save.js'
import { run } from '../archive/secretShapes.js'
import { makeMachine, placeSynthetic, projectFolder } from '../support/claudeHome.js'
import { saveRequest, unpackedUpload, useEmulator } from '../support/syncHarness.js'
import { cliEnv, runMain } from '../support/cliRuntime.js'

const REPO = 'octo/secrets-unreadable'
const { emu, context } = useEmulator()
const ctx = context(REPO)

const token = 'gh' + 'p_' + run(36, 4)
const utf16le = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])

/** A session whose folder holds one file, `relative` under `<id>/`, with these bytes. */
async function sessionWith(branch: string, relative: string, bytes: Buffer) {
  const m = await makeMachine(branch)
  const { sessionId } = await placeSynthetic(m, { branch })
  const path = join(projectFolder(m), sessionId, relative)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, bytes)
  const save = (fields: Partial<SaveRequest> = {}) =>
    saveSession(ctx, saveRequest(m, branch, { savedBy: 'laptop', ...fields }))
  return { m, sessionId, path, save }
}

const draftOf = (branch: string) =>
  emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${branch}`)

function uploadedTar(branch: string, sessionId: string): Buffer {
  return gunzipSync(
    emu.assetData(REPO, `claude-session-${sessionId}.tar.gz`, `claude-sessions-${branch}`)!
  )
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error
  )
  expect(error).toBeInstanceOf(SecretsFoundError)
  expect(exitCodeOf(error)).toBe(3)
  return error!
}

/** Nothing the save logged holds the token. */
function expectNotLogged(): void {
  expect(ctx.log.lines.join('\n')).not.toContain(token)
}

describe('what the scan could not read before (issue 21, item 9)', () => {
  it('finds a token in a file name: fail refuses, redact uploads it under a redacted name', async () => {
    const branch = 'name-token'
    const { sessionId, save } = await sessionWith(
      branch,
      `tool-results/${token}.txt`,
      Buffer.from('plain output\n')
    )
    ctx.log.lines.length = 0
    await refusal(save({ secrets: 'fail' }))
    expect(draftOf(branch)).toBeUndefined()
    expect(ctx.log.lines.join('\n')).toContain(
      `in the name of ${sessionId}/tool-results/[REDACTED:github].txt`
    )
    expectNotLogged()

    const result = await save({ secrets: 'redact' })
    expect(result.findings).toEqual([
      {
        ruleId: 'github',
        file: `${sessionId}/tool-results/[REDACTED:github].txt`,
        line: 0,
        inName: true
      }
    ])
    expect(uploadedTar(branch, sessionId).includes(token)).toBe(false)
    const dir = await unpackedUpload(emu, REPO, branch, sessionId)
    expect(await readdir(join(dir, sessionId, 'tool-results'))).toEqual(['[REDACTED-github].txt'])
    expect(
      await readFile(join(dir, sessionId, 'tool-results', '[REDACTED-github].txt'), 'utf8')
    ).toBe('plain output\n')
    expectNotLogged()
  })

  it('reads NUL-separated text (env -0): fail refuses, redact changes only the token', async () => {
    const branch = 'nul-separated'
    const env = Buffer.from(`HOME=/home/me\0GITHUB_TOKEN=${token}\0PATH=/usr/bin\0`)
    const { sessionId, save } = await sessionWith(branch, 'tool-results/env.txt', env)
    ctx.log.lines.length = 0
    await refusal(save({ secrets: 'fail' }))
    expect(draftOf(branch)).toBeUndefined()
    expect(ctx.log.lines.join('\n')).toContain(`${sessionId}/tool-results/env.txt:2`)

    await save({ secrets: 'redact' })
    expect(uploadedTar(branch, sessionId).includes(token)).toBe(false)
    const dir = await unpackedUpload(emu, REPO, branch, sessionId)
    expect(await readFile(join(dir, sessionId, 'tool-results', 'env.txt'))).toEqual(
      Buffer.from(env.toString('latin1').replace(token, '[REDACTED:github]'), 'latin1')
    )
    expectNotLogged()
  })

  it("reads UTF-16 text with a byte-order mark (PowerShell's default): fail refuses, redact keeps it UTF-16", async () => {
    const branch = 'utf16'
    const text = `PS> gh auth token\r\n${token}\r\nPS> Get-Date\r\n`
    const { sessionId, save } = await sessionWith(branch, 'tool-results/out.txt', utf16le(text))
    ctx.log.lines.length = 0
    await refusal(save({ secrets: 'fail' }))
    expect(ctx.log.lines.join('\n')).toContain(`${sessionId}/tool-results/out.txt:2`)

    await save({ secrets: 'redact' })
    const tar = uploadedTar(branch, sessionId)
    expect(tar.includes(Buffer.from(token, 'utf16le'))).toBe(false)
    const dir = await unpackedUpload(emu, REPO, branch, sessionId)
    expect(await readFile(join(dir, sessionId, 'tool-results', 'out.txt'))).toEqual(
      utf16le(text.replace(token, '[REDACTED:github]'))
    )
    expectNotLogged()
  })

  it('finds UTF-16 without a mark too', async () => {
    const branch = 'utf16-no-mark'
    const { save } = await sessionWith(
      branch,
      'tool-results/out.txt',
      Buffer.from(`token ${token}\n`, 'utf16le')
    )
    await refusal(save({ secrets: 'fail' }))
  })

  it('refuses under fail a file it cannot read, naming it, unless allowed explicitly', async () => {
    const branch = 'unreadable'
    const { sessionId, save } = await sessionWith(branch, 'tool-results/shot.png', PNG)
    const error = await refusal(save({ secrets: 'fail' }))
    expect(error.message).toContain(`${sessionId}/tool-results/shot.png`)
    expect(error.message).toContain('--allow-unscanned')
    expect(draftOf(branch)).toBeUndefined()
    ctx.log.lines.length = 0
    expect((await save({ secrets: 'fail', allowUnscanned: true })).outcome).toBe('created')
    expect(ctx.log.lines.join('\n')).toContain(
      `Not scanned for secrets (not text), uploaded as it is: ${sessionId}/tool-results/shot.png`
    )
  })
})

describe('push --secrets fail --allow-unscanned (issue 21, item 9, through the CLI)', () => {
  it('exits 3 naming the file it cannot read, and uploads it as it is only with the flag', async () => {
    const branch = 'unreadable-cli'
    const { m, sessionId } = await sessionWith(branch, 'tool-results/shot.png', PNG)
    const env = cliEnv(m, emu, REPO, { TMPDIR: ctx.tempDir, NO_COLOR: '1' })
    const push = (extra: string[]) =>
      runMain(['--repo', REPO, 'push', branch, '--cwd', m.cwd, '--secrets', 'fail', ...extra], env)
    const refused = await push([])
    expect(refused.code).toBe(3)
    expect(refused.stderr).toContain(`${sessionId}/tool-results/shot.png`)
    expect(refused.stderr).toContain('--allow-unscanned')
    expect(draftOf(branch)).toBeUndefined()
    expect((await push(['--allow-unscanned'])).code).toBe(0)
    expect(draftOf(branch)).toBeDefined()
  })
})

describe('redact in a file that is not UTF-8 (issue 21, item 10)', () => {
  it('changes only the bytes of the secret in a Latin-1 file', async () => {
    const branch = 'latin1'
    const latin1 = Buffer.from(`Café résumé\ntoken=${token}\nfin\n`, 'latin1')
    const { sessionId, save } = await sessionWith(branch, 'tool-results/out.txt', latin1)
    await save({ secrets: 'redact' })
    const dir = await unpackedUpload(emu, REPO, branch, sessionId)
    expect(await readFile(join(dir, sessionId, 'tool-results', 'out.txt'))).toEqual(
      Buffer.from(`Café résumé\ntoken=[REDACTED:github]\nfin\n`, 'latin1')
    )
  })
})

describe('a .json file in the session folder (issue 21: behaviours no test protects)', () => {
  it('holding a \\u-escaped token: found, and redacted into valid JSON', async () => {
    const branch = 'json-escaped'
    // "ghp_…" with its first letters written as JSON escapes, as a serializer may write them.
    const escaped = '\\u0067\\u0068p_' + token.slice(4)
    const json = `{\n  "stdout": "export GITHUB_TOKEN=${escaped}",\n  "exitCode": 0\n}\n`
    expect((JSON.parse(json) as { stdout: string }).stdout).toContain(token)
    const { sessionId, save } = await sessionWith(
      branch,
      'tool-results/result.json',
      Buffer.from(json)
    )
    const result = await save({ secrets: 'redact' })
    expect(result.findings).toEqual([
      { ruleId: 'github', file: `${sessionId}/tool-results/result.json`, line: 2 }
    ])
    const dir = await unpackedUpload(emu, REPO, branch, sessionId)
    const uploaded = await readFile(join(dir, sessionId, 'tool-results', 'result.json'), 'utf8')
    expect(JSON.parse(uploaded)).toEqual({
      stdout: 'export GITHUB_TOKEN=[REDACTED:github]',
      exitCode: 0
    })
    expect(uploaded).not.toContain(token.slice(4))
  })
})
