/** The actions' input and output names, as action.yml declares them (kebab-case, like official actions). */
export const Inputs = {
  GitHubToken: 'github-token',
  Repository: 'repository',
  Branch: 'branch',
  Path: 'path',
  SessionId: 'session-id',
  EncryptionKey: 'encryption-key',
  FailOnMissing: 'fail-on-missing',
  Force: 'force',
  Secrets: 'secrets'
} as const

export const Outputs = {
  SessionId: 'session-id',
  Restored: 'restored',
  Saved: 'saved'
} as const

/**
 * Variables exported to the later steps of the job, by the restore action and by
 * `claude-session pull` inside Actions; the save action reads SESSION_ID back.
 */
export const JobVariables = {
  SessionId: 'SESSION_ID',
  SessionRestored: 'SESSION_RESTORED'
} as const
