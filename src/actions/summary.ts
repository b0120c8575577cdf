import * as core from '@actions/core'

export interface SummaryRow {
  label: string
  value: string
}

/** A short job summary: what happened to which session, and where it lives. */
export async function writeSummary(title: string, rows: SummaryRow[], link?: { text: string; href: string }): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary.addHeading(title, 3).addTable([
    [
      { data: 'Item', header: true },
      { data: 'Value', header: true }
    ],
    ...rows.map((row) => [row.label, row.value])
  ])
  if (link) summary.addLink(link.text, link.href)
  await summary.write()
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
