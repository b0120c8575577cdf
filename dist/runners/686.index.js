export const id = 686;
export const ids = [686];
export const modules = {

/***/ 7365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tz: () => (/* reexport */ bodyWithout),
  cy: () => (/* binding */ entryFor),
  qh: () => (/* binding */ indexOf),
  rE: () => (/* binding */ indexedAssets),
  tl: () => (/* binding */ indexedCopy),
  Yp: () => (/* binding */ nextIndex),
  A1: () => (/* reexport */ parseIndex),
  lc: () => (/* reexport */ renderBody)
});

// EXTERNAL MODULE: ./src/archive/metadata.ts
var archive_metadata = __webpack_require__(4001);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/common/json.ts
var json = __webpack_require__(9927);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
;// CONCATENATED MODULE: ./src/remote/releaseIndexFormat.ts





const FORMAT = 1;
const MARK = 'claude-session-index';
const COMMENT_RE = new RegExp(`<!-- ${MARK} v(\\d+) sha256:([0-9a-f]{64})\\r?\\n([^\\r\\n]*)\\r?\\n-->`);
/**
 * The index sits between these two marks, which GitHub does not render (HTML comments). Whatever a
 * person writes outside them on the release's page is kept by every save, delete and prune.
 */
const START_MARK = `<!-- ${MARK}:start`;
const START = `${START_MARK} (written by claude-session at each save; text outside these marks is kept) -->`;
const END = `<!-- ${MARK}:end -->`;
/** The header of the table: bodies written before the marks existed are recognised by it. */
const TABLE_HEAD = '| Session | Saved | Records | Transcript | Archive |';
/**
 * GitHub refuses a body over 125,000 characters (docs/facts.md#body-size) without saying what it counts;
 * UTF-8 bytes are never fewer than characters by any count, so the index is measured in those.
 */
const MAX_BODY_BYTES = 125_000;
/**
 * `current` (the body as it is) with the index replaced by `index`; text outside the marks is kept
 * as it is. An index with no session leaves no trace. When the body would pass GitHub's limit, the
 * table is left out, and then the index: readers fall back to the listing.
 */
function renderBody(current, index) {
    const { before, after, marked } = splitBody(current ?? '');
    if (Object.keys(index.sessions).length === 0)
        return joinOutside(before, after);
    const head = marked || before.trim() === '' ? before : `${before.trimEnd()}\n\n`;
    const tail = marked ? after : after.trim() ? `\n\n${after.trim()}\n` : '\n';
    const budget = MAX_BODY_BYTES - Buffer.byteLength(head) - Buffer.byteLength(tail);
    const region = [regionOf(index, true), regionOf(index, false)].find((r) => Buffer.byteLength(r) <= budget);
    return region === undefined ? joinOutside(before, after) : `${head}${region}${tail}`;
}
/**
 * The body after `sessionIds` were deleted from the release: their rows and entries gone (an entry
 * holds the session's metadata, with its working directory). Undefined when the body needs no
 * change. An index that cannot be read is removed whole rather than left holding them.
 */
