import { describe, expect, it } from '@jest/globals'
import { appendFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { SecretsFoundError } from '../../src/errors.js'
import { saveSession } from '../../src/save/save.js'
import { applySecretsPolicy } from '../../src/save/secretsPolicy.js'
import { secretShapes } from '../archive/secretShapes.js'
import { makeMachine, placeSynthetic, projectFolder, removeLater } from '../support/claudeHome.js'
import { saveRequest, unpackedUpload, useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/secrets-everywhere'
const { emu, context } = useEmulator()
const ctx = context(REPO)

const shapes = secretShapes(5)
const github = shapes.find((s) => s.kind === 'github fine-grained')!.text
const slack = shapes.find((s) => s.kind === 'slack bot token')!.text
const runToken = 'ghs_' + 'thisRunsOwnToken0123456789'
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])

/** A session whose folder holds secrets in a subagent transcript and in spilled tool results. */
async function seeded(
  branch: string
): Promise<{ sessionId: string; folder: string; m: Awaited<ReturnType<typeof makeMachine>> }> {
  const m = await makeMachine(branch)
  const { sessionId } = await placeSynthetic(m, { branch })
  const folder = join(projectFolder(m), sessionId)
  await mkdir(join(folder, 'subagents'), { recursive: true })
  await mkdir(join(folder, 'tool-results'), { recursive: true })
  await writeFile(
    join(folder, 'subagents', 'agent-1.jsonl'),
    [
      JSON.stringify({ type: 'user', message: { content: 'look around' } }),
      JSON.stringify({ type: 'assistant', message: { content: `found GH_TOKEN=${github}` } })
    ].join('\n') + '\n'
  )
  await writeFile(
    join(folder, 'tool-results', 'toolu_1.txt'),
    `$ env\nHOME=/home/me\nSLACK_BOT_TOKEN=${slack}\nPATH=/usr/bin\n`
  )
  await writeFile(join(folder, 'tool-results', 'toolu_2.txt'), `token: ${runToken}\n`)
  await writeFile(join(folder, 'tool-results', 'shot.png'), PNG)
  return { sessionId, folder, m }
}

function uploadedArchive(branch: string, sessionId: string): Buffer | undefined {
  return emu.assetData(REPO, `claude-session-${sessionId}.tar.gz`, `claude-sessions-${branch}`)
}

const unpacked = (branch: string, sessionId: string): Promise<string> =>
  unpackedUpload(emu, REPO, branch, sessionId)

