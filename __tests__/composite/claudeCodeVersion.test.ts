/**
 * claude-code-version, with action.yml executed step by step (see stepRunner.ts): the composite
 * installs the Claude Code that wrote the session from an npm registry stand-in laid out as the
 * real registry is (support/npmRegistryStandIn.ts), through the bundled step users run
 * (`npm run bundle` first), into the runner's tool cache, and hands it to claude-code-action as
 * `path_to_claude_code_executable`; the stand-in of claude-code-action runs what it is given.
 */
import { describe, expect, it } from '@jest/globals'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { placeSynthetic } from '../support/claudeHome.js'
import { useEmulator } from '../support/syncHarness.js'
import {
  BRANCH,
  laptopSession,
  makeWorld,
  REPO,
  registryStandIn,
  runComposite,
  storedTranscript,
  type World
} from './harness.js'
import { lastComposite } from './stepRunner.js'

const { emu } = useEmulator({ repos: { [REPO]: ['main', BRANCH] } })

/** A session pushed from a laptop whose Claude Code is 2.1.331 (newer than the action's 2.1.240). */
const pushedSession = () =>
  laptopSession(emu, async (laptop) => (await placeSynthetic(laptop, { branch: BRANCH })).sessionId)

const toolCache = (world: World) => world.runner.env.RUNNER_TOOL_CACHE!

/** The versions Claude wrote into the stored transcript's records. */
const versionsIn = (text: string) =>
  new Set(
    text
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { version?: string }).version)
      .filter(Boolean)
  )

describe('claude-code-version', () => {
  it('session (the default): claude-code-action runs the Claude Code that wrote the session, found in the tool cache the second time', async () => {
    const sessionId = await pushedSession()
    const registry = await registryStandIn()
    const world = await makeWorld(emu)
    const before = registry.requests.length

    const first = await runComposite(world, { prompt: 'Go on', anthropic_api_key: 'sk-test' })
    expect(first.ok).toBe(true)
    const executable = join(toolCache(world), 'claude-code', '2.1.331', process.arch, 'claude')
    expect(world.calls[0]).toMatchObject({ executable, claudeCodeVersion: '2.1.331' })
    expect(lastComposite.steps['claude-code']!.outputs).toEqual({
      path: executable,
      version: '2.1.331'
    })
    // The platform package's tarball came from the registry; the main package's was not needed.
    const fetched = registry.requests.slice(before)
    expect(fetched).toContain('/@anthropic-ai%2fclaude-code')
    expect(fetched.filter((p) => p.endsWith('.tgz'))).toEqual([
      expect.stringMatching(
        /^\/@anthropic-ai\/claude-code-linux-x64(-musl)?\/-\/claude-code-linux-x64(-musl)?-2\.1\.331\.tgz$/
      )
    ])
    // No version-skew warning: the session's own version ran it.
    const summary = await readFile(world.summary, 'utf8')
    expect(summary).not.toContain('newer than the 2.1.240')
    expect(versionsIn(await storedTranscript(emu, sessionId))).toEqual(new Set(['2.1.331']))

    // The same runner again: nothing is downloaded, the cached executable runs.
    const again = registry.requests.length
    const second = await runComposite(world, { prompt: 'And more', anthropic_api_key: 'sk-test' })
    expect(second.ok).toBe(true)
    expect(registry.requests.slice(again)).toEqual([])
    expect(world.calls[1]).toMatchObject({ executable, claudeCodeVersion: '2.1.331' })
    expect(world.runner.log.join('\n')).toContain('Claude Code 2.1.331 found in the tool cache')
    // Two runs of the whole composite: more than the default limit on a busy machine.
  }, 180_000)

  it('action: claude-code-action installs its own, and only then warns about the newer session', async () => {
    await pushedSession()
    const world = await makeWorld(emu)
    const run = await runComposite(world, { prompt: 'Go on', 'claude-code-version': 'action' })
    expect(run.ok).toBe(true)
    expect(world.calls[0]).toMatchObject({ executable: undefined, claudeCodeVersion: '2.1.240' })
    expect(await readFile(world.summary, 'utf8')).toContain(
      'last written by Claude Code 2.1.331, newer than the 2.1.240'
    )
    expect(await readdir(toolCache(world))).toEqual([])
  })

  it.each([
    ['2.1.300', 'claude'],
    // Before 2.1.113 the package held a JavaScript cli.js, which the Agent SDK runs with node.
    ['2.1.112', 'cli.js']
  ])('an exact version, %s, is installed and run', async (version, file) => {
    await pushedSession()
    const world = await makeWorld(emu)
    const run = await runComposite(world, { prompt: 'Go on', 'claude-code-version': version })
    expect(run.ok).toBe(true)
    expect(world.calls[0]).toMatchObject({
      executable: join(toolCache(world), 'claude-code', version, process.arch, file),
      claudeCodeVersion: version
    })
  })

  it('a download that does not match the registry’s digest warns and falls back to claude-code-action’s own', async () => {
    await pushedSession()
    const registry = await registryStandIn()
    const world = await makeWorld(emu)
    registry.corrupt = true
    try {
      const run = await runComposite(world, { prompt: 'Go on' })
      expect(run.ok).toBe(true)
      expect(world.calls[0]).toMatchObject({ executable: undefined, claudeCodeVersion: '2.1.240' })
      const summary = await readFile(world.summary, 'utf8')
      expect(summary).toContain('Could not install Claude Code 2.1.331')
      expect(summary).toContain("does not match the registry's sha512 digest")
      expect(summary).toContain("claude-code-action's own 2.1.240 runs this session instead")
      // Nothing half-installed stays in the tool cache.
      expect(await readdir(toolCache(world))).toEqual([])
    } finally {
      registry.corrupt = false
    }
  })

  it('a version that is none of session, action or x.y.z fails before Claude runs, naming the input', async () => {
    await pushedSession()
    const world = await makeWorld(emu)
    const run = await runComposite(world, { prompt: 'Go on', 'claude-code-version': 'latest' })
    expect(run.ok).toBe(false)
    expect(world.calls).toEqual([])
    expect(world.runner.log.join('\n')).toContain(
      'The claude-code-version input must be session, action or an exact version'
    )
    // The restored session is still saved.
    expect(run.outputs.saved).toBe('true')
  })
})