function bodyWithout(body, sessionIds) {
    if (!body)
        return undefined;
    const index = parseIndex(body);
    if (index) {
        const sessions = Object.fromEntries(Object.entries(index.sessions).filter(([id]) => !sessionIds.includes(id)));
        if (Object.keys(sessions).length === Object.keys(index.sessions).length)
            return undefined;
        return renderBody(body, { ...index, sessions });
    }
    const { before, after, marked, legacy } = splitBody(body);
    return marked || legacy ? joinOutside(before, after) : undefined;
}
/** The index in a release body, or undefined when there is none or it is not exactly as written. */
function parseIndex(body) {
    if (!body)
        return undefined;
    // Inside the marks when they are there: a copy of an index pasted elsewhere in the text is not it.
    const start = body.indexOf(START_MARK);
    const end = start === -1 ? -1 : body.indexOf(END, start);
    const match = COMMENT_RE.exec(end === -1 ? body : body.slice(start, end));
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
function regionOf(index, withTable) {
    const rows = Object.entries(index.sessions)
        .sort(([, a], [, b]) => b.metadata.id - a.metadata.id)
        .map(([sessionId, entry]) => tableRow(sessionId, entry));
    const table = withTable
        ? [TABLE_HEAD, '| --- | --- | --- | --- | --- |', ...rows].join('\n')
        : `${rows.length} sessions (the table is left out: GitHub limits a release's description to 125,000 characters).`;
    // `<` and `>` escaped: no text in the JSON can close the comment.
    const json = JSON.stringify(index).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    const comment = `<!-- ${MARK} v${FORMAT} sha256:${sha256(json)}\n${json}\n-->`;
    return `${START}\n${table}\n\n${comment}\n${END}`;
}
/**
 * The text before and after the index. A body written before the marks existed held the intro,
 * the table and the comment: the table and the comment are the index there (`legacy`).
 */
function splitBody(body) {
    const start = body.indexOf(START_MARK);
    const end = start === -1 ? -1 : body.indexOf(END, start);
    if (end !== -1)
        return {
            before: body.slice(0, start),
            after: body.slice(end + END.length),
            marked: true,
            legacy: false
        };
    const comment = COMMENT_RE.exec(body);
    if (!comment)
        return { before: body, after: '', marked: false, legacy: false };
    let from = comment.index;
    const table = body.lastIndexOf(TABLE_HEAD, from);
    if (table !== -1)
        from = table;
    return {
        before: body.slice(0, from),
        after: body.slice(comment.index + comment[0].length),
        marked: false,
        legacy: true
    };
}
/** The text around a removed index, with the blank lines it leaves closed up. */
function joinOutside(before, after) {
    const parts = [before.trimEnd(), after.trim()].filter((part) => part !== '');
    return parts.length ? `${parts.join('\n\n')}\n` : '';
}
function isIndex(value) {
    if (!(0,json/* isJsonObject */.O)(value) || !isId(value.releaseId) || typeof value.uploadUrl !== 'string')
        return false;
    if (!(0,json/* isJsonObject */.O)(value.sessions))
        return false;
    return Object.entries(value.sessions).every(([sessionId, entry]) => isEntry(sessionId, entry));
}
function isEntry(sessionId, entry) {
    if (!(0,json/* isJsonObject */.O)(entry) || !(0,json/* isJsonObject */.O)(entry.metadata) || !(0,json/* isJsonObject */.O)(entry.archive))
        return false;
    const { metadata, archive } = entry;
    if (!isAsset(metadata) || !isAsset(archive) || typeof metadata.text !== 'string')
        return false;
    if (typeof archive.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(archive.sha256))
        return false;
    if (typeof archive.contentType !== 'string')
        return false;
    const m = (0,layout/* roleOfAsset */.qY)(metadata.name);
    const a = (0,layout/* roleOfAsset */.qY)(archive.name);
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
    let transcript = '';
    try {
        const m = (0,archive_metadata/* parseMetadata */.jR)(entry.metadata.text);
        saved = m.timestamp;
        records = m.records === undefined ? '' : String(m.records);
        // An encrypted session records only its size rounded up (src/archive/transcriptDigests.ts).
        if (m.transcriptSize !== undefined)
            transcript = (0,format/* formatBytes */.z)(m.transcriptSize);
        else if (m.transcriptSizeRounded !== undefined)
            transcript = `≤ ${(0,format/* formatBytes */.z)(m.transcriptSizeRounded)}`;
    }
    catch {
        // The table is for people; the JSON below is what readers check.
    }
    return `| \`${sessionId}\` | ${cell(saved)} | ${records} | ${transcript} | ${cell(entry.archive.name)} (${(0,format/* formatBytes */.z)(entry.archive.size)}) |`;
}
function cell(text) {
    return text.replace(/[|\\`<>\r\n]/g, ' ');
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function isId(v) {
    return Number.isSafeInteger(v) && v > 0;
}

;// CONCATENATED MODULE: ./src/remote/releaseIndex.ts




/**
 * The index of sessions kept in a draft's body: the one entry point (its text format is
 * releaseIndexFormat.ts). What the index can stand in for, checked against the assets
 * listed by the same GraphQL answer. Every function here answers undefined rather than guess: the
 * caller then takes the listing path, which reads the metadata assets themselves. An asset's
 * content never changes after upload (a rename keeps id and bytes), so a live node id with the
 * indexed name and size holds the indexed bytes; restore still checks the archive's sha256.
 */
function indexOf(lookup) {
    if (!lookup?.isDraft)
        return undefined;
    const index = parseIndex(lookup.description);
    return index?.releaseId === lookup.id ? index : undefined;
}
function liveAssets(lookup) {
    return lookup.complete ? new Map(lookup.assets.map((a) => [a.nodeId, a])) : undefined;
}
/** For restore: the session asked for (or the one saved last) as one stored copy. */
function indexedCopy(lookup, index, sessionId) {
    const live = liveAssets(lookup);
    if (!live)
        return undefined;
    let chosen = sessionId?.toLowerCase();
    if (chosen === undefined) {
        // The newest save is the highest metadata id (storedCopies.ts): every metadata asset on the
        // release, staged ones included, must be indexed for the index to tell which that is.
        const byNode = new Map(Object.entries(index.sessions).map(([s, e]) => [e.metadata.nodeId, s]));
        let best = -1;
        for (const [nodeId, asset] of live) {
            if ((0,layout/* roleOfAsset */.qY)(asset.name)?.kind !== 'metadata')
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
function indexedAssets(lookup, index, sessionId) {
    const live = liveAssets(lookup);
    if (!live)
        return undefined;
    const ours = [...live].filter(([, a]) => (0,layout/* roleOfAsset */.qY)(a.name)?.sessionId === sessionId);
    if (ours.length === 0)
        return { assets: undefined, copies: [] };
    const entry = ownEntry(index, sessionId);
    if (!entry || ours.length !== 2 || !entryIsLive(entry, live))
        return undefined;
    const copy = copyOf(sessionId, entry, live);
    if (!copy)
        return undefined;
    const assets = {
        sessionId,
        releaseId: lookup.id,
        tag: lookup.tagName,
        metadata: [copy.metadataAsset],
        archives: copy.archives,
        broken: []
    };
    return { assets, copies: [copy] };
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
        (0,layout/* roleOfAsset */.qY)(a.name)?.kind === 'archive' &&
        (0,layout/* roleOfAsset */.qY)(a.name)?.sessionId === (0,layout/* roleOfAsset */.qY)(entry.archive.name)?.sessionId);
}
/** The indexed version, when its metadata parses and agrees with the indexed archive. */
function copyOf(sessionId, entry, live) {
    let metadata;
    try {
        metadata = (0,archive_metadata/* parseMetadata */.jR)(entry.metadata.text);
    }
    catch {
        return undefined;
    }
    const archiveName = live.get(entry.archive.nodeId).name;
    const encrypted = (0,layout/* roleOfAsset */.qY)(archiveName)?.encrypted === true;
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
/* harmony import */ var _archive_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4614);



/** Metadata is a few hundred bytes; anything far larger is not ours. */
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
    const reads = ordered.map((asset) => store.readAsset(asset, { maxBytes: _archive_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_METADATA_BYTES */ .Fx }).then((bytes) => ({ text: bytes.toString('utf8') }), (error) => ({ error })));
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
                // A newer format keeps its kind: the user updates claude-session, nothing is damaged.
                const Unreadable = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NewerFormatError */ .bP ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NewerFormatError */ .bP : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HostileArchiveError */ .v5;
                problem = {
                    asset,
                    error: new Unreadable(`${asset.name} on ${group.tag} cannot be read: ${error.message}`)
                };
            }
            continue;
        }
        if (metadata.sessionId.toLowerCase() !== group.sessionId)
            continue;
        versions.push({ metadata, asset });
    }
    // A version is committed when its metadata holds the final name (see save/commitVersion.ts): that one is
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


/***/ })

};
