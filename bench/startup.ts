/**
 * `npx tsx bench/startup.ts [runs] [other dist/]`: start-up alone, the least of several runs
 * (default 9) on a shared machine: from spawning each face to the first request the emulator sees,
 * and peak RSS, for the restore and save actions and the CLI's pull, a small session stored once.
 * Given another build's dist/ folder, runs both, interleaved, so a busy moment of the machine
 * does not land on one of them. `BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"` passes
 * Node options to the measured processes. `npm run bench` reports the restore's as a target.
 */
import { join } from 'node:path'
import { startEmulator } from '../emulator/releasesEmulator.js'
import {
  benchNode,
  dist,
  dropMachine,
  machine,
  ok,
  root,
  runAction,
  runCli,
  type Measured,
  type Target
} from './processes.js'
import { writeRealisticSession } from './sessions.js'

const runs = Number(process.argv[2] ?? 9)
const builds = [dist, ...process.argv.slice(3)]
const node = benchNode()
const emu = await startEmulator()
const repo = 'bench/startup'
emu.addRepo(repo, { branches: ['main'] })
const t: Target = {
  emu,
  endpoint: emu,
  node: node.path,
  token: emu.tokens.write,
  repo,
  branch: 'startup'
}
const laptop = await machine('laptop-startup')
const fixtures = join(root, '__tests__', 'fixtures', 'transcripts', 'spotter')
await writeRealisticSession({
  fixture: join(fixtures, 'short.jsonl'),
  projectDir: laptop.projectDir,
  bytes: 64 * 1024,
  branch: t.branch
})
ok('first save', await runAction({ ...t, nodeArgs: [] }, 'save', laptop))

/** Each face on a fresh runner (restore, pull) or the laptop (a save of an unchanged session). */
const faces: Record<string, (t: Target) => Promise<Measured>> = {
  'restore action': async (t) => {
    const runner = await machine('runner-startup')
    try {
      return ok('restore', await runAction(t, 'restore', runner))
    } finally {
      await dropMachine(runner)
    }
  },
  'save action (unchanged)': async (t) => ok('save', await runAction(t, 'save', laptop)),
  'CLI pull': async (t) => {
    const runner = await machine('cli-startup')
    try {
      return ok('pull', await runCli(t, ['pull', t.branch], runner))
    } finally {
      await dropMachine(runner)
    }
  }
}
const lines = [`${node.version} (${node.source}), least of ${runs} runs`]
try {
  const seen = new Map<string, { startup: number[]; rss: number[] }>()
  for (let i = 0; i < runs; i++)
    for (const [name, run] of Object.entries(faces))
      for (const build of builds) {
        const m = await run({ ...t, dist: build })
        const key = builds.length > 1 ? `${name}, ${build}` : name
        const s = seen.get(key) ?? { startup: [], rss: [] }
        s.startup.push(m.startupMs)
        s.rss.push(m.rssMB)
        seen.set(key, s)
      }
  for (const [name, s] of seen) {
    const sorted = [...s.startup].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]
    const rss = `${Math.min(...s.rss).toFixed(1)}–${Math.max(...s.rss).toFixed(1)} MB`
    lines.push(`${name}: start-up ${sorted[0]} ms (median ${median}), peak RSS ${rss}`)
  }
} finally {
  await dropMachine(laptop)
  await emu.close()
}
process.stdout.write(lines.join('\n') + '\n')
