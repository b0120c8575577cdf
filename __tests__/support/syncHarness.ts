import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extract } from 'tar'
import type { Logger } from '../../src/log.js'
import { openStore, type RetryOptions } from '../../src/store/index.js'
import type { RestoreRequest } from '../../src/restore/restore.js'
import type { SaveRequest } from '../../src/save/save.js'
import type { SyncContext } from '../../src/shared/context.js'
import { removeLater, scratchDir, type Machine } from './claudeHome.js'
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions
} from '../../emulator/releasesEmulator.js'

export interface RecordingLogger extends Logger {
  lines: string[]
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = []
  return {
    lines,
    debug: (m) => void lines.push(`debug: ${m}`),
    info: (m) => void lines.push(`info: ${m}`),
    warning: (m) => void lines.push(`warning: ${m}`)
  }
}

/** Retries as in production, with waits short enough for tests (every store a test opens uses these). */
export const TEST_RETRY: RetryOptions = {
  retries: 3,
  minDelayMs: 5,
  maxWaitMs: 2000
}

export type EmulatorContext = SyncContext & { log: RecordingLogger }

/** A sync context on the emulator with the real Octokit, and retry waits short enough for tests. */
function contextOn(emu: Emulator, repository: string, token: string): EmulatorContext {
  const log = recordingLogger()
  return {
    store: openStore({
      token,
      repository,
      apiUrl: emu.apiUrl,
      graphqlUrl: emu.graphqlUrl,
      log,
      retry: TEST_RETRY
    }),
    repository,
    log,
    tempDir: removeLater(mkdtempSync(join(tmpdir(), 'claude-session-sync-')))
  }
}

export async function emulatorContext(
  emu: Emulator,
  repository: string,
  token = emu.tokens.write
): Promise<EmulatorContext> {
  return contextOn(emu, repository, token)
}

/**
 * An object that stands for the one `get` returns once it can: lets a test file name the emulator
 * and its contexts at the top while jest starts them only in `beforeAll`.
 */
function lateBound<T extends object>(what: string, get: () => T | undefined): T {
  const target = (): T => {
    const value = get()
    if (value === undefined)
      throw new Error(`${what} exists from beforeAll on: use it inside a test or a hook`)
    return value
  }
  return new Proxy({} as T, {
    get: (_, key) => {
      const t = target()
      const value: unknown = Reflect.get(t, key, t)
      return typeof value === 'function' ? value.bind(t) : value
    },
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key)
      return descriptor && { ...descriptor, configurable: true }
    }
  })
}

export interface EmulatorUse {
  /** The emulator of this test file, running from beforeAll to afterAll. */
  emu: Emulator
  /** A sync context on `repository` (added to the emulator when new), made on first use. */
  context(repository: string, access?: 'write' | 'read'): EmulatorContext
}

/**
 * Starts one emulator for the test file (jest `beforeAll`/`afterAll`) and fails any test during
 * which a request broke GitHub's description of its API. `repos` maps a repository to its branches.
 */
export function useEmulator(
  options: EmulatorOptions & { repos?: Record<string, string[]> } = {}
): EmulatorUse {
  let running: Emulator | undefined
  beforeAll(async () => {
    running = await startEmulator(options)
    for (const [repo, branches] of Object.entries(options.repos ?? {}))
      running.addRepo(repo, { branches })
  })
  afterAll(async () => running?.close())
  afterEach(() => {
    // A test that sends a refused request on purpose takes its violations away itself.
    expect(running?.violations.splice(0) ?? []).toEqual([])
  })
  const emu = lateBound('the emulator', () => running)
  return {
    emu,
    context: (repository, access = 'write') => {
      let made: EmulatorContext | undefined
      return lateBound(`the context of ${repository}`, () => {
        if (!made && running) {
          running.addRepo(repository)
          made = contextOn(running, repository, running.tokens[access])
        }
        return made
      })
    }
  }
}

const nothing = (): void => undefined
/** For Octokits a test makes itself: its request log would print every refused request on stderr. */
export const silentOctokitLog = { debug: nothing, info: nothing, warn: nothing, error: nothing }

/** What a save from machine `m` of `branch` asks for: that machine's folders, and `fields`. */
export function saveRequest(
  m: Machine,
  branch: string,
  fields: Omit<SaveRequest, 'branch' | 'cwd' | 'configDir'>
): SaveRequest {
  return { branch, cwd: m.cwd, configDir: m.configDir, ...fields }
}

/** What a restore onto machine `m` of `branch` asks for: that machine's folders, and `fields`. */
export function restoreRequest(
  m: Machine,
  branch: string,
  fields: Omit<RestoreRequest, 'branch' | 'cwd' | 'configDir'> = {}
): RestoreRequest {
  return { branch, cwd: m.cwd, configDir: m.configDir, ...fields }
}

/** The session's archive as uploaded to the branch's draft, unpacked into a scratch folder. */
export async function unpackedUpload(
  emu: Emulator,
  repository: string,
  branch: string,
  sessionId: string
): Promise<string> {
  const archive = emu.assetData(
    repository,
    `claude-session-${sessionId}.tar.gz`,
    `claude-sessions-${branch}`
  )!
  const dir = await scratchDir('uploaded')
  await writeFile(join(dir, 'a.tar.gz'), archive)
  await extract({ file: join(dir, 'a.tar.gz'), cwd: dir })
  return dir
}
