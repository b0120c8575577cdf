export const id = 989;
export const ids = [989];
export const modules = {

/***/ 858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ StepInputs),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   P5: () => (/* binding */ JobVariables),
/* harmony export */   bC: () => (/* binding */ StepOutputs),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/** The actions' input and output names, as action.yml declares them (kebab-case, like official actions). */
const Inputs = {
    GitHubToken: 'github-token',
    Repository: 'repository',
    Branch: 'branch',
    Path: 'path',
    SessionId: 'session-id',
    EncryptionKey: 'encryption-key',
    FailOnMissing: 'fail-on-missing',
    Force: 'force',
    Secrets: 'secrets'
};
const Outputs = {
    SessionId: 'session-id',
    Restored: 'restored',
    Saved: 'saved'
};
/**
 * Variables exported to the later steps of the job, by the restore action and by
 * `claude-session pull` inside Actions; the save action reads SESSION_ID back.
 */
const JobVariables = {
    SessionId: 'SESSION_ID',
    SessionRestored: 'SESSION_RESTORED'
};
/** The inputs and outputs of the composite's own steps (action.yml's `args` and `publish` steps). */
const StepInputs = {
    Restored: 'restored',
    RestoredVersion: 'restored-version',
    TranscriptBytes: 'transcript-bytes',
    PermissionMode: 'permission-mode',
    Model: 'model',
    ClaudeArgs: 'claude_args',
    PublishEdits: 'publish-edits',
    Prompt: 'prompt',
    Conclusion: 'conclusion',
    Outcome: 'outcome'
};
const StepOutputs = {
    ClaudeArgs: 'claude_args',
    TranscriptBytes: 'transcript-bytes',
    RestoredVersion: 'restored-version',
    Conclusion: 'conclusion',
    Answer: 'answer',
    Commit: 'commit',
    Pushed: 'pushed',
    PullRequest: 'pull-request'
};


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ SessionNotFoundError),
/* harmony export */   D6: () => (/* binding */ isRemoteFailure),
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   R2: () => (/* binding */ ClaudeSessionError),
/* harmony export */   Rq: () => (/* binding */ userMessage),
/* harmony export */   Vc: () => (/* binding */ PushError),
/* harmony export */   Yh: () => (/* binding */ InvalidTranscriptError),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   fg: () => (/* binding */ RunFailedError),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   kH: () => (/* binding */ asLocalFileError),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   pp: () => (/* binding */ EncryptionKeyError),
/* harmony export */   s3: () => (/* binding */ SecretsFoundError),
/* harmony export */   v5: () => (/* binding */ HostileArchiveError)
/* harmony export */ });
/* unused harmony export LocalFileError */
/**
 * Typed errors, thrown deep and converted only at the edge: the actions turn them into
 * `core.setFailed`/notices, the CLI into exit codes (see `exitCodeOf` in src/cli). Every message
 * says what went wrong and what to do, and never contains a token.
 */
class ClaudeSessionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad flags, inputs or configuration (a missing repository, an unreadable key file). */
class UsageError extends ClaudeSessionError {
}
/** No session matched locally, or none is stored remotely. */
class SessionNotFoundError extends ClaudeSessionError {
}
/** Going on would overwrite work that exists only on one side; the message names the way out. */
class ConflictError extends ClaudeSessionError {
}
/** No token, or GitHub rejected it (401). */
class AuthError extends ClaudeSessionError {
}
/**
 * The token works but cannot do this: drafts are invisible without push access, and writes need
 * `contents: write` (docs/facts.md: forks and Dependabot get neither).
 */
class PermissionError extends ClaudeSessionError {
}
/** GitHub (or the network) failed in a way retries did not fix. */
class RemoteError extends ClaudeSessionError {
}
/** A downloaded archive or metadata file is malformed, oversized or tries to escape its folder. */
class HostileArchiveError extends ClaudeSessionError {
}
/** Bytes do not match the digest or size that the metadata promised. */
class IntegrityError extends ClaudeSessionError {
}
/** A wrong or missing encryption key. */
class EncryptionKeyError extends ClaudeSessionError {
}
/** The secret scan found secrets and the policy is `fail`. */
class SecretsFoundError extends ClaudeSessionError {
}
/** A workflow run that `claude-session continue` followed failed or was cancelled. */
class RunFailedError extends ClaudeSessionError {
}
/**
 * A transcript that restore would refuse (a complete line that is not JSON, or no record at all):
 * refused before anything is uploaded. A usage error: the file, not the remote, is at fault.
 */
