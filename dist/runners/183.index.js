export const id = 183;
export const ids = [183];
export const modules = {

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Sizes as people read them, for the CLI and the job summary. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 6114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yp: () => (/* binding */ nextIndex),
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   qh: () => (/* binding */ indexOf),
/* harmony export */   ql: () => (/* binding */ indexedSnapshot),
/* harmony export */   tl: () => (/* binding */ indexedCopy)
/* harmony export */ });
/* harmony import */ var _archive_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4001);
/* harmony import */ var _releaseIndex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8907);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4614);



/**
 * What the index in a draft's body (releaseIndex.ts) can stand in for, checked against the assets
 * listed by the same GraphQL answer. Every function here answers undefined rather than guess: the
 * caller then takes the listing path, which reads the metadata assets themselves. An asset's
 * content never changes after upload (a rename keeps id and bytes), so a live node id with the
 * indexed name and size holds the indexed bytes; restore still checks the archive's sha256.
 */
function indexOf(view) {
    if (!view?.isDraft)
        return undefined;
    const index = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIndex */ .A)(view.description);
    return index?.releaseId === view.id ? index : undefined;
}
function liveAssets(view) {
    return view.complete ? new Map(view.assets.map((a) => [a.nodeId, a])) : undefined;
}
/** For restore: the session asked for (or the one saved last) as one stored copy. */
function indexedCopy(view, index, sessionId) {
    const live = liveAssets(view);
    if (!live)
        return undefined;
    let chosen = sessionId?.toLowerCase();
    if (chosen === undefined) {
        // The newest save is the highest metadata id (storedCopies.ts): every metadata asset on the
        // release, staged ones included, must be indexed for the index to tell which that is.
        const byNode = new Map(Object.entries(index.sessions).map(([s, e]) => [e.metadata.nodeId, s]));
        let best = -1;
        for (const [nodeId, asset] of live) {
            if ((0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(asset.name)?.kind !== 'metadata')
                continue;
            const indexed = byNode.get(nodeId);
            if (indexed === undefined)
                return undefined;
            const id = index.sessions[indexed].metadata.id;
            if (id > best)
                [best, chosen] = [id, indexed];
        }
    }
    const entry = chosen === undefined ? undefined : ownEntry(index, chosen);
    if (!entry || !entryIsLive(entry, live))
        return undefined;
    const copy = copyOf(chosen, entry, live);
    return copy && { sessionId: chosen, copy };
}
/**
 * For save: the session's assets as a listing would show them, and its stored copy. Only when the
 * release holds exactly the indexed pair of this session, or nothing of it.
 */
function indexedSnapshot(view, index, sessionId) {
    const live = liveAssets(view);
    if (!live)
        return undefined;
    const ours = [...live].filter(([, a]) => (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(a.name)?.sessionId === sessionId);
    if (ours.length === 0)
        return { snapshot: undefined, copies: [] };
    const entry = ownEntry(index, sessionId);
    if (!entry || ours.length !== 2 || !entryIsLive(entry, live))
        return undefined;
    const copy = copyOf(sessionId, entry, live);
    if (!copy)
        return undefined;
    const snapshot = {
        sessionId,
        releaseId: view.id,
        tag: view.tagName,
        metadata: [copy.metadataAsset],
        archives: copy.archives,
        broken: []
    };
    return { snapshot, copies: [copy] };
}
/** The index after a save of `sessionId`: entries whose assets are still listed, and ours. */
function nextIndex(previous, release, listedNodeIds, sessionId, entry) {
    const sessions = {};
    if (previous?.releaseId === release.id) {
        for (const [id, e] of Object.entries(previous.sessions)) {
            const listed = !listedNodeIds ||
                (listedNodeIds.has(e.metadata.nodeId) && listedNodeIds.has(e.archive.nodeId));
            if (id !== sessionId && listed)
                sessions[id] = e;
        }
    }
    sessions[sessionId] = entry;
    return { releaseId: release.id, uploadUrl: release.uploadUrl, sessions };
}
/** The index entry of a version just committed; undefined when an asset lacks its node id. */
function entryFor(metadata, archive) {
    const m = metadata.asset;
    const a = archive.asset;
    if (!m.nodeId || !a.nodeId)
        return undefined;
    return {
        metadata: { id: m.id, nodeId: m.nodeId, name: m.name, size: m.size, text: metadata.text },
        archive: {
            id: a.id,
            nodeId: a.nodeId,
            name: a.name,
            size: a.size,
            sha256: archive.sha256,
            contentType: a.contentType
        }
    };
}
function ownEntry(index, sessionId) {
    return Object.hasOwn(index.sessions, sessionId) ? index.sessions[sessionId] : undefined;
}
function entryIsLive(entry, live) {
    const m = live.get(entry.metadata.nodeId);
    const a = live.get(entry.archive.nodeId);
    return (m !== undefined &&
        m.name === entry.metadata.name &&
        m.size === entry.metadata.size &&
        Buffer.byteLength(entry.metadata.text) === entry.metadata.size &&
        a !== undefined &&
        a.size === entry.archive.size &&
        (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(a.name)?.kind === 'archive' &&
        (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(a.name)?.sessionId === (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(entry.archive.name)?.sessionId);
}
/** The indexed version, when its metadata parses and agrees with the indexed archive. */
function copyOf(sessionId, entry, live) {
    let metadata;
    try {
        metadata = (0,_archive_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetadata */ .jR)(entry.metadata.text);
    }
    catch {
        return undefined;
    }
    const archiveName = live.get(entry.archive.nodeId).name;
    const encrypted = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(archiveName)?.encrypted === true;
    if (metadata.sessionId.toLowerCase() !== sessionId ||
        metadata.archiveSha256 !== entry.archive.sha256 ||
        metadata.archiveSize !== entry.archive.size ||
        (metadata.encrypted === true) !== encrypted)
        return undefined;
    const asset = (a, name, type) => ({
        id: a.id,
        nodeId: a.nodeId,
        name,
        size: a.size,
        state: 'uploaded',
        contentType: type,
        updatedAt: ''
    });
    return {
        metadata,
        metadataAsset: asset(entry.metadata, entry.metadata.name, 'application/json'),
        archives: [asset(entry.archive, archiveName, entry.archive.contentType)]
    };
}


/***/ }),

/***/ 4614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ TAG_PREFIX),
/* harmony export */   Ex: () => (/* binding */ branchOfTag),
/* harmony export */   X8: () => (/* binding */ metadataAssetName),
/* harmony export */   gk: () => (/* binding */ tagForBranch),
/* harmony export */   qY: () => (/* binding */ roleOfAsset),
/* harmony export */   sT: () => (/* binding */ archiveAssetName),
/* harmony export */   zb: () => (/* binding */ stagingName)
/* harmony export */ });
/**
 * How sessions are laid out on a draft release. The names are the seed scripts' names, so releases
 * they wrote restore and releases we write look familiar to their users.
 *
 * A replacement first uploads the new pair under staging names (`<final>.<nonce>.partial`), then
 * deletes the old pair and renames; a crash at any point leaves some complete pair behind.
 */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ARCHIVE_RE = new RegExp(`^claude-session-(${UUID})\\.tar\\.gz(\\.age)?(?:\\.([a-z0-9]+)\\.partial)?$`);
