export const id = 253;
export const ids = [253];
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

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 5 modules
var core = __webpack_require__(8524);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 8 modules
var github = __webpack_require__(6420);
// EXTERNAL MODULE: ./src/errorTable.ts
var errorTable = __webpack_require__(6697);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/archive/index.ts + 10 modules
var archive = __webpack_require__(4002);
;// CONCATENATED MODULE: ./src/edits/publicText.ts

/**
 * The secrets policy of a save, applied to text the action writes where others can read it:
 * Claude's answer (an output a workflow may post on a pull request), the job summary, a commit
 * message. warn lists the findings and keeps the text; redact replaces each secret with
 * `[REDACTED:<rule>]`; fail withholds the text. `name` says where the text goes, in the warnings.
 */
async function applyPolicyToText(text, name, policy, extraSecrets, log) {
    if (!text)
        return { text, findings: [] };
    const scan = await (0,archive/* scanText */.Ff)(text, name, extraSecrets);
    for (const f of scan.findings)
        log.warning(`Possible secret (${f.ruleId}) at line ${f.line} of ${name}${policy === 'redact' ? ': redacted' : policy === 'fail' ? ': left out' : ''}`);
    if (scan.findings.length === 0 || policy === 'warn')
        return { text, findings: scan.findings };
    return { text: policy === 'redact' ? scan.redacted : undefined, findings: scan.findings };
}

// EXTERNAL MODULE: ./src/runContext.ts + 1 modules
var runContext = __webpack_require__(7684);
// EXTERNAL MODULE: ./src/session/index.ts + 2 modules
var session = __webpack_require__(4109);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/branchHistory.ts
var branchHistory = __webpack_require__(9552);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/git/commitEdits.ts


/** GitHub's own identity for commits made with GITHUB_TOKEN (the user id 41898282 is github-actions[bot]). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** `-c` options that make the bot the author and committer of this one command only. */
const BOT_IDENTITY = ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`];
/**
 * The paths claude-code-action v1.0.200 resets to the base branch before Claude runs on a pull
 * request, leaving the reset unstaged (SENSITIVE_PATHS in its src/github/operations/restore-config.ts;
 * docs/facts.md#token-bots-and-pull-requests). Committing them would push a silent revert of the author's own config.
 */
const RESET_ON_PULL_REQUESTS = [
    '.claude',
    '.mcp.json',
    '.claude.json',
    '.gitmodules',
    '.ripgreprc',
    'CLAUDE.md',
    'CLAUDE.local.md',
    '.husky'
];
/**
 * Commits every change in the work tree (new, modified and deleted files) except `exclude` and
 * what `screen` holds back, as github-actions[bot]. `git add --all` honours .gitignore. Returns
 * undefined when nothing is left to commit: no change, no commit.
 */
async function commitEdits(options) {
    const { cwd } = options;
    const excludeSpecs = (options.exclude ?? []).map((p) => `:(exclude,top)${p}`);
    const changed = await changedPaths(cwd, []);
    if (changed.length === 0)
        return undefined;
    await (0,git/* gitOk */.T)(cwd, ['add', '--all', '--', ':/', ...excludeSpecs], 'Staging the edits');
    let withheld = [];
    if (options.screen) {
        try {
            withheld = await options.screen(await stagedChanges(cwd));
        }
        catch (error) {
            await (0,git/* git */.$)(cwd, ['reset', '--quiet']);
            throw error;
        }
        if (withheld.length > 0)
            await (0,git/* gitOk */.T)(cwd, ['reset', '--quiet', '--', ...withheld.map((p) => `:(top,literal)${p}`)], 'Leaving files out of the commit');
    }
    const staged = (await stagedChanges(cwd)).map((c) => c.path);
    const leftOut = changed.filter((p) => !staged.includes(p) && !withheld.includes(p));
    if (staged.length === 0)
        return { sha: '', files: [], leftOut, withheld };
    await (0,git/* gitOk */.T)(cwd, [...BOT_IDENTITY, 'commit', '--no-verify', '--quiet', '-m', options.message], 'Committing the edits');
    const sha = (await (0,git/* gitOk */.T)(cwd, ['rev-parse', 'HEAD'], 'Reading the commit')).trim();
    return { sha, files: staged, leftOut, withheld };
}
/** The staged changes, renames listed as a deletion and an addition. */
async function stagedChanges(cwd) {
    const fields = (await (0,git/* gitOk */.T)(cwd, ['diff', '--cached', '--name-status', '--no-renames', '-z'], 'Listing the edits')).split('\0');
    const changes = [];
    for (let i = 0; i + 1 < fields.length; i += 2)
        if (fields[i])
            changes.push({ status: fields[i], path: fields[i + 1] });
    return changes;
}
/** Paths with any change, untracked files included (porcelain v1, NUL-separated, renames as two). */
async function changedPaths(cwd, pathspec) {
    const result = await (0,git/* git */.$)(cwd, [
        'status',
        '--porcelain',
        '-z',
        '--untracked-files=all',
        ...pathspec
    ]);
    if (result.code !== 0)
        throw new errors/* PushError */.Vc(`Reading the work tree's changes failed: ${result.stderr.trim()}`);
    const entries = result.stdout.split('\0').filter(Boolean);
    const paths = [];
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        paths.push(entry.slice(3));
        // A rename or copy is followed by its source path.
        if (entry[0] === 'R' || entry[0] === 'C')
            paths.push(entries[++i]);
    }
    return [...new Set(paths)];
}

