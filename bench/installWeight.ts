/**
 * Install weight as a user meets it: the size of `npm pack`, then `npm install -g` of that tarball
 * into a temporary prefix (offline: the package must not pull anything), counting the packages npm
 * added and any EBADENGINE warning it printed. npm runs on the bench's Node (node24), as the
 * package's `engines` may exclude an older machine Node.
 */
import { spawnSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { root } from './processes.js'

export interface InstallWeight {
  packBytes?: number
  packFiles?: number
  unpackedBytes?: number
  installedPackages?: number
  /** Packages npm warned about with EBADENGINE (engines not met by the Node npm ran on). */
  ebadengine: string[]
  ms: number
  error?: string
}

/** npm's own CLI script, run with `node`, so the Node under test is the one npm runs on. */
function npmCli(): string {
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim()
  if (!which) throw new Error('npm not found on PATH')
  return join(dirname(realpathSync(which)), 'npm-cli.js')
}

export async function installWeight(node: string): Promise<InstallWeight> {
  const t0 = performance.now()
  const work = await mkdtemp(join(tmpdir(), 'claude-session-bench-install-'))
  const result: InstallWeight = { ebadengine: [], ms: 0 }
  try {
    const npm = (args: string[], cwd: string) =>
      spawnSync(node, [npmCli(), ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, npm_config_update_notifier: 'false' }
      })
    // --ignore-scripts: dist/ is already bundled; a prepack build would only slow the bench.
    const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root)
    if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr.trim()}`)
    const [packed] = JSON.parse(pack.stdout) as Array<{
      filename: string
      size: number
      unpackedSize: number
      entryCount: number
    }>
    result.packBytes = packed!.size
    result.unpackedBytes = packed!.unpackedSize
    result.packFiles = packed!.entryCount
    const prefix = join(work, 'prefix')
    const install = npm(
      [
        'install',
        '-g',
        '--prefix',
        prefix,
        '--offline',
        '--no-audit',
        '--no-fund',
        join(work, packed!.filename)
      ],
      work
    )
    const output = install.stdout + install.stderr
    // npm prints one warning over several lines; its `package:` line names the package.
    result.ebadengine = [...output.matchAll(/EBADENGINE\s+package: '([^']+)'/g)].map((m) => m[1]!)
    if (result.ebadengine.length === 0 && output.includes('EBADENGINE'))
      result.ebadengine = ['(unparsed EBADENGINE warning)']
    if (install.status !== 0)
      throw new Error(`npm install -g failed (offline): ${install.stderr.trim()}`)
    const added = /added (\d+) packages?/.exec(output)
    result.installedPackages = added ? Number(added[1]) : undefined
  } catch (e) {
    result.error = e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ') : String(e)
  } finally {
    await rm(work, { recursive: true, force: true })
    result.ms = performance.now() - t0
  }
  return result
}
