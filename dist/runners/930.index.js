export const id = 930;
export const ids = [930];
export const modules = {

/***/ 2948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ fileStartsWith),
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   rD: () => (/* binding */ keyedDigest)
/* harmony export */ });
/* unused harmony export SIZE_GRANULE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_fileChunks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1429);


/** sha256 (hex) and size of a file, or of its first `bytes` bytes; streaming. */
async function hashFile(path, options = {}) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,_common_fileChunks_js__WEBPACK_IMPORTED_MODULE_1__/* .reusedChunks */ .f)(path, { end: options.bytes })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** Sizes in an encrypted session's metadata are rounded up to a multiple of this. */
const SIZE_GRANULE = 64 * 1024;
/** The keyed form of a digest, for metadata. */
function keyedDigest(digest, key) {
    return {
        roundedSize: Math.ceil(digest.size / SIZE_GRANULE) * SIZE_GRANULE,
        hmacSha256: hmacOf(key, digest.size, digest.sha256)
    };
}
function hmacOf(key, size, sha256) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(`${size}:${sha256}`).digest('hex');
}
/**
 * Whether the file begins with exactly the bytes `prefix` describes, looking no further than
 * `limit` bytes. The one "is A a byte prefix of B" test of the project: fast-forward on restore,
 * the lost-update guard on save and the recognition of a redacted upload all ask it, for plain
 * and keyed digests alike.
 */
async function fileStartsWith(path, prefix, limit = Infinity) {
    if ('key' in prefix)
        return startsWithKeyed(path, prefix, limit);
    if (prefix.size > limit)
        return false;
    const head = await hashFile(path, { bytes: prefix.size });
    return head.size === prefix.size && head.sha256 === prefix.sha256;
}
/**
 * A keyed digest knows its size only to within SIZE_GRANULE bytes: every end of a line in that
 * window (and the end of the file) is a candidate, tried on one pass with copies of the running
 * hash. Transcripts are stored up to the end of a line, so the true end is among them.
 */
async function startsWithKeyed(path, prefix, limit) {
    const low = Math.max(0, prefix.roundedSize - SIZE_GRANULE);
    const expected = Buffer.from(prefix.hmacSha256, 'hex');
    const matches = (size, hash) => {
        const actual = Buffer.from(hmacOf(prefix.key, size, hash.copy().digest('hex')), 'hex');
        return actual.length === expected.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(actual, expected);
    };
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const end = Math.min(prefix.roundedSize, limit);
    if (low === 0 && matches(0, hash))
        return true;
    let offset = 0;
    if (end > 0) {
        for await (const chunk of (0,_common_fileChunks_js__WEBPACK_IMPORTED_MODULE_1__/* .reusedChunks */ .f)(path, { end })) {
            let from = 0;
            if (offset + chunk.length > low) {
                for (let at = chunk.indexOf(0x0a, Math.max(0, low - offset - 1)); at !== -1; at = chunk.indexOf(0x0a, at + 1)) {
                    hash.update(chunk.subarray(from, at + 1));
                    from = at + 1;
                    if (offset + from > low && matches(offset + from, hash))
                        return true;
                }
            }
            hash.update(chunk.subarray(from));
            offset += chunk.length;
        }
    }
    // A transcript whose last record has no newline ends where the file (or the window) does. An
    // extra candidate is harmless: only the true prefix can match the HMAC.
    return offset > low && matches(offset, hash);
}


/***/ }),

/***/ 6949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u2: () => (/* binding */ MAX_DIGEST_WORK_FACTOR),
/* harmony export */   y8: () => (/* binding */ newDigestKey),
/* harmony export */   zm: () => (/* binding */ digestKeyFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * age's own scrypt cost for a passphrase (age-encryption.org/v1: "scrypt work factor" 18, which the
 * age-encryption package uses by default). A guess against the metadata then costs as much as a
 * guess against the archive's header.
 */
const DIGEST_WORK_FACTOR = 18;
/** The highest cost a reader accepts from metadata: age's own; scrypt needs 128·r·N bytes (256 MiB). */
const MAX_DIGEST_WORK_FACTOR = 18;
/**
 * A new digest key with a fresh random salt: the same passphrase or identity gives unrelated ids in
 * unrelated sessions and repositories, and no table computed in advance applies. Recipients alone
 * cannot decrypt, and anything derived from them would be public: then there is no digest key.
 */
