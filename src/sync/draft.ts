import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Release } from '../store/index.js'
import type { SyncContext } from './context.js'
import { groupSessionAssets } from './storedCopies.js'

const DRAFT_BODY =
  'Claude Code sessions saved by claude-session. This release is a draft on purpose: drafts are ' +
  'visible only to people and tokens with push access. Do not publish it: transcripts can hold ' +
  'code, tool output and secrets.'

/**
 * The branch's draft, created on first use. GitHub does not keep draft tag names unique (docs/facts.md),
 * so two first saves at once can make two drafts: every caller then settles on the lowest id,
 * moves what only the other holds, and deletes the other. The lowest id is the same answer for
 * every racer, which is what makes them converge.
 */
export async function findOrCreateDraft(
  ctx: SyncContext,
  tag: string,
  branch: string
): Promise<Release> {
  const found = await ctx.store.findDraft(tag)
  if (found) return found
  const created = await ctx.store.createDraft(tag, {
    name: `Claude Code sessions: ${branch}`,
    body: DRAFT_BODY
  })
  // A twin made at the same moment is among the newest releases, so the first page shows it.
  const twins = await ctx.store.findDraftsByListing(tag, { maxPages: 1 })
  if (!twins.some((r) => r.id === created.id)) twins.push(created)
  return convergeDrafts(ctx, twins)
}

/** Keeps the lowest-id draft of `twins` (all with one tag), moving over sessions it lacks. */
export async function convergeDrafts(ctx: SyncContext, twins: Release[]): Promise<Release> {
  const sorted = [...twins].sort((a, b) => a.id - b.id)
  const keep = sorted[0]!
  if (sorted.length === 1) return keep
  const kept = groupSessionAssets(keep)
  for (const extra of sorted.slice(1)) {
    for (const [sessionId, group] of groupSessionAssets(extra)) {
      if (kept.has(sessionId)) continue
      const work = await mkdtemp(join(ctx.tempDir, 'claude-session-move-'))
      try {
        for (const asset of [...group.archives, ...group.metadata]) {
          const path = join(work, String(asset.id))
          await ctx.store.downloadAsset(asset, path)
          await ctx.store.uploadAsset(keep, {
            name: asset.name,
            filePath: path,
            contentType: asset.contentType
          })
        }
      } finally {
        await rm(work, { recursive: true, force: true })
      }
      ctx.log.info(
        `Moved session ${sessionId} from a duplicate draft ${extra.tagName} (#${extra.id}) to #${keep.id}`
      )
    }
    await ctx.store.deleteRelease(extra.id)
    ctx.log.info(`Deleted duplicate draft ${extra.tagName} (#${extra.id})`)
  }
  return (await ctx.store.getRelease(keep.id)) ?? keep
}
