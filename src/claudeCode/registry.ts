import { HttpClient } from '@actions/http-client'
import { RemoteError } from '../errors.js'

/** Claude Code's npm package, and the prefix of its per-platform packages. */
const CLAUDE_CODE_PACKAGE = '@anthropic-ai/claude-code'

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'

/** The npm registry to install from: npm's own setting when the job sets it (`npm_config_registry`). */
export function registryUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_config_registry || env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY
}

/** One version of a package, as the registry's abbreviated metadata gives it. */
interface VersionManifest {
  name: string
  version: string
  bin?: string | Record<string, string>
  optionalDependencies?: Record<string, string>
  os?: string[]
  cpu?: string[]
  dist: { tarball: string; integrity?: string; shasum?: string }
}

interface Packument {
  versions?: Record<string, VersionManifest>
}

/** What to download for one version of Claude Code on this machine, and what to run in it. */
export interface ClaudeCodePackage {
  name: string
  version: string
  tarball: string
  /** `sha512-<base64>` (Subresource Integrity), else `sha1-<base64>` from the shasum. */
  integrity: string
  /** The executable inside the unpacked package folder (the tarball's `package/` stripped). */
  executable: string
  /** A JavaScript entry (Claude Code before 2.1.113) that node runs, rather than a native binary. */
  javascript: boolean
}

/**
 * The platform package key, as @anthropic-ai/claude-code's own postinstall (install.cjs, `PLATFORMS`
 * and `getPlatformKey`, 2.1.332) picks it: `<platform>-<arch>`, with `-musl` on a Linux whose
 * Node reports no glibc.
 */
export function platformKey(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
  musl: boolean = isMusl(platform)
): string {
  return `${platform}-${arch}${platform === 'linux' && musl ? '-musl' : ''}`
}

function isMusl(platform: NodeJS.Platform): boolean {
  if (platform !== 'linux') return false
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } }
  return report?.header?.glibcVersionRuntime === undefined
}

/**
 * Finds what to install for `version` on the machine `key` names. Since 2.1.113 the package ships
 * its native binary in a per-platform optional dependency `@anthropic-ai/claude-code-<key>`
 * (docs/facts.md#installing-claude-code-from-the-npm-registry), whose tarball holds `claude` (`claude.exe` on Windows); the main package holds
 * only a stub. Earlier versions hold a JavaScript `cli.js` in the main package itself.
 */
export async function resolveClaudeCode(
  version: string,
  options: { registry: string; key?: string }
): Promise<ClaudeCodePackage> {
  const key = options.key ?? platformKey()
  const main = await manifest(options.registry, CLAUDE_CODE_PACKAGE, version)
  const platformPackage = `${CLAUDE_CODE_PACKAGE}-${key}`
  const optional = main.optionalDependencies ?? {}
  if (optional[platformPackage] !== undefined) {
    const native = await manifest(options.registry, platformPackage, optional[platformPackage])
    return {
      ...download(native),
      executable: key.startsWith('win32') ? 'claude.exe' : 'claude',
      javascript: false
    }
  }
  if (Object.keys(optional).some((name) => name.startsWith(`${CLAUDE_CODE_PACKAGE}-`)))
    throw new RemoteError(
      `Claude Code ${version} has no build for this machine (${key}): it ships ${Object.keys(optional).join(', ')}.`
    )
  const bin = typeof main.bin === 'string' ? main.bin : main.bin?.claude
  if (!bin || !/\.(c|m)?js$/.test(bin))
    throw new RemoteError(
      `Claude Code ${version} in ${options.registry} names no executable this installer knows (bin: ${JSON.stringify(main.bin)}).`
    )
  return { ...download(main), executable: bin.replace(/^\.\//, ''), javascript: true }
}

function download(m: VersionManifest): Omit<ClaudeCodePackage, 'executable' | 'javascript'> {
  const integrity =
    m.dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-')) ??
    (m.dist.shasum ? `sha1-${Buffer.from(m.dist.shasum, 'hex').toString('base64')}` : undefined)
  if (!integrity)
    throw new RemoteError(`${m.name}@${m.version} has no integrity or shasum in the registry.`)
  return { name: m.name, version: m.version, tarball: m.dist.tarball, integrity }
}

/**
 * One version's manifest from the package's abbreviated metadata, the document npm itself reads
 * to install (`Accept: application/vnd.npm.install-v1+json`,
 * https://github.com/npm/registry/blob/main/docs/responses/package-metadata.md).
 */
async function manifest(registry: string, name: string, version: string): Promise<VersionManifest> {
  const url = new URL(name.replace('/', '%2f'), registry.endsWith('/') ? registry : `${registry}/`)
  const http = new HttpClient('claude-session', [], { allowRetries: true, maxRetries: 2 })
  let packument: Packument | null
  try {
    const response = await http.getJson<Packument>(url.href, {
      accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8'
    })
    packument = response.result
  } catch (error) {
    throw new RemoteError(
      `Could not read ${name} from the npm registry ${registry}: ${(error as Error).message}`,
      { cause: error }
    )
  }
  const found = packument?.versions?.[version]
  if (!found)
    throw new RemoteError(`${name} has no version ${version} in the npm registry ${registry}.`)
  return found
}
