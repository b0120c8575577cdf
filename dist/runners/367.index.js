export const id = 367;
export const ids = [367];
export const modules = {

/***/ 7367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ saveSession)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/archive/index.ts + 8 modules
var src_archive = __webpack_require__(9684);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var src_session = __webpack_require__(6876);
// EXTERNAL MODULE: ./src/remote/indexedRelease.ts
var indexedRelease = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/remote/releaseIndex.ts
var releaseIndex = __webpack_require__(8907);
// EXTERNAL MODULE: ./src/remote/storedCopies.ts
var storedCopies = __webpack_require__(1258);
;// CONCATENATED MODULE: ./src/remote/draft.ts






const DRAFT_BODY = 'Claude Code sessions saved by claude-session. This release is a draft on purpose: drafts are ' +
    'visible only to people and tokens with push access. Do not publish it: transcripts can hold ' +
    'code, tool output and secrets.';
/**
 * The branch's draft, created on first use. When the index in its body matches the assets the same
 * GraphQL answer lists, no further request is needed to know what the session holds.
 *
 * GitHub does not keep draft tag names unique (docs/facts.md), so two first saves at once can make
 * two drafts: every caller then settles on the lowest id, moves what only the other holds, and
 * deletes the other. The lowest id is the same answer for every racer, which is what makes them
 * converge.
 */
async function openDraftForSave(ctx, target) {
    const { tag, branch, sessionId } = target;
    const view = await (target.lookup ?? ctx.store.lookupDraft(tag));
    const index = (0,indexedRelease/* indexOf */.qh)(view);
    const listedNodeIds = view?.complete ? new Set(view.assets.map((a) => a.nodeId)) : undefined;
    if (view && index) {
        const release = await ctx.store.draftFromView(view, index.uploadUrl);
        const indexed = release && (0,indexedRelease/* indexedSnapshot */.ql)(view, index, sessionId);
        if (release && indexed)
            return { release, created: false, index, listedNodeIds, indexed };
    }
    const found = await ctx.store.draftFromLookup(tag, view);
    if (found) {
        const listed = new Set(found.assets.flatMap((a) => (a.nodeId ? [a.nodeId] : [])));
        const fromBody = (0,releaseIndex/* parseIndex */.A)(found.body);
        return {
            release: found,
            created: false,
            index: index ?? (fromBody?.releaseId === found.id ? fromBody : undefined),
            listedNodeIds: listed.size === found.assets.length ? listed : undefined
        };
    }
    const created = await ctx.store.createDraft(tag, {
        name: `Claude Code sessions: ${branch}`,
        body: DRAFT_BODY
    });
    // A twin made at the same moment is among the newest releases, so the first page shows it.
    const twins = await ctx.store.findDraftsByListing(tag, { maxPages: 1 });
    if (!twins.some((r) => r.id === created.id))
        twins.push(created);
    const release = await convergeDrafts(ctx, twins);
    return { release, created: release.id === created.id && twins.length === 1 };
}
/**
 * Records the version just committed in the draft's index. Best effort: the version is stored
 * whatever happens here, and a missing or stale index only sends readers down the listing path.
 * Concurrent saves may each drop the other's entry; never a wrong one, as readers check entries
 * against the listed assets and restore checks the archive's sha256.
 */
