/**
 * Claude's auto memory travels with the session: action.yml executed step by step (stepRunner.ts,
 * `npm run bundle` first) restores the laptop's memory into the runner's memory folder (the
 * project folder of the workspace's git root), Claude changes it there, the save carries it back,
 * and the laptop's pull installs what CI changed without overwriting what changed on both sides.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unpackSession } from '../../src/archive/unpack.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import {
  makeMachine,
  placeSynthetic,
  projectFolder,
  scratchDir,
  type Machine
} from '../support/claudeHome.js'
import {
  emulatorContext,
  saveRequest,
  unpackedUpload,
  useEmulator
} from '../support/syncHarness.js'
import { secretShapes } from '../archive/secretShapes.js'
import { BRANCH, makeWorld, REPO, runComposite } from './harness.js'

const { emu } = useEmulator({ repos: { [REPO]: ['main', BRANCH] } })

/** Claude Code's memory folder of a machine whose cwd is the git root (docs/facts.md). */
const memoryOf = (m: Machine) => join(projectFolder(m), 'memory')

async function writeMemory(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), text)
  }
}

async function readMemory(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1)))
    out[name] = await readFile(join(dir, name), 'utf8')
  return out
}

/** The session's stored archive on main, as a file. */
async function archiveOf(sessionId: string): Promise<string> {
  const file = join(await scratchDir('archive'), 'a.tar.gz')
  await writeFile(
    file,
    emu.assetData(REPO, `claude-session-${sessionId}.tar.gz`, 'claude-sessions-main')!
  )
  return file
}

/** A laptop with a session of BRANCH and this memory, pushed as `claude-session push` does. */
async function laptopWithMemory(files: Record<string, string>) {
  const laptop = await makeMachine('laptop')
  const { sessionId } = await placeSynthetic(laptop, { branch: BRANCH })
  await writeMemory(memoryOf(laptop), files)
  const ctx = await emulatorContext(emu, REPO)
  await saveSession(ctx, saveRequest(laptop, BRANCH, { sessionId, savedBy: 'laptop' }))
  return { laptop, sessionId, ctx }
}

const pull = (laptop: Machine, ctx: Awaited<ReturnType<typeof emulatorContext>>, branch = BRANCH) =>
  restoreSession(ctx, {
    branch,
    cwd: laptop.cwd,
    configDir: laptop.configDir,
    env: { HOME: laptop.home },
    pullCommand: `claude-session pull ${branch}`
  })

