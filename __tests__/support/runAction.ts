import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

// The runner protocol lives with the emulator's simulated runner, which the demo uses too.
export { parseFileCommand, runAction, type ActionRun } from '../../emulator/runnerProtocol.js'