async function recordInIndex(ctx, draft, sessionId, entry) {
    if (!entry)
        return;
    const index = (0,indexedRelease/* nextIndex */.Yp)(draft.index, draft.release, draft.listedNodeIds, sessionId, entry);
    try {
        await ctx.store.updateBody(draft.release, (0,releaseIndex/* renderBody */.l)(DRAFT_BODY, index));
    }
    catch (error) {
        if (!(error instanceof errors/* ClaudeSessionError */.R2))
            throw error;
        ctx.log.debug(`Could not update the index on ${draft.release.tagName}: ${error.message}`);
    }
}
/** Keeps the lowest-id draft of `twins` (all with one tag), moving over sessions it lacks. */
async function convergeDrafts(ctx, twins) {
    const sorted = [...twins].sort((a, b) => a.id - b.id);
    const keep = sorted[0];
    if (sorted.length === 1)
        return keep;
    const kept = (0,storedCopies/* groupSessionAssets */.ti)(keep);
    for (const extra of sorted.slice(1)) {
        for (const [sessionId, group] of (0,storedCopies/* groupSessionAssets */.ti)(extra)) {
            if (kept.has(sessionId))
                continue;
            const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.tempDir, 'claude-session-move-'));
            try {
                for (const asset of [...group.archives, ...group.metadata]) {
                    const path = (0,external_node_path_.join)(work, String(asset.id));
                    await ctx.store.downloadAsset(asset, path);
                    await ctx.store.uploadAsset(keep, {
                        name: asset.name,
                        filePath: path,
                        contentType: asset.contentType
                    });
                }
            }
            finally {
                await (0,promises_.rm)(work, { recursive: true, force: true });
            }
            ctx.log.info(`Moved session ${sessionId} from a duplicate draft ${extra.tagName} (#${extra.id}) to #${keep.id}`);
        }
        await ctx.store.deleteRelease(extra.id);
        ctx.log.info(`Deleted duplicate draft ${extra.tagName} (#${extra.id})`);
    }
    return (await ctx.store.getRelease(keep.id)) ?? keep;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/archive/metadata.ts
var metadata = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
;// CONCATENATED MODULE: ./src/save/commitVersion.ts






/** This save lost a race for the session's final metadata name. */
class LostRace extends Error {
}
/**
 * Puts a new version of one session on the release. The final metadata name is the lock: only
 * one save at a time can hold it, GitHub refusing a second asset of that name with 422
 * (docs/facts.md), so whatever the interleaving of two saves exactly one version is committed and
 * it is complete (restore accepts an archive under a staging name, checked by its sha256):
 *
 *   1. upload the archive (and, over a stored version, the metadata, both at once) under staging
 *      names; into a draft this save has just created, the archive goes under its final name
 *   2. over a stored version: delete its metadata, the one our transcript was checked against.
 *      A 404 means another save replaced it first: we lost.
 *   3. commit: the metadata takes the final name (upload, or rename of the staged one); 422 means
 *      another save committed first: we lost.
 *   4. delete what the listing showed of this session before we uploaded: superseded versions,
 *      killed saves' leftovers, half-done uploads. Nothing uploaded after that listing is touched,
 *      so a save that checked against our version keeps its files.
 *   5. rename the archive to its final name (not needed when it was uploaded under it).
 *
 * A loser removes what it uploaded and reports the truth: the same bytes are already stored
 * ("already-stored"), or a ConflictError. A crash leaves a complete version (old or new) and
 * leftovers that the next save removes. Renames keep the asset id, so restore's "newest save"
 * ordering is unaffected.
 */
