export const id = 684;
export const ids = [684];
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

/***/ 5261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ decryptFile),
/* harmony export */   oL: () => (/* binding */ encryptFile),
/* harmony export */   om: () => (/* binding */ parseKeyMaterial),
/* harmony export */   yR: () => (/* binding */ checkKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _common_hashing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3709);








const AGE_MAGIC = 'age-encryption.org/v1';
/**
 * age and its curves and ciphers are loaded on first use: a save or restore without encryption
 * never parses them, which keeps the actions' start-up and memory down (docs/performance.md).
 */
const loadAge = () => __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 855));
/** Reads key material as a user would paste it: an identity file, recipient lines, or a passphrase. */
function parseKeyMaterial(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !l.startsWith('#'));
    if (lines.length > 0 && lines.every((l) => /^AGE-SECRET-KEY-(PQ-)?1/.test(l)))
        return { identities: lines };
    if (lines.length > 0 && lines.every((l) => /^age1[0-9a-z]+$/.test(l)))
        return { recipients: lines };
    // A key file with one mistyped or foreign line must not silently become a passphrase.
    if (lines.some((l) => /^(AGE-SECRET-KEY-|age1)/i.test(l)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('The key material mixes age keys with other lines: give only identities (AGE-SECRET-KEY-1…), ' +
            'only recipients (age1…), or a passphrase.');
    const passphrase = text.replace(/\r?\n$/, '');
    if (passphrase.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EncryptionKeyError */ .pp('The encryption key is empty.');
    return { passphrase };
}
async function isAgeFile(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const head = Buffer.alloc(AGE_MAGIC.length);
        await handle.read(head, 0, head.length, 0);
        return head.toString('latin1') === AGE_MAGIC;
    }
    finally {
        await handle.close();
    }
}
/** Encrypts a file with age, streaming, into `dest` (written atomically). */
async function encryptFile(src, dest, key) {
    const { Encrypter, identityToRecipient } = await loadAge();
    await checkKey(key);
    const encrypter = new Encrypter();
    if (key.passphrase !== undefined) {
        encrypter.setPassphrase(key.passphrase);
        if (key.scryptWorkFactor !== undefined)
            encrypter.setScryptWorkFactor(key.scryptWorkFactor);
    }
    else {
        const recipients = [
            ...(key.recipients ?? []),
            ...(await Promise.all((key.identities ?? []).map((i) => identityToRecipient(i))))
        ];
        if (recipients.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EncryptionKeyError */ .pp('No encryption key: give a passphrase, age recipients or an identity.');
        for (const r of recipients)
            encrypter.addRecipient(r);
    }
    const input = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.toWeb((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(src));
    const output = await encrypter.encrypt(input);
    return writeAtomically(output, dest);
}
/** Decrypts an age file, streaming; a wrong or missing key writes nothing. */
async function decryptFile(src, dest, key) {
    if (!(await isAgeFile(src)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HostileArchiveError */ .v5(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(src)} is not an age-encrypted file.`);
    if (key.passphrase === undefined && (key.identities ?? []).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EncryptionKeyError */ .pp('Recipients (age1…) can only encrypt: decrypting needs the matching identity (AGE-SECRET-KEY-1…) or the passphrase.');
    }
    const { Decrypter } = await loadAge();
    await checkKey({ identities: key.identities });
    const decrypter = new Decrypter();
    if (key.passphrase !== undefined)
        decrypter.addPassphrase(key.passphrase);
    for (const identity of key.identities ?? [])
        decrypter.addIdentity(identity);
    // age-encryption throws plain Errors without codes; it tries identities in order, so one added
    // last is asked only when none of ours matched: that, not the wording of a message, tells a
    // wrong key from a damaged file.
    let noneMatched = false;
    const lastResort = {
        unwrapFileKey: () => {
            noneMatched = true;
            return null;
        }
    };
    decrypter.addIdentity(lastResort);
    const input = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.toWeb((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(src));
    try {
        const output = await decrypter.decrypt(input);
        return await writeAtomically(output, dest);
    }
    catch (error) {
        if (noneMatched) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EncryptionKeyError */ .pp(`Could not decrypt ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(src)}: the key does not match. Check the encryption-key secret, --encryption-key-file or CLAUDE_SESSION_KEY.`);
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .HostileArchiveError */ .v5(`Could not decrypt ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(src)}: it is damaged (${message}).`);
    }
}
/**
 * Refuses malformed key material before it reaches age: the library's own errors quote the key
 * (`Invalid checksum in AGE-SECRET-KEY-1…`), so any error from parsing one becomes a usage error
 * that says which kind of key and its position, never the key.
 */
async function checkKey(key) {
    const { Decrypter, Encrypter } = await loadAge();
    const check = (kind, values, parse) => {
        for (const [index, value] of (values ?? []).entries()) {
            try {
                parse(value);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`The ${ordinal(index)} ${kind} is not valid (a character may be mistyped or missing). ` +
                    'Copy it again from the key file age-keygen wrote.');
            }
        }
    };
    check('age identity (AGE-SECRET-KEY-1…)', key.identities, (i) => new Decrypter().addIdentity(i));
    check('age recipient (age1…)', key.recipients, (r) => new Encrypter().addRecipient(r));
    if (key.passphrase !== undefined && key.passphrase.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('The encryption passphrase is empty.');
}
function ordinal(index) {
    return ['first', 'second', 'third'][index] ?? `${index + 1}th`;
}
async function writeAtomically(stream, dest) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_5__.randomBytes)(6).toString('hex')}.age.tmp`);
    const hashing = new _common_hashing_js__WEBPACK_IMPORTED_MODULE_7__/* .HashingStream */ .$();
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(stream), hashing, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temporary, { mode: 0o600 }));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, dest);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
    return hashing.digest();
}


/***/ }),

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KP: () => (/* reexport */ metadata/* buildMetadata */.KP),
  yR: () => (/* reexport */ encryption/* checkKey */.yR),
  zF: () => (/* reexport */ completeLinesLength),
  oL: () => (/* reexport */ encryption/* encryptFile */.oL),
  Cx: () => (/* reexport */ digest/* fileStartsWith */.Cx),
  DC: () => (/* reexport */ digest/* hashFile */.DC),
  _6: () => (/* reexport */ isUnreadableFile),
  Ah: () => (/* reexport */ packSession),
  om: () => (/* reexport */ encryption/* parseKeyMaterial */.om),
  yU: () => (/* reexport */ redactSession),
  WN: () => (/* reexport */ scanFile),
  qk: () => (/* reexport */ scanSession),
  Ff: () => (/* reexport */ scanText),
  Qt: () => (/* reexport */ metadata/* serializeMetadata */.Qt),
  H1: () => (/* reexport */ snapshotFolder),
  IM: () => (/* reexport */ storedPrefixes),
  KB: () => (/* reexport */ transcriptDigestFields)
});

// UNUSED EXPORTS: REDACTION_MARK, decryptFile, parseMetadata, redactFile, unpackSession

// EXTERNAL MODULE: ./src/archive/digest.ts
var digest = __webpack_require__(2948);
// EXTERNAL MODULE: ./src/archive/digestKey.ts
var archive_digestKey = __webpack_require__(6949);
;// CONCATENATED MODULE: ./src/archive/transcriptDigests.ts


/**
 * What metadata records of the uploaded transcript (and of the user's own bytes it was redacted
 * from), so that a later save can tell without downloading whether its transcript extends it.
 * In the clear: exact sizes, sha256 and the record count. Encrypted: only keyed digests and
 * rounded sizes (see the README's Security section), or nothing when the session is encrypted to
 * recipients alone, whose holder cannot derive the key.
 */
async function transcriptDigestFields(transcript, source, records, encryption, 
/** The stored copy this version replaces: its salt is kept when our key is the one it names. */
previous) {
    if (!encryption) {
        return {
            transcriptSha256: transcript.sha256,
            transcriptSize: transcript.size,
            ...(source
                ? { sourceTranscriptSha256: source.sha256, sourceTranscriptSize: source.size }
                : {}),
            records
        };
    }
    const digestKey = (await storedDigestKey(previous, encryption)) ?? (await (0,archive_digestKey/* newDigestKey */.y8)(encryption));
    if (!digestKey)
        return {};
    const sealed = (0,digest/* keyedDigest */.rD)(transcript, digestKey.key);
    const sealedSource = source ? (0,digest/* keyedDigest */.rD)(source, digestKey.key) : undefined;
    return {
        digestKeyId: digestKey.id,
        digestKeySalt: digestKey.salt,
        ...(digestKey.workFactor !== undefined ? { digestKeyWorkFactor: digestKey.workFactor } : {}),
        transcriptHmacSha256: sealed.hmacSha256,
        transcriptSizeRounded: sealed.roundedSize,
        ...(sealedSource
            ? {
                sourceTranscriptHmacSha256: sealedSource.hmacSha256,
                sourceTranscriptSizeRounded: sealedSource.roundedSize
            }
            : {})
    };
}
/**
 * The digest key that the stored copy's metadata names, when `encryption` derives it (same key,
 * same salt): a new version then keeps the salt, and one derivation serves the check and the
 * record. Metadata of the first scheme (no salt) is never kept: its key is only read.
 */
async function storedDigestKey(m, encryption) {
    if (m?.digestKeyId === undefined || m.digestKeySalt === undefined)
        return undefined;
    const key = await (0,archive_digestKey/* digestKeyFor */.zm)(encryption, digestKeyParams(m));
    return key?.id === m.digestKeyId ? key : undefined;
}
function digestKeyParams(m) {
    return { id: m.digestKeyId, salt: m.digestKeySalt, workFactor: m.digestKeyWorkFactor };
}
/**
 * The byte prefixes a local transcript must start with to extend the stored copy: the uploaded
 * bytes, or the bytes they were redacted from. `uncheckable` says why there are none to compare
 * (no key can: the copy holds no digest); `otherKey` that its digests are keyed to a key this save
 * was not given (a rotated key, another key file), which only the holder of that key can check.
 */