async function newDigestKey(key) {
    return digestKeyFor(key, {
        id: '',
        salt: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
        workFactor: key.passphrase !== undefined ? (key.scryptWorkFactor ?? DIGEST_WORK_FACTOR) : undefined
    });
}
/**
 * The digest key that `stored` names, derived again from what decrypts the session (HKDF-SHA256,
 * RFC 5869, salted with the stored salt): a passphrase goes through scrypt with the stored cost
 * first, identities (random keys already) straight into HKDF. Metadata without a salt was written
 * by the first scheme, which `legacyDigestKey` still derives, so such copies are still compared
 * (and a save replaces them with the current scheme). Memoised per key object and salt: one save
 * compares and then records with the same derivation.
 */
async function digestKeyFor(key, stored) {
    if (key.passphrase === undefined && (key.identities ?? []).length === 0)
        return undefined;
    const cacheKey = `${stored.salt ?? 'legacy'}:${stored.workFactor ?? ''}`;
    let cache = derived.get(key);
    if (!cache)
        derived.set(key, (cache = new Map()));
    let found = cache.get(cacheKey);
    if (!found) {
        found = stored.salt === undefined ? legacyDigestKey(key) : saltedDigestKey(key, stored);
        cache.set(cacheKey, found);
    }
    return found;
}
const derived = new WeakMap();
async function saltedDigestKey(key, stored) {
    const salt = Buffer.from(stored.salt, 'hex');
    const workFactor = key.passphrase !== undefined ? stored.workFactor : undefined;
    if (key.passphrase !== undefined) {
        if (workFactor === undefined ||
            !Number.isInteger(workFactor) ||
            workFactor < 1 ||
            workFactor > MAX_DIGEST_WORK_FACTOR)
            // No cost, or one out of range: written with identities (or tampered with), so no passphrase
            // derives the key it names. An id that matches no stored id says so to the caller.
            return { key: Buffer.alloc(0), id: '', salt: stored.salt };
    }
    const material = key.passphrase !== undefined
        ? await scryptOf(key.passphrase, salt, workFactor)
        : identityMaterial(key);
    const derive = async (info) => Buffer.from(await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdf)('sha256', material, salt, info, 32));
    return {
        key: await derive('transcript digest'),
        id: (await derive('digest key id')).subarray(0, 8).toString('hex'),
        salt: stored.salt,
        ...(workFactor !== undefined ? { workFactor } : {})
    };
}
/**
 * The first scheme (metadata with a `digestKeyId` and no `digestKeySalt`): scrypt at 2^15 with
 * one fixed salt for every key, so the same passphrase gave the same id everywhere and a guess
 * cost an eighth of one against age's header. Kept only to read such metadata: comparing against
 * a copy saved that way still works, and nothing new is written with it.
 */
const LEGACY_DIGEST_SALT = 'claude-session/v1/digest-key';
async function legacyDigestKey(key) {
    const material = key.passphrase !== undefined
        ? await scryptOf(key.passphrase, Buffer.from(LEGACY_DIGEST_SALT), 15)
        : identityMaterial(key);
    const derive = async (info) => Buffer.from(await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdf)('sha256', material, LEGACY_DIGEST_SALT, info, 32));
    return {
        key: await derive('transcript digest'),
        id: (await derive('digest key id')).subarray(0, 8).toString('hex')
    };
}
function identityMaterial(key) {
    return Buffer.from([...key.identities]
        .map((i) => i.toUpperCase())
        .sort()
        .join('\n'));
}
function scryptOf(passphrase, salt, workFactor) {
    const N = 2 ** workFactor;
    return new Promise((resolve, reject) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(passphrase, salt, 32, { N, r: 8, p: 1, maxmem: 128 * 8 * N + (32 << 20) }, (e, k) => e ? reject(e) : resolve(k)));
}


/***/ }),

/***/ 8199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ LineCounter)
/* harmony export */ });
/** Newlines in a chunk: `indexOf` finds each one natively, without a loop over every byte. */
function countNewlines(buf) {
    let count = 0;
    for (let at = buf.indexOf(0x0a); at !== -1; at = buf.indexOf(0x0a, at + 1))
        count++;
    return count;
}
/**
 * Counts a transcript's lines as it passes, the way pack counts the records it stores
 * (archive/pack.ts): the newlines, plus a last line without one. What restore reads instead of
 * the JSONL check when the save already ran that check on the same bytes (restore/verifiedDownload.ts).
 */