async function publishVersion(store, release, snapshot, files, options = {}) {
    const nonce = (0,external_node_crypto_.randomBytes)(5).toString('hex');
    const ours = [];
    const committed = snapshot?.metadata.find((a) => !(0,layout/* roleOfAsset */.qY)(a.name)?.staging);
    // On a draft this save has just created there are no leftovers to clear, so the archive takes
    // its final name at once and needs no rename. A save that found the draft meanwhile stages its
    // own; a final name it already took means that save got here first: we lost.
    const direct = options.freshRelease === true && !snapshot;
    const uploadArchive = () => store.uploadAsset(release, {
        name: direct ? files.archiveName : (0,layout/* stagingName */.zb)(files.archiveName, nonce),
        filePath: files.archivePath,
        contentType: archiveContentType(files.archiveName),
        onProgress: options.onProgress
    });
    try {
        let archive;
        let metadata;
        if (!committed) {
            // The archive is complete before the metadata names it: restore never sees one without it.
            archive = await uploadArchive().catch((error) => {
                throw direct && error instanceof errors/* ConflictError */.fK ? new LostRace() : error;
            });
            ours.push(archive);
            // Nothing committed yet (a first save, or a killed save's leftovers): creating the final
            // name is the lock.
            metadata = await lockOrLose(store, release, files, () => store.uploadAsset(release, {
                name: files.metadataName,
                filePath: files.metadataPath,
                contentType: 'application/json'
            }));
            ours.push(metadata);
        }
        else {
            // Both go under staging names, which nothing reads as current: they travel together.
            const uploads = await Promise.allSettled([
                uploadArchive(),
                store.uploadAsset(release, {
                    name: (0,layout/* stagingName */.zb)(files.metadataName, nonce),
                    filePath: files.metadataPath,
                    contentType: 'application/json'
                })
            ]);
            for (const u of uploads)
                if (u.status === 'fulfilled')
                    ours.push(u.value);
            for (const u of uploads)
                if (u.status === 'rejected')
                    throw u.reason;
            const staged = ours[1];
            archive = ours[0];
            if (!(await store.deleteAsset(committed.id)))
                throw new LostRace();
            metadata = await lockOrLose(store, release, files, () => store.renameAsset(staged.id, files.metadataName), staged);
        }
        // Committed. What the listing showed before our upload is superseded; the deletions are
        // independent (the store's write queue still spaces them, client.ts).
        await Promise.all(assetsOf(snapshot)
            .filter((asset) => asset.id !== committed?.id)
            .map((asset) => store.deleteAsset(asset.id)));
        if (!direct)
            archive = await finishArchive(store, release, archive, metadata, files);
        return { outcome: 'stored', metadata, archive };
    }
    catch (error) {
        if (!(error instanceof LostRace))
            throw error;
        await Promise.all(ours.map((asset) => store.deleteAsset(asset.id)));
        return { outcome: await settleLostRace(store, release, files) };
    }
}
function assetsOf(group) {
    return group ? [...group.metadata, ...group.archives, ...group.broken] : [];
}
/**
 * Runs the step that takes the final metadata name. A 422 (ConflictError from the store) means
 * another save holds it, unless the holder is ours (a retried request whose first answer was
 * lost); a rename failing because our staged file is gone means another save's step 4 removed it
 * after committing. We lost in those cases.
 */
async function lockOrLose(store, release, files, take, staged) {
    try {
        return await take();
    }
    catch (error) {
        if (!(error instanceof errors/* ConflictError */.fK) && !staged)
            throw error;
        const current = await store.getRelease(release.id);
        const holder = current?.assets.find((a) => a.name === files.metadataName);
        if (holder && (await isOurs(store, holder, files, staged)))
            return holder;
        if (error instanceof errors/* ConflictError */.fK)
            throw new LostRace();
        if (!current?.assets.some((a) => a.id === staged.id))
            throw new LostRace();
        throw error;
    }
}
async function isOurs(store, holder, files, staged) {
    if (staged)
        return holder.id === staged.id;
    // Our metadata names this save's own timestamp: byte-equal text is ours.
    const mine = await (0,promises_.readFile)(files.metadataPath);
    if (holder.size !== mine.length)
        return false;
    return (await store.readAsset(holder, { maxBytes: mine.length })).equals(mine);
}
/**
 * Step 5. Under its staging name the archive is already restorable, so a taken final name (another
 * tool's upload) leaves it there. If a straggler's cleanup removed it while our metadata still
 * stands, it is uploaded again: committed metadata never points at nothing.
 */
