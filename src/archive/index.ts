export { fileStartsWith, hashFile } from './digest.js'
export { storedPrefixes, transcriptDigestFields } from './transcriptDigests.js'
export { packSession, completeLinesLength } from './pack.js'
export {
  buildMetadata,
  parseMetadata,
  serializeMetadata,
  type SessionMetadata
} from './metadata.js'
export {
  decryptFile,
  encryptFile,
  checkKey,
  parseKeyMaterial,
  type EncryptionKey
} from './encryption.js'
export {
  isUnreadableFile,
  REDACTION_MARK,
  redactFile,
  scanFile,
  type SecretFinding
} from './secretScan.js'
export { scanText } from './textScan.js'
export {
  redactSession,
  scanSession,
  snapshotFolder,
  type SessionFiles,
  type SessionScan
} from './sessionScan.js'
