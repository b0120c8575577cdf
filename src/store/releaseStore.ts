import { ConflictError } from '../errors.js'
import type { ProgressCallback } from '../log.js'
import { createClient, connectionOf, createTransferClient, graphqlUrlFor } from './client.js'
import { toAsset, toRelease } from './fromGitHub.js'
import { ReleaseReader } from './releaseReader.js'
import { readRepositoryAccess, type RepositoryAccess } from './repository.js'
import type { Transfers } from './transfers.js'
import type { Asset, DraftLookup, Release, StoreOptions } from './types.js'

export function openStore(options: StoreOptions): ReleaseStore {
  const { owner, repo, apiUrl, log, retry } = connectionOf(options)
  return new ReleaseStore({
    client: createClient({ token: options.token, apiUrl, log, retry }),
    raw: createTransferClient({ token: options.token, apiUrl, log }),
    owner,
    repo,
    graphqlUrl: options.graphqlUrl || process.env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl),
    apiUrl,
    log,
    retry
  })
}

/**
 * The Releases API, and nothing about what the assets hold: the reads (ReleaseReader,
 * releaseReader.ts), and here the writes of drafts and their assets.
 */
export class ReleaseStore extends ReleaseReader {
  private transfersLoaded?: Promise<Transfers>

  /**
   * The transfers (with node:v8 behind them, for spentBuffers) are loaded at the first asset
   * moved, not with the store: a process's first request is a lookup, sent before they are parsed.
   */
  private transfers(): Promise<Transfers> {
    this.transfersLoaded ??= import('./transfers.js').then(
      ({ Transfers }) =>
        new Transfers({
          ...this.deps,
          removeLeftover: (release, name) => this.removeLeftover(release, name)
        })
    )
    return this.transfersLoaded
  }

  /** See ReleaseReader.lookupDraft. A restore or save moves assets next: the transfers load while it travels. */
  override lookupDraft(tag: string, onSent?: () => void): Promise<DraftLookup | null | undefined> {
    return super.lookupDraft(tag, () => {
      this.transfers().catch(() => undefined)
      onSent?.()
    })
  }

  /** Replaces a release's body. `tag_name` is sent again: without it a draft loses its tag (docs/facts.md#tag-kept-on-patch). */
  async updateBody(release: Pick<Release, 'id' | 'tagName'>, body: string): Promise<void> {
    await this.call(`update the description of release #${release.id}`, () =>
      this.deps.client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        owner: this.deps.owner,
        repo: this.deps.repo,
        release_id: release.id,
        tag_name: release.tagName,
        body
      })
    )
  }

  /** A new draft. No `target_commitish`: a target that changes workflows is refused for GITHUB_TOKEN (docs/facts.md#no-target-commit). */
  async createDraft(tag: string, details: { name: string; body: string }): Promise<Release> {
    const response = await this.call(`create the draft release ${tag}`, () =>
      this.deps.client.request('POST /repos/{owner}/{repo}/releases', {
        owner: this.deps.owner,
        repo: this.deps.repo,
        tag_name: tag,
        name: details.name,
        body: details.body,
        draft: true
      })
    )
    return toRelease(response.data)
  }

  /** Deletes a release; false when it was already gone. Deleting a draft leaves no tag (docs/facts.md#duplicate-drafts). */
  async deleteRelease(id: number): Promise<boolean> {
    return this.call(
      `delete release #${id}`,
      async () => {
        await this.deps.client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
          owner: this.deps.owner,
          repo: this.deps.repo,
          release_id: id
        })
        return true
      },
      { on404: () => false }
    )
  }

  /** See Transfers.upload: through the release's `upload_url`, retried with the file reopened. */
  async uploadAsset(
    release: Release,
    file: { name: string; filePath: string; contentType: string; onProgress?: ProgressCallback }
  ): Promise<Asset> {
    return (await this.transfers()).upload(release, file)
  }

  /** Renames an asset (the id stays); a taken name is a conflict for the caller to resolve. */
  async renameAsset(assetId: number, name: string): Promise<Asset> {
    const response = await this.call(
      `rename an asset to ${name}`,
      () =>
        this.deps.client.request('PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}', {
          owner: this.deps.owner,
          repo: this.deps.repo,
          asset_id: assetId,
          name
        }),
      { onAlreadyExists: () => new ConflictError(`An asset named ${name} already exists.`) }
    )
    return toAsset(response.data)
  }

  /** Deletes an asset; false when it was already gone (a concurrent writer got there first). */
  async deleteAsset(assetId: number): Promise<boolean> {
    return this.call(
      `delete asset #${assetId}`,
      async () => {
        await this.deps.client.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
          owner: this.deps.owner,
          repo: this.deps.repo,
          asset_id: assetId
        })
        return true
      },
      { on404: () => false }
    )
  }

  /** See Transfers.download: streamed to a file, its size checked, its sha256 returned. */
  async downloadAsset(
    asset: Asset,
    destPath: string,
    options: { onProgress?: ProgressCallback } = {}
  ): Promise<{ size: number; sha256: string }> {
    return (await this.transfers()).download(asset, destPath, options)
  }

  /** See Transfers.stream: the bytes handed over as they arrive, hashed, retried from the start. */
  async streamAsset<T>(
    asset: Asset,
    consume: (bytes: AsyncIterable<Buffer>) => Promise<T>,
    options: { onProgress?: ProgressCallback } = {}
  ): Promise<{ size: number; sha256: string; value: T }> {
    return (await this.transfers()).stream(asset, consume, options)
  }

  /** A small asset (metadata) in memory, refusing anything over `maxBytes`. */
  async readAsset(asset: Asset, options: { maxBytes: number }): Promise<Buffer> {
    return (await this.transfers()).read(asset, options)
  }

  /** The default branch, and whether the token may push (and so see drafts). */
  repositoryAccess(): Promise<RepositoryAccess> {
    return readRepositoryAccess(this.deps.client, this.deps.owner, this.deps.repo)
  }

  async branchExists(branch: string): Promise<boolean> {
    return this.call(
      `check whether branch ${branch} exists`,
      async () => {
        await this.deps.client.request('GET /repos/{owner}/{repo}/branches/{branch}', {
          owner: this.deps.owner,
          repo: this.deps.repo,
          branch
        })
        return true
      },
      { on404: () => false }
    )
  }

  /** A failed upload can leave an empty `starter` asset under the name (docs/facts.md#name-clashes-and-leftovers): remove it. */
  private async removeLeftover(release: Release, name: string): Promise<boolean> {
    const current = await this.getRelease(release.id)
    const leftover = current?.assets.find((a) => a.name === name && a.state !== 'uploaded')
    if (leftover) await this.deleteAsset(leftover.id)
    return leftover !== undefined
  }
}
