export const id = 529;
export const ids = [529];
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

/***/ 4601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   WH: () => (/* binding */ memoryInput),
/* harmony export */   Wj: () => (/* binding */ coreLogger),
/* harmony export */   Xk: () => (/* binding */ NAMES),
/* harmony export */   gm: () => (/* binding */ pathInput),
/* harmony export */   x3: () => (/* binding */ branchInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8524);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _runContext_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7684);
/* harmony import */ var _session_configDir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8153);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(858);






const input = (name) => `the ${name} input`;
/** How a step's user sets each value, for the messages of a failed check. */
const NAMES = {
    repository: input(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Repository),
    token: input(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.GitHubToken),
    apiUrl: 'GITHUB_API_URL',
    graphqlUrl: 'GITHUB_GRAPHQL_URL',
    branch: input(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Branch),
    sessionId: input(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SessionId),
    secrets: input(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Secrets),
    key: input(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.EncryptionKey)
};
const coreLogger = {
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message)
};
/** The branch input, else the pull request's head branch, else the ref the run is on. */
function branchInput(env = process.env) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Branch) || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '';
}
/** The path input, else the workspace, where claude-code-action runs Claude (docs/facts.md#where-claude-runs). */
function pathInput(env = process.env) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Path) || env.GITHUB_WORKSPACE || process.cwd();
}
/** The memory input: the project's auto memory travels unless it is `false`. */
function memoryInput() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Memory).trim().toLowerCase() !== 'false';
}
/**
 * Reads the inputs both actions share, with the runner's own variables as fallbacks
 * (docs/facts.md#default-variables), and checks them all before anything is created.
 */
function readInputs(env = process.env) {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.GitHubToken);
    // Masked before anything else can print them.
    if (token)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const keyText = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.EncryptionKey);
    if (keyText)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(keyText);
    const branch = branchInput(env);
    if (!branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`No branch: set ${NAMES.branch} (this run has no GITHUB_HEAD_REF or GITHUB_REF_NAME).`);
    const run = (0,_runContext_js__WEBPACK_IMPORTED_MODULE_3__/* .buildRunContext */ .X2)({
        repository: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Repository) || env.GITHUB_REPOSITORY || '',
        token,
        apiUrl: env.GITHUB_API_URL,
        graphqlUrl: env.GITHUB_GRAPHQL_URL,
        branch,
        sessionId: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.SessionId) || undefined,
        keyText: keyText || undefined,
        secrets: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Secrets) || undefined,
        tempDir: env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
        log: coreLogger,
        names: NAMES
    });
    return {
        ...run,
        branch,
        path: pathInput(env),
        configDir: (0,_session_configDir_js__WEBPACK_IMPORTED_MODULE_4__/* .claudeConfigDir */ .S)(env)
    };
}


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8524);
/* harmony import */ var _errorTable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _restore_restore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7848);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(858);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5617);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4601);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6295);








/**
 * Restores the branch's session into the Claude folder of `path`, where `claude --resume` run in
 * that directory finds it. A missing session is a notice, not a failure, unless fail-on-missing.
 */
