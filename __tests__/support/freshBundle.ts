// The stale-bundle guard lives with the emulator's runner protocol, which runs dist/ too.
export { bundledEntry } from '../../emulator/freshBundle.js'
