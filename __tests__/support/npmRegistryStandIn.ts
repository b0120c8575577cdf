/**
 * A loopback stand-in for the npm registry serving tiny packages laid out as
 * @anthropic-ai/claude-code is (docs/facts.md; `npm view @anthropic-ai/claude-code` for 2.1.332):
 * the main package names one optional dependency per platform, `@anthropic-ai/claude-code-<key>`,
 * whose tarball holds the executable `claude`; versions before 2.1.113 hold a JavaScript `cli.js`
 * in the main package instead. Each executable prints `<version> (Claude Code)` for `--version`.
 * Metadata is served as the registry serves its abbreviated form (scoped names with `%2f`,
 * `dist.tarball` absolute, `dist.integrity` sha512), an unknown package as 404 `{"error":"Not found"}`.
 */
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { mkdtemp, readFile, rm, writeFile, mkdir, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create as createTar } from 'tar'

const MAIN = '@anthropic-ai/claude-code'
/** The platform keys the real package names (its install.cjs, PLATFORMS). */
const KEYS = [
  'darwin-arm64',
  'darwin-x64',
  'linux-x64',
  'linux-arm64',
  'linux-x64-musl',
  'linux-arm64-musl',
  'win32-x64',
  'win32-arm64'
]
const FIRST_NATIVE = [2, 1, 113]

export interface RegistryStandIn {
  url: string
  /** Every path requested, oldest first. */
  requests: string[]
  /** Serve a tarball whose bytes differ from the integrity the metadata names. */
  corrupt: boolean
  close(): Promise<void>
}

const isNative = (version: string) => {
  const parts = version.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (parts[i] !== FIRST_NATIVE[i]) return parts[i]! > FIRST_NATIVE[i]!
  return true
}

/** Starts the stand-in with these versions of Claude Code published. */
export async function startRegistryStandIn(versions: string[]): Promise<RegistryStandIn> {
  const work = await mkdtemp(join(tmpdir(), 'claude-session-registry-'))
  const tarballs = new Map<string, Buffer>()
  const pack = async (files: Record<string, { text: string; mode?: number }>): Promise<Buffer> => {
    const dir = await mkdtemp(join(work, 'pkg-'))
    for (const [name, file] of Object.entries(files)) {
      const path = join(dir, 'package', name)
      await mkdir(join(path, '..'), { recursive: true })
      await writeFile(path, file.text)
      await chmod(path, file.mode ?? 0o644)
    }
    const out = join(dir, 'package.tgz')
    await createTar({ gzip: true, file: out, cwd: dir, portable: true }, ['package'])
    return readFile(out)
  }
  const state = { url: '', requests: [] as string[], corrupt: false }
  /** The abbreviated metadata of one package, building its tarballs on first use. */
  const packument = async (name: string): Promise<unknown> => {
    const key = name.startsWith(`${MAIN}-`) ? name.slice(MAIN.length + 1) : undefined
    if (name !== MAIN && (key === undefined || !KEYS.includes(key))) return undefined
    const entries: Record<string, unknown> = {}
    for (const version of versions) {
      if (key !== undefined && !isNative(version)) continue
      const print = `${version} (Claude Code)`
      const manifest: Record<string, unknown> = { name, version }
      let files: Record<string, { text: string; mode?: number }>
      if (key !== undefined) {
        const [os, cpu] = key.split('-') as [string, string]
        Object.assign(manifest, { os: [os], cpu: [cpu] })
        files = {
          'package.json': { text: JSON.stringify(manifest) },
          [key.startsWith('win32') ? 'claude.exe' : 'claude']: {
            text: `#!/bin/sh\necho "${print}"\n`,
            mode: 0o755
          }
        }
      } else if (isNative(version)) {
        Object.assign(manifest, {
          bin: { claude: 'bin/claude.exe' },
          optionalDependencies: Object.fromEntries(KEYS.map((k) => [`${MAIN}-${k}`, version]))
        })
        // The real main package holds only a stub its postinstall replaces.
        files = {
          'package.json': { text: JSON.stringify(manifest) },
          'bin/claude.exe': { text: '#!/bin/sh\necho "native binary not installed" >&2\nexit 1\n' }
        }
      } else {
        Object.assign(manifest, { bin: { claude: 'cli.js' } })
        files = {
          'package.json': { text: JSON.stringify(manifest) },
          'cli.js': { text: `#!/usr/bin/env node\nconsole.log(${JSON.stringify(print)})\n` }
        }
      }
      const file = `/${name}/-/${name.split('/')[1]}-${version}.tgz`
      if (!tarballs.has(file)) tarballs.set(file, await pack(files))
      const data = tarballs.get(file)!
      entries[version] = {
        ...manifest,
        dist: {
          tarball: `${state.url}${file}`,
          shasum: createHash('sha1').update(data).digest('hex'),
          integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`
        }
      }
    }
    return { name, 'dist-tags': { latest: versions.at(-1) }, versions: entries }
  }
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    state.requests.push(path)
    void (async () => {
      const tarball = tarballs.get(path)
      if (tarball) {
        const body = state.corrupt ? Buffer.concat([tarball, Buffer.from('x')]) : tarball
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
        return
      }
      const doc = await packument(decodeURIComponent(path.slice(1)))
      if (doc === undefined) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}')
        return
      }
      const abbreviated = (req.headers.accept ?? '').includes('application/vnd.npm.install-v1+json')
      res
        .writeHead(200, {
          'content-type': abbreviated ? 'application/vnd.npm.install-v1+json' : 'application/json'
        })
        .end(JSON.stringify(doc))
    })().catch((error: unknown) => res.writeHead(500).end(String(error)))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address() as { port: number }
  state.url = `http://127.0.0.1:${address.port}`
  return Object.assign(state, {
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()))
      await rm(work, { recursive: true, force: true })
    }
  })
}
