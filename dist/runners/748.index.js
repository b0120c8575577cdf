export const id = 748;
export const ids = [748];
export const modules = {

/***/ 9830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ JsonlChecker)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

// What the checker expects next. Plain numbers: the byte loop below switches on them.
const LINE = 0; // a line's first value, or more blank space
const VALUE = 1; // a value (after ':' or an array's ',')
const ARRAY_FIRST = 2; // a value or ']' (after '[')
const KEY_FIRST = 3; // a key or '}' (after '{')
const KEY = 4; // a key (after an object's ',')
const COLON = 5;
const AFTER = 6; // ',', a closer, or the end of the line at depth 0
const STRING = 7;
const ESCAPE = 8;
const HEX = 9;
const MINUS = 10; // '-' read: a digit must follow
const ZERO = 11; // a leading 0: no more integer digits
const INT = 12;
const DOT = 13; // '.' read: a digit must follow
const FRAC = 14;
const EXP = 15; // 'e' read: a sign or a digit
const EXP_SIGN = 16; // sign read: a digit must follow
const EXP_DIGITS = 17;
const LITERAL = 18;
const BAD = 19;
const OBJECT = 1;
const ARRAY = 2;
/** Bytes that stand for themselves inside a string: all but '"', '\\' and control characters. */
const PLAIN = new Uint8Array(256).fill(1, 0x20);
PLAIN[0x22] = 0;
PLAIN[0x5c] = 0;
const LITERALS = {
    0x74: Buffer.from('true'),
    0x66: Buffer.from('false'),
    0x6e: Buffer.from('null')
};
/**
 * Checks a JSONL stream as it passes, byte by byte and without building a string or an object:
 * every line must be one JSON text (RFC 8259: what `JSON.parse` accepts), and blank lines are
 * skipped. Claude Code drops a transcript with a line that is not JSON, so restore refuses it;
 * doing the check in the unpacking pass, instead of `JSON.parse` per line afterwards, saves a
 * second read of the transcript and the churn of a string and an object per record
 * (docs/performance.md). The error names the line, never its content, which may hold secrets.
 */
class JsonlChecker {
    refuse;
    /**
     * @param refuse the error for a line that is not JSON: restore refuses a hostile archive; save
     * refuses to upload what restore would refuse (sync/saveChecks.ts).
     */
    constructor(refuse = hostileLine) {
        this.refuse = refuse;
    }
    /** Non-blank lines seen, complete or not. */
    records = 0;
    line = 1;
    state = LINE;
    stack = new Uint8Array(64);
    depth = 0;
    inKey = false;
    hexLeft = 0;
    literal = LITERALS[0x74];
    literalAt = 0;
    /** A line that began with \v or \f: blank if nothing else follows, as `trim()` judged it. */
    oddBlank = false;
    /** Checks the next bytes; throws `refuse(line)` at the first line that is not JSON. */
    write(buf) {
        let state = this.state;
        const n = buf.length;
        let i = 0;
        while (i < n) {
            const c = buf[i];
            switch (state) {
                case STRING: {
                    // Most of a transcript's bytes are inside strings: skip them in one tight loop.
                    const j = skipPlain(buf, i, n);
                    if (j === n) {
                        i = n;
                        continue;
                    }
                    i = j;
                    const d = buf[j];
                    if (d === 0x22)
                        state = this.inKey ? COLON : AFTER;
                    else if (d === 0x5c)
                        state = ESCAPE;
                    else
                        state = BAD;
                    break;
                }
                case LINE:
                    if (c === 0x0a) {
                        this.line++;
                        this.oddBlank = false;
                    }
                    else if (c === 0x20 || c === 0x09 || c === 0x0d) {
                        // blank so far
                    }
                    else if (c === 0x0b || c === 0x0c) {
                        this.oddBlank = true;
                    }
                    else if (this.oddBlank) {
                        state = BAD;
                    }
                    else {
                        this.records++;
                        state = this.startValue(c, false);
                    }
                    break;
                case VALUE:
                case ARRAY_FIRST:
                    if (c === 0x20 || c === 0x09 || c === 0x0d)
                        break;
                    state = this.startValue(c, state === ARRAY_FIRST);
                    break;
                case KEY_FIRST:
                case KEY:
                    if (c === 0x20 || c === 0x09 || c === 0x0d)
                        break;
                    if (c === 0x22) {
                        this.inKey = true;
                        state = STRING;
                    }
                    else if (c === 0x7d && state === KEY_FIRST) {
                        state = this.close(OBJECT);
                    }
                    else
                        state = BAD;
                    break;
                case COLON:
                    if (c === 0x3a)
                        state = VALUE;
                    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
                        state = BAD;
                    break;
                case AFTER:
                    state = this.after(c);
                    break;
                case ESCAPE:
                    if (c === 0x75) {
                        this.hexLeft = 4;
                        state = HEX;
                    }
                    else if (c === 0x22 ||
                        c === 0x5c ||
                        c === 0x2f ||
                        c === 0x62 ||
                        c === 0x66 ||
                        c === 0x6e ||
                        c === 0x72 ||
                        c === 0x74) {
                        state = STRING;
                    }
                    else
                        state = BAD;
                    break;
                case HEX:
                    if (isHex(c)) {
                        if (--this.hexLeft === 0)
                            state = STRING;
                    }
                    else
                        state = BAD;
                    break;
                case LITERAL:
                    if (c !== this.literal[this.literalAt])
                        state = BAD;
                    else if (++this.literalAt === this.literal.length)
                        state = AFTER;
                    break;
                case MINUS:
                    state = c === 0x30 ? ZERO : isDigit(c) ? INT : BAD;
                    break;
                case DOT:
                    state = isDigit(c) ? FRAC : BAD;
                    break;
                case EXP_SIGN:
                    state = isDigit(c) ? EXP_DIGITS : BAD;
                    break;
                case EXP:
                    state = isDigit(c) ? EXP_DIGITS : c === 0x2b || c === 0x2d ? EXP_SIGN : BAD;
                    break;
                case ZERO:
                case INT:
                case FRAC:
                case EXP_DIGITS:
                    if (isDigit(c) && state !== ZERO)
                        break;
                    if (c === 0x2e && (state === ZERO || state === INT))
                        state = DOT;
                    else if ((c === 0x65 || c === 0x45) && state !== EXP_DIGITS)
                        state = EXP;
                    else
                        state = this.after(c); // the number ended: the byte belongs to what follows
                    break;
            }
            if (state === BAD) {
                this.state = BAD;
                throw this.refusal();
            }
            i++;
        }
        this.state = state;
    }
    /** The end of the stream: a last line without its newline is judged like any other. */
    end() {
        if (this.state === LINE)
            return;
        this.write(NEWLINE);
    }
    startValue(c, closable) {
        switch (c) {
            case 0x7b:
                this.push(OBJECT);
                return KEY_FIRST;
            case 0x5b:
                this.push(ARRAY);
                return ARRAY_FIRST;
            case 0x22:
                this.inKey = false;
                return STRING;
            case 0x2d:
                return MINUS;
            case 0x30:
                return ZERO;
            case 0x74:
            case 0x66:
            case 0x6e:
                this.literal = LITERALS[c];
                this.literalAt = 1;
                return LITERAL;
            case 0x5d:
                return closable ? this.close(ARRAY) : BAD;
            default:
                return c >= 0x31 && c <= 0x39 ? INT : BAD;
        }
    }
    after(c) {
        if (c === 0x20 || c === 0x09 || c === 0x0d)
            return AFTER;
        const top = this.depth > 0 ? this.stack[this.depth - 1] : 0;
        if (c === 0x0a) {
            if (top !== 0)
                return BAD;
            this.line++;
            return LINE;
        }
        if (c === 0x2c)
            return top === OBJECT ? KEY : top === ARRAY ? VALUE : BAD;
        if (c === 0x7d)
            return top === OBJECT ? this.close(OBJECT) : BAD;
        if (c === 0x5d)
            return top === ARRAY ? this.close(ARRAY) : BAD;
        return BAD;
    }
    push(kind) {
        if (this.depth === this.stack.length) {
            const grown = new Uint8Array(this.stack.length * 2);
            grown.set(this.stack);
            this.stack = grown;
        }
        this.stack[this.depth++] = kind;
    }
    close(kind) {
        if (this.depth === 0 || this.stack[this.depth - 1] !== kind)
            return BAD;
        this.depth--;
        return AFTER;
    }
    refusal() {
        return this.refuse(this.line);
    }
}
function hostileLine(line) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HostileArchiveError */ .v5(`Line ${line} of the transcript is not JSON, so the file is not a Claude Code transcript (JSONL); refusing it.`);
}
const NEWLINE = Buffer.from('\n');
/**
 * The index of the first byte from `from` that ends a string's plain run, or `n`. A function of
 * its own: V8 optimises a small function called this often within the first few hundred strings,
 * where the loop inlined in `write`'s large switch ran unoptimised for most of a save or restore
 * of a few MB (cold, 5 MB: 29–46 ms against 47–72; docs/performance.md).
 */