class LineCounter {
    records = 0;
    last = 0x0a;
    write(buf) {
        if (buf.length === 0)
            return;
        this.records += countNewlines(buf);
        this.last = buf[buf.length - 1];
    }
    end() {
        if (this.last !== 0x0a)
            this.records++;
        this.last = 0x0a;
    }
}


/***/ }),

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ MAX_METADATA_BYTES),
/* harmony export */   KP: () => (/* binding */ buildMetadata),
/* harmony export */   Qt: () => (/* binding */ serializeMetadata),
/* harmony export */   dL: () => (/* binding */ isLegacyMetadata),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   pm: () => (/* binding */ sameTranscript)
/* harmony export */ });
/* harmony import */ var _common_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(863);
/* harmony import */ var _common_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9927);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _digestKey_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6949);





/** Version 1: the seed's five fields plus digests, sizes and provenance. */
const FORMAT_VERSION = 1;
/** The largest metadata file read: ours are under 2 KiB; a bigger one is not ours. */
const MAX_METADATA_BYTES = 64 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
/** The metadata of a new version, format `FORMAT_VERSION`. */
function buildMetadata(facts) {
    const { encrypted, tail } = facts;
    return {
        sessionId: facts.sessionId,
        gitBranch: facts.branch,
        // An encrypted archive's metadata holds only ids, sizes, digests, times and format: the
        // working directory could name a customer or a project.
        ...(encrypted ? {} : { cwd: facts.cwd }),
        timestamp: (facts.now ?? new Date()).toISOString(),
        archivePath: facts.archiveName,
        formatVersion: FORMAT_VERSION,
        archiveSha256: facts.archive.sha256,
        archiveSize: facts.archive.size,
        ...facts.digests,
        ...(tail.claudeVersion && !encrypted ? { claudeVersion: tail.claudeVersion } : {}),
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr,
        repository: facts.repository,
        ...(facts.commit ? { commit: facts.commit } : {}),
        ...(tail.lastTimestamp ? { lastRecordAt: tail.lastTimestamp } : {}),
        savedBy: facts.savedBy,
        encrypted,
        // Every save refuses a transcript with a line that is not JSON while it packs it
        // (save/packForSave.ts), before this metadata is written.
        jsonlChecked: true
    };
}
/** True when two versions hold the same transcript bytes (however each archive was written). */
function sameTranscript(a, b) {
    return (a.transcriptSha256 !== undefined &&
        a.transcriptSha256 === b.transcriptSha256 &&
        a.transcriptSize === b.transcriptSize &&
        (a.encrypted === true) === (b.encrypted === true));
}
function serializeMetadata(metadata) {
    return JSON.stringify(metadata, null, 2) + '\n';
}
/** True for metadata the seed's scripts wrote: no digest to check the archive against. */
function isLegacyMetadata(metadata) {
    return metadata.formatVersion === undefined;
}
/** Parses and validates downloaded metadata; anything malformed is refused in one line. */
function parseMetadata(text, options = {}) {
    const max = options.maxBytes ?? MAX_METADATA_BYTES;
    if (Buffer.byteLength(text) > max)
        throw bad(`it is over ${max} bytes`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw bad('it is not JSON');
    }
    if (!(0,_common_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(value))
        throw bad('it is not a JSON object');
    const m = value;
    // Checked before any field: a newer format may have changed them, and the user needs to hear
    // "update", not "invalid".
    if (typeof m.formatVersion === 'number' && m.formatVersion > FORMAT_VERSION) {
        const writer = typeof m.toolVersion === 'string'
            ? `claude-session ${m.toolVersion.slice(0, 40)}`
            : 'a newer claude-session';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NewerFormatError */ .bP(`The session was saved by ${writer} in metadata format ${m.formatVersion}; this is claude-session ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr}, which reads format ${FORMAT_VERSION}. Update claude-session to restore it.`);
    }
    if (typeof m.sessionId !== 'string' || !(0,_common_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .isUuid */ .O)(m.sessionId))
        throw bad('sessionId is not a UUID');
    for (const key of ['gitBranch', 'timestamp', 'archivePath']) {
        if (typeof m[key] !== 'string')
            throw bad(`${key} is missing or not a string`);
    }
    for (const key of [
        'cwd',
        'claudeVersion',
        'toolVersion',
        'repository',
        'commit',
        'lastRecordAt'
    ]) {
        if (m[key] !== undefined && typeof m[key] !== 'string')
            throw bad(`${key} is not a string`);
    }
    for (const key of [
        'archiveSha256',
        'transcriptSha256',
        'sourceTranscriptSha256',
        'transcriptHmacSha256',
        'sourceTranscriptHmacSha256',
        'redactedPrefixSha256'
    ]) {
        if (m[key] !== undefined && (typeof m[key] !== 'string' || !SHA256.test(m[key]))) {
            throw bad(`${key} is not a sha256 digest`);
        }
    }
    for (const key of [
        'formatVersion',
        'archiveSize',
        'transcriptSize',
        'sourceTranscriptSize',
        'transcriptSizeRounded',
        'sourceTranscriptSizeRounded',
        'redactedPrefixSize',
        'records'
    ]) {
        const n = m[key];
        if (n !== undefined && (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)) {
            throw bad(`${key} is not a non-negative integer`);
        }
    }
    if (m.digestKeyId !== undefined &&
        (typeof m.digestKeyId !== 'string' || !/^[0-9a-f]{16}$/.test(m.digestKeyId)))
        throw bad('digestKeyId is not 16 hex digits');
    if (m.digestKeySalt !== undefined &&
        (typeof m.digestKeySalt !== 'string' || !/^[0-9a-f]{32}$/.test(m.digestKeySalt)))
        throw bad('digestKeySalt is not 32 hex digits');
    if (m.digestKeyWorkFactor !== undefined &&
        (typeof m.digestKeyWorkFactor !== 'number' ||
            !Number.isInteger(m.digestKeyWorkFactor) ||
            m.digestKeyWorkFactor < 1 ||
            m.digestKeyWorkFactor > _digestKey_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DIGEST_WORK_FACTOR */ .u2))
        throw bad(`digestKeyWorkFactor is not a whole number from 1 to ${_digestKey_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DIGEST_WORK_FACTOR */ .u2}`);
    if (m.savedBy !== undefined && m.savedBy !== 'laptop' && m.savedBy !== 'ci')
        throw bad('savedBy is not laptop or ci');
    for (const key of ['encrypted', 'jsonlChecked']) {
        if (m[key] !== undefined && typeof m[key] !== 'boolean')
            throw bad(`${key} is not a boolean`);
    }
    if (m.formatVersion !== undefined &&
        (m.archiveSha256 === undefined || m.archiveSize === undefined)) {
        throw bad('archiveSha256 or archiveSize is missing');
    }
    return m;
}
function bad(why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HostileArchiveError */ .v5(`The session metadata is invalid: ${why}.`);
}


/***/ }),

