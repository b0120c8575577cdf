/**
 * The emulator's simulated runner (emulator/simulatedRunner.ts) on test machines, with a choice of
 * how its restore and save steps run.
 */
import { makeMachine } from './claudeHome.js'
import type { Emulator } from '../../emulator/releasesEmulator.js'
import { emulatorContext } from './syncHarness.js'
import { restoreSession } from '../../src/restore/restore.js'
import { saveSession } from '../../src/save/save.js'
import type { Runner, WorkflowsEmulator } from '../../emulator/workflowsEmulator.js'
import {
  bundledSteps,
  simulatedRunner,
  type RunnerScript,
  type StepsFor
} from '../../emulator/simulatedRunner.js'

export { appendTurn, type RunnerScript } from '../../emulator/simulatedRunner.js'

/**
 * How the run's restore and save steps run: `bundled`, the real bundled actions as the workflow
 * runs them; `in-process`, the restore and save use cases those actions call, for tests about
 * what the laptop's command does with a run rather than about the actions
 * (actions/roundTrip.test.ts runs those bundled).
 */
export type RunnerFaces = 'bundled' | 'in-process'

export function actionRunner(
  emu: Emulator,
  workflows: WorkflowsEmulator,
  repo: string,
  script: RunnerScript = {},
  faces: RunnerFaces = 'bundled'
): Runner {
  return simulatedRunner(workflows, repo, {
    newMachine: () => makeMachine('runner'),
    steps: faces === 'bundled' ? bundledSteps(emu, repo) : inProcessSteps(emu, repo),
    script
  })
}

function inProcessSteps(emu: Emulator, repo: string): StepsFor {
  return async (machine, branch, run) => {
    const ctx = await emulatorContext(emu, repo)
    const where = { branch, cwd: machine.cwd, configDir: machine.configDir, env: {} }
    return {
      // As the restore action does on a runner: the stored copy wins over any local one.
      restore: async () =>
        (
          await restoreSession(ctx, {
            ...where,
            sessionId: String(run.inputs['session-id'] ?? '') || undefined,
            onLocalConflict: 'force'
          })
        ).sessionId,
      async save(sessionId) {
        // The save action finds no session when the restore step failed, warns and succeeds.
        if (sessionId === undefined) return
        await saveSession(ctx, {
          ...where,
          sessionId,
          savedBy: 'ci',
          commit: run.headSha,
          extraSecrets: [emu.tokens.write]
        })
      }
    }
  }
}
