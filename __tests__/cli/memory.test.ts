/**
 * `claude-session push` and `pull` with the project's auto memory, through `main` (so the
 * `--no-memory` flags are parsed as a user types them) against the emulator.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeMachine, placeSynthetic, projectFolder, type Machine } from '../support/claudeHome.js'
import { cliEnv, runMain } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/memory'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })

const memoryOf = (m: Machine) => join(projectFolder(m), 'memory')
const write = async (m: Machine, name: string, text: string) => {
  await mkdir(memoryOf(m), { recursive: true })
  await writeFile(join(memoryOf(m), name), text)
}
const cli = (m: Machine, ...args: string[]) =>
  runMain([...args, '--cwd', m.cwd], cliEnv(m, emu, REPO))

describe('push and pull with auto memory', () => {
  it('--no-memory leaves it out; pull prints what it installed and where it kept the stored copy', async () => {
    const laptop = await makeMachine('memory-laptop')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'main' })
    await write(laptop, 'MEMORY.md', 'from the laptop\n')

    expect((await cli(laptop, 'push', 'main', '--no-memory')).code).toBe(0)
    const other = await makeMachine('memory-other')
    expect((await cli(other, 'pull', 'main')).code).toBe(0)
    expect(await readdir(projectFolder(other))).not.toContain('memory')

    expect((await cli(laptop, 'push', 'main')).code).toBe(0)
    const skipped = await cli(other, 'pull', 'main', '--no-memory')
    expect(skipped.code).toBe(0)
    expect(await readdir(projectFolder(other))).not.toContain('memory')
    const pulled = await cli(other, 'pull', 'main')
    expect(pulled.stdout).toContain(`Memory: MEMORY.md updated in ${memoryOf(other)}`)

    // Both sides change it: the other machine keeps its own and is told where the stored one is.
    await write(other, 'MEMORY.md', 'from the other machine\n')
    await write(laptop, 'MEMORY.md', 'from the laptop, later\n')
    expect((await cli(laptop, 'push', 'main', '--session', sessionId)).code).toBe(0)
    const both = await cli(other, 'pull', 'main')
    expect(both.code).toBe(0)
    const kept =
      /Memory: MEMORY\.md changed here and remotely; yours is kept, theirs is at (.+)\n/.exec(
        both.stdout
      )
    expect(kept).not.toBeNull()
    expect(await readFile(kept![1]!, 'utf8')).toBe('from the laptop, later\n')
    expect(await readFile(join(memoryOf(other), 'MEMORY.md'), 'utf8')).toBe(
      'from the other machine\n'
    )
  })
})