/***/ 1429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   f: () => (/* binding */ reusedChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Big enough that a read costs little next to what is done with it; small enough to stay cheap. */
const CHUNK_BYTES = 128 * 1024;
/**
 * The bytes `[start, end)` of a file (to its end when `end` is past it), read into one buffer that
 * is reused: a chunk is valid only until the next one is asked for. A read stream allocates a
 * fresh buffer per chunk, which V8 frees only at a later collection, so reading a 200 MB
 * transcript that way leaves tens of MB of garbage in the process (docs/performance.md).
 */
async function* reusedChunks(path, options = {}) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const end = Math.min(options.end ?? Infinity, (await handle.stat()).size);
        let position = options.start ?? 0;
        if (position >= end)
            return;
        const buffer = Buffer.allocUnsafe(Math.min(options.chunkBytes ?? CHUNK_BYTES, end - position));
        while (position < end) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - position), position);
            if (bytesRead === 0)
                return;
            position += bytesRead;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 4109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v1: () => (/* reexport */ memory/* MEMORY_MEMBER */.v1),
  SO: () => (/* reexport */ configDir/* claudeConfigDir */.S),
  IE: () => (/* reexport */ discoverSession),
  KT: () => (/* reexport */ tokenUsage/* formatTokenUsage */.K),
  Sd: () => (/* reexport */ session_sessionId/* isSessionId */.S),
  kr: () => (/* reexport */ memory/* memoryDirFor */.kr),
  XR: () => (/* reexport */ memory/* memoryFiles */.XR),
  OZ: () => (/* reexport */ session_sessionId/* newSessionId */.O),
  cv: () => (/* reexport */ projectDir/* projectDirFor */.cv),
  L6: () => (/* reexport */ turns/* readAddedTurns */.L),
  jx: () => (/* reexport */ transcript/* readTranscriptTail */.j),
  FX: () => (/* reexport */ transcript/* relocatedRecord */.F)
});