function skipPlain(buf, from, n) {
    let j = from;
    while (j < n && PLAIN[buf[j]] === 1)
        j++;
    return j;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}


/***/ }),

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

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ openDraftForSave),
/* harmony export */   fP: () => (/* binding */ recordInIndex),
/* harmony export */   ie: () => (/* binding */ dropFromIndex)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7365);
/* harmony import */ var _storedCopies_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1258);





const DRAFT_BODY = 'Claude Code sessions saved by claude-session. This release is a draft on purpose: drafts are ' +
    'visible only to people and tokens with push access. Do not publish it: transcripts can hold ' +
    'code, tool output and secrets.';
/**
 * The branch's draft, created on first use. When the index in its body matches the assets the same
 * GraphQL answer lists, no further request is needed to know what the session holds.
 *
 * GitHub does not keep draft tag names unique (docs/facts.md#duplicate-drafts), so two first saves at once can make
 * two drafts: every caller then settles on the lowest id, moves what only the other holds, and
 * deletes the other. The lowest id is the same answer for every racer, which is what makes them
 * converge.
 */
async function openDraftForSave(ctx, target) {
    const { tag, branch, sessionId } = target;
    const lookup = await (target.lookup ?? ctx.store.lookupDraft(tag));
    const index = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .indexOf */ .qh)(lookup);
    const listedNodeIds = lookup?.complete ? new Set(lookup.assets.map((a) => a.nodeId)) : undefined;
    if (lookup && index) {
        const release = await ctx.store.draftFromIndexedLookup(lookup, index.uploadUrl);
        const indexed = release && (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .indexedAssets */ .rE)(lookup, index, sessionId);
        if (release && indexed)
            return { release, created: false, index, body: lookup.description, listedNodeIds, indexed };
    }
    const found = await ctx.store.draftFromLookup(tag, lookup);
    if (found) {
        const listed = new Set(found.assets.flatMap((a) => (a.nodeId ? [a.nodeId] : [])));
        const fromBody = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIndex */ .A1)(found.body);
        return {
            release: found,
            created: false,
            index: index ?? (fromBody?.releaseId === found.id ? fromBody : undefined),
            body: found.body ?? (lookup?.id === found.id ? lookup.description : undefined),
            listedNodeIds: listed.size === found.assets.length ? listed : undefined
        };
    }
    const created = await ctx.store.createDraft(tag, {
        name: `Claude Code sessions: ${branch}`,
        body: DRAFT_BODY
    });
    // A twin made at the same moment is among the newest releases, so the first page shows it; only
    // a twin is read whole (the listing names releases without their assets, releaseListing.ts).
    // This read cannot join another request: it must follow our create (a twin's creator looked up
    // before it, too) and precede our lock (convergence first is what lets the metadata name decide
    // between two first saves), and the index PATCH cannot move into the create, as it needs the
    // numeric asset ids restore downloads by, which GraphQL's ReleaseAsset lacks
    // (docs/facts.md#asset-digest). So a save that creates the draft makes six requests.
    const { refs } = await ctx.store.listDraftRefs({ tag, maxPages: 1 });
    const twins = [created];
    for (const ref of refs) {
        if (ref.id === created.id)
            continue;
        const twin = ref.release ?? (await ctx.store.getRelease(ref.id));
        if (twin?.draft && twin.tagName === tag)
            twins.push(twin);
    }
    const release = await convergeDrafts(ctx, twins);
    return {
        release,
        created: release.id === created.id && twins.length === 1,
        body: release.body ?? DRAFT_BODY
    };
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
    const index = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .nextIndex */ .Yp)(draft.index, draft.release, draft.listedNodeIds, sessionId, entry);
    try {
        await ctx.store.updateBody(draft.release, (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .renderBody */ .lc)(draft.body ?? DRAFT_BODY, index));
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClaudeSessionError */ .R2))
            throw error;
        ctx.log.debug(`Could not update the index on ${draft.release.tagName}: ${error.message}`);
    }
}
/**
 * Takes deleted sessions out of the draft's index: their rows, and their metadata (which names
 * the working directory) in the JSON. Best effort, as recordInIndex: readers check the index
 * against the assets anyway; the text a person wrote around it stays.
 */
