import * as core from '@actions/core'

export { formatBytes } from '../format.js'

export interface SummaryRow {
  label: string
  value: string
}

/** A short job summary: what happened to which session, and where it lives. */
export async function writeSummary(
  title: string,
  rows: SummaryRow[],
  link?: { text: string; href: string }
): Promise<void> {
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
