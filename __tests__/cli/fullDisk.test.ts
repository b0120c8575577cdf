/**
 * A full TMPDIR, for real: a 32 KiB tmpfs. The bundled CLI must exit 5 with a message about the
 * disk (never a stack trace or "GitHub or network failure") and leave nothing behind. Mounting
 * needs root, so elsewhere this file is skipped and says so.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPush } from '../../src/cli/commands/push.js'
import { makeMachine, placeFixture, transcriptsDir, type Machine } from '../support/claudeHome.js'
import { cliEnv, emulatorRuntime, startBundledCli } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/fulldisk'

/** A tiny tmpfs, or undefined where this process may not mount one. */
async function mountTinyDisk(): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return undefined
  const dir = await mkdtemp(join(tmpdir(), 'claude-session-fulldisk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    await rm(dir, { recursive: true, force: true })
    return undefined
  }
}

const mounted: string[] = []
/** A fresh full-able disk per test, so one test's leftovers cannot fail another. */
async function tinyDisk(): Promise<string> {
  const dir = await mountTinyDisk()
  if (!dir) throw new Error('could not mount a tmpfs')
  mounted.push(dir)
  return dir
}

const probe = await mountTinyDisk()
if (probe) {
  execFileSync('umount', [probe])
  await rm(probe, { recursive: true, force: true })
}
const describeWithDisk = probe ? describe : describe.skip
if (!probe) console.info('fullDisk.test.ts skipped: mounting a tmpfs needs root')

const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
afterAll(async () => {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', [dir])
    await rm(dir, { recursive: true, force: true })
  }
})

async function run(
  args: string[],
  m: Machine,
  tempDir: string
): Promise<{ code: number | null; stderr: string }> {
  const { code, stderr } = await startBundledCli(args, m, cliEnv(m, emu, REPO), tempDir).exited
  return { code, stderr }
}

const fixture = join(transcriptsDir, 'spotter', 'subagent.jsonl')

describeWithDisk('a full TMPDIR', () => {
  it('push --secrets redact: exit 5 naming the disk, no crash, nothing left', async () => {
    const disk = await tinyDisk()
    const m = await makeMachine('fulldisk-push')
    const { sessionId } = await placeFixture(m, fixture)
    const result = await run(
      ['push', 'main', '--session', sessionId, '--secrets', 'redact'],
      m,
      disk
    )
    expect(await readdir(disk)).toEqual([])
    expect(result.stderr).not.toMatch(/Unhandled| {4}at /)
    expect(result.stderr).toMatch(/disk is full/)
    expect(result.stderr).toContain(disk)
    expect(result.code).toBe(5)
  })

  it('pull: exit 5, not a GitHub failure, nothing left', async () => {
    const laptop = await makeMachine('fulldisk-laptop')
    const { sessionId } = await placeFixture(laptop, fixture)
    // The copy to pull, pushed by the push command in-process (it throws if it fails).
    await runPush({ branch: 'main', session: sessionId }, await emulatorRuntime(laptop, emu, REPO))
    const other = await makeMachine('fulldisk-pull')
    const disk = await tinyDisk()
    const result = await run(['pull', 'main', '--session', sessionId], other, disk)
    expect(await readdir(disk)).toEqual([])
    expect(result.stderr).toMatch(/disk is full/)
    expect(result.code).toBe(5)
  })
})