async function finishArchive(store, release, archive, metadata, files) {
    try {
        return await store.renameAsset(archive.id, files.archiveName);
    }
    catch (error) {
        if (error instanceof errors/* ConflictError */.fK)
            return archive;
        const listed = await listedOf(store, release, [archive, metadata]);
        if (listed.has(archive.id))
            throw error;
        // Our version was superseded by a later save: nothing to repair.
        if (!listed.has(metadata.id))
            return archive;
        return store.uploadAsset(release, {
            name: files.archiveName,
            filePath: files.archivePath,
            contentType: archiveContentType(files.archiveName)
        });
    }
}
/** Which of these assets the release still lists. */
async function listedOf(store, release, assets) {
    const current = await store.getRelease(release.id);
    const ids = new Set(current?.assets.map((a) => a.id));
    return new Set(assets.filter((a) => ids.has(a.id)).map((a) => a.id));
}
function archiveContentType(name) {
    return name.endsWith('.age') ? 'application/octet-stream' : 'application/gzip';
}
/** After losing: did the winner store these very bytes? Otherwise the conflict is real. */
async function settleLostRace(store, release, files) {
    const sessionId = files.metadata.sessionId;
    const current = await store.getRelease(release.id);
    const group = current && (0,storedCopies/* groupSessionAssets */.ti)(current).get(sessionId.toLowerCase());
    const newest = group ? (await (0,storedCopies/* storedCopies */.Vp)(store, group))[0] : undefined;
    if (newest && (0,metadata/* sameTranscript */.pm)(newest.metadata, files.metadata))
        return 'already-stored';
    throw new errors/* ConflictError */.fK(`Another save stored a different copy of session ${sessionId} on ${release.tagName} while this one was uploading. ` +
        'This save stored nothing and removed what it had uploaded. Pull the other version first, or save again with force to replace it.');
}

// EXTERNAL MODULE: ./src/shared/redactedLineage.ts
var redactedLineage = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/archive/jsonlCheck.ts
var jsonlCheck = __webpack_require__(9830);
;// CONCATENATED MODULE: ./src/save/checks.ts




/**
 * Lost-update guard: the stored transcript must be a byte prefix of ours, which we can tell from
 * its digest alone, without downloading it.
 */
async function assertStoredIsPrefix(ctx, previous, localPath, localSize, req) {
    const m = previous.metadata;
    const stored = await (0,src_archive/* storedPrefixes */.IM)(m, req.encryption);
    if ('uncheckable' in stored) {
        // Saved by the seed's scripts (no digest), or encrypted to recipients alone: they always
        // overwrote, and so do we, saying so.
        ctx.log.warning(`The stored copy of session ${m.sessionId} cannot be compared: ${stored.uncheckable}; replacing it.`);
        return;
    }
    // Ours extends the stored copy when it starts with the uploaded bytes (a runner that restored
    // them) or with the bytes they were redacted from (the laptop that saved them).
    for (const prefix of stored.prefixes) {
        if (await (0,src_archive/* fileStartsWith */.Cx)(localPath, prefix, localSize))
            return;
    }
    throw new errors/* ConflictError */.fK(`The stored session ${m.sessionId} on claude-sessions-${req.branch} has records that this transcript does not ` +
        `(saved ${m.timestamp}${m.savedBy ? ` from ${m.savedBy === 'ci' ? 'CI' : 'a laptop'}` : ''}); saving would lose them. ` +
        (req.savedBy === 'ci'
            ? 'Re-run with the input force: true to replace it anyway.'
            : `Pull it first (claude-session pull ${req.branch}, which can install it under a new id with --as-new), or replace it with --force.`));
}
/**
 * A save without a key must not silently replace an encrypted copy with plaintext: whoever
 * encrypted it chose to. Only an explicit request (`--no-encryption`) does.
 */
function assertNoDowngrade(snapshot, previous, req) {
    if (req.encryption !== undefined || req.allowUnencrypted)
        return;
    const encrypted = previous?.metadata.encrypted === true ||
        (snapshot?.archives ?? []).some((a) => (0,layout/* roleOfAsset */.qY)(a.name)?.encrypted);
    if (!encrypted)
        return;
    const id = previous?.metadata.sessionId ?? snapshot?.sessionId;
    throw new errors/* UsageError */.eb(`Session ${id} is stored encrypted on claude-sessions-${req.branch}, and no encryption key was given: ` +
        'saving would replace it with an unencrypted copy. ' +
        (req.savedBy === 'ci'
            ? 'Set the encryption-key input (from a secret) to save it encrypted (from the CLI: pass the key, or --no-encryption to store it unencrypted on purpose).'
            : 'Pass the key (--encryption-key-file or CLAUDE_SESSION_KEY) to save it encrypted, or --no-encryption to store it unencrypted on purpose.'));
}
/**
 * Claude Code records the branch it runs on in every record (docs/facts.md); a session recorded
 * on another branch is probably being saved under the wrong name. A detached HEAD (pull-request
 * checkouts in Actions) records the literal "HEAD", which says nothing about the branch.
 */
