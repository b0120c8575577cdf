export const id = 128;
export const ids = [128];
export const modules = {

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

/***/ 863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ UUID_PATTERN),
/* harmony export */   O: () => (/* binding */ isUuid)
/* harmony export */ });
/**
 * A UUID as Claude Code writes session ids (docs/facts.md#session-location), in either case: the one pattern for
 * session ids on disk, in asset names and in metadata.
 */
const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const UUID = new RegExp(`^${UUID_PATTERN}$`);
function isUuid(value) {
    return UUID.test(value);
}


/***/ }),

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/** Any non-null object: what a parsed JSON answer or a thrown value may be read as, field by field. */
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
/** A JSON object, not an array: what a metadata file, an index or a transcript record must be. */
function isJsonObject(value) {
    return isRecord(value) && !Array.isArray(value);
}


/***/ }),

/***/ 6697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ errorRow),
/* harmony export */   S$: () => (/* binding */ EXIT_MEANINGS),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/* unused harmony export ERROR_TABLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * The one table that turns what a failure is (its kind, src/errors.ts) into what each face does
 * about it: the CLI's exit code, and each bundled action's fail, warn or notice. A new error class
 * picks a kind and needs no branch anywhere else (the GitHub CLI's one switch over its error
 * types is the model).
 */
/** The CLI's exit codes, with the meaning `--help` and the README give each (tested against both). */
const EXIT = {
    ok: 0,
    notFound: 1,
    usage: 2,
    conflict: 3,
    remote: 4,
    localFile: 5,
    /** `continue`: the workflow run failed or was cancelled. */
    runFailed: 6,
    /** EX_SOFTWARE of sysexits(3): an internal error, i.e. a bug. */
    bug: 70
};
/** What each exit code means, in the words of `--help`; the README's table starts each row with them. */
const EXIT_MEANINGS = [
    { code: EXIT.ok, meaning: 'done' },
    { code: EXIT.notFound, meaning: 'nothing found' },
    { code: EXIT.usage, meaning: 'usage or configuration error' },
    { code: EXIT.conflict, meaning: 'conflict' },
    { code: EXIT.remote, meaning: 'GitHub or the network failed' },
    { code: EXIT.localFile, meaning: 'local file-system failure' },
    { code: EXIT.runFailed, meaning: '`continue`: the workflow run failed or was cancelled' },
    { code: EXIT.bug, meaning: 'a bug in claude-session' },
    { code: '130/143', meaning: 'interrupted' }
];
// prettier-ignore
const ERROR_TABLE = {
    usage: { exit: EXIT.usage, save: 'fail', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' },
    credentials: { exit: EXIT.usage, save: 'warn', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' },
    'not-found': { exit: EXIT.notFound, save: 'warn', restore: 'notice', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'notice' },
    conflict: { exit: EXIT.conflict, save: 'fail', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' },
    permission: { exit: EXIT.usage, save: 'warn', restore: 'fail', publishEdits: 'warn', prepareClaude: 'fail', cleanup: 'warn' },
    remote: { exit: EXIT.remote, save: 'warn', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
    integrity: { exit: EXIT.remote, save: 'warn', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
    'local-file': { exit: EXIT.localFile, save: 'warn', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
    'run-failed': { exit: EXIT.runFailed, save: 'warn', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'warn' },
    bug: { exit: EXIT.bug, save: 'warn', restore: 'fail', publishEdits: 'fail', prepareClaude: 'fail', cleanup: 'fail' }
};
/** The row of any error, typed or not (src/errors.ts: `errorKind`). */
function errorRow(error) {
    return ERROR_TABLE[(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorKind */ .f8)(error)];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ SessionNotFoundError),
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   K6: () => (/* binding */ RunNotIdentifiedError),
/* harmony export */   NE: () => (/* binding */ RunTimeoutError),
/* harmony export */   QD: () => (/* binding */ LocalFileError),
/* harmony export */   R2: () => (/* binding */ ClaudeSessionError),
/* harmony export */   Rq: () => (/* binding */ userMessage),
/* harmony export */   Vc: () => (/* binding */ PushError),
/* harmony export */   Yh: () => (/* binding */ InvalidTranscriptError),
/* harmony export */   bP: () => (/* binding */ NewerFormatError),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   f8: () => (/* binding */ errorKind),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   fg: () => (/* binding */ RunFailedError),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   kH: () => (/* binding */ asLocalFileError),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   pp: () => (/* binding */ EncryptionKeyError),
/* harmony export */   s3: () => (/* binding */ SecretsFoundError),
/* harmony export */   v5: () => (/* binding */ HostileArchiveError)
/* harmony export */ });
/* harmony import */ var _common_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9927);

class ClaudeSessionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad flags, inputs or configuration (a missing repository, an unreadable key file). */
class UsageError extends ClaudeSessionError {
    kind = 'usage';
}
/** No session matched locally, or none is stored remotely. */
class SessionNotFoundError extends ClaudeSessionError {
    kind = 'not-found';
}
/** Going on would overwrite work that exists only on one side; the message names the way out. */
class ConflictError extends ClaudeSessionError {
    kind = 'conflict';
}
/** No token, or GitHub rejected it (401). */
class AuthError extends ClaudeSessionError {
    kind = 'credentials';
}
/**
 * The token works but cannot do this: drafts are invisible without push access, and writes need
 * `contents: write` (docs/facts.md#draft-visibility: forks and Dependabot get neither).
 */
class PermissionError extends ClaudeSessionError {
    kind = 'permission';
}
/** GitHub (or the network) failed in a way retries did not fix. */
class RemoteError extends ClaudeSessionError {
    kind = 'remote';
}
/** A downloaded archive or metadata file is malformed, oversized or tries to escape its folder. */
class HostileArchiveError extends ClaudeSessionError {
    kind = 'integrity';
}
/** Bytes do not match the digest or size that the metadata promised. */
class IntegrityError extends ClaudeSessionError {
    kind = 'integrity';
}
/**
 * Metadata written by a newer claude-session, in a format this one cannot read: not damage, the
 * user updates claude-session.
 */
class NewerFormatError extends ClaudeSessionError {
    kind = 'usage';
}
/** A wrong or missing encryption key. */
class EncryptionKeyError extends ClaudeSessionError {
    kind = 'usage';
}
/** The secret scan found secrets and the policy is `fail`: a decision the user must take. */
class SecretsFoundError extends ClaudeSessionError {
    kind = 'conflict';
}
/** A workflow run that `claude-session continue` followed failed or was cancelled. */
class RunFailedError extends ClaudeSessionError {
    kind = 'run-failed';
}
/** Claude's commit could not reach the branch (it moved and the rebase conflicted, or the push failed). */
class PushError extends ClaudeSessionError {
    kind = 'remote';
}
/**
 * `continue` started a run but cannot prove which one it is (the server named none, and the
 * workflow carries no request id): it follows none rather than someone else's.
 */
class RunNotIdentifiedError extends RemoteError {
}
/** The run `continue` followed did not complete within `--timeout`; it goes on. */
class RunTimeoutError extends RemoteError {
}
/**
 * A transcript that restore would refuse (a complete line that is not JSON, or no record at all):
 * refused before anything is uploaded. A usage error: the file, not the remote, is at fault.
 */
class InvalidTranscriptError extends UsageError {
}
/**
 * The local file system refused (permission, read-only, full disk, quota, a file where a folder
 * should be, a link where restore would write). Not GitHub's fault and not a bug: the message
 * names the path and what to do.
 */
class LocalFileError extends ClaudeSessionError {
    path;
    code;
    kind = 'local-file';
    constructor(message, path, 
    /** The errno (`EACCES`…), or `ENOTFILE`/`ENOTDIR` for something in the way. */
    code, options) {
        super(message, options);
        this.path = path;
        this.code = code;
    }
}
/** What each errno means for the user, phrased as what to do about it. */
const LOCAL_FILE_ADVICE = new Map([
    ['EACCES', 'permission denied: check who owns it and its permissions'],
    ['EPERM', 'operation not permitted: check who owns it and its permissions'],
    ['EROFS', 'the file system is read-only: use a writable folder'],
    ['ENOSPC', 'the disk is full: free some space, or set TMPDIR to a folder on another disk'],
    ['EDQUOT', 'the disk quota is exceeded: free some space, or set TMPDIR to another disk'],
    ['ENOTDIR', 'a part of the path is a file, not a folder: move that file away'],
    ['EISDIR', 'a folder is in the way of a file: move that folder away']
]);
/**
 * A raw Node file-system error (or one wrapped as the cause of another) as a LocalFileError;
 * undefined for anything else. The edges call this before turning an error into a message.
 */
function asLocalFileError(error) {
    // Duck-typed rather than `instanceof Error`: Node's errors may come from another realm (vm).
    for (let e = error, depth = 0; (0,_common_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(e) && depth < 5; e = e.cause, depth++) {
        if (e instanceof LocalFileError)
            return e;
        const { code, path, dest } = e;
        const advice = typeof code === 'string' ? LOCAL_FILE_ADVICE.get(code) : undefined;
        if (code && advice) {
            const where = path ?? dest;
            return new LocalFileError(`Cannot write or read ${where ?? 'a local file'}: ${advice} (${code}).`, where, code, { cause: e });
        }
    }
    return undefined;
}
/**
 * Is this untyped error GitHub's or the network's (an Octokit RequestError, a socket or DNS
 * error)? Our own errors say their kind themselves; any other untyped error is a bug.
 */
function isRemoteFailure(error) {
    if (error instanceof ClaudeSessionError || !(0,_common_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(error))
        return false;
    const { code, status } = error;
    if (typeof status === 'number')
        return true;
    return (typeof code === 'string' &&
        /^(E(CONN|AI_|HOST|NET|PIPE|TIMEDOUT|PROTO)|ENOTFOUND|UND_ERR|ERR_STREAM_PREMATURE)/.test(code));
}
/**
 * The kind of any error: a file-system failure (also as the cause of another error) is local,
 * our own errors say theirs, an untyped HTTP or socket failure is remote, anything else a bug.
 */
function errorKind(error) {
    if (asLocalFileError(error))
        return 'local-file';
    if (error instanceof ClaudeSessionError)
        return error.kind;
    return isRemoteFailure(error) ? 'remote' : 'bug';
}
/**
 * The one sentence a user sees for any error: a typed error's own message, a file-system failure
 * with its path, and anything else marked as a bug in claude-session.
 */
function userMessage(error) {
    const local = asLocalFileError(error);
    if (local)
        return local.message;
    if (error instanceof ClaudeSessionError)
        return error.message;
    const text = (0,_common_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(error) && typeof error.message === 'string' ? error.message : String(error);
    if (isRemoteFailure(error))
        return `GitHub or the network failed: ${text}`;
    return `Unexpected error: ${text}. This is a bug in claude-session, please report it.`;
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

// EXTERNAL MODULE: ./src/archive/encryption.ts
var encryption = __webpack_require__(5261);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/sessionId.ts
var session_sessionId = __webpack_require__(7473);
// EXTERNAL MODULE: ./src/store/index.ts + 6 modules
var store = __webpack_require__(5819);
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
    if (!(0,session_sessionId/* isSessionId */.S)(sessionId)) {
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
    const key = keyText !== undefined ? (0,encryption/* parseKeyMaterial */.om)(keyText) : {};
    return recipients.length > 0
        ? { ...key, recipients: [...(key.recipients ?? []), ...recipients] }
        : key;
}
function capital(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 8153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ claudeConfigDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Claude Code's configuration folder: `$CLAUDE_CONFIG_DIR`, else `<home>/.claude` (docs/facts.md#session-location). */
function claudeConfigDir(env = process.env, home = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)()) {
    const configured = env.CLAUDE_CONFIG_DIR;
    return configured ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(configured) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.claude');
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ newSessionId),
/* harmony export */   S: () => (/* binding */ isSessionId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(863);


/** Claude Code names a transcript after its session id, a UUID (docs/facts.md#session-location). */
function isSessionId(value) {
    return (0,_common_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .isUuid */ .O)(value);
}
function newSessionId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}


/***/ }),

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ JobVariables)
/* harmony export */ });
/**
 * Variables exported to the later steps of the job, by the restore action and by
 * `claude-session pull` inside Actions; the save action reads SESSION_ID back. Here, below both
 * faces, because both write them.
 */
const JobVariables = {
    SessionId: 'SESSION_ID',
    SessionRestored: 'SESSION_RESTORED'
};


/***/ }),