async function storedPrefixes(m, encryption) {
    if (m.transcriptSha256 !== undefined && m.transcriptSize !== undefined) {
        const prefixes = [{ size: m.transcriptSize, sha256: m.transcriptSha256 }];
        // The user's own bytes stand for the whole upload only when it was redacted from them; a copy
        // that extends a redacted one (`redactedPrefix*`) holds records after them that they lack.
        if (m.sourceTranscriptSha256 !== undefined &&
            m.sourceTranscriptSize !== undefined &&
            m.redactedPrefixSize === undefined)
            prefixes.push({ size: m.sourceTranscriptSize, sha256: m.sourceTranscriptSha256 });
        return { prefixes };
    }
    if (m.transcriptHmacSha256 === undefined || m.transcriptSizeRounded === undefined) {
        return {
            uncheckable: m.encrypted
                ? 'it is encrypted to age recipients only, so its metadata holds no digest to compare with'
                : 'it has no digest (saved by an older tool)'
        };
    }
    const digestKey = encryption && m.digestKeyId !== undefined
        ? await (0,archive_digestKey/* digestKeyFor */.zm)(encryption, digestKeyParams(m))
        : undefined;
    if (!digestKey || digestKey.id !== m.digestKeyId) {
        return {
            otherKey: !encryption
                ? 'no encryption key was given to check it with'
                : !digestKey
                    ? 'age recipients alone cannot check it'
                    : 'its digests are keyed to another encryption key than the one given'
        };
    }
    const prefixes = [
        { roundedSize: m.transcriptSizeRounded, hmacSha256: m.transcriptHmacSha256, key: digestKey.key }
    ];
    if (m.sourceTranscriptHmacSha256 !== undefined && m.sourceTranscriptSizeRounded !== undefined) {
        prefixes.push({
            roundedSize: m.sourceTranscriptSizeRounded,
            hmacSha256: m.sourceTranscriptHmacSha256,
            key: digestKey.key
        });
    }
    return { prefixes };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/common/hashing.ts
var common_hashing = __webpack_require__(3709);
// EXTERNAL MODULE: ./src/common/fileChunks.ts
var fileChunks = __webpack_require__(1429);
;// CONCATENATED MODULE: ./src/archive/pack.ts







const BLOCK = 512;
/**
 * Streams `<id>.jsonl` (at the archive root, as the seed's scripts wrote it) and `<id>/…` into a
 * tar.gz, hashing the archive as it is written. The tar headers come from node-tar; the bodies are
 * streamed here, because Claude Code may append to the transcript while we read it and the header
 * must state an exact size: we send exactly `transcriptBytes`.
 */
async function packSession(input) {
    const transcriptSize = input.transcriptBytes ?? (await completeLinesLength(input.transcriptPath));
    const members = [
        { path: `${input.sessionId}.jsonl`, source: input.transcriptPath, size: transcriptSize }
    ];
    if (input.folderPath)
        await collect(input.folderPath, input.sessionId, members);
    // Fixed header fields make the same files give the same archive, byte for byte; tar keeps
    // whole seconds.
    const mtime = new Date(Math.floor(input.mtime.getTime() / 1000) * 1000);
    if (Number.isNaN(mtime.getTime()))
        throw new TypeError('packSession: mtime is not a valid date');
    // node-tar's header and PAX encoders only, loaded when packing starts (not at start-up).
    const [{ Header }, { Pax }] = await Promise.all([__webpack_require__.e(/* import() */ 532).then(__webpack_require__.bind(__webpack_require__, 6532)), __webpack_require__.e(/* import() */ 750).then(__webpack_require__.bind(__webpack_require__, 750))]);
    const tar = { Header, Pax };
    const transcriptHash = new common_hashing/* HashingStream */.$();
    let records = 0;
    let lastByte = 0x0a;
    const archiveHash = new common_hashing/* HashingStream */.$();
    // Level 5, not zlib's default 6: on real transcripts it compresses a fifth faster for archives
    // 2–3% larger (docs/performance.md, "Where the time goes"), and compression is the longest
    // step of a large save.
    const gzip = (0,external_node_zlib_.createGzip)({ level: 5 });
    const writing = (0,external_node_stream_promises_.pipeline)(gzip, archiveHash, (0,external_node_fs_.createWriteStream)(input.outFile, { mode: 0o600 }));
    // Bodies are read into two buffers that take turns: a write's callback fires once zlib has
    // consumed the chunk, so its buffer can be read into again, while the other one is hashed and
    // compressed. No chunk is allocated per read, so memory stays flat whatever the session's size.
    const buffers = [Buffer.allocUnsafe(fileChunks/* CHUNK_BYTES */.E), Buffer.allocUnsafe(fileChunks/* CHUNK_BYTES */.E)];
    let inFlight = Promise.resolve();
    const send = async (data) => {
        await inFlight;
        inFlight = written(gzip, data);
        inFlight.catch(() => undefined);
    };
    const produce = async () => {
        let turn = 0;
        for (const [index, member] of members.entries()) {
            await send(headerBlocks(tar, member.path, member.size, mtime));
            let sent = 0;
            const handle = member.size > 0 ? await (0,promises_.open)(member.source, 'r') : undefined;
            try {
                while (handle && sent < member.size) {
                    const buffer = buffers[turn++ % 2];
                    const length = Math.min(buffer.length, member.size - sent);
                    const { bytesRead } = await handle.read(buffer, 0, length, sent);
                    if (bytesRead === 0)
                        break;
                    const chunk = buffer.subarray(0, bytesRead);
                    sent += bytesRead;
                    if (index === 0) {
                        input.onTranscriptData?.(chunk);
                        transcriptHash.hash.update(chunk);
                        records += countNewlines(chunk);
                        lastByte = chunk[chunk.length - 1];
                    }
                    await send(chunk);
                }
            }
            finally {
                await handle?.close();
            }
            if (sent !== member.size) {
                throw new Error(`${member.source} shrank while it was being packed (${sent} of ${member.size} bytes)`);
            }
            const pad = (BLOCK - (member.size % BLOCK)) % BLOCK;
            if (pad > 0)
                await send(Buffer.alloc(pad));
        }
        // End of archive: two zero blocks.
        await send(Buffer.alloc(BLOCK * 2));
        await inFlight;
        gzip.end();
    };
    await Promise.all([
        produce().catch((error) => {
            gzip.destroy(error);
            throw error;
        }),
        writing
    ]);
    const archive = archiveHash.digest();
    return {
        archiveSha256: archive.sha256,
        archiveSize: archive.size,
        transcriptSha256: transcriptHash.hash.digest('hex'),
        transcriptSize,
        records: records + (lastByte === 0x0a ? 0 : 1),
        files: members.length
    };
}
function headerBlocks({ Header, Pax }, path, size, mtime) {
    const fields = {
        path,
        mode: 0o600,
        uid: 0,
        gid: 0,
        size,
        mtime,
        type: 'File',
        uname: '',
        gname: ''
    };
    const header = new Header(fields);
    const block = Buffer.alloc(BLOCK);
    const needPax = header.encode(block);
    if (!needPax)
        return block;
    // Long paths go in a PAX extended header, as node-tar itself does.
    const pax = new Pax({ path, size, mtime }).encode();
    const plain = new Header({ ...fields, path: external_node_path_.posix.basename(path).slice(0, 99) });
    const plainBlock = Buffer.alloc(BLOCK);
    plain.encode(plainBlock);
    return Buffer.concat([pax, plainBlock]);
}
/** Regular files under the session folder, sorted for a stable archive. Links and devices stay behind. */
async function collect(dir, prefix, out) {
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry of entries) {
        const source = (0,external_node_path_.join)(dir, entry.name);
        const path = `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            await collect(source, path, out);
        // Symlinks are not followed: a session folder holds Claude Code's own files, and a link could
        // carry anything on the machine into the archive.
        else if (entry.isFile())
            out.push({ path, source, size: (await (0,promises_.lstat)(source)).size });
    }
}
/**
 * Length up to and including the last newline: a half-written record never travels. A last line
 * without its newline still counts when it is a complete JSON record (some tools write files that
 * way), so such transcripts travel byte for byte.
 */
async function completeLinesLength(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        let end = size;
        const chunk = Buffer.alloc(64 * 1024);
        while (end > 0) {
            const start = Math.max(0, end - chunk.length);
            const { bytesRead } = await handle.read(chunk, 0, end - start, start);
            const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
            if (at >= 0) {
                const complete = start + at + 1;
                return complete === size || (await isCompleteRecord(handle, complete, size))
                    ? size
                    : complete;
            }
            end = start;
        }
        return (await isCompleteRecord(handle, 0, size)) ? size : 0;
    }
    finally {
        await handle.close();
    }
}
const MAX_TAIL_RECORD = 8 * 1024 * 1024;
async function isCompleteRecord(handle, from, to) {
    if (to - from > MAX_TAIL_RECORD || to === from)
        return false;
    const tail = Buffer.alloc(to - from);
    await handle.read(tail, 0, tail.length, from);
    try {
        const value = JSON.parse(tail.toString('utf8'));
        return value !== null && typeof value === 'object';
    }
    catch {
        return false;
    }
}
function countNewlines(buf) {
    let count = 0;
    for (let at = buf.indexOf(0x0a); at !== -1; at = buf.indexOf(0x0a, at + 1))
        count++;
    return count;
}
/** Resolves once the stream has consumed `data` (zlib: compressed it), so its buffer may be reused. */
function written(stream, data) {
    return new Promise((resolve, reject) => stream.write(data, (error) => (error ? reject(error) : resolve())));
}

// EXTERNAL MODULE: ./src/archive/unpack.ts + 2 modules
var unpack = __webpack_require__(9921);
// EXTERNAL MODULE: ./src/archive/metadata.ts
var metadata = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/archive/encryption.ts
var encryption = __webpack_require__(5261);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/archive/jsonEscapes.ts
/**
 * JSON string escapes, decoded with a map back to the raw text. A transcript line is JSON: a
 * secret in it may be written with escapes (`\n` between the lines of a PEM key, `\u0067` for a
 * letter, `\/` in a URL), so rules run on the decoded text and every finding must be carried back
 * to exactly the raw characters that spell it (RFC 8259 §7 lists the escapes).
 */
const SIMPLE = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
/** Decodes every JSON escape in `raw` (outside strings there are none), keeping the way back. */
function decodeJsonEscapes(raw) {
    if (!raw.includes('\\'))
        return { text: raw };
    const units = [];
    const rawIndex = new Int32Array(raw.length + 1);
    let n = 0;
    let i = 0;
    while (i < raw.length) {
        const slash = raw.indexOf('\\', i);
        const plainEnd = slash === -1 ? raw.length : slash;
        if (plainEnd > i) {
            units.push(raw.slice(i, plainEnd));
            for (let k = i; k < plainEnd; k++)
                rawIndex[n++] = k;
            i = plainEnd;
            continue;
        }
        const next = raw[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
            // Each \uXXXX is one UTF-16 unit; a surrogate pair is two escapes and stays two units here.
            units.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)));
            rawIndex[n++] = i;
            i += 6;
        }
        else if (next !== undefined && next in SIMPLE) {
            units.push(SIMPLE[next]);
            rawIndex[n++] = i;
            i += 2;
        }
        else {
            // Not JSON (a stray backslash in a text file): kept as it stands.
            units.push('\\');
            rawIndex[n++] = i;
            i += 1;
        }
    }
    rawIndex[n] = raw.length;
    return { text: units.join(''), rawIndex: rawIndex.subarray(0, n + 1) };
}
/** The raw span `[start, end)` that spells the decoded units `[from, to)`. */
function rawSpan(decoded, from, to) {
    const map = decoded.rawIndex;
    return map ? [map[from], map[to]] : [from, to];
}
/**
 * The contents (between the quotes) of every JSON string in a raw JSON text, in order. A
 * replacement confined to these never changes the structure of the document.
 */
function jsonStringContents(raw) {
    const spans = [];
    let i = raw.indexOf('"');
    while (i !== -1) {
        let j = i + 1;
        while (j < raw.length && raw[j] !== '"')
            j += raw[j] === '\\' ? 2 : 1;
        spans.push([i + 1, Math.min(j, raw.length)]);
        i = j < raw.length ? raw.indexOf('"', j + 1) : -1;
    }
    return spans;
}

;// CONCATENATED MODULE: ./src/archive/secretRules.ts
/** `creator.meta.id` of @secretlint/secretlint-rule-pattern, known without loading it. */
const PATTERN_RULE_ID = '@secretlint/secretlint-rule-pattern';
/**
 * Shapes of tokens issued today that the recommended preset (11.7.1) does not match, added as
 * pattern rules. Each name is the rule a finding reports.
 */
const EXTRA_SHAPES = [
    // Claude Code's own credentials: OAuth tokens from `claude setup-token` (sk-ant-oat01-…) and
    // admin keys. The preset knows only API keys (sk-ant-api03-…).
    {
        name: 'anthropic',
        patterns: ['/(?<![A-Za-z0-9_-])sk-ant-(?:oat|ort|admin)\\d\\d-[A-Za-z0-9_-]{32,}/']
    },
    // OpenAI project, service-account and admin keys, with or without the T3BlbkFJ marker the
    // preset requires.
    {
        name: 'openai',
        patterns: ['/(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,}/']
    },
    // Google Cloud API keys (https://cloud.google.com/docs/authentication/api-keys).
    { name: 'gcp', patterns: ['/(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/'] }
];
let scanConfig;
/**
 * The preset's rules one by one, without `filter-comments`: that rule lets the scanned text turn
 * the scan off (`secretlint-disable`), and a transcript is text anyone could have pasted. Loaded
 * on first use: most saves have no candidate line, so they never parse secretlint's rules.
 */
function loadScanConfig() {
    scanConfig ??= Promise.all([
        __webpack_require__.e(/* import() */ 577).then(__webpack_require__.bind(__webpack_require__, 1577)),
        __webpack_require__.e(/* import() */ 567).then(__webpack_require__.bind(__webpack_require__, 2567))
    ]).then(([{ rules: recommended }, { creator: patternRule }]) => ({
        rules: [
            ...recommended
                .filter((rule) => !rule.meta.id.endsWith('-filter-comments'))
                .map((rule) => ({ id: rule.meta.id, rule })),
            { id: PATTERN_RULE_ID, rule: patternRule, options: { patterns: EXTRA_SHAPES } }
        ]
    }));
    return scanConfig;
}
/**
 * What every rule above anchors on, as one regex over the raw (undecoded, latin1-read) text: a
 * line without any of these cannot be flagged, so the rules run only on lines that have one. Each
 * anchor is at least as loose as its rule (same case rules; the database and basic-auth rules
 * report only URLs with `user:password@`). A character of an anchor may be written as a JSON
 * escape: `\/` is allowed where an anchor has a slash, and any printable ASCII character written
 * as `\u00XX` makes its line a candidate. Case-sensitive on purpose: V8 runs it several times
 * faster than the same alternatives with the `i` flag.
 */
const ANCHORS = [
    // aws (a key id alone is not flagged: secretlint reports it only beside its secret)
    '(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)',
    'PRIVATE KEY', // privatekey, and gcp service-account JSON
    '_authToken=', // npm
    'npm_',
    'x-oauth-basic',
    // basicauth and database-connection-string: `scheme://user:password@`, in any letter case
    ':(?:\\\\?/){2}[^\\s/:]{1,600}:[^\\s/@]{1,1200}@',
    'xox[abopr]-', // slack
    'xapp-',
    '[Hh][Oo][Oo][Kk][Ss]\\.[Ss][Ll][Aa][Cc][Kk]', // slack webhooks (the rule ignores case)
    'SG\\.', // sendgrid
    'shp(?:pa|ca|at|ss)_', // shopify
    'gh[pousr]_', // github
    'github_pat_',
    'T3BlbkFJ', // openai
    // openai, anthropic. No look-behind: in the raw text `\tsk-…` has a letter before `sk-`.
    'sk-(?:ant|proj|svcacct|admin|None)-',
    'lin_api_', // linear
    'ops_ey', // 1password
    'AIza', // gcp
    '\\\\u00[2-7][0-9a-fA-F]' // an escaped printable character could hide any anchor
];
/** The anchors, plus literal secrets to withhold (latin1, as the raw bytes read). */
function prefilterFor(extraSecrets) {
    const literals = extraSecrets.map((s) => Buffer.from(s, 'utf8')
        .toString('latin1')
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    return new RegExp([...ANCHORS, ...literals].join('|'), 'g');
}
/** `@secretlint/secretlint-rule-github` → `github`; a pattern rule → the shape's name. */
function shortRuleId(ruleId, data) {
    if (ruleId === PATTERN_RULE_ID) {
        const name = data?.PATTERN_NAME;
        if (typeof name === 'string')
            return name;
    }
    return ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/archive/secretlintProfiler.ts


/** Calls running now, and calls ever started: a release clears only if none started meanwhile. */
let running = 0;
let started = 0;
/**
 * Runs one `lintSource` call, then lets go of the marks secretlint left behind.
 *
 * @secretlint/core marks the start and end of every rule on one process-wide profiler, which keeps
 * each mark in an array that it searches from the start for every new one, and in the global
 * performance timeline. A scan calls `lintSource` once per block that holds a candidate line, so
 * without this each call costs more than the one before: on a long transcript whose every block
 * has a candidate, the scan grows quadratic, and Node warns of a leak at a million marks.
 *
 * The profiler's observer receives marks on a later turn of the event loop (setImmediate) and then
 * measures each start/end pair in a microtask: both are awaited before anything is cleared, and
 * nothing is cleared if another call ran meanwhile, so no measure looks for a mark that is gone.
 */
async function withSecretlint(lint) {
    running++;
    started++;
    try {
        return await lint();
    }
    finally {
        running--;
        if (running === 0)
            await releaseMarks();
    }
}
async function releaseMarks() {
    const before = started;
    const { secretLintProfiler } = await __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 806));
    const profiler = secretLintProfiler;
    await (0,external_node_timers_promises_.setImmediate)();
    await profiler.getEntries();
    // A call that started meanwhile may have marks whose measures are still to come: the release
    // at its own end clears them.
    if (running > 0 || started !== before)
        return;
    profiler.entries?.splice(0);
    profiler.measures?.splice(0);
    external_node_perf_hooks_.performance.clearMarks();
    external_node_perf_hooks_.performance.clearMeasures();
}

;// CONCATENATED MODULE: ./src/archive/redaction.ts



const RUN_TOKEN_RULE = 'github-token-of-this-run';
/** Every redaction starts with this, so a reader can tell a redacted copy from the original. */
const REDACTION_MARK = '[REDACTED:';
/** Between units: no rule's pattern matches across a NUL, so no finding spans two units. */
const SEPARATOR = '\n\u0000\n';
/**
 * Runs the rules once over all units (decoded, joined) and returns every finding as a raw span,
 * sorted, overlapping findings merged. Literal `extraSecrets` are found wherever they occur.
 */
async function findSecrets(units, extraSecrets = []) {
    if (units.length === 0)
        return [];
    const decoded = units.map((u) => (u.json ? decodeJsonEscapes(u.raw) : { text: u.raw }));
    const starts = [];
    let offset = 0;
    for (const d of decoded) {
        starts.push(offset);
        offset += d.text.length + SEPARATOR.length;
    }
    const content = decoded.map((d) => d.text).join(SEPARATOR);
    // secretlint is loaded only when a line is a candidate (docs/performance.md).
    const [{ lintSource }, config] = await Promise.all([__webpack_require__.e(/* import() */ 707).then(__webpack_require__.bind(__webpack_require__, 6707)), loadScanConfig()]);
    const result = await withSecretlint(() => lintSource({
        source: { filePath: 'session.txt', content, ext: '.txt', contentType: 'text' },
        // Unmasked so that the secret can be located exactly; messages are never shown to anyone.
        options: { config, maskSecrets: false, noPhysicFilePath: true }
    }));
    const hits = [];
    const add = (unit, ruleId, from, to) => {
        const [start, end] = rawSpan(decoded[unit], from, to);
        if (end > start)
            hits.push({ unit, ruleId, start, end });
    };
    for (const message of result.messages) {
        const unit = unitAt(starts, message.range[0]);
        const text = decoded[unit].text;
        const base = starts[unit];
        const [from, to] = secretSpan(text, message.range[0] - base, message.range[1] - base, message);
        add(unit, shortRuleId(message.ruleId, message.data), from, to);
    }
    for (const secret of extraSecrets) {
        if (secret.length < 8)
            continue;
        for (const [unit, d] of decoded.entries()) {
            for (let at = d.text.indexOf(secret); at !== -1; at = d.text.indexOf(secret, at + 1))
                add(unit, RUN_TOKEN_RULE, at, at + secret.length);
        }
    }
    return mergeOverlapping(hits);
}
/** The fields in which the rules name what they found (the secret, a URI, a matched pattern). */
const SECRET_FIELDS = ['KEY', 'TOKEN', 'URI', 'CREDENTIAL', 'ID'];
/**
 * The span of the secret itself. secretlint's range is not always it: the AWS rule reports the
 * secret's length from the start of `aws_secret_access_key = …`, so the key's tail would stay.
 * Where the report names the secret (`data.KEY`, `data.URI`…), the span is where that string is.
 */
function secretSpan(text, from, to, message) {
    const start = Math.max(0, from);
    const end = Math.min(text.length, Math.max(start, to));
    const data = (message.data ?? {});
    for (const key of SECRET_FIELDS) {
        const value = data[key];
        if (typeof value !== 'string' || value.length < 8)
            continue;
        const at = text.indexOf(value, start);
        // Only within the reported match: a value further on would be another occurrence.
        if (at !== -1 && at <= end)
            return [at, at + value.length];
    }
    return [start, end];
}
/**
 * The unit with every hit replaced by `[REDACTED:<rule>]`. In JSON only the parts of a hit that
 * lie inside strings are replaced (each span begins and ends on an escape boundary), so the line
 * stays valid JSON with its other fields unchanged.
 */
function redactUnit(unit, hits) {
    if (hits.length === 0)
        return unit.raw;
    let spans = hits.map((h) => ({ ...h }));
    if (unit.json && isJson(unit.raw)) {
        const strings = jsonStringContents(unit.raw);
        spans = spans.flatMap((h) => strings
            .filter(([s, e]) => s < h.end && e > h.start)
            .map(([s, e]) => ({
            start: Math.max(s, h.start),
            end: Math.min(e, h.end),
            ruleId: h.ruleId
        })));
    }
    let out = unit.raw;
    // Right to left, so that earlier spans keep their offsets: every hit on the line is replaced.
    for (const span of [...spans].sort((a, b) => b.start - a.start)) {
        const { start, end } = wholeCharacters(out, span.start, span.end);
        out = `${out.slice(0, start)}${REDACTION_MARK}${span.ruleId}]${out.slice(end)}`;
    }
    return out;
}
/** Widens a span so that it never splits a surrogate pair written as raw characters. */
function wholeCharacters(text, start, end) {
    const low = (i) => {
        const c = text.charCodeAt(i);
        return c >= 0xdc00 && c <= 0xdfff;
    };
    return { start: start > 0 && low(start) ? start - 1 : start, end: low(end) ? end + 1 : end };
}
function isJson(raw) {
    try {
        JSON.parse(raw);
        return true;
    }
    catch {
        return false;
    }
}
function mergeOverlapping(hits) {
    const sorted = [...hits].sort((a, b) => a.unit - b.unit || a.start - b.start || b.end - a.end);
    const merged = [];
    for (const hit of sorted) {
        const last = merged[merged.length - 1];
        if (last && last.unit === hit.unit && hit.start < last.end) {
            last.end = Math.max(last.end, hit.end);
        }
        else {
            merged.push({ ...hit });
        }
    }
    return merged;
}
function unitAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/archive/textReading.ts


/** How much of a file decides its reading: git's own test for binary files looks this far. */
const HEAD_BYTES = 8000;
/** The reading of a file, or undefined when the scan cannot read it (a binary file). */
async function textReadingOf(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return textReadingOfHead(head.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
/** The reading of bytes that begin a file (up to 8000 of them): see `TextReading`. */
function textReadingOfHead(head) {
    // UTF-32's marks begin like UTF-16LE's: not a reading we have.
    if (head[0] === 0xff && head[1] === 0xfe)
        return head[2] === 0 && head[3] === 0 ? undefined : 'utf16le';
    if (head[0] === 0xfe && head[1] === 0xff)
        return 'utf16be';
    if (!head.includes(0))
        return 'bytes';
    const order = utf16WithoutMark(head);
    if (order)
        return order;
    return nulSeparatedText(head) ? 'nul-separated' : undefined;
}
/**
 * UTF-16 without a byte-order mark: text in a Latin script has a NUL in nearly every other byte,
 * always on the same side of each pair, and never on the other; and read so, it holds no control
 * character but tab, line breaks, form feed and escape (a binary file's few NULs fail this).
 * Anything else without a mark is left to the checks after it, which call unreadable what they
 * cannot read (and "fail" refuses it).
 */
function utf16WithoutMark(head) {
    const pairs = head.length >> 1;
    if (pairs < 2)
        return undefined;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < pairs * 2; i += 2) {
        if (head[i] === 0)
            evenNul++;
        if (head[i + 1] === 0)
            oddNul++;
    }
    // Nine pairs in ten: NUL-separated records put NULs on one side by chance when they are few.
    const order = evenNul === 0 && oddNul * 10 >= pairs * 9
        ? 'utf16le'
        : oddNul === 0 && evenNul * 10 >= pairs * 9
            ? 'utf16be'
            : undefined;
    if (!order)
        return undefined;
    const text = decodePiece(head, order).text;
    for (let i = 0; i < text.length; i++)
        if (isControl(text.charCodeAt(i)))
            return undefined;
    return order;
}
/** A control character that text does not hold: any C0 but tab, line breaks, form feed, escape; DEL. */
function isControl(code) {
    return (code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b) || code === 0x7f;
}
/**
 * Text whose records NUL bytes separate: valid UTF-8 apart from its last (maybe cut) character,
 * and no control character but tab, line breaks, form feed and escape (terminal colours). A
 * binary format fails this in its first bytes.
 */
function nulSeparatedText(head) {
    for (const byte of head)
        if (byte !== 0 && isControl(byte))
            return false;
    for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
        if ((0,external_node_buffer_.isUtf8)(head.subarray(0, head.length - cut)))
            return true;
    }
    return false;
}
/**
 * The view of a block in which the scan looks for candidates, and how many bytes each of its
 * UTF-16 code units stands for. Read as bytes it is latin1, one character a byte, so an offset in
 * it is a byte offset (and one regular-expression pass over the raw bytes finds the candidates).
 */
function blockView(bytes, reading) {
    if (reading === 'utf16le' || reading === 'utf16be')
        return { text: decodePiece(bytes, reading).text, width: 2 };
    return { text: bytes.toString('latin1'), width: 1 };
}
/**
 * The end (exclusive) of the last line break in `bytes[0, end)`, or 0 when there is none: a line
 * feed, a NUL too for NUL-separated text, and in UTF-16 a whole line-feed code unit.
 */
function lastLineBreakEnd(bytes, end, reading) {
    if (reading === 'utf16le' || reading === 'utf16be') {
        const little = reading === 'utf16le';
        for (let at = bytes.lastIndexOf(0x0a, end - 1); at !== -1; at = bytes.lastIndexOf(0x0a, at - 1)) {
            const unit = little ? at : at - 1;
            if (unit >= 0 && unit % 2 === 0 && unit + 2 <= end && bytes[little ? at + 1 : at - 1] === 0)
                return unit + 2;
            if (at === 0)
                break;
        }
        return 0;
    }
    const newline = bytes.lastIndexOf(0x0a, end - 1);
    const nul = reading === 'nul-separated' ? bytes.lastIndexOf(0, end - 1) : -1;
    return Math.max(newline, nul) + 1;
}
/** Line breaks in a decoded text: line feeds, and NULs in NUL-separated text. */
function countLineBreaks(text, reading, from = 0, to = text.length) {
    let count = 0;
    for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
        count++;
    if (reading === 'nul-separated')
        for (let at = text.indexOf('\0', from); at !== -1 && at < to; at = text.indexOf('\0', at + 1))
            count++;
    return count;
}
/** Decodes a piece of a file read as `reading` (a piece of UTF-16 starts on a code unit). */
function decodePiece(bytes, reading) {
    if (reading === 'utf16le' || reading === 'utf16be') {
        const even = bytes.subarray(0, bytes.length & ~1);
        const little = reading === 'utf16le' ? even : Buffer.from(even).swap16();
        // Buffer's utf16le keeps lone surrogates as they are, both ways: nothing is lost.
        return {
            text: little.toString('utf16le'),
            toBytes: (text) => {
                const out = Buffer.from(text, 'utf16le');
                return reading === 'utf16be' ? out.swap16() : out;
            }
        };
    }
    // Valid UTF-8 (no overlong forms, no surrogates) decodes and encodes back to the same bytes.
    const encoding = (0,external_node_buffer_.isUtf8)(bytes) ? 'utf8' : 'latin1';
    return {
        text: bytes.toString(encoding),
        toBytes: (text) => Buffer.from(text, encoding)
    };
}

;// CONCATENATED MODULE: ./src/archive/secretScan.ts











const BLOCK_BYTES = {
    jsonl: 64 * 1024,
    json: 8 * 1024 * 1024,
    text: 8 * 1024 * 1024
};
/** Scans a file for secrets, streaming; only lines holding a rule's anchor go to the rules. */
async function scanFile(path, options = {}) {
    const findings = [];
    const bytes = options.bytes ?? (await (0,promises_.stat)(path)).size;
    await eachBlock(path, bytes, options, async (block) => {
        findings.push(...block.findings);
    });
    return findings;
}
/**
 * Writes a copy with every secret replaced by `[REDACTED:<rule>]`: a JSONL line stays valid JSON
 * with its other fields unchanged. Of a JSONL file only complete lines are copied, as packing
 * does: a half-written last line never travels. The source is never modified.
 */
async function redactFile(src, dest, options = {}) {
    const bytes = options.bytes ??
        (kindOf(src) === 'jsonl' ? await completeLinesLength(src) : (await (0,promises_.stat)(src)).size);
    const findings = [];
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(dest), `.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.redact.tmp`);
    const hashing = new common_hashing/* HashingStream */.$();
    const out = (0,external_node_fs_.createWriteStream)(temporary, { mode: 0o600 });
    hashing.pipe(out);
    try {
        await eachBlock(src, bytes, options, async (block) => {
            findings.push(...block.findings);
            for (const piece of block.redacted()) {
                // A copy: the block's buffer is read into again while this waits to be written.
                if (!hashing.write(Buffer.from(piece)))
                    await (0,external_node_events_.once)(hashing, 'drain');
            }
        });
        hashing.end();
        await (0,external_node_events_.once)(out, 'finish');
        await (0,promises_.rename)(temporary, dest);
    }
    catch (error) {
        out.destroy();
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    const { size, sha256 } = hashing.digest();
    return { findings, size, sha256 };
}
/**
 * True for a file the scan cannot read as text (textReading.ts): a NUL among its first 8000 bytes,
 * as git tests for binary files, unless those bytes are UTF-16 or NUL-separated text.
 */
async function isUnreadableFile(path) {
    return (await textReadingOf(path)) === undefined;
}
function kindOf(path) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    return ext === '.jsonl' ? 'jsonl' : ext === '.json' ? 'json' : 'text';
}
/**
 * Reads `bytes` bytes of the file in blocks that end on a line break, finds the candidate units
 * of each block with the prefilter (one regex pass over the block's view: its raw bytes read as
 * latin1, so offsets are byte offsets, or its decoded UTF-16) and runs the rules on those units
 * only.
 */
