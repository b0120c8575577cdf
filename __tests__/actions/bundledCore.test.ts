import { describe, expect, it } from '@jest/globals'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeMachine, placeSynthetic, type Machine } from '../support/claudeHome.js'
import { bundledEntry } from '../support/freshBundle.js'
import { repoRoot, runAction } from '../support/runAction.js'
import { useEmulator } from '../support/syncHarness.js'

/**
 * scripts/bundle.mjs replaces two parts of @actions/core the project never calls (the OIDC client
 * of getIDToken and `core.platform`), so that the actions do not parse undici,
 * @actions/http-client, @actions/exec and @actions/io before their first request. These tests
 * hold both halves of that bargain: nothing calls what was replaced, what the actions parse
 * holds none of it, and every other part of @actions/core still works in the bundle.
 */
const REPLACED = ['getIDToken', 'platform']
/** The packages the replacement keeps out of the start-up of the save and restore actions. */
const LEFT_OUT = ['undici', '@actions/http-client', '@actions/exec', '@actions/io']

const REPO = 'octo/core'
const { emu } = useEmulator({ repos: { [REPO]: ['main', 'empty'] } })

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
}

/** The chunks dist/runners/index.js loads before it runs an entry (its `import()` of the face). */
async function chunksOf(face: string): Promise<string[]> {
  bundledEntry(face === 'restore' || face === 'save' ? face : 'cli')
  const index = await readFile(join(repoRoot, 'dist', 'runners', 'index.js'), 'utf8')
  const line = new RegExp(`^const ${face} = .*$`, 'm').exec(index)?.[0]
  if (!line) throw new Error(`dist/runners/index.js defines no ${face}`)
  const ids = [...line.matchAll(/\.e\((\d+)\)/g)].map((m) => m[1]!)
  return Promise.all(
    ['index.js', ...ids.map((id) => `${id}.index.js`)].map((name) =>
      readFile(join(repoRoot, 'dist', 'runners', name), 'utf8')
    )
  )
}

function act(
  entry: 'restore' | 'save',
  m: Machine,
  extra: Record<string, string>,
  env: Record<string, string> = {}
) {
  return runAction(
    entry,
    {
      'github-token': emu.tokens.write,
      repository: REPO,
      path: m.cwd,
      'session-id': '',
      'fail-on-missing': 'false',
      force: 'false',
      secrets: 'warn',
      'encryption-key': '',
      ...extra
    },
    {
      HOME: m.home,
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GITHUB_REPOSITORY: REPO,
      GITHUB_WORKSPACE: m.cwd,
      RUNNER_DEBUG: '1',
      ...env
    }
  )
}

describe('the bundle without the parts of @actions/core nothing calls', () => {
  it('src/ calls neither getIDToken nor core.platform', async () => {
    const calls: string[] = []
    for (const file of await sources(join(repoRoot, 'src'))) {
      const text = await readFile(file, 'utf8')
      for (const name of REPLACED) {
        const named = new RegExp(`import\\s*{[^}]*\\b${name}\\b[^}]*}\\s*from\\s*'@actions/core'`)
        if (text.includes(`core.${name}`) || named.test(text))
          calls.push(`${file.slice(repoRoot.length + 1)}: ${name}`)
      }
    }
    expect(calls).toEqual([])
  })

  it.each(['restore', 'save'])('the %s action parses none of what they import', async (face) => {
    const chunks = await chunksOf(face)
    // The walk does see @actions/core itself.
    expect(chunks.some((c) => c.includes('node_modules/@actions/core/'))).toBe(true)
    const found = LEFT_OUT.filter((name) => chunks.some((c) => c.includes(`node_modules/${name}/`)))
    expect(found).toEqual(face === 'save' ? ['@actions/exec', '@actions/io'] : [])
  })

  it('the replacements say what they replace when called', async () => {
    const runners = join(repoRoot, 'dist', 'runners')
    const oidc = (await import(join(runners, 'actions-core-oidc.js'))) as {
      OidcClient: { getIDToken(aud?: string): Promise<string> }
    }
    await expect(oidc.OidcClient.getIDToken()).rejects.toThrow(/getIDToken is not bundled/)
    const platform = (await import(join(runners, 'actions-core-platform.js'))) as {
      platform: string
      getDetails(): Promise<unknown>
    }
    expect(platform.platform).toBe(process.platform)
    await expect(platform.getDetails()).rejects.toThrow(/not bundled/)
  })

  it("a bundled restore sends its lookup before it loads Node's crypto, then verifies with it", async () => {
    const laptop = await makeMachine('crypto-laptop')
    const runner = await makeMachine('crypto-runner')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'main' })
    expect((await act('save', laptop, { branch: 'main' })).code).toBe(0)
    // A preload notes whether crypto is loaded when the first request leaves, and at exit.
    const noted = join(runner.home, 'crypto.txt')
    const preload = join(runner.home, 'note-crypto.cjs')
    await writeFile(
      preload,
      `const fs = require('node:fs'), http = require('node:http')\n` +
        `const has = () => process.moduleLoadList.includes('NativeModule crypto')\n` +
        `const request = http.request\n` +
        `http.request = function (...args) {\n` +
        `  if (!fs.existsSync(${JSON.stringify(noted)})) fs.writeFileSync(${JSON.stringify(noted)}, 'first request: ' + has())\n` +
        `  return request.apply(this, args)\n` +
        `}\n` +
        `process.on('exit', () => fs.appendFileSync(${JSON.stringify(noted)}, ', exit: ' + has()))\n`
    )
    const restored = await act(
      'restore',
      runner,
      { branch: 'main' },
      { NODE_OPTIONS: `--require ${preload}` }
    )
    expect(restored.code).toBe(0)
    expect(restored.outputs).toMatchObject({ 'session-id': sessionId, restored: 'true' })
    expect(await readFile(noted, 'utf8')).toBe('first request: false, exit: true')
  })

  it('a bundled save and restore still mask, log, warn, notice, fail, output, export and summarise', async () => {
    const laptop = await makeMachine('core-laptop')
    const runner = await makeMachine('core-runner')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'main' })

    const saved = await act('save', laptop, { branch: 'main' })
    expect(saved.code).toBe(0)
    expect(saved.stdout).toContain(`::add-mask::${emu.tokens.write}`)
    expect(saved.stdout).toMatch(/^::debug::/m)
    expect(saved.outputs).toMatchObject({ 'session-id': sessionId, saved: 'true' })
    expect(saved.summary).toContain('Claude Code session saved')

    const restored = await act('restore', runner, { branch: 'main' })
    expect(restored.code).toBe(0)
    expect(restored.stdout).toContain(`Resume it with: claude --resume ${sessionId}`)
    expect(restored.outputs).toMatchObject({ 'session-id': sessionId, restored: 'true' })
    expect(restored.env).toMatchObject({ SESSION_ID: sessionId, SESSION_RESTORED: 'true' })
    expect(restored.summary).toContain('Claude Code session restored')

    const missing = await act('restore', runner, { branch: 'empty' })
    expect(missing.code).toBe(0)
    expect(missing.stdout).toMatch(/^::notice::No saved sessions for branch empty/m)
    const failed = await act('restore', runner, { branch: 'empty', 'fail-on-missing': 'true' })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/^::error::No saved sessions for branch empty/m)

    const nothing = await act('save', await makeMachine('core-empty'), { branch: 'main' })
    expect(nothing.code).toBe(0)
    expect(nothing.stdout).toMatch(/^::warning::/m)
    expect(nothing.outputs).toMatchObject({ saved: 'false' })
  })
})