describe('the secret scan covers every file that travels', () => {
  it('names the file and line of each secret in the session folder under "warn", and the binary file it could not scan', async () => {
    const { sessionId, m } = await seeded('everywhere-warn')
    ctx.log.lines.length = 0
    const result = await saveSession(
      ctx,
      saveRequest(m, 'everywhere-warn', {
        savedBy: 'ci',
        secrets: 'warn',
        extraSecrets: [runToken]
      })
    )
    expect(result.findings).toEqual([
      { ruleId: 'github', file: `${sessionId}/subagents/agent-1.jsonl`, line: 2 },
      { ruleId: 'slack', file: `${sessionId}/tool-results/toolu_1.txt`, line: 3 },
      { ruleId: 'github-token-of-this-run', file: `${sessionId}/tool-results/toolu_2.txt`, line: 1 }
    ])
    const logged = ctx.log.lines.join('\n')
    expect(logged).toContain(`${sessionId}/subagents/agent-1.jsonl:2`)
    expect(logged).toContain(`${sessionId}/tool-results/shot.png`)
    for (const secret of [github, slack, runToken]) expect(logged).not.toContain(secret)
  })

  it('uploads nothing under "fail" when only the folder holds a secret', async () => {
    const { m } = await seeded('everywhere-fail')
    await expect(
      saveSession(ctx, saveRequest(m, 'everywhere-fail', { savedBy: 'ci', secrets: 'fail' }))
    ).rejects.toBeInstanceOf(SecretsFoundError)
    expect(emu.releases(REPO).some((r) => r.tag_name === 'claude-sessions-everywhere-fail')).toBe(
      false
    )
  })

  it('redacts every file of the folder under "redact", packs binary files as they are, and leaves the local files alone', async () => {
    const { sessionId, folder, m } = await seeded('everywhere-redact')
    const before = await readFile(join(folder, 'tool-results', 'toolu_1.txt'), 'utf8')
    const result = await saveSession(
      ctx,
      saveRequest(m, 'everywhere-redact', {
        savedBy: 'ci',
        secrets: 'redact',
        extraSecrets: [runToken]
      })
    )
    expect(result.findings).toHaveLength(3)
    const tar = gunzipSync(uploadedArchive('everywhere-redact', sessionId)!)
    for (const secret of [github, slack, runToken]) expect(tar.includes(secret)).toBe(false)

    const dir = await unpacked('everywhere-redact', sessionId)
    expect((await readdir(join(dir, sessionId), { recursive: true })).sort()).toEqual(
      [
        'subagents',
        'subagents/agent-1.jsonl',
        'tool-results',
        'tool-results/shot.png',
        'tool-results/toolu_1.txt',
        'tool-results/toolu_2.txt'
      ].sort()
    )
    const agent = await readFile(join(dir, sessionId, 'subagents', 'agent-1.jsonl'), 'utf8')
    expect(agent.split('\n')[1]).toBe(
      JSON.stringify({
        type: 'assistant',
        message: { content: 'found GH_TOKEN=[REDACTED:github]' }
      })
    )
    expect(await readFile(join(dir, sessionId, 'tool-results', 'toolu_1.txt'), 'utf8')).toBe(
      before.replace(slack, '[REDACTED:slack]')
    )
    expect((await readFile(join(dir, sessionId, 'tool-results', 'shot.png'))).equals(PNG)).toBe(
      true
    )
    expect(await readFile(join(folder, 'tool-results', 'toolu_1.txt'), 'utf8')).toBe(before)
  })

  it('holds back a half-written last line under "redact", as the plain path does', async () => {
    const m = await makeMachine('everywhere-partial')
    const { sessionId, transcriptPath, content } = await placeSynthetic(m, {
      branch: 'everywhere-partial'
    })
    await appendFile(
      transcriptPath,
      JSON.stringify({ type: 'user', message: { content: `key ${github}` } }) +
        '\n' +
        '{"type":"assistant","message":{"content":"half wri'
    )
    await saveSession(
      ctx,
      saveRequest(m, 'everywhere-partial', { savedBy: 'laptop', secrets: 'redact' })
    )
    const dir = await unpacked('everywhere-partial', sessionId)
    const uploaded = await readFile(join(dir, `${sessionId}.jsonl`), 'utf8')
    expect(uploaded.startsWith(content)).toBe(true)
    expect(uploaded.endsWith('[REDACTED:github]"}}\n')).toBe(true)
    expect(uploaded).not.toContain('half wri')
    for (const line of uploaded.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow()
  })

  it('packs under "fail" exactly the folder bytes it scanned, not what is written after the scan', async () => {
    const m = await makeMachine('everywhere-snapshot')
    const { sessionId, transcriptPath, content } = await placeSynthetic(m, {
      branch: 'everywhere-snapshot'
    })
    const folder = join(projectFolder(m), sessionId)
    await mkdir(join(folder, 'subagents'), { recursive: true })
    const agent = join(folder, 'subagents', 'agent-1.jsonl')
    await writeFile(agent, JSON.stringify({ type: 'user', message: { content: 'clean' } }) + '\n')
    const work = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-policy-')))
    const session = {
      transcriptPath,
      transcriptBytes: Buffer.byteLength(content),
      folderPath: folder
    }
    const policy = await applySecretsPolicy(
      ctx,
      { branch: 'x', cwd: m.cwd, configDir: m.configDir, savedBy: 'ci', secrets: 'fail' },
      session,
      work
    )
    expect(policy.findings).toEqual([])
    // A subagent still running writes a token after the scan: the folder to pack does not have it.
    await appendFile(
      agent,
      JSON.stringify({ type: 'assistant', message: { content: github } }) + '\n'
    )
    expect(policy.folderPath).not.toBe(folder)
    const packed = await readFile(join(policy.folderPath!, 'subagents', 'agent-1.jsonl'), 'utf8')
    expect(packed).not.toContain(github)
  })
})
