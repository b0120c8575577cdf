export { claudeConfigDir } from './configDir.js'
export { projectDirName, projectDirFor, physicalPath } from './projectDir.js'
export { isSessionId, newSessionId } from './sessionId.js'
export {
  readTranscriptInfo,
  readTranscriptTail,
  relocatedRecord,
  type TranscriptInfo,
  type TranscriptTail
} from './transcript.js'
export { discoverSession, listLocalSessions, type LocalSession } from './discover.js'
export { readAddedRecords, type AddedRecords } from './addedRecords.js'
export { MEMORY_MEMBER, memoryDirFor, memoryFiles } from './memory.js'