async function eachBlock(path, bytes, options, onBlock) {
    const kind = kindOf(path);
    const reading = options.reading ?? (await textReadingOf(path)) ?? 'bytes';
    const prefilter = prefilterFor(options.extraSecrets ?? []);
    const file = options.displayName ?? (0,external_node_path_.basename)(path);
    let firstLine = 1;
    const flush = async (buf) => {
        const view = blockView(buf, reading);
        const block = await judgeBlock(buf, view, { kind, reading, firstLine, file, prefilter }, options.extraSecrets);
        firstLine += countLineBreaks(view.text, reading);
        await onBlock(block);
    };
    // One block buffer, reused: blocks end after a line break, and the bytes after the last one move
    // to its start. A line longer than the buffer grows it. Reading into it allocates nothing per
    // block, so the scan's memory does not grow with the file (docs/performance.md).
    let block = Buffer.allocUnsafe(Math.min(BLOCK_BYTES[kind], Math.max(bytes, 1)));
    let filled = 0;
    let position = 0;
    const handle = await (0,promises_.open)(path, 'r');
    try {
        while (position < bytes) {
            if (filled === block.length) {
                const grown = Buffer.allocUnsafe(block.length * 2);
                block.copy(grown, 0, 0, filled);
                block = grown;
            }
            const { bytesRead } = await handle.read(block, filled, Math.min(block.length - filled, bytes - position), position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            filled += bytesRead;
            if (filled < block.length && position < bytes)
                continue;
            const cut = lastLineBreakEnd(block, filled, reading);
            if (cut === 0)
                continue;
            await flush(block.subarray(0, cut));
            filled = block.copy(block, 0, cut, filled);
        }
        if (filled > 0)
            await flush(block.subarray(0, filled));
    }
    finally {
        await handle.close();
    }
}
async function judgeBlock(buf, view, place, extraSecrets = []) {
    const { kind, reading, prefilter } = place;
    const text = view.text;
    const candidates = [];
    const candidate = (start, end, line) => {
        // Each unit is decoded on its own, so that writing it back changes only a secret's bytes.
        const piece = decodePiece(buf.subarray(start * view.width, end * view.width), reading);
        return { start, end, line, piece, unit: { raw: piece.text, json: kind !== 'text' } };
    };
    prefilter.lastIndex = 0;
    if (kind !== 'jsonl') {
        if (prefilter.test(text))
            candidates.push(candidate(0, text.length, place.firstLine));
    }
    else {
        let line = place.firstLine;
        let counted = 0;
        for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
            const start = text.lastIndexOf('\n', m.index - 1) + 1;
            const newline = text.indexOf('\n', m.index);
            const end = newline === -1 ? text.length : newline;
            line += countLineBreaks(text, reading, counted, start);
            counted = start;
            candidates.push(candidate(start, end, line));
            prefilter.lastIndex = end + 1;
        }
    }
    const hits = await findSecrets(candidates.map((c) => c.unit), extraSecrets);
    const byUnit = new Map();
    const findings = [];
    for (const hit of hits) {
        const c = candidates[hit.unit];
        byUnit.set(hit.unit, [...(byUnit.get(hit.unit) ?? []), hit]);
        const line = c.line + countLineBreaks(c.unit.raw, reading, 0, hit.start);
        findings.push({ ruleId: hit.ruleId, file: place.file, line });
    }
    const redacted = () => {
        const pieces = [];
        let at = 0;
        for (const [index, unitHits] of [...byUnit.entries()].sort((a, b) => a[0] - b[0])) {
            const c = candidates[index];
            pieces.push(buf.subarray(at * view.width, c.start * view.width), c.piece.toBytes(redactUnit(c.unit, unitHits)));
            at = c.end;
        }
        pieces.push(buf.subarray(at * view.width));
        return pieces;
    };
    return { findings, redacted };
}

;// CONCATENATED MODULE: ./src/archive/textScan.ts

/**
 * Scans a piece of text held in memory (Claude's answer, a job summary, a commit message, a
 * path) with the same rules as the files of a session (redaction.ts): findings name `name` and
 * the line, never the secret.
 */
async function scanText(text, name, extraSecrets = []) {
    if (!text)
        return { findings: [], redacted: text };
    const unit = { raw: text, json: false };
    const hits = await findSecrets([unit], extraSecrets);
    const findings = hits.map((hit) => ({
        ruleId: hit.ruleId,
        file: name,
        line: text.slice(0, hit.start).split('\n').length
    }));
    return { findings, redacted: redactUnit(unit, hits) };
}

;// CONCATENATED MODULE: ./src/archive/sessionScan.ts






/**
 * The marker that replaces a secret in a file name: `[REDACTED-<rule>]`, as `[REDACTED:<rule>]`
 * in text, without the colon that Windows refuses in file names.
 */
const NAME_MARK = '[REDACTED-';
/** Scans every part of every folder file's name; one rules pass for all the names that need it. */
async function scanNames(folder, files, extraSecrets) {
    const prefilter = prefilterFor(extraSecrets);
    const parts = [...new Set(files.flatMap((f) => f.relative))].filter((part) => {
        prefilter.lastIndex = 0;
        return prefilter.test(part);
    });
    const units = parts.map((raw) => ({ raw, json: false }));
    const hits = await findSecrets(units, extraSecrets);
    const replaced = new Map();
    for (const [index, unit] of units.entries()) {
        const own = hits.filter((h) => h.unit === index);
        if (own.length === 0)
            continue;
        const text = redactUnit(unit, own);
        replaced.set(unit.raw, {
            text,
            name: text.split('[REDACTED:').join(NAME_MARK),
            rules: own.map((h) => h.ruleId)
        });
    }
    const top = (0,external_node_path_.basename)(folder);
    return files.map((file) => {
        const shown = [top, ...file.relative.map((p) => replaced.get(p)?.text ?? p)].join('/');
        const rules = file.relative.flatMap((p) => replaced.get(p)?.rules ?? []);
        return {
            ...file,
            shown,
            redacted: file.relative.map((p) => replaced.get(p)?.name ?? p),
            findings: rules.map((ruleId) => ({ ruleId, file: shown, line: 0, inName: true }))
        };
    });
}
/** Scans every file that goes into the archive: the transcript, and each file of its folder and its name. */
async function scanSession(session, extraSecrets = []) {
    const findings = await scanFile(session.transcriptPath, {
        displayName: (0,external_node_path_.basename)(session.transcriptPath),
        extraSecrets,
        bytes: session.transcriptBytes
    });
    const unscanned = [];
    if (!session.folderPath)
        return { findings, unscanned };
    const files = await folderFiles(session.folderPath);
    for (const file of await scanNames(session.folderPath, files, extraSecrets)) {
        findings.push(...file.findings);
        const reading = await textReadingOf(file.path);
        if (reading === undefined)
            unscanned.push(file.shown);
        else
            findings.push(...(await scanFile(file.path, { displayName: file.shown, extraSecrets, reading })));
    }
    return { findings, unscanned };
}
/**
 * Copies the session folder into `work` (the save's private folder) as packing would take it:
 * regular files only. Scanning and packing the copy means that what travels is exactly what was
 * scanned, even while Claude Code is still writing to the original.
 */
async function snapshotFolder(folder, work) {
    const copy = (0,external_node_path_.join)(work, 'session-folder', (0,external_node_path_.basename)(folder));
    await (0,promises_.mkdir)(copy, { recursive: true, mode: 0o700 });
    for (const file of await folderFiles(folder)) {
        const target = (0,external_node_path_.join)(copy, ...file.relative);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true, mode: 0o700 });
        await (0,promises_.copyFile)(file.path, target);
    }
    return copy;
}
/**
 * Redacts every file that goes into the archive: the transcript's complete lines into a copy in
 * `work` (the save's private folder, never a shared one) when something was found, and the files
 * of a snapshot of the folder in place. Returns what to pack.
 */
async function redactSession(session, work, extraSecrets = []) {
    const transcriptCopy = (0,external_node_path_.join)(work, 'redacted.jsonl');
    const { findings } = await redactFile(session.transcriptPath, transcriptCopy, {
        displayName: (0,external_node_path_.basename)(session.transcriptPath),
        extraSecrets,
        bytes: session.transcriptBytes
    });
    const transcriptPath = findings.length > 0 ? transcriptCopy : session.transcriptPath;
    if (!session.folderPath)
        return { findings, unscanned: [], transcriptPath };
    const folderPath = await snapshotFolder(session.folderPath, work);
    const unscanned = [];
    const files = await folderFiles(folderPath);
    for (const file of await scanNames(folderPath, files, extraSecrets)) {
        findings.push(...file.findings);
        const reading = await textReadingOf(file.path);
        if (reading === undefined)
            unscanned.push(file.shown);
        else {
            const options = { displayName: file.shown, extraSecrets, reading };
            const found = await scanFile(file.path, options);
            // Rewritten only where something was found: a clean file travels byte for byte.
            if (found.length > 0)
                await redactFile(file.path, file.path, options);
            findings.push(...found);
        }
        if (file.findings.length > 0)
            await renameInSnapshot(folderPath, file);
    }
    return { findings, unscanned, transcriptPath, folderPath };
}
/**
 * Moves a file of the snapshot to its redacted name. Two names that redact alike (a rare case:
 * two tokens in the same place) keep apart with a counter.
 */
