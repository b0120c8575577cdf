import { Octokit } from '@octokit/rest'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'
import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConflictError, RemoteError, UsageError } from '../errors.js'
import { silentLogger, type Logger, type ProgressCallback } from '../log.js'
import { TOOL_VERSION } from '../version.js'
import { createClient, DEFAULT_RETRY, graphqlUrlFor, type GitHubClient } from './client.js'
import { isAlreadyExists, statusOf, toStoreError } from './errors.js'
import type { Asset, Release, RetryOptions, StoreOptions } from './types.js'

/** GitHub lists at most this many releases; later pages answer 422 (docs/facts.md). */
const LISTING_CAP_PAGES = 10

const RELEASE_BY_TAG = `query($owner: String!, $name: String!, $tag: String!) {
  repository(owner: $owner, name: $name) { release(tagName: $tag) { databaseId isDraft } }
}`

export function openStore(options: StoreOptions): ReleaseStore {
  const [owner, repo, ...rest] = options.repository.split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(`The repository must be OWNER/NAME, got "${options.repository}".`)
  }
  const apiUrl = (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(
    /\/+$/,
    ''
  )
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry }
  const log = options.log ?? silentLogger
  return new ReleaseStore({
    client: createClient({ token: options.token, apiUrl, log, retry }),
    // Streamed bodies cannot be replayed by plugin-retry (docs/facts.md): transfers use a plain client and
    // retry themselves, reopening the file on every attempt.
    raw: new Octokit({
      auth: options.token,
      baseUrl: apiUrl,
      userAgent: `claude-session/${TOOL_VERSION}`
    }),
    owner,
    repo,
    graphqlUrl: options.graphqlUrl || process.env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl),
    log,
    retry
  })
}

interface StoreDeps {
  client: GitHubClient
  raw: Octokit
  owner: string
  repo: string
  graphqlUrl: string
  log: Logger
  retry: RetryOptions
}

/** The Releases API, and nothing about what the assets hold. */
export class ReleaseStore {
  readonly repository: string

  constructor(private readonly deps: StoreDeps) {
    this.repository = `${deps.owner}/${deps.repo}`
  }

  /**
   * The draft with this tag. `GET /releases/tags/{tag}` never returns drafts, but GraphQL's
   * `release(tagName:)` does (docs/facts.md): one request, then the release itself. When GraphQL names a
   * published release (a published one may share the tag) or fails, the listing decides.
   */
  async findDraft(tag: string): Promise<Release | undefined> {
    let viaGraphql: { databaseId: number; isDraft: boolean } | null | undefined
    try {
      const response = await this.deps.client.request({
        method: 'POST',
        url: this.deps.graphqlUrl,
        query: RELEASE_BY_TAG,
        variables: { owner: this.deps.owner, name: this.deps.repo, tag }
      })
      const data = response.data as {
        data?: { repository?: { release?: { databaseId: number; isDraft: boolean } | null } }
        errors?: unknown[]
      }
      if (!data.errors?.length && data.data?.repository !== undefined)
        viaGraphql = data.data.repository?.release ?? null
    } catch (error) {
      const status = statusOf(error)
      if (status === 401) throw toStoreError(error, 'look up the draft release', this.repository)
      this.deps.log.debug(
        `GraphQL lookup of ${tag} failed (${status ?? 'network'}); listing releases instead`
      )
    }
    if (viaGraphql === null) return undefined
    if (viaGraphql?.isDraft) {
      const release = await this.getRelease(viaGraphql.databaseId)
      if (release?.draft && release.tagName === tag) return release
    }
    const drafts = await this.findDraftsByListing(tag)
    return drafts[0]
  }

  /** Every draft with exactly this tag, lowest id first (GitHub allows duplicates, docs/facts.md). */
  async findDraftsByListing(tag: string, options: { maxPages?: number } = {}): Promise<Release[]> {
    const releases = await this.listReleases({ draftsOnly: true, maxPages: options.maxPages })
    return releases.filter((r) => r.tagName === tag).sort((a, b) => a.id - b.id)
  }

