import * as exec from '@actions/exec'
import * as tc from '@actions/tool-cache'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { extract } from 'tar'
import { IntegrityError, RemoteError } from '../errors.js'
import type { Logger } from '../log.js'
import { resolveClaudeCode, type ClaudeCodePackage } from './registry.js'

/** The tool-cache name: `$RUNNER_TOOL_CACHE/claude-code/<version>/<arch>`. */
const TOOL = 'claude-code'

export interface InstalledClaudeCode {
  /** The executable to hand claude-code-action as `path_to_claude_code_executable`. */
  path: string
  version: string
  /** True when the runner's tool cache already held it: nothing was downloaded. */
  cached: boolean
}

/**
 * Installs one exact version of Claude Code from the npm registry into the runner's tool cache
 * (`@actions/tool-cache`, kept by version, so a runner that keeps its tool cache downloads it once),
 * or finds it there. The tarball is checked against the registry's integrity, unpacked with
 * node-tar (no `tar` process), and the executable must report `version` for `--version` before it
 * is cached and again when it is found.
 */
export async function installClaudeCode(
  version: string,
  options: { registry: string; tempDir: string; log: Logger }
): Promise<InstalledClaudeCode> {
  const found = tc.find(TOOL, version)
  if (found) {
    // What the cache holds is the one file we put there, named by its own marker.
    const path = join(found, (await cachedExecutable(found)) ?? '')
    await checkVersion(path, version)
    options.log.info(`Claude Code ${version} found in the tool cache: ${path}`)
    return { path, version, cached: true }
  }
  const pkg = await resolveClaudeCode(version, { registry: options.registry })
  options.log.info(`Installing Claude Code ${version} from ${pkg.tarball}`)
  const work = await mkdtemp(join(options.tempDir, 'claude-code-'))
  try {
    const tarball = await tc.downloadTool(pkg.tarball, join(work, 'package.tgz')).catch((e) => {
      throw new RemoteError(`Could not download ${pkg.tarball}: ${(e as Error).message}`, {
        cause: e
      })
    })
    await checkIntegrity(tarball, pkg)
    const unpacked = join(work, 'package')
    await unpack(tarball, unpacked)
    const executable = join(unpacked, pkg.executable)
    await stat(executable).catch(() => {
      throw new IntegrityError(`${pkg.name}@${pkg.version} holds no ${pkg.executable}.`)
    })
    if (!pkg.javascript) await chmod(executable, 0o755)
    await checkVersion(executable, version)
    const cached = await tc.cacheDir(unpacked, TOOL, version)
    return { path: join(cached, pkg.executable), version, cached: false }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The executable in a cached folder: the native `claude`/`claude.exe`, else the JavaScript bin. */
async function cachedExecutable(folder: string): Promise<string | undefined> {
  for (const name of ['claude', 'claude.exe', 'cli.js']) {
    if (
      await stat(join(folder, name)).then(
        (s) => s.isFile(),
        () => false
      )
    )
      return name
  }
  return undefined
}

async function checkIntegrity(file: string, pkg: ClaudeCodePackage): Promise<void> {
  const [algorithm, expected] = pkg.integrity.split(/-(.*)/s) as [string, string]
  const hash = createHash(algorithm)
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  if (hash.digest('base64') !== expected)
    throw new IntegrityError(
      `The download of ${pkg.name}@${pkg.version} does not match the registry's ${algorithm} digest: nothing was installed.`
    )
}

/** The tarball's `package/` folder, regular files and folders only (npm tarballs hold nothing else). */
async function unpack(tarball: string, into: string): Promise<void> {
  await mkdir(into, { recursive: true })
  await extract({
    file: tarball,
    cwd: into,
    strip: 1,
    filter: (_path, entry) => 'type' in entry && ['File', 'Directory'].includes(entry.type)
  })
}

/**
 * Runs `<executable> --version` (through node for a JavaScript entry) and requires `version` in
 * what it prints (Claude Code prints `2.1.332 (Claude Code)`).
 */
async function checkVersion(executable: string, version: string): Promise<void> {
  const javascript = /\.(c|m)?js$/.test(executable)
  const result = await exec
    .getExecOutput(
      javascript ? process.execPath : executable,
      [...(javascript ? [executable] : []), '--version'],
      {
        silent: true,
        ignoreReturnCode: true,
        env: { ...process.env, DISABLE_AUTOUPDATER: '1' } as Record<string, string>
      }
    )
    .catch((e: unknown) => ({ exitCode: -1, stdout: '', stderr: (e as Error).message }))
  const reported = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/.exec(result.stdout)?.[0]
  if (result.exitCode !== 0 || reported !== version)
    throw new IntegrityError(
      `${executable} --version printed ${JSON.stringify((result.stdout || result.stderr).trim().slice(0, 200))}, not Claude Code ${version}.`
    )
}