async function renameInSnapshot(folderPath, file) {
    const target = (0,external_node_path_.join)(folderPath, ...file.redacted);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true, mode: 0o700 });
    let free = target;
    for (let n = 2; await exists(free); n++)
        free = `${target}-${n}`;
    await (0,promises_.rename)(file.path, free);
}
async function exists(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}
/** Regular files under the folder, as packing collects them: symlinks are never followed. */
async function folderFiles(folder, relative = []) {
    const files = [];
    const dir = (0,external_node_path_.join)(folder, ...relative);
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry of entries) {
        const rel = [...relative, entry.name];
        if (entry.isDirectory())
            files.push(...(await folderFiles(folder, rel)));
        else if (entry.isFile()) {
            files.push({
                name: [(0,external_node_path_.basename)(folder), ...rel].join('/'),
                path: (0,external_node_path_.join)(dir, entry.name),
                relative: rel
            });
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/archive/index.ts











/***/ }),

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
                    let j = i;
                    while (PLAIN[buf[j]] === 1) {
                        if (++j === n)
                            break;
                    }
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
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
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
        encrypted
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
    if (m.encrypted !== undefined && typeof m.encrypted !== 'boolean')
        throw bad('encrypted is not a boolean');
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

/***/ 9921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ checkArchiveSize),
  p: () => (/* binding */ unpackSession)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/common/spentBuffers.ts
var spentBuffers = __webpack_require__(3150);
// EXTERNAL MODULE: ./src/archive/jsonlCheck.ts
var jsonlCheck = __webpack_require__(9830);
;// CONCATENATED MODULE: ./src/archive/limits.ts
const DEFAULT_LIMITS = {
    maxArchiveBytes: 2 * 1024 ** 3,
    maxMemberBytes: 1024 ** 3,
    maxTotalBytes: 4 * 1024 ** 3,
    maxMembers: 10_000,
    maxExpansionRatio: 200
};

;// CONCATENATED MODULE: ./src/archive/memberRules.ts
/**
 * What a session archive may hold: `<id>.jsonl` and regular files under `<id>/`, by relative paths
 * that stay inside. Checked on each member's header before a byte of it is written.
 */
/** Why a member may not be unpacked, or undefined when it may. */
function memberProblem(entry, id, transcriptName) {
    const raw = entry.header.path ?? entry.path;
    const path = entry.path;
    if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'Directory') {
        return `${raw} is a ${entry.type} entry; only regular files are accepted.`;
    }
    if (raw.startsWith('/') ||
        path.startsWith('/') ||
        /^[A-Za-z]:/.test(raw) ||
        raw.startsWith('\\\\')) {
        return `${raw} is an absolute path.`;
    }
    if (raw.includes('\\'))
        return `${raw} contains a backslash.`;
    const parts = path.replace(/\/+$/, '').split('/');
    if (parts.some((p) => p === '..' || p === '.' || p === ''))
        return `${raw} leaves the session folder.`;
    if (entry.type === 'Directory') {
        return parts[0] === id ? undefined : `${raw} is outside ${id}.jsonl and ${id}/.`;
    }
    if (parts.length === 1 && parts[0] === transcriptName)
        return undefined;
    if (parts.length > 1 && parts[0] === id)
        return undefined;
    return `${raw} is outside ${id}.jsonl and ${id}/.`;
}

;// CONCATENATED MODULE: ./src/archive/unpack.ts













/** Bytes per read and per buffered chunk: explicit, so memory stays flat at any archive size. */
const CHUNK = 64 * 1024;
/**
 * Unpacks a session archive into a staging folder, streaming, and refuses anything that is not
 * plainly `<id>.jsonl` plus regular files under `<id>/`: traversal, absolute paths, links,
 * devices, oversize members, gzip bombs, truncation. On any refusal the staging folder is emptied,
 * so nothing of a hostile archive survives; the caller installs from staging only after success.
 */
async function unpackSession(input) {
    const limits = { ...DEFAULT_LIMITS, ...input.limits };
    const archiveSize = 'archiveFile' in input ? (await (0,promises_.stat)(input.archiveFile)).size : input.archiveSize;
    checkArchiveSize(archiveSize, limits);
    const id = input.sessionId.toLowerCase();
    const transcriptName = `${id}.jsonl`;
    const files = [];
    const memberPaths = new Set();
    let totalBytes = 0;
    let members = 0;
    let failure;
    const writes = [];
    let transcriptDigest = { sha256: '', size: 0 };
    // Claude Code drops a transcript with a line that is not JSON: it is refused in this same pass.
    const checker = new jsonlCheck/* JsonlChecker */.m();
    // One signal stops everything at the first problem: the read of the archive, the feeding of
    // the parser and every member being written. Each of those pipelines then settles, so a failure
    // anywhere can never leave a write waiting for an entry that will not end.
    const stop = new AbortController();
    const fail = (error) => {
        if (failure)
            return;
        failure = error;
        stop.abort(error);
    };
    const refuse = (message) => fail(new errors/* HostileArchiveError */.v5(message));
    // node-tar's parser alone, loaded when unpacking starts rather than at start-up.
    const { Parser } = await Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(851)]).then(__webpack_require__.bind(__webpack_require__, 3851));
    const parser = new Parser({
        strict: true,
        onReadEntry: (entry) => {
            if (failure)
                return entry.resume();
            const problem = memberProblem(entry, id, transcriptName);
            if (problem) {
                refuse(problem);
                return entry.resume();
            }
            if (entry.type === 'Directory')
                return entry.resume();
            const path = entry.path.replace(/\/+$/, '');
            if (memberPaths.has(path)) {
                refuse(`The archive holds ${path} twice.`);
                return entry.resume();
            }
            memberPaths.add(path);
            if (++members > limits.maxMembers) {
                refuse(`The archive holds more than ${limits.maxMembers} files.`);
                return entry.resume();
            }
            if (entry.size > limits.maxMemberBytes) {
                refuse(`${path} is ${entry.size} bytes, over the ${limits.maxMemberBytes}-byte limit per file.`);
                return entry.resume();
            }
            totalBytes += entry.size;
            if (totalBytes > limits.maxTotalBytes) {
                refuse(`The archive expands to more than ${limits.maxTotalBytes} bytes.`);
                return entry.resume();
            }
            files.push(path);
            const write = writeMember(entry, (0,external_node_path_.join)(input.destDir, ...path.split('/')), {
                check: path === transcriptName ? checker : undefined,
                signal: stop.signal
            });
            writes.push(write.then((digest) => {
                if (digest)
                    transcriptDigest = digest;
            }, 
            // A write into staging fails for the disk's reasons (ENOSPC, EACCES…), not the
            // archive's: the system error travels as it is, code and path included.
            (error) => fail(error instanceof Error ? error : new Error(String(error)))));
        }
    });
    // In strict mode node-tar reports every problem (bad header, truncated entry) as an error
    // carrying a TAR_* code.
    parser.on('error', (error) => refuse(`The archive is corrupt (${tarMessage(error)}); save the session again.`));
    let ended = false;
    parser.on('end', () => (ended = true));
    let expanded = 0;
    // Chunks of 64 KiB rather than zlib's 16: every stage after gunzip pays per chunk, not per byte.
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK });
    const spent = (0,spentBuffers/* spentBuffers */.s)();
    const countOut = counter((n) => {
        spent(n);
        expanded += n;
        // Checked while streaming, so a bomb is stopped long before it fills the disk; gunzip counts
        // the compressed bytes it consumed.
        if (expanded > 1024 * 1024 && expanded > gunzip.bytesWritten * limits.maxExpansionRatio) {
            refuse(`The archive expands more than ${limits.maxExpansionRatio} times: refusing a likely gzip bomb.`);
        }
        if (expanded > limits.maxTotalBytes + 1024 * 1024)
            refuse(`The archive expands to more than ${limits.maxTotalBytes} bytes.`);
    });
    // node-tar's Parser is not a Node stream (pipeline cannot destroy it): it is fed here, and
    // feeding stops with the signal.
    const feedParser = async (chunks) => {
        for await (const chunk of chunks) {
            if (stop.signal.aborted)
                return;
            if (!parser.write(chunk))
                await (0,external_node_events_.once)(parser, 'drain', { signal: stop.signal });
        }
        parser.end();
    };
    try {
        // The one read stream of the archive: pipeline closes it on success and on failure alike.
        await (0,external_node_stream_promises_.pipeline)('archiveFile' in input
            ? (0,external_node_fs_.createReadStream)(input.archiveFile, { highWaterMark: CHUNK })
            : input.bytes, gunzip, countOut, feedParser, {
            signal: stop.signal
        }).catch((error) => fail(readFailure(error)));
        // After parser.end() node-tar ends every entry, truncated or not, so each write settles.
        await settled(writes);
        if (!ended)
            refuse('The archive is truncated.');
        if (!failure && !memberPaths.has(transcriptName)) {
            refuse(`The archive holds no ${transcriptName}: it is not this session's archive.`);
        }
        // The last line, which may lack its newline, is judged once the whole archive was read, so a
        // truncated archive is reported as truncated.
        if (!failure) {
            try {
                checker.end();
            }
            catch (error) {
                fail(error);
            }
        }
        if (failure)
            throw failure;
    }
    catch (error) {
        // A member the parser had already handed over may still be writing: let it finish (its
        // pipeline stops with the signal), then clear staging, so a refusal leaves nothing behind.
        await settled(writes);
        await emptyDir(input.destDir);
        throw error;
    }
    const folder = files.some((f) => f.startsWith(`${id}/`)) ? (0,external_node_path_.join)(input.destDir, id) : undefined;
    return {
        transcriptPath: (0,external_node_path_.join)(input.destDir, transcriptName),
        folderPath: folder,
        files,
        totalBytes,
        transcript: { ...transcriptDigest, records: checker.records }
    };
}
/** Refuses, before reading anything, an archive too large or empty to be a session's. */
function checkArchiveSize(size, limits = DEFAULT_LIMITS) {
    if (size > limits.maxArchiveBytes) {
        throw new errors/* HostileArchiveError */.v5(`The archive is ${size} bytes, over the ${limits.maxArchiveBytes}-byte limit.`);
    }
    if (size === 0)
        throw new errors/* HostileArchiveError */.v5('The archive is empty.');
}
/** Writes one member into staging; the transcript is hashed and checked on the way through. */
async function writeMember(entry, target, options) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true, mode: 0o700 });
    options.signal.throwIfAborted();
    const out = (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o600 });
    const checker = options.check;
    // A stopped pipeline rejects before the file it was opening is closed: waiting for `close`
    // keeps the file from appearing in staging after the refusal emptied it.
    const closed = (error) => (out.closed ? Promise.resolve() : (0,external_node_events_.once)(out, 'close').then(() => undefined)).then(() => {
        throw error;
    });
    if (!checker) {
        await (0,external_node_stream_promises_.pipeline)(entry, out, { signal: options.signal }).catch(closed);
        return undefined;
    }
    // One pass hashes and checks each chunk: a stage fewer for every chunk of the transcript.
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const checking = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            try {
                checker.write(chunk);
            }
            catch (error) {
                return callback(error);
            }
            hash.update(chunk);
            size += chunk.length;
            callback(null, chunk);
        }
    });
    await (0,external_node_stream_promises_.pipeline)(entry, checking, out, { signal: options.signal }).catch(closed);
    return { sha256: hash.digest('hex'), size };
}
/**
 * zlib names what is wrong with the gzip layer by code (Z_DATA_ERROR for a bad block or checksum,
 * Z_BUF_ERROR for input that ends early); anything else is a local failure to read the file.
 */
function readFailure(error) {
    const code = error.code ?? '';
    if (code.startsWith('Z_')) {
        return new errors/* HostileArchiveError */.v5(`The archive is not a valid gzip file or is truncated (${error.message}); save the session again.`);
    }
    return error instanceof Error ? error : new Error(String(error));
}
function tarMessage(error) {
    const code = error.tarCode;
    return code && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
}
function counter(onBytes) {
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            onBytes(chunk.length);
            callback(null, chunk);
        }
    });
}
/** Waits for every write, including those started while earlier ones were being awaited. */
async function settled(writes) {
    for (let done = 0; done < writes.length;) {
        const batch = writes.slice(done);
        done = writes.length;
        await Promise.allSettled(batch);
    }
}
async function emptyDir(dir) {
    for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
        await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { recursive: true, force: true });
    }
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

/***/ 3709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ HashingStream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);


/** A pass-through that hashes (sha256) and counts what flows through it, telling `onSize` as it goes. */
class HashingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    onSize;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    constructor(onSize) {
        super();
        this.onSize = onSize;
    }
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.size += chunk.length;
        this.onSize?.(this.size);
        callback(null, chunk);
    }
    digest() {
        return { sha256: this.hash.digest('hex'), size: this.size };
    }
}


/***/ }),

/***/ 3150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ spentBuffers)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);


/** Bytes streamed between two collections of spent buffers. */
const EVERY = 4 * 1024 * 1024;
let scavenge = null;
/**
 * Counts the bytes of a stream and frees its spent chunks every few megabytes. Each chunk of a
 * download, of gunzip's output or of a file read is an ArrayBuffer outside the JS heap, which V8
 * frees only when its young generation fills; a stream allocates so few JS objects per chunk
 * that tens of megabytes of dead chunks piled up first (issue 24: unpacking 200 MB grew the
 * process by 19 MB, 8.6 MB with a scavenge every 4 MB, at no measurable cost in time). A minor
 * GC (scavenge) of this heap takes about a millisecond. Where `gc` cannot be had, nothing happens.
 */
function spentBuffers() {
    let since = 0;
    return (bytes) => {
        since += bytes;
        if (since < EVERY)
            return;
        since = 0;
        collect();
    };
}
function collect() {
    if (scavenge === null) {
        try {
            // The flag is on only long enough to fetch `gc` from a fresh context (Node's documented way
            // to reach V8's collector without --expose-gc on the command line), then off again.
            node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--expose-gc');
            const gc = node_vm__WEBPACK_IMPORTED_MODULE_1___default().runInNewContext('gc');
            scavenge = () => gc({ type: 'minor' });
        }
        catch {
            scavenge = undefined;
        }
        finally {
            node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--no-expose-gc');
        }
    }
    scavenge?.();
}


/***/ }),

/***/ 7684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X2: () => (/* binding */ buildRunContext),
  DC: () => (/* binding */ checkBranch),
  n_: () => (/* binding */ checkRepository),
  z: () => (/* binding */ parseSecretsPolicy)
});

// EXTERNAL MODULE: ./src/archive/index.ts + 10 modules
var archive = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var session = __webpack_require__(2803);
// EXTERNAL MODULE: ./src/store/index.ts + 9 modules
var store = __webpack_require__(6280);
;// CONCATENATED MODULE: ./src/git/branchName.ts
/**
 * Git's rules for a branch name (`git check-ref-format --branch`,
 * https://git-scm.com/docs/git-check-ref-format). A session's release is tagged
 * `claude-sessions-<branch>` (remoteLayout.ts), so a name git would refuse would make a tag GitHub
 * refuses or mangles: it is checked before anything is created.
 */