;// CONCATENATED MODULE: ./src/git/pushBranch.ts



/**
 * Pushes HEAD to `branch` on `remote`. When the branch moved while Claude worked, fetches it,
 * rebases the commit onto it and retries once; a conflict or a second rejection throws PushError
 * with the way out. A denied push (read-only token) throws PermissionError.
 */
async function pushToBranch(options) {
    const { cwd, branch } = options;
    const remote = options.remote ?? 'origin';
    const refspec = `HEAD:refs/heads/${branch}`;
    const first = await (0,git/* git */.$)(cwd, ['push', '--porcelain', remote, refspec]);
    if (first.code === 0)
        return { sha: await head(cwd), rebased: false };
    if (!isRejectedAsBehind(first))
        throw pushFailure(first, branch);
    await (0,git/* gitOk */.T)(cwd, ['fetch', '--quiet', remote, `refs/heads/${branch}`], `Fetching ${branch}`);
    const rebase = await (0,git/* git */.$)(cwd, [...BOT_IDENTITY, 'rebase', '--quiet', 'FETCH_HEAD']);
    if (rebase.code !== 0) {
        await (0,git/* git */.$)(cwd, ['rebase', '--abort']);
        throw new errors/* PushError */.Vc(`The branch ${branch} moved while Claude worked, and Claude's commit does not rebase cleanly onto it (${firstLine(rebase)}). Nothing was pushed; the conversation is still saved, so continue it with a prompt that redoes the edit on the new ${branch}.`);
    }
    const second = await (0,git/* git */.$)(cwd, ['push', '--porcelain', remote, refspec]);
    if (second.code !== 0) {
        if (isRejectedAsBehind(second))
            throw new errors/* PushError */.Vc(`The branch ${branch} moved again while Claude's commit was being rebased onto it; nothing was pushed (one retry only). Run the workflow again.`);
        throw pushFailure(second, branch);
    }
    return { sha: await head(cwd), rebased: true };
}
async function head(cwd) {
    return (await (0,git/* gitOk */.T)(cwd, ['rev-parse', 'HEAD'], 'Reading the commit')).trim();
}
/** git's wording for a non-fast-forward push: "[rejected] … (fetch first)" or "(non-fast-forward)". */
function isRejectedAsBehind(result) {
    const text = result.stdout + result.stderr;
    return /\[rejected\]|non-fast-forward|fetch first/.test(text);
}
function pushFailure(result, branch) {
    const text = result.stdout + result.stderr;
    // GitHub answers a GITHUB_TOKEN without contents: write with 403 ("Permission to … denied").
    if (/\b403\b|denied|Authentication failed|could not read Username|protected branch/i.test(text))
        return new errors/* PermissionError */.i_(`Pushing to ${branch} was refused (${firstLine(result)}). The job needs \`permissions: contents: write\` and a checkout that keeps its credentials (actions/checkout's persist-credentials, the default); a protected branch needs a pull request instead (publish-edits: pull-request).`);
    return new errors/* PushError */.Vc(`Pushing to ${branch} failed: ${firstLine(result)}`);
}
function firstLine(result) {
    const lines = (result.stderr + '\n' + result.stdout)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('hint:'));
    return (lines.find((l) => /error|fatal|conflict|rejected|denied/i.test(l)) ?? lines[0] ?? 'no output');
}