const METADATA_RE = new RegExp(`^claude-session-metadata-(${UUID})\\.json(?:\\.([a-z0-9]+)\\.partial)?$`);
const TAG_PREFIX = 'claude-sessions-';
function tagForBranch(branch) {
    return `${TAG_PREFIX}${branch}`;
}
function branchOfTag(tag) {
    return tag.startsWith(TAG_PREFIX) && tag.length > TAG_PREFIX.length
        ? tag.slice(TAG_PREFIX.length)
        : undefined;
}
function archiveAssetName(sessionId, encrypted) {
    return `claude-session-${sessionId}.tar.gz${encrypted ? '.age' : ''}`;
}
function metadataAssetName(sessionId) {
    return `claude-session-metadata-${sessionId}.json`;
}
function stagingName(finalName, nonce) {
    return `${finalName}.${nonce}.partial`;
}
/** What an asset name stands for in our layout; undefined for anything else on the release. */
function roleOfAsset(name) {
    const archive = ARCHIVE_RE.exec(name);
    if (archive) {
        return {
            sessionId: archive[1].toLowerCase(),
            kind: 'archive',
            encrypted: archive[2] !== undefined,
            staging: archive[3] !== undefined
        };
    }
    const metadata = METADATA_RE.exec(name);
    if (metadata) {
        return {
            sessionId: metadata[1].toLowerCase(),
            kind: 'metadata',
            encrypted: false,
            staging: metadata[2] !== undefined
        };
    }
    return undefined;
}


