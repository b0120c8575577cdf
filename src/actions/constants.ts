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
  AllowUnscanned: 'allow-unscanned',
  Memory: 'memory'
} as const

export const Outputs = {
  SessionId: 'session-id',
  Restored: 'restored',
  Saved: 'saved',
  /** The commit the restored copy was saved at (the restore step's, for the composite). */
  SavedCommit: 'saved-commit'
} as const

// Shared with `claude-session pull`, which exports them too: a face never imports the other face.
export { JobVariables } from '../shared/jobVariables.js'

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
  BranchContext: 'branch-context',
  SavedCommit: 'saved-commit',
  TagMode: 'tag-mode',
  ClaudeCodeVersion: 'claude-code-version'
} as const

export const StepOutputs = {
  ClaudeArgs: 'claude_args',
  TranscriptBytes: 'transcript-bytes',
  RestoredVersion: 'restored-version',
  TagMode: 'tag-mode',
  Conclusion: 'conclusion',
  Answer: 'answer',
  Commit: 'commit',
  Pushed: 'pushed',
  Edits: 'edits',
  PullRequest: 'pull-request',
  /** The Claude Code executable the composite installed (empty: claude-code-action's own). */
  ClaudeCodePath: 'path',
  ClaudeCodeVersion: 'version'
} as const
