/**
 * Variables exported to the later steps of the job, by the restore action and by
 * `claude-session pull` inside Actions; the save action reads SESSION_ID back. Here, below both
 * faces, because both write them.
 */
export const JobVariables = {
  SessionId: 'SESSION_ID',
  SessionRestored: 'SESSION_RESTORED'
} as const
