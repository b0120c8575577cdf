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
  Secrets: 'secrets',
  Memory: 'memory'
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

/** The cleanup action's own inputs and outputs (cleanup/action.yml). */
export const CleanupInputs = {
  OlderThanDays: 'older-than-days',
  SavedBefore: 'saved-before',
  DryRun: 'dry-run'
} as const

export const CleanupOutputs = {
  Deleted: 'deleted',
  Kept: 'kept'
} as const

/** The inputs and outputs of the composite's own steps (action.yml's `args` and `publish` steps). */
export const StepInputs = {
  Restored: 'restored',
  RestoredVersion: 'restored-version',
  TranscriptBytes: 'transcript-bytes',
  PermissionMode: 'permission-mode',
  Model: 'model',
  ClaudeArgs: 'claude_args',
  PublishEdits: 'publish-edits',
  Prompt: 'prompt',
  Conclusion: 'conclusion',
  Outcome: 'outcome',
  ClaudeCodeVersion: 'claude-code-version'
} as const

export const StepOutputs = {
  ClaudeArgs: 'claude_args',
  TranscriptBytes: 'transcript-bytes',
  RestoredVersion: 'restored-version',
  Conclusion: 'conclusion',
  Answer: 'answer',
  Commit: 'commit',
  Pushed: 'pushed',
  PullRequest: 'pull-request',
  /** The Claude Code executable the composite installed (empty: claude-code-action's own). */
  ClaudeCodePath: 'path',
  ClaudeCodeVersion: 'version'
} as const