async function dropFromIndex(ctx, release, sessionIds) {
    const body = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .bodyWithout */ .tz)(release.body, sessionIds);
    if (body === undefined)
        return;
    try {
        await ctx.store.updateBody(release, body);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClaudeSessionError */ .R2))
            throw error;
        ctx.log.warning(`Could not take the deleted sessions out of the description of ${release.tagName}: ${error.message}`);
    }
}
/** Keeps the lowest-id draft of `twins` (all with one tag), moving over sessions it lacks. */
async function convergeDrafts(ctx, twins) {
    const sorted = [...twins].sort((a, b) => a.id - b.id);
    const keep = sorted[0];
    if (sorted.length === 1)
        return keep;
    const kept = (0,_storedCopies_js__WEBPACK_IMPORTED_MODULE_4__/* .groupSessionAssets */ .ti)(keep);
    for (const extra of sorted.slice(1)) {
        for (const [sessionId, group] of (0,_storedCopies_js__WEBPACK_IMPORTED_MODULE_4__/* .groupSessionAssets */ .ti)(extra)) {
            if (kept.has(sessionId))
                continue;
            const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, 'claude-session-move-'));
            try {
                for (const asset of [...group.archives, ...group.metadata]) {
                    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, String(asset.id));
                    await ctx.store.downloadAsset(asset, path);
                    await ctx.store.uploadAsset(keep, {
                        name: asset.name,
                        filePath: path,
                        contentType: asset.contentType
                    });
                }
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
            }
            ctx.log.info(`Moved session ${sessionId} from a duplicate draft ${extra.tagName} (#${extra.id}) to #${keep.id}`);
        }
        await ctx.store.deleteRelease(extra.id);
        ctx.log.info(`Deleted duplicate draft ${extra.tagName} (#${extra.id})`);
    }
    return (await ctx.store.getRelease(keep.id)) ?? keep;
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
/* harmony import */ var _common_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(863);

/**
 * How sessions are laid out on a draft release. The names are the seed scripts' names, so releases
 * they wrote restore and releases we write look familiar to their users.
 *
 * A replacement first uploads the new pair under staging names (`<final>.<nonce>.partial`), then
 * deletes the old pair and renames; a crash at any point leaves some complete pair behind.
 */
const ARCHIVE_RE = new RegExp(`^claude-session-(${_common_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .UUID_PATTERN */ .J})\\.tar\\.gz(\\.age)?(?:\\.([a-z0-9]+)\\.partial)?$`);
const METADATA_RE = new RegExp(`^claude-session-metadata-(${_common_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .UUID_PATTERN */ .J})\\.json(?:\\.([a-z0-9]+)\\.partial)?$`);
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
 * folder, which Claude Code moves together (docs/facts.md#session-folder). The names end in `.bak`, so Claude
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
        // Something local stands in the way, not something the archive holds: the user moves it.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LocalFileError */ .QD(`${path} exists but is not a plain folder (a symlink or a file); move it away and restore again.`, path, 'ENOTDIR');
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

/***/ 5099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ saveSession)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/archive/index.ts + 10 modules
var src_archive = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/index.ts + 2 modules
var src_session = __webpack_require__(4109);
// EXTERNAL MODULE: ./src/remote/draft.ts
var remote_draft = __webpack_require__(8685);
// EXTERNAL MODULE: ./src/remote/releaseIndex.ts + 1 modules
var releaseIndex = __webpack_require__(7365);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/archive/metadata.ts
var metadata = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
// EXTERNAL MODULE: ./src/remote/storedCopies.ts
var storedCopies = __webpack_require__(1258);
;// CONCATENATED MODULE: ./src/save/commitVersion.ts






