export {
  fileStartsWith,
  hashFile,
  HashingStream,
  keyedDigest,
  SIZE_GRANULE,
  type ByteDigest,
  type KeyedByteDigest
} from './digest.js'
export { storedPrefixes, transcriptDigestFields } from './transcriptDigests.js'
export { DEFAULT_LIMITS, type ArchiveLimits } from './limits.js'
export { packSession, completeLinesLength, type PackInput, type PackResult } from './pack.js'
export { unpackSession, type UnpackInput, type UnpackResult } from './unpack.js'
export {
  buildMetadata,
  FORMAT_VERSION,
  isLegacyMetadata,
  parseMetadata,
  serializeMetadata,
  type SessionMetadata
} from './metadata.js'
export {
  decryptFile,
  encryptFile,
  isAgeFile,
  checkKey,
  digestKeyFor,
  parseKeyMaterial,
  type DigestKey,
  type EncryptionKey
} from './encryption.js'
export {
  isBinaryFile,
  REDACTION_MARK,
  redactFile,
  scanFile,
  type ScanOptions,
  type SecretFinding
} from './secretScan.js'
export { scanText, type TextScan } from './textScan.js'
export {
  redactSession,
  scanSession,
  snapshotFolder,
  type SessionFiles,
  type SessionScan
} from './sessionScan.js'
