import type { Octokit } from '@octokit/core'
import { RequestError } from '@octokit/request-error'
import { open, rm, stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConflictError, RemoteError } from '../errors.js'
import type { Logger, ProgressCallback } from '../log.js'
import { isAlreadyExists, isRateLimit, statusOf, toStoreError } from './errors.js'
import { toAsset, type GitHubAsset } from './fromGitHub.js'
import { advisedWait } from './retrying.js'
import { HashedReads, uploadChunks } from './transferBodies.js'
import type { Asset, Release, RetryOptions } from './types.js'
import { unreachable } from './unreachable.js'

export interface TransferDeps {
  /** An Octokit without the retry: a consumed stream body cannot be sent again (docs/facts.md#retries). */
  raw: Octokit
  owner: string
  repo: string
  log: Logger
  retry: RetryOptions
  /** Deletes a `starter` asset left under this name by a failed upload; true if there was one. */
  removeLeftover(release: Release, name: string): Promise<boolean>
}

/** Moving asset bytes, each transfer with its own retry that starts it afresh. */
export class Transfers {
  private readonly repository: string

  constructor(private readonly deps: TransferDeps) {
    this.repository = `${deps.owner}/${deps.repo}`
  }

  /**
   * Uploads a file through the release's own `upload_url` (Octokit's helper hard-codes
   * uploads.github.com, which is wrong on GHES), with a real Content-Length (chunked bodies are
   * refused with 400, docs/facts.md#uploads). Each attempt reopens the file; after a failed attempt a `starter`
   * leftover that would block the name is deleted first (docs/facts.md#name-clashes-and-leftovers).
   * The body is read through one buffer, each chunk sent before the next is read (httpTransport.ts),
   * so memory stays flat whatever the file's size.
   */
  async upload(
    release: Release,
    file: { name: string; filePath: string; contentType: string; onProgress?: ProgressCallback }
  ): Promise<Asset> {
    for (let attempt = 0; ; attempt++) {
      const size = (await stat(file.filePath)).size
      try {
        // Octokit expands the RFC 6570 template `…/assets{?name,label}` with `name`.
        const response = await this.deps.raw.request<GitHubAsset>({
          method: 'POST',
          url: release.uploadUrl,
          name: file.name,
          headers: { 'content-type': file.contentType, 'content-length': size },
          data: uploadChunks(file.filePath, size, file.onProgress)
        })
        return toAsset(response.data)
      } catch (error) {
        if (isAlreadyExists(error)) {
          // Only a half-done leftover may be cleared; a complete asset is a real conflict.
          if (
            attempt < this.deps.retry.retries &&
            (await this.deps.removeLeftover(release, file.name))
          )
            continue
          throw new ConflictError(`${file.name} already exists on the release ${release.tagName}.`)
        }
        await this.retryOrThrow(error, attempt, `upload ${file.name}`)
        // An upload that reached no server left nothing behind.
        if (!unreachable(error)) await this.deps.removeLeftover(release, file.name)
      }
    }
  }