/** This save lost a race for the session's final metadata name. */
class LostRace extends Error {
}
/**
 * Puts a new version of one session on the release. The final metadata name is the lock: only
 * one save at a time can hold it, GitHub refusing a second asset of that name with 422
 * (docs/facts.md#name-clashes-and-leftovers), so whatever the interleaving of two saves exactly one version is committed and
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
 *   5. rename the archive to its final name (not needed when it was uploaded under it), while
 *      `record` writes the version into the draft's index.
 *
 * Over a stored version the steps go out in two rounds after the uploads, not four:
 *   - step 2 takes with it the deletion of the archives under a final name (by id, as listed).
 *     Whoever wins step 2 supersedes those archives, us or the save whose delete came first, and
 *     only a committed version or a loser's own direct upload ever holds the final archive name,
 *     so no save's live version is touched; until our commit, our staged pair is restorable.
 *   - steps 3, 4 and 5 go out together: once step 2 deleted the old metadata, no committed
 *     metadata names the old version, and no save can win against ours that relied on it (any
 *     save that checked against that version now hears 404 in its step 2); if we lose step 3 to a
 *     save that saw nothing committed, the old assets were leftovers for it to delete anyway, our
 *     renamed archive is deleted with the rest of ours, and the index we wrote is one restore
 *     finds stale against the listing (remote/releaseIndex.ts).
 * On github.com each round is a round trip of ~100 ms (docs/performance.md).
 *
 * A loser removes what it uploaded and reports the truth: the same bytes are already stored
 * ("already-stored"), or a ConflictError. A crash leaves a complete version (old or new) and
 * leftovers that the next save removes. Renames keep the asset id, so restore's "newest save"
 * ordering is unaffected.
 */
