import * as core from '@actions/core'
import type { AddedTurns } from '../edits/publishEdits.js'
import { formatTokenUsage } from '../session/index.js'

export interface RunReport {
  branch: string
  sessionId?: string
  restored: boolean
  restoredVersion?: string
  conclusion: string
  turns?: AddedTurns
  /** One sentence: the commit pushed, the pull request opened, or why nothing was. */
  edits: string
  /** Why texts are missing from the report (the secrets policy withheld them). */
  withheld?: string
}

/** Long answers are cut: the summary is for reading, the transcript keeps everything. */
const MAX_TEXT = 3000

/** The job summary a person reads after the run: what happened, what Claude said, how to get it back. */
export function renderRunReport(report: RunReport): string {
  const lines: string[] = [`### Claude on \`${report.branch}\`: ${report.conclusion}`, '']
  const rows: [string, string][] = [
    ['Session', report.sessionId ? `\`${report.sessionId}\`` : '(none found)'],
    [
      'Restored',
      report.restored
        ? `yes${report.restoredVersion ? `, last written by Claude Code ${report.restoredVersion}` : ''}`
        : 'no: a new conversation'
    ],
    ['Claude', report.conclusion],
    // The version the new records name: what claude-code-action really installed this time.
    ...(report.turns?.claudeVersion
      ? [['Claude Code this run', report.turns.claudeVersion] as [string, string]]
      : []),
    ['Edits', report.edits],
    // The same line `claude-session continue` prints after pulling (session/tokenUsage.ts).
    ...(report.turns?.tokens
      ? [['Tokens this run', formatTokenUsage(report.turns.tokens)] as [string, string]]
      : [])
  ]
  lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), '')
  if (report.withheld) lines.push(`> [!WARNING]\n> ${report.withheld}`, '')
  const turns = report.turns
  if (turns) {
    for (const prompt of turns.prompts) lines.push('#### Prompt', '', quote(prompt), '')
    if (turns.finalAnswer) lines.push("#### Claude's answer", '', quote(turns.finalAnswer), '')
    const tools = Object.entries(turns.tools)
    if (tools.length > 0)
      lines.push(
        '#### Tools used',
        '',
        '| tool | calls |',
        '|---|---|',
        ...tools.map(([n, c]) => `| ${cell(n)} | ${c} |`),
        ''
      )
  }
  if (report.sessionId)
    lines.push(
      '#### Bring it back',
      '',
      '```sh',
      `git pull && claude-session pull ${report.branch}`,
      `claude --resume ${report.sessionId}`,
      '```',
      ''
    )
  return lines.join('\n')
}

export async function writeRunReportMarkdown(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(markdown, true).write()
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text
}

function quote(text: string): string {
  return cut(text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}
