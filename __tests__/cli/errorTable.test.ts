/**
 * The one error table (src/errorTable.ts): the README's exit codes are its codes in its words, and
 * a problem on the user's own disk is never reported as "GitHub or the network failed" (exit 4).
 */
import { describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { serializeMetadata } from '../../src/archive/index.js'
import { EXIT_CODES_HELP } from '../../src/cli/exitCodes.js'
import { ERROR_TABLE, EXIT_MEANINGS } from '../../src/errorTable.js'
import { archiveAssetName, metadataAssetName, tagForBranch } from '../../src/remote/layout.js'
import { makeMachine, placeSynthetic, projectFolder, type Machine } from '../support/claudeHome.js'
import { cliEnv, runMain } from '../support/cliRuntime.js'
import { repoRoot } from '../support/runAction.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/error-table'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
const envFor = (m: Machine) => cliEnv(m, emu, REPO, { PATH: process.env.PATH })

/** The rows of the README's exit-code table: code and meaning. */
async function readmeExitCodes(): Promise<{ code: string; meaning: string }[]> {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
  const table = readme.slice(readme.indexOf('Exit codes:'))
  const rows: { code: string; meaning: string }[] = []
  // After the line itself, a blank line, the header and the separator.
  for (const line of table.split('\n').slice(4)) {
    const cells = /^\|\s*([^|]+?)\s*\|\s*(.+?)\s*\|$/.exec(line)
    if (!cells) break
    rows.push({ code: cells[1]!, meaning: cells[2]! })
  }
  return rows
}

describe('the exit codes the README documents', () => {
  it('are the codes of the one error table, each row opening with its meaning', async () => {
    const rows = await readmeExitCodes()
    expect(rows.map((r) => r.code)).toEqual(EXIT_MEANINGS.map((e) => String(e.code)))
    for (const { code, meaning } of EXIT_MEANINGS) {
      expect(rows.find((r) => r.code === String(code))?.meaning).toMatch(
        new RegExp(`^${meaning.replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}`)
      )
      expect(EXIT_CODES_HELP).toContain(`${code} ${meaning}`)
    }
  })

  it('include every code a kind of error exits with', () => {
    const documented = new Set(EXIT_MEANINGS.map((e) => e.code))
    for (const row of Object.values(ERROR_TABLE)) expect(documented).toContain(row.exit)
  })
})

describe('a local problem is not "GitHub or the network failed"', () => {
  /** A machine that saved a session with a `<id>/` folder, and another one to pull it onto. */
  async function savedElsewhere(label: string): Promise<{ other: Machine; sessionId: string }> {
    const laptop = await makeMachine(`${label}-laptop`)
    const { sessionId } = await placeSynthetic(laptop, { branch: 'main' })
    const folder = join(projectFolder(laptop), sessionId, 'subagents')
    await mkdir(folder, { recursive: true })
    await import('node:fs/promises').then((fs) =>
      fs.writeFile(join(folder, 'agent-a1.jsonl'), '{"type":"user"}\n')
    )
    const push = await runMain(['push', '--cwd', laptop.cwd, '--session', sessionId, 'main'], {
      ...envFor(laptop)
    })
    expect(push.code).toBe(0)
    return { other: await makeMachine(`${label}-other`), sessionId }
  }

  it('a symlink where pull would write the session folder exits 5 and names it', async () => {
    const { other, sessionId } = await savedElsewhere('kinds-link')
    const folder = projectFolder(other)
    await mkdir(folder, { recursive: true })
    await symlink(other.home, join(folder, sessionId))
    const run = await runMain(['pull', '--cwd', other.cwd, 'main'], envFor(other))
    expect(run.code).toBe(5)
    expect(run.stderr).toContain(join(folder, sessionId))
    expect(run.stderr).not.toContain('GitHub or the network')
  })

  it('a folder where the transcript belongs exits 5 and names it', async () => {
    const { other, sessionId } = await savedElsewhere('kinds-folder')
    const transcript = join(projectFolder(other), `${sessionId}.jsonl`)
    await mkdir(transcript, { recursive: true })
    const run = await runMain(['pull', '--cwd', other.cwd, 'main'], envFor(other))
    expect(run.code).toBe(5)
    expect(run.stderr).toContain(transcript)
  })

  it('a session saved by a newer claude-session asks to update it, exit 2', async () => {
    const m = await makeMachine('kinds-newer')
    const sessionId = randomUUID()
    const name = archiveAssetName(sessionId, false)
    emu.seedRelease(REPO, {
      tag_name: tagForBranch('newer'),
      draft: true,
      assets: [
        {
          name,
          data: Buffer.from('an archive of a format to come'),
          content_type: 'application/gzip'
        },
        {
          name: metadataAssetName(sessionId),
          data: serializeMetadata({
            sessionId,
            gitBranch: 'newer',
            timestamp: new Date().toISOString(),
            archivePath: name,
            formatVersion: 99,
            toolVersion: '9.0.0',
            archiveSha256: 'a'.repeat(64),
            archiveSize: 30
          })
        }
      ]
    })
    const run = await runMain(['pull', '--cwd', m.cwd, 'newer'], envFor(m))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/claude-session 9\.0\.0.*Update claude-session/)
  })
})
