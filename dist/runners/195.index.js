export const id = 195;
export const ids = [195];
export const modules = {

/***/ 4195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ restoreSession)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/archive/encryption.ts
var encryption = __webpack_require__(5261);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var session = __webpack_require__(2803);
// EXTERNAL MODULE: ./src/restore/installFiles.ts
var installFiles = __webpack_require__(7702);
// EXTERNAL MODULE: ./src/archive/digest.ts
var digest = __webpack_require__(2948);
;// CONCATENATED MODULE: ./src/restore/localTranscript.ts




/** How far back from the end restore looks for records it appended itself. */
const OWN_TAIL_BYTES = 64 * 1024;
/** How the local transcript relates to the incoming one, by digests of common prefixes. */
async function relate(localPath, incomingPath) {
    const local = await (0,installFiles/* lstatIfExists */.sM)(localPath);
    if (!local)
        return { relation: 'absent' };
    if (!local.isFile()) {
        throw new errors/* LocalFileError */.QD(`${localPath} exists but is not a regular file; move it away and restore again.`, localPath, 'EISDIR');
    }
    const checked = await (0,digest/* hashFile */.DC)(localPath);
    const incomingSize = (await (0,promises_.lstat)(incomingPath)).size;
    if (checked.size <= incomingSize) {
        if (await (0,digest/* fileStartsWith */.Cx)(incomingPath, checked)) {
            return {
                relation: checked.size === incomingSize ? 'same' : 'local-behind',
                checked,
                sharedBytes: checked.size
            };
        }
    }
    else if (await (0,digest/* fileStartsWith */.Cx)(localPath, await (0,digest/* hashFile */.DC)(incomingPath))) {
        return { relation: 'local-ahead', checked };
    }
    // A pull into another directory ends the transcript with Claude Code's `relocated` record
    // (docs/facts.md#moving-a-session). Such records are not work done here: without them, the local copy may still
    // be a prefix of the incoming one, which then fast-forwards (and gets a fresh record if needed).
    const own = await trailingRelocatedBytes(localPath, checked.size);
    if (own > 0) {
        const base = await (0,digest/* hashFile */.DC)(localPath, { bytes: checked.size - own });
        if (base.size <= incomingSize && (await (0,digest/* fileStartsWith */.Cx)(incomingPath, base))) {
            return { relation: 'local-behind', checked, sharedBytes: base.size };
        }
    }
    return { relation: 'diverged', checked };
}
/**
 * Whether the local transcript is still exactly what `relate` compared. Claude Code, still
 * running, may append at any moment: replacing a file that moved would drop that record.
 */