class InvalidTranscriptError extends UsageError {
}
/**
 * The local file system refused (permission, read-only, full disk, quota, a file where a folder
 * should be). Not GitHub's fault and not a bug: the message names the path and what to do.
 */
class LocalFileError extends ClaudeSessionError {
    path;
    code;
    constructor(message, path, code, options) {
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
    for (let e = error, depth = 0; isObject(e) && depth < 5; e = e.cause, depth++) {
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
 * Is this error GitHub's or the network's (an Octokit RequestError, a socket or DNS error)? Such
 * errors are exit 4; any other error our code did not type is a bug.
 */
function isRemoteFailure(error) {
    if (error instanceof ClaudeSessionError)
        return true;
    if (!isObject(error))
        return false;
    const { code, status } = error;
    if (typeof status === 'number')
        return true;
    return (typeof code === 'string' &&
        /^(E(CONN|AI_|HOST|NET|PIPE|TIMEDOUT|PROTO)|ENOTFOUND|UND_ERR|ERR_STREAM_PREMATURE)/.test(code));
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
    const text = isObject(error) && typeof error.message === 'string' ? error.message : String(error);
    if (isRemoteFailure(error))
        return `GitHub or the network failed: ${text}`;
    return `Unexpected error: ${text}. This is a bug in claude-session, please report it.`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null;
}
/** Claude's commit could not reach the branch (it moved and the rebase conflicted, or the push failed). */
class PushError extends ClaudeSessionError {
}


/***/ }),

/***/ 6876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SO: () => (/* reexport */ claudeConfigDir),
  IE: () => (/* reexport */ discoverSession),
  Sd: () => (/* reexport */ isSessionId),
  OZ: () => (/* reexport */ newSessionId),
  De: () => (/* reexport */ physicalPath),
  cv: () => (/* reexport */ projectDirFor),
  XX: () => (/* reexport */ readAddedRecords),
  jx: () => (/* reexport */ readTranscriptTail),
  FX: () => (/* reexport */ relocatedRecord)
});

// UNUSED EXPORTS: listLocalSessions, projectDirName, readTranscriptInfo

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/session/configDir.ts


