import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ReleaseStore } from '../../src/store/index.js'
import { useEmulator } from '../support/syncHarness.js'
import { draftHolding, storeWithContent, type scratchDir } from './storeOnEmulator.js'

// A restore parses the code it needs after its lookup while the lookup travels
// (src/restore/restore.ts): the store says when that request has left, and says it of no other.
const REPO = 'octo/store-lookup-sent'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let store: ReleaseStore
let scratch: Awaited<ReturnType<typeof scratchDir>>
let contentPath: string

beforeAll(async () => {
  ;({ store, scratch, contentPath } = await storeWithContent(emu, REPO, Buffer.from('bytes')))
})
afterAll(async () => scratch.remove())

describe("the draft lookup's onSent", () => {
  it('is called when the request has left, before its answer, and again for a retry', async () => {
    const tag = 'claude-sessions-sent'
    const { release } = await draftHolding(store, tag, contentPath)
    const events: string[] = []
    emu.inject({ origin: 'api', method: 'POST', path: /^\/graphql$/, kind: 'status', status: 503 })
    const lookup = await store.lookupDraft(tag, () => events.push('sent'))
    events.push('answered')
    expect(lookup?.id).toBe(release.id)
    expect(events).toEqual(['sent', 'sent', 'answered'])
  })

  it('is not called for the requests the caller sends afterwards', async () => {
    let sent = 0
    await store.lookupDraft('claude-sessions-none', () => sent++)
    expect(sent).toBe(1)
    await store.listReleases()
    await store.lookupDraft('claude-sessions-none')
    expect(sent).toBe(1)
  })
})
