import { describe, expect, it } from '@jest/globals'
import { RunDisplay } from '../../src/cli/commands/runDisplay.js'
import type { Io } from '../../src/cli/io.js'
import type { RunProgress } from '../../src/runs/workflowRun.js'

function io(interactive: boolean): Io & { text: { out: string; err: string } } {
  const text = { out: '', err: '' }
  return {
    text,
    out: (t) => void (text.out += t),
    err: (t) => void (text.err += t),
    interactive,
    color: false,
    quiet: false
  }
}

const run = {
  id: 7,
  status: 'in_progress',
  conclusion: null,
  htmlUrl: 'https://x/runs/7',
  headBranch: 'main',
  headSha: 'a',
  createdAt: '2026-01-01T00:00:00Z'
}
const look = (changed: boolean, step: string, elapsedSeconds: number): RunProgress => ({
  run,
  step,
  elapsedSeconds,
  changed
})

describe('following a run', () => {
  it('on a terminal rewrites one live line with status, step and elapsed time', () => {
    const terminal = io(true)
    const display = new RunDisplay(terminal, false)
    display.progress(look(true, 'continue › Run Claude', 5))
    display.progress(look(false, 'continue › Run Claude', 75))
    display.note('done')
    expect(terminal.text.err).toBe(
      '\r\u001b[2K… in_progress · continue › Run Claude · 5s' +
        '\r\u001b[2K… in_progress · continue › Run Claude · 1m15s\ndone\n'
    )
  })

  it('without a terminal prints one line per change, and --json one object per change', () => {
    const pipe = io(false)
    const display = new RunDisplay(pipe, false)
    display.progress(look(true, 'a › b', 1))
    display.progress(look(false, 'a › b', 2))
    display.progress(look(true, 'a › c', 3))
    expect(pipe.text.err).toBe('in_progress · a › b · 1s\nin_progress · a › c · 3s\n')
    const json = io(false)
    const events = new RunDisplay(json, true)
    events.progress(look(true, 'a › b', 1))
    events.progress(look(false, 'a › b', 2))
    events.note('not for scripts')
    expect(json.text.err).toBe('')
    expect(
      json.text.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown)
    ).toEqual([
      {
        event: 'progress',
        runId: 7,
        status: 'in_progress',
        conclusion: null,
        step: 'a › b',
        elapsedSeconds: 1
      }
    ])
  })
})