// EXTERNAL MODULE: ./src/session/turns.ts
var turns = __webpack_require__(4832);
// EXTERNAL MODULE: ./src/store/pullRequests.ts
var pullRequests = __webpack_require__(972);
;// CONCATENATED MODULE: ./src/edits/commitMessage.ts
/**
 * The message of Claude's commit: `Claude: <prompt's first line>`, then the session and the run,
 * so `git log` leads back to the conversation.
 */
function commitMessage(options) {
    const first = options.prompt
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean) ?? 'continue the session';
    const subject = `Claude: ${first.length > 72 ? `${first.slice(0, 71)}…` : first}`;
    const body = [`Claude Code session: ${options.sessionId || '(unknown)'}`];
    if (options.conclusion !== 'success')
        body.push(`Claude's run ended with "${options.conclusion}": these are the edits it made before stopping.`);
    if (options.runUrl)
        body.push(`Run: ${options.runUrl}`);
    return `${subject}\n\n${body.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/edits/editsSecrets.ts







/**
 * The secrets policy of a save, applied to the commit of Claude's edits: every added or modified
 * file (and every path's name) is scanned with the session's scanner; a finding in a modified file
 * counts only when the last commit's version did not already hold it (the commit adds only what
 * differs). warn lists the findings and commits; fail commits nothing; redact leaves the files
 * with findings out of the commit (the caller names them).
 */
function secretsScreen(options) {
    return async (staged) => {
        const { findings, unscanned } = await scanStaged(options.cwd, staged, options.extraSecrets);
        options.scan.findings.push(...findings);
        options.scan.unscanned.push(...unscanned);
        for (const name of unscanned)
            options.log.warning(`Not scanned for secrets (binary file), committed as it is: ${name}`);
        for (const f of findings)
            options.log.warning(`Possible secret (${f.ruleId}) at ${f.file}:${f.line} in Claude's edits`);
        if (findings.length === 0 || options.policy === 'warn')
            return [];
        const files = [...new Set(findings.map((f) => f.file))];
        if (options.policy === 'fail')
            throw new errors/* SecretsFoundError */.s3(`Refusing to commit Claude's edits: ${files.join(', ')} ${files.length === 1 ? 'holds' : 'hold'} ${findings.length} possible secret(s) (listed above), so nothing was committed or pushed. Remove them (or add the files to .gitignore), or use the secrets policy "redact" to commit the other files.`);
        return files;
    };
}
async function scanStaged(dir, staged, extraSecrets) {
    const scan = { findings: [], unscanned: [] };
    // Staged paths are relative to the work tree's root, whatever folder the cwd is.
    const cwd = (await (0,git/* git */.$)(dir, ['rev-parse', '--show-toplevel'])).stdout.trim() || dir;
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'claude-session-edits-'));
    try {
        for (const [index, change] of staged.entries()) {
            if (change.status === 'D')
                continue;
            // A token in a file's name travels in the tree as surely as one in its content.
            scan.findings.push(...(await (0,archive/* scanText */.Ff)(change.path, change.path, extraSecrets)).findings);
            const path = (0,external_node_path_.join)(cwd, change.path);
            const info = await (0,promises_.lstat)(path).catch(() => undefined);
            if (!info)
                continue;
            if (info.isSymbolicLink()) {
                // git stores a link as its target's text: that is what the commit adds.
                scan.findings.push(...(await (0,archive/* scanText */.Ff)(await (0,promises_.readlink)(path), change.path, extraSecrets)).findings);
                continue;
            }
            if (!info.isFile())
                continue;
            if (await (0,archive/* isUnreadableFile */._6)(path)) {
                scan.unscanned.push(change.path);
                continue;
            }
            const found = await (0,archive/* scanFile */.WN)(path, { displayName: change.path, extraSecrets });
            if (found.length === 0)
                continue;
            const before = change.status === 'A'
                ? []
                : await committedFindings(cwd, change.path, (0,external_node_path_.join)(work, String(index)), extraSecrets);
            scan.findings.push(...newFindings(found, before));
        }
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
    return scan;
}
/** The findings of the last commit's version of `path` (a copy keeps its name: its kind is read from it). */
async function committedFindings(cwd, path, folder, extraSecrets) {
    await (0,promises_.mkdir)(folder, { mode: 0o700 });
    const copy = (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(path));
    try {
        await (0,branchHistory/* writeCommittedFile */.I1)(cwd, path, copy);
    }
    catch {
        return [];
    }
    return (0,archive/* scanFile */.WN)(copy, { displayName: path, extraSecrets });
}
/** The findings beyond those the old version already had, counted per rule. */
function newFindings(found, before) {
    const had = new Map();
    for (const f of before)
        had.set(f.ruleId, (had.get(f.ruleId) ?? 0) + 1);
    const kept = [];
    const seen = new Map();
    for (const f of found) {
        const n = (seen.get(f.ruleId) ?? 0) + 1;
        seen.set(f.ruleId, n);
        if (n > (had.get(f.ruleId) ?? 0))
            kept.push(f);
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/edits/publishEdits.ts












/**
 * After Claude: finds the session and the turns it added, commits what Claude changed in the
 * workspace and pushes it to the session's branch, or to `claude-session/<branch>` with a pull
 * request into the branch. A push the branch refused because it moved is rebased and retried once
 * (pushBranch.ts). Never throws: a failure is the `refused` or `failed` outcome, with whatever was
 * done before it, because the conversation is saved by the next step either way.
 */
async function publishEdits(request) {
    const result = {
        sessionId: request.sessionId || undefined,
        pushed: false,
        edits: { kind: 'not-committed', reason: 'mode-none' },
        scan: { findings: [], unscanned: [] }
    };
    try {
        const projectDir = await (0,session/* projectDirFor */.cv)(request.configDir, request.cwd, request.env);
        if (!(0,session/* isSessionId */.Sd)(result.sessionId ?? ''))
            result.sessionId = (await (0,session/* discoverSession */.IE)({ projectDir, branch: request.branch }))?.sessionId;
        if (result.sessionId)
            result.turns = await (0,turns/* readAddedTurns */.L)((0,external_node_path_.join)(projectDir, `${result.sessionId}.jsonl`), request.transcriptBytes ?? 0).catch(() => undefined);
        const mode = parseMode(request.mode);
        const message = commitMessage({
            prompt: request.prompt,
            sessionId: result.sessionId ?? '',
            conclusion: request.conclusion,
            runUrl: request.runUrl
        });
        result.edits = await publish(request, mode, message, result);
    }
    catch (error) {
        result.edits =
            error instanceof errors/* PermissionError */.i_ ? { kind: 'refused', error } : { kind: 'failed', error };
    }
    return result;
}
async function publish(request, mode, message, progress) {
    const { cwd, branch } = request;
    if (request.tagMode)
        return { kind: 'not-committed', reason: 'tag-mode' };
    if (mode === 'none')
        return { kind: 'not-committed', reason: 'mode-none' };
    const fork = request.fork;
    if (fork)
        return { kind: 'not-pushed', reason: 'fork', fork };
    if ((await (0,git/* git */.$)(cwd, ['rev-parse', '--is-inside-work-tree'])).code !== 0)
        return { kind: 'not-committed', reason: 'not-a-work-tree', cwd };
    if (await onMergeCommit(cwd, request.mergeCommit))
        return { kind: 'not-pushed', reason: 'merge-commit' };
    // Checked before anything is committed: both modes put the commit on top of `branch`.
    const history = await (0,branchHistory/* branchHistory */.xz)(cwd, branch);
    if (history.kind === 'elsewhere')
        return { kind: 'not-pushed', reason: 'not-on-branch', branch, head: history.head };
    const shown = await publicMessage(request, message);
    const commit = await commitEdits({
        cwd,
        message: shown,
        // On pull requests v1 resets these to the base branch, unstaged (docs/facts.md#token-bots-and-pull-requests).
        exclude: request.pullRequestEvent ? RESET_ON_PULL_REQUESTS : [],
        screen: secretsScreen({
            cwd,
            policy: request.secrets ?? 'warn',
            extraSecrets: request.extraSecrets ?? [],
            log: request.log,
            scan: progress.scan
        })
    });
    if (!commit || !commit.sha)
        return { kind: 'no-changes', leftOut: commit?.leftOut ?? [], withheld: commit?.withheld ?? [] };
    if (mode === 'push') {
        const pushed = await pushToBranch({ cwd, branch });
        progress.commitSha = pushed.sha;
        progress.pushed = true;
        return { kind: 'pushed', branch, sha: pushed.sha, rebased: pushed.rebased, commit };
    }
    const head = `claude-session/${branch}`;
    const pushed = await pushToBranch({ cwd, branch: head });
    progress.commitSha = pushed.sha;
    progress.pushed = true;
    const pullRequest = await request.openPullRequest({
        head,
        base: branch,
        title: shown.split('\n')[0],
        body: shown
    });
    progress.pullRequestUrl = pullRequest.url;
    return { kind: 'pull-request', sha: pushed.sha, pullRequest, commit };
}
/** The commit message under the secrets policy: it becomes part of the repository's history. */
async function publicMessage(request, message) {
    const policy = request.secrets ?? 'warn';
    const checked = await applyPolicyToText(message, 'the commit message', policy, request.extraSecrets ?? [], request.log);
    if (checked.text === undefined)
        throw new errors/* SecretsFoundError */.s3('Refusing to commit Claude\'s edits: the commit message (the prompt\'s first line) holds a possible secret, so nothing was committed or pushed. Rephrase the prompt, or use the secrets policy "redact".');
    return checked.text;
}
function parseMode(mode) {
    if (mode === 'push' || mode === 'pull-request' || mode === 'none')
        return mode;
    throw new errors/* UsageError */.eb(`The publish-edits input must be push, pull-request or none, got "${mode}".`);
}
/**
 * On pull_request events actions/checkout checks out `refs/pull/N/merge`, a merge of the branch
 * into its base that exists only on GitHub (https://docs.github.com/en/actions/reference/events-that-trigger-workflows#pull_request):
 * pushing it would merge the base into the branch.
 */
async function onMergeCommit(cwd, mergeCommit) {
    if (!mergeCommit)
        return false;
    return (await (0,git/* git */.$)(cwd, ['rev-parse', 'HEAD'])).stdout.trim() === mergeCommit;
}
/** The opener the actions use: GitHub's pulls API with the run's token (needs `pull-requests: write`). */
function gitHubPullRequestOpener(options) {
    return (pr) => (0,pullRequests/* openOrFindPullRequest */.z)({
        token: options.token,
        repository: options.repository(),
        apiUrl: options.apiUrl,
        log: options.log,
        ...pr
    });
}

// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(858);
;// CONCATENATED MODULE: ./src/actions/editsSentence.ts

/** The run report's one sentence on Claude's edits: the commit pushed, the pull request, or why not. */
function editsSentence(edits) {
    switch (edits.kind) {
        case 'not-committed':
            return edits.reason === 'mode-none'
                ? 'not committed (publish-edits: none)'
                : edits.reason === 'tag-mode'
                    ? "left to claude-code-action's tag mode, which commits and pushes Claude's edits itself (see its comment on the pull request)"
                    : `not committed: ${edits.cwd} is not a git work tree (add actions/checkout before this step)`;
        case 'not-pushed':
            return edits.reason === 'fork'
                ? `not pushed: this pull request comes from the fork ${edits.fork}, and a workflow token cannot push there`
                : edits.reason === 'not-on-branch'
                    ? `not committed or pushed: the checkout (HEAD ${edits.head.slice(0, 12)}) is not on the history of ${edits.branch}, so a commit on it would carry another branch's commits to ${edits.branch}; check out ${edits.branch} (actions/checkout with \`ref: ${edits.branch}\`) or set the branch input to the branch that is checked out`
                    : "not pushed: the workspace is the pull request's merge commit (actions/checkout's default on pull_request), and pushing it would merge the base into the branch; check out the branch with `ref: ${{ github.head_ref }}`";
        case 'no-changes':
            return `no changes to commit${leftOutNote(edits.leftOut)}${withheldNote(edits.withheld)}`;
        case 'pushed':
            return `commit ${edits.sha.slice(0, 12)} pushed to ${edits.branch}${edits.rebased ? ` (rebased onto the moved ${edits.branch})` : ''}, ${count(edits.commit)}${leftOutNote(edits.commit.leftOut)}${withheldNote(edits.commit.withheld)}`;
        case 'pull-request': {
            const pr = edits.pullRequest;
            return `commit ${edits.sha.slice(0, 12)} ${pr.created ? 'opened' : 'added to'} pull request #${pr.number} (${pr.url}), ${count(edits.commit)}${withheldNote(edits.commit.withheld)}`;
        }
        case 'refused':
            return `not pushed: ${edits.error.message}`;
        case 'failed':
            return `not pushed: ${(0,errors/* userMessage */.Rq)(edits.error)}`;
    }
}
function count(commit) {
    return `${commit.files.length} file${commit.files.length === 1 ? '' : 's'}`;
}
function leftOutNote(leftOut) {
    return leftOut.length > 0
        ? `; left out ${leftOut.join(', ')} (claude-code-action resets these to the base branch on pull requests)`
        : '';
}
function withheldNote(withheld) {
    return withheld.length > 0
        ? `; left out ${withheld.join(', ')}: possible secrets (secrets: redact), still in the workspace`
        : '';
}

// EXTERNAL MODULE: ./src/actions/failure.ts
var failure = __webpack_require__(5617);
// EXTERNAL MODULE: ./src/actions/inputs.ts
var inputs = __webpack_require__(4601);
;// CONCATENATED MODULE: ./src/actions/runReport.ts


/** Long answers are cut: the summary is for reading, the transcript keeps everything. */
const MAX_TEXT = 3000;
/** The job summary a person reads after the run: what happened, what Claude said, how to get it back. */
function renderRunReport(report) {
    const lines = [`### Claude on \`${report.branch}\`: ${report.conclusion}`, ''];
    const rows = [
        ['Session', report.sessionId ? `\`${report.sessionId}\`` : '(none found)'],
        [
            'Restored',
            report.restored
                ? `yes${report.restoredVersion ? `, last written by Claude Code ${report.restoredVersion}` : ''}`
                : 'no: a new conversation'
        ],
        ['Claude', report.conclusion],
        // The version the new records name: what claude-code-action really installed this time.
        ...(report.turns?.claudeVersion
            ? [['Claude Code this run', report.turns.claudeVersion]]
            : []),
        ['Edits', report.edits],
        // The same line `claude-session continue` prints after pulling (session/tokenUsage.ts).
        ...(report.turns?.tokens
            ? [['Tokens this run', (0,session/* formatTokenUsage */.KT)(report.turns.tokens)]]
            : [])
    ];
    lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');
    if (report.withheld)
        lines.push(`> [!WARNING]\n> ${report.withheld}`, '');
    const turns = report.turns;
    if (turns) {
        for (const prompt of turns.prompts)
            lines.push('#### Prompt', '', quote(prompt), '');
        if (turns.finalAnswer)
            lines.push("#### Claude's answer", '', quote(turns.finalAnswer), '');
        const tools = Object.entries(turns.tools);
        if (tools.length > 0)
            lines.push('#### Tools used', '', '| tool | calls |', '|---|---|', ...tools.map(([n, c]) => `| ${cell(n)} | ${c} |`), '');
    }
    if (report.sessionId)
        lines.push('#### Bring it back', '', '```sh', `git pull && claude-session pull ${report.branch}`, `claude --resume ${report.sessionId}`, '```', '');
    return lines.join('\n');
}
async function writeRunReportMarkdown(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(markdown, true).write();
}
function cut(text) {
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
function quote(text) {
    return cut(text)
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/actions/publishEdits.ts













/**
 * After Claude: publishes its edits (src/edits/publishEdits.ts), reports the conclusion (never
 * empty: v1 sets its own only on success, docs/facts.md#outputs-after-a-failure), and writes the run's
 * job summary. A failure warns or fails this step as the one error table says (src/errorTable.ts: a
 * token that may not push warns); the save step runs either way.
 */
async function run() {
    const conclusion = core/* getInput */.V4(constants/* StepInputs */.E4.Conclusion) || outcomeAsConclusion(core/* getInput */.V4(constants/* StepInputs */.E4.Outcome));
    core/* setOutput */.uH(constants/* StepOutputs */.bC.Conclusion, conclusion);
    const token = core/* getInput */.V4(constants/* Inputs */.G0.GitHubToken);
    if (token)
        core/* setSecret */.Pq(token);
    const env = process.env;
    const branch = (0,inputs/* branchInput */.x3)(env);
    const restored = core/* getInput */.V4(constants/* StepInputs */.E4.Restored) === 'true';
    let secrets;
    try {
        secrets = (0,runContext/* parseSecretsPolicy */.z)(core/* getInput */.V4(constants/* Inputs */.G0.Secrets), `the ${constants/* Inputs */.G0.Secrets} input`);
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* userMessage */.Rq)(error));
        return;
    }
    // The run's token must never reach a commit, an output or the summary.
    const extraSecrets = token ? [token] : [];
    const result = await publishEdits({
        mode: core/* getInput */.V4(constants/* StepInputs */.E4.PublishEdits) || 'push',
        cwd: (0,inputs/* pathInput */.gm)(env),
        branch,
        configDir: (0,session/* claudeConfigDir */.SO)(env),
        sessionId: core/* getInput */.V4(constants/* Inputs */.G0.SessionId) || undefined,
        transcriptBytes: restored ? Number(core/* getInput */.V4(constants/* StepInputs */.E4.TranscriptBytes) || '0') : 0,
        prompt: core/* getInput */.V4(constants/* StepInputs */.E4.Prompt),
        conclusion,
        runUrl: runUrl(env),
        ...pullRequestEvent(env),
        openPullRequest: gitHubPullRequestOpener({
            token,
            repository: () => core/* getInput */.V4(constants/* Inputs */.G0.Repository) || `${github/* context */._.repo.owner}/${github/* context */._.repo.repo}`,
            apiUrl: env.GITHUB_API_URL,
            log: inputs/* coreLogger */.Wj
        }),
        tagMode: core/* getInput */.V4(constants/* StepInputs */.E4.TagMode) === 'true',
        secrets,
        extraSecrets,
        log: inputs/* coreLogger */.Wj
    });
    // Outputs and the summary are read by others (a workflow may post the answer on a pull
    // request): the save's secrets policy applies to them too.
    const answer = await applyPolicyToText(result.turns?.finalAnswer, "Claude's answer", secrets, extraSecrets, inputs/* coreLogger */.Wj);
    if (answer.text)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.Answer, answer.text.slice(0, 60_000));
    // Only a commit that reached the remote is named: one left in the workspace is nobody's.
    if (result.pushed && result.commitSha)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.Commit, result.commitSha);
    // In tag mode claude-code-action pushed (or not) by itself: this step cannot say.
    const tagMode = result.edits.kind === 'not-committed' && result.edits.reason === 'tag-mode';
    if (!tagMode)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.Pushed, result.pushed ? 'true' : 'false');
    if (result.pullRequestUrl)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.PullRequest, result.pullRequestUrl);
    const edits = editsSentence(result.edits);
    core/* setOutput */.uH(constants/* StepOutputs */.bC.Edits, edits);
    if (result.edits.kind === 'not-pushed' && result.edits.reason === 'not-on-branch')
        core/* warning */.$e(`Claude's edits were ${edits}`);
    core/* info */.pq(`Edits: ${edits}`);
    const report = {
        branch,
        sessionId: result.sessionId,
        restored,
        restoredVersion: core/* getInput */.V4(constants/* StepInputs */.E4.RestoredVersion) || undefined,
        conclusion,
        turns: result.turns && { ...result.turns, finalAnswer: answer.text },
        edits,
        withheld: answer.text === undefined && answer.findings.length > 0
            ? `Claude's answer holds ${answer.findings.length} possible secret(s): it is left out (secrets: fail).`
            : undefined
    };
    const summary = await applyPolicyToText(renderRunReport(report), 'the job summary', secrets, extraSecrets, inputs/* coreLogger */.Wj);
    // Under fail, the texts (prompts, answer) stay out of the summary; the rest is still useful.
    await writeRunReportMarkdown(summary.text ??
        renderRunReport({
            ...report,
            turns: report.turns && { ...report.turns, prompts: [], finalAnswer: undefined },
            withheld: `${summary.findings.length} possible secret(s) found: the prompts and Claude's answer are left out (secrets: fail).`
        }));
    if (result.edits.kind === 'refused' || result.edits.kind === 'failed') {
        const error = result.edits.error;
        if ((0,errorTable/* errorRow */.Ff)(error).publishEdits === 'fail')
            (0,failure/* reportFailure */.x)('publishEdits', error, ' The session is saved by the next step.');
        else
            (0,failure/* reportFailure */.x)('publishEdits', error);
    }
    else if (answer.text === undefined && answer.findings.length > 0)
        core/* setFailed */.C1(`Claude's answer holds ${answer.findings.length} possible secret(s) (listed above): it was left out of the answer output and the job summary (secrets: fail). The session is saved by the next step, under the same policy.`);
}
/** `success`/`failure` from the step's outcome when claude-code-action left its output empty. */
function outcomeAsConclusion(outcome) {
    return outcome === 'success' ? 'success' : outcome === 'cancelled' ? 'cancelled' : 'failure';
}
/**
 * The run's page, from the runner's default variables
 * (https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables).
 */
