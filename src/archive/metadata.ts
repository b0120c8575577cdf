import { isUuid } from '../common/ids.js'
import { isJsonObject } from '../common/json.js'
import { HostileArchiveError, NewerFormatError } from '../errors.js'
import { TOOL_VERSION } from '../version.js'
import { MAX_DIGEST_WORK_FACTOR } from './digestKey.js'

/** Version 1: the seed's five fields plus digests, sizes and provenance. */
const FORMAT_VERSION = 1
/** The largest metadata file read: ours are under 2 KiB; a bigger one is not ours. */
export const MAX_METADATA_BYTES = 64 * 1024
const SHA256 = /^[0-9a-f]{64}$/

/** `claude-session-metadata-<id>.json`. The first five fields are the seed scripts' own. */
export interface SessionMetadata {
  sessionId: string
  gitBranch: string
  /** Omitted when the archive is encrypted: a directory name can be telling. */
  cwd?: string
  timestamp: string
  /** The archive's asset name (the seed wrote its local path here). */
  archivePath: string
  formatVersion?: number
  archiveSha256?: string
  archiveSize?: number
  transcriptSha256?: string
  transcriptSize?: number
  claudeVersion?: string
  toolVersion?: string
  repository?: string
  commit?: string
  records?: number
  lastRecordAt?: string
  savedBy?: 'laptop' | 'ci'
  encrypted?: boolean
  /**
   * The save checked that every line of the transcript it packed is JSON (archive/jsonlCheck.ts),
   * so a restore whose archive matches `archiveSha256` need not check those bytes again. Absent
   * from the seed's metadata and from saves before claude-session checked while packing.
   */
  jsonlChecked?: boolean
  /** When the upload is a redacted copy: the digest of the user's own bytes it was made from. */
  sourceTranscriptSha256?: string
  sourceTranscriptSize?: number
  /**
   * Encrypted sessions record no plain digest, size or record count of the transcript: instead
   * HMAC-SHA256 digests under a key derived from the encryption key (`digestKeyId` names it) and
   * sizes rounded up to 64 KiB (src/archive/transcriptDigests.ts).
   */
  digestKeyId?: string
  /**
   * The digest key's random salt and (for a passphrase) scrypt cost, log2 N. Absent beside a
   * `digestKeyId`: the key was derived by the first scheme (src/archive/encryption.ts).
   */
  digestKeySalt?: string
  digestKeyWorkFactor?: number
  transcriptHmacSha256?: string
  transcriptSizeRounded?: number
  sourceTranscriptHmacSha256?: string
  sourceTranscriptSizeRounded?: number
  /** When the upload extends a redacted copy: that copy's bytes, which the source digest stands for. */
  redactedPrefixSha256?: string
  redactedPrefixSize?: number
}

/** What a save knows when it describes a new version; `buildMetadata` decides what is recorded. */
export interface VersionFacts {
  sessionId: string
  branch: string
  cwd: string
  archiveName: string
  archive: { sha256: string; size: number }
  /**
   * What is recorded of the transcript: plain digests, sizes and record count, or keyed ones for an
   * encrypted session (`transcriptDigestFields`), plus the lineage of a redacted copy.
   */
  digests: Partial<SessionMetadata>
  /** The newest envelope fields of the transcript. */
  tail: { lastTimestamp?: string; claudeVersion?: string }
  repository: string
  commit?: string
  savedBy: 'laptop' | 'ci'
  encrypted: boolean
  now?: Date
}

/** The metadata of a new version, format `FORMAT_VERSION`. */
export function buildMetadata(facts: VersionFacts): SessionMetadata {
  const { encrypted, tail } = facts
  return {
    sessionId: facts.sessionId,
    gitBranch: facts.branch,
    // An encrypted archive's metadata holds only ids, sizes, digests, times and format: the
    // working directory could name a customer or a project.
    ...(encrypted ? {} : { cwd: facts.cwd }),
    timestamp: (facts.now ?? new Date()).toISOString(),
    archivePath: facts.archiveName,
    formatVersion: FORMAT_VERSION,
    archiveSha256: facts.archive.sha256,
    archiveSize: facts.archive.size,
    ...facts.digests,
    ...(tail.claudeVersion && !encrypted ? { claudeVersion: tail.claudeVersion } : {}),
    toolVersion: TOOL_VERSION,
    repository: facts.repository,
    ...(facts.commit ? { commit: facts.commit } : {}),
    ...(tail.lastTimestamp ? { lastRecordAt: tail.lastTimestamp } : {}),
    savedBy: facts.savedBy,
    encrypted,
    // Every save refuses a transcript with a line that is not JSON while it packs it
    // (save/packForSave.ts), before this metadata is written.
    jsonlChecked: true
  }
}