/***/ }),

/***/ 8907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseIndex),
/* harmony export */   l: () => (/* binding */ renderBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4001);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4614);



const FORMAT = 1;
const MARK = 'claude-session-index';
const COMMENT_RE = new RegExp(`<!-- ${MARK} v(\\d+) sha256:([0-9a-f]{64})\\r?\\n([^\\r\\n]*)\\r?\\n-->`);
/** GitHub refuses a body over 125,000 characters; the index stays well under it or is left out. */
const MAX_BODY = 100_000;
function renderBody(intro, index) {
    const rows = Object.entries(index.sessions)
        .sort(([, a], [, b]) => b.metadata.id - a.metadata.id)
        .map(([sessionId, entry]) => tableRow(sessionId, entry));
    const table = [
        '| Session | Saved | Records | Transcript | Archive |',
        '| --- | --- | --- | --- | --- |',
        ...rows
    ].join('\n');
    // `<` and `>` escaped: no text in the JSON can close the comment.
    const json = JSON.stringify(index).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    const comment = `<!-- ${MARK} v${FORMAT} sha256:${sha256(json)}\n${json}\n-->`;
    const body = `${intro}\n\n${table}\n\n${comment}\n`;
    return body.length <= MAX_BODY ? body : `${intro}\n`;
}
/** The index in a release body, or undefined when there is none or it is not exactly as written. */
function parseIndex(body) {
    const match = body ? COMMENT_RE.exec(body) : null;
    if (!match || Number(match[1]) !== FORMAT || sha256(match[3]) !== match[2])
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(match[3]);
    }
    catch {
        return undefined;
    }
    return isIndex(parsed) ? parsed : undefined;
}
function isIndex(value) {
    if (!isObject(value) || !isId(value.releaseId) || typeof value.uploadUrl !== 'string')
        return false;
    if (!isObject(value.sessions))
        return false;
    return Object.entries(value.sessions).every(([sessionId, entry]) => isEntry(sessionId, entry));
}
function isEntry(sessionId, entry) {
    if (!isObject(entry) || !isObject(entry.metadata) || !isObject(entry.archive))
        return false;
    const { metadata, archive } = entry;
    if (!isAsset(metadata) || !isAsset(archive) || typeof metadata.text !== 'string')
        return false;
    if (typeof archive.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(archive.sha256))
        return false;
    if (typeof archive.contentType !== 'string')
        return false;
    const m = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(metadata.name);
    const a = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(archive.name);
    return (m?.kind === 'metadata' &&
        !m.staging &&
        m.sessionId === sessionId &&
        a?.kind === 'archive' &&
        a.sessionId === sessionId);
}
function isAsset(v) {
    return (isId(v.id) &&
        typeof v.nodeId === 'string' &&
        v.nodeId.length > 0 &&
        typeof v.name === 'string' &&
        Number.isSafeInteger(v.size) &&
        v.size >= 0);
}
function tableRow(sessionId, entry) {
    let saved = '';
    let records = '';
    try {
        const m = (0,_archive_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMetadata */ .jR)(entry.metadata.text);
        saved = m.timestamp;
        records = m.records === undefined ? '' : String(m.records);
    }
    catch {
        // The table is for people; the JSON below is what readers check.
    }
    const transcript = /"transcriptSize":(\d+)/.exec(entry.metadata.text);
    return `| \`${sessionId}\` | ${cell(saved)} | ${records} | ${transcript ? mb(Number(transcript[1])) : ''} | ${cell(entry.archive.name)} (${mb(entry.archive.size)}) |`;
}
function cell(text) {
    return text.replace(/[|\\`<>\r\n]/g, ' ');
}
function mb(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isId(v) {
    return Number.isSafeInteger(v) && v > 0;
}


/***/ }),

/***/ 1258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ newestSession),
/* harmony export */   TN: () => (/* binding */ readMetadataVersions),
/* harmony export */   Vp: () => (/* binding */ storedCopies),
/* harmony export */   Wt: () => (/* binding */ storedCopiesOf),
/* harmony export */   XJ: () => (/* binding */ archivesFor),
/* harmony export */   ti: () => (/* binding */ groupSessionAssets)
/* harmony export */ });
/* unused harmony export newestStoredCopy */
/* harmony import */ var _archive_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4614);



/** Metadata is a few hundred bytes; anything far larger is not ours. */
const METADATA_MAX_BYTES = 64 * 1024;
/** How often a listing is taken again when a concurrent save removed what it named. */
const RELISTS = 5;
function groupSessionAssets(release) {
    const groups = new Map();
    for (const asset of release.assets) {
        const role = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(asset.name);
        if (!role)
            continue;
        let group = groups.get(role.sessionId);
        if (!group) {
            group = emptyGroup(role.sessionId, release);
            groups.set(role.sessionId, group);
        }
        if (asset.state !== 'uploaded')
            group.broken.push(asset);
        else if (role.kind === 'metadata')
            group.metadata.push(asset);
        else
            group.archives.push(asset);
    }
    return groups;
}
function emptyGroup(sessionId, release) {
    return {
        sessionId,
        releaseId: release.id,
        tag: release.tagName,
        metadata: [],
        archives: [],
        broken: []
    };
}
/**
 * The session saved last on this release. Asset ids only grow, and a rename keeps the id, so the
 * highest metadata id is the latest save without reading any metadata.
 */
function newestSession(groups) {
    let best;
    let bestId = -1;
    for (const group of groups.values()) {
        for (const asset of group.metadata) {
            if (asset.id > bestId) {
                best = group;
                bestId = asset.id;
            }
        }
    }
    return best;
}
/**
 * Reads every metadata asset of a session, newest save first. A concurrent save may delete an
 * asset between the listing and the read (GitHub then answers 404): the listing is taken again,
 * so that a race never reads as "the token cannot see it".
 */
async function readMetadataVersions(store, group) {
    for (let attempt = 0;; attempt++) {
        const read = await readListed(store, group);
        if (read !== 'stale' || attempt >= RELISTS) {
            if (read === 'stale')
                return { group, versions: [] };
            return { group, ...read };
        }
        const release = await store.getRelease(group.releaseId);
        group =
            (release && groupSessionAssets(release).get(group.sessionId)) ??
                emptyGroup(group.sessionId, { id: group.releaseId, tagName: group.tag });
    }
}
async function readListed(store, group) {
    const versions = [];
    let problem;
    // Final names first: in a clean release that is the only one and no further read is needed.
    const ordered = [...group.metadata].sort((a, b) => stagingRank(a) - stagingRank(b) || b.id - a.id);
    // Independent reads: they travel together, and are looked at in order.
    const reads = ordered.map((asset) => store.readAsset(asset, { maxBytes: METADATA_MAX_BYTES }).then((bytes) => ({ text: bytes.toString('utf8') }), (error) => ({ error })));
    for (const [i, asset] of ordered.entries()) {
        const read = await reads[i];
        if ('error' in read) {
            if (!(await stillListed(store, group.releaseId, asset)))
                return 'stale';
            throw read.error;
        }
        const text = read.text;
        let metadata;
        try {
            metadata = (0,_archive_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetadata */ .jR)(text);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ClaudeSessionError */ .R2))
                throw error;
            // Only the newest file decides; an older unreadable one is a leftover the next save removes.
            if (!problem || asset.id > problem.asset.id) {
                problem = {
                    asset,
                    error: new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HostileArchiveError */ .v5(`${asset.name} on ${group.tag} cannot be read: ${error.message}`)
                };
            }
            continue;
        }
        if (metadata.sessionId.toLowerCase() !== group.sessionId)
            continue;
        versions.push({ metadata, asset });
    }
    // A version is committed when its metadata holds the final name (see publish.ts): that one is
    // current, whatever a save still uploading (or killed) left under staging names. Staged versions
    // count only when none is committed, as after a save killed between its lock and its commit.
    versions.sort((a, b) => stagingRank(a.asset) - stagingRank(b.asset) ||
        (b.metadata.timestamp ?? '').localeCompare(a.metadata.timestamp ?? '') ||
        b.asset.id - a.asset.id);
    const newest = problem;
    if (newest && versions.some((v) => v.asset.id > newest.asset.id))
        problem = undefined;
    return { versions, ...(problem ? { problem } : {}) };
}
async function stillListed(store, releaseId, asset) {
    const release = await store.getRelease(releaseId);
    return release?.assets.some((a) => a.id === asset.id) ?? false;
}
/** The archives that can belong to a metadata version: same size, and the right name family. */
function archivesFor(group, metadata) {
    const legacy = (0,_archive_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .isLegacyMetadata */ .dL)(metadata);
    return group.archives
        .filter((asset) => {
        const role = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(asset.name);
        if (legacy)
            return !role.staging && !role.encrypted;
        return asset.size === metadata.archiveSize && role.encrypted === (metadata.encrypted === true);
    })
        .sort((a, b) => stagingRank(a) - stagingRank(b) || b.id - a.id);
}
/**
 * The newest version that has an archive of the promised size. Which archive really matches is
 * settled by its sha256 after download; a version is never assembled from two saves.
 */
async function newestStoredCopy(store, group) {
    const all = await storedCopies(store, group);
    return all[0];
}
async function storedCopies(store, group) {
    return (await storedCopiesOf(store, group)).copies;
}
/**
 * The complete versions of a session and the listing they came from. When the newest metadata
 * cannot be read (a newer tool wrote it), this says so instead of falling back to an older copy.
 */
async function storedCopiesOf(store, group) {
    const read = await readMetadataVersions(store, group);
    if (read.problem)
        throw read.problem.error;
    const copies = [];
    for (const { metadata, asset } of read.versions) {
        const archives = archivesFor(read.group, metadata);
        if (archives.length > 0)
            copies.push({ metadata, metadataAsset: asset, archives });
    }
    return { group: read.group, copies };
}
function stagingRank(asset) {
    return (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .roleOfAsset */ .qY)(asset.name)?.staging ? 1 : 0;
}


/***/ }),

/***/ 7702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ backupSession),
/* harmony export */   Df: () => (/* binding */ endsWithNewline),
/* harmony export */   NT: () => (/* binding */ temporaryName),
/* harmony export */   Si: () => (/* binding */ installFolder),
/* harmony export */   ek: () => (/* binding */ moveOrCopy),
/* harmony export */   sM: () => (/* binding */ lstatIfExists)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




/** lstat, or undefined when nothing is there. Only ENOENT means absent: EACCES, EIO… propagate. */
async function lstatIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Copies the session folder (subagents, tool results) file by file, each atomically. */
async function installFolder(from, to, projectDir) {
    await ensureRealDirectory(to, projectDir);
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(from, { withFileTypes: true })) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, entry.name);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(to, entry.name);
        if (entry.isDirectory()) {
            await installFolder(source, target, projectDir);
        }
        else if (entry.isFile()) {
            const temporary = temporaryName(target);
            try {
                await moveOrCopy(source, temporary);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temporary, 0o600);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, target);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
                throw error;
            }
        }
    }
}
/**
 * Keeps a copy of the whole local session before it is replaced: the transcript and the `<id>/`
 * folder, which Claude Code moves together (docs/facts.md). The names end in `.bak`, so Claude
 * Code, which looks for `<id>.jsonl` and `<id>/`, never takes them for a session.
 */
async function backupSession(transcriptPath, folderPath) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const backup = { transcript: `${transcriptPath}.${stamp}.bak` };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(transcriptPath, backup.transcript);
    const folder = await lstatIfExists(folderPath);
    if (folder?.isDirectory()) {
        backup.folder = `${folderPath}.${stamp}.bak`;
        // Links are copied as links, never followed: the copy holds what the folder held.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(folderPath, backup.folder, {
            recursive: true,
            verbatimSymlinks: true,
            errorOnExist: true,
            force: false
        });
    }
    return backup;
}
/** Refuses to follow a symlink planted where a session folder belongs: we write only inside projectDir. */
async function ensureRealDirectory(path, projectDir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(projectDir, path);
    if (rel.startsWith('..') || rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HostileArchiveError */ .v5(`Refusing to write outside ${projectDir}: ${path}`);
    }
    const stats = await lstatIfExists(path);
    if (!stats) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(path, { recursive: true, mode: 0o700 });
        return;
    }
    if (!stats.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .HostileArchiveError */ .v5(`${path} exists but is not a plain folder (a symlink or a file); move it away and restore again.`);
    }
}
/** Staging is ours to consume: a rename when it shares the filesystem, else a copy. */
async function moveOrCopy(from, to) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(from, to);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(from, to);
    }
}
async function endsWithNewline(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        if (size === 0)
            return true;
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        return last[0] === 0x0a;
    }
    finally {
        await handle.close();
    }
}
function temporaryName(target) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.claude-session.tmp`);
}


/***/ }),

