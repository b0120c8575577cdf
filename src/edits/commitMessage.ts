/**
 * The message of Claude's commit: `Claude: <prompt's first line>`, then the session and the run,
 * so `git log` leads back to the conversation.
 */
export function commitMessage(options: {
  prompt: string
  /** Empty when no session was found. */
  sessionId: string
  conclusion: string
  /** The workflow run's page, when running in Actions. */
  runUrl?: string
}): string {
  const first =
    options.prompt
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? 'continue the session'
  const subject = `Claude: ${first.length > 72 ? `${first.slice(0, 71)}…` : first}`
  const body = [`Claude Code session: ${options.sessionId || '(unknown)'}`]
  if (options.conclusion !== 'success')
    body.push(
      `Claude's run ended with "${options.conclusion}": these are the edits it made before stopping.`
    )
  if (options.runUrl) body.push(`Run: ${options.runUrl}`)
  return `${subject}\n\n${body.join('\n')}\n`
}