function branchNameProblem(branch) {
    if (branch === '')
        return 'it is empty';
    if (branch === '@')
        return 'it is "@"';
    if (branch.startsWith('-'))
        return 'it starts with "-"';
    if (branch.startsWith('/') || branch.endsWith('/'))
        return 'it starts or ends with "/"';
    if (branch.endsWith('.'))
        return 'it ends with "."';
    if (branch.includes('..'))
        return 'it contains ".."';
    if (branch.includes('//'))
        return 'it contains "//"';
    if (branch.includes('@{'))
        return 'it contains "@{"';
    // Control characters, space and DEL, and the characters git gives a meaning in revisions.
    // eslint-disable-next-line no-control-regex
    const bad = /[\u0000-\u0020\u007f~^:?*[\\]/.exec(branch);
    if (bad) {
        const char = bad[0];
        return char <= ' ' || char === '\u007f'
            ? 'it contains a space or a control character'
            : `it contains "${char}"`;
    }
    for (const part of branch.split('/')) {
        if (part.startsWith('.'))
            return `its part "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `its part "${part}" ends with ".lock"`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/runContext.ts





const SECRETS_POLICIES = ['warn', 'fail', 'redact'];
/**
 * The one place that checks what a run was given and builds its sync context. Every check runs
 * before the first request, so bad input never leaves a draft or a temporary file behind.
 */
function buildRunContext(values) {
    const { names } = values;
    checkToken(values.token, names.token);
    checkRepository(values.repository, names.repository);
    if (values.apiUrl)
        checkApiUrl(values.apiUrl, names.apiUrl);
    if (values.graphqlUrl)
        checkApiUrl(values.graphqlUrl, names.graphqlUrl);
    if (values.branch !== undefined)
        checkBranch(values.branch, names.branch);
    if (values.sessionId !== undefined)
        checkSessionId(values.sessionId, names.sessionId);
    const secrets = parseSecretsPolicy(values.secrets, names.secrets);
    const encryption = encryptionKeyOf(values.keyText, values.recipients ?? []);
    const remote = {
        token: values.token,
        repository: values.repository,
        apiUrl: values.apiUrl,
        graphqlUrl: values.graphqlUrl,
        log: values.log,
        retry: values.retries === undefined ? undefined : { retries: values.retries }
    };
    return {
        ctx: {
            store: (0,store/* openStore */.Ch)(remote),
            repository: values.repository,
            log: values.log,
            tempDir: values.tempDir
        },
        token: values.token,
        sessionId: values.sessionId,
        encryption,
        secrets,
        workflowRuns: () => (0,store/* openWorkflowRuns */.mD)(remote)
    };
}
/**
 * A token is one word: whitespace inside (a pasted line break) would end up in an HTTP header,
 * whose error message prints part of it. The message never repeats the token.
 */
function checkToken(token, name) {
    if (!token)
        throw new errors/* UsageError */.eb(`No GitHub token: set ${name}.`);
    if (/\s/.test(token)) {
        throw new errors/* UsageError */.eb(`The token in ${name} contains a space or a line break: copy it again as one line (it is not shown here).`);
    }
}
function checkRepository(repository, name) {
    if (!(0,store/* splitRepository */.T8)(repository))
        throw new errors/* UsageError */.eb(`${capital(name)} must be OWNER/NAME, got "${repository}".`);
}
/** An absolute http(s) URL; anything else would be retried for minutes and then fail obscurely. */
function checkApiUrl(url, name) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname) {
        throw new errors/* UsageError */.eb(`${name} must be an http(s) URL such as https://api.github.com or https://HOST/api/v3, got "${url}".`);
    }
}
function checkBranch(branch, name) {
    const problem = branchNameProblem(branch);
    if (problem)
        throw new errors/* UsageError */.eb(`${capital(name)} ${JSON.stringify(branch)} is not a valid git branch name: ${problem}.`);
}
/** Claude Code names sessions by UUID (docs/facts.md#session-location); anything else cannot be one. */
function checkSessionId(sessionId, name) {
    if (!(0,session/* isSessionId */.Sd)(sessionId)) {
        throw new errors/* UsageError */.eb(`${capital(name)} must be a session id (a UUID such as 4d5611e5-241a-462a-8d15-5122611a9569), got ${JSON.stringify(sessionId)}.`);
    }
}
function parseSecretsPolicy(value, name) {
    const policy = (value || 'warn').toLowerCase();
    const known = SECRETS_POLICIES.find((p) => p === policy);
    if (!known)
        throw new errors/* UsageError */.eb(`${capital(name)} must be warn, fail or redact, got "${value}".`);
    return known;
}
function encryptionKeyOf(keyText, recipients) {
    if (keyText === undefined && recipients.length === 0)
        return undefined;
    const key = keyText !== undefined ? (0,archive/* parseKeyMaterial */.om)(keyText) : {};
    return recipients.length > 0
        ? { ...key, recipients: [...(key.recipients ?? []), ...recipients] }
        : key;
}
function capital(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ao: () => (/* binding */ connectionOf),
  UU: () => (/* binding */ createClient),
  vR: () => (/* binding */ createTransferClient),
  UM: () => (/* binding */ graphqlUrlFor),
  T8: () => (/* binding */ splitRepository)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(5077);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/log.ts
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined
};

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/store/retrying.ts
var retrying = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/store/unreachable.ts
var unreachable = __webpack_require__(8659);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/store/httpTransport.ts

/**
 * What Octokit asks of `fetch` (@octokit/request's fetch-wrapper: status, url, the headers
 * iterated and read by name, `text`/`arrayBuffer`, and `body` for an unparsed download), served
 * by node:http(s) rather than Node's built-in fetch. Measured for issue 24 (docs/performance.md):
 * the built-in fetch loads Node's copy of undici on its first call, 25–45 ms before the first
 * request and 10–17 MB of memory, and it holds every chunk of a streamed request body until the
 * request ends (the whole archive of an upload). Here a streamed body is written chunk by chunk,
 * each write awaited, so the caller may reuse its buffer (transferBodies.ts).
 *
 * fetch's semantics kept: a failure before any answer is a TypeError("fetch failed") whose
 * `cause` is Node's error (unreachable.ts reads its code); GET and HEAD follow redirects, and a
 * redirect to another origin drops the Authorization header, as fetch does (signed storage
 * refuses it, docs/facts.md#downloads); a connection silent for 300 s fails, as undici's
 * headers and body timeouts do.
 */
const httpFetch = (async (input, init = {}) => {
    // Never `instanceof Request`: touching fetch's globals loads undici.
    let url = parse(typeof input === 'object' && !(input instanceof URL) ? input.url : String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = plainHeaders(init.headers);
    for (let hops = 0;; hops++) {
        const response = await send(url, method, headers, init);
        const location = response.headers.location;
        if (!REDIRECTS.has(response.statusCode ?? 0) ||
            location === undefined ||
            init.redirect === 'manual' ||
            !(method === 'GET' || method === 'HEAD' || response.statusCode === 303))
            return new TransportResponse(response, url);
        response.resume();
        if (hops >= 20 || init.redirect === 'error')
            throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
        const next = parse(new URL(location, url).href);
        if (next.origin !== url.origin)
            headers = withoutAuthorization(headers);
        if (response.statusCode === 303 && method !== 'HEAD')
            method = 'GET';
        url = next;
    }
});
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const SILENT_MS = 300_000;
const NO_CONTENT = new Set([101, 204, 205, 304]);
function parse(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch (error) {
        throw new TypeError('fetch failed', { cause: error });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new TypeError('fetch failed', { cause: new TypeError('unknown scheme') });
    return url;
}
function plainHeaders(given) {
    const out = {};
    if (!given)
        return out;
    // Octokit passes a plain object; an iterable of pairs is taken too, as fetch takes it.
    const pairs = (Symbol.iterator in given ? [...given] : Object.entries(given));
    for (const [name, value] of pairs)
        out[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
    return out;
}
function withoutAuthorization(headers) {
    const { authorization: _dropped, ...rest } = headers;
    return rest;
}
async function send(url, method, headers, init) {
    // Only the module the URL needs, loaded on first use.
    const transport = url.protocol === 'http:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23));
    const body = method === 'GET' || method === 'HEAD' ? undefined : init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    const outgoing = { ...headers };
    if (whole && outgoing['content-length'] === undefined)
        outgoing['content-length'] = whole.length;
    return new Promise((resolve, reject) => {
        const request = transport.request(url, {
            method,
            headers: outgoing,
            signal: init.signal ?? undefined
        });
        request.setTimeout(SILENT_MS, () => request.destroy(Object.assign(new Error('no answer for 300 s'), { code: 'ETIMEDOUT' })));
        request.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
        request.on('response', (response) => {
            response.setTimeout(SILENT_MS, () => response.destroy(Object.assign(new Error('body silent for 300 s'), { code: 'ETIMEDOUT' })));
            resolve(response);
        });
        if (whole !== undefined || body == null)
            request.end(whole);
        else
            void writeStreamed(request, body).catch((error) => request.destroy(error instanceof Error ? error : new Error(String(error))));
    });
}
/** Each chunk handed to the socket before the next is asked for: the producer may reuse its buffer. */
async function writeStreamed(request, body) {
    for await (const chunk of body) {
        if (request.destroyed)
            return;
        await new Promise((done, fail) => request.write(chunk, (error) => (error ? fail(error) : done())));
    }
    request.end();
}
/** The part of fetch's Response that Octokit reads (@octokit/request's fetch-wrapper) and the transfers' `body`. */
class TransportResponse {
    message;
    status;
    statusText;
    url;
    headers;
    stream;
    constructor(message, url) {
        this.message = message;
        this.status = message.statusCode ?? 0;
        this.statusText = message.statusMessage ?? '';
        this.url = url.href;
        this.headers = new AnswerHeaders(message.headers);
        // An answer without content is read out at once: Octokit never reads a 204's body, and an
        // unread answer keeps its socket busy (and the process alive) until the server drops it.
        if (NO_CONTENT.has(this.status)) {
            message.resume();
            this.stream = null;
        }
    }
    get body() {
        if (this.stream === undefined)
            this.stream = external_node_stream_.Readable.toWeb(this.message);
        return this.stream;
    }
    async arrayBuffer() {
        const bytes = await this.bytes();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    async text() {
        return (await this.bytes()).toString('utf8');
    }
    async bytes() {
        const chunks = [];
        try {
            for await (const chunk of this.message)
                chunks.push(chunk);
        }
        catch (error) {
            throw new TypeError('terminated', { cause: error });
        }
        return Buffer.concat(chunks);
    }
}
/** Response headers as Octokit reads fetch's (by name, and iterated): lower-case names, repeated values joined. */
class AnswerHeaders {
    map = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw))
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}

;// CONCATENATED MODULE: ./src/store/client.ts








/**
 * Octokit's core with its request log (the "GET /path - 200 with id … in 3ms" lines our debug
 * channel and tests read), calling routes by name (`request('GET /repos/{owner}/{repo}', …)`):
 * not @octokit/rest, whose table of every endpoint method (about 240 KB) each process parsed
 * before its first request, for the 19 routes the store uses (issue 24, start-up).
 */
const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M);
const GitHub = Octokit.plugin(unreachable/* failFastWhenUnreachable */.f);
const DEFAULT_RETRY = {
    retries: 4,
    minDelayMs: 1000,
    maxWaitMs: 120_000
};
/**
 * Octokit with retries for 5xx and network errors, and for rate limits after the wait GitHub
 * advertises (retrying.ts; Octokit retries nothing by default, docs/facts.md#retries). No
 * limiter: requests go out when the code sends them, and a caller that needs an order awaits it.
 * A host that cannot be reached (refused, unresolvable, not a URL) is not retried, or once for
 * DNS. Its own log goes to our debug channel only.
 */
function createClient(options) {
    const log = options.log ?? silentLogger;
    const unanswered = unansweredRequests();
    const client = new GitHub({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: `claude-session/${version/* TOOL_VERSION */.wr}`,
        log: octokitLog(log, unanswered),
        request: { fetch: unanswered.fetch }
    });
    // After the plugin: the retry wraps its error hook, which has already ended an unreachable host.
    (0,retrying/* retryRequests */.J)(client, { retry: options.retry, log });
    return client;
}
/**
 * A plain Octokit for transfers: a consumed stream body cannot be sent again (docs/facts.md#retries),
 * so transfers retry themselves, reopening the file on every attempt.
 */
function createTransferClient(options) {
    const unanswered = unansweredRequests();
    return new Octokit({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: `claude-session/${version/* TOOL_VERSION */.wr}`,
        log: octokitLog(options.log ?? silentLogger, unanswered),
        request: { fetch: unanswered.fetch }
    });
}
/**
 * Octokit's request log ("GET … - 500 with id …") goes to our debug channel only: without a `log`
 * Octokit writes failures to console.error, from deep code. Only the message is passed on, never
 * the request options that come with some calls (they hold the Authorization header).
 */
function octokitLog(log, unanswered) {
    const toDebug = (m) => log.debug(unanswered.describe(m));
    return { debug: toDebug, info: toDebug, warn: toDebug, error: toDebug };
}
/**
 * Octokit reports a request that got no answer at all (connection refused, DNS, TLS) as status
 * 500 with request id UNKNOWN (@octokit/request wraps fetch's error in a RequestError with status
 * 500 and no response; @octokit/plugin-request-log prints that status). A real 500 can look the
 * same (a storage host sends no x-github-request-id), so fetch itself notes the requests that got
 * no answer, and only their log lines say so instead.
 */
function unansweredRequests() {
    const failed = [];
    return {
        fetch: async (input, init) => {
            try {
                return await httpFetch(input, init);
            }
            catch (error) {
                const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
                failed.push(`${(init?.method ?? 'GET').toUpperCase()} ${url}`);
                if (failed.length > 100)
                    failed.shift();
                throw error;
            }
        },
        describe(message) {
            const line = / - 500 with id UNKNOWN in (\d+ms)$/.exec(message);
            if (!line)
                return message;
            const [method, path] = message.split(' ', 2);
            const at = failed.findIndex((f) => f.startsWith(`${method} `) && f.endsWith(path));
            if (at < 0)
                return message;
            failed.splice(at, 1);
            return `${message.slice(0, line.index)} - no answer (connection failed) after ${line[1]}`;
        }
    };
}
/** GraphQL lives beside REST: `/graphql` on github.com, `/api/graphql` on GHES (`/api/v3` REST). */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}
/** Splits `owner/name` (refusing anything else) and applies the defaults every client shares. */
function connectionOf(options) {
    const parts = splitRepository(options.repository);
    if (!parts) {
        throw new errors/* UsageError */.eb(`The repository must be OWNER/NAME, got "${options.repository}".`);
    }
    return {
        ...parts,
        apiUrl: (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        log: options.log ?? silentLogger,
        retry: { ...DEFAULT_RETRY, ...options.retry }
    };
}
/** `owner/name` in its two parts; undefined for anything else (a missing or third part, a space). */
function splitRepository(repository) {
    const parts = /^([^/\s]+)\/([^/\s]+)$/.exec(repository);
    return parts ? { owner: parts[1], repo: parts[2] } : undefined;
}


/***/ }),

/***/ 7018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ toStoreError),
/* harmony export */   a5: () => (/* binding */ isRateLimit),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   ur: () => (/* binding */ callGitHub),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists),
/* harmony export */   z8: () => (/* binding */ CONTENTS_PERMISSION)
/* harmony export */ });
/* harmony import */ var _common_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9927);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _unreachable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8659);




/**
 * Turns an Octokit failure into one of our errors with a message of our own. Octokit's errors carry
 * the request, with its Authorization header, and URLs: nothing of them is passed on, so no token
 * can reach a log through a message or a cause.
 */
function toStoreError(error, what, repository) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ClaudeSessionError */ .R2)
        return error;
    // A full disk or a denied write while downloading is not GitHub's failure.
    const local = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asLocalFileError */ .kH)(error);
    if (local)
        return local;
    const away = (0,_unreachable_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .H)(error);
    if (away) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`Could not reach ${away.host} (${away.reason}) while trying to ${what}; ` +
            'check GITHUB_API_URL and your network.');
    }
    const status = statusOf(error);
    const message = githubMessage(error);
    if (status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AuthError */ .lR(`GitHub rejected the token (401 ${message || 'Bad credentials'}) while trying to ${what}. ` +
            `Use a token that has access to ${repository}.`);
    }
    // One rule for 403 (and 429): a rate limit is transient — the retry (retrying.ts) already waited
    // as GitHub advised and retried — so it ends as a remote failure; any other 403 is a permission
    // the token lacks, which only the user can grant (docs/facts.md#two-kinds-of-403).
    if (isRateLimit(error)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`GitHub's rate limit stopped us while trying to ${what} (${message || status}), after waiting as GitHub asked. Try again later.`);
    }
    if (status === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionError */ .i_(`The token may not ${what} in ${repository} (403 ${message || 'Forbidden'}). ` +
            CONTENTS_PERMISSION);
    }
    if (status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionError */ .i_(`GitHub answered 404 while trying to ${what}: ${repository} does not exist or the token cannot see it.`);
    }
    if (status !== undefined && status >= 500) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`GitHub kept failing while trying to ${what} (${status}${message ? ` ${message}` : ''}); retries did not help. Try again later.`);
    }
    const detail = status !== undefined
        ? `${status}${message ? ` ${message}` : ''}`
        : sanitize(message || String(error));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(`Could not ${what}: ${detail}.`);
}
/**
 * What a token needs to read and write sessions: push access, which is `contents: write` for a
 * workflow's GITHUB_TOKEN and a fine-grained token, and the `repo` scope for a classic token
 * (docs/facts.md#draft-visibility: without it drafts are hidden and writes are refused).
 */
const CONTENTS_PERMISSION = 'Sessions need push access: `permissions: contents: write` in a workflow, "Contents: Read and write" for a fine-grained token, the `repo` scope for a classic token.';
/**
 * GitHub's rate limits: 429, or 403 with a rate-limit message, a `retry-after`, or no requests
 * left (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 */
function isRateLimit(error) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__/* .RequestError */ .G))
        return false;
    if (error.status === 429)
        return true;
    if (error.status !== 403)
        return false;
    const headers = error.response?.headers ?? {};
    return (/rate limit/i.test(githubMessage(error)) ||
        headers['retry-after'] !== undefined ||
        headers['x-ratelimit-remaining'] === '0');
}
/** Runs one GitHub request; failures become our errors, expected answers become values. */
async function callGitHub(repository, what, request, expected = {}) {
    try {
        return await request();
    }
    catch (error) {
        if (expected.onAlreadyExists && isAlreadyExists(error))
            throw expected.onAlreadyExists();
        const status = statusOf(error);
        if (status === 404 && expected.on404)
            return expected.on404();
        if (status === 422 && expected.on422)
            return expected.on422();
        if (expected.onRefused && (status === 404 || (status === 403 && !isRateLimit(error))))
            throw expected.onRefused(status);
        throw toStoreError(error, what, repository);
    }
}
/** GitHub's own explanation of a failure (its JSON `message`), on one line, credential-free. */
function githubMessage(error) {
    if (!(error instanceof Error))
        return '';
    const data = error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__/* .RequestError */ .G ? error.response?.data : undefined;
    if ((0,_common_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(data) && typeof data.message === 'string')
        return sanitize(data.message);
    return error.message ? sanitize(error.message.split(' - ')[0]) : '';
}
/** Keeps a message to one line and strips anything shaped like a credential. */
function sanitize(text) {
    return (text
        .replace(/(token|bearer|basic)\s+[A-Za-z0-9_.\-=/+]+/gi, '$1 ***')
        // Every shape GitHub issues, in its character set [A-Za-z0-9_]: ghp_, gho_, ghu_, ghs_, ghr_
        // (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available)
        // and the fine-grained github_pat_.
        .replace(/github_pat_[A-Za-z0-9_]{20,}/g, '***')
        .replace(/gh[pousr]_[A-Za-z0-9_]{20,}/g, '***')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300));
}
/** The HTTP status of a failed request; undefined for anything that is not one. */
function statusOf(error) {
    return error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__/* .RequestError */ .G ? error.status : undefined;
}
function isAlreadyExists(error) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__/* .RequestError */ .G) || error.status !== 422)
        return false;
    const data = error.response?.data;
    const errors = (0,_common_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(data) ? data.errors : undefined;
    return Array.isArray(errors) && errors.some((e) => (0,_common_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(e) && e.code === 'already_exists');
}


/***/ }),

