/**
 * `claude-session … | head`: the reader closes the pipe early. The bundled CLI must end normally,
 * without an "Unhandled 'error' event" stack trace for EPIPE.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { bundledEntry } from '../support/freshBundle.js'

describe('a closed stdout', () => {
  it('is not an error', async () => {
    const child = spawn(process.execPath, [bundledEntry('cli'), '--help'], {
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(stderr).not.toMatch(/EPIPE|Unhandled/)
    expect(code).toBe(0)
  })
})