// UNUSED EXPORTS: listLocalSessions, physicalPath, projectDirName

// EXTERNAL MODULE: ./src/session/configDir.ts
var configDir = __webpack_require__(8153);
// EXTERNAL MODULE: ./src/session/projectDir.ts
var projectDir = __webpack_require__(1046);
// EXTERNAL MODULE: ./src/session/sessionId.ts
var session_sessionId = __webpack_require__(7473);
// EXTERNAL MODULE: ./src/session/transcript.ts
var transcript = __webpack_require__(4756);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/session/fileSearch.ts

/** Whether a file contains any of the byte strings: streaming, with overlap across chunk edges. */
async function fileIncludes(path, needles) {
    const overlap = Math.max(...needles.map((n) => n.length)) - 1;
    let carry = Buffer.alloc(0);
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 })) {
        const window = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        if (needles.some((n) => window.includes(n)))
            return true;
        carry = window.subarray(Math.max(0, window.length - overlap));
    }
    return false;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/session/discover.ts





/** Every session in a project folder: `<uuid>.jsonl` regular files. */
async function listLocalSessions(projectDir) {
    const entries = await (0,promises_.readdir)(projectDir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return [];
        throw error;
    });
    const folders = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
    const sessions = [];
    for (const entry of entries) {
        if (!entry.isFile() || !entry.name.endsWith('.jsonl'))
            continue;
        const sessionId = entry.name.slice(0, -'.jsonl'.length);
        if (!(0,session_sessionId/* isSessionId */.S)(sessionId))
            continue;
        const transcriptPath = (0,external_node_path_.join)(projectDir, entry.name);
        const stats = await (0,promises_.stat)(transcriptPath);
        sessions.push({
            sessionId,
            projectDir,
            transcriptPath,
            folderPath: folders.has(sessionId) ? (0,external_node_path_.join)(projectDir, sessionId) : undefined,
            size: stats.size,
            mtimeMs: stats.mtimeMs
        });
    }
    return sessions;
}
/**
 * The session to carry: the one named, or the newest whose records carry `gitBranch === branch`
 * (newest by last record timestamp, then by mtime). Without a branch, the newest of all.
 */
async function discoverSession(options) {
    const sessions = await listLocalSessions(options.projectDir);
    if (options.sessionId !== undefined) {
        const wanted = options.sessionId.toLowerCase();
        return sessions.find((s) => s.sessionId.toLowerCase() === wanted);
    }
    const candidates = [];
    for (const session of sessions) {
        if (options.branch !== undefined &&
            !(await mentionsBranch(session.transcriptPath, options.branch)))
            continue;
        candidates.push({
            ...session,
            lastTimestamp: (await (0,transcript/* readTranscriptTail */.j)(session.transcriptPath)).lastTimestamp
        });
    }
    candidates.sort((a, b) => (b.lastTimestamp ?? '').localeCompare(a.lastTimestamp ?? '') || b.mtimeMs - a.mtimeMs);
    return candidates[0];
}
/**
 * Whether any record carries the branch: a streaming byte search, far cheaper than parsing.
 * Claude Code writes compact JSON; the spaced form is matched too for transcripts re-serialised
 * by other tools.
 */
async function mentionsBranch(path, branch) {
    const value = JSON.stringify(branch);
    return fileIncludes(path, [
        Buffer.from(`"gitBranch":${value}`),
        Buffer.from(`"gitBranch": ${value}`)
    ]);
}

// EXTERNAL MODULE: ./src/session/turns.ts
var turns = __webpack_require__(4832);
// EXTERNAL MODULE: ./src/session/tokenUsage.ts
var tokenUsage = __webpack_require__(3094);
// EXTERNAL MODULE: ./src/session/memory.ts
var memory = __webpack_require__(6709);
;// CONCATENATED MODULE: ./src/session/index.ts










/***/ }),

/***/ 6709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ memoryFiles),
/* harmony export */   kr: () => (/* binding */ memoryDirFor),
/* harmony export */   v1: () => (/* binding */ MEMORY_MEMBER)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _projectDir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1046);



