/** Bounds on what restore accepts from a downloaded archive. */
export interface ArchiveLimits {
  /** The archive file itself. GitHub refuses assets of 2 GiB and more (docs/facts.md#uploads). */
  maxArchiveBytes: number
  maxMemberBytes: number
  maxTotalBytes: number
  maxMembers: number
  /** Expanded bytes per compressed byte. JSONL compresses 5-20x; a gzip bomb by orders more. */
  maxExpansionRatio: number
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 2 * 1024 ** 3,
  maxMemberBytes: 1024 ** 3,
  maxTotalBytes: 4 * 1024 ** 3,
  maxMembers: 10_000,
  maxExpansionRatio: 200
}
