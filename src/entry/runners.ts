/**
 * The one bundle behind every entry point (dist/runners/): each face is loaded only when it runs,
 * so the restore action does not parse the CLI and the CLI does not parse the actions, while
 * everything they share ships once. scripts/bundle.mjs writes the two-line entry files of
 * dist/<entry>/index.js that call these.
 */
export const cli = async (): Promise<number> => (await import('../cli/main.js')).main()
export const restore = async (): Promise<void> => (await import('../actions/restore.js')).run()
export const save = async (): Promise<void> => (await import('../actions/save.js')).run()
export const prepareClaude = async (): Promise<void> =>
  (await import('../actions/prepareClaude.js')).run()
export const publishEdits = async (): Promise<void> =>
  (await import('../actions/publishEdits.js')).run()
export const findBranch = async (): Promise<void> =>
  (await import('../actions/findBranch.js')).run()
export const claudeCode = async (): Promise<void> =>
  (await import('../actions/claudeCode.js')).run()
export const cleanup = async (): Promise<void> => (await import('../actions/cleanup.js')).run()
