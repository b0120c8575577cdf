/**
 * Ctrl-C or SIGTERM in the middle of a transfer: the bundled CLI, run as a subprocess with a fresh
 * TMPDIR, must exit 130/143 and leave nothing there — above all no plaintext archive of an
 * encrypted push. A proxy in front of the emulator holds the transfer open until the signal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateX25519Identity } from 'age-encryption'
import { mkdtemp, readdir } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPush } from '../../src/cli/commands/push.js'
import { makeMachine, placeSynthetic, removeLater, type Machine } from '../support/claudeHome.js'
import {
  cliEnv,
  emulatorRuntime,
  startBundledCli,
  type BundledExit
} from '../support/cliRuntime.js'
import type { Emulator } from '../../emulator/releasesEmulator.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/signals'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let proxy: StallingProxy
/**
 * The key every push and pull here encrypts with: an age identity, so the archive is encrypted
 * (a plaintext copy exists only in the run's private folder) without a passphrase's scrypt, which
 * is about a second of CPU per run and not what these tests are about.
 */
let key: string

beforeAll(async () => {
  proxy = await startStallingProxy(emu)
  key = await generateX25519Identity()
})
afterAll(async () => proxy.close())

interface StallingProxy {
  url: string
  /** The next request matching this is held unanswered; resolves when it arrives. */
  stall(when: (method: string, path: string) => boolean): Promise<void>
  close(): Promise<void>
}

/**
 * Forwards API and upload requests to the emulator (rewriting upload URLs to pass through here
 * too), except the one chosen to hang, so the CLI is mid-transfer when the test signals it.
 */
async function startStallingProxy(target: Emulator): Promise<StallingProxy> {
  let rule: { when: (method: string, path: string) => boolean; reached: () => void } | undefined
  const held: ServerResponse[] = []
  const uploads = '/__uploads'
  let self = ''
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/'
    const method = req.method ?? 'GET'
    if (rule?.when(method, path)) {
      held.push(res)
      rule.reached()
      rule = undefined
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const to = path.startsWith(uploads)
        ? target.uploadsUrl + path.slice(uploads.length)
        : target.apiUrl + path
      const headers: Record<string, string> = {}
      for (const name of ['authorization', 'accept', 'content-type'])
        if (typeof req.headers[name] === 'string') headers[name] = req.headers[name]
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
      fetch(to, { method, headers, body, redirect: 'manual' })
        .then(async (answer) => {
          let data = Buffer.from(await answer.arrayBuffer())
          const type = answer.headers.get('content-type') ?? ''
          if (type.includes('json'))
            data = Buffer.from(
              data
                .toString()
                .replaceAll(target.uploadsUrl, self + uploads)
                .replaceAll(target.apiUrl, self)
            )
          const out: Record<string, string> = { 'content-length': String(data.length) }
          for (const name of ['content-type', 'location', 'link']) {
            const value = answer.headers.get(name)
            if (value) out[name] = value.replaceAll(target.apiUrl, self)
          }
          res.writeHead(answer.status, out).end(data)
        })
        .catch(() => res.destroy())
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: self,
    stall: (when) => new Promise<void>((reached) => (rule = { when, reached })),
    close: async () => {
      for (const res of held) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    }
  }
}

/** Starts the bundled CLI, talking to GitHub through the stalling proxy, with an encryption key. */
const start = (args: string[], m: Machine, tempDir: string) =>
  startBundledCli(
    args,
    m,
    cliEnv(m, emu, REPO, {
      GITHUB_API_URL: proxy.url,
      GITHUB_GRAPHQL_URL: `${proxy.url}/graphql`,
      CLAUDE_SESSION_KEY: key
    }),
    tempDir
  )

const freshTempDir = async () =>
  removeLater(await mkdtemp(join(tmpdir(), 'claude-session-signals-')))

/**
 * Runs the CLI with a fresh TMPDIR until the request `when` picks hangs, then sends it `signal`:
 * what TMPDIR held while the request hung and after the run ended, and how the run ended.
 */
async function signalledMidTransfer(
  args: string[],
  m: Machine,
  when: (method: string, path: string) => boolean,
  signal: NodeJS.Signals
): Promise<{ during: string[]; after: string[]; exit: BundledExit }> {
  const temp = await freshTempDir()
  const hanging = proxy.stall(when)
  const run = start(args, m, temp)
  await hanging
  const during = await readdir(temp)
  run.kill(signal)
  const exit = await run.exited
  return { during, after: await readdir(temp), exit }
}

describe('a signal mid-transfer leaves nothing in TMPDIR', () => {
  it('Ctrl-C during an encrypted push: exit 130, no plaintext archive left behind', async () => {
    const m = await makeMachine('signals-push')
    const { sessionId } = await placeSynthetic(m, { branch: 'main', turns: 20 })
    const { during, after, exit } = await signalledMidTransfer(
      ['push', 'main', '--session', sessionId],
      m,
      (method, path) => method === 'POST' && path.startsWith('/__uploads'),
      'SIGINT'
    )
    // The archive in flight is there while the upload hangs...
    expect(during).not.toEqual([])
    // ...and gone once the run has ended.
    expect(after).toEqual([])
    expect(exit).toEqual(expect.objectContaining({ code: 130 }))
  })

  it('SIGTERM during a pull download: exit 143, no download folder left behind', async () => {
    const laptop = await makeMachine('signals-laptop')
    const { sessionId } = await placeSynthetic(laptop, { branch: 'main' })
    // The encrypted copy to pull, pushed by the push command in-process (it throws if it fails).
    await runPush(
      { branch: 'main', session: sessionId },
      await emulatorRuntime(laptop, emu, REPO, { CLAUDE_SESSION_KEY: key })
    )

    const other = await makeMachine('signals-pull')
    // The archive's download, not the metadata's that restore reads first.
    const archive = emu
      .releases(REPO)
      .flatMap((r) => r.assets)
      .find((a) => a.name.startsWith(`claude-session-${sessionId}.tar.gz`))
    expect(archive?.name).toBe(`claude-session-${sessionId}.tar.gz.age`)
    const { during, after, exit } = await signalledMidTransfer(
      ['pull', 'main', '--session', sessionId],
      other,
      (method, path) => method === 'GET' && path.endsWith(`/releases/assets/${archive?.id}`),
      'SIGTERM'
    )
    expect(during).not.toEqual([])
    expect(after).toEqual([])
    expect(exit).toEqual(expect.objectContaining({ code: 143 }))
  })
})
