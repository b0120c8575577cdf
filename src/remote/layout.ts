import { UUID_PATTERN } from '../common/ids.js'

/**
 * How sessions are laid out on a draft release. The names are the seed scripts' names, so releases
 * they wrote restore and releases we write look familiar to their users.
 *
 * A replacement first uploads the new pair under staging names (`<final>.<nonce>.partial`), then
 * deletes the old pair and renames; a crash at any point leaves some complete pair behind.
 */
const ARCHIVE_RE = new RegExp(
  `^claude-session-(${UUID_PATTERN})\\.tar\\.gz(\\.age)?(?:\\.([a-z0-9]+)\\.partial)?$`
)
const METADATA_RE = new RegExp(
  `^claude-session-metadata-(${UUID_PATTERN})\\.json(?:\\.([a-z0-9]+)\\.partial)?$`
)

export const TAG_PREFIX = 'claude-sessions-'

export function tagForBranch(branch: string): string {
  return `${TAG_PREFIX}${branch}`
}

export function branchOfTag(tag: string): string | undefined {
  return tag.startsWith(TAG_PREFIX) && tag.length > TAG_PREFIX.length
    ? tag.slice(TAG_PREFIX.length)
    : undefined
}

export function archiveAssetName(sessionId: string, encrypted: boolean): string {
  return `claude-session-${sessionId}.tar.gz${encrypted ? '.age' : ''}`
}

export function metadataAssetName(sessionId: string): string {
  return `claude-session-metadata-${sessionId}.json`
}

export function stagingName(finalName: string, nonce: string): string {
  return `${finalName}.${nonce}.partial`
}

export interface AssetRole {
  sessionId: string
  kind: 'archive' | 'metadata'
  encrypted: boolean
  staging: boolean
}

/** What an asset name stands for in our layout; undefined for anything else on the release. */
export function roleOfAsset(name: string): AssetRole | undefined {
  const archive = ARCHIVE_RE.exec(name)
  if (archive) {
    return {
      sessionId: archive[1]!.toLowerCase(),
      kind: 'archive',
      encrypted: archive[2] !== undefined,
      staging: archive[3] !== undefined
    }
  }
  const metadata = METADATA_RE.exec(name)
  if (metadata) {
    return {
      sessionId: metadata[1]!.toLowerCase(),
      kind: 'metadata',
      encrypted: false,
      staging: metadata[2] !== undefined
    }
  }
  return undefined
}