  /**
   * Streams an asset to a file: `Accept: application/octet-stream` answers 302 to signed storage,
   * which the transport follows without the Authorization header (storage rejects it,
   * docs/facts.md#downloads; httpTransport.ts), and
   * `parseSuccessResponseBody: false` keeps Octokit from buffering the body. A cut transfer is
   * started again; the result must have the asset's size.
   */
  async download(
    asset: Asset,
    destPath: string,
    options: { onProgress?: ProgressCallback } = {}
  ): Promise<{ size: number; sha256: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const bytes = new HashedReads(await this.openBody(asset), (size) =>
          options.onProgress?.(size, asset.size)
        )
        let digest: { size: number; sha256: string }
        try {
          const out = await open(destPath, 'w', 0o600)
          try {
            // Each chunk written before the next is read: nothing queues up in between.
            for await (const chunk of bytes) await out.write(chunk)
            digest = await bytes.finish()
          } finally {
            await out.close()
          }
        } finally {
          bytes.close()
        }
        const { size, sha256 } = digest
        if (size !== asset.size) throw new TruncatedError(size, asset.size)
        return { size, sha256 }
      } catch (error) {
        await rm(destPath, { force: true })
        await this.retryOrThrow(error, attempt, `download ${asset.name}`)
      }
    }
  }

  /**
   * Hands an asset's bytes to `consume` as they arrive, hashing them on the way, so the caller can
   * unpack while downloading and decide what to keep once the digest is known. `consume` runs
   * afresh on every attempt (a cut transfer is restarted: the consumer starts over, so it must
   * clear whatever a failed attempt left). If it stops reading early, the rest is read here, so
   * the sha256 always covers the whole asset. Its own failures are not retried: only those of
   * the transfer are.
   */
  async stream<T>(
    asset: Asset,
    consume: (bytes: AsyncIterable<Buffer>) => Promise<T>,
    options: { onProgress?: ProgressCallback } = {}
  ): Promise<{ size: number; sha256: string; value: T }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const bytes = new HashedReads(await this.openBody(asset), (size) =>
          options.onProgress?.(size, asset.size)
        )
        try {
          let value: T
          try {
            value = await consume(bytes)
          } catch (error) {
            // What the consumer throws because the transfer failed is the transfer's failure.
            if (bytes.failure === undefined) throw new ConsumerFailure(error)
            throw bytes.failure.error
          }
          const { size, sha256 } = await bytes.finish()
          if (size !== asset.size) throw new TruncatedError(size, asset.size)
          return { size, sha256, value }
        } finally {
          bytes.close()
        }
      } catch (error) {
        if (error instanceof ConsumerFailure) throw error.error
        await this.retryOrThrow(error, attempt, `download ${asset.name}`)
      }
    }
  }

  /** A small asset (metadata) in memory, refusing anything over `maxBytes`. */
  async read(asset: Asset, options: { maxBytes: number }): Promise<Buffer> {
    if (asset.size > options.maxBytes) {
      throw new RemoteError(
        `${asset.name} is ${asset.size} bytes, more than the ${options.maxBytes} expected; refusing it.`
      )
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const chunks: Uint8Array[] = []
        let size = 0
        for await (const chunk of await this.openBody(asset)) {
          const bytes: Uint8Array = chunk
          size += bytes.length
          if (size > options.maxBytes)
            throw new RemoteError(
              `${asset.name} is larger than ${options.maxBytes} bytes; refusing it.`
            )
          chunks.push(bytes)
        }
        if (size !== asset.size) throw new TruncatedError(size, asset.size)
        return Buffer.concat(chunks)
      } catch (error) {
        await this.retryOrThrow(error, attempt, `download ${asset.name}`)
      }
    }
  }

  private async openBody(asset: Asset): Promise<Readable> {
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
    // Unparsed, `data` is the transport's body stream (httpTransport.ts), not the asset JSON the
    // route's type promises.
    const body: unknown = response.data
    if (!(body instanceof Readable)) {
      throw new RemoteError(`GitHub sent no content for ${asset.name}; try again later.`)
    }
    return body
  }

  /** Waits and returns when the failure is worth another attempt; throws our error otherwise. */
  private async retryOrThrow(error: unknown, attempt: number, what: string): Promise<void> {
    if (error instanceof RemoteError && !(error instanceof TruncatedError)) throw error
    // A host that cannot be reached stays so; DNS gets one more chance (unreachable.ts).
    const away = unreachable(error)
    if (away && !(away.mayHealOnce && attempt === 0))
      throw toStoreError(error, what, this.repository)
    const status = statusOf(error)
    const headers = error instanceof RequestError ? (error.response?.headers ?? {}) : {}
    // The one rule for a rate limit and its wait, shared with the API's retry (retrying.ts).
    const rateLimited = isRateLimit(error)
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
    const waitUnits = rateLimited
      ? advisedWait(headers, attempt)
      : headers['retry-after'] !== undefined
        ? Number(headers['retry-after']) || 0
        : (attempt + 1) ** 2
    const waitMs = waitUnits * this.deps.retry.minDelayMs
    if (waitMs > this.deps.retry.maxWaitMs) throw toStoreError(error, what, this.repository)
    this.deps.log.info(
      `Could not ${what} (${status ?? 'connection lost'}); retrying in ${Math.round(waitMs / 1000)}s`
    )
    await sleep(waitMs)
  }
}

/** A consumer's own failure, carried past the retry of `stream` untouched. */
class ConsumerFailure {
  constructor(readonly error: unknown) {}
}

class TruncatedError extends RemoteError {
  constructor(got: number, expected: number) {
    super(`${got} of ${expected} bytes`)
  }
}
