export const id = 324;
export const ids = [324];
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

/***/ 6324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreFromLookup: () => (/* binding */ restoreFromLookup)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/memory.ts
var session_memory = __webpack_require__(6709);
// EXTERNAL MODULE: ./src/session/projectDir.ts
var session_projectDir = __webpack_require__(1046);
// EXTERNAL MODULE: ./src/session/transcript.ts
var transcript = __webpack_require__(4756);
// EXTERNAL MODULE: ./src/session/index.ts + 2 modules
var session = __webpack_require__(4109);
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
// EXTERNAL MODULE: ./src/remote/releaseIndex.ts + 1 modules
var releaseIndex = __webpack_require__(7365);
// EXTERNAL MODULE: ./src/remote/storedCopies.ts
var storedCopies = __webpack_require__(1258);
// EXTERNAL MODULE: ./src/archive/encryption.ts
var encryption = __webpack_require__(5261);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/parse.js + 6 modules
var parse = __webpack_require__(3851);
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

// EXTERNAL MODULE: ./src/archive/lineCount.ts
var lineCount = __webpack_require__(8199);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/archive/stagedMember.ts







/**
 * Writes one member of an archive into staging, refusing to replace anything there. The
 * transcript (given its `reader`) is read and hashed on the way through, in one stage.
 */
async function writeMember(entry, target, options) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true, mode: 0o700 });
    options.signal.throwIfAborted();
    const out = (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o600 });
    const reader = options.reader;
    // A stopped pipeline rejects before the file it was opening is closed: waiting for `close`
    // keeps the file from appearing in staging after the refusal emptied it.
    const closed = (error) => (out.closed ? Promise.resolve() : (0,external_node_events_.once)(out, 'close').then(() => undefined)).then(() => {
        throw error;
    });
    if (!reader) {
        await (0,external_node_stream_promises_.pipeline)(entry, out, { signal: options.signal }).catch(closed);
        return undefined;
    }
    // One pass hashes and reads each chunk: a stage fewer for every chunk of the transcript.
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const reading = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            try {
                reader.write(chunk);
            }
            catch (error) {
                return callback(error);
            }
            hash.update(chunk);
            size += chunk.length;
            callback(null, chunk);
        }
    });
    await (0,external_node_stream_promises_.pipeline)(entry, reading, out, { signal: options.signal }).catch(closed);
    return { sha256: hash.digest('hex'), size };
}

;// CONCATENATED MODULE: ./src/archive/unpack.ts







// node-tar's parser alone. Imported statically: no face reaches this module but through restore's
// import() started with its draft lookup, so the parser is compiled while that request travels
// instead of once the download has begun (restore/restore.ts).








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
    const reader = input.checkJsonl === false ? new lineCount/* LineCounter */.H() : new jsonlCheck/* JsonlChecker */.m();
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
    const parser = new parse/* Parser */.i({
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
                reader: path === transcriptName ? reader : undefined,
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
                reader.end();
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
        transcript: { ...transcriptDigest, records: reader.records }
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

// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
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
            const target = { staging, checkJsonl: needsJsonlCheck(copy.metadata) };
            const unpacked = (0,layout/* roleOfAsset */.qY)(asset.name)?.encrypted
                ? await decrypted(deps.store, asset, expected, target, work, options)
                : await streamed(deps.store, asset, expected, target, options);
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
 * Whether restore checks again that every line of the transcript is JSON. A save checks while it
 * packs and says so in the metadata; an archive matching the sha256 that metadata records holds
 * the very bytes that save checked, so a second check would only repeat it, at the cost of most of
 * a large restore's CPU (docs/performance.md). Nothing is installed before the digest matched
 * (`stageVerified`). Archives of the seed's scripts and of older saves are checked.
 */
function needsJsonlCheck(metadata) {
    return !(metadata.jsonlChecked === true && metadata.archiveSha256 !== undefined);
}
/**
 * Unpacks while downloading; undefined when the digest does not match. The archive's refusal
 * (not JSONL, a bad member, corrupt gzip) counts only once the digest is known: bytes that are
 * not the stored archive's are a mismatch, to be answered with an older copy, not a hostile
 * archive. Each attempt of the transfer starts with an empty staging folder.
 */
async function streamed(store, asset, expected, { staging, checkJsonl }, options) {
    checkArchiveSize(asset.size);
    const { sha256, value } = await store.streamAsset(asset, async (bytes) => {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.mkdir)(staging, { mode: 0o700 });
        try {
            const unpacked = await unpackSession({
                bytes,
                archiveSize: asset.size,
                sessionId: options.sessionId,
                destDir: staging,
                checkJsonl
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
async function decrypted(store, asset, expected, { staging, checkJsonl }, work, options) {
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
    return unpackSession({
        archiveFile: tarball,
        sessionId: options.sessionId,
        destDir: staging,
        checkJsonl
    });
}
/** GitHub's own digest of an asset, `sha256:<hex>`, as hex; undefined where GitHub gives none (older GHES). */
function githubDigest(asset) {
    const digest = asset.digest;
    const match = typeof digest === 'string' ? /^sha256:([0-9a-f]{64})$/i.exec(digest) : null;
    return match ? match[1].toLowerCase() : undefined;
}

;// CONCATENATED MODULE: ./src/restore/restoreFromLookup.ts












/**
 * What a restore does once its draft lookup answered: stage the copy the index names, else the
 * newest complete copy the release lists, and install it. restore.ts loads this module while the
 * lookup is in flight, so the download, unpack and install code (and node:zlib, tar) is parsed
 * in the lookup's round trip instead of before its request.
 */
async function restoreFromLookup(ctx, req, tag, lookup) {
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
    // Unpacking counted the records, and refused a transcript that is not JSONL (Claude Code would
    // drop it) unless its save had checked these same bytes; the last `cwd` comes from the end of the
    // file, without a second parse of it all.
    const { cwd } = await (0,transcript/* readTranscriptTail */.j)(unpacked.transcriptPath);
    const info = { records: unpacked.transcript.records, cwd };
    return { sessionId, copy, archiveName, unpacked, info };
}
async function install(ctx, req, staged, work) {
    const { unpacked, info } = staged;
    const m = staged.copy.metadata;
    const group = { sessionId: staged.sessionId };
    const projectDir = await (0,session_projectDir/* projectDirFor */.cv)(req.configDir, req.cwd, req.env ?? process.env);
    // A copy uploaded with secrets redacted is recognised as the user's own by digests alone.
    const own = await (0,redactedLineage/* withOwnBytes */.oM)((0,external_node_path_.join)(projectDir, `${group.sessionId}.jsonl`), unpacked.transcriptPath, (0,redactedLineage/* lineageOf */.bQ)(m), work);
    if (own)
        unpacked.transcriptPath = own;
    const cwd = await (0,session_projectDir/* physicalPath */.De)(req.cwd);
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
        ? await installMemory(memoryStaged, await (0,session_memory/* memoryDirFor */.kr)(req.configDir, req.cwd, req.env ?? process.env))
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
