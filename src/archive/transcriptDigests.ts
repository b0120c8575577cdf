import { keyedDigest, type ByteDigest, type KeyedByteDigest } from './digest.js'
import { digestKeyFor, newDigestKey, type DigestKey } from './digestKey.js'
import type { EncryptionKey } from './encryption.js'
import type { SessionMetadata } from './metadata.js'

type DigestFields = Pick<
  SessionMetadata,
  | 'transcriptSha256'
  | 'transcriptSize'
  | 'sourceTranscriptSha256'
  | 'sourceTranscriptSize'
  | 'records'
  | 'digestKeyId'
  | 'digestKeySalt'
  | 'digestKeyWorkFactor'
  | 'transcriptHmacSha256'
  | 'transcriptSizeRounded'
  | 'sourceTranscriptHmacSha256'
  | 'sourceTranscriptSizeRounded'
>

/**
 * What metadata records of the uploaded transcript (and of the user's own bytes it was redacted
 * from), so that a later save can tell without downloading whether its transcript extends it.
 * In the clear: exact sizes, sha256 and the record count. Encrypted: only keyed digests and
 * rounded sizes (see the README's Security section), or nothing when the session is encrypted to
 * recipients alone, whose holder cannot derive the key.
 */
export async function transcriptDigestFields(
  transcript: ByteDigest,
  source: ByteDigest | undefined,
  records: number,
  encryption: EncryptionKey | undefined,
  /** The stored copy this version replaces: its salt is kept when our key is the one it names. */
  previous?: SessionMetadata
): Promise<DigestFields> {
  if (!encryption) {
    return {
      transcriptSha256: transcript.sha256,
      transcriptSize: transcript.size,
      ...(source
        ? { sourceTranscriptSha256: source.sha256, sourceTranscriptSize: source.size }
        : {}),
      records
    }
  }
  const digestKey =
    (await storedDigestKey(previous, encryption)) ?? (await newDigestKey(encryption))
  if (!digestKey) return {}
  const sealed = keyedDigest(transcript, digestKey.key)
  const sealedSource = source ? keyedDigest(source, digestKey.key) : undefined
  return {
    digestKeyId: digestKey.id,
    digestKeySalt: digestKey.salt,
    ...(digestKey.workFactor !== undefined ? { digestKeyWorkFactor: digestKey.workFactor } : {}),
    transcriptHmacSha256: sealed.hmacSha256,
    transcriptSizeRounded: sealed.roundedSize,
    ...(sealedSource
      ? {
          sourceTranscriptHmacSha256: sealedSource.hmacSha256,
          sourceTranscriptSizeRounded: sealedSource.roundedSize
        }
      : {})
  }
}

/**
 * The digest key that the stored copy's metadata names, when `encryption` derives it (same key,
 * same salt): a new version then keeps the salt, and one derivation serves the check and the
 * record. Metadata of the first scheme (no salt) is never kept: its key is only read.
 */
async function storedDigestKey(
  m: SessionMetadata | undefined,
  encryption: EncryptionKey
): Promise<DigestKey | undefined> {
  if (m?.digestKeyId === undefined || m.digestKeySalt === undefined) return undefined
  const key = await digestKeyFor(encryption, digestKeyParams(m))
  return key?.id === m.digestKeyId ? key : undefined
}

function digestKeyParams(m: SessionMetadata): { id: string; salt?: string; workFactor?: number } {
  return { id: m.digestKeyId!, salt: m.digestKeySalt, workFactor: m.digestKeyWorkFactor }
}

/**
 * The byte prefixes a local transcript must start with to extend the stored copy: the uploaded
 * bytes, or the bytes they were redacted from. `uncheckable` says why there are none to compare
 * (no key can: the copy holds no digest); `otherKey` that its digests are keyed to a key this save
 * was not given (a rotated key, another key file), which only the holder of that key can check.
 */
export async function storedPrefixes(
  m: SessionMetadata,
  encryption: EncryptionKey | undefined
): Promise<
  { prefixes: (ByteDigest | KeyedByteDigest)[] } | { uncheckable: string } | { otherKey: string }
> {
  if (m.transcriptSha256 !== undefined && m.transcriptSize !== undefined) {
    const prefixes: ByteDigest[] = [{ size: m.transcriptSize, sha256: m.transcriptSha256 }]
    // The user's own bytes stand for the whole upload only when it was redacted from them; a copy
    // that extends a redacted one (`redactedPrefix*`) holds records after them that they lack.
    if (
      m.sourceTranscriptSha256 !== undefined &&
      m.sourceTranscriptSize !== undefined &&
      m.redactedPrefixSize === undefined
    )
      prefixes.push({ size: m.sourceTranscriptSize, sha256: m.sourceTranscriptSha256 })
    return { prefixes }
  }
  if (m.transcriptHmacSha256 === undefined || m.transcriptSizeRounded === undefined) {
    return {
      uncheckable: m.encrypted
        ? 'it is encrypted to age recipients only, so its metadata holds no digest to compare with'
        : 'it has no digest (saved by an older tool)'
    }
  }
  const digestKey =
    encryption && m.digestKeyId !== undefined
      ? await digestKeyFor(encryption, digestKeyParams(m))
      : undefined
  if (!digestKey || digestKey.id !== m.digestKeyId) {
    return {
      otherKey: !encryption
        ? 'no encryption key was given to check it with'
        : !digestKey
          ? 'age recipients alone cannot check it'
          : 'its digests are keyed to another encryption key than the one given'
    }
  }
  const prefixes: KeyedByteDigest[] = [
    { roundedSize: m.transcriptSizeRounded, hmacSha256: m.transcriptHmacSha256, key: digestKey.key }
  ]
  if (m.sourceTranscriptHmacSha256 !== undefined && m.sourceTranscriptSizeRounded !== undefined) {
    prefixes.push({
      roundedSize: m.sourceTranscriptSizeRounded,
      hmacSha256: m.sourceTranscriptHmacSha256,
      key: digestKey.key
    })
  }
  return { prefixes }
}
