/**
 * `npm run bench`: speed, memory and API cost of save and restore, next to the physical floor
 * measured in the same run (system `tar czf`/`tar xzf` of the same files plus one raw upload or
 * download of the same bytes to/from the emulator). Never part of `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile, appendFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { projectDirName } from '../src/session/index.js'
import { startEmulator, type Emulator } from '../__tests__/support/releasesEmulator.js'
import { writeRealisticSession } from './sessions.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = join(root, '__tests__', 'fixtures', 'transcripts', 'spotter')
const fixtureId = '4d5611e5-241a-462a-8d15-5122611a9569'
const MB = 1024 * 1024
const SIZES = (process.env.BENCH_SIZES ?? '1,50,200').split(',').map(Number)
const REPO = 'bench/app'

interface Row {
  sizeMB: number
  operation: string
  oursMs?: number
  floorMs?: number
  ratio?: number
  rssMB?: number
  requests?: number
  note?: string
}

interface Machine {
  home: string
  cwd: string
  projectDir: string
}

async function machine(label: string): Promise<Machine> {
  const base = await mkdtemp(join(tmpdir(), `claude-session-bench-${label}-`))
  const home = join(base, 'home')
  const cwd = join(base, 'repo')
  await mkdir(cwd, { recursive: true })
  await mkdir(home, { recursive: true })
  return { home, cwd, projectDir: join(home, '.claude', 'projects', projectDirName(cwd)) }
}

/** Runs a bundled action as the runner does, measuring wall time, peak RSS and its first request. */
async function runAction(
  emu: Emulator,
  entry: 'save' | 'restore',
  m: Machine,
  token: string,
  branch: string
): Promise<{ ms: number; rssMB: number; startupMs: number; code: number | null; stderr: string }> {
  const files = await mkdtemp(join(tmpdir(), 'claude-session-bench-runner-'))
  const rssFile = join(files, 'rss')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: m.home,
    RUNNER_TEMP: files,
    GITHUB_API_URL: emu.apiUrl,
    GITHUB_GRAPHQL_URL: emu.graphqlUrl,
    GITHUB_REPOSITORY: REPO,
    BENCH_RSS_FILE: rssFile,
    'INPUT_GITHUB-TOKEN': token,
    INPUT_REPOSITORY: REPO,
    INPUT_BRANCH: branch,
    INPUT_PATH: m.cwd,
    'INPUT_SESSION-ID': '',
    'INPUT_FAIL-ON-MISSING': 'true',
    INPUT_FORCE: 'false',
    INPUT_SECRETS: 'warn',
    'INPUT_ENCRYPTION-KEY': ''
  }
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(files, name)
    await writeFile(env[name]!, '')
  }
  emu.resetRequests()
  const started = Date.now()
  const t0 = performance.now()
  const child = spawn(
    process.execPath,
    ['--require', join(root, 'bench', 'peak-rss.cjs'), join(root, 'dist', entry, 'index.js')],
    { env, stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  const ms = performance.now() - t0
  const rssMB = Number(await readFile(rssFile, 'utf8').catch(() => '0')) / 1024
  const first = emu.requests[0]?.at ?? started
  await rm(files, { recursive: true, force: true })
  return { ms, rssMB, startupMs: first - started, code, stderr }
}

/** API cost: requests to the API and uploads origins; the signed-storage hop costs no rate limit. */
function apiRequests(emu: Emulator): number {
  return emu.requests.filter((r) => r.origin !== 'storage').length
}

function time(command: string, args: string[], cwd: string): number {
  const t0 = performance.now()
  const result = spawnSync(command, args, { cwd, stdio: 'ignore' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`)
  return performance.now() - t0
}

/** One raw upload of a file's bytes to the emulator: the network part of the floor. */
async function rawUpload(
  emu: Emulator,
  token: string,
  path: string,
  name: string
): Promise<number> {
  const release = emu.seedRelease(REPO, { tag_name: `floor-${name}`, draft: true })
  const size = (await stat(path)).size
  const url = new URL(`${emu.uploadsUrl}/repos/${REPO}/releases/${release.id}/assets?name=${name}`)
  const t0 = performance.now()
  await new Promise<void>((done, fail) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `token ${token}`,
          'content-length': size,
          'content-type': 'application/gzip'
        }
      },
      (res) => {
        res.resume()
        res.on('end', () =>
          res.statusCode === 201 ? done() : fail(new Error(`upload ${res.statusCode}`))
        )
      }
    )
    req.on('error', fail)
    createReadStream(path).pipe(req)
  })
  return performance.now() - t0
}

async function rawDownload(
  emu: Emulator,
  token: string,
  assetId: number,
  dest: string
): Promise<number> {
  const t0 = performance.now()
  const hop = await fetch(`${emu.apiUrl}/repos/${REPO}/releases/assets/${assetId}`, {
    headers: { authorization: `token ${token}`, accept: 'application/octet-stream' },
    redirect: 'manual'
  })
  const location = hop.headers.get('location')
  if (!location) throw new Error(`download answered ${hop.status}`)
  const res = await fetch(location)
  await pipeline(
    Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
    createWriteStream(dest)
  )
  return performance.now() - t0
}

async function main(): Promise<void> {
  for (const entry of ['save', 'restore']) {
    await stat(join(root, 'dist', entry, 'index.js')).catch(() => {
      throw new Error('dist/ is missing: run `npm run bundle` first.')
    })
  }
  const emu = await startEmulator()
  emu.addRepo(REPO, { branches: ['main'] })
  const token = emu.tokens.write
  const rows: Row[] = []
  const startups: number[] = []

  for (const sizeMB of SIZES) {
    const branch = `bench-${sizeMB}`
    const laptop = await machine('laptop')
    const { sessionId } = await writeRealisticSession({
      fixture: join(fixtures, `${fixtureId}.jsonl`),
      fixtureFolder: join(fixtures, fixtureId),
      projectDir: laptop.projectDir,
      bytes: sizeMB * MB,
      branch
    })

    const save = await runAction(emu, 'save', laptop, token, branch)
    if (save.code !== 0) throw new Error(`save failed: ${save.stderr}`)
    const saveRequests = apiRequests(emu)
    const release = emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${branch}`)!
    const archive = release.assets.find((a) => a.name === `claude-session-${sessionId}.tar.gz`)!

    // Floor for save: system tar of the same files, then one raw upload of the bytes it made.
    const floorDir = await mkdtemp(join(tmpdir(), 'claude-session-bench-floor-'))
    const tarball = join(floorDir, 'floor.tar.gz')
    const tarMs = time('tar', ['czf', tarball, `${sessionId}.jsonl`, sessionId], laptop.projectDir)
    const upMs = await rawUpload(emu, token, tarball, `floor-${sizeMB}.tar.gz`)
    rows.push(row(sizeMB, 'save', save.ms, tarMs + upMs, save.rssMB, saveRequests))

    const runner = await machine('runner')
    const restore = await runAction(emu, 'restore', runner, token, branch)
    if (restore.code !== 0) throw new Error(`restore failed: ${restore.stderr}`)
    startups.push(restore.startupMs)
    const restoreRequests = apiRequests(emu)
    // Floor for restore: one raw download of the same archive, then system tar to unpack it.
    const downloaded = join(floorDir, 'down.tar.gz')
    const downMs = await rawDownload(emu, token, archive.id, downloaded)
    const out = join(floorDir, 'out')
    await mkdir(out)
    const untarMs = time('tar', ['xzf', downloaded, '-C', out], floorDir)
    rows.push(row(sizeMB, 'restore', restore.ms, downMs + untarMs, restore.rssMB, restoreRequests))

    // A second save after Claude added a record: the replacing path.
    await appendFile(
      join(laptop.projectDir, `${sessionId}.jsonl`),
      JSON.stringify({ type: 'summary', summary: 'bench', leafUuid: sessionId }) + '\n'
    )
    const update = await runAction(emu, 'save', laptop, token, branch)
    if (update.code !== 0) throw new Error(`update failed: ${update.stderr}`)
    rows.push(row(sizeMB, 'save (update)', update.ms, undefined, update.rssMB, apiRequests(emu)))

    await rm(floorDir, { recursive: true, force: true })
    await rm(dirname(laptop.home), { recursive: true, force: true })
    await rm(dirname(runner.home), { recursive: true, force: true })
  }

  // API cost with 950 other releases, the draft created first so it is far from page 1.
  {
    const branch = 'bench-crowded'
    const laptop = await machine('laptop')
    await writeRealisticSession({
      fixture: join(fixtures, 'short.jsonl'),
      projectDir: laptop.projectDir,
      bytes: 64 * 1024,
      branch
    })
    await runAction(emu, 'save', laptop, token, branch)
    emu.seedManyReleases(REPO, 950, { tagPrefix: 'v1.' })
    const runner = await machine('runner')
    const restore = await runAction(emu, 'restore', runner, token, branch)
    rows.push({
      sizeMB: 0.06,
      operation: 'restore, 950 releases',
      requests: apiRequests(emu),
      oursMs: restore.ms
    })
    const laptop2 = await machine('laptop2')
    await writeRealisticSession({
      fixture: join(fixtures, 'short.jsonl'),
      projectDir: laptop2.projectDir,
      bytes: 64 * 1024,
      branch
    })
    const save = await runAction(emu, 'save', laptop2, token, branch)
    rows.push({
      sizeMB: 0.06,
      operation: 'save, 950 releases',
      requests: apiRequests(emu),
      oursMs: save.ms
    })
  }
  await emu.close()

  const startupMs = Math.min(...startups)
  printTable(rows, startupMs)
  await writeFile(
    join(root, 'bench', 'results.json'),
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, startupMs, rows },
      null,
      2
    ) + '\n'
  )
}

