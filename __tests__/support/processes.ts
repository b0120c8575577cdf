// The emulator's runner starts processes the same way: one helper, kept in emulator/.
export { runProcess, type ProcessResult } from '../../emulator/processes.js'