async function unchangedSince(localPath, checked) {
    const now = await (0,installFiles/* lstatIfExists */.sM)(localPath);
    if (!checked)
        return now === undefined;
    return (now !== undefined &&
        now.isFile() &&
        now.size === checked.size &&
        (await (0,digest/* fileStartsWith */.Cx)(localPath, checked)));
}
/** Bytes at the end of the file made only of complete `relocated` records. */
async function trailingRelocatedBytes(path, size) {
    const start = Math.max(0, size - OWN_TAIL_BYTES);
    const handle = await (0,promises_.open)(path, 'r');
    let text;
    try {
        const tail = Buffer.alloc(size - start);
        const { bytesRead } = await handle.read(tail, 0, tail.length, start);
        text = tail.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
    if (!text.endsWith('\n'))
        return 0;
    const lines = text.slice(0, -1).split('\n');
    let own = 0;
    // The first piece may be the end of a longer line unless the read began at the start of the file.
    for (let i = lines.length - 1; i >= (start === 0 ? 0 : 1); i--) {
        if (!isRelocatedRecord(lines[i]))
            break;
        own += Buffer.byteLength(lines[i]) + 1;
    }
    return own;
}
function isRelocatedRecord(line) {
    try {
        const record = JSON.parse(line);
        return (typeof record === 'object' &&
            record !== null &&
            record.type === 'relocated');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/restore/install.ts






/**
 * Installs an unpacked session into the Claude Code project folder of the cwd, where
 * `claude --resume <id>` looks first (docs/facts.md#resuming). Each file is written to a temporary name in its
 * final folder and renamed, so a failure leaves the previous local state; the transcript is
 * renamed last. Files get mtime = now, because Claude Code deletes transcripts whose mtime is
 * older than `cleanupPeriodDays` in a sweep shortly after it starts (docs/facts.md#cleanup).
 */
async function installSession(req) {
    await (0,promises_.mkdir)(req.projectDir, { recursive: true, mode: 0o700 });
    const incoming = req.unpacked.transcriptPath;
    const existing = (0,external_node_path_.join)(req.projectDir, `${req.remoteSessionId}.jsonl`);
    const { relation, checked, sharedBytes } = await relate(existing, incoming);
    if (relation === 'same' || relation === 'local-ahead') {
        // Nothing new arrived (or only what this machine already went past): keep the local bytes,
        // and refresh the kept file's mtime against Claude Code's cleanup sweep.
        const now = new Date();
        await (0,promises_.utimes)(existing, now, now);
        return {
            sessionId: req.remoteSessionId,
            transcriptPath: existing,
            outcome: 'unchanged',
            relocated: false
        };
    }
    if (relation === 'diverged' && req.onLocalConflict === 'refuse') {
        throw new errors/* ConflictError */.fK(`Session ${req.remoteSessionId} was continued both here and remotely on ${req.describe.branch}: neither copy ` +
            `contains the other, so installing the stored one would lose local records (${existing}). Choose one:\n` +
            `  ${req.describe.pullCommand} --as-new   install the stored copy under a new session id, keep yours as is\n` +
            `  ${req.describe.pullCommand} --force    replace yours with the stored copy (yours is kept as .bak copies)`);
    }
    const asNew = relation === 'diverged' && req.onLocalConflict === 'as-new';
    const sessionId = asNew ? (0,session/* newSessionId */.OZ)() : req.remoteSessionId;
    const target = (0,external_node_path_.join)(req.projectDir, `${sessionId}.jsonl`);
    const relocate = req.recordedCwd !== undefined && req.recordedCwd !== req.cwd;
    const moved = () => new errors/* ConflictError */.fK(`${target} changed while session ${sessionId} was being restored (is Claude Code still running it?). ` +
        `It was left as it was. Let Claude Code finish, then run ${req.describe.pullCommand} again.`);
    const temporary = (0,installFiles/* temporaryName */.NT)(target);
    try {
        await (0,installFiles/* moveOrCopy */.ek)(incoming, temporary);
        await (0,promises_.chmod)(temporary, 0o600);
        // Claude Code appends this same record when it moves a session itself (docs/facts.md#moving-a-session); it tells the
        // model the directory changed and keeps the file byte-identical before it.
        if (relocate) {
            const separator = (await (0,installFiles/* endsWithNewline */.Df)(temporary)) ? '' : '\n';
            await (0,promises_.appendFile)(temporary, separator + (0,session/* relocatedRecord */.FX)(sessionId, req.cwd));
        }
        let backup;
        if (relation === 'diverged' && !asNew) {
            // --force promises the local session survives as a copy: transcript and folder, taken
            // before the folder's files are replaced.
            backup = await (0,installFiles/* backupSession */.B)(existing, (0,external_node_path_.join)(req.projectDir, sessionId));
        }
        if (!asNew && !(await unchangedSince(existing, checked)))
            throw moved();
        if (req.unpacked.folderPath) {
            await (0,installFiles/* installFolder */.Si)(req.unpacked.folderPath, (0,external_node_path_.join)(req.projectDir, sessionId), req.projectDir);
        }
        await req.beforeReplace?.();
        // Checked again just before the rename, the only step that could drop an appended record.
        if (!asNew && !(await unchangedSince(existing, checked)))
            throw moved();
        await (0,promises_.rename)(temporary, target);
        const outcome = asNew
            ? 'as-new'
            : relation === 'absent'
                ? 'installed'
                : relation === 'local-behind'
                    ? 'fast-forward'
                    : 'overwritten';
        return {
            sessionId,
            transcriptPath: target,
            outcome,
            ...(outcome === 'fast-forward' ? { keptBytes: sharedBytes } : {}),
            backupPath: backup?.transcript,
            backupFolderPath: backup?.folder,
            relocated: relocate
        };
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/shared/memorySync.ts
var memorySync = __webpack_require__(6669);
;// CONCATENATED MODULE: ./src/restore/installMemory.ts






/**
 * Takes the memory out of the unpacked session folder (`<id>/.claude-session-memory/`, see
 * src/session/memory.ts), so that the session folder is installed without it. Returns the folder
 * holding the memory's files, or undefined when the archive carries none.
 */
async function takeMemory(unpacked, work) {
    if (!unpacked.folderPath)
        return undefined;
    const inside = (0,external_node_path_.join)(unpacked.folderPath, session/* MEMORY_MEMBER */.v1);
    if (!(await (0,installFiles/* lstatIfExists */.sM)(inside))?.isDirectory())
        return undefined;
    const taken = (0,external_node_path_.join)(work, 'memory');
    await (0,promises_.rename)(inside, taken);
    // A session that had no folder of its own travelled with one only for its memory.
    if ((await (0,promises_.readdir)(unpacked.folderPath)).length === 0) {
        await (0,promises_.rm)(unpacked.folderPath, { recursive: true });
        unpacked.folderPath = undefined;
    }
    return taken;
}
/**
 * Installs the stored memory into the project's memory folder with pull's no-overwrite rule: a
 * file absent here is written; one changed only remotely (this side still as last saved or
 * pulled, src/shared/memorySync.ts) is replaced; one changed on both sides is kept, with the
 * stored copy written beside it as `<name>.<time>.remote`; a stored version this machine already
 * had is old news and changes nothing. Nothing here is ever deleted.
 */
async function installMemory(from, memoryDir) {
    const result = { dir: memoryDir, written: [], kept: [] };
    const files = await (0,session/* memoryFiles */.XR)(from);
    const incoming = await (0,memorySync/* digestsOf */.nw)(from, files);
    const state = await (0,memorySync/* readMemoryState */.v2)(memoryDir);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const synced = {};
    for (const file of files) {
        const remote = incoming[file];
        const target = (0,external_node_path_.join)(memoryDir, ...file.split('/'));
        const known = state.files[file];
        const here = await (0,installFiles/* lstatIfExists */.sM)(target);
        if (here && !here.isFile()) {
            // A folder or link where the file belongs: leave it, and put the stored copy beside it.
            result.kept.push({
                file,
                storedCopyAt: await place(from, file, `${target}.${stamp}.remote`, memoryDir)
            });
            continue;
        }
        const local = here ? (await (0,memorySync/* digestsOf */.nw)(memoryDir, [file]))[file] : undefined;
        if (local === remote) {
            synced[file] = remote;
        }
        else if (known?.seen.includes(remote)) {
            // A copy this machine already had (an older session's, or its own redacted upload).
            continue;
        }
        else if (local === undefined || local === known?.base) {
            await place(from, file, target, memoryDir);
            result.written.push(file);
            synced[file] = remote;
        }
        else {
            result.kept.push({
                file,
                storedCopyAt: await place(from, file, `${target}.${stamp}.remote`, memoryDir)
            });
            // The stored copy is now seen: the next pull does not offer it again.
            await (0,memorySync/* recordMemorySynced */.nv)(memoryDir, {}, { [file]: remote });
        }
    }
    await (0,memorySync/* recordMemorySynced */.nv)(memoryDir, synced);
    return result;
}
/**
 * Writes one file from the staged memory to `to` atomically (a temporary name, then a rename),
 * through real folders only: a link planted inside the memory folder is never followed.
 */
async function place(from, file, to, root) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true, mode: 0o700 });
    for (let dir = (0,external_node_path_.dirname)(to); dir.length > root.length; dir = (0,external_node_path_.dirname)(dir)) {
        if (!(await (0,promises_.lstat)(dir)).isDirectory())
            throw new errors/* HostileArchiveError */.v5(`${dir} is not a plain folder; move it away and restore again.`);
    }
    const temporary = (0,installFiles/* temporaryName */.NT)(to);
    try {
        await (0,installFiles/* moveOrCopy */.ek)((0,external_node_path_.join)(from, ...file.split('/')), temporary);
        await (0,promises_.chmod)(temporary, 0o600);
        await (0,promises_.rename)(temporary, to);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    return to;
}

// EXTERNAL MODULE: ./src/shared/redactedLineage.ts
var redactedLineage = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
// EXTERNAL MODULE: ./src/remote/releaseIndex.ts + 1 modules
var releaseIndex = __webpack_require__(7365);
// EXTERNAL MODULE: ./src/remote/storedCopies.ts
var storedCopies = __webpack_require__(1258);
// EXTERNAL MODULE: ./src/archive/unpack.ts + 2 modules
var unpack = __webpack_require__(9921);
;// CONCATENATED MODULE: ./src/restore/verifiedDownload.ts






/**
 * Stages the newest copy whose archive matches its recorded sha256: the one in its metadata, or,
 * for metadata the seed's scripts wrote (no digest), the `digest` GitHub computes for every asset
 * on upload (docs/facts.md#asset-digest). A plain archive is hashed, gunzipped and unpacked while
 * it downloads, into a staging folder under `work` that only the caller installs from, and only
 * once the digest matched; a mismatch removes the staging folder and tries an older copy. An
 * encrypted archive is downloaded, checked, then decrypted and unpacked.
 */
async function stageVerified(deps, copies, work, options) {
    for (const copy of copies) {
        for (const asset of copy.archives) {
            const expected = copy.metadata.archiveSha256 ?? githubDigest(asset);
            const staging = (0,external_node_path_.join)(work, `staging-${asset.id}`);
            const unpacked = (0,layout/* roleOfAsset */.qY)(asset.name)?.encrypted
                ? await decrypted(deps.store, asset, expected, staging, work, options)
                : await streamed(deps.store, asset, expected, staging, options);
            if (unpacked)
                return { copy, archiveName: asset.name, unpacked };
            deps.log.warning(`${asset.name} does not match its recorded sha256 (${copy.metadata.archiveSha256 ? 'metadata' : "GitHub's asset digest"}); trying an older copy`);
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    throw new errors/* IntegrityError */.cs(`No stored archive of session ${copies[0].metadata.sessionId} matches its recorded sha256; ` +
        'nothing was installed. The asset may be corrupt: save the session again from the machine that has it.');
}
/**
 * Unpacks while downloading; undefined when the digest does not match. The archive's refusal
 * (not JSONL, a bad member, corrupt gzip) counts only once the digest is known: bytes that are
 * not the stored archive's are a mismatch, to be answered with an older copy, not a hostile
 * archive. Each attempt of the transfer starts with an empty staging folder.
 */
async function streamed(store, asset, expected, staging, options) {
    (0,unpack/* checkArchiveSize */.g)(asset.size);
    const { sha256, value } = await store.streamAsset(asset, async (bytes) => {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.mkdir)(staging, { mode: 0o700 });
        try {
            const unpacked = await (0,unpack/* unpackSession */.p)({
                bytes,
                archiveSize: asset.size,
                sessionId: options.sessionId,
                destDir: staging
            });
            return { unpacked };
        }
        catch (error) {
            // Our refusal waits for the digest; anything else (the transfer's, the disk's) is thrown.
            if (error instanceof errors/* ClaudeSessionError */.R2)
                return { refused: error };
            throw error;
        }
    }, { onProgress: options.onProgress });
    if (expected !== undefined && sha256 !== expected)
        return undefined;
    if ('refused' in value)
        throw value.refused;
    return value.unpacked;
}
/** Downloads to a file, checks the digest, then decrypts and unpacks; undefined on a mismatch. */
async function decrypted(store, asset, expected, staging, work, options) {
    const archivePath = (0,external_node_path_.join)(work, `archive-${asset.id}`);
    // The download hashes the bytes as they arrive: no second read of the archive.
    const actual = await store.downloadAsset(asset, archivePath, { onProgress: options.onProgress });
    if (expected !== undefined && actual.sha256 !== expected) {
        await (0,promises_.rm)(archivePath, { force: true });
        return undefined;
    }
    if (!options.encryption) {
        throw new errors/* EncryptionKeyError */.pp(`Session ${options.sessionId} is stored encrypted (${asset.name}) and no key was given. ` +
            'Pass the key with the encryption-key input, --encryption-key-file or CLAUDE_SESSION_KEY.');
    }
    const tarball = (0,external_node_path_.join)(work, `session-${asset.id}.tar.gz`);
    await (0,encryption/* decryptFile */.It)(archivePath, tarball, options.encryption);
    await (0,promises_.rm)(archivePath, { force: true });
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging, { mode: 0o700 });
    return (0,unpack/* unpackSession */.p)({ archiveFile: tarball, sessionId: options.sessionId, destDir: staging });
}
/** GitHub's own digest of an asset, `sha256:<hex>`, as hex; undefined where GitHub gives none (older GHES). */
function githubDigest(asset) {
    const digest = asset.digest;
    const match = typeof digest === 'string' ? /^sha256:([0-9a-f]{64})$/i.exec(digest) : null;
    return match ? match[1].toLowerCase() : undefined;
}

;// CONCATENATED MODULE: ./src/restore/restore.ts












async function restoreSession(ctx, req) {
    // A malformed key is refused before anything is downloaded (it would be at decryption anyway).
    if (req.encryption)
        await (0,encryption/* checkKey */.yR)(req.encryption);
    const tag = (0,layout/* tagForBranch */.gk)(req.branch);
    // One request finds the draft with its body: when the index there matches the assets listed in
    // the same answer, the archive is the only other request (releaseIndex.ts).
    const lookup = await ctx.store.lookupDraft(tag);
    const index = (0,releaseIndex/* indexOf */.qh)(lookup);
    const indexed = lookup && index && (0,releaseIndex/* indexedCopy */.tl)(lookup, index, req.sessionId);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.tempDir, 'claude-session-restore-'));
    try {
        let staged;
        if (indexed) {
            try {
                staged = await stageCopy(ctx, req, indexed.sessionId, [indexed.copy], work);
            }
            catch (error) {
                // A stale or hand-edited index: nothing was installed; the listing path decides.
                if (!(error instanceof errors/* ClaudeSessionError */.R2) || error instanceof errors/* EncryptionKeyError */.pp)
                    throw error;
                ctx.log.debug(`The index on ${tag} is stale (${error.message}); reading the release`);
            }
        }
        staged ??= await stageFromListing(ctx, req, tag, lookup, work);
        return await install(ctx, req, staged, work);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function stageFromListing(ctx, req, tag, lookup, work) {
    const release = await ctx.store.draftFromLookup(tag, lookup);
    if (!release) {
        throw new errors/* SessionNotFoundError */.Ag(`No saved sessions for branch ${req.branch} in ${ctx.repository} (no draft release ${tag}). ` +
            'Save one first; if one was saved, the token may lack push access, without which GitHub hides drafts ' +
            '(a workflow needs `permissions: contents: write`).');
    }
    const groups = (0,storedCopies/* groupSessionAssets */.ti)(release);
    const group = req.sessionId ? groups.get(req.sessionId.toLowerCase()) : (0,storedCopies/* newestSession */.B2)(groups);
    if (!group) {
        throw new errors/* SessionNotFoundError */.Ag(req.sessionId
            ? `Session ${req.sessionId} is not saved on ${tag} in ${ctx.repository}. List what is there with \`claude-session list ${req.branch}\`.`
            : `The draft release ${tag} in ${ctx.repository} holds no saved session.`);
    }
    const copies = await (0,storedCopies/* storedCopies */.Vp)(ctx.store, group);
    if (copies.length === 0) {
        throw new errors/* IntegrityError */.cs(`The stored copy of session ${group.sessionId} on ${tag} is incomplete (no archive matches its metadata). ` +
            'Save it again from the machine that has it.');
    }
    return stageCopy(ctx, req, group.sessionId, copies, work);
}
/** Downloads, checks and unpacks into staging under `work`: nothing here touches the Claude folder. */
async function stageCopy(ctx, req, sessionId, copies, work) {
    const { copy, archiveName, unpacked } = await stageVerified(ctx, copies, work, {
        sessionId,
        encryption: req.encryption,
        onProgress: req.onProgress
    });
    const m = copy.metadata;
    if (m.transcriptSha256 !== undefined) {
        const transcript = unpacked.transcript;
        if (transcript.sha256 !== m.transcriptSha256 || transcript.size !== m.transcriptSize) {
            throw new errors/* IntegrityError */.cs(`The transcript inside ${archiveName} does not match its metadata; nothing was installed. Save the session again.`);
        }
    }
    // Unpacking refused a transcript that is not JSONL (Claude Code would drop it) and counted its
    // records; the last `cwd` comes from the end of the file, without a second parse of it all.
    const { cwd } = await (0,session/* readTranscriptTail */.jx)(unpacked.transcriptPath);
    const info = { records: unpacked.transcript.records, cwd };
    return { sessionId, copy, archiveName, unpacked, info };
}
async function install(ctx, req, staged, work) {
    const { unpacked, info } = staged;
    const m = staged.copy.metadata;
    const group = { sessionId: staged.sessionId };
    const projectDir = await (0,session/* projectDirFor */.cv)(req.configDir, req.cwd, req.env ?? process.env);
    // A copy uploaded with secrets redacted is recognised as the user's own by digests alone.
    const own = await (0,redactedLineage/* withOwnBytes */.oM)((0,external_node_path_.join)(projectDir, `${group.sessionId}.jsonl`), unpacked.transcriptPath, (0,redactedLineage/* lineageOf */.bQ)(m), work);
    if (own)
        unpacked.transcriptPath = own;
    const cwd = await (0,session/* physicalPath */.De)(req.cwd);
    // Memory travels inside `<id>/` (src/session/memory.ts) but is not session-folder content.
    const memoryStaged = await takeMemory(unpacked, work);
    const installed = await installSession({
        unpacked,
        remoteSessionId: group.sessionId,
        projectDir,
        cwd,
        recordedCwd: info.cwd,
        onLocalConflict: req.onLocalConflict ?? 'refuse',
        describe: {
            branch: req.branch,
            pullCommand: req.pullCommand ?? `claude-session pull ${req.branch}`
        }
    });
    ctx.log.info(`Restored session ${installed.sessionId} (${info.records} records) into ${projectDir}`);
    const memory = memoryStaged && req.memory !== false
        ? await installMemory(memoryStaged, await (0,session/* memoryDirFor */.kr)(req.configDir, req.cwd, req.env ?? process.env))
        : undefined;
    for (const kept of memory?.kept ?? [])
        ctx.log.warning(`Memory file ${kept.file} changed both here and in the stored session: yours is kept, the stored copy is at ${kept.storedCopyAt}`);
    return {
        sessionId: installed.sessionId,
        remoteSessionId: group.sessionId,
        branch: req.branch,
        projectDir,
        transcriptPath: installed.transcriptPath,
        outcome: installed.outcome,
        keptBytes: installed.keptBytes,
        backupPath: installed.backupPath,
        backupFolderPath: installed.backupFolderPath,
        records: info.records,
        relocated: installed.relocated,
        archiveSize: m.archiveSize ?? 0,
        commit: m.commit,
        memory
    };
}


/***/ })

};