/***/ 6280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z8: () => (/* reexport */ store_errors/* CONTENTS_PERMISSION */.z8),
  Ch: () => (/* reexport */ openStore),
  mD: () => (/* reexport */ openWorkflowRuns),
  T8: () => (/* reexport */ store_client/* splitRepository */.T8)
});

// UNUSED EXPORTS: ReleaseStore, WorkflowRuns, graphqlUrlFor

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/store/client.ts + 2 modules
var store_client = __webpack_require__(797);
;// CONCATENATED MODULE: ./src/store/fromGitHub.ts
/** The part of a release the store's callers use. */
function toRelease(r) {
    return {
        id: r.id,
        tagName: r.tag_name,
        name: r.name ?? '',
        draft: r.draft,
        htmlUrl: r.html_url,
        uploadUrl: r.upload_url,
        createdAt: r.created_at,
        assets: r.assets.map(toAsset),
        ...(typeof r.body === 'string' ? { body: r.body } : {})
    };
}
function toAsset(a) {
    return {
        id: a.id,
        name: a.name,
        size: a.size,
        state: a.state,
        contentType: a.content_type,
        updatedAt: a.updated_at,
        nodeId: a.node_id,
        // Null on a `starter` leftover, missing before GHES 3.17 (docs/facts.md#asset-digest).
        ...(a.digest ? { digest: a.digest } : {})
    };
}

// EXTERNAL MODULE: ./src/store/errors.ts
var store_errors = __webpack_require__(7018);
// EXTERNAL MODULE: ./src/store/unreachable.ts
var unreachable = __webpack_require__(8659);
;// CONCATENATED MODULE: ./src/store/draftLookup.ts


/** One page of assets: a release that holds more falls back to the REST listing (docs/facts.md#asset-digest). */
const ASSETS_PAGE = 100;
/**
 * The release with this tag, its body (`description`) and its assets in one request. GraphQL's
 * `ReleaseAsset` has no numeric id and no digest (docs/facts.md#asset-digest): the node ids, names and sizes only
 * let a caller check what an index in the body says against what the release holds now.
 */
const RELEASE_BY_TAG = `query($owner: String!, $name: String!, $tag: String!) {
  repository(owner: $owner, name: $name) {
    release(tagName: $tag) {
      databaseId isDraft tagName url description
      releaseAssets(first: ${ASSETS_PAGE}) { totalCount nodes { id name size } }
    }
  }
}`;
/**
 * The GraphQL lookup of the release tagged `tag`: null when there is none, undefined when GraphQL
 * could not answer (the caller then lists releases). A bad token or an unreachable host throws:
 * the listing would fail just the same.
 */
async function lookupByTag(deps, tag) {
    const repository = `${deps.owner}/${deps.repo}`;
    try {
        // Not `client.graphql`: it derives the URL from baseUrl, and GITHUB_GRAPHQL_URL must win.
        const { data } = await deps.client.request({
            method: 'POST',
            url: deps.graphqlUrl,
            // A complete URL (graphqlUrlFor): never prefixed with the REST root, even when invalid.
            baseUrl: '',
            query: RELEASE_BY_TAG,
            variables: { owner: deps.owner, name: deps.repo, tag }
        });
        if (data.errors?.length || data.data?.repository === undefined)
            return undefined;
        const release = data.data.repository?.release;
        return release ? toView(release) : null;
    }
    catch (error) {
        if ((0,store_errors/* statusOf */.c2)(error) === 401 || (0,unreachable/* unreachable */.H)(error))
            throw (0,store_errors/* toStoreError */.D5)(error, 'look up the draft release', repository);
        deps.log.debug(`GraphQL lookup of ${tag} failed (${(0,store_errors/* statusOf */.c2)(error) ?? 'no answer'}); listing releases instead`);
        return undefined;
    }
}
function toView(r) {
    const nodes = (r.releaseAssets?.nodes ?? []).filter((n) => n !== null);
    return {
        id: r.databaseId,
        isDraft: r.isDraft,
        tagName: r.tagName,
        htmlUrl: r.url,
        description: r.description ?? '',
        assets: nodes.map((n) => ({ nodeId: n.id, name: n.name, size: n.size })),
        complete: r.releaseAssets != null && nodes.length >= r.releaseAssets.totalCount
    };
}
/**
 * The draft GraphQL described, without asking REST for it again, given the `upload_url` a reader
 * kept from an earlier answer. That URL receives the token, so only the shape GitHub gives it is
 * accepted: this repository and release, on the API's host or its `uploads.` twin, or under
 * `/api/uploads` on GitHub Enterprise Server (docs/facts.md#uploads).
 */
function releaseFromLookup(lookup, uploadUrl, where) {
    if (!lookup.isDraft || !isUploadUrlOf(lookup.id, uploadUrl, where))
        return undefined;
    return {
        id: lookup.id,
        tagName: lookup.tagName,
        name: '',
        draft: true,
        htmlUrl: lookup.htmlUrl,
        uploadUrl,
        createdAt: '',
        assets: []
    };
}
function isUploadUrlOf(releaseId, uploadUrl, where) {
    const suffix = `/repos/${where.repository}/releases/${releaseId}/assets{?name,label}`;
    // GitHub spells the repository as it was created, whatever case the caller used.
    if (!uploadUrl.toLowerCase().endsWith(suffix.toLowerCase()))
        return false;
    let url;
    let api;
    try {
        url = new URL(uploadUrl.slice(0, -suffix.length));
        api = new URL(where.apiUrl);
    }
    catch {
        return false;
    }
    if (url.protocol !== api.protocol || url.username || url.password || url.search || url.hash)
        return false;
    if (!['/', '/api/uploads'].includes(url.pathname))
        return false;
    const twin = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice(4)}` : undefined;
    return url.hostname === api.hostname || url.hostname === twin;
}

;// CONCATENATED MODULE: ./src/store/releaseListing.ts


/** GitHub serves at most 100 nodes of a connection a page (docs/facts.md#graphql-connections). */
const PAGE = 100;
/**
 * One page of the repository's releases, newest first, with only what tells a session draft
 * apart: no body and no assets. REST's `GET /releases` embeds every asset of every release and
 * stops at the first 1000 releases (docs/facts.md#listing-releases); this connection has neither limit, and it
 * lists drafts to a caller with push access (the GitHub CLI's `gh release list` reads it and
 * filters drafts itself: cli/cli pkg/cmd/release/list/http.go).
 */
const RELEASES_PAGE = `query($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    releases(first: ${PAGE}, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes { databaseId tagName isDraft }
    }
  }
}`;
/**
 * The releases `keep` accepts, newest first, walking the whole connection (or `maxPages` pages).
 * Undefined when GraphQL could not answer (an old GitHub Enterprise Server, a proxy that knows only
 * REST): the caller then lists through REST and says the listing may be incomplete. A bad token or
 * an unreachable host throws, as REST would fail just the same.
 */
async function listReleaseRefs(deps, options) {
    const kept = [];
    let after = null;
    for (let page = 1; page <= (options.maxPages ?? Infinity); page++) {
        let answer;
        try {
            // Not `client.graphql`: it derives the URL from baseUrl, and GITHUB_GRAPHQL_URL must win.
            const response = await deps.client.request({
                method: 'POST',
                url: deps.graphqlUrl,
                baseUrl: '',
                query: RELEASES_PAGE,
                variables: { owner: deps.owner, name: deps.repo, after }
            });
            answer = response.data;
        }
        catch (error) {
            if ((0,store_errors/* statusOf */.c2)(error) === 401 || (0,unreachable/* unreachable */.H)(error))
                throw (0,store_errors/* toStoreError */.D5)(error, 'list releases', `${deps.owner}/${deps.repo}`);
            deps.log.debug(`GraphQL listing of releases failed (${(0,store_errors/* statusOf */.c2)(error) ?? 'no answer'})`);
            return undefined;
        }
        const releases = answer.data?.repository?.releases;
        if (answer.errors?.length || !releases) {
            deps.log.debug(`GraphQL listing of releases failed: ${JSON.stringify(answer.errors ?? [])}`);
            return undefined;
        }
        for (const node of releases.nodes ?? []) {
            if (!node || node.databaseId === null)
                continue;
            const ref = { id: node.databaseId, tagName: node.tagName, isDraft: node.isDraft };
            if (options.keep(ref))
                kept.push(ref);
        }
        if (!releases.pageInfo.hasNextPage || !releases.pageInfo.endCursor)
            break;
        after = releases.pageInfo.endCursor;
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/store/releaseReader.ts




/** GitHub lists at most this many releases; later pages answer 422 (docs/facts.md#drafts-and-the-tag-endpoint). */
const LISTING_CAP_PAGES = 10;
/** Whether a tag is the one asked for, or has the prefix asked for. */
function wanted(filter, tagName) {
    if (filter.tag !== undefined)
        return tagName === filter.tag;
    return filter.tagPrefix === undefined || tagName.startsWith(filter.tagPrefix);
}
/**
 * The reads of the Releases API: finding a draft by its tag, listing drafts and releases, reading
 * one release. ReleaseStore (releaseStore.ts) adds the writes.
 */
class ReleaseReader {
    deps;
    repository;
    constructor(deps) {
        this.deps = deps;
        this.repository = `${deps.owner}/${deps.repo}`;
    }
    /**
     * The store's lookup vocabulary: `lookupDraft` is the one GraphQL request for a tag (a
     * `DraftLookup`: body and asset names included, see draftLookup.ts); `draftFromLookup` turns a
     * lookup into the draft itself; `draftFromIndexedLookup` does so with no request when the index in
     * the body supplies what GraphQL lacks; `listDrafts` is the REST listing every lookup falls back to.
     */
    lookupDraft(tag) {
        return lookupByTag(this.deps, tag);
    }
    /**
     * The draft with this tag, from a lookup. `GET /releases/tags/{tag}` never returns drafts, but
     * GraphQL's `release(tagName:)` does (docs/facts.md#drafts-and-the-tag-endpoint): the lookup, then the release itself. When
     * GraphQL named a published release (a published one may share the tag) or failed, the listing
     * decides.
     */
    async draftFromLookup(tag, lookup) {
        return (await this.settleLookup(tag, lookup)).draft;
    }
    /**
     * The draft with this tag, saying also whether the answer is certain: when neither GraphQL's tag lookup nor its
     * listing could answer, only REST's listing of the newest 1000 releases was searched.
     */
    async locateDraft(tag) {
        return this.settleLookup(tag, await this.lookupDraft(tag));
    }
    async settleLookup(tag, lookup) {
        if (lookup === null)
            return { draft: undefined, complete: true };
        if (lookup?.isDraft) {
            const release = await this.getRelease(lookup.id);
            if (release?.draft && release.tagName === tag)
                return { draft: release, complete: true };
        }
        // GraphQL named a published release (one may share the tag) or could not answer: the listing
        // decides, through GraphQL when it answers (no cap), else REST (the newest 1000 releases).
        const listing = await this.listDrafts({ tag });
        return { draft: listing.drafts.sort((a, b) => a.id - b.id)[0], complete: listing.complete };
    }
    /** See draftLookup.ts: the draft GraphQL described, with an `upload_url` kept from before. */
    // Async like every other method, so that wrappers of the store see one shape.
    async draftFromIndexedLookup(lookup, uploadUrl) {
        return releaseFromLookup(lookup, uploadUrl, {
            apiUrl: this.deps.apiUrl,
            repository: this.repository
        });
    }
    /**
     * Drafts with this tag (or tag prefix), newest first, each read whole (assets included) — and
     * only those: the listing itself carries no assets (releaseListing.ts).
     */
    async listDrafts(filter) {
        const { refs, complete } = await this.listDraftRefs(filter);
        const drafts = [];
        for (const ref of refs) {
            const release = ref.release ?? (await this.getRelease(ref.id));
            // Deleted, published or renamed since it was listed: not a draft of ours any more.
            if (release?.draft && wanted(filter, release.tagName))
                drafts.push(release);
        }
        return { drafts, complete };
    }
    /**
     * Drafts with this tag (or tag prefix), newest first, as GraphQL lists them: ids and tags only.
     * When GraphQL cannot list, REST does, and its releases come whole (`release`); REST stops at
     * the first 1000 releases, which `complete: false` says.
     */
    async listDraftRefs(filter) {
        const refs = await listReleaseRefs(this.deps, {
            keep: (ref) => ref.isDraft && wanted(filter, ref.tagName),
            maxPages: filter.maxPages
        });
        if (refs)
            return { refs, complete: true };
        const rest = await this.listReleasesCapped({ draftsOnly: true, maxPages: filter.maxPages });
        return {
            refs: rest.releases
                .filter((r) => wanted(filter, r.tagName))
                .map((release) => ({ id: release.id, tagName: release.tagName, isDraft: true, release })),
            complete: !rest.capped
        };
    }
    /** Releases, newest first, drafts included for callers with push access, up to GitHub's cap. */
    async listReleases(options = {}) {
        return (await this.listReleasesCapped(options)).releases;
    }
    /** listReleases, and whether it stopped at GitHub's cap of 1000 releases (docs/facts.md#drafts-and-the-tag-endpoint). */
    async listReleasesCapped(options = {}) {
        const out = [];
        const pages = Math.min(options.maxPages ?? LISTING_CAP_PAGES, LISTING_CAP_PAGES);
        for (let page = 1; page <= pages; page++) {
            const response = await this.call('list releases', () => this.deps.client.request('GET /repos/{owner}/{repo}/releases', {
                owner: this.deps.owner,
                repo: this.deps.repo,
                per_page: 100,
                page
            }), 
            // Past the first 1000 releases GitHub answers 422 (docs/facts.md#drafts-and-the-tag-endpoint): that is the end of the list.
            { on422: () => undefined });
            if (response === undefined)
                return { releases: out, capped: true };
            for (const release of response.data.map(toRelease)) {
                if (options.draftsOnly && !release.draft)
                    continue;
                if (options.tagPrefix !== undefined && !release.tagName.startsWith(options.tagPrefix))
                    continue;
                out.push(release);
            }
            if (response.data.length < 100)
                return { releases: out, capped: false };
        }
        return { releases: out, capped: pages === LISTING_CAP_PAGES };
    }
    async getRelease(id) {
        const response = await this.call(`read release #${id}`, () => this.deps.client.request('GET /repos/{owner}/{repo}/releases/{release_id}', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            release_id: id
        }), { on404: () => undefined });
        return response && toRelease(response.data);
    }
    call(what, request, expected) {
        return (0,store_errors/* callGitHub */.ur)(this.repository, what, request, expected);
    }
}

;// CONCATENATED MODULE: ./src/store/repository.ts

/** GET /repos/{owner}/{repo}: https://docs.github.com/rest/repos/repos#get-a-repository */
async function readRepositoryAccess(client, owner, repo) {
    const { data } = await (0,store_errors/* callGitHub */.ur)(`${owner}/${repo}`, 'read the repository', () => client.request('GET /repos/{owner}/{repo}', { owner, repo }));
    return { defaultBranch: data.default_branch, canPush: data.permissions?.push };
}

// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/web"
var web_ = __webpack_require__(7830);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/store/retrying.ts
var retrying = __webpack_require__(4155);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/common/fileChunks.ts
var fileChunks = __webpack_require__(1429);
// EXTERNAL MODULE: ./src/common/spentBuffers.ts
var spentBuffers = __webpack_require__(3150);
;// CONCATENATED MODULE: ./src/store/transferBodies.ts



/** Bytes per upload read, kept as the upload's buffer had them before it shared reusedChunks. */
const UPLOAD_CHUNK = 64 * 1024;
/**
 * An upload body: the file's first `size` bytes through the one reused buffer of `reusedChunks`,
 * counted for progress. Reusing it is safe only because the transport (httpTransport.ts) asks for
 * the next chunk after the socket has taken the previous one.
 */
async function* uploadChunks(path, size, onProgress) {
    let sent = 0;
    for await (const chunk of (0,fileChunks/* reusedChunks */.f)(path, { end: size, chunkBytes: UPLOAD_CHUNK })) {
        sent += chunk.length;
        onProgress?.(sent, size);
        yield chunk;
    }
}
/**
 * The chunks of a download, hashed and counted in order as they are read, whoever reads them.
 * fetch's body is read directly, with no Node stream (and its buffering) in between. Stopping
 * early (`return`) leaves the body open for `finish` to read to its end; a failure of the body is
 * remembered, so a caller can tell it from its consumer's.
 */