describe('auto memory', () => {
  it('reaches the runner, comes back with pull, and a file changed on both sides is not overwritten', async () => {
    const { laptop, sessionId, ctx } = await laptopWithMemory({
      'MEMORY.md': '# Memory\n- [notes](notes.md)\n',
      'notes.md': 'use pnpm\n',
      'topics/api.md': 'the API is REST\n'
    })
    const world = await makeWorld(emu)
    const runnerMemory = memoryOf(world.machine)
    let seenOnRunner: Record<string, string> = {}
    world.scenario = {
      // While Claude works on the runner, it reads and updates its memory.
      during: async () => {
        seenOnRunner = await readMemory(runnerMemory)
        await writeMemory(runnerMemory, {
          'MEMORY.md': '# Memory\n- [notes](notes.md)\n- [ci](ci.md)\n',
          'notes.md': 'use pnpm\ntests need --runInBand\n',
          'ci.md': 'CI runs on ubuntu\n'
        })
      }
    }
    const run = await runComposite(world, { prompt: 'Go on', anthropic_api_key: 'sk-test' })
    expect(run.ok).toBe(true)
    expect(seenOnRunner).toEqual({
      'MEMORY.md': '# Memory\n- [notes](notes.md)\n',
      'notes.md': 'use pnpm\n',
      'topics/api.md': 'the API is REST\n'
    })
    // The memory is not session-folder content on the runner.
    expect(await readdir(projectFolder(world.machine))).not.toContain(sessionId)

    // Meanwhile the laptop changed notes.md too, and wrote a note of its own.
    await writeMemory(memoryOf(laptop), {
      'notes.md': 'use pnpm 9\n',
      'laptop.md': 'only here\n'
    })
    const pulled = await pull(laptop, ctx)
    expect(pulled.outcome).toBe('fast-forward')
    expect(pulled.memory!.written.sort()).toEqual(['MEMORY.md', 'ci.md'])
    expect(pulled.memory!.kept).toEqual([
      { file: 'notes.md', storedCopyAt: expect.stringMatching(/notes\.md\..+\.remote$/) }
    ])
    const after = await readMemory(memoryOf(laptop))
    const beside = pulled.memory!.kept[0]!.storedCopyAt.slice(memoryOf(laptop).length + 1)
    expect(after).toEqual({
      'MEMORY.md': '# Memory\n- [notes](notes.md)\n- [ci](ci.md)\n',
      'ci.md': 'CI runs on ubuntu\n',
      // Changed on both sides: the laptop's stays, CI's is beside it.
      'notes.md': 'use pnpm 9\n',
      [beside]: 'use pnpm\ntests need --runInBand\n',
      'topics/api.md': 'the API is REST\n',
      // Nothing local is deleted.
      'laptop.md': 'only here\n'
    })
    // Pulling again changes nothing: CI's notes.md is not offered twice.
    const again = await pull(laptop, ctx)
    expect(again.memory).toEqual({ dir: memoryOf(laptop), written: [], kept: [] })
    expect(await readMemory(memoryOf(laptop))).toEqual(after)
  })

  it('an older session does not roll memory back, and memory: false leaves it on the laptop', async () => {
    const { laptop, sessionId: older, ctx } = await laptopWithMemory({ 'MEMORY.md': 'v1\n' })
    // The laptop moves on to v2 and saves another session of the branch with it.
    await writeMemory(memoryOf(laptop), { 'MEMORY.md': 'v2\n' })
    const { sessionId: newer } = await placeSynthetic(laptop, {
      branch: BRANCH,
      start: new Date('2026-11-20T10:00:00Z')
    })
    await saveSession(ctx, saveRequest(laptop, BRANCH, { sessionId: newer, savedBy: 'laptop' }))
    // Pulling the older session (which carries v1) leaves v2 alone: v1 is no news here.
    const pulled = await restoreSession(ctx, {
      branch: BRANCH,
      cwd: laptop.cwd,
      configDir: laptop.configDir,
      env: { HOME: laptop.home },
      sessionId: older
    })
    expect(pulled.memory).toEqual({ dir: memoryOf(laptop), written: [], kept: [] })
    expect(await readFile(join(memoryOf(laptop), 'MEMORY.md'), 'utf8')).toBe('v2\n')

    const world = await makeWorld(emu)
    const run = await runComposite(world, { prompt: 'Go on', memory: 'false' })
    expect(run.ok).toBe(true)
    expect(run.outputs['session-id']).toBe(newer)
    expect(await readdir(projectFolder(world.machine))).not.toContain('memory')
  })

  it('is scanned by the secrets policy and travels inside the session folder, where older restores accept it', async () => {
    const token = secretShapes()[0]!.text
    const laptop = await makeMachine('laptop')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'main' })
    await writeMemory(memoryOf(laptop), { 'MEMORY.md': `deploy token ${token}\n` })
    const ctx = await emulatorContext(emu, REPO)
    await saveSession(
      ctx,
      saveRequest(laptop, 'main', { sessionId, savedBy: 'laptop', secrets: 'redact' })
    )
    const uploaded = await unpackedUpload(emu, REPO, 'main', sessionId)
    const stored = await readFile(
      join(uploaded, sessionId, '.claude-session-memory', 'MEMORY.md'),
      'utf8'
    )
    expect(stored).toBe('deploy token [REDACTED:github]\n')
    // Restores from before memory travelled check members with the same rules (memberRules.ts and
    // unpack.ts are unchanged): the archive is accepted, memory as a file of the session folder.
    const unpacked = await unpackSession({
      archiveFile: await archiveOf(sessionId),
      sessionId,
      destDir: await scratchDir('older-restore')
    })
    expect(unpacked.files).toContain(`${sessionId}/.claude-session-memory/MEMORY.md`)
    expect(ctx.log.lines.join('\n')).toContain('.claude-session-memory/MEMORY.md')
    // The local memory is untouched, and pulling the redacted copy back does not replace it.
    const pulled = await pull(laptop, ctx, 'main')
    expect(pulled.memory).toEqual({ dir: memoryOf(laptop), written: [], kept: [] })
    expect(await readFile(join(memoryOf(laptop), 'MEMORY.md'), 'utf8')).toBe(
      `deploy token ${token}\n`
    )
  })
})