/**
 * Where the project's auto memory travels inside a session archive: a folder of `<id>/`, so a
 * restore of a version that knows nothing of memory accepts the archive (it refuses members
 * outside `<id>.jsonl` and `<id>/`, src/archive/memberRules.ts) and only puts the files into the
 * session folder, where Claude Code does not look for memory.
 */
const MEMORY_MEMBER = '.claude-session-memory';
/**
 * Claude Code's auto memory of the project `cwd` belongs to: `<config dir>/projects/<project folder
 * of the git root>/memory/` (MEMORY.md and the files it points to; docs/facts.md#auto-memory). The git root is
 * the nearest folder upwards holding `.git` (a folder, or a file in a worktree); without one, `cwd`.
 */
async function memoryDirFor(configDir, cwd, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await (0,_projectDir_js__WEBPACK_IMPORTED_MODULE_2__/* .projectDirFor */ .cv)(configDir, await gitRoot(cwd), env), 'memory');
}
async function gitRoot(cwd) {
    const start = await (0,_projectDir_js__WEBPACK_IMPORTED_MODULE_2__/* .physicalPath */ .De)(cwd);
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')).then(() => true, () => false))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return start;
    }
}
/** The regular files under a memory folder, as paths relative to it ('/'-separated), sorted. */
async function memoryFiles(dir, prefix = '') {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
    const files = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        // Links are not followed, as in the session folder: memory holds Claude Code's own notes.
        if (entry.isDirectory())
            files.push(...(await memoryFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name), relative)));
        else if (entry.isFile())
            files.push(relative);
    }
    return files;
}


/***/ }),

/***/ 1046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ physicalPath),
/* harmony export */   cv: () => (/* binding */ projectDirFor)
/* harmony export */ });
/* unused harmony export projectDirName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Claude Code shortens longer names and appends a hash of the full path (docs/facts.md#project-folder). */
const MAX_NAME = 200;
/**
 * The project folder name Claude Code derives from a working directory: every UTF-16 code unit
 * outside [A-Za-z0-9] becomes `-` (no collapsing, so an emoji gives two dashes); a result over
 * 200 characters keeps its first 200 and gets `-<base36 of |Java-style hash of the path|>`.
 * Works the same for POSIX and Windows paths (`D:\a\repo\repo` → `D--a-repo-repo`).
 */
function projectDirName(path) {
    const name = path.replace(/[^A-Za-z0-9]/g, '-');
    if (name.length <= MAX_NAME)
        return name;
    return `${name.slice(0, MAX_NAME)}-${Math.abs(javaStringHash(path)).toString(36)}`;
}
function javaStringHash(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++)
        h = ((h << 5) - h + text.charCodeAt(i)) | 0;
    return h;
}
/**
 * The absolute project folder for `cwd` inside `configDir`. Claude Code uses the physical path
 * (symlinks resolved, `$PWD` ignored; on macOS `/tmp` is `/private/tmp`), and honours
 * `CLAUDE_CODE_PROJECT_DIR_NAME` only when `CLAUDE_CONFIG_DIR` is also set (docs/facts.md#project-folder).
 */
async function projectDirFor(configDir, cwd, env = process.env) {
    const override = env.CLAUDE_CODE_PROJECT_DIR_NAME;
    if (override && env.CLAUDE_CONFIG_DIR)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'projects', override);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'projects', projectDirName(await physicalPath(cwd)));
}
/**
 * realpath of the longest existing ancestor, with the rest appended: the cwd may not exist yet.
 * This is what makes macOS's `/tmp/x` become `/private/tmp/x` and a Windows junction or subst
 * drive resolve to its target, as Claude Code sees them (docs/facts.md#project-folder). `platform` and `resolveReal`
 * exist so that tests can hold the rules against `path.win32` and `path.posix` tables.
 */
async function physicalPath(path, platform = (node_path__WEBPACK_IMPORTED_MODULE_1___default()), resolveReal = node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath) {
    const absolute = platform.resolve(path);
    const missing = [];
    let current = absolute;
    for (;;) {
        try {
            const real = await resolveReal(current);
            return missing.length > 0 ? platform.join(real, ...missing.reverse()) : real;
        }
        catch {
            const parent = platform.dirname(current);
            if (parent === current)
                return absolute;
            missing.push(platform.basename(current));
            current = parent;
        }
    }
}


/***/ }),