class HashedReads {
    onSize;
    failure;
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    reader;
    spent = (0,spentBuffers/* spentBuffers */.s)();
    pending = Promise.resolve({
        done: false,
        value: Buffer.alloc(0)
    });
    constructor(body, onSize) {
        this.onSize = onSize;
        this.reader = body.getReader();
    }
    [Symbol.asyncIterator]() {
        return {
            next: () => this.next(),
            return: () => Promise.resolve({ done: true, value: undefined })
        };
    }
    /** Reads the rest, then the digest of everything read. */
    async finish() {
        while (!(await this.next()).done)
            ;
        return { size: this.size, sha256: this.hash.digest('hex') };
    }
    /** Lets go of the connection, whatever state the transfer is in. */
    close() {
        this.reader.cancel().catch(() => undefined);
    }
    /** One read at a time, in order, even if a reader and `finish` overlap. */
    next() {
        this.pending = this.pending.then(async (last) => {
            if (last.done)
                return last;
            try {
                const read = await this.reader.read();
                if (read.done)
                    return { done: true, value: undefined };
                const chunk = Buffer.from(read.value.buffer, read.value.byteOffset, read.value.byteLength);
                this.hash.update(chunk);
                this.spent(chunk.length);
                this.size += chunk.length;
                this.onSize(this.size);
                return { done: false, value: chunk };
            }
            catch (error) {
                this.failure ??= { error };
                throw error;
            }
        });
        return this.pending;
    }
}

;// CONCATENATED MODULE: ./src/store/transfers.ts










/** Moving asset bytes, each transfer with its own retry that starts it afresh. */
class Transfers {
    deps;
    repository;
    constructor(deps) {
        this.deps = deps;
        this.repository = `${deps.owner}/${deps.repo}`;
    }
    /**
     * Uploads a file through the release's own `upload_url` (Octokit's helper hard-codes
     * uploads.github.com, which is wrong on GHES), with a real Content-Length (chunked bodies are
     * refused with 400, docs/facts.md#uploads). Each attempt reopens the file; after a failed attempt a `starter`
     * leftover that would block the name is deleted first (docs/facts.md#name-clashes-and-leftovers).
     * The body is read through one buffer, each chunk sent before the next is read (httpTransport.ts),
     * so memory stays flat whatever the file's size.
     */
    async upload(release, file) {
        for (let attempt = 0;; attempt++) {
            const size = (await (0,promises_.stat)(file.filePath)).size;
            try {
                // Octokit expands the RFC 6570 template `…/assets{?name,label}` with `name`.
                const response = await this.deps.raw.request({
                    method: 'POST',
                    url: release.uploadUrl,
                    name: file.name,
                    headers: { 'content-type': file.contentType, 'content-length': size },
                    data: uploadChunks(file.filePath, size, file.onProgress)
                });
                return toAsset(response.data);
            }
            catch (error) {
                if ((0,store_errors/* isAlreadyExists */.x9)(error)) {
                    // Only a half-done leftover may be cleared; a complete asset is a real conflict.
                    if (attempt < this.deps.retry.retries &&
                        (await this.deps.removeLeftover(release, file.name)))
                        continue;
                    throw new errors/* ConflictError */.fK(`${file.name} already exists on the release ${release.tagName}.`);
                }
                await this.retryOrThrow(error, attempt, `upload ${file.name}`);
                // An upload that reached no server left nothing behind.
                if (!(0,unreachable/* unreachable */.H)(error))
                    await this.deps.removeLeftover(release, file.name);
            }
        }
    }
    /**
     * Streams an asset to a file: `Accept: application/octet-stream` answers 302 to signed storage,
     * which the transport follows without the Authorization header (storage rejects it,
     * docs/facts.md#downloads; httpTransport.ts), and
     * `parseSuccessResponseBody: false` keeps Octokit from buffering the body. A cut transfer is
     * started again; the result must have the asset's size.
     */
    async download(asset, destPath, options = {}) {
        for (let attempt = 0;; attempt++) {
            try {
                const bytes = new HashedReads(await this.openBody(asset), (size) => options.onProgress?.(size, asset.size));
                let digest;
                try {
                    const out = await (0,promises_.open)(destPath, 'w', 0o600);
                    try {
                        // Each chunk written before the next is read: nothing queues up in between.
                        for await (const chunk of bytes)
                            await out.write(chunk);
                        digest = await bytes.finish();
                    }
                    finally {
                        await out.close();
                    }
                }
                finally {
                    bytes.close();
                }
                const { size, sha256 } = digest;
                if (size !== asset.size)
                    throw new TruncatedError(size, asset.size);
                return { size, sha256 };
            }
            catch (error) {
                await (0,promises_.rm)(destPath, { force: true });
                await this.retryOrThrow(error, attempt, `download ${asset.name}`);
            }
        }
    }
    /**
     * Hands an asset's bytes to `consume` as they arrive, hashing them on the way, so the caller can
     * unpack while downloading and decide what to keep once the digest is known. `consume` runs
     * afresh on every attempt (a cut transfer is restarted: the consumer starts over, so it must
     * clear whatever a failed attempt left). If it stops reading early, the rest is read here, so
     * the sha256 always covers the whole asset. Its own failures are not retried: only those of
     * the transfer are.
     */
    async stream(asset, consume, options = {}) {
        for (let attempt = 0;; attempt++) {
            try {
                const bytes = new HashedReads(await this.openBody(asset), (size) => options.onProgress?.(size, asset.size));
                try {
                    let value;
                    try {
                        value = await consume(bytes);
                    }
                    catch (error) {
                        // What the consumer throws because the transfer failed is the transfer's failure.
                        if (bytes.failure === undefined)
                            throw new ConsumerFailure(error);
                        throw bytes.failure.error;
                    }
                    const { size, sha256 } = await bytes.finish();
                    if (size !== asset.size)
                        throw new TruncatedError(size, asset.size);
                    return { size, sha256, value };
                }
                finally {
                    bytes.close();
                }
            }
            catch (error) {
                if (error instanceof ConsumerFailure)
                    throw error.error;
                await this.retryOrThrow(error, attempt, `download ${asset.name}`);
            }
        }
    }
    /** A small asset (metadata) in memory, refusing anything over `maxBytes`. */
    async read(asset, options) {
        if (asset.size > options.maxBytes) {
            throw new errors/* RemoteError */.Hi(`${asset.name} is ${asset.size} bytes, more than the ${options.maxBytes} expected; refusing it.`);
        }
        for (let attempt = 0;; attempt++) {
            try {
                const chunks = [];
                let size = 0;
                for await (const chunk of await this.openBody(asset)) {
                    const bytes = chunk;
                    size += bytes.length;
                    if (size > options.maxBytes)
                        throw new errors/* RemoteError */.Hi(`${asset.name} is larger than ${options.maxBytes} bytes; refusing it.`);
                    chunks.push(bytes);
                }
                if (size !== asset.size)
                    throw new TruncatedError(size, asset.size);
                return Buffer.concat(chunks);
            }
            catch (error) {
                await this.retryOrThrow(error, attempt, `download ${asset.name}`);
            }
        }
    }
    async openBody(asset) {
        const response = await this.deps.raw.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            asset_id: asset.id,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false }
        });
        // Unparsed, `data` is fetch's body stream, not the asset JSON the route's type promises.
        const body = response.data;
        if (!(body instanceof web_.ReadableStream)) {
            throw new errors/* RemoteError */.Hi(`GitHub sent no content for ${asset.name}; try again later.`);
        }
        return body;
    }
    /** Waits and returns when the failure is worth another attempt; throws our error otherwise. */
    async retryOrThrow(error, attempt, what) {
        if (error instanceof errors/* RemoteError */.Hi && !(error instanceof TruncatedError))
            throw error;
        // A host that cannot be reached stays so; DNS gets one more chance (unreachable.ts).
        const away = (0,unreachable/* unreachable */.H)(error);
        if (away && !(away.mayHealOnce && attempt === 0))
            throw (0,store_errors/* toStoreError */.D5)(error, what, this.repository);
        const status = (0,store_errors/* statusOf */.c2)(error);
        const headers = error instanceof dist_src/* RequestError */.G ? (error.response?.headers ?? {}) : {};
        // The one rule for a rate limit and its wait, shared with the API's retry (retrying.ts).
        const rateLimited = (0,store_errors/* isRateLimit */.a5)(error);
        const transient = error instanceof TruncatedError || status === undefined || status >= 500 || rateLimited;
        if (!transient || attempt >= this.deps.retry.retries) {
            if (error instanceof TruncatedError) {
                throw new errors/* RemoteError */.Hi(`The transfer to ${what} was cut off ${attempt + 1} times (${error.message}); try again later.`);
            }
            throw (0,store_errors/* toStoreError */.D5)(error, what, this.repository);
        }
        const waitUnits = rateLimited
            ? (0,retrying/* advisedWait */.C)(headers, attempt)
            : headers['retry-after'] !== undefined
                ? Number(headers['retry-after']) || 0
                : (attempt + 1) ** 2;
        const waitMs = waitUnits * this.deps.retry.minDelayMs;
        if (waitMs > this.deps.retry.maxWaitMs)
            throw (0,store_errors/* toStoreError */.D5)(error, what, this.repository);
        this.deps.log.info(`Could not ${what} (${status ?? 'connection lost'}); retrying in ${Math.round(waitMs / 1000)}s`);
        await (0,external_node_timers_promises_.setTimeout)(waitMs);
    }
}
/** A consumer's own failure, carried past the retry of `stream` untouched. */
class ConsumerFailure {
    error;
    constructor(error) {
        this.error = error;
    }
}
class TruncatedError extends errors/* RemoteError */.Hi {
    constructor(got, expected) {
        super(`${got} of ${expected} bytes`);
    }
}

;// CONCATENATED MODULE: ./src/store/releaseStore.ts






function openStore(options) {
    const { owner, repo, apiUrl, log, retry } = (0,store_client/* connectionOf */.ao)(options);
    return new ReleaseStore({
        client: (0,store_client/* createClient */.UU)({ token: options.token, apiUrl, log, retry }),
        raw: (0,store_client/* createTransferClient */.vR)({ token: options.token, apiUrl, log }),
        owner,
        repo,
        graphqlUrl: options.graphqlUrl || process.env.GITHUB_GRAPHQL_URL || (0,store_client/* graphqlUrlFor */.UM)(apiUrl),
        apiUrl,
        log,
        retry
    });
}
/**
 * The Releases API, and nothing about what the assets hold: the reads (ReleaseReader,
 * releaseReader.ts), and here the writes of drafts and their assets.
 */
class ReleaseStore extends ReleaseReader {
    transfers;
    constructor(deps) {
        super(deps);
        this.transfers = new Transfers({
            ...deps,
            removeLeftover: (release, name) => this.removeLeftover(release, name)
        });
    }
    /** Replaces a release's body. `tag_name` is sent again: without it a draft loses its tag (docs/facts.md#tag-kept-on-patch). */
    async updateBody(release, body) {
        await this.call(`update the description of release #${release.id}`, () => this.deps.client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            release_id: release.id,
            tag_name: release.tagName,
            body
        }));
    }
    /** A new draft. No `target_commitish`: a target that changes workflows is refused for GITHUB_TOKEN (docs/facts.md#no-target-commit). */
    async createDraft(tag, details) {
        const response = await this.call(`create the draft release ${tag}`, () => this.deps.client.request('POST /repos/{owner}/{repo}/releases', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            tag_name: tag,
            name: details.name,
            body: details.body,
            draft: true
        }));
        return toRelease(response.data);
    }
    /** Deletes a release; false when it was already gone. Deleting a draft leaves no tag (docs/facts.md#duplicate-drafts). */
    async deleteRelease(id) {
        return this.call(`delete release #${id}`, async () => {
            await this.deps.client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
                owner: this.deps.owner,
                repo: this.deps.repo,
                release_id: id
            });
            return true;
        }, { on404: () => false });
    }
    /** See Transfers.upload: through the release's `upload_url`, retried with the file reopened. */
    uploadAsset(release, file) {
        return this.transfers.upload(release, file);
    }
    /** Renames an asset (the id stays); a taken name is a conflict for the caller to resolve. */
    async renameAsset(assetId, name) {
        const response = await this.call(`rename an asset to ${name}`, () => this.deps.client.request('PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            asset_id: assetId,
            name
        }), { onAlreadyExists: () => new errors/* ConflictError */.fK(`An asset named ${name} already exists.`) });
        return toAsset(response.data);
    }
    /** Deletes an asset; false when it was already gone (a concurrent writer got there first). */
    async deleteAsset(assetId) {
        return this.call(`delete asset #${assetId}`, async () => {
            await this.deps.client.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
                owner: this.deps.owner,
                repo: this.deps.repo,
                asset_id: assetId
            });
            return true;
        }, { on404: () => false });
    }
    /** See Transfers.download: streamed to a file, its size checked, its sha256 returned. */
    downloadAsset(asset, destPath, options = {}) {
        return this.transfers.download(asset, destPath, options);
    }
    /** See Transfers.stream: the bytes handed over as they arrive, hashed, retried from the start. */
    streamAsset(asset, consume, options = {}) {
        return this.transfers.stream(asset, consume, options);
    }
    /** A small asset (metadata) in memory, refusing anything over `maxBytes`. */
    readAsset(asset, options) {
        return this.transfers.read(asset, options);
    }
    /** The default branch, and whether the token may push (and so see drafts). */
    repositoryAccess() {
        return readRepositoryAccess(this.deps.client, this.deps.owner, this.deps.repo);
    }
    async branchExists(branch) {
        return this.call(`check whether branch ${branch} exists`, async () => {
            await this.deps.client.request('GET /repos/{owner}/{repo}/branches/{branch}', {
                owner: this.deps.owner,
                repo: this.deps.repo,
                branch
            });
            return true;
        }, { on404: () => false });
    }
    /** A failed upload can leave an empty `starter` asset under the name (docs/facts.md#name-clashes-and-leftovers): remove it. */
    async removeLeftover(release, name) {
        const current = await this.getRelease(release.id);
        const leftover = current?.assets.find((a) => a.name === name && a.state !== 'uploaded');
        if (leftover)
            await this.deleteAsset(leftover.id);
        return leftover !== undefined;
    }
}

;// CONCATENATED MODULE: ./src/store/workflowRuns.ts




/**
 * The Actions REST API as `claude-session continue` needs it: start a workflow_dispatch run, read
 * its status and steps. Octokit stays here, as for the releases (docs/architecture.md).
 */