function runUrl(env) {
    if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY)
        return undefined;
    return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
/** What the event payload (GITHUB_EVENT_PATH, as @actions/github reads it) says about a pull request. */
function pullRequestEvent(env) {
    const payload = github/* context */._.payload;
    const head = payload.pull_request?.head?.repo?.full_name;
    const self = env.GITHUB_REPOSITORY;
    return {
        pullRequestEvent: Boolean(payload.pull_request ?? payload.issue?.pull_request),
        fork: head && self && head !== self ? head : undefined,
        // On pull_request events actions/checkout checks out refs/pull/N/merge at GITHUB_SHA
        // (https://docs.github.com/en/actions/reference/events-that-trigger-workflows#pull_request).
        mergeCommit: /^refs\/pull\/\d+\/merge$/.test(github/* context */._.ref ?? '') ? github/* context */._.sha : undefined
    };
}


/***/ }),

/***/ 972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ pullRequestHead),
/* harmony export */   z: () => (/* binding */ openOrFindPullRequest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4971);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7018);



/**
 * Opens a pull request from `head` to `base`, or finds the open one (GitHub allows one open pull
 * request per head and base: https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request).
 * Needs `pull-requests: write`.
 */
async function openOrFindPullRequest(options) {
    const { owner, repo, apiUrl, log, retry } = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionOf */ .ao)(options);
    const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createClient */ .UU)({ token: options.token, apiUrl, log, retry });
    const refused = (status) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionError */ .i_(`GitHub refused to open the pull request (${status}). The job needs \`permissions: pull-requests: write\`, and the repository setting "Allow GitHub Actions to create and approve pull requests".`);
    const call = (what, request) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .ur)(options.repository, what, request, { onRefused: refused });
    const { data: open } = await call('list the open pull requests', () => client.request('GET /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        state: 'open',
        head: `${owner}:${options.head}`,
        base: options.base
    }));
    if (open[0])
        return { number: open[0].number, url: open[0].html_url, created: false };
    const { data } = await call('open a pull request', () => client.request('POST /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        head: options.head,
        base: options.base,
        title: options.title,
        body: options.body
    }));
    return { number: data.number, url: data.html_url, created: true };
}
/**
 * The head branch of pull request `number` (GET /repos/{owner}/{repo}/pulls/{pull_number},
 * https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request; needs `pull-requests: read`).
 * An `issue_comment` event names the pull request only by number: its payload has no head ref.
 */
async function pullRequestHead(options) {
    const { owner, repo, apiUrl, log, retry } = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionOf */ .ao)(options);
    const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createClient */ .UU)({ token: options.token, apiUrl, log, retry });
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .ur)(options.repository, `read pull request #${options.number}`, () => client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner,
        repo,
        pull_number: options.number
    }), {
        onRefused: (status) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionError */ .i_(`GitHub did not show pull request #${options.number} (${status}). The job needs \`permissions: pull-requests: read\` (or write), or set the branch input.`)
    });
    return { ref: data.head.ref, repository: data.head.repo?.full_name ?? options.repository };
}


/***/ })

};
