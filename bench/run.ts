/**
 * `npm run bench`: speed, memory, API cost, latency, secret-scan cost, start-up and install weight
 * of save and restore, next to the physical floor measured in the same run, with the bundled
 * actions and CLI on node24. Never part of `npm test`. See docs/performance.md, "Method".
 *
 *   BENCH_SIZES=1,50,200    session sizes in MB (default 1,50,200)
 *   BENCH_LATENCY_MS=100    delay per request in the latency section (two models: API and uploads
 *                           delayed, then every hop including signed storage)
 *   BENCH_LATENCY_RUNS=3    restores and replacing saves per model in that section (the least counts)
 *   BENCH_NODE=/path/node   run the actions and CLI on this Node instead of node24
 *   BENCH_NODE_ARGS="…"     Node options for the measured processes (e.g. a V8 flag to compare)
 *   BENCH_DIST=/path/dist   measure another build's dist/ folder
 *   --latency               run only the latency section
 */
import { spawnSync } from 'node:child_process'
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, machine as osMachine, release, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../emulator/releasesEmulator.js'
import { rawDownload, rawUpload, timeCommand } from './floor.js'
import { installWeight, type InstallWeight } from './installWeight.js'
import { startLatencyProxies, type LatencyModel } from './latencyProxy.js'
import {
  benchNode,
  dist,
  dropMachine,
  machine,
  machineNode,
  ok,
  root,
  runAction,
  runCli,
  type Machine,
  type Measured,
  type Target
} from './processes.js'
import { row, rowsTable, targetsTable, type Row } from './report.js'
import { writeRealisticSession } from './sessions.js'
import { targetRows, type Figures } from './targets.js'

const fixtures = join(root, '__tests__', 'fixtures', 'transcripts', 'spotter')
const fixtureId = '4d5611e5-241a-462a-8d15-5122611a9569'
const MB = 1024 * 1024
const LATENCY_ONLY = process.argv.includes('--latency')
const SIZES = LATENCY_ONLY ? [] : (process.env.BENCH_SIZES ?? '1,50,200').split(',').map(Number)
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100)
const LATENCY_SESSION_MB = 5
/** How many times the latency section runs each restore and replacing save (the least counts). */
const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 3)
/** The bench-only switch the scan-cost comparison needs in the bundled save (see "Method"). */
const SKIP_SCAN_ENV = 'CLAUDE_SESSION_SKIP_SCAN'
const REPO = 'bench/app'

const node = benchNode()

async function session(m: Machine, branch: string, bytes: number, full = true) {
  return writeRealisticSession({
    fixture: join(fixtures, full ? `${fixtureId}.jsonl` : 'short.jsonl'),
    fixtureFolder: full ? join(fixtures, fixtureId) : undefined,
    projectDir: m.projectDir,
    bytes,
    branch
  })
}

/** Claude added a record: the next save replaces the stored version. */
async function addRecord(m: Machine, sessionId: string): Promise<void> {
  await appendFile(
    join(m.projectDir, `${sessionId}.jsonl`),
    JSON.stringify({ type: 'summary', summary: 'bench', leafUuid: sessionId }) + '\n'
  )
}