function warnOtherBranch(ctx, branch, recorded, sessionId) {
    if (recorded === undefined || recorded === 'HEAD' || recorded === branch)
        return;
    ctx.log.warning(`Session ${sessionId} was recorded on branch ${recorded}, but is being saved for branch ${branch}. ` +
        `If that is not intended, save it with the branch ${recorded}.`);
}
function isUnchanged(previous, archiveSha256, encrypted, snapshot) {
    // Packing is deterministic, so the same files give the same digest; age output never repeats.
    if (encrypted || previous.metadata.archiveSha256 !== archiveSha256)
        return false;
    // Only a clean release counts: leftovers of a killed save (staging names, starter assets) are
    // finished or removed by saving again.
    return (snapshot !== undefined &&
        snapshot.broken.length === 0 &&
        snapshot.metadata.length === 1 &&
        snapshot.archives.length === 1 &&
        [...snapshot.metadata, ...snapshot.archives].every((asset) => !(0,layout/* roleOfAsset */.qY)(asset.name)?.staging));
}
/**
 * The check a save runs on the transcript's bytes while packing them: the same byte-level JSONL
 * check restore runs while unpacking (archive/jsonlCheck.ts), so what restore would refuse never
 * leaves, and no draft is created for it. `end()` also refuses a transcript with no record.
 */
function transcriptCheck(displayName) {
    const checker = new jsonlCheck/* JsonlChecker */.m((line) => new errors/* InvalidTranscriptError */.Yh(`Line ${line} of ${displayName} is not JSON, so restore would refuse the session. ` +
        'Refusing to upload it: fix or remove that line, or save another session.'));
    return {
        write: (chunk) => checker.write(chunk),
        end: () => {
            checker.end();
            if (checker.records === 0)
                throw new errors/* InvalidTranscriptError */.Yh(`${displayName} holds no records: there is nothing to resume. Refusing to upload it.`);
        }
    };
}

;// CONCATENATED MODULE: ./src/save/secretsPolicy.ts


/**
 * Applies the request's policy to every file about to be packed: the transcript's complete lines
 * and each file of the session folder. Returns what to pack (redacted copies in `work` under
 * "redact", where something was found) and what was found.
 */
async function applySecretsPolicy(ctx, req, session, work) {
    const policy = req.secrets ?? 'warn';
    if (policy === 'redact') {
        const redacted = await (0,src_archive/* redactSession */.yU)(session, work, req.extraSecrets ?? []);
        for (const f of redacted.findings)
            ctx.log.warning(`Redacted a secret (${f.ruleId}) at ${f.file}:${f.line} in the uploaded copy`);
        warnUnscanned(ctx, redacted);
        return redacted;
    }
    // The folder is scanned and packed from one snapshot, so nothing written after the scan travels.
    const folderPath = session.folderPath ? await (0,src_archive/* snapshotFolder */.H1)(session.folderPath, work) : undefined;
    const findings = await scanAndWarn(ctx, req, { ...session, folderPath });
    if (policy === 'fail' && findings.length > 0) {
        throw new errors/* SecretsFoundError */.s3(`Refusing to upload: the session holds ${findings.length} possible secret(s) (listed above). ` +
            'Remove them, or save with secrets policy "redact" to upload a copy with each secret replaced by a marker.');
    }
    return { transcriptPath: session.transcriptPath, folderPath, findings };
}
/** Scans and lists each finding as rule, file and line: never the secret itself. */
async function scanAndWarn(ctx, req, session) {
    const scan = await (0,src_archive/* scanSession */.qk)(session, req.extraSecrets ?? []);
    for (const f of scan.findings)
        ctx.log.warning(`Possible secret (${f.ruleId}) at ${f.file}:${f.line}`);
    warnUnscanned(ctx, scan);
    return scan.findings;
}
function warnUnscanned(ctx, scan) {
    for (const name of scan.unscanned)
        ctx.log.warning(`Not scanned for secrets (binary file), uploaded as it is: ${name}`);
}