async function commitVersion(store, release, assets, files, options = {}) {
    const nonce = (0,external_node_crypto_.randomBytes)(5).toString('hex');
    const ours = [];
    const committed = assets?.metadata.find((a) => !(0,layout/* roleOfAsset */.qY)(a.name)?.staging);
    // On a draft this save has just created there are no leftovers to clear, so the archive takes
    // its final name at once and needs no rename. A save that found the draft meanwhile stages its
    // own; a final name it already took means that save got here first: we lost.
    const direct = options.freshRelease === true && !assets;
    const uploadArchive = () => store.uploadAsset(release, {
        name: direct ? files.archiveName : (0,layout/* stagingName */.zb)(files.archiveName, nonce),
        filePath: files.archivePath,
        contentType: archiveContentType(files.archiveName),
        onProgress: options.onProgress
    });
    // Archives under a final name (the committed version's; after a switch to or from encryption,
    // the other suffix's too): deleted with step 2, so that step 5 finds the name free (see above).
    const finalArchives = committed
        ? (assets?.archives ?? []).filter((a) => !(0,layout/* roleOfAsset */.qY)(a.name)?.staging)
        : [];
    // What else the listing showed before our upload: superseded once we commit (step 4).
    const superseded = () => Promise.all(assetsOf(assets)
        .filter((asset) => asset.id !== committed?.id && !finalArchives.includes(asset))
        .map((asset) => store.deleteAsset(asset.id)));
    const recordVersion = async (metadata, stored) => options.record?.({ metadata, archive: { ...stored, name: files.archiveName } });
    // Step 5: the archive takes its final name while `record` writes the version into the index.
    const finishAndRecord = async (staged, metadata) => {
        const [archive] = await allDone([
            finishArchive(store, release, staged, metadata, files),
            recordVersion(metadata, staged)
        ]);
        // Uploaded anew (finishArchive): the index must name the asset that holds the bytes.
        if (archive.id !== staged.id)
            await recordVersion(metadata, archive);
        return archive;
    };
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
            await superseded();
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
            const stagedArchive = ours[0];
            // Step 2, with the old archive's deletion from step 4 (see above).
            const [unchecked] = await allDone([
                store.deleteAsset(committed.id),
                ...finalArchives.map((asset) => store.deleteAsset(asset.id))
            ]);
            if (!unchecked)
                throw new LostRace();
            // Steps 3, 4 and 5 at once (see above); a loss is reported once every write is done.
            // The rename keeps the id: our metadata as it will stand once the lock is ours.
            const named = { ...staged, name: files.metadataName };
            [metadata, , archive] = await allDone([
                lockOrLose(store, release, files, () => store.renameAsset(staged.id, files.metadataName), staged),
                superseded(),
                finishAndRecord(stagedArchive, named)
            ]);
            return { outcome: 'stored', metadata, archive };
        }
        if (direct)
            await recordVersion(metadata, archive);
        else
            archive = await finishAndRecord(archive, metadata);
        return { outcome: 'stored', metadata, archive };
    }
    catch (error) {
        if (!(error instanceof LostRace))
            throw error;
        await Promise.all(ours.map((asset) => store.deleteAsset(asset.id)));
        return { outcome: await settleLostRace(store, release, files) };
    }
}
/** Waits for every one of `work`, then throws the first failure (in the order given), if any. */
async function allDone(work) {
    const settled = await Promise.allSettled(work);
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
    return settled.map((s) => s.value);
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
 * Step 5. Under its staging name the archive is already restorable, so a taken final name leaves
 * it there. The holder is usually a concurrent first save that created the draft and uploaded its
 * archive under the final name at once; it then loses the metadata name and deletes that archive,
 * and the next save of the session replaces ours under the final names (firstSaveRace.test.ts
 * replays this). If a straggler's cleanup removed ours while our metadata still stands, it is
 * uploaded again: committed metadata never points at nothing.
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

// EXTERNAL MODULE: ./src/git/branchHistory.ts
var branchHistory = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/shared/redactedLineage.ts
var redactedLineage = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/archive/jsonlCheck.ts
var jsonlCheck = __webpack_require__(9830);
;// CONCATENATED MODULE: ./src/save/checks.ts




/**
 * Lost-update guard: the stored transcript must be a byte prefix of ours, which we can tell from
 * its digest alone, without downloading it.
 */
async function assertStoredIsPrefix(ctx, storedCopy, localPath, localSize, req) {
    const m = storedCopy.metadata;
    const stored = await (0,src_archive/* storedPrefixes */.IM)(m, req.encryption ?? req.compareKey);
    const saved = `saved ${m.timestamp}${m.savedBy ? ` from ${m.savedBy === 'ci' ? 'CI' : 'a laptop'}` : ''}`;
    if ('uncheckable' in stored) {
        // Saved by the seed's scripts (no digest), or encrypted to recipients alone: no key can
        // compare, they always overwrote, and so do we, saying what that may cost.
        ctx.log.warning(`The stored copy of session ${m.sessionId} (${saved}) cannot be compared: ${stored.uncheckable}; replacing it. ` +
            'Records it holds that this transcript lacks (turns another machine or CI added since you last pulled) are lost.');
        return;
    }
    if ('otherKey' in stored) {
        // Another key could tell, and replacing the copy unchecked would lose whatever it holds
        // that ours lacks (a rotated key must not cost CI's records).
        throw new errors/* ConflictError */.fK(`The stored session ${m.sessionId} on claude-sessions-${req.branch} (${saved}) cannot be checked: ${stored.otherKey}. ` +
            'It may hold records this transcript lacks, and saving would lose them. ' +
            (req.savedBy === 'ci'
                ? 'Set the encryption-key input to the key it was saved with and restore it first, or re-run with the input force: true to replace it anyway.'
                : `Pull it first with the key it was saved with (claude-session pull ${req.branch} with that --encryption-key-file or CLAUDE_SESSION_KEY), or replace it with --force.`));
    }
    // Ours extends the stored copy when it starts with the uploaded bytes (a runner that restored
    // them) or with the bytes they were redacted from (the laptop that saved them).
    for (const prefix of stored.prefixes) {
        if (await (0,src_archive/* fileStartsWith */.Cx)(localPath, prefix, localSize))
            return;
    }
    throw new errors/* ConflictError */.fK(`The stored session ${m.sessionId} on claude-sessions-${req.branch} has records that this transcript does not ` +
        `(${saved}); saving would lose them. ` +
        (req.savedBy === 'ci'
            ? 'Re-run with the input force: true to replace it anyway.'
            : `Pull it first (claude-session pull ${req.branch}, which can install it under a new id with --as-new), or replace it with --force.`));
}
/**
 * A save without a key must not silently replace an encrypted copy with plaintext: whoever
 * encrypted it chose to. Only an explicit request (`--no-encryption`) does.
 */
function assertNoDowngrade(assets, storedCopy, req) {
    if (req.encryption !== undefined || req.allowUnencrypted)
        return;
    const encrypted = storedCopy?.metadata.encrypted === true ||
        (assets?.archives ?? []).some((a) => (0,layout/* roleOfAsset */.qY)(a.name)?.encrypted);
    if (!encrypted)
        return;
    const id = storedCopy?.metadata.sessionId ?? assets?.sessionId;
    throw new errors/* UsageError */.eb(`Session ${id} is stored encrypted on claude-sessions-${req.branch}, and no encryption key was given: ` +
        'saving would replace it with an unencrypted copy. ' +
        (req.savedBy === 'ci'
            ? 'Set the encryption-key input (from a secret) to save it encrypted (from the CLI: pass the key, or --no-encryption to store it unencrypted on purpose).'
            : 'Pass the key (--encryption-key-file or CLAUDE_SESSION_KEY) to save it encrypted, or --no-encryption to store it unencrypted on purpose.'));
}
/**
 * Claude Code records the branch it runs on in every record (docs/facts.md#branch); a session recorded
 * on another branch is probably being saved under the wrong name. A detached HEAD (pull-request
 * checkouts in Actions) records the literal "HEAD", which says nothing about the branch.
 */
function warnOtherBranch(ctx, branch, recorded, sessionId) {
    if (recorded === undefined || recorded === 'HEAD' || recorded === branch)
        return;
    ctx.log.warning(`Session ${sessionId} was recorded on branch ${recorded}, but is being saved for branch ${branch}. ` +
        `If that is not intended, save it with the branch ${recorded}.`);
}
function isUnchanged(storedCopy, archiveSha256, encrypted, assets) {
    // Packing is deterministic, so the same files give the same digest; age output never repeats.
    if (encrypted || storedCopy.metadata.archiveSha256 !== archiveSha256)
        return false;
    // Only a clean release counts: leftovers of a killed save (staging names, starter assets) are
    // finished or removed by saving again.
    return (assets !== undefined &&
        assets.broken.length === 0 &&
        assets.metadata.length === 1 &&
        assets.archives.length === 1 &&
        [...assets.metadata, ...assets.archives].every((asset) => !(0,layout/* roleOfAsset */.qY)(asset.name)?.staging));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/shared/memorySync.ts
var memorySync = __webpack_require__(6669);
;// CONCATENATED MODULE: ./src/save/memory.ts





/**
 * Puts the project's auto memory beside the session: a copy of the session folder with the memory
 * folder's files under `<id>/.claude-session-memory/`, in the save's private folder. Everything
 * that follows (the secrets policy, packing, encryption) then treats memory as session files.
 * Without memory files the session folder is used as it is.
 */
async function withMemory(local, where, work) {
    const memoryDir = await (0,src_session/* memoryDirFor */.kr)(where.configDir, where.cwd, where.env ?? process.env);
    const files = await (0,src_session/* memoryFiles */.XR)(memoryDir);
    if (files.length === 0)
        return { folderPath: local.folderPath, recordSaved: async () => { } };
    const composed = (0,external_node_path_.join)(work, 'with-memory', local.sessionId);
    for (const file of local.folderPath ? await (0,src_session/* memoryFiles */.XR)(local.folderPath) : [])
        await copyInto((0,external_node_path_.join)(local.folderPath, ...file.split('/')), (0,external_node_path_.join)(composed, ...file.split('/')));
    // Copied once: what is scanned and packed is this snapshot, whatever Claude writes meanwhile.
    for (const file of files)
        await copyInto((0,external_node_path_.join)(memoryDir, ...file.split('/')), (0,external_node_path_.join)(composed, src_session/* MEMORY_MEMBER */.v1, ...file.split('/')));
    const ownDigests = await (0,memorySync/* digestsOf */.nw)((0,external_node_path_.join)(composed, src_session/* MEMORY_MEMBER */.v1), files);
    return {
        folderPath: composed,
        async recordSaved(packedFolder) {
            // Under "redact" the stored copy differs from ours: it is no news when it comes back.
            const uploaded = packedFolder
                ? await (0,memorySync/* digestsOf */.nw)((0,external_node_path_.join)(packedFolder, src_session/* MEMORY_MEMBER */.v1), files)
                : ownDigests;
            await (0,memorySync/* recordMemorySynced */.nv)(memoryDir, ownDigests, uploaded);
        }
    };
}
async function copyInto(from, to) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true, mode: 0o700 });
    // A reflink where the file system offers one, else a plain copy.
    await (0,promises_.copyFile)(from, to, external_node_fs_.constants.COPYFILE_FICLONE);
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
            ctx.log.warning(`Redacted a secret (${f.ruleId}) ${placeOf(f)} in the uploaded copy`);
        warnUnscanned(ctx, redacted);
        return redacted;
    }
    // The folder is scanned and packed from one snapshot, so nothing written after the scan travels.
    const folderPath = session.folderPath ? await (0,src_archive/* snapshotFolder */.H1)(session.folderPath, work) : undefined;
    const scan = await scanWarning(ctx, req, { ...session, folderPath }, policy === 'fail');
    if (policy === 'fail')
        refuseUnlessClean(scan, req);
    return { transcriptPath: session.transcriptPath, folderPath, findings: scan.findings };
}
/**
 * Under "fail", nothing the scan flagged travels, and neither does what it could not read: a file
 * it cannot read may hold anything. `allowUnscanned` (--allow-unscanned, the allow-unscanned
 * input) lets such files travel as they are, on the user's word.
 */
