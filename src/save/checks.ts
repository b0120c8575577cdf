import { fileStartsWith, storedPrefixes } from '../archive/index.js'
import { JsonlChecker } from '../archive/jsonlCheck.js'
import { ConflictError, InvalidTranscriptError, UsageError } from '../errors.js'
import type { SyncContext } from '../shared/context.js'
import { roleOfAsset } from '../remote/layout.js'
import type { SaveRequest } from './request.js'
import type { SessionAssets, StoredCopy } from '../remote/storedCopies.js'

/**
 * Lost-update guard: the stored transcript must be a byte prefix of ours, which we can tell from
 * its digest alone, without downloading it.
 */
export async function assertStoredIsPrefix(
  ctx: SyncContext,
  storedCopy: StoredCopy,
  localPath: string,
  localSize: number,
  req: SaveRequest
): Promise<void> {
  const m = storedCopy.metadata
  const stored = await storedPrefixes(m, req.encryption ?? req.compareKey)
  const saved = `saved ${m.timestamp}${m.savedBy ? ` from ${m.savedBy === 'ci' ? 'CI' : 'a laptop'}` : ''}`
  if ('uncheckable' in stored) {
    // Saved by the seed's scripts (no digest), or encrypted to recipients alone: no key can
    // compare, they always overwrote, and so do we, saying what that may cost.
    ctx.log.warning(
      `The stored copy of session ${m.sessionId} (${saved}) cannot be compared: ${stored.uncheckable}; replacing it. ` +
        'Records it holds that this transcript lacks (turns another machine or CI added since you last pulled) are lost.'
    )
    return
  }
  if ('otherKey' in stored) {
    // Another key could tell, and replacing the copy unchecked would lose whatever it holds
    // that ours lacks (a rotated key must not cost CI's records).
    throw new ConflictError(
      `The stored session ${m.sessionId} on claude-sessions-${req.branch} (${saved}) cannot be checked: ${stored.otherKey}. ` +
        'It may hold records this transcript lacks, and saving would lose them. ' +
        (req.savedBy === 'ci'
          ? 'Set the encryption-key input to the key it was saved with and restore it first, or re-run with the input force: true to replace it anyway.'
          : `Pull it first with the key it was saved with (claude-session pull ${req.branch} with that --encryption-key-file or CLAUDE_SESSION_KEY), or replace it with --force.`)
    )
  }
  // Ours extends the stored copy when it starts with the uploaded bytes (a runner that restored
  // them) or with the bytes they were redacted from (the laptop that saved them).
  for (const prefix of stored.prefixes) {
    if (await fileStartsWith(localPath, prefix, localSize)) return
  }
  throw new ConflictError(
    `The stored session ${m.sessionId} on claude-sessions-${req.branch} has records that this transcript does not ` +
      `(${saved}); saving would lose them. ` +
      (req.savedBy === 'ci'
        ? 'Re-run with the input force: true to replace it anyway.'
        : `Pull it first (claude-session pull ${req.branch}, which can install it under a new id with --as-new), or replace it with --force.`)
  )
}

/**
 * A save without a key must not silently replace an encrypted copy with plaintext: whoever
 * encrypted it chose to. Only an explicit request (`--no-encryption`) does.
 */
export function assertNoDowngrade(
  assets: SessionAssets | undefined,
  storedCopy: StoredCopy | undefined,
  req: SaveRequest
): void {
  if (req.encryption !== undefined || req.allowUnencrypted) return
  const encrypted =
    storedCopy?.metadata.encrypted === true ||
    (assets?.archives ?? []).some((a) => roleOfAsset(a.name)?.encrypted)
  if (!encrypted) return
  const id = storedCopy?.metadata.sessionId ?? assets?.sessionId
  throw new UsageError(
    `Session ${id} is stored encrypted on claude-sessions-${req.branch}, and no encryption key was given: ` +
      'saving would replace it with an unencrypted copy. ' +
      (req.savedBy === 'ci'
        ? 'Set the encryption-key input (from a secret) to save it encrypted (from the CLI: pass the key, or --no-encryption to store it unencrypted on purpose).'
        : 'Pass the key (--encryption-key-file or CLAUDE_SESSION_KEY) to save it encrypted, or --no-encryption to store it unencrypted on purpose.')
  )
}

/**
 * Claude Code records the branch it runs on in every record (docs/facts.md#branch); a session recorded
 * on another branch is probably being saved under the wrong name. A detached HEAD (pull-request
 * checkouts in Actions) records the literal "HEAD", which says nothing about the branch.
 */
export function warnOtherBranch(
  ctx: SyncContext,
  branch: string,
  recorded: string | undefined,
  sessionId: string
): void {
  if (recorded === undefined || recorded === 'HEAD' || recorded === branch) return
  ctx.log.warning(
    `Session ${sessionId} was recorded on branch ${recorded}, but is being saved for branch ${branch}. ` +
      `If that is not intended, save it with the branch ${recorded}.`
  )
}

export function isUnchanged(
  storedCopy: StoredCopy,
  archiveSha256: string,
  encrypted: boolean,
  assets: SessionAssets | undefined
): boolean {
  // Packing is deterministic, so the same files give the same digest; age output never repeats.
  if (encrypted || storedCopy.metadata.archiveSha256 !== archiveSha256) return false
  // Only a clean release counts: leftovers of a killed save (staging names, starter assets) are
  // finished or removed by saving again.
  return (
    assets !== undefined &&
    assets.broken.length === 0 &&
    assets.metadata.length === 1 &&
    assets.archives.length === 1 &&
    [...assets.metadata, ...assets.archives].every((asset) => !roleOfAsset(asset.name)?.staging)
  )
}

/**
 * The check a save runs on the transcript's bytes while packing them: the same byte-level JSONL
 * check restore runs while unpacking (archive/jsonlCheck.ts), so what restore would refuse never
 * leaves, and no draft is created for it. `end()` also refuses a transcript with no record.
 */
export function transcriptCheck(displayName: string): {
  write(chunk: Buffer): void
  end(): void
} {
  const checker = new JsonlChecker(
    (line) =>
      new InvalidTranscriptError(
        `Line ${line} of ${displayName} is not JSON, so restore would refuse the session. ` +
          'Refusing to upload it: fix or remove that line, or save another session.'
      )
  )
  return {
    write: (chunk) => checker.write(chunk),
    end: () => {
      checker.end()
      if (checker.records === 0)
        throw new InvalidTranscriptError(
          `${displayName} holds no records: there is nothing to resume. Refusing to upload it.`
        )
    }
  }
}
