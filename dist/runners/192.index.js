export const id = 192;
export const ids = [192];
export const modules = {

/***/ 858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ StepInputs),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   P5: () => (/* reexport safe */ _shared_jobVariables_js__WEBPACK_IMPORTED_MODULE_0__.P),
/* harmony export */   RF: () => (/* binding */ CleanupOutputs),
/* harmony export */   bC: () => (/* binding */ StepOutputs),
/* harmony export */   g6: () => (/* binding */ CleanupInputs),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/* harmony import */ var _shared_jobVariables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4845);
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
    Secrets: 'secrets',
    AllowUnscanned: 'allow-unscanned',
    Memory: 'memory'
};
const Outputs = {
    SessionId: 'session-id',
    Restored: 'restored',
    Saved: 'saved',
    /** The commit the restored copy was saved at (the restore step's, for the composite). */
    SavedCommit: 'saved-commit'
};
// Shared with `claude-session pull`, which exports them too: a face never imports the other face.

/** The cleanup action's own inputs and outputs (cleanup/action.yml). */
const CleanupInputs = {
    OlderThanDays: 'older-than-days',
    SavedBefore: 'saved-before',
    DryRun: 'dry-run'
};
const CleanupOutputs = {
    Deleted: 'deleted',
    Kept: 'kept'
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
    Outcome: 'outcome',
    BranchContext: 'branch-context',
    SavedCommit: 'saved-commit',
    TagMode: 'tag-mode',
    ClaudeCodeVersion: 'claude-code-version'
};
const StepOutputs = {
    ClaudeArgs: 'claude_args',
    TranscriptBytes: 'transcript-bytes',
    RestoredVersion: 'restored-version',
    TagMode: 'tag-mode',
    Conclusion: 'conclusion',
    Answer: 'answer',
    Commit: 'commit',
    Pushed: 'pushed',
    Edits: 'edits',
    PullRequest: 'pull-request',
    /** The Claude Code executable the composite installed (empty: claude-code-action's own). */
    ClaudeCodePath: 'path',
    ClaudeCodeVersion: 'version'
};


/***/ }),

/***/ 5617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ debugStack),
/* harmony export */   x: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8524);
/* harmony import */ var _errorTable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/**
 * An error our code did not type is a bug: its stack goes to the step's debug log (shown with
 * ACTIONS_STEP_DEBUG), the user-facing line comes from `userMessage`.
 */
function debugStack(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClaudeSessionError */ .R2 || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .asLocalFileError */ .kH)(error))
        return;
    const stack = error?.stack;
    if (typeof stack === 'string')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(stack);
}
/**
 * Fails the step, warns or notes, as the one error table's column for this action says; `more`
 * is appended to the message. Returns what it did.
 */
function reportFailure(action, error, more = '') {
    const severity = (0,_errorTable_js__WEBPACK_IMPORTED_MODULE_1__/* .errorRow */ .Ff)(error)[action];
    const message = `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userMessage */ .Rq)(error)}${more}`;
    if (severity === 'fail') {
        debugStack(error);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    }
    else if (severity === 'warn')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message);
    return severity;
}


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 5 modules
var core = __webpack_require__(8524);
// EXTERNAL MODULE: ./src/session/index.ts + 2 modules
var session = __webpack_require__(4109);
// EXTERNAL MODULE: ./src/git/branchHistory.ts
var branchHistory = __webpack_require__(9552);
;// CONCATENATED MODULE: ./src/restore/branchContext.ts

/** The note stays short: a few KB at most reach the resumed Claude (and the job summary). */
const BRANCH_CONTEXT_BYTES = 4096;
const MAX_COMMITS = 20;
const MAX_FILES = 30;
/**
 * What changed on the branch since the session was saved at `savedCommit` (the metadata's
 * `commit`), as a few lines for the resumed Claude and the job summary: the commits (one line
 * each) and a `git diff --stat`, when the checkout's history holds that commit and HEAD moved;
 * one line when the commit is unknown to the checkout or no longer on its history; nothing when
 * HEAD is that commit or none was recorded.
 */
