import { createReadStream, createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileStartsWith, type ByteDigest } from '../archive/digest.js'
import type { SessionMetadata } from '../archive/metadata.js'
import { lstatIfExists } from '../restore/installFiles.js'

/**
 * A copy uploaded with secrets redacted differs from the user's transcript where the secrets
 * were. Its metadata records what restore needs to recognise the user's own copy without running
 * the secret scanner: the digest of the user's bytes (`sourceTranscript*`) and of the redacted
 * bytes they became (`redactedPrefix*`, or the whole upload when absent). A later save that
 * extends the redacted bytes (CI resumed them) carries both forward.
 */
export interface RedactedLineage {
  /** The user's own bytes. */
  source: ByteDigest
  /** The redacted bytes the stored transcript starts with. */
  redacted: ByteDigest
}

export function lineageOf(m: SessionMetadata): RedactedLineage | undefined {
  if (m.sourceTranscriptSize === undefined || m.sourceTranscriptSha256 === undefined)
    return undefined
  const redacted =
    m.redactedPrefixSize !== undefined && m.redactedPrefixSha256 !== undefined
      ? { size: m.redactedPrefixSize, sha256: m.redactedPrefixSha256 }
      : m.transcriptSize !== undefined && m.transcriptSha256 !== undefined
        ? { size: m.transcriptSize, sha256: m.transcriptSha256 }
        : undefined
  if (!redacted) return undefined
  return { source: { size: m.sourceTranscriptSize, sha256: m.sourceTranscriptSha256 }, redacted }
}

/**
 * The metadata fields a save that uploads its bytes as they are (no redaction) carries over from
 * the stored copy it extends, so the origin of that copy's redacted bytes is still recognised.
 */
export async function carriedLineage(
  previous: SessionMetadata | undefined,
  transcriptPath: string
): Promise<Partial<SessionMetadata>> {
  const lineage = previous && lineageOf(previous)
  if (!lineage || !(await fileStartsWith(transcriptPath, lineage.redacted))) return {}
  return {
    sourceTranscriptSize: lineage.source.size,
    sourceTranscriptSha256: lineage.source.sha256,
    redactedPrefixSize: lineage.redacted.size,
    redactedPrefixSha256: lineage.redacted.sha256
  }
}

/**
 * When the local transcript starts with the user's own bytes and the incoming one with their
 * redacted form, returns the incoming transcript with that prefix put back as the user's bytes
 * (secrets included): the pull then fast-forwards instead of reporting a false conflict.
 */
export async function withOwnBytes(
  localPath: string,
  incomingPath: string,
  lineage: RedactedLineage | undefined,
  work: string
): Promise<string | undefined> {
  if (!lineage || lineage.source.size === 0) return undefined
  const local = await lstatIfExists(localPath)
  if (!local?.isFile() || local.size < lineage.source.size) return undefined
  if (!(await fileStartsWith(incomingPath, lineage.redacted))) return undefined
  if (!(await fileStartsWith(localPath, lineage.source))) return undefined
  const merged = join(work, 'own-bytes.jsonl')
  await pipeline(
    createReadStream(localPath, { end: lineage.source.size - 1 }),
    createWriteStream(merged, { mode: 0o600 })
  )
  // The local file may have moved between the check and the copy: only the checked bytes stand.
  if (!(await fileStartsWith(merged, lineage.source))) return undefined
  await pipeline(
    createReadStream(incomingPath, { start: lineage.redacted.size }),
    createWriteStream(merged, { flags: 'a' })
  )
  return merged
}
