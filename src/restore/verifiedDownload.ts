import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { decryptFile, type EncryptionKey } from '../archive/encryption.js'
import type { SessionMetadata } from '../archive/metadata.js'
import { checkArchiveSize, unpackSession, type UnpackResult } from '../archive/unpack.js'
import { ClaudeSessionError, EncryptionKeyError, IntegrityError } from '../errors.js'
import type { Logger, ProgressCallback } from '../log.js'
import { roleOfAsset } from '../remote/layout.js'
import type { StoredCopy } from '../remote/storedCopies.js'
import type { Asset, ReleaseStore } from '../store/index.js'

export interface VerifiedArchive {
  copy: StoredCopy
  archiveName: string
  /** Unpacked into a private staging folder under `work`: nothing is installed yet. */
  unpacked: UnpackResult
}

export interface StageOptions {
  sessionId: string
  encryption?: EncryptionKey
  onProgress?: ProgressCallback
}

type Store = Pick<ReleaseStore, 'downloadAsset' | 'streamAsset'>

/**
 * Stages the newest copy whose archive matches its recorded sha256: the one in its metadata, or,
 * for metadata the seed's scripts wrote (no digest), the `digest` GitHub computes for every asset
 * on upload (docs/facts.md#asset-digest). A plain archive is hashed, gunzipped and unpacked while
 * it downloads, into a staging folder under `work` that only the caller installs from, and only
 * once the digest matched; a mismatch removes the staging folder and tries an older copy. An
 * encrypted archive is downloaded, checked, then decrypted and unpacked.
 */
export async function stageVerified(
  deps: { store: Store; log: Logger },
  copies: StoredCopy[],
  work: string,
  options: StageOptions
): Promise<VerifiedArchive> {
  for (const copy of copies) {
    for (const asset of copy.archives) {
      const expected = copy.metadata.archiveSha256 ?? githubDigest(asset)
      const staging = join(work, `staging-${asset.id}`)
      const target = { staging, checkJsonl: needsJsonlCheck(copy.metadata) }
      const unpacked = roleOfAsset(asset.name)?.encrypted
        ? await decrypted(deps.store, asset, expected, target, work, options)
        : await streamed(deps.store, asset, expected, target, options)
      if (unpacked) return { copy, archiveName: asset.name, unpacked }
      deps.log.warning(
        `${asset.name} does not match its recorded sha256 (${copy.metadata.archiveSha256 ? 'metadata' : "GitHub's asset digest"}); trying an older copy`
      )
      await rm(staging, { recursive: true, force: true })
    }
  }
  throw new IntegrityError(
    `No stored archive of session ${copies[0]!.metadata.sessionId} matches its recorded sha256; ` +
      'nothing was installed. The asset may be corrupt: save the session again from the machine that has it.'
  )
}

/**
 * Whether restore checks again that every line of the transcript is JSON. A save checks while it
 * packs and says so in the metadata; an archive matching the sha256 that metadata records holds
 * the very bytes that save checked, so a second check would only repeat it, at the cost of most of
 * a large restore's CPU (docs/performance.md). Nothing is installed before the digest matched
 * (`stageVerified`). Archives of the seed's scripts and of older saves are checked.
 */
function needsJsonlCheck(metadata: SessionMetadata): boolean {
  return !(metadata.jsonlChecked === true && metadata.archiveSha256 !== undefined)
}

interface StagingTarget {
  staging: string
  checkJsonl: boolean
}

/**
 * Unpacks while downloading; undefined when the digest does not match. The archive's refusal
 * (not JSONL, a bad member, corrupt gzip) counts only once the digest is known: bytes that are
 * not the stored archive's are a mismatch, to be answered with an older copy, not a hostile
 * archive. Each attempt of the transfer starts with an empty staging folder.
 */
async function streamed(
  store: Store,
  asset: Asset,
  expected: string | undefined,
  { staging, checkJsonl }: StagingTarget,
  options: StageOptions
): Promise<UnpackResult | undefined> {
  checkArchiveSize(asset.size)
  const { sha256, value } = await store.streamAsset(
    asset,
    async (bytes) => {
      await rm(staging, { recursive: true, force: true })
      await mkdir(staging, { mode: 0o700 })
      try {
        const unpacked = await unpackSession({
          bytes,
          archiveSize: asset.size,
          sessionId: options.sessionId,
          destDir: staging,
          checkJsonl
        })
        return { unpacked }
      } catch (error) {
        // Our refusal waits for the digest; anything else (the transfer's, the disk's) is thrown.
        if (error instanceof ClaudeSessionError) return { refused: error }
        throw error
      }
    },
    { onProgress: options.onProgress }
  )
  if (expected !== undefined && sha256 !== expected) return undefined
  if ('refused' in value) throw value.refused
  return value.unpacked
}

/** Downloads to a file, checks the digest, then decrypts and unpacks; undefined on a mismatch. */
async function decrypted(
  store: Store,
  asset: Asset,
  expected: string | undefined,
  { staging, checkJsonl }: StagingTarget,
  work: string,
  options: StageOptions
): Promise<UnpackResult | undefined> {
  const archivePath = join(work, `archive-${asset.id}`)
  // The download hashes the bytes as they arrive: no second read of the archive.
  const actual = await store.downloadAsset(asset, archivePath, { onProgress: options.onProgress })
  if (expected !== undefined && actual.sha256 !== expected) {
    await rm(archivePath, { force: true })
    return undefined
  }
  if (!options.encryption) {
    throw new EncryptionKeyError(
      `Session ${options.sessionId} is stored encrypted (${asset.name}) and no key was given. ` +
        'Pass the key with the encryption-key input, --encryption-key-file or CLAUDE_SESSION_KEY.'
    )
  }
  const tarball = join(work, `session-${asset.id}.tar.gz`)
  await decryptFile(archivePath, tarball, options.encryption)
  await rm(archivePath, { force: true })
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { mode: 0o700 })
  return unpackSession({
    archiveFile: tarball,
    sessionId: options.sessionId,
    destDir: staging,
    checkJsonl
  })
}

/** GitHub's own digest of an asset, `sha256:<hex>`, as hex; undefined where GitHub gives none (older GHES). */
function githubDigest(asset: Asset): string | undefined {
  const digest = (asset as { digest?: string | null }).digest
  const match = typeof digest === 'string' ? /^sha256:([0-9a-f]{64})$/i.exec(digest) : null
  return match ? match[1]!.toLowerCase() : undefined
}