function row(
  sizeMB: number,
  operation: string,
  ours: number,
  floor: number | undefined,
  rssMB: number,
  requests: number
): Row {
  return {
    sizeMB,
    operation,
    oursMs: Math.round(ours),
    floorMs: floor === undefined ? undefined : Math.round(floor),
    ratio: floor === undefined ? undefined : Number((ours / floor).toFixed(2)),
    rssMB: Number(rssMB.toFixed(1)),
    requests
  }
}

function printTable(rows: Row[], startupMs: number): void {
  const header = ['size MB', 'operation', 'ours ms', 'floor ms', 'ratio', 'peak RSS MB', 'requests']
  const body = rows.map((r) => [
    String(r.sizeMB),
    r.operation,
    r.oursMs === undefined ? '' : String(r.oursMs),
    r.floorMs === undefined ? '' : String(r.floorMs),
    r.ratio === undefined ? '' : r.ratio.toFixed(2),
    r.rssMB === undefined ? '' : r.rssMB.toFixed(1),
    r.requests === undefined ? '' : String(r.requests)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |'
  process.stdout.write(line(header) + '\n' + line(widths.map((w) => '-'.repeat(w))) + '\n')
  for (const b of body) process.stdout.write(line(b) + '\n')
  process.stdout.write(
    `\naction start-up (node dist/restore/index.js to its first API request): ${Math.round(startupMs)} ms\n`
  )
}

await main()
