export const id = 284;
export const ids = [284];
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
/* harmony import */ var _session_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2803);
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8524);
/* harmony import */ var _errorTable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _restore_restore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4195);
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