/***/ 6016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ carriedLineage),
/* harmony export */   bQ: () => (/* binding */ lineageOf),
/* harmony export */   oM: () => (/* binding */ withOwnBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _archive_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2948);
/* harmony import */ var _restore_installFiles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7702);





function lineageOf(m) {
    if (m.sourceTranscriptSize === undefined || m.sourceTranscriptSha256 === undefined)
        return undefined;
    const redacted = m.redactedPrefixSize !== undefined && m.redactedPrefixSha256 !== undefined
        ? { size: m.redactedPrefixSize, sha256: m.redactedPrefixSha256 }
        : m.transcriptSize !== undefined && m.transcriptSha256 !== undefined
            ? { size: m.transcriptSize, sha256: m.transcriptSha256 }
            : undefined;
    if (!redacted)
        return undefined;
    return { source: { size: m.sourceTranscriptSize, sha256: m.sourceTranscriptSha256 }, redacted };
}
/**
 * The metadata fields a save that uploads its bytes as they are (no redaction) carries over from
 * the stored copy it extends, so the origin of that copy's redacted bytes is still recognised.
 */
async function carriedLineage(previous, transcriptPath) {
    const lineage = previous && lineageOf(previous);
    if (!lineage || !(await (0,_archive_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .fileStartsWith */ .Cx)(transcriptPath, lineage.redacted)))
        return {};
    return {
        sourceTranscriptSize: lineage.source.size,
        sourceTranscriptSha256: lineage.source.sha256,
        redactedPrefixSize: lineage.redacted.size,
        redactedPrefixSha256: lineage.redacted.sha256
    };
}
/**
 * When the local transcript starts with the user's own bytes and the incoming one with their
 * redacted form, returns the incoming transcript with that prefix put back as the user's bytes
 * (secrets included): the pull then fast-forwards instead of reporting a false conflict.
 */
async function withOwnBytes(localPath, incomingPath, lineage, work) {
    if (!lineage || lineage.source.size === 0)
        return undefined;
    const local = await (0,_restore_installFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .lstatIfExists */ .sM)(localPath);
    if (!local?.isFile() || local.size < lineage.source.size)
        return undefined;
    if (!(await (0,_archive_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .fileStartsWith */ .Cx)(incomingPath, lineage.redacted)))
        return undefined;
    if (!(await (0,_archive_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .fileStartsWith */ .Cx)(localPath, lineage.source)))
        return undefined;
    const merged = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, 'own-bytes.jsonl');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(localPath, { end: lineage.source.size - 1 }), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(merged, { mode: 0o600 }));
    // The local file may have moved between the check and the copy: only the checked bytes stand.
    if (!(await (0,_archive_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .fileStartsWith */ .Cx)(merged, lineage.source)))
        return undefined;
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(incomingPath, { start: lineage.redacted.size }), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(merged, { flags: 'a' }));
    return merged;
}


/***/ })

};