  /** Releases, newest first, drafts included for callers with push access, up to GitHub's cap. */
  async listReleases(
    options: { tagPrefix?: string; draftsOnly?: boolean; maxPages?: number } = {}
  ): Promise<Release[]> {
    const out: Release[] = []
    const pages = Math.min(options.maxPages ?? LISTING_CAP_PAGES, LISTING_CAP_PAGES)
    for (let page = 1; page <= pages; page++) {
      let batch: unknown[]
      try {
        const response = await this.deps.client.request('GET /repos/{owner}/{repo}/releases', {
          owner: this.deps.owner,
          repo: this.deps.repo,
          per_page: 100,
          page
        })
        batch = response.data as unknown[]
      } catch (error) {
        // Past the first 1000 releases GitHub answers 422 (docs/facts.md): that is the end of the list.
        if (statusOf(error) === 422) break
        throw toStoreError(error, 'list releases', this.repository)
      }
      for (const item of batch) {
        const release = toRelease(item)
        if (options.draftsOnly && !release.draft) continue
        if (options.tagPrefix !== undefined && !release.tagName.startsWith(options.tagPrefix))
          continue
        out.push(release)
      }
      if (batch.length < 100) break
    }
    return out
  }

  async getRelease(id: number): Promise<Release | undefined> {
    try {
      const response = await this.deps.client.request(
        'GET /repos/{owner}/{repo}/releases/{release_id}',
        {
          owner: this.deps.owner,
          repo: this.deps.repo,
          release_id: id
        }
      )
      return toRelease(response.data)
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw toStoreError(error, `read release #${id}`, this.repository)
    }
  }

  /** A new draft. No `target_commitish`: a target that changes workflows is refused for GITHUB_TOKEN (docs/facts.md). */
  async createDraft(tag: string, details: { name: string; body: string }): Promise<Release> {
    try {
      const response = await this.deps.client.request('POST /repos/{owner}/{repo}/releases', {
        owner: this.deps.owner,
        repo: this.deps.repo,
        tag_name: tag,
        name: details.name,
        body: details.body,
        draft: true
      })
      return toRelease(response.data)
    } catch (error) {
      throw toStoreError(error, `create the draft release ${tag}`, this.repository)
    }
  }

  /** Always resends `tag_name`: a PATCH without it renames a draft's tag to `untagged-…` (docs/facts.md). */
  async updateRelease(
    release: Release,
    details: { name?: string; body?: string }
  ): Promise<Release> {
    try {
      const response = await this.deps.client.request(
        'PATCH /repos/{owner}/{repo}/releases/{release_id}',
        {
          owner: this.deps.owner,
          repo: this.deps.repo,
          release_id: release.id,
          tag_name: release.tagName,
          ...details
        }
      )
      return toRelease(response.data)
    } catch (error) {
      throw toStoreError(error, `update the release ${release.tagName}`, this.repository)
    }
  }