/** Save, floor, restore, floor and a replacing save at each size; the scan cost at the largest. */
async function bySize(emu: Emulator, f: Figures, rows: Row[]): Promise<void> {
  const token = emu.tokens.write
  const largest = Math.max(...SIZES)
  for (const sizeMB of SIZES) {
    const t: Target = {
      emu,
      endpoint: emu,
      node: node.path,
      token,
      repo: REPO,
      branch: `bench-${sizeMB}`
    }
    const laptop = await machine('laptop')
    const { sessionId, path } = await session(laptop, t.branch, sizeMB * MB)

    const save = ok('save', await runAction(t, 'save', laptop))
    const stored = emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${t.branch}`)!
    const archive = stored.assets.find((a) => a.name === `claude-session-${sessionId}.tar.gz`)!
    const floorDir = await mkdtemp(join(tmpdir(), 'claude-session-bench-floor-'))
    const tarball = join(floorDir, 'floor.tar.gz')
    const tarMs = timeCommand(
      'tar',
      ['czf', tarball, `${sessionId}.jsonl`, sessionId],
      laptop.projectDir
    )
    const upMs = await rawUpload(emu, REPO, token, tarball, `floor-${sizeMB}.tar.gz`)
    const saveFloor = tarMs + upMs
    rows.push(row(sizeMB, 'save', save.ms, saveFloor, save.rssMB, save.requests))
    f.firstSaveRequests.push(save.requests)
    f.rss.push({ sizeMB, operation: 'save', mb: save.rssMB })

    if (sizeMB === largest) await scanCost(t, laptop, path, save.ms, f)

    const runner = await machine('runner')
    const restore = ok('restore', await runAction(t, 'restore', runner))
    f.startupMs.push(restore.startupMs)
    const downloaded = join(floorDir, 'down.tar.gz')
    const downMs = await rawDownload(emu, REPO, token, archive.id, downloaded)
    await mkdir(join(floorDir, 'out'))
    const untarMs = timeCommand('tar', ['xzf', downloaded, '-C', 'out'], floorDir)
    rows.push(row(sizeMB, 'restore', restore.ms, downMs + untarMs, restore.rssMB, restore.requests))
    f.restoreRequests.push(restore.requests)
    f.rss.push({ sizeMB, operation: 'restore', mb: restore.rssMB })
    await addRecord(laptop, sessionId)
    const update = ok('replacing save', await runAction(t, 'save', laptop))
    // Its floor is the first save's: the same files (one record more) packed and uploaded.
    rows.push(row(sizeMB, 'save (replacing)', update.ms, saveFloor, update.rssMB, update.requests))
    if (sizeMB === largest) {
      const [saved, restored, replaced] = rows.slice(-3).map((r) => r.ratio!)
      f.throughput = { sizeMB, save: saved!, restore: restored!, replacing: replaced! }
    }
    f.replacingSaveRequests.push(update.requests)
    f.rss.push({ sizeMB, operation: 'save (replacing)', mb: update.rssMB })

    await rm(floorDir, { recursive: true, force: true })
    await dropMachine(laptop)
    await dropMachine(runner)
  }
}

/**
 * Secret-scan cost: the same first save with the default `secrets: warn` against one with the scan
 * skipped, each into an empty repository. The bundled save must honour SKIP_SCAN_ENV for that; when
 * it does not, the scan phase is timed alone in one node24 process and its share estimated.
 */
async function scanCost(t: Target, m: Machine, transcript: string, withMs: number, f: Figures) {
  const bundled = await readFile(join(dist, 'save', 'index.js'), 'utf8')
  const sizeMB = Math.round((await stat(transcript)).size / MB)
  if (bundled.includes(SKIP_SCAN_ENV)) {
    // Alternated and twice each, the least kept: one run on a shared machine varies by ±15%.
    const best = { scan: Infinity, skip: Infinity }
    for (const round of [1, 2])
      for (const kind of ['scan', 'skip'] as const) {
        const repo = `bench/${kind}-${round}`
        t.emu.addRepo(repo, { branches: ['main'] })
        const env: Record<string, string> = kind === 'skip' ? { [SKIP_SCAN_ENV]: '1' } : {}
        const run = ok(`save into ${repo}`, await runAction({ ...t, repo }, 'save', m, env))
        best[kind] = Math.min(best[kind], run.ms)
      }
    f.scan = { sizeMB, withMs: best.scan, withoutMs: best.skip, how: `${SKIP_SCAN_ENV}=1 save` }
    return
  }
  const phase = spawnSync(
    node.path,
    ['--import', 'tsx', join(root, 'bench', 'scanPhase.ts'), transcript],
    {
      cwd: root,
      encoding: 'utf8'
    }
  )
  if (phase.status !== 0) throw new Error(`scan phase failed: ${phase.stderr}`)
  const { ms } = JSON.parse(phase.stdout) as { ms: number }
  // Upper bound: as if the scan ran alone before packing (under warn it partly overlaps packing).
  f.scan = {
    sizeMB,
    withMs,
    withoutMs: withMs - ms,
    how: `estimate: ${SKIP_SCAN_ENV} not wired, scanFile alone ${Math.round(ms)} ms`
  }
}

/** API cost with 950 other releases: first saves, restore of a draft far beyond page 1, replacing save. */
async function crowded(emu: Emulator, f: Figures, rows: Row[]): Promise<void> {
  const repo = 'bench/crowded'
  emu.addRepo(repo, { branches: ['main'] })
  const base: Target = {
    emu,
    endpoint: emu,
    node: node.path,
    token: emu.tokens.write,
    repo,
    branch: 'old'
  }
  const first = await machine('laptop')
  await session(first, 'old', 64 * 1024, false)
  ok('save before the releases', await runAction(base, 'save', first))
  emu.seedManyReleases(repo, 950, { tagPrefix: 'v1.' })

  const laptop = await machine('laptop2')
  const { sessionId } = await session(laptop, 'old', 64 * 1024, false)
  const into = ok('save into the old draft', await runAction(base, 'save', laptop))
  rows.push(
    row(
      0.06,
      'save, new session, old draft, 950 releases',
      into.ms,
      undefined,
      undefined,
      into.requests
    )
  )
  f.firstSaveRequests.push(into.requests)
  const fresh = await machine('laptop3')
  await session(fresh, 'new', 64 * 1024, false)
  const created = ok(
    'save creating a draft',
    await runAction({ ...base, branch: 'new' }, 'save', fresh)
  )
  rows.push(
    row(0.06, 'save, new draft, 950 releases', created.ms, undefined, undefined, created.requests)
  )
  f.firstSaveRequests.push(created.requests)
  const runner = await machine('runner')
  const restore = ok('restore', await runAction(base, 'restore', runner))
  rows.push(row(0.06, 'restore, 950 releases', restore.ms, undefined, undefined, restore.requests))
  f.restoreRequests.push(restore.requests)
  f.startupMs.push(restore.startupMs)
  // Two more restores of this small session: start-up is the least of several, on a shared machine.
  for (const n of [2, 3]) {
    const again = await machine(`runner${n}`)
    f.startupMs.push(ok('restore', await runAction(base, 'restore', again)).startupMs)
    await dropMachine(again)
  }
  await addRecord(laptop, sessionId)
  const update = ok('replacing save', await runAction(base, 'save', laptop))
  rows.push(
    row(0.06, 'save (replacing), 950 releases', update.ms, undefined, undefined, update.requests)
  )
  f.replacingSaveRequests.push(update.requests)
  for (const m of [first, laptop, fresh, runner]) await dropMachine(m)
}

/**
 * `claude-session list` in a busy repository: one session draft older than 5,000 releases with
 * three assets each (nightly builds). REST would list only the newest 1000, each page embedding
 * every asset (docs/facts.md); GraphQL's connection names releases alone (issue 25).
 */
async function bigRepository(emu: Emulator, rows: Row[]): Promise<void> {
  const repo = 'bench/big'
  emu.addRepo(repo, { branches: ['main'] })
  const t: Target = {
    emu,
    endpoint: emu,
    node: node.path,
    token: emu.tokens.write,
    repo,
    branch: 'old-feature'
  }
  const laptop = await machine('laptop-big')
  await session(laptop, t.branch, 64 * 1024, false)
  ok('save before the releases', await runAction(t, 'save', laptop))
  emu.seedManyReleases(repo, 5000, { tagPrefix: 'nightly-', assets: 3 })
  const listed = ok('list', await runCli(t, ['list'], laptop))
  // A list that found nothing says so on stderr (its stdout is not kept by the bench).
  if (/No sessions|incomplete/.test(listed.stderr))
    throw new Error(`list over 5,000 releases missed the old draft: ${listed.stderr}`)
  rows.push(
    row(
      0.06,
      'CLI list, 5,000 releases with 3 assets each',
      listed.ms,
      undefined,
      listed.rssMB,
      listed.requests
    )
  )
  await dropMachine(laptop)
}

/** How each latency model is named in the rows: the delayed hops. */
const MODEL_LABEL: Record<LatencyModel, string> = {
  api: 'API and uploads',
  every: 'every hop'
}

/**
 * A 5 MB session through delaying proxies, the bundled actions then the CLI, in both latency
 * models: API and uploads delayed (the storage hop direct), then every hop delayed as on github.com.
 * The restore and the replacing save run LATENCY_RUNS times each and the least counts, as for
 * start-up: on a shared machine another job only ever adds time, and one run varies by ±10%.
 */
async function latency(emu: Emulator, f: Figures, rows: Row[]): Promise<void> {
  for (const model of ['api', 'every'] as const) {
    const proxies = await startLatencyProxies(emu, LATENCY_MS, model)
    const label = (s: string) => `${s}, ${LATENCY_MS} ms latency (${MODEL_LABEL[model]})`
    try {
      for (const face of ['action', 'cli'] as const) {
        const repo = `bench/latency-${model}-${face}`
        emu.addRepo(repo, { branches: ['main'] })
        const t: Target = {
          emu,
          endpoint: proxies,
          node: node.path,
          token: emu.tokens.write,
          repo,
          branch: 'latency'
        }
        const laptop = await machine('laptop')
        const { sessionId } = await session(laptop, t.branch, LATENCY_SESSION_MB * MB)
        const [save, restore, replace] =
          face === 'action'
            ? [
                () => runAction(t, 'save', laptop),
                (into: Machine) => runAction(t, 'restore', into),
                () => runAction(t, 'save', laptop)
              ]
            : [
                () => runCli(t, ['push', t.branch], laptop),
                (into: Machine) => runCli(t, ['pull', t.branch], into),
                () => runCli(t, ['push', t.branch], laptop)
              ]
        const names =
          face === 'action'
            ? ['save', 'restore', 'save (replacing)']
            : ['CLI push', 'CLI pull', 'CLI push (replacing)']
        const measured = async (i: number, run: () => Promise<Measured>): Promise<Measured> => {
          const before = proxies.forwarded()
          const storageBefore = proxies.storageForwarded()
          const r = ok(names[i]!, await run())
          // Every request the emulator counted must have come through a proxy, hence been delayed;
          // in the every-hop model, so must each download's hop to signed storage.
          if (proxies.forwarded() - before !== r.requests)
            throw new Error(
              `${names[i]}: ${r.requests} API requests but ${proxies.forwarded() - before} delayed`
            )
          const storage = proxies.storageForwarded() - storageBefore
          if (model === 'every' && storage !== r.storageRequests)
            throw new Error(
              `${names[i]}: ${r.storageRequests} storage requests but ${storage} delayed`
            )
          if (face === 'action') {
            f.rss.push({
              sizeMB: LATENCY_SESSION_MB,
              operation: names[i]!,
              mb: r.rssMB,
              latency: MODEL_LABEL[model]
            })
            const counts = [f.firstSaveRequests, f.restoreRequests, f.replacingSaveRequests][i]!
            counts.push(r.requests)
          }
          return r
        }
        const runs: Measured[][] = [[await measured(0, save)], [], []]
        for (let round = 0; round < LATENCY_RUNS; round++) {
          // Each restore goes into a machine of its own: one over a session already installed
          // takes the conflict path. Each replacing save has one more record to send.
          const runner = await machine(`runner-${round}`)
          runs[1]!.push(await measured(1, () => restore(runner)))
          await dropMachine(runner)
          await addRecord(laptop, sessionId)
          runs[2]!.push(await measured(2, replace))
        }
        const [first, back, again] = runs.map((list, i) => {
          const least = list.reduce((a, b) => (b.ms < a.ms ? b : a))
          const peak = Math.max(...list.map((r) => r.rssMB))
          const requests = Math.max(...list.map((r) => r.requests))
          const name = list.length > 1 ? `${names[i]!} (least of ${list.length})` : names[i]!
          rows.push(row(LATENCY_SESSION_MB, label(name), least.ms, undefined, peak, requests))
          return least
        }) as [Measured, Measured, Measured]
        if (face === 'action')
          f.latency.push({
            model: MODEL_LABEL[model],
            ms: LATENCY_MS,
            save: first.ms,
            restore: back.ms,
            replacing: again.ms
          })
        await dropMachine(laptop)
      }
    } finally {
      await proxies.close()
    }
  }
}

async function main(): Promise<void> {
  for (const entry of ['save', 'restore', 'cli']) {
    await stat(join(dist, entry, 'index.js')).catch(() => {
      throw new Error('dist/ is missing: run `npm run bundle` first.')
    })
  }
  const started = performance.now()
  const emu = await startEmulator()
  emu.addRepo(REPO, { branches: ['main'] })
  const f: Figures = {
    firstSaveRequests: [],
    restoreRequests: [],
    replacingSaveRequests: [],
    rss: [],
    startupMs: [],
    latency: []
  }
  const rows: Row[] = []
  let install: InstallWeight | undefined
  try {
    if (SIZES.length > 0) {
      await bySize(emu, f, rows)
      await crowded(emu, f, rows)
      await bigRepository(emu, rows)
    }
    if (LATENCY_MS > 0) await latency(emu, f, rows)
    if (!LATENCY_ONLY) install = await installWeight(node.path)
  } finally {
    await emu.close()
  }
  const targets = targetRows(f, install)
  const env = {
    cores: cpus().length,
    arch: osMachine(),
    kernel: release(),
    nodeUnderTest: node.version,
    nodeUnderTestSource: node.source,
    benchNode: process.version,
    machineNode: machineNode()?.version
  }
  const out =
    `Node under test ${node.version} (${node.source}); bench on ${process.version}; ` +
    `machine's Node ${env.machineNode ?? 'none'}; ` +
    `${env.cores} cores, ${env.arch}, Linux ${env.kernel}\n\n` +
    rowsTable(rows) +
    '\n' +
    targetsTable(targets) +
    `\nbench wall time ${((performance.now() - started) / 1000).toFixed(0)} s\n`
  process.stdout.write(out)
  await writeFile(
    join(root, 'bench', 'results.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: env,
        latencyMs: LATENCY_MS,
        targets,
        rows,
        install,
        figures: f
      },
      null,
      2
    ) + '\n'
  )
}

await main()