/***/ 3094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ formatTokenUsage),
/* harmony export */   W: () => (/* binding */ TokenCounter)
/* harmony export */ });
/** Adds up the usage of the assistant rows handed to `add`, each API message once. */
class TokenCounter {
    messages = new Map();
    unnamed = 0;
    /** One parsed record of a transcript; rows that are not assistant messages are ignored. */
    add(record) {
        const row = record;
        if (row?.type !== 'assistant' || !row.message || typeof row.message.usage !== 'object')
            return;
        const id = typeof row.message.id === 'string' ? row.message.id : `#${this.unnamed++}`;
        const model = typeof row.message.model === 'string' ? row.message.model : undefined;
        this.messages.set(id, { usage: row.message.usage, model });
    }
    /** The totals, or undefined when no row carried usage (an older transcript, or no turn). */
    total() {
        if (this.messages.size === 0)
            return undefined;
        const sum = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, models: [] };
        const models = new Map();
        for (const { usage, model } of this.messages.values()) {
            sum.input += count(usage.input_tokens);
            sum.output += count(usage.output_tokens);
            sum.cacheRead += count(usage.cache_read_input_tokens);
            sum.cacheWrite += count(usage.cache_creation_input_tokens);
            if (model && model !== '<synthetic>')
                models.set(model, (models.get(model) ?? 0) + 1);
        }
        sum.models = [...models.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m);
        return sum;
    }
}
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
/** "12,345 input, 678 output, 90,000 cache read, 1,200 cache write tokens (claude-opus-4-6)". */
function formatTokenUsage(tokens) {
    const n = (v) => v.toLocaleString('en-US');
    const models = tokens.models.length > 0 ? ` (${tokens.models.join(', ')})` : '';
    return `${n(tokens.input)} input, ${n(tokens.output)} output, ${n(tokens.cacheRead)} cache read, ${n(tokens.cacheWrite)} cache write tokens${models}`;
}


/***/ }),

/***/ 4756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ relocatedRecord),
/* harmony export */   j: () => (/* binding */ readTranscriptTail)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Records this long are tool output; parsing them whole costs time and tells nothing new. */
const PARSE_LIMIT = 256 * 1024;
/**
 * The record's envelope fields; undefined for a line that is not a JSON object. Unknown record
 * types and fields are expected and ignored (docs/facts.md#records).
 */
function readRecord(line) {
    if (line.length <= PARSE_LIMIT) {
        try {
            const value = JSON.parse(line);
            return value !== null && typeof value === 'object' && !Array.isArray(value)
                ? value
                : undefined;
        }
        catch {
            return undefined;
        }
    }
    // A huge record: Claude Code writes the envelope fields before `message` and `timestamp` last,
    // so the head and the tail of the line hold what we need.
    const trimmed = line.trim();
    if (!trimmed.startsWith('{') || !trimmed.endsWith('}'))
        return undefined;
    const head = trimmed.slice(0, 4096);
    const tail = trimmed.slice(-512);
    return {
        cwd: field(head, 'cwd'),
        version: field(head, 'version'),
        gitBranch: field(head, 'gitBranch'),
        sessionId: field(head, 'sessionId'),
        timestamp: field(tail, 'timestamp')
    };
}
function field(text, name) {
    const match = new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text);
    if (!match)
        return undefined;
    try {
        return JSON.parse(`"${match[1]}"`);
    }
    catch {
        return undefined;
    }
}
/**
 * The record Claude Code itself appends when it moves a session to another directory (docs/facts.md#moving-a-session):
 * compact JSON, one line.
 */
function relocatedRecord(sessionId, cwd) {
    return JSON.stringify({ type: 'relocated', sessionId, relocatedCwd: cwd }) + '\n';
}
/** How far back the tail is read: a transcript whose last MBs name nothing is described by less. */
const TAIL_LIMIT = 4 * 1024 * 1024;
/**
 * The newest values of the envelope fields, read from the end of the file backwards: what a save
 * records and discovery sorts by, without parsing hundreds of MB.
 */