/***/ 4971:
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
// EXTERNAL MODULE: ./src/store/httpTransport.ts
var httpTransport = __webpack_require__(6392);
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
                return await (0,httpTransport/* httpFetch */.t)(input, init);
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

/***/ 282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ toAsset),
/* harmony export */   z: () => (/* binding */ toRelease)
/* harmony export */ });
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


/***/ }),

/***/ 6392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ requestSent),
/* harmony export */   t: () => (/* binding */ httpFetch)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);

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
/**
 * Told when a request made inside `run` has been handed to the OS, its body included: Octokit
 * lets a caller pass nothing to `fetch` but the request itself, and the context follows the
 * request through Octokit's hooks. A restore starts parsing what it needs next only then, so
 * that parsing never holds the request back (restore/restore.ts).
 */
const requestSent = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
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
    const sent = requestSent.getStore();
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
        if (sent)
            request.once('finish', sent);
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
    constructor(message, url) {
        this.message = message;
        this.status = message.statusCode ?? 0;
        this.statusText = message.statusMessage ?? '';
        this.url = url.href;
        this.headers = new AnswerHeaders(message.headers);
        // An answer without content is read out at once: Octokit never reads a 204's body, and an
        // unread answer keeps its socket busy (and the process alive) until the server drops it.
        if (NO_CONTENT.has(this.status))
            message.resume();
    }
    /**
     * The answer's bytes as the Node stream they arrive on, where fetch gives a web stream: Octokit
     * hands an unparsed body (`parseSuccessResponseBody: false`) to its caller untouched
     * (@octokit/request's fetch-wrapper), and the transfers, its only readers, iterate it. No web
     * stream is made, so none of node:stream/web loads and no adapter stands between socket and hash.
     */
    get body() {
        return NO_CONTENT.has(this.status) ? null : this.message;
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


/***/ }),

