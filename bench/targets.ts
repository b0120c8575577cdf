/** Issue 12's targets against what one bench run measured: one row each, met or missed. */
import type { InstallWeight } from './installWeight.js'
import type { TargetRow } from './report.js'

export interface Figures {
  /** API requests of every first save measured (each size, and with 950 releases). */
  firstSaveRequests: number[]
  restoreRequests: number[]
  replacingSaveRequests: number[]
  rss: Array<{ sizeMB: number; operation: string; mb: number }>
  /** Spawn to first request of each restore without added latency. */
  startupMs: number[]
  /** Ratios to the floor at the largest size measured (200 MB by default). */
  throughput?: { sizeMB: number; save: number; restore: number }
  latency?: { ms: number; save: number; restore: number; replacing: number }
  scan?: { sizeMB: number; withMs: number; withoutMs: number; how: string }
}

const MB = 1024 * 1024

export function targetRows(f: Figures, install: InstallWeight | undefined): TargetRow[] {
  const rows: TargetRow[] = []
  const requests = (what: string, all: number[], goal: number) =>
    rows.push({
      target: `${what} API requests, any number of releases`,
      measured: all.length ? `${Math.max(...all)} (max of ${all.join(', ')})` : '',
      goal: `≤ ${goal}`,
      met: all.length ? Math.max(...all) <= goal : undefined
    })
  requests('restore', f.restoreRequests, 2)
  requests('first save', f.firstSaveRequests, 5)
  requests('replacing save', f.replacingSaveRequests, 8)

  const l = f.latency
  const wall = (what: string, ms: number | undefined, goal: number | undefined) =>
    rows.push({
      target: `${what}, 5 MB, ${l?.ms ?? 100} ms per request, process start included`,
      measured: ms === undefined ? '' : `${(ms / 1000).toFixed(2)} s`,
      goal: goal === undefined ? '(reported)' : `≤ ${(goal / 1000).toFixed(2)} s`,
      met: ms === undefined ? undefined : goal === undefined ? null : ms <= goal
    })
  wall('restore wall time', l?.restore, 450)
  wall('first save wall time', l?.save, undefined)
  wall('replacing save wall time', l?.replacing, 800)

  const t = f.throughput
  for (const [what, goal] of [
    ['save', 1.15],
    ['restore', 1.3]
  ] as const)
    rows.push({
      target: `${what} time / floor at ${t?.sizeMB ?? 200} MB`,
      measured: t ? `${t[what].toFixed(2)}×` : '',
      goal: `≤ ${goal}×`,
      met: t ? t[what] <= goal : undefined,
      note: t && t.sizeMB !== 200 ? 'not 200 MB: BENCH_SIZES' : undefined
    })

  for (const op of ['save', 'restore']) {
    const seen = f.rss.filter((r) => r.operation.startsWith(op))
    const label = (r: (typeof seen)[number]) =>
      `${r.sizeMB} MB${r.operation.includes('replacing') ? ' replacing' : ''}: ${r.mb.toFixed(0)}`
    rows.push({
      target: `peak RSS, ${op}, every size (actions)`,
      measured: seen.length
        ? `${Math.max(...seen.map((r) => r.mb)).toFixed(0)} MB (` + seen.map(label).join(', ') + ')'
        : '',
      goal: '≤ 120 MB',
      met: seen.length ? seen.every((r) => r.mb <= 120) : undefined
    })
  }

  const s = f.scan
  const extra = s ? s.withMs / s.withoutMs - 1 : undefined
  rows.push({
    target: `secret scan cost: ${s?.sizeMB ?? 200} MB save with secrets: warn vs scan skipped`,
    measured: s
      ? `${extra! >= 0 ? '+' : ''}${(extra! * 100).toFixed(0)}% (${Math.round(s.withMs)} vs ${Math.round(s.withoutMs)} ms)`
      : '',
    goal: '≤ +15%',
    met: extra === undefined ? undefined : extra <= 0.15,
    note: s?.how
  })

  const startup = f.startupMs.length ? Math.min(...f.startupMs) : undefined
  rows.push({
    target: 'start-up: spawn of the restore action to its first request',
    measured: startup === undefined ? '' : `${Math.round(startup)} ms`,
    goal: '≤ 150 ms',
    met: startup === undefined ? undefined : startup <= 150
  })

  const i = install
  rows.push(
    {
      target: 'npm pack size',
      measured: i?.packBytes ? `${(i.packBytes / MB).toFixed(2)} MB (${i.packFiles} files)` : '',
      goal: '≤ 1.5 MB',
      met: i?.packBytes ? i.packBytes <= 1.5 * MB : undefined,
      note: i?.error
    },
    {
      target: 'npm install -g of the packed tarball: packages added',
      measured: i?.installedPackages !== undefined ? String(i.installedPackages) : '',
      goal: '≤ 3',
      met: i?.installedPackages !== undefined ? i.installedPackages <= 3 : undefined
    },
    {
      target: 'npm install -g: EBADENGINE warnings',
      measured:
        i && !i.error
          ? `${i.ebadengine.length}${i.ebadengine.length ? `: ${i.ebadengine.join(', ')}` : ''}`
          : '',
      goal: 'none',
      met: i && !i.error ? i.ebadengine.length === 0 : undefined
    }
  )
  return rows
}