  /** Deletes a release; false when it was already gone. Deleting a draft leaves no tag (docs/facts.md). */
  async deleteRelease(id: number): Promise<boolean> {
    try {
      await this.deps.client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
        owner: this.deps.owner,
        repo: this.deps.repo,
        release_id: id
      })
      return true
    } catch (error) {
      if (statusOf(error) === 404) return false
      throw toStoreError(error, `delete release #${id}`, this.repository)
    }
  }

  /**
   * Uploads a file through the release's own `upload_url` (Octokit's helper hard-codes
   * uploads.github.com, which is wrong on GHES), with a real Content-Length (chunked bodies are
   * refused with 400, docs/facts.md). Each attempt reopens the file; after a failed attempt a `starter`
   * leftover that would block the name is deleted first (docs/facts.md).
   */
  async uploadAsset(
    release: Release,
    file: { name: string; filePath: string; contentType: string; onProgress?: ProgressCallback }
  ): Promise<Asset> {
    const url =
      release.uploadUrl.replace(/\{\?[^}]*\}$/, '') + `?name=${encodeURIComponent(file.name)}`
    for (let attempt = 0; ; attempt++) {
      const size = (await stat(file.filePath)).size
      try {
        const body = createReadStream(file.filePath).pipe(progress(size, file.onProgress))
        const response = await this.deps.raw.request({
          method: 'POST',
          url,
          headers: { 'content-type': file.contentType, 'content-length': size },
          data: body
        })
        return toAsset(response.data)
      } catch (error) {
        if (isAlreadyExists(error)) {
          // Only a half-done leftover may be cleared; a complete asset is a real conflict.
          if (attempt < this.deps.retry.retries && (await this.removeLeftover(release, file.name)))
            continue
          throw new ConflictError(`${file.name} already exists on the release ${release.tagName}.`)
        }
        await this.retryOrThrow(error, attempt, `upload ${file.name}`)
        await this.removeLeftover(release, file.name)
      }
    }
  }

  /** Renames an asset (the id stays); a taken name is a conflict for the caller to resolve. */
  async renameAsset(assetId: number, name: string): Promise<Asset> {
    try {
      const response = await this.deps.client.request(
        'PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}',
        {
          owner: this.deps.owner,
          repo: this.deps.repo,
          asset_id: assetId,
          name
        }
      )
      return toAsset(response.data)
    } catch (error) {
      if (isAlreadyExists(error)) throw new ConflictError(`An asset named ${name} already exists.`)
      throw toStoreError(error, `rename an asset to ${name}`, this.repository)
    }
  }

  /** Deletes an asset; false when it was already gone (a concurrent writer got there first). */
  async deleteAsset(assetId: number): Promise<boolean> {
    try {
      await this.deps.client.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner: this.deps.owner,
        repo: this.deps.repo,
        asset_id: assetId
      })
      return true
    } catch (error) {
      if (statusOf(error) === 404) return false
      throw toStoreError(error, `delete asset #${assetId}`, this.repository)
    }
  }

  /**
   * Streams an asset to a file: `Accept: application/octet-stream` answers 302 to signed storage,
   * which fetch follows without the Authorization header (storage rejects it, docs/facts.md), and
   * `parseSuccessResponseBody: false` keeps Octokit from buffering the body. A cut transfer is
   * started again; the result must have the asset's size.
   */
  async downloadAsset(
    asset: Asset,
    destPath: string,
    options: { onProgress?: ProgressCallback } = {}
  ): Promise<{ size: number; sha256: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const stream = await this.openDownload(asset)
        const hash = createHash('sha256')
        let size = 0
        const counting = new Transform({
          transform(chunk: Buffer, _e: BufferEncoding, done: TransformCallback) {
            hash.update(chunk)
            size += chunk.length
            options.onProgress?.(size, asset.size)
            done(null, chunk)
          }
        })
        await pipeline(stream, counting, createWriteStream(destPath, { mode: 0o600 }))
        if (size !== asset.size) throw new TruncatedError(size, asset.size)
        return { size, sha256: hash.digest('hex') }
      } catch (error) {
        await rm(destPath, { force: true })
        await this.retryOrThrow(error, attempt, `download ${asset.name}`)
      }
    }
  }

  /** A small asset (metadata) in memory, refusing anything over `maxBytes`. */
  async readAsset(asset: Asset, options: { maxBytes: number }): Promise<Buffer> {
    if (asset.size > options.maxBytes) {
      throw new RemoteError(
        `${asset.name} is ${asset.size} bytes, more than the ${options.maxBytes} expected; refusing it.`
      )
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const chunks: Buffer[] = []
        let size = 0
        for await (const chunk of await this.openDownload(asset)) {
          size += (chunk as Buffer).length
          if (size > options.maxBytes)
            throw new RemoteError(
              `${asset.name} is larger than ${options.maxBytes} bytes; refusing it.`
            )
          chunks.push(chunk as Buffer)
        }
        if (size !== asset.size) throw new TruncatedError(size, asset.size)
        return Buffer.concat(chunks)
      } catch (error) {
        await this.retryOrThrow(error, attempt, `download ${asset.name}`)
      }
    }
  }

  async branchExists(branch: string): Promise<boolean> {
    try {
      await this.deps.client.request('GET /repos/{owner}/{repo}/branches/{branch}', {
        owner: this.deps.owner,
        repo: this.deps.repo,
        branch
      })
      return true
    } catch (error) {
      if (statusOf(error) === 404) return false
      throw toStoreError(error, `check whether branch ${branch} exists`, this.repository)
    }
  }

  private async openDownload(asset: Asset): Promise<Readable> {
    const response = await this.deps.raw.request(
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      {
        owner: this.deps.owner,
        repo: this.deps.repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false }
      }
    )
    return Readable.fromWeb(response.data as unknown as WebReadableStream<Uint8Array>)
  }

  /** Waits and returns when the failure is worth another attempt; throws our error otherwise. */
  private async retryOrThrow(error: unknown, attempt: number, what: string): Promise<void> {
    if (error instanceof RemoteError && !(error instanceof TruncatedError)) throw error
    const status = statusOf(error)
    const headers =
      (error as { response?: { headers?: Record<string, string | undefined> } }).response
        ?.headers ?? {}
    const message = String(
      (error as { response?: { data?: { message?: string } } }).response?.data?.message ?? ''
    )
    const rateLimited = status === 429 || (status === 403 && /rate limit/i.test(message))
    const transient =
      error instanceof TruncatedError || status === undefined || status >= 500 || rateLimited
    if (!transient || attempt >= this.deps.retry.retries) {
      if (error instanceof TruncatedError) {
        throw new RemoteError(
          `The transfer to ${what} was cut off ${attempt + 1} times (${error.message}); try again later.`
        )
      }
      throw toStoreError(error, what, this.repository)
    }
    let waitUnits = (attempt + 1) ** 2
    if (headers['retry-after'] !== undefined) waitUnits = Number(headers['retry-after']) || 0
    else if (rateLimited && headers['x-ratelimit-reset'] !== undefined) {
      waitUnits = Math.max(
        0,
        Math.ceil(Number(headers['x-ratelimit-reset']) - Date.now() / 1000) + 1
      )
    }
    const waitMs = waitUnits * this.deps.retry.minDelayMs
    if (waitMs > this.deps.retry.maxWaitMs) throw toStoreError(error, what, this.repository)
    this.deps.log.info(
      `Could not ${what} (${status ?? 'connection lost'}); retrying in ${Math.round(waitMs / 1000)}s`
    )
    await sleep(waitMs)
  }

  /** A failed upload can leave an empty `starter` asset under the name (docs/facts.md): remove it. */
  private async removeLeftover(release: Release, name: string): Promise<boolean> {
    const current = await this.getRelease(release.id)
    const leftover = current?.assets.find((a) => a.name === name && a.state !== 'uploaded')
    if (leftover) await this.deleteAsset(leftover.id)
    return leftover !== undefined
  }
}

class TruncatedError extends RemoteError {
  constructor(got: number, expected: number) {
    super(`${got} of ${expected} bytes`)
  }
}

function progress(total: number, onProgress?: ProgressCallback): Transform {
  let sent = 0
  return new Transform({
    transform(chunk: Buffer, _e: BufferEncoding, done: TransformCallback) {
      sent += chunk.length
      onProgress?.(sent, total)
      done(null, chunk)
    }
  })
}

function toRelease(data: unknown): Release {
  const r = data as Record<string, unknown>
  return {
    id: r.id as number,
    tagName: r.tag_name as string,
    name: (r.name as string | null) ?? '',
    draft: r.draft as boolean,
    htmlUrl: r.html_url as string,
    uploadUrl: r.upload_url as string,
    createdAt: r.created_at as string,
    assets: ((r.assets as unknown[]) ?? []).map(toAsset)
  }
}

function toAsset(data: unknown): Asset {
  const a = data as Record<string, unknown>
  return {
    id: a.id as number,
    name: a.name as string,
    size: a.size as number,
    state: (a.state as string) ?? 'uploaded',
    contentType: (a.content_type as string) ?? 'application/octet-stream',
    updatedAt: (a.updated_at as string) ?? ''
  }
}