/***/ 5819:
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
// EXTERNAL MODULE: ./src/store/client.ts + 1 modules
var store_client = __webpack_require__(4971);
// EXTERNAL MODULE: ./src/store/fromGitHub.ts
var fromGitHub = __webpack_require__(282);
// EXTERNAL MODULE: ./src/store/httpTransport.ts
var httpTransport = __webpack_require__(6392);
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
 * the listing would fail just the same. `onSent` is called when the request (or a retry of it)
 * has left, for a caller with work to do while it travels.
 */
async function lookupByTag(deps, tag, onSent) {
    return onSent ? httpTransport/* requestSent */.Y.run(onSent, () => lookup(deps, tag)) : lookup(deps, tag);
}
async function lookup(deps, tag) {
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
    lookupDraft(tag, onSent) {
        return lookupByTag(this.deps, tag, onSent);
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
            for (const release of response.data.map(fromGitHub/* toRelease */.z)) {
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
        return response && (0,fromGitHub/* toRelease */.z)(response.data);
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
    transfersLoaded;
    /**
     * The transfers (with node:v8 behind them, for spentBuffers) are loaded at the first asset
     * moved, not with the store: a process's first request is a lookup, sent before they are parsed.
     */
    transfers() {
        this.transfersLoaded ??= __webpack_require__.e(/* import() */ 751).then(__webpack_require__.bind(__webpack_require__, 7751)).then(({ Transfers }) => new Transfers({
            ...this.deps,
            removeLeftover: (release, name) => this.removeLeftover(release, name)
        }));
        return this.transfersLoaded;
    }
    /** See ReleaseReader.lookupDraft. A restore or save moves assets next: the transfers load while it travels. */
    lookupDraft(tag, onSent) {
        return super.lookupDraft(tag, () => {
            this.transfers().catch(() => undefined);
            onSent?.();
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
        return (0,fromGitHub/* toRelease */.z)(response.data);
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
    async uploadAsset(release, file) {
        return (await this.transfers()).upload(release, file);
    }
    /** Renames an asset (the id stays); a taken name is a conflict for the caller to resolve. */
    async renameAsset(assetId, name) {
        const response = await this.call(`rename an asset to ${name}`, () => this.deps.client.request('PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            asset_id: assetId,
            name
        }), { onAlreadyExists: () => new errors/* ConflictError */.fK(`An asset named ${name} already exists.`) });
        return (0,fromGitHub/* toAsset */.K)(response.data);
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
    async downloadAsset(asset, destPath, options = {}) {
        return (await this.transfers()).download(asset, destPath, options);
    }
    /** See Transfers.stream: the bytes handed over as they arrive, hashed, retried from the start. */
    async streamAsset(asset, consume, options = {}) {
        return (await this.transfers()).stream(asset, consume, options);
    }
    /** A small asset (metadata) in memory, refusing anything over `maxBytes`. */
    async readAsset(asset, options) {
        return (await this.transfers()).read(asset, options);
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
const STAMP = "{\"commit\":\"f0608c2dcc0e68e499c70f0cdfb4149944bd2123\"}";
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