;// CONCATENATED MODULE: ./src/save/save.ts













async function saveSession(ctx, req) {
    const local = await findLocalSession(req);
    const sessionId = local.sessionId;
    const tag = (0,layout/* tagForBranch */.gk)(req.branch);
    // Private to this save (mkdtemp makes it 0700) and always removed: the only place where an
    // unredacted or unencrypted copy is ever written.
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.tempDir, 'claude-session-save-'));
    let warnScan;
    // The lookup only reads: it travels while the session is packed. Nothing is created before the
    // transcript passed restore's checks.
    const lookup = ctx.store.lookupDraft(tag);
    lookup.catch(() => undefined);
    try {
        // Claude Code may still be appending: everything below works on the complete records present
        // now, and a half-written last line never travels, on any path.
        const localBytes = await (0,src_archive/* completeLinesLength */.zF)(local.transcriptPath);
        // Under "warn" the scan only reports, so it runs while the session is packed: zlib compresses
        // on libuv's threads while the scan runs on the main one.
        // Every file that travels is scanned: the transcript's complete lines and the session folder.
        const session = { ...local, transcriptBytes: localBytes };
        warnScan = (req.secrets ?? 'warn') === 'warn' ? scanAndWarn(ctx, req, session) : undefined;
        warnScan?.catch(() => undefined);
        const policy = warnScan
            ? { ...session, findings: [] }
            : await applySecretsPolicy(ctx, req, session, work);
        const transcriptPath = policy.transcriptPath;
        const redacted = transcriptPath !== local.transcriptPath;
        // Validated while packing, with restore's rules: what restore would refuse never leaves, and
        // no draft is created for it.
        const validator = transcriptCheck((0,external_node_path_.basename)(local.transcriptPath));
        const encrypted = req.encryption !== undefined;
        const archiveName = (0,layout/* archiveAssetName */.sT)(sessionId, encrypted);
        const packedPath = (0,external_node_path_.join)(work, (0,layout/* archiveAssetName */.sT)(sessionId, false));
        // The newest fields come from the end of the file, the record count from packing: no second
        // parse of the transcript.
        const tail = await (0,src_session/* readTranscriptTail */.jx)(transcriptPath, {
            bytes: redacted ? undefined : localBytes
        });
        const packed = await (0,src_archive/* packSession */.Ah)({
            sessionId,
            transcriptPath,
            transcriptBytes: redacted ? undefined : localBytes,
            folderPath: policy.folderPath,
            outFile: packedPath,
            // The time of the session's last record: recent for a session being saved, and the same
            // for the same bytes, so an unchanged session still packs to the same digest.
            mtime: timeOf(tail.lastTimestamp),
            onTranscriptData: (chunk) => validator.write(chunk)
        });
        validator.end();
        warnOtherBranch(ctx, req.branch, tail.gitBranch, sessionId);
        const draft = await openDraftForSave(ctx, { tag, branch: req.branch, sessionId, lookup });
        const release = draft.release;
        const { snapshot, copies } = draft.indexed ?? (await listedCopies(ctx, release, sessionId));
        const previous = copies[0];
        assertNoDowngrade(snapshot, previous, req);
        if (previous && !req.force)
            await assertStoredIsPrefix(ctx, previous, local.transcriptPath, localBytes, req);
        const findings = warnScan ? await warnScan : policy.findings;
        const result = (outcome, archiveSize) => ({
            sessionId,
            branch: req.branch,
            tag,
            releaseUrl: release.htmlUrl,
            archiveName,
            archiveSize,
            transcriptSize: packed.transcriptSize,
            records: packed.records,
            outcome,
            findings
        });
        if (previous && isUnchanged(previous, packed.archiveSha256, encrypted, snapshot)) {
            return result('unchanged', packed.archiveSize);
        }
        // Redacted first (above), then encrypted, both inside `work`.
        let archivePath = packedPath;
        let archive = { sha256: packed.archiveSha256, size: packed.archiveSize };
        if (req.encryption) {
            archivePath = (0,external_node_path_.join)(work, archiveName);
            archive = await (0,src_archive/* encryptFile */.oL)(packedPath, archivePath, req.encryption);
        }
        // The digest of the user's own bytes, so that a redacted upload is still recognised as theirs.
        const source = redacted
            ? await (0,src_archive/* hashFile */.DC)(local.transcriptPath, { bytes: localBytes })
            : undefined;
        const metadata = (0,src_archive/* buildMetadata */.KP)({
            sessionId,
            branch: req.branch,
            cwd: req.cwd,
            archiveName,
            archive,
            digests: {
                // Plain digests and sizes, or keyed ones when encrypted: a plain digest would confirm a guess.
                ...(await (0,src_archive/* transcriptDigestFields */.KB)({ size: packed.transcriptSize, sha256: packed.transcriptSha256 }, source, packed.records, req.encryption)),
                // A plain upload that extends a redacted copy keeps that copy's lineage (plain digests, so
                // never for an encrypted session).
                ...(source || encrypted ? {} : await (0,redactedLineage/* carriedLineage */.Is)(previous?.metadata, transcriptPath))
            },
            tail,
            repository: ctx.repository,
            commit: req.commit,
            savedBy: req.savedBy,
            encrypted
        });
        const metadataName = (0,layout/* metadataAssetName */.X8)(sessionId);
        const metadataPath = (0,external_node_path_.join)(work, metadataName);
        const metadataText = (0,src_archive/* serializeMetadata */.Qt)(metadata);
        await (0,promises_.writeFile)(metadataPath, metadataText, { mode: 0o600 });
        const published = await publishVersion(ctx.store, release, snapshot, { archivePath, archiveName, metadataPath, metadataName, metadata }, { onProgress: req.onProgress, freshRelease: draft.created });
        if (published.outcome === 'already-stored') {
            ctx.log.info(`Session ${sessionId} (${packed.records} records) was stored on ${tag} by another save at the same moment; nothing more to upload`);
            return result('unchanged', archive.size);
        }
        await recordInIndex(ctx, draft, sessionId, (0,indexedRelease/* entryFor */.cy)({ asset: published.metadata, text: metadataText }, { asset: published.archive, sha256: archive.sha256 }));
        ctx.log.info(`Saved session ${sessionId} (${packed.records} records) to draft release ${tag}`);
        return result(previous ? 'updated' : 'created', archive.size);
    }
    finally {
        // A save that failed early does not leave the scan running (and warning) behind it.
        await warnScan?.catch(() => undefined);
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The session's assets and stored copies, read from the release's listing and metadata. */
async function listedCopies(ctx, release, sessionId) {
    const listed = (0,storedCopies/* groupSessionAssets */.ti)(release).get(sessionId);
    if (!listed)
        return { snapshot: undefined, copies: [] };
    const { group, copies } = await (0,storedCopies/* storedCopiesOf */.Wt)(ctx.store, listed);
    return { snapshot: group, copies };
}
async function findLocalSession(req) {
    const projectDir = await (0,src_session/* projectDirFor */.cv)(req.configDir, req.cwd, req.env ?? process.env);
    const local = await (0,src_session/* discoverSession */.IE)({
        projectDir,
        branch: req.sessionId ? undefined : req.branch,
        sessionId: req.sessionId
    });
    if (!local) {
        throw new errors/* SessionNotFoundError */.Ag(req.sessionId
            ? `No Claude Code session ${req.sessionId} in ${projectDir}. Check the id, or run from the directory where that session was started.`
            : `No Claude Code session on branch ${req.branch} in ${projectDir}. Start one with \`claude\` in that directory, or name one with a session id.`);
    }
    return local;
}
function timeOf(timestamp) {
    const time = timestamp === undefined ? Number.NaN : Date.parse(timestamp);
    return new Date(Number.isNaN(time) ? Date.now() : time);
}


/***/ })

};