function refuseUnlessClean(scan, req) {
    if (scan.findings.length > 0) {
        throw new errors/* SecretsFoundError */.s3(`Refusing to upload: the session holds ${scan.findings.length} possible secret(s) (listed above). ` +
            'Remove them, or save with secrets policy "redact" to upload a copy with each secret replaced by a marker.');
    }
    if (scan.unscanned.length > 0 && !req.allowUnscanned) {
        throw new errors/* SecretsFoundError */.s3(`Refusing to upload: the secret scan cannot read ${scan.unscanned.join(', ')} (not text), so it could hold a secret. ` +
            (req.savedBy === 'ci'
                ? 'Remove it, or set the input allow-unscanned: true to upload such files as they are.'
                : 'Remove it, or save with --allow-unscanned to upload such files as they are.'));
    }
}
/** Scans and lists each finding as rule, file and line: never the secret itself. */
async function scanAndWarn(ctx, req, session) {
    return (await scanWarning(ctx, req, session, false)).findings;
}
async function scanWarning(ctx, req, session, refusing) {
    const scan = await (0,src_archive/* scanSession */.qk)(session, req.extraSecrets ?? []);
    for (const f of scan.findings)
        ctx.log.warning(`Possible secret (${f.ruleId}) ${placeOf(f)}`);
    // Under "fail" the refusal names them, unless they are allowed to travel.
    if (!refusing || req.allowUnscanned)
        warnUnscanned(ctx, scan);
    return scan;
}
/** Where a finding is, by the name messages use (never the secret itself). */
function placeOf(f) {
    return f.inName ? `in the name of ${f.file}` : `at ${f.file}:${f.line}`;
}
function warnUnscanned(ctx, scan) {
    for (const name of scan.unscanned)
        ctx.log.warning(`Not scanned for secrets (not text), uploaded as it is: ${name}`);
}

;// CONCATENATED MODULE: ./src/save/packForSave.ts







/**
 * Steps 2 and 3 of a save (docs/architecture.md): the secrets policy, then packing with restore's
 * checks. Claude Code may still be appending: everything works on the complete records present
 * now, and a half-written last line never travels, on any path.
 */