/** True when two versions hold the same transcript bytes (however each archive was written). */
export function sameTranscript(a: SessionMetadata, b: SessionMetadata): boolean {
  return (
    a.transcriptSha256 !== undefined &&
    a.transcriptSha256 === b.transcriptSha256 &&
    a.transcriptSize === b.transcriptSize &&
    (a.encrypted === true) === (b.encrypted === true)
  )
}

export function serializeMetadata(metadata: SessionMetadata): string {
  return JSON.stringify(metadata, null, 2) + '\n'
}

/** True for metadata the seed's scripts wrote: no digest to check the archive against. */
export function isLegacyMetadata(metadata: SessionMetadata): boolean {
  return metadata.formatVersion === undefined
}

/** Parses and validates downloaded metadata; anything malformed is refused in one line. */
export function parseMetadata(text: string, options: { maxBytes?: number } = {}): SessionMetadata {
  const max = options.maxBytes ?? MAX_METADATA_BYTES
  if (Buffer.byteLength(text) > max) throw bad(`it is over ${max} bytes`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw bad('it is not JSON')
  }
  if (!isJsonObject(value)) throw bad('it is not a JSON object')
  const m = value as Record<string, unknown>
  // Checked before any field: a newer format may have changed them, and the user needs to hear
  // "update", not "invalid".
  if (typeof m.formatVersion === 'number' && m.formatVersion > FORMAT_VERSION) {
    const writer =
      typeof m.toolVersion === 'string'
        ? `claude-session ${m.toolVersion.slice(0, 40)}`
        : 'a newer claude-session'
    throw new NewerFormatError(
      `The session was saved by ${writer} in metadata format ${m.formatVersion}; this is claude-session ${TOOL_VERSION}, which reads format ${FORMAT_VERSION}. Update claude-session to restore it.`
    )
  }
  if (typeof m.sessionId !== 'string' || !isUuid(m.sessionId)) throw bad('sessionId is not a UUID')
  for (const key of ['gitBranch', 'timestamp', 'archivePath'] as const) {
    if (typeof m[key] !== 'string') throw bad(`${key} is missing or not a string`)
  }
  for (const key of [
    'cwd',
    'claudeVersion',
    'toolVersion',
    'repository',
    'commit',
    'lastRecordAt'
  ] as const) {
    if (m[key] !== undefined && typeof m[key] !== 'string') throw bad(`${key} is not a string`)
  }
  for (const key of [
    'archiveSha256',
    'transcriptSha256',
    'sourceTranscriptSha256',
    'transcriptHmacSha256',
    'sourceTranscriptHmacSha256',
    'redactedPrefixSha256'
  ] as const) {
    if (m[key] !== undefined && (typeof m[key] !== 'string' || !SHA256.test(m[key]))) {
      throw bad(`${key} is not a sha256 digest`)
    }
  }
  for (const key of [
    'formatVersion',
    'archiveSize',
    'transcriptSize',
    'sourceTranscriptSize',
    'transcriptSizeRounded',
    'sourceTranscriptSizeRounded',
    'redactedPrefixSize',
    'records'
  ] as const) {
    const n = m[key]
    if (n !== undefined && (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)) {
      throw bad(`${key} is not a non-negative integer`)
    }
  }
  if (
    m.digestKeyId !== undefined &&
    (typeof m.digestKeyId !== 'string' || !/^[0-9a-f]{16}$/.test(m.digestKeyId))
  )
    throw bad('digestKeyId is not 16 hex digits')
  if (
    m.digestKeySalt !== undefined &&
    (typeof m.digestKeySalt !== 'string' || !/^[0-9a-f]{32}$/.test(m.digestKeySalt))
  )
    throw bad('digestKeySalt is not 32 hex digits')
  if (
    m.digestKeyWorkFactor !== undefined &&
    (typeof m.digestKeyWorkFactor !== 'number' ||
      !Number.isInteger(m.digestKeyWorkFactor) ||
      m.digestKeyWorkFactor < 1 ||
      m.digestKeyWorkFactor > MAX_DIGEST_WORK_FACTOR)
  )
    throw bad(`digestKeyWorkFactor is not a whole number from 1 to ${MAX_DIGEST_WORK_FACTOR}`)
  if (m.savedBy !== undefined && m.savedBy !== 'laptop' && m.savedBy !== 'ci')
    throw bad('savedBy is not laptop or ci')
  for (const key of ['encrypted', 'jsonlChecked'] as const) {
    if (m[key] !== undefined && typeof m[key] !== 'boolean') throw bad(`${key} is not a boolean`)
  }
  if (
    m.formatVersion !== undefined &&
    (m.archiveSha256 === undefined || m.archiveSize === undefined)
  ) {
    throw bad('archiveSha256 or archiveSize is missing')
  }
  return m as unknown as SessionMetadata
}

function bad(why: string): HostileArchiveError {
  return new HostileArchiveError(`The session metadata is invalid: ${why}.`)
}
