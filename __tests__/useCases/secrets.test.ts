import { describe, expect, it } from '@jest/globals'
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SecretsFoundError } from '../../src/errors.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  syntheticTranscript,
  type Machine
} from '../support/claudeHome.js'
import { saveRequest, unpackedUpload, useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/secrets'
const { emu, context } = useEmulator()
const ctx = context(REPO)

/** Real-shaped secrets, assembled at run time so this file itself holds none. */
function fakeSecrets(): Record<string, string> {
  const alnum = (n: number, step: number): string =>
    Array.from({ length: n }, (_, i) => 'aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0z'[(i * step) % 31]).join('')
  return {
    github: 'gh' + 'p_' + alnum(36, 7),
    anthropic: 'sk-' + 'ant-api03-' + alnum(93, 11) + 'AA',
    aws: 'AK' + 'IA' + 'QWERTYUIOPASDFGH',
    awsSecret: alnum(40, 13),
    privatekey:
      '-----BEGIN ' +
      'RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA' +
      alnum(48, 7) +
      '\n' +
      alnum(64, 5) +
      '\n-----END ' +
      'RSA PRIVATE KEY-----',
    slack: 'xo' + 'xb-' + '123456789012-1234567890123-' + alnum(24, 3)
  }
}

async function seeded(
  m: Machine,
  branch: string
): Promise<{ sessionId: string; transcriptPath: string; secrets: Record<string, string> }> {
  const { sessionId, transcriptPath } = await placeSynthetic(m, { branch })
  const secrets = fakeSecrets()
  const records = [
    { type: 'user', sessionId, message: { role: 'user', content: `use ${secrets.github} please` } },
    {
      type: 'user',
      sessionId,
      message: { role: 'user', content: `ANTHROPIC_API_KEY=${secrets.anthropic}` }
    },
    {
      type: 'assistant',
      sessionId,
      message: {
        role: 'assistant',
        content: `aws_access_key_id = ${secrets.aws}\naws_secret_access_key = ${secrets.awsSecret}`
      }
    },
    // Tool output as Claude Code stores it: the key's newlines are \n escapes inside a JSON string.
    { type: 'user', sessionId, toolUseResult: { stdout: secrets.privatekey } },
    { type: 'user', sessionId, message: { role: 'user', content: `slack ${secrets.slack}` } }
  ]
  await appendFile(transcriptPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
  return { sessionId, transcriptPath, secrets }
}

async function uploadedTranscript(branch: string, sessionId: string): Promise<string> {
  const dir = await unpackedUpload(emu, REPO, branch, sessionId)
  return readFile(join(dir, `${sessionId}.jsonl`), 'utf8')
}

describe('the secret scan before upload', () => {
  it('warns with rule and line under "warn", never the secret itself', async () => {
    const m = await makeMachine('warn')
    const { sessionId, secrets } = await seeded(m, 'warn')
    ctx.log.lines.length = 0
    const result = await saveSession(
      ctx,
      saveRequest(m, 'warn', { savedBy: 'laptop', secrets: 'warn' })
    )
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual([
      'anthropic',
      'aws',
      'github',
      'privatekey',
      'slack'
    ])
    expect(result.findings.every((f) => f.line > 4)).toBe(true)
    const logged = ctx.log.lines.join('\n')
    for (const secret of Object.values(secrets)) {
      expect(logged).not.toContain(secret.slice(0, 20))
      expect(JSON.stringify(result)).not.toContain(secret.slice(0, 20))
    }
    expect(await uploadedTranscript('warn', sessionId)).toContain(secrets.github)
  })

  it('refuses to upload under "fail"', async () => {
    const m = await makeMachine('fail')
    await seeded(m, 'fail')
    await expect(
      saveSession(ctx, saveRequest(m, 'fail', { savedBy: 'ci', secrets: 'fail' }))
    ).rejects.toBeInstanceOf(SecretsFoundError)
    expect(emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-fail')).toBe(false)
  })

  it('uploads a redacted copy under "redact", keeps the local transcript, and pulls back without a false conflict', async () => {
    const laptop = await makeMachine('redact')
    const runner = await makeMachine('redact-runner')
    const { sessionId, transcriptPath, secrets } = await seeded(laptop, 'redact')
    const before = await readFile(transcriptPath, 'utf8')
    const result = await saveSession(
      ctx,
      saveRequest(laptop, 'redact', {
        savedBy: 'laptop',
        secrets: 'redact',
        extraSecrets: ['ghs_' + 'thisRunsOwnToken0123456789']
      })
    )
    expect(result.findings).toHaveLength(5)
    const uploaded = await uploadedTranscript('redact', sessionId)
    for (const secret of Object.values(secrets)) {
      for (const line of secret.split('\n').filter((l) => l.length > 20))
        expect(uploaded).not.toContain(line)
    }
    expect(uploaded).toContain('[REDACTED:github]')
    expect(uploaded).toContain('[REDACTED:privatekey]')
    for (const line of uploaded.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
    expect(await readFile(transcriptPath, 'utf8')).toBe(before)

    // CI resumes the redacted copy and adds a turn; the laptop pulls it back.
    await restoreSession(ctx, { branch: 'redact', cwd: runner.cwd, configDir: runner.configDir })
    const runnerCopy = join(projectFolder(runner), `${sessionId}.jsonl`)
    await appendFile(
      runnerCopy,
      syntheticTranscript({
        sessionId,
        branch: 'redact',
        cwd: runner.cwd,
        turns: 1,
        prompt: 'CI turn'
      })
    )
    await saveSession(ctx, saveRequest(runner, 'redact', { savedBy: 'ci' }))
    // What CI added: everything after the redacted bytes it restored.
    const ciAdded = (await readFile(runnerCopy, 'utf8')).slice(uploaded.length)
    const pulled = await restoreSession(ctx, {
      branch: 'redact',
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      onLocalConflict: 'refuse'
    })
    expect(pulled.outcome).toBe('fast-forward')
    const local = await readFile(transcriptPath, 'utf8')
    // The user's own bytes stay as they were, secrets included; exactly CI's records follow them
    // (then the record restore appends for the laptop's directory), each line valid JSON.
    expect(ciAdded).toContain('CI turn')
    const relocated = JSON.stringify({ type: 'relocated', sessionId, relocatedCwd: laptop.cwd })
    expect(local).toBe(before + ciAdded + relocated + '\n')
    for (const line of local.slice(0, -1).split('\n')) expect(() => JSON.parse(line)).not.toThrow()
  })
})