async function packForSave(ctx, req, local, work) {
    const localBytes = await (0,src_archive/* completeLinesLength */.zF)(local.transcriptPath);
    // Every file that travels is scanned: the transcript's complete lines and the session folder.
    // Under "warn" the scan only reports, so it runs while the session is packed: zlib compresses
    // on libuv's threads while the scan runs on the main one.
    // The project's auto memory travels inside the session folder (src/save/memory.ts).
    const memory = req.memory === false ? undefined : await withMemory(local, req, work);
    const session = {
        ...local,
        folderPath: memory ? memory.folderPath : local.folderPath,
        transcriptBytes: localBytes
    };
    const warnScan = (req.secrets ?? 'warn') === 'warn' ? scanAndWarn(ctx, req, session) : undefined;
    warnScan?.catch(() => undefined);
    try {
        const policy = warnScan
            ? { ...session, findings: [] }
            : await applySecretsPolicy(ctx, req, session, work);
        const transcriptPath = policy.transcriptPath;
        const redacted = transcriptPath !== local.transcriptPath;
        // Validated while packing, with restore's rules: what restore would refuse never leaves, and
        // no draft is created for it.
        const validator = transcriptCheck((0,external_node_path_.basename)(local.transcriptPath));
        const packedPath = (0,external_node_path_.join)(work, (0,layout/* archiveAssetName */.sT)(local.sessionId, false));
        // The newest fields come from the end of the file, the record count from packing: no second
        // parse of the transcript.
        const tail = await (0,src_session/* readTranscriptTail */.jx)(transcriptPath, {
            bytes: redacted ? undefined : localBytes
        });
        const packed = await (0,src_archive/* packSession */.Ah)({
            sessionId: local.sessionId,
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
        const findings = warnScan ?? Promise.resolve(policy.findings);
        return {
            localBytes,
            transcriptPath,
            redacted,
            packedPath,
            packed,
            tail,
            findings,
            memory,
            packedFolderPath: policy.folderPath
        };
    }
    catch (error) {
        // A save that failed early does not leave the scan running (and warning) behind it.
        await warnScan?.catch(() => undefined);
        throw error;
    }
}
function timeOf(timestamp) {
    const time = timestamp === undefined ? Number.NaN : Date.parse(timestamp);
    return new Date(Number.isNaN(time) ? Date.now() : time);
}

;// CONCATENATED MODULE: ./src/save/save.ts














/**
 * Saves one session to the branch's draft, in the steps of docs/architecture.md ("What a save
 * does"): find it, pack it (secrets policy, restore's checks), open the draft, check the stored
 * copy against ours, encrypt, describe, and commit the new version.
 */
async function saveSession(ctx, req) {
    await checkKeys(req);
    const local = await findLocalSession(req);
    const sessionId = local.sessionId;
    const tag = (0,layout/* tagForBranch */.gk)(req.branch);
    // Private to this save (mkdtemp makes it 0700) and always removed: the only place where an
    // unredacted or unencrypted copy is ever written.
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.tempDir, 'claude-session-save-'));
    // The lookup only reads: it travels while the session is packed. Nothing is created before the
    // transcript passed restore's checks.
    const lookup = ctx.store.lookupDraft(tag);
    lookup.catch(() => undefined);
    // git runs while the session is packed too: its answer is needed only for the metadata.
    const head = (0,branchHistory/* headCommit */.Qo)(req.cwd);
    head.catch(() => undefined);
    let session;
    try {
        session = await packForSave(ctx, req, local, work);
        const { packed } = session;
        warnOtherBranch(ctx, req.branch, session.tail.gitBranch, sessionId);
        const draft = await (0,remote_draft/* openDraftForSave */.YI)(ctx, { tag, branch: req.branch, sessionId, lookup });
        const stored = draft.indexed ?? (await listedCopies(ctx, draft.release, sessionId));
        const storedCopy = stored.copies[0];
        await checkAgainstStored(ctx, req, local, session, stored);
        const encrypted = req.encryption !== undefined;
        const findings = await session.findings;
        const result = (outcome, archiveSize) => ({
            sessionId,
            branch: req.branch,
            tag,
            releaseUrl: draft.release.htmlUrl,
            archiveName: (0,layout/* archiveAssetName */.sT)(sessionId, encrypted),
            archiveSize,
            transcriptSize: packed.transcriptSize,
            records: packed.records,
            outcome,
            findings
        });
        if (storedCopy && isUnchanged(storedCopy, packed.archiveSha256, encrypted, stored.assets)) {
            await session.memory?.recordSaved(session.packedFolderPath);
            return result('unchanged', packed.archiveSize);
        }
        const version = await prepareVersion(ctx, req, { local, session, storedCopy, head }, work);
        const committed = await commitToDraft(ctx, draft, stored, version, req);
        await session.memory?.recordSaved(session.packedFolderPath);
        if (!committed) {
            ctx.log.info(`Session ${sessionId} (${packed.records} records) was stored on ${tag} by another save at the same moment; nothing more to upload`);
            return result('unchanged', version.archive.size);
        }
        ctx.log.info(`Saved session ${sessionId} (${packed.records} records) to draft release ${tag}`);
        return result(storedCopy ? 'updated' : 'created', version.archive.size);
    }
    finally {
        // A save that failed early does not leave the scan running (and warning) behind it.
        await session?.findings.catch(() => undefined);
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/**
 * Every key is checked before the first request and the first file: a malformed one must not
 * leave a draft behind, nor a warning about a stored copy it was never going to replace.
 */
async function checkKeys(req) {
    for (const key of [req.encryption, req.compareKey])
        if (key)
            await (0,src_archive/* checkKey */.yR)(key);
}
/** Step 1: the session named by the request, or the newest one of the branch in the cwd's project. */
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
/** Step 4, when the draft's index could not tell: the session's assets and stored copies, listed. */
async function listedCopies(ctx, release, sessionId) {
    const assets = (0,storedCopies/* groupSessionAssets */.ti)(release).get(sessionId);
    if (!assets)
        return { assets: undefined, copies: [] };
    const { group, copies } = await (0,storedCopies/* storedCopiesOf */.Wt)(ctx.store, assets);
    return { assets: group, copies };
}
/**
 * Step 5: the stored copy must be a byte prefix of ours (unless forced), and an encrypted copy is
 * never silently replaced by a plaintext one.
 */
async function checkAgainstStored(ctx, req, local, session, stored) {
    const storedCopy = stored.copies[0];
    assertNoDowngrade(stored.assets, storedCopy, req);
    if (storedCopy && !req.force)
        await assertStoredIsPrefix(ctx, storedCopy, local.transcriptPath, session.localBytes, req);
}
/**
 * Step 6 and the metadata: the archive encrypted when a key is given (redacted first, then
 * encrypted, both inside `work`), and the metadata that describes it.
 */
async function prepareVersion(ctx, req, from, work) {
    const { local, session, storedCopy } = from;
    const { packed } = session;
    const sessionId = local.sessionId;
    const encrypted = req.encryption !== undefined;
    const archiveName = (0,layout/* archiveAssetName */.sT)(sessionId, encrypted);
    let archivePath = session.packedPath;
    let archive = { sha256: packed.archiveSha256, size: packed.archiveSize };
    if (req.encryption) {
        archivePath = (0,external_node_path_.join)(work, archiveName);
        archive = await (0,src_archive/* encryptFile */.oL)(session.packedPath, archivePath, req.encryption);
    }
    // The digest of the user's own bytes, so that a redacted upload is still recognised as theirs.
    const source = session.redacted
        ? await (0,src_archive/* hashFile */.DC)(local.transcriptPath, { bytes: session.localBytes })
        : undefined;
    const metadata = (0,src_archive/* buildMetadata */.KP)({
        sessionId,
        branch: req.branch,
        cwd: req.cwd,
        archiveName,
        archive,
        digests: {
            // Plain digests and sizes, or keyed ones when encrypted: a plain digest would confirm a guess.
            ...(await (0,src_archive/* transcriptDigestFields */.KB)({ size: packed.transcriptSize, sha256: packed.transcriptSha256 }, source, packed.records, req.encryption, storedCopy?.metadata)),
            // A plain upload that extends a redacted copy keeps that copy's lineage (plain digests, so
            // never for an encrypted session).
            ...(source || encrypted
                ? {}
                : await (0,redactedLineage/* carriedLineage */.Is)(storedCopy?.metadata, session.transcriptPath))
        },
        tail: session.tail,
        repository: ctx.repository,
        // The checkout's HEAD when there is one (after a CI run: the commit Claude's edits were
        // pushed as), so that a later restore can say what changed on the branch since.
        commit: (await from.head) ?? req.commit,
        savedBy: req.savedBy,
        encrypted
    });
    const metadataName = (0,layout/* metadataAssetName */.X8)(sessionId);
    const metadataPath = (0,external_node_path_.join)(work, metadataName);
    const metadataText = (0,src_archive/* serializeMetadata */.Qt)(metadata);
    await (0,promises_.writeFile)(metadataPath, metadataText, { mode: 0o600 });
    return { archivePath, archiveName, archive, metadataPath, metadataName, metadataText, metadata };
}
/**
 * Step 7: uploads and renames so that some complete version is always restorable, recording it in
 * the draft's index while the archive takes its final name (commitVersion.ts). False when another
 * save stored the same bytes at the same moment.
 */
async function commitToDraft(ctx, draft, stored, version, req) {
    const committed = await commitVersion(ctx.store, draft.release, stored.assets, version, {
        onProgress: req.onProgress,
        freshRelease: draft.created,
        record: (assets) => (0,remote_draft/* recordInIndex */.fP)(ctx, draft, version.metadata.sessionId, (0,releaseIndex/* entryFor */.cy)({ asset: assets.metadata, text: version.metadataText }, { asset: assets.archive, sha256: version.archive.sha256 }))
    });
    return committed.outcome !== 'already-stored';
}


/***/ }),

