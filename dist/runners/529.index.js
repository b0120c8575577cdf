export const id = 529;
export const ids = [529];
export const modules = {

/***/ 5617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ debugStack)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * An error our code did not type is a bug: its stack goes to the step's debug log (shown with
 * ACTIONS_STEP_DEBUG), the user-facing line comes from `userMessage`.
 */
function debugStack(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ClaudeSessionError */ .R2 || (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asLocalFileError */ .kH)(error))
        return;
    const stack = error?.stack;
    if (typeof stack === 'string')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(stack);
}


/***/ }),

/***/ 4601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   Wj: () => (/* binding */ coreLogger),
/* harmony export */   gm: () => (/* binding */ pathInput),
/* harmony export */   x3: () => (/* binding */ branchInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _runContext_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3426);
/* harmony import */ var _session_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(662);
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
/** The path input, else the workspace, where claude-code-action runs Claude (docs/facts.md). */
function pathInput(env = process.env) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.Path) || env.GITHUB_WORKSPACE || process.cwd();
}
/**
 * Reads the inputs both actions share, with the runner's own variables as fallbacks
 * (docs/facts.md), and checks them all before anything is created.
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
        configDir: (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .claudeConfigDir */ .SO)(env)
    };
}


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _sync_restore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(829);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(858);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5617);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4601);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6295);







/**
 * Restores the branch's session into the Claude folder of `path`, where `claude --resume` run in
 * that directory finds it. A missing session is a notice, not a failure, unless fail-on-missing.
 */
async function run() {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputs */ .Ko)();
        const failOnMissing = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.FailOnMissing);
        try {
            const result = await (0,_sync_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreSession */ .N)(inputs.ctx, {
                branch: inputs.branch,
                cwd: inputs.path,
                configDir: inputs.configDir,
                sessionId: inputs.sessionId,
                // A runner holds no work of its own yet; on a reused self-hosted runner the stored copy
                // wins and the local one is kept beside it as a .bak file.
                onLocalConflict: 'force',
                encryption: inputs.encryption,
                pullCommand: 'the restore step'
            });
            setRestored(result.sessionId, true);
            for (const kept of [result.backupPath, result.backupFolderPath]) {
                if (kept)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The runner's previous copy is kept at ${kept}`);
            }
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Resume it with: claude --resume ${result.sessionId}`);
            await (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .S)('Claude Code session restored', [
                { label: 'Session', value: result.sessionId },
                { label: 'Branch', value: inputs.branch },
                { label: 'Records', value: String(result.records) },
                { label: 'Archive size', value: (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z)(result.archiveSize) },
                { label: 'Installed at', value: result.transcriptPath }
            ]);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SessionNotFoundError */ .Ag) || failOnMissing)
                throw error;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(error.message);
            setRestored('', false);
            await (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .S)('No Claude Code session restored', [
                { label: 'Branch', value: inputs.branch },
                { label: 'Why', value: error.message }
            ]);
        }
    }
    catch (error) {
        (0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .debugStack */ .W)(error);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userMessage */ .Rq)(error));
    }
}
/** Later steps (and the save action, on a detached HEAD) read the session from these. */
function setRestored(sessionId, restored) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.SessionId, sessionId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.Restored, String(restored));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .JobVariables */ .P5.SessionId, sessionId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .JobVariables */ .P5.SessionRestored, String(restored));
}


/***/ }),

/***/ 6295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary),
/* harmony export */   z: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_1__.z)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
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
