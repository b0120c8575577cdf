import { checkKey } from '../archive/encryption.js'
import { tagForBranch } from '../remote/layout.js'
import type { SyncContext } from '../shared/context.js'
import type { RestoreRequest, RestoreResult } from './request.js'

export type { RestoreRequest, RestoreResult } from './request.js'

/**
 * Restores a branch's stored session (docs/architecture.md, "What a restore does"). Only the
 * lookup is loaded before the first request: the code that downloads, unpacks and installs
 * (restoreFromLookup.ts, with node:zlib and tar) is a chunk of its own, parsed while the lookup
 * travels, where a round trip to github.com leaves the process idle for about 100 ms
 * (docs/performance.md, "Start-up").
 */
export async function restoreSession(
  ctx: SyncContext,
  req: RestoreRequest
): Promise<RestoreResult> {
  // A malformed key is refused before anything is downloaded (it would be at decryption anyway).
  if (req.encryption) await checkKey(req.encryption)
  const tag = tagForBranch(req.branch)
  // One request finds the draft with its body: when the index there matches the assets listed in
  // the same answer, the archive is the only other request (releaseIndex.ts). The rest is parsed
  // once that request has left, not before: parsing blocks the one thread that sends it. A lookup
  // that ends without sending (no connection) starts the load too.
  let sent!: () => void
  const left = new Promise<void>((resolve) => (sent = resolve))
  const lookup = ctx.store.lookupDraft(tag, sent)
  const rest = Promise.race([left, lookup.then(noop, noop)]).then(() => {
    // node:crypto too, which the bundle loads on first use (scripts/bundle.mjs): the index's
    // checksum needs it as soon as the answer is in.
    void import('node:crypto').catch(noop)
    return import('./restoreFromLookup.js')
  })
  // When the lookup fails its error is the one thrown, and the load is never awaited.
  rest.catch(noop)
  const found = await lookup
  return (await rest).restoreFromLookup(ctx, req, tag, found)
}

const noop = (): void => undefined
