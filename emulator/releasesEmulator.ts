/**
 * An emulator of GitHub's Releases API for tests, the demo and the benchmark: real HTTP on
 * 127.0.0.1 with three origins (API, uploads, signed storage), behaving as docs/facts.md#releases-api records —
 * drafts visible only with push access, the tags endpoint blind to drafts, GraphQL
 * `release(tagName:)` and the `releases` connection (at most 100 a page), Link pagination capped
 * at 1000 releases, a release body of at most 125,000 characters, upload_url with a required
 * Content-Length, 422 already_exists, 302 downloads to a storage origin that rejects
 * Authorization — plus fault injection. Octokit talks to it unmodified, and every API request is
 * held to GitHub's published description of its API (`emulator/description.ts`).
 *
 * The parts: `emulator/model.ts` (repositories, releases, assets, tokens), `emulator/routes.ts`
 * (the route table), `emulator/servers.ts` (the three origins), `emulator/faults.ts`.
 */
import { Faults, type Fault } from './faults.js'
import { World, type EmulatedRelease, type SeedRelease, type Server } from './model.js'
import { releaseRoutes, type Route } from './routes.js'
import { startServers, type RequestRecord, type Violation } from './servers.js'

export type { Fault } from './faults.js'
export type { Server } from './model.js'
export { repoRoute, type Answer, type Route, type RouteCall } from './routes.js'
export type { RequestRecord } from './servers.js'

export interface EmulatorOptions {
  /** More routes for the API origin, tried before the Releases routes (e.g. workflow runs). */
  routes?: Route[]
}

export interface Emulator {
  apiUrl: string
  graphqlUrl: string
  uploadsUrl: string
  storageUrl: string
  tokens: { write: string; read: string }
  /**
   * github.com (the default) or GitHub Enterprise Server: every request is held to that server's
   * REST description, and the Actions routes answer as that server does (workflowsEmulator.ts).
   */
  server: Server
  /** Accept one more token with this access. */
  addToken(token: string, access: 'write' | 'read'): void
  addRepo(fullName: string, opts?: { branches?: string[] }): void
  /** A branch created after the repository (the branch-exists check of prune sees it). */
  addBranch(fullName: string, branch: string): void
  /** A pull request from `head` into `base` (GET /pulls/{number} answers it). */
  addPullRequest(fullName: string, pr: { number: number; head: string; base: string }): void
  seedRelease(fullName: string, r: SeedRelease): EmulatedRelease
  seedManyReleases(
    fullName: string,
    count: number,
    opts?: { draft?: boolean; tagPrefix?: string; assets?: number }
  ): void
  releases(fullName: string): EmulatedRelease[]
  assetData(fullName: string, assetName: string, tag?: string): Buffer | undefined
  inject(fault: Fault): void
  clearFaults(): void
  requests: RequestRecord[]
  resetRequests(): void
  /** Requests GitHub's description would refuse (answered 404/422 here too), oldest first. */
  violations: Violation[]
  close(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const world = new World()
  const faults = new Faults()
  const journal = { requests: [] as RequestRecord[], violations: [] as Violation[] }
  const servers = await startServers(
    world,
    faults,
    [...(options.routes ?? []), ...releaseRoutes],
    journal
  )
  const { urls } = servers
  return {
    apiUrl: urls.api,
    graphqlUrl: `${urls.api}/graphql`,
    uploadsUrl: urls.uploads,
    storageUrl: urls.storage,
    tokens: world.tokens,
    get server() {
      return world.server
    },
    set server(value: Server) {
      world.server = value
    },
    addToken: (token, access) => void world.extraTokens.set(token, access),
    addRepo: (fullName, opts = {}) => world.addRepo(fullName, opts.branches),
    addBranch: (fullName, branch) => void world.repoOrThrow(fullName).branches.add(branch),
    addPullRequest: (fullName, pr) => void world.repoOrThrow(fullName).pulls.push(pr),
    seedRelease: (fullName, r) => world.seedRelease(fullName, r),
    seedManyReleases: (fullName, count, opts) => world.seedManyReleases(fullName, count, opts),
    releases: (fullName) => world.repoOrThrow(fullName).releases,
    assetData: (fullName, assetName, tag) => world.assetData(fullName, assetName, tag),
    inject: (fault) => faults.inject(fault),
    clearFaults: () => faults.clear(),
    get requests() {
      return journal.requests
    },
    resetRequests: () => void (journal.requests = []),
    get violations() {
      return journal.violations
    },
    close: () => servers.close()
  }
}