async function readTranscriptTail(path, options = {}) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    const tail = {};
    try {
        const size = options.bytes ?? (await handle.stat()).size;
        const chunkSize = 256 * 1024;
        let end = size;
        let pending = Buffer.alloc(0);
        while (end > 0 && size - end < TAIL_LIMIT) {
            const start = Math.max(0, end - chunkSize);
            const chunk = Buffer.alloc(end - start);
            await handle.read(chunk, 0, chunk.length, start);
            const text = Buffer.concat([chunk, pending]);
            end = start;
            const lines = text.toString('utf8').split('\n');
            // The first piece may be the end of a longer line unless we reached the start of the file.
            const first = end === 0 ? 0 : 1;
            for (let i = lines.length - 1; i >= first; i--) {
                const record = readRecord(lines[i]);
                if (record === undefined)
                    continue;
                tail.lastTimestamp ??= typeof record.timestamp === 'string' ? record.timestamp : undefined;
                tail.claudeVersion ??= typeof record.version === 'string' ? record.version : undefined;
                tail.cwd ??= typeof record.cwd === 'string' ? record.cwd : undefined;
                tail.gitBranch ??= typeof record.gitBranch === 'string' ? record.gitBranch : undefined;
                if (tail.lastTimestamp && tail.claudeVersion && tail.cwd && tail.gitBranch)
                    return tail;
            }
            pending = end === 0 ? Buffer.alloc(0) : Buffer.from(lines[0] ?? '', 'utf8');
        }
        return tail;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 4832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readAddedTurns)
/* harmony export */ });
/* unused harmony export turnOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9927);
/* harmony import */ var _tokenUsage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3094);




/** Rows Claude Code writes as `user` that no person typed: slash-command echoes and interruptions. */
const NOT_TYPED = /^(<(command-name|command-message|local-command-stdout|local-command-caveat)>|\[Request interrupted)/;
/**
 * One record's part in the conversation. Conversation rows carry `type`, `isSidechain`, `isMeta`
 * and `message` (docs/facts.md#records); sidechain rows belong to subagents and are no turn of this
 * conversation, `isMeta` rows and command echoes were not typed, and unknown rows are ignored.
 */
function turnOf(record) {
    if (!(0,_common_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isJsonObject */ .O)(record))
        return { tools: [] };
    const claudeVersion = typeof record.version === 'string' ? record.version : undefined;
    const turn = { tools: [], ...(claudeVersion ? { claudeVersion } : {}) };
    if (record.isSidechain === true)
        return turn;
    const message = record.message;
    const blocks = typeof message?.content === 'string'
        ? [{ type: 'text', text: message.content }]
        : Array.isArray(message?.content)
            ? message.content
            : [];
    const text = blocks
        .filter((b) => b?.type === 'text' && typeof b.text === 'string')
        .map((b) => b.text)
        .join('\n')
        .trim();
    if (record.type === 'user' &&
        record.isMeta !== true &&
        text &&
        !NOT_TYPED.test(text) &&
        !blocks.some((b) => b?.type === 'tool_result'))
        turn.prompt = text;
    if (record.type === 'assistant') {
        if (text)
            turn.answer = text;
        for (const b of blocks)
            if (b?.type === 'tool_use' && typeof b.name === 'string')
                turn.tools.push(b.name);
    }
    return turn;
}
/**
 * The turns of the records after a point: from byte `fromByte` (where the restored transcript
 * ended, for the summary), then after `skipRecords` more records (what `continue` pushed). Claude
 * Code appends to the same file when it resumes (docs/facts.md#appending), so what follows is the run's.
 */
async function readAddedTurns(path, fromByte = 0, skipRecords = 0) {
    const turns = { prompts: [], tools: {}, records: 0 };
    const tokens = new _tokenUsage_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenCounter */ .W();
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({
        input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { start: fromByte }),
        crlfDelay: Infinity
    });
    let skip = skipRecords;
    for await (const line of lines) {
        if (!line.trim())
            continue;
        if (skip > 0) {
            skip--;
            continue;
        }
        turns.records++;
        let record;
        try {
            record = JSON.parse(line);
        }
        catch {
            continue;
        }
        // Before the turn: a subagent's tokens (sidechain rows) are this run's too.
        tokens.add(record);
        const turn = turnOf(record);
        if (turn.claudeVersion)
            turns.claudeVersion = turn.claudeVersion;
        if (turn.prompt)
            turns.prompts.push(turn.prompt);
        if (turn.answer)
            turns.finalAnswer = turn.answer;
        for (const tool of turn.tools)
            turns.tools[tool] = (turns.tools[tool] ?? 0) + 1;
    }
    turns.tokens = tokens.total();
    return turns;
}


/***/ })

};