/***/ 6669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nv: () => (/* binding */ recordMemorySynced),
/* harmony export */   nw: () => (/* binding */ digestsOf),
/* harmony export */   v2: () => (/* binding */ readMemoryState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2948);



/** A bound on the digests kept per file: enough to recognise the copies that circulate. */
const SEEN = 50;
const stateFile = (memoryDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(memoryDir), '.claude-session-memory.json');
async function readMemoryState(memoryDir) {
    try {
        const parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(stateFile(memoryDir), 'utf8'));
        return parsed && typeof parsed.files === 'object' ? parsed : { files: {} };
    }
    catch {
        // Missing or unreadable: every difference is then treated as a change on both sides.
        return { files: {} };
    }
}
/**
 * Records files as in common with the stored copy: `synced` (relative path → sha256) become each
 * file's base, and `alsoSeen` are remembered as versions that are not news (a redacted upload).
 */
async function recordMemorySynced(memoryDir, synced, alsoSeen = {}) {
    const state = await readMemoryState(memoryDir);
    const remember = (file, digest) => {
        const entry = (state.files[file] ??= { base: digest, seen: [] });
        entry.seen = [...entry.seen.filter((d) => d !== digest), digest].slice(-SEEN);
    };
    for (const [file, digest] of Object.entries(alsoSeen))
        remember(file, digest);
    for (const [file, digest] of Object.entries(synced)) {
        remember(file, digest);
        state.files[file].base = digest;
    }
    const path = stateFile(memoryDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
}
/** sha256 of each file (relative path → digest). */
async function digestsOf(dir, files) {
    const digests = {};
    for (const file of files)
        digests[file] = (await (0,_archive_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .DC)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ...file.split('/')))).sha256;
    return digests;
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
