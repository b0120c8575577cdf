export const id = 376;
export const ids = [376];
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
/* harmony import */ var _runContext_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7788);
/* harmony import */ var _session_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6876);
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

/***/ 9376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 3 modules
var github = __webpack_require__(722);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var session = __webpack_require__(6876);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./src/git/git.ts


/**
 * Runs git in `cwd` through @actions/exec: arguments are passed as an array, never through a
 * shell, so a branch name or a prompt line in a commit message is never interpreted.
 */
async function git(cwd, args) {
    const { exitCode, stdout, stderr } = await (0,exec/* getExecOutput */.H)('git', args, {
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
        throw new errors/* PushError */.Vc(`${what} failed (git ${args[0]}): ${result.stderr.trim() || result.stdout.trim()}`);
    return result.stdout;
}

;// CONCATENATED MODULE: ./src/git/commitEdits.ts


/** GitHub's own identity for commits made with GITHUB_TOKEN (the user id 41898282 is github-actions[bot]). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** `-c` options that make the bot the author and committer of this one command only. */
const BOT_IDENTITY = ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`];
/**
 * The paths claude-code-action v1.0.200 resets to the base branch before Claude runs on a pull
 * request, leaving the reset unstaged (SENSITIVE_PATHS in its src/github/operations/restore-config.ts;
 * docs/facts.md). Committing them would push a silent revert of the author's own config.
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
 * Commits every change in the work tree (new, modified and deleted files) except `exclude`, as
 * github-actions[bot]. Returns undefined when nothing is left to commit: no change, no commit.
 */
async function commitEdits(options) {
    const { cwd } = options;
    const excludeSpecs = (options.exclude ?? []).map((p) => `:(exclude,top)${p}`);
    const changed = await changedPaths(cwd, []);
    if (changed.length === 0)
        return undefined;
    await gitOk(cwd, ['add', '--all', '--', ':/', ...excludeSpecs], 'Staging the edits');
    const staged = (await gitOk(cwd, ['diff', '--cached', '--name-only', '-z'], 'Listing the edits'))
        .split('\0')
        .filter(Boolean);
    const leftOut = changed.filter((p) => !staged.includes(p));
    if (staged.length === 0)
        return { sha: '', files: [], leftOut };
    await gitOk(cwd, [...BOT_IDENTITY, 'commit', '--no-verify', '--quiet', '-m', options.message], 'Committing the edits');
    const sha = (await gitOk(cwd, ['rev-parse', 'HEAD'], 'Reading the commit')).trim();
    return { sha, files: staged, leftOut };
}
/** Paths with any change, untracked files included (porcelain v1, NUL-separated, renames as two). */
async function changedPaths(cwd, pathspec) {
    const result = await git(cwd, [
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
    const first = await git(cwd, ['push', '--porcelain', remote, refspec]);
    if (first.code === 0)
        return { sha: await head(cwd), rebased: false };
    if (!isRejectedAsBehind(first))
        throw pushFailure(first, branch);
    await gitOk(cwd, ['fetch', '--quiet', remote, `refs/heads/${branch}`], `Fetching ${branch}`);
    const rebase = await git(cwd, [...BOT_IDENTITY, 'rebase', '--quiet', 'FETCH_HEAD']);
    if (rebase.code !== 0) {
        await git(cwd, ['rebase', '--abort']);
        throw new errors/* PushError */.Vc(`The branch ${branch} moved while Claude worked, and Claude's commit does not rebase cleanly onto it (${firstLine(rebase)}). Nothing was pushed; the conversation is still saved, so continue it with a prompt that redoes the edit on the new ${branch}.`);
    }
    const second = await git(cwd, ['push', '--porcelain', remote, refspec]);
    if (second.code !== 0) {
        if (isRejectedAsBehind(second))
            throw new errors/* PushError */.Vc(`The branch ${branch} moved again while Claude's commit was being rebased onto it; nothing was pushed (one retry only). Run the workflow again.`);
        throw pushFailure(second, branch);
    }
    return { sha: await head(cwd), rebased: true };
}
async function head(cwd) {
    return (await gitOk(cwd, ['rev-parse', 'HEAD'], 'Reading the commit')).trim();
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/session/turns.ts


/** Rows Claude Code writes as `user` that no person typed: slash-command echoes and interruptions. */
const NOT_TYPED = /^(<(command-name|command-message|local-command-stdout|local-command-caveat)>|\[Request interrupted)/;
/**
 * Reads the records from `fromByte` to the end. Conversation rows carry `type`, `isSidechain` and
 * `message` (docs/facts.md); sidechain rows belong to subagents and are left out, unknown rows ignored.
 */
async function readAddedTurns(path, fromByte = 0) {
    const turns = { prompts: [], tools: {}, records: 0 };
    const lines = (0,external_node_readline_.createInterface)({
        input: (0,external_node_fs_.createReadStream)(path, { start: fromByte }),
        crlfDelay: Infinity
    });
    for await (const line of lines) {
        if (!line.trim())
            continue;
        let record;
        try {
            record = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!record || typeof record !== 'object')
            continue;
        turns.records++;
        if (typeof record.version === 'string')
            turns.claudeVersion = record.version;
        if (record.isSidechain === true)
            continue;
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
            turns.prompts.push(text);
        if (record.type === 'assistant') {
            if (text)
                turns.finalAnswer = text;
            for (const b of blocks)
                if (b?.type === 'tool_use' && typeof b.name === 'string')
                    turns.tools[b.name] = (turns.tools[b.name] ?? 0) + 1;
        }
    }
    return turns;
}

// EXTERNAL MODULE: ./src/store/client.ts + 1 modules
var store_client = __webpack_require__(4971);
;// CONCATENATED MODULE: ./src/store/pullRequests.ts


/**
 * Opens a pull request from `head` to `base`, or finds the open one (GitHub allows one open pull
 * request per head and base: https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request).
 * Needs `pull-requests: write`.
 */
async function openOrFindPullRequest(options) {
    const [owner, repo] = options.repository.split('/');
    const client = (0,store_client/* createClient */.UU)({
        token: options.token,
        apiUrl: options.apiUrl || 'https://api.github.com',
        log: options.log,
        retry: store_client/* DEFAULT_RETRY */.vI
    });
    try {
        const { data: open } = await client.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${owner}:${options.head}`,
            base: options.base
        });
        if (open[0])
            return { number: open[0].number, url: open[0].html_url, created: false };
        const { data } = await client.rest.pulls.create({
            owner,
            repo,
            head: options.head,
            base: options.base,
            title: options.title,
            body: options.body
        });
        return { number: data.number, url: data.html_url, created: true };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404)
            throw new errors/* PermissionError */.i_(`GitHub refused to open the pull request (${status}). The job needs \`permissions: pull-requests: write\`, and the repository setting "Allow GitHub Actions to create and approve pull requests".`, { cause: error });
        throw error;
    }
}

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
        edits: { kind: 'not-committed', reason: 'mode-none' }
    };
    try {
        const projectDir = await (0,session/* projectDirFor */.cv)(request.configDir, request.cwd, request.env);
        if (!(0,session/* isSessionId */.Sd)(result.sessionId ?? ''))
            result.sessionId = (await (0,session/* discoverSession */.IE)({ projectDir, branch: request.branch }))?.sessionId;
        if (result.sessionId)
            result.turns = await readAddedTurns((0,external_node_path_.join)(projectDir, `${result.sessionId}.jsonl`), request.transcriptBytes ?? 0).catch(() => undefined);
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
    if (mode === 'none')
        return { kind: 'not-committed', reason: 'mode-none' };
    const fork = request.fork;
    if (fork)
        return { kind: 'not-pushed', reason: 'fork', fork };
    if ((await git(cwd, ['rev-parse', '--is-inside-work-tree'])).code !== 0)
        return { kind: 'not-committed', reason: 'not-a-work-tree', cwd };
    if (await onMergeCommit(cwd, request.mergeCommit))
        return { kind: 'not-pushed', reason: 'merge-commit' };
    const commit = await commitEdits({
        cwd,
        message,
        // On pull requests v1 resets these to the base branch, unstaged (docs/facts.md).
        exclude: request.pullRequestEvent ? RESET_ON_PULL_REQUESTS : []
    });
    if (!commit || !commit.sha)
        return { kind: 'no-changes', leftOut: commit?.leftOut ?? [] };
    progress.commitSha = commit.sha;
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
        title: message.split('\n')[0],
        body: message
    });
    progress.pullRequestUrl = pullRequest.url;
    return { kind: 'pull-request', sha: pushed.sha, pullRequest, commit };
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
    return (await git(cwd, ['rev-parse', 'HEAD'])).stdout.trim() === mergeCommit;
}
/** The opener the actions use: GitHub's pulls API with the run's token (needs `pull-requests: write`). */
function gitHubPullRequestOpener(options) {
    return (pr) => openOrFindPullRequest({
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
                : `not committed: ${edits.cwd} is not a git work tree (add actions/checkout before this step)`;
        case 'not-pushed':
            return edits.reason === 'fork'
                ? `not pushed: this pull request comes from the fork ${edits.fork}, and a workflow token cannot push there`
                : "not pushed: the workspace is the pull request's merge commit (actions/checkout's default on pull_request), and pushing it would merge the base into the branch; check out the branch with `ref: ${{ github.head_ref }}`";
        case 'no-changes':
            return `no changes to commit${leftOutNote(edits.leftOut)}`;
        case 'pushed':
            return `commit ${edits.sha.slice(0, 12)} pushed to ${edits.branch}${edits.rebased ? ` (rebased onto the moved ${edits.branch})` : ''}, ${count(edits.commit)}${leftOutNote(edits.commit.leftOut)}`;
        case 'pull-request': {
            const pr = edits.pullRequest;
            return `commit ${edits.sha.slice(0, 12)} ${pr.created ? 'opened' : 'added to'} pull request #${pr.number} (${pr.url}), ${count(edits.commit)}`;
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
        ['Edits', report.edits]
    ];
    lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');
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
async function writeRunReport(report) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(renderRunReport(report), true).write();
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
 * empty: v1 sets its own only on success, docs/facts.md), and writes the run's job summary. A
 * refused push warns; any other failure fails this step, and the save step still runs.
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
        log: inputs/* coreLogger */.Wj
    });
    if (result.turns?.finalAnswer)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.Answer, result.turns.finalAnswer.slice(0, 60_000));
    if (result.commitSha)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.Commit, result.commitSha);
    if (result.pushed)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.Pushed, 'true');
    if (result.pullRequestUrl)
        core/* setOutput */.uH(constants/* StepOutputs */.bC.PullRequest, result.pullRequestUrl);
    const edits = editsSentence(result.edits);
    if (result.edits.kind === 'refused')
        core/* warning */.$e(result.edits.error.message);
    core/* info */.pq(`Edits: ${edits}`);
    await writeRunReport({
        branch,
        sessionId: result.sessionId,
        restored,
        restoredVersion: core/* getInput */.V4(constants/* StepInputs */.E4.RestoredVersion) || undefined,
        conclusion,
        turns: result.turns,
        edits
    });
    if (result.edits.kind === 'failed') {
        (0,failure/* debugStack */.W)(result.edits.error);
        core/* setFailed */.C1(`${(0,errors/* userMessage */.Rq)(result.edits.error)} The session is saved by the next step.`);
    }
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


/***/ })

};