async function run() {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .Ko)();
        const failOnMissing = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.FailOnMissing);
        try {
            const result = await (0,_restore_restore_js__WEBPACK_IMPORTED_MODULE_3__/* .restoreSession */ .N)(inputs.ctx, {
                branch: inputs.branch,
                cwd: inputs.path,
                configDir: inputs.configDir,
                sessionId: inputs.sessionId,
                // A runner holds no work of its own yet; on a reused self-hosted runner the stored copy
                // wins and the local one is kept beside it as a .bak file.
                onLocalConflict: 'force',
                encryption: inputs.encryption,
                pullCommand: 'the restore step',
                memory: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .memoryInput */ .WH)()
            });
            setRestored(result.sessionId, true);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.SavedCommit, result.commit ?? '');
            for (const kept of [result.backupPath, result.backupFolderPath]) {
                if (kept)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The runner's previous copy is kept at ${kept}`);
            }
            for (const file of result.memory?.written ?? [])
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Memory: ${file} installed in ${result.memory.dir}`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Resume it with: claude --resume ${result.sessionId}`);
            await (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .S)('Claude Code session restored', [
                { label: 'Session', value: result.sessionId },
                { label: 'Branch', value: inputs.branch },
                { label: 'Records', value: String(result.records) },
                { label: 'Archive size', value: (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(result.archiveSize) },
                { label: 'Installed at', value: result.transcriptPath },
                ...(result.memory
                    ? [
                        {
                            label: 'Memory',
                            value: `${result.memory.written.length} files into ${result.memory.dir}`
                        }
                    ]
                    : [])
            ]);
        }
        catch (error) {
            if ((0,_errorTable_js__WEBPACK_IMPORTED_MODULE_1__/* .errorRow */ .Ff)(error).restore !== 'notice')
                throw error;
            // fail-on-missing turns the table's notice into a failed step.
            if (failOnMissing) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userMessage */ .Rq)(error));
                return;
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userMessage */ .Rq)(error));
            setRestored('', false);
            await (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .S)('No Claude Code session restored', [
                { label: 'Branch', value: inputs.branch },
                { label: 'Why', value: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userMessage */ .Rq)(error) }
            ]);
        }
    }
    catch (error) {
        (0,_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .reportFailure */ .x)('restore', error);
    }
}
/** Later steps (and the save action, on a detached HEAD) read the session from these. */
function setRestored(sessionId, restored) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.SessionId, sessionId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.Restored, String(restored));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .JobVariables */ .P5.SessionId, sessionId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .JobVariables */ .P5.SessionRestored, String(restored));
}


/***/ }),

/***/ 6295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary),
/* harmony export */   z: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_1__.z)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8524);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);


/** A short job summary: what happened to which session, and where it lives. */
async function writeSummary(title, rows, link) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(title, 3).addTable([
        [
            { data: 'Item', header: true },
            { data: 'Value', header: true }
        ],
        ...rows.map((row) => [row.label, row.value])
    ]);
    if (link)
        summary.addLink(link.text, link.href);
    await summary.write();
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

/***/ 7848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ restoreSession)
/* harmony export */ });
/* harmony import */ var _archive_encryption_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5261);
/* harmony import */ var _remote_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4614);


/**
 * Restores a branch's stored session (docs/architecture.md, "What a restore does"). Only the
 * lookup is loaded before the first request: the code that downloads, unpacks and installs
 * (restoreFromLookup.ts, with node:zlib and tar) is a chunk of its own, parsed while the lookup
 * travels, where a round trip to github.com leaves the process idle for about 100 ms
 * (docs/performance.md, "Start-up").
 */
async function restoreSession(ctx, req) {
    // A malformed key is refused before anything is downloaded (it would be at decryption anyway).
    if (req.encryption)
        await (0,_archive_encryption_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKey */ .yR)(req.encryption);
    const tag = (0,_remote_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .tagForBranch */ .gk)(req.branch);
    // One request finds the draft with its body: when the index there matches the assets listed in
    // the same answer, the archive is the only other request (releaseIndex.ts). The rest is parsed
    // once that request has left, not before: parsing blocks the one thread that sends it. A lookup
    // that ends without sending (no connection) starts the load too.
    let sent;
    const left = new Promise((resolve) => (sent = resolve));
    const lookup = ctx.store.lookupDraft(tag, sent);
    const rest = Promise.race([left, lookup.then(noop, noop)]).then(() => {
        // node:crypto too, which the bundle loads on first use (scripts/bundle.mjs): the index's
        // checksum needs it as soon as the answer is in.
        void Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23)).catch(noop);
        return Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(851), __webpack_require__.e(930), __webpack_require__.e(686), __webpack_require__.e(324)]).then(__webpack_require__.bind(__webpack_require__, 6324));
    });
    // When the lookup fails its error is the one thrown, and the load is never awaited.
    rest.catch(noop);
    const found = await lookup;
    return (await rest).restoreFromLookup(ctx, req, tag, found);
}
const noop = () => undefined;


/***/ })

};
