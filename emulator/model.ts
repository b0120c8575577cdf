/**
 * The emulator's data: repositories, their releases and assets, the tokens it accepts and the
 * signed download grants it has handed out. No HTTP here: the routes read and change this.
 */
import { randomBytes } from 'node:crypto'

export type Access = 'write' | 'read'

export interface EmulatedAsset {
  id: number
  name: string
  label: string | null
  state: 'uploaded' | 'starter'
  content_type: string
  size: number
  data: Buffer
  created_at: string
  updated_at: string
}

export interface EmulatedRelease {
  id: number
  tag_name: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  target_commitish: string | undefined
  created_at: string
  assets: EmulatedAsset[]
}

/** A pull request, as far as the emulator knows one: its number and its head and base branches. */
interface EmulatedPullRequest {
  number: number
  head: string
  base: string
}

export interface Repo {
  fullName: string
  /** The first branch it was made with (GitHub's `default_branch`): `main` unless a test says otherwise. */
  defaultBranch: string
  branches: Set<string>
  releases: EmulatedRelease[]
  pulls: EmulatedPullRequest[]
}

interface SeedAsset {
  name: string
  data: Buffer | string
  state?: 'uploaded' | 'starter'
  content_type?: string
}

export interface SeedRelease {
  tag_name: string
  draft?: boolean
  name?: string
  body?: string
  assets?: SeedAsset[]
}

// Recognisable as a test token by secret scanners and by eye.
const SECRET_PREFIX = 'ghs_emulator'

export const now = (): string => new Date().toISOString()

/** GitHub rewrites characters outside [A-Za-z0-9._-] and strips leading dots (docs/facts.md#uploads). */
export const cleanName = (name: string): string =>
  name.replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+/, '')

/** Drafts are visible only to callers with push access (docs/facts.md#draft-visibility). */
export const visible = (access: Access, r: EmulatedRelease): boolean =>
  access === 'write' || !r.draft

/**
 * Which GitHub the emulator stands for: github.com, or GitHub Enterprise Server, whose REST
 * description (3.17–3.19 in `@octokit/openapi`) lacks some of github.com's parameters.
 */
export type Server = 'github.com' | 'ghes'

export class World {
  readonly repos = new Map<string, Repo>()
  /** Chosen per test; requests are held to this server's description (servers.ts). */
  server: Server = 'github.com'
  readonly tokens = {
    write: `${SECRET_PREFIX}_write_${randomBytes(12).toString('hex')}`,
    read: `${SECRET_PREFIX}_read_${randomBytes(12).toString('hex')}`
  }
  /** Signed download URLs handed out by 302s: key → asset, until expiry (~5 minutes, docs/facts.md#downloads). */
  readonly signed = new Map<string, { asset: EmulatedAsset; expires: number }>()
  /** More tokens a test names, e.g. one that may write releases but not start workflows. */
  readonly extraTokens = new Map<string, Access>()
  private lastId = 999

  nextId(): number {
    return ++this.lastId
  }

  /** The access an `Authorization: token …` / `bearer …` header grants, if any. */
  accessOf(authorization: string | undefined): Access | undefined {
    const token = (authorization ?? '').replace(/^(token|bearer)\s+/i, '')
    if (token === this.tokens.write) return 'write'
    if (token === this.tokens.read) return 'read'
    return this.extraTokens.get(token)
  }

  /** Repository names are case-insensitive on GitHub. */
  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  repoOrThrow(fullName: string): Repo {
    const repo = this.repos.get(fullName.toLowerCase())
    if (!repo) throw new Error(`emulator: unknown repository ${fullName}; call addRepo first`)
    return repo
  }

  addRepo(fullName: string, branches: string[] = ['main']): void {
    if (!this.repos.has(fullName.toLowerCase()))
      this.repos.set(fullName.toLowerCase(), {
        fullName,
        defaultBranch: branches[0] ?? 'main',
        branches: new Set(branches),
        releases: [],
        pulls: []
      })
  }

  newRelease(fields: Partial<EmulatedRelease> & { tag_name: string }): EmulatedRelease {
    return {
      id: this.nextId(),
      name: '',
      body: '',
      draft: false,
      prerelease: false,
      target_commitish: undefined,
      created_at: now(),
      assets: [],
      ...fields
    }
  }

  newAsset(
    name: string,
    data: Buffer,
    contentType: string,
    state: 'uploaded' | 'starter'
  ): EmulatedAsset {
    return {
      id: this.nextId(),
      name,
      label: null,
      state,
      content_type: contentType,
      size: state === 'starter' ? 0 : data.length,
      data: state === 'starter' ? Buffer.alloc(0) : data,
      created_at: now(),
      updated_at: now()
    }
  }

  seedRelease(fullName: string, r: SeedRelease): EmulatedRelease {
    const release = this.newRelease({
      tag_name: r.tag_name,
      name: r.name ?? r.tag_name,
      body: r.body ?? '',
      draft: r.draft ?? false,
      assets: (r.assets ?? []).map((a) =>
        this.newAsset(
          a.name,
          Buffer.isBuffer(a.data) ? a.data : Buffer.from(a.data),
          a.content_type ?? 'application/octet-stream',
          a.state ?? 'uploaded'
        )
      )
    })
    this.repoOrThrow(fullName).releases.push(release)
    return release
  }

  /**
   * `count` releases, each with `assets` small assets (a busy project's nightly builds: every one
   * of them embedded in each REST listing page, docs/facts.md).
   */
  seedManyReleases(
    fullName: string,
    count: number,
    opts: { draft?: boolean; tagPrefix?: string; assets?: number } = {}
  ): void {
    const repo = this.repoOrThrow(fullName)
    for (let i = 0; i < count; i++) {
      const tag = `${opts.tagPrefix ?? 'v'}${i}`
      repo.releases.push(
        this.newRelease({
          tag_name: tag,
          name: `Release ${i}`,
          draft: opts.draft ?? false,
          assets: Array.from({ length: opts.assets ?? 0 }, (_, n) =>
            this.newAsset(
              `build-${tag}-${n}.zip`,
              Buffer.from(`${tag}/${n}`),
              'application/zip',
              'uploaded'
            )
          )
        })
      )
    }
  }

  assetData(fullName: string, assetName: string, tag?: string): Buffer | undefined {
    return this.repoOrThrow(fullName)
      .releases.filter((r) => tag === undefined || r.tag_name === tag)
      .flatMap((r) => r.assets)
      .find((a) => a.name === assetName)?.data
  }
}