async function branchContext(cwd, savedCommit, 
/**
 * Compare with this branch's tip on origin rather than HEAD: in tag mode on issue_comment the
 * checkout is still the default branch, and claude-code-action checks out the pull request's
 * branch only later (src/github/operations/branch.ts in v1).
 */
branch) {
    if (!savedCommit)
        return [];
    const short = savedCommit.slice(0, 12);
    const target = branch ? await (0,branchHistory/* fetchBranchTip */.kR)(cwd, branch) : 'HEAD';
    const changes = await (0,branchHistory/* changesSince */.sR)(cwd, savedCommit, { maxCommits: MAX_COMMITS, maxFiles: MAX_FILES }, target ?? 'HEAD').catch(() => ({ kind: 'unknown' }));
    switch (changes.kind) {
        case 'same':
            return [];
        case 'unknown':
            return [
                `This conversation was saved at commit ${short}, which this checkout does not have (a shallow clone, or the branch was force-pushed since): what changed on the branch since then is not known.`
            ];
        case 'not-ancestor':
            return [
                `This conversation was saved at commit ${short}, which is no longer on the history of the checked-out branch (it was rebased or force-pushed since): earlier turns may describe code that is gone.`
            ];
        case 'moved': {
            const lines = [
                `Since this conversation was saved at commit ${short}, the branch gained ${changes.total} commit${changes.total === 1 ? '' : 's'} (newest first):`,
                ...changes.commits.map((c) => `- ${c}`)
            ];
            if (changes.total > changes.commits.length)
                lines.push(`- … and ${changes.total - changes.commits.length} older`);
            if (changes.stat)
                lines.push(`Files changed (git diff --stat ${short} ${branch ?? 'HEAD'}):`, ...changes.stat.split('\n'));
            return bounded(lines);
        }
    }
}
/** The lines that fit in BRANCH_CONTEXT_BYTES, with a last line saying some were left out. */
function bounded(lines) {
    const kept = [];
    let bytes = 0;
    for (const whole of lines) {
        const line = whole.length > 300 ? `${whole.slice(0, 299)}…` : whole;
        const size = Buffer.byteLength(line) + 1;
        if (bytes + size > BRANCH_CONTEXT_BYTES - 80) {
            kept.push('(… cut: run git log and git diff for the rest)');
            break;
        }
        kept.push(line);
        bytes += size;
    }
    return kept;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/restore/restoredTranscript.ts



/**
 * The restored session as Claude is about to resume it: its size, so the run report can show
 * what this run added, and the Claude Code version that wrote it last. A missing transcript throws
 * (the restore step said it installed one).
 */
async function inspectRestoredTranscript(options) {
    const transcript = (0,external_node_path_.join)(await (0,session/* projectDirFor */.cv)(options.configDir, options.cwd, options.env), `${options.sessionId}.jsonl`);
    const bytes = (await (0,promises_.stat)(transcript)).size;
    const claudeVersion = (await (0,session/* readTranscriptTail */.jx)(transcript)).claudeVersion;
    return { bytes, claudeVersion: claudeVersion || undefined };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/actions/claudeArgs.ts


/** Claude Code's own permission modes; anything else is read as a tool allow-list. */
const PERMISSION_MODES = new Set(['default', 'acceptEdits', 'plan', 'bypassPermissions', 'dontAsk']);
/** Flags with which the user has already said what Claude may do: ours then stay out. */
const USER_PERMISSION_FLAGS = /(^|\s)--(permission-mode|allowedTools|allowed-tools|dangerously-skip-permissions)(\s|=|$)/;
/**
 * The `claude_args` string for claude-code-action. v1 splits it with shell-quote and the last
 * value of a repeated flag wins (docs/facts.md#claude_args), so ours come first and the user's last: their own
 * `--model` or `--resume` wins. v1 in agent mode passes no permission mode, so without one Claude's
 * edits are denied while the run still succeeds (docs/facts.md#agent-mode); we add one unless the user's args
 * already choose (`--allowedTools` accumulates in v1 rather than replacing, so we stay out).
 */
function buildClaudeArgs(options) {
    const args = [];
    if (options.resumeId !== undefined) {
        // The id comes from a downloaded metadata file: never let it carry anything but a UUID.
        if (!(0,session/* isSessionId */.Sd)(options.resumeId))
            throw new errors/* UsageError */.eb(`The restored session id "${options.resumeId.slice(0, 80)}" is not a UUID; refusing to pass it to Claude. Delete that stored session with \`claude-session delete\`.`);
        args.push('--resume', options.resumeId);
    }
    const userArgs = (options.userArgs ?? '').trim();
    const permissions = options.permissions.trim() || 'acceptEdits';
    if (options.appendSystemPrompt)
        args.push('--append-system-prompt', shellQuote(options.appendSystemPrompt));
    if (!options.tagMode && !USER_PERMISSION_FLAGS.test(userArgs) && permissions !== 'default') {
        if (PERMISSION_MODES.has(permissions))
            args.push('--permission-mode', permissions);
        else
            args.push('--allowedTools', shellQuote(permissions));
    }
    if (options.model?.trim())
        args.push('--model', shellQuote(options.model.trim()));
    if (userArgs)
        args.push(userArgs);
    return args.join(' ');
}
/** Single-quoted for shell-quote (which v1 uses to split claude_args): `'` becomes `'\''`. */
function shellQuote(value) {
    return /^[A-Za-z0-9._:/=@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(858);
// EXTERNAL MODULE: ./src/actions/failure.ts
var failure = __webpack_require__(5617);
;// CONCATENATED MODULE: ./src/actions/prepareClaude.ts







/**
 * The step between restore and claude-code-action: builds `claude_args` (resume, permissions,
 * model, the user's own args last), remembers where the restored transcript ends so the report
 * can show what this run added, and outputs the Claude Code version that wrote it last.
 */
async function run() {
    try {
        const restored = core/* getInput */.V4(constants/* StepInputs */.E4.Restored) === 'true';
        const sessionId = core/* getInput */.V4(constants/* Inputs */.G0.SessionId);
        const cwd = core/* getInput */.V4(constants/* Inputs */.G0.Path) || process.cwd();
        // No prompt: claude-code-action runs in tag mode on comment events (src/modes/detector.ts in v1).
        const tagMode = core/* getInput */.V4(constants/* StepInputs */.E4.Prompt).trim() === '';
        const since = restored && core/* getInput */.V4(constants/* StepInputs */.E4.BranchContext) !== 'false'
            ? await branchContext(cwd, core/* getInput */.V4(constants/* StepInputs */.E4.SavedCommit) || undefined, tagMode ? core/* getInput */.V4(constants/* Inputs */.G0.Branch) || undefined : undefined)
            : [];
        const claudeArgs = buildClaudeArgs({
            resumeId: restored ? sessionId : undefined,
            permissions: core/* getInput */.V4(constants/* StepInputs */.E4.PermissionMode),
            model: core/* getInput */.V4(constants/* StepInputs */.E4.Model),
            userArgs: core/* getInput */.V4(constants/* StepInputs */.E4.ClaudeArgs),
            tagMode,
            appendSystemPrompt: since.length > 0
                ? `Note from claude-session, which restored this conversation: the git branch moved since the last turn.\n${since.join('\n')}`
                : undefined
        });
        if (since.length > 0) {
            core/* info */.pq(`Since last time:\n${since.join('\n')}`);
            if (process.env.GITHUB_STEP_SUMMARY)
                await core/* summary */.z
                    .addRaw(`#### Since last time\n\n\`\`\`text\n${since.join('\n')}\n\`\`\`\n`, true)
                    .write();
        }
        const transcript = restored
            ? await inspectRestoredTranscript({
                configDir: (0,session/* claudeConfigDir */.SO)(process.env),
                cwd,
                sessionId
            })
            : { bytes: 0, claudeVersion: undefined };
        // The next step (src/actions/claudeCode.ts) picks the Claude Code that resumes it by this.
        const version = transcript.claudeVersion ?? '';
        core/* info */.pq(`claude_args: ${claudeArgs}`);
        core/* setOutput */.uH(constants/* StepOutputs */.bC.ClaudeArgs, claudeArgs);
        core/* setOutput */.uH(constants/* StepOutputs */.bC.TranscriptBytes, String(transcript.bytes));
        core/* setOutput */.uH(constants/* StepOutputs */.bC.RestoredVersion, version);
        core/* setOutput */.uH(constants/* StepOutputs */.bC.TagMode, String(tagMode));
    }
    catch (error) {
        (0,failure/* reportFailure */.x)('prepareClaude', error);
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

/***/ 9552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ writeCommittedFile),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   kR: () => (/* binding */ fetchBranchTip),
/* harmony export */   sR: () => (/* binding */ changesSince),
/* harmony export */   xz: () => (/* binding */ branchHistory)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(308);





/**
 * Fetches `branch` from `remote` and tells whether HEAD lies on its history. Only then may a
 * commit on HEAD go to the branch: a push of another branch's HEAD is refused as non-fast-forward,
 * and rebasing it onto the branch would replay that other branch's commits there.
 * In a shallow clone (actions/checkout's default depth 1) the fetch brings the commits between
 * HEAD and the tip, so the ancestry test still answers.
 */
async function branchHistory(cwd, branch, remote = 'origin') {
    const listed = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['ls-remote', '--exit-code', remote, `refs/heads/${branch}`]);
    // `--exit-code`: 2 when the remote answered and has no such ref.
    if (listed.code === 2)
        return { kind: 'absent' };
    if (listed.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PushError */ .Vc(`Reading ${branch} on ${remote} failed: ${listed.stderr.trim()}`);
    const fetched = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['fetch', '--quiet', remote, `refs/heads/${branch}`]);
    if (fetched.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PushError */ .Vc(`Fetching ${branch} from ${remote} failed: ${fetched.stderr.trim()}`);
    const tip = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['rev-parse', 'FETCH_HEAD'])).stdout.trim();
    const head = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['rev-parse', 'HEAD'])).stdout.trim();
    const ancestor = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['merge-base', '--is-ancestor', 'HEAD', 'FETCH_HEAD']);
    return ancestor.code === 0 ? { kind: 'on-branch', tip } : { kind: 'elsewhere', tip, head };
}
/** Writes the blob `HEAD:<path>` (a file as the last commit holds it) to `dest`, byte for byte. */
async function writeCommittedFile(cwd, path, dest) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', 'blob', `HEAD:${path}`], {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(dest, { mode: 0o600 });
    child.stdout.pipe(out);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const [code] = (await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(child, 'close'));
    if (!out.writableFinished)
        await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(out, 'finish');
    if (code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PushError */ .Vc(`Reading ${path} from the last commit failed: ${stderr.trim()}`);
}
/** The commit HEAD names in `cwd`, or undefined outside a git work tree (or before a first commit). */
async function headCommit(cwd) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}
/** The commits and files changed from `since` to HEAD, bounded. */
async function changesSince(cwd, since, limits, 
/** The commit to compare with: HEAD, or a branch tip fetched apart from the checkout. */
target = 'HEAD') {
    if (!/^[0-9a-f]{7,64}$/i.test(since))
        return { kind: 'unknown' };
    const head = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['rev-parse', '--verify', '--quiet', `${target}^{commit}`])).stdout.trim();
    if (!head)
        return { kind: 'unknown' };
    if (head.startsWith(since.toLowerCase()))
        return { kind: 'same' };
    if ((await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['cat-file', '-e', `${since}^{commit}`])).code !== 0)
        return { kind: 'unknown' };
    if ((await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['merge-base', '--is-ancestor', since, head])).code !== 0)
        return { kind: 'not-ancestor' };
    const range = `${since}..${head}`;
    const total = Number((await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['rev-list', '--count', range])).stdout.trim()) || 0;
    const log = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, [
        'log',
        '--no-color',
        `--max-count=${limits.maxCommits}`,
        '--format=%h %s',
        range
    ]);
    const stat = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        `--stat=100`,
        `--stat-count=${limits.maxFiles}`,
        since,
        head
    ]);
    return {
        kind: 'moved',
        commits: log.stdout.split('\n').filter(Boolean),
        total,
        stat: stat.stdout.replace(/\s+$/, '')
    };
}
/** Fetches `branch` from `remote` and returns its tip, or undefined when that fails. */
async function fetchBranchTip(cwd, branch, remote = 'origin') {
    const fetched = await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['fetch', '--quiet', remote, `refs/heads/${branch}`]);
    if (fetched.code !== 0)
        return undefined;
    return (await (0,_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$)(cwd, ['rev-parse', 'FETCH_HEAD'])).stdout.trim() || undefined;
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git),
/* harmony export */   T: () => (/* binding */ gitOk)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1955);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * Runs git in `cwd` through @actions/exec: arguments are passed as an array, never through a
 * shell, so a branch name or a prompt line in a commit message is never interpreted.
 */
async function git(cwd, args) {
    const { exitCode, stdout, stderr } = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', args, {
        cwd,
        ignoreReturnCode: true,
        silent: true,
        // A prompt for credentials would hang the job; fail instead and report why.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
    });
    return { code: exitCode, stdout, stderr };
}
/** Like `git`, but a non-zero exit throws with git's own message (`what` says what we were doing). */
async function gitOk(cwd, args, what) {
    const result = await git(cwd, args);
    if (result.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PushError */ .Vc(`${what} failed (git ${args[0]}): ${result.stderr.trim() || result.stdout.trim()}`);
    return result.stdout;
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


/***/ })

};
