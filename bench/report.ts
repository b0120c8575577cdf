/** The bench's output: the measurement rows, then one table of every target of issue 24. */

export interface Row {
  sizeMB: number
  operation: string
  oursMs?: number
  floorMs?: number
  ratio?: number
  rssMB?: number
  requests?: number
}

export interface TargetRow {
  target: string
  measured: string
  goal: string
  /** undefined: not measured in this run (a size or section left out); null: reported, no goal. */
  met?: boolean | null
  note?: string
}

export function row(
  sizeMB: number,
  operation: string,
  ours: number,
  floor: number | undefined,
  rssMB: number | undefined,
  requests: number | undefined
): Row {
  return {
    sizeMB,
    operation,
    oursMs: Math.round(ours),
    floorMs: floor === undefined ? undefined : Math.round(floor),
    ratio: floor === undefined ? undefined : Number((ours / floor).toFixed(2)),
    rssMB: rssMB === undefined ? undefined : Number(rssMB.toFixed(1)),
    requests
  }
}

export function markdownTable(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)))
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join(' | ') + ' |'
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n'
}

export function rowsTable(rows: Row[]): string {
  const opt = (v: number | undefined, f = (n: number) => String(n)) => (v === undefined ? '' : f(v))
  return markdownTable(
    ['size MB', 'operation', 'ours ms', 'floor ms', 'ratio', 'peak RSS MB', 'requests'],
    rows.map((r) => [
      String(r.sizeMB),
      r.operation,
      opt(r.oursMs),
      opt(r.floorMs),
      opt(r.ratio, (n) => n.toFixed(2)),
      opt(r.rssMB, (n) => n.toFixed(1)),
      opt(r.requests)
    ])
  )
}

export function targetsTable(targets: TargetRow[]): string {
  return markdownTable(
    ['target', 'measured', 'goal', 'result'],
    targets.map((t) => [
      t.target,
      t.measured + (t.note ? ` (${t.note})` : ''),
      t.goal,
      t.met === undefined ? 'not measured' : t.met === null ? 'reported' : t.met ? 'met' : 'MISSED'
    ])
  )
}