class WorkflowRuns {
    client;
    owner;
    repo;
    log;
    constructor(client, owner, repo, log) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
        this.log = log;
    }
    get repository() {
        return `${this.owner}/${this.repo}`;
    }
    /**
     * POST …/actions/workflows/{file}/dispatches. github.com answers 200 with the run's id when asked
     * with `return_run_details: true`; GitHub Enterprise Server (3.17–3.19) does not know the
     * parameter and answers 422 `"return_run_details" is not a permitted key.`, so the dispatch is
     * sent again without it (nothing was started by the refused one) and answers 204 (docs/facts.md#dispatch-on-enterprise-server).
     * https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
     */
    async dispatch(request, options = {}) {
        const send = (runDetails) => this.client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
            owner: this.owner,
            repo: this.repo,
            workflow_id: request.workflow,
            ref: request.ref,
            inputs: request.inputs,
            ...(runDetails ? { return_run_details: true } : {})
        });
        try {
            let response;
            try {
                response = await send(this.namesRuns);
            }
            catch (error) {
                if (!this.namesRuns || !refusesRunDetails(error))
                    throw error;
                this.namesRuns = false;
                const refusal = options.unnamed?.();
                if (refusal)
                    throw refusal;
                this.log.debug('The server does not know return_run_details (GHES): dispatching without it');
                response = await send(false);
            }
            const date = response.headers.date ? new Date(response.headers.date) : undefined;
            const serverDate = date && !Number.isNaN(date.getTime()) ? date : undefined;
            const data = (response.status === 200 ? response.data : undefined);
            return { runId: data?.workflow_run_id, htmlUrl: data?.html_url, serverDate };
        }
        catch (error) {
            throw this.dispatchError(error, request.workflow, request.ref);
        }
    }
    /** False once the server refused `return_run_details`: it is not sent again. */
    namesRuns = true;
    dispatchError(error, workflow, ref) {
        const status = (0,store_errors/* statusOf */.c2)(error);
        const path = `.github/workflows/${workflow}`;
        if (status === 404) {
            return new errors/* UsageError */.eb(`${this.repository} has no workflow ${path} on its default branch (404). ` +
                'Run `claude-session init` to write it, then commit and push it; or name yours with --workflow FILE.');
        }
        if (status === 403 && !(0,store_errors/* isRateLimit */.a5)(error)) {
            return new errors/* PermissionError */.i_(`The token may not start workflows in ${this.repository} (403 ${(0,store_errors/* githubMessage */.hg)(error) || 'Forbidden'}). ` +
                DISPATCH_PERMISSION);
        }
        if (status === 422) {
            const reason = (0,store_errors/* githubMessage */.hg)(error);
            return new errors/* UsageError */.eb(`GitHub refused to start ${path} on ${ref} (422${reason ? `: ${reason}` : ''}). ${adviceFor(reason, ref, path)}`);
        }
        return (0,store_errors/* toStoreError */.D5)(error, `start ${path}`, this.repository);
    }
    /** The default branch, and whether the token may push. */
    repositoryAccess() {
        return readRepositoryAccess(this.client, this.owner, this.repo);
    }
    /**
     * The text of `.github/workflows/<file>` at `ref`, or undefined when the file (or the ref) is not
     * there (GET …/contents/{path}?ref=, https://docs.github.com/rest/repos/contents#get-repository-content).
     */
    async workflowFile(file, ref) {
        try {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner: this.owner,
                repo: this.repo,
                path: `.github/workflows/${file}`,
                ref
            });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return undefined;
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        catch (error) {
            if ((0,store_errors/* statusOf */.c2)(error) === 404)
                return undefined;
            throw (0,store_errors/* toStoreError */.D5)(error, `read .github/workflows/${file} on ${ref}`, this.repository);
        }
    }
    async getRun(runId) {
        try {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                owner: this.owner,
                repo: this.repo,
                run_id: runId
            });
            return runOf(data);
        }
        catch (error) {
            if ((0,store_errors/* statusOf */.c2)(error) === 404)
                throw new errors/* UsageError */.eb(`${this.repository} has no workflow run ${runId}, or the token cannot see it.`);
            throw (0,store_errors/* toStoreError */.D5)(error, `read workflow run ${runId}`, this.repository);
        }
    }
    /** The jobs of a run with their steps (GET …/actions/runs/{id}/jobs). */
    async listJobs(runId) {
        try {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
                owner: this.owner,
                repo: this.repo,
                run_id: runId,
                per_page: 100
            });
            return data.jobs.map((job) => ({
                name: job.name,
                status: job.status,
                conclusion: job.conclusion,
                steps: (job.steps ?? []).map((s) => ({
                    name: s.name,
                    status: s.status,
                    conclusion: s.conclusion,
                    number: s.number
                }))
            }));
        }
        catch (error) {
            throw (0,store_errors/* toStoreError */.D5)(error, `read the jobs of workflow run ${runId}`, this.repository);
        }
    }
    /**
     * workflow_dispatch runs on a branch created at or after `since`, newest first, optionally only
     * those started by `actor` (GET …/actions/runs with `event`, `branch`, `actor`, `created`).
     */
    async listDispatchedRuns(filter) {
        try {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/actions/runs', {
                owner: this.owner,
                repo: this.repo,
                event: 'workflow_dispatch',
                branch: filter.branch,
                ...(filter.actor ? { actor: filter.actor } : {}),
                // GitHub's search syntax for dates: https://docs.github.com/search-github/getting-started-with-searching-on-github/understanding-the-search-syntax#query-for-dates
                created: `>=${filter.since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
                per_page: 20
            });
            return data.workflow_runs
                .map(runOf)
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
        }
        catch (error) {
            throw (0,store_errors/* toStoreError */.D5)(error, 'list workflow runs', this.repository);
        }
    }
    /** The commit a branch points at on GitHub, or undefined when the branch is gone. */
    async branchHead(branch) {
        try {
            const { data } = await this.client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
                owner: this.owner,
                repo: this.repo,
                ref: `heads/${branch}`
            });
            return data.object.sha;
        }
        catch (error) {
            if ((0,store_errors/* statusOf */.c2)(error) === 404)
                return undefined;
            throw (0,store_errors/* toStoreError */.D5)(error, `read branch ${branch}`, this.repository);
        }
    }
}
function runOf(data) {
    return {
        id: Number(data.id),
        status: data.status ?? 'queued',
        conclusion: data.conclusion,
        htmlUrl: data.html_url,
        headBranch: data.head_branch,
        headSha: data.head_sha,
        createdAt: data.created_at,
        actor: data.actor?.login,
        displayTitle: data.display_title
    };
}
/**
 * What a token needs to start a workflow, per the endpoint's description: fine-grained tokens
 * Actions write, classic tokens and OAuth tokens the `repo` scope (the `workflow` scope is for
 * changing workflow files). https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
 */
const DISPATCH_PERMISSION = 'It needs `actions: write` (in a workflow: `permissions: actions: write`; fine-grained token: "Actions: Read and write"; classic token: the `repo` scope).';
/** GHES's 422 for the parameter it lacks (benc-uk/workflow-dispatch#86, docs/facts.md#dispatch-on-enterprise-server). */
function refusesRunDetails(error) {
    return (0,store_errors/* statusOf */.c2)(error) === 422 && /return_run_details/.test((0,store_errors/* githubMessage */.hg)(error));
}
/** What to do about GitHub's 422 reasons for a dispatch (docs/facts.md#what-dispatch-refuses quotes them). */
function adviceFor(reason, ref, path) {
    if (/^No ref found for/i.test(reason))
        return `The branch ${ref} is not on GitHub: push it first (git push -u origin ${ref}).`;
    if (/^Unexpected inputs provided/i.test(reason))
        return `${path} on ${ref} does not declare those inputs: drop them, or add them under on.workflow_dispatch.inputs and push the file.`;
    if (/workflow_dispatch/i.test(reason))
        return `${path} on ${ref} has no workflow_dispatch trigger: add it (claude-session init writes one) and push the file.`;
    return 'Check that the branch exists on GitHub, that the workflow has a `workflow_dispatch` trigger, and that every --input is declared in it.';
}
function openWorkflowRuns(options) {
    const { owner, repo, apiUrl, log, retry } = (0,store_client/* connectionOf */.ao)(options);
    const client = (0,store_client/* createClient */.UU)({ token: options.token, apiUrl, log, retry });
    return new WorkflowRuns(client, owner, repo, log);
}

;// CONCATENATED MODULE: ./src/store/index.ts






/***/ }),

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ advisedWait),
/* harmony export */   J: () => (/* binding */ retryRequests)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1015);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7018);



/**
 * GitHub's advice for a secondary rate limit that names no wait: "wait for at least one minute",
 * longer and longer while it persists (docs/facts.md#rate-limits).
 */
const SECONDARY_FALLBACK_S = 60;
/**
 * Retries what GitHub says may pass (docs/facts.md#retries, docs/facts.md#rate-limits): a 5xx
 * or a request that got no answer (a reset), after a growing pause; a rate limit (isRateLimit:
 * 429, or a 403 that says so), after the wait GitHub advertises — `retry-after`, else until
 * `x-ratelimit-reset` when no requests are left, else a minute and more. At most `retries` times per
 * request, never a wait past `maxWaitMs`, and never a request whose body was a stream (it cannot
 * be sent twice). Anything else is thrown at once, for errors.ts to explain.
 *
 * This replaces @octokit/plugin-retry and @octokit/plugin-throttling. Both schedule every request
 * through Bottleneck, whose `setTimeout(0)` yields cost 13–18 ms of event loop per request
 * (measured: 4.4–4.9 ms of CPU per request with them, 2.7 ms without; docs/performance.md), and
 * throttling's write group (one at a time, 100 ms apart) serialized every write of a process,
 * which forbids the overlapped writes a save needs (src/save/commitVersion.ts). GitHub's spacing
 * advice is for bulk writers: its secondary limit is about 80 content-creating requests a minute,
 * and a save sends seven at most; when a limit is hit anyway, the answer says how long to wait,
 * and that is what we do. A limiter in one process could not pace other jobs of the repository
 * anyway.
 *
 * Registered after failFastWhenUnreachable (unreachable.ts), so that its error hook has already
 * turned a host that cannot be reached into an error that is not retried (a DNS failure once).
 */
function retryRequests(octokit, options) {
    const { retry, log } = options;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await transientGraphqlFailure(await request(requestOptions), requestOptions);
            }
            catch (error) {
                const wait = waitBeforeRetry(error, attempt, retry, requestOptions.data);
                if (wait === undefined)
                    throw error;
                if (wait.advised)
                    log.info(`GitHub asked us to slow down (${wait.advised}); retrying in ${wait.seconds}s`);
                else
                    log.debug(`Retrying ${requestOptions.method} ${pathOf(requestOptions.url)} in ${wait.ms}ms`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(wait.ms);
            }
        }
    });
}
/** How long to wait before sending the request again; undefined when it must not be. */
function waitBeforeRetry(error, attempt, retry, body) {
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__/* .RequestError */ .G) || attempt >= retry.retries || isStream(body))
        return undefined;
    let wait;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimit */ .a5)(error)) {
        const seconds = advisedWait(error.response?.headers ?? {}, attempt);
        wait = {
            ms: seconds * retry.minDelayMs,
            seconds,
            advised: /secondary/i.test(messageOf(error)) ? 'secondary rate limit' : 'rate limit'
        };
    }
    else if (error.status >= 500) {
        // 1, 4, 9, 16 units: plugin-retry's backoff, kept.
        const units = (attempt + 1) ** 2;
        wait = { ms: units * retry.minDelayMs, seconds: units };
    }
    else
        return undefined;
    return wait.ms <= retry.maxWaitMs ? wait : undefined;
}
/**
 * GitHub's documented wait, in seconds: `retry-after`; else, with no requests left, until
 * `x-ratelimit-reset` (epoch seconds); else a minute, doubled at each retry.
 */
function advisedWait(headers, attempt) {
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
        return Math.max(0, Math.ceil(retryAfter));
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset))
        // One second more: the reset is a whole second, and a retry at it may come a moment early.
        return Math.max(0, Math.ceil(reset - Date.now() / 1000) + 1);
    return SECONDARY_FALLBACK_S * 2 ** attempt;
}
/**
 * GitHub's GraphQL answers some failures with 200: "Something went wrong while executing your
 * query" is a server failure, retried as one (as plugin-retry did); an error of type
 * `RATE_LIMITED` is the primary rate limit, with `x-ratelimit-remaining: 0` (as
 * plugin-throttling read it, docs/facts.md#rate-limits).
 */
function transientGraphqlFailure(response, options) {
    const data = response.data;
    const errors = Array.isArray(data?.errors) ? data.errors : [];
    const message = typeof errors[0]?.message === 'string' ? errors[0].message : '';
    const status = errors.some((e) => e?.type === 'RATE_LIMITED')
        ? 403
        : /Something went wrong while executing your query/.test(message)
            ? 500
            : undefined;
    if (status === undefined)
        return response;
    throw new _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__/* .RequestError */ .G(message || 'GraphQL rate limit exceeded', status, {
        request: { method: 'POST', url: options.url ?? '', headers: {} },
        response: {
            ...response,
            data: { ...data, message: message || 'API rate limit exceeded' }
        }
    });
}
/** The path of a request's URL: never its host's credentials, should a configured URL hold any. */
function pathOf(url) {
    try {
        return new URL(url, 'http://path.only').pathname;
    }
    catch {
        return '(a URL that does not parse)';
    }
}
function messageOf(error) {
    const data = error.response?.data;
    return typeof data?.message === 'string' ? data.message : error.message;
}
/** A body read as it is sent (a Node or web stream, an async iterable): it cannot be sent again. */
function isStream(body) {
    if (typeof body !== 'object' || body === null || Buffer.isBuffer(body))
        return false;
    return (typeof body.pipe === 'function' ||
        typeof body.getReader === 'function' ||
        Symbol.asyncIterator in body);
}


/***/ }),

/***/ 8659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unreachable),
/* harmony export */   f: () => (/* binding */ failFastWhenUnreachable)
/* harmony export */ });
/* harmony import */ var _common_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9927);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1015);


/** Node's error codes (the `cause` of fetch's TypeError) that no retry will change. */
const BY_CODE = {
    ENOTFOUND: { reason: 'the host name does not resolve', mayHealOnce: true },
    EAI_AGAIN: { reason: 'the host name could not be resolved', mayHealOnce: true },
    ECONNREFUSED: { reason: 'connection refused', mayHealOnce: false },
    ERR_INVALID_URL: { reason: 'not a valid URL; it needs https://', mayHealOnce: false }
};
/** Refusals of the transport itself, which carry a message and no code (httpTransport.ts). */
const BY_MESSAGE = {
    'unknown scheme': { reason: 'not an http(s) URL', mayHealOnce: false }
};
/**
 * Octokit turns a fetch that failed before any answer into a RequestError with status 500 and no
 * response, the fetch TypeError as its `cause` and Node's own error (with `code`) as the cause of
 * that. This reads that chain; anything with an HTTP answer, or a reset, is not "unreachable".
 */
function unreachable(error) {
    if (error instanceof UnreachableError)
        return error.unreachable;
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || error.response !== undefined)
        return undefined;
    // Read as plain objects: fetch's errors may come from another realm (a vm context, as under
    // jest), where `instanceof Error` is false.
    const root = field(field(error, 'cause'), 'cause');
    // A name with several addresses has each tried (happy eyeballs): an AggregateError, a code each.
    const errors = field(root, 'errors');
    const parts = Array.isArray(errors) ? errors : [root];
    const codes = new Set(parts.map((part) => field(part, 'code')));
    const [code] = codes;
    const message = field(root, 'message');
    const known = codes.size === 1 && typeof code === 'string'
        ? BY_CODE[code]
        : typeof message === 'string'
            ? BY_MESSAGE[message]
            : undefined;
    return known && { host: hostOf(error.request.url), ...known };
}
/**
 * Thrown in place of an unreachable RequestError so that the retry (retrying.ts), which retries
 * only RequestErrors, lets it through at once. `toStoreError` turns it into a RemoteError naming
 * the host.
 */
class UnreachableError extends Error {
    unreachable;
    constructor(unreachable) {
        super(`Could not reach ${unreachable.host} (${unreachable.reason})`);
        this.unreachable = unreachable;
        this.name = 'UnreachableError';
    }
}
/**
 * Octokit plugin, registered before the retry (client.ts) so that its error hook runs first: a DNS
 * failure is passed on to be retried once, any other unreachable host ends the request. Without it
 * a refused port was retried for a minute and a URL without a scheme for 95 s.
 */
function failFastWhenUnreachable(octokit) {
    // The retry sends a request again with the same options object: it identifies the request.
    const retriedOnce = new WeakSet();
    octokit.hook.error('request', (error, options) => {
        const found = unreachable(error);
        if (found === undefined)
            throw error;
        if (found.mayHealOnce && !retriedOnce.has(options)) {
            retriedOnce.add(options);
            throw error;
        }
        throw new UnreachableError(found);
    });
}
function field(value, name) {
    return (0,_common_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(value) ? value[name] : undefined;
}
/** The host and port a URL names, without any credentials; the raw start of one that does not parse. */
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url
            .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
            .replace(/^[^/@]*@/, '')
            .split(/[/?#]/)[0];
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ BUILD),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION),
/* harmony export */   zx: () => (/* binding */ actionRefOf)
/* harmony export */ });
/* unused harmony exports PACKAGE_VERSION, versionOf */
/**
 * What this build of claude-session is, and where it lives.
 *
 * PACKAGE_VERSION is package.json's version (scripts/release.mjs writes both; a test keeps them
 * equal). The rest is stamped into the bundle by scripts/bundle.mjs, which replaces the string
 * below with JSON read from package.json and git:
 *   - `home`: OWNER/NAME (and its host) from package.json's `repository`, which
 *     `npm run release` writes from the releasing clone's GitHub remote;
 *   - `tag`: `vX.Y.Z` when the bundle is that release (the tag is on its source commit, or
 *     scripts/release.mjs is making it);
 *   - `commit`: otherwise, the newest commit that changed anything but dist/ (so a fresh bundle
 *     of the commit that adds dist/ is byte for byte the same), and `dirty` when the work tree
 *     had uncommitted changes.
 * Run from source (tests, tsx) nothing is stamped: a dev version with no commit and no home.
 */
const PACKAGE_VERSION = '1.1.0';
// Replaced by scripts/bundle.mjs; left as is when run from source.
const STAMP = "{\"commit\":\"e181997608c51b308b5ba8bac9acff9dc1f9d247\"}";
/** The stamp of this build (empty when run from source). */
const BUILD = STAMP.startsWith('{') ? JSON.parse(STAMP) : {};
/**
 * `1.1.0` for the release, `1.1.0-dev+<sha7>` for a build between releases (`.dirty` when built
 * from uncommitted changes), `1.1.0-dev` from source.
 */
function versionOf(build, version = PACKAGE_VERSION) {
    if (build.tag === `v${version}`)
        return version;
    if (!build.commit)
        return `${version}-dev`;
    return `${version}-dev+${build.commit.slice(0, 7)}${build.dirty ? '.dirty' : ''}`;
}
/** The tool's version, recorded in metadata and printed by `--version`. */
const TOOL_VERSION = versionOf(BUILD);
/**
 * The ref `init` pins in `uses:`: the release tag for a release, else the exact commit the build
 * came from; undefined when neither is known (run from source).
 */
function actionRefOf(build, version = PACKAGE_VERSION) {
    if (build.tag === `v${version}`)
        return build.tag;
    return build.commit;
}


/***/ })

};
