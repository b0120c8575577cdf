import { PermissionError } from '../errors.js'
import type { SyncContext } from '../shared/context.js'
import { CONTENTS_PERMISSION } from '../store/index.js'

/**
 * Called when a listing found no draft: a token without push access sees none at all, because
 * GitHub hides drafts from it (docs/facts.md#draft-visibility), so "nothing stored" would be untrue. GitHub tells the
 * caller its own access in `GET /repos/{owner}/{repo}` (`permissions.push`); when it says no push,
 * this refuses with what to grant. When GitHub does not say (an app installation's token), the
 * empty listing stands.
 */
export async function refuseWhenDraftsHidden(ctx: SyncContext): Promise<void> {
  const { canPush } = await ctx.store.repositoryAccess()
  if (canPush === false)
    throw new PermissionError(
      `The token cannot see draft releases in ${ctx.repository}: GitHub shows drafts only to tokens with push access, ` +
        `so sessions may be stored there unseen. ${CONTENTS_PERMISSION}`
    )
}