/** Claude Code's configuration folder: `$CLAUDE_CONFIG_DIR`, else `<home>/.claude` (docs/facts.md). */
function claudeConfigDir(env = process.env, home = (0,external_node_os_.homedir)()) {
    const configured = env.CLAUDE_CONFIG_DIR;
    return configured ? (0,external_node_path_.resolve)(configured) : (0,external_node_path_.join)(home, '.claude');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/session/projectDir.ts


/** Claude Code shortens longer names and appends a hash of the full path (docs/facts.md). */
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
 * `CLAUDE_CODE_PROJECT_DIR_NAME` only when `CLAUDE_CONFIG_DIR` is also set (docs/facts.md).
 */
async function projectDirFor(configDir, cwd, env = process.env) {
    const override = env.CLAUDE_CODE_PROJECT_DIR_NAME;
    if (override && env.CLAUDE_CONFIG_DIR)
        return (0,external_node_path_.join)(configDir, 'projects', override);
    return (0,external_node_path_.join)(configDir, 'projects', projectDirName(await physicalPath(cwd)));
}
/**
 * realpath of the longest existing ancestor, with the rest appended: the cwd may not exist yet.
 * This is what makes macOS's `/tmp/x` become `/private/tmp/x` and a Windows junction or subst
 * drive resolve to its target, as Claude Code sees them (docs/facts.md). `platform` and `resolveReal`
 * exist so that tests can hold the rules against `path.win32` and `path.posix` tables.
 */
async function physicalPath(path, platform = (external_node_path_default()), resolveReal = promises_.realpath) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/session/sessionId.ts

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Claude Code names a transcript after its session id, a UUID (docs/facts.md). */
function isSessionId(value) {
    return UUID_RE.test(value);
}
function newSessionId() {
    return (0,external_node_crypto_.randomUUID)();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/session/transcript.ts




/** Records this long are tool output; parsing them whole costs time and tells nothing new. */
const PARSE_LIMIT = 256 * 1024;
/**
 * Reads what we need from a transcript in one streaming pass (transcripts reach hundreds of MB).
 * Unknown record types and fields are expected and ignored (docs/facts.md). With `strict`, every line must
 * be valid JSON; the error names the line but never echoes it, since it may hold secrets.
 */
async function readTranscriptInfo(path, options = {}) {
    const info = { records: 0, branches: [] };
    const branches = new Set();
    if (options.bytes === 0)
        return info;
    const input = createReadStream(path, options.bytes !== undefined ? { end: options.bytes - 1 } : {});
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
        lineNo++;
        if (line.trim().length === 0)
            continue;
        info.records++;
        const record = readRecord(line, options.strict === true);
        if (record === INVALID) {
            lines.close();
            input.destroy();
            throw new HostileArchiveError(`Line ${lineNo} of the transcript is not JSON, so the file is not a Claude Code transcript (JSONL); refusing it.`);
        }
        // Valid JSON that is not a record (a bare string or number) is tolerated like any unknown row.
        if (record === undefined)
            continue;
        if (typeof record.timestamp === 'string')
            info.lastTimestamp = record.timestamp;
        if (typeof record.version === 'string')
            info.claudeVersion = record.version;
        if (typeof record.gitBranch === 'string') {
            info.gitBranch = record.gitBranch;
            branches.add(record.gitBranch);
        }
        if (typeof record.cwd === 'string')
            info.cwd = record.cwd;
        if (info.sessionId === undefined && typeof record.sessionId === 'string')
            info.sessionId = record.sessionId;
    }
    info.branches = [...branches];
    return info;
}
const INVALID = Symbol('invalid JSON');
/** The record's envelope fields; undefined for JSON that is no record; INVALID (strict only) for non-JSON. */
function readRecord(line, strict) {
    if (line.length <= PARSE_LIMIT || strict) {
        try {
            const value = JSON.parse(line);
            return value !== null && typeof value === 'object' && !Array.isArray(value)
                ? value
                : undefined;
        }
        catch {
            return strict ? INVALID : undefined;
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
 * The record Claude Code itself appends when it moves a session to another directory (docs/facts.md):
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
    const handle = await (0,promises_.open)(path, 'r');
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
                const record = readRecord(lines[i], false);
                if (record === undefined || record === INVALID)
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
        if (!isSessionId(sessionId))
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
            lastTimestamp: (await readTranscriptTail(session.transcriptPath)).lastTimestamp
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

;// CONCATENATED MODULE: ./src/session/addedRecords.ts


/**
 * What a transcript gained after its first `skip` records: Claude Code appends to the same file
 * when it resumes (docs/facts.md), so the rows after the ones we pushed are the run's.
 */
async function readAddedRecords(path, skip) {
    const added = { records: 0, prompts: 0 };
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(path), crlfDelay: Infinity });
    let seen = 0;
    for await (const line of lines) {
        if (line.trim().length === 0)
            continue;
        if (seen++ < skip)
            continue;
        added.records++;
        let row;
        try {
            row = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (row.isSidechain === true)
            continue;
        const content = row.message?.content;
        if (row.type === 'user' && isPrompt(content))
            added.prompts++;
        if (row.type === 'assistant') {
            const text = textOf(content);
            if (text)
                added.finalAnswer = text;
        }
    }
    return added;
}
function isPrompt(content) {
    if (typeof content === 'string')
        return content.trim().length > 0;
    return (Array.isArray(content) &&
        content.some((b) => b.type === 'text') &&
        !content.some((b) => b.type === 'tool_result'));
}
function textOf(content) {
    if (typeof content === 'string')
        return content.trim() || undefined;
    if (!Array.isArray(content))
        return undefined;
    const text = content
        .filter((b) => b.type === 'text')
        .map((b) => String(b.text ?? ''))
        .join('\n')
        .trim();
    return text || undefined;
}

;// CONCATENATED MODULE: ./src/session/index.ts








/***/ })

};
