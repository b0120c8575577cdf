export const id = 950;
export const ids = [950];
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

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8524);
/* harmony import */ var _errorTable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _save_save_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5099);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(858);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5617);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4601);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6295);








/** What a warning adds to the error's own message, by kind (src/errorTable.ts decides fail or warn). */
const SAVE_HINTS = {
    credentials: ' Saving needs a token with `permissions: contents: write` (forks and Dependabot runs get none).',
    permission: ' Saving needs a token with `permissions: contents: write` (forks and Dependabot runs get none).',
    'not-found': ''
};
/**
 * Saves the session Claude worked on back to the branch's draft release. Like actions/cache's
 * save, it warns instead of failing the job — except where the one error table says fail (a
 * conflict, a secrets policy of `fail`, a usage error), where going on quietly would lose work
 * or leak secrets.
 */
async function run() {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .Ko)();
        const force = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.Force);
        const save = (sessionId) => (0,_save_save_js__WEBPACK_IMPORTED_MODULE_3__/* .saveSession */ .E)(inputs.ctx, {
            branch: inputs.branch,
            cwd: inputs.path,
            configDir: inputs.configDir,
            sessionId,
            force,
            savedBy: 'ci',
            commit: process.env.GITHUB_SHA,
            encryption: inputs.encryption,
            secrets: inputs.secrets,
            allowUnscanned: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Inputs */ .G0.AllowUnscanned).toLowerCase() === 'true',
            // The run's own token must never travel inside a transcript.
            extraSecrets: [inputs.token],
            memory: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .memoryInput */ .WH)()
        });
        // Without an id, discovery finds the newest session recorded on the branch. A pull-request
        // checkout is a detached HEAD, which Claude Code records as the branch "HEAD" (docs/facts.md#branch), so the
        // id the restore step exported is the fallback.
        const restoredId = process.env[_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .JobVariables */ .P5.SessionId] || undefined;
        const result = await save(inputs.sessionId).catch((error) => {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SessionNotFoundError */ .Ag && !inputs.sessionId && restoredId)
                return save(restoredId);
            throw error;
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.SessionId, result.sessionId);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.Saved, 'true');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(result.outcome === 'unchanged'
            ? `Session ${result.sessionId} is unchanged on ${result.tag}`
            : `Saved session ${result.sessionId} to draft release ${result.tag}`);
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .S)('Claude Code session saved', [
            { label: 'Session', value: result.sessionId },
            { label: 'Branch', value: result.branch },
            { label: 'Records', value: String(result.records) },
            { label: 'Archive size', value: (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(result.archiveSize) },
            { label: 'Outcome', value: result.outcome },
            { label: 'Secrets flagged', value: String(result.findings.length) }
        ], { text: `Draft release ${result.tag}`, href: result.releaseUrl });
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Outputs */ .tY.Saved, 'false');
        (0,_failure_js__WEBPACK_IMPORTED_MODULE_5__/* .debugStack */ .W)(error);
        if ((0,_errorTable_js__WEBPACK_IMPORTED_MODULE_1__/* .errorRow */ .Ff)(error).save === 'fail') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userMessage */ .Rq)(error));
            return;
        }
        const hint = SAVE_HINTS[(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorKind */ .f8)(error)] ?? ' The session was NOT saved.';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userMessage */ .Rq)(error)}${hint}`);
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .S)('Claude Code session not saved', [
            { label: 'Why', value: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userMessage */ .Rq)(error) + hint }
        ]);
    }
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


/***/ })

};
