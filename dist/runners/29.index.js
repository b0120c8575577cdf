export const id = 29;
export const ids = [29];
export const modules = {

/***/ 8029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitMessage: () => (/* binding */ commitMessage),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 3 modules
var github = __webpack_require__(722);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var session = __webpack_require__(662);
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

// EXTERNAL MODULE: ./src/store/client.ts
var store_client = __webpack_require__(2922);
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
 * After Claude: commits what it changed in the workspace and pushes it to the session's branch
 * (or a pull request), reports the conclusion (never empty: v1 sets its own only on success,
 * docs/facts.md), and writes the run's job summary. A push the branch refused because it moved is
 * rebased and retried once; failing that, this step fails, and the save step still runs.
 */
async function run() {
    const conclusion = core/* getInput */.V4('conclusion') || outcomeAsConclusion(core/* getInput */.V4('outcome'));
    core/* setOutput */.uH('conclusion', conclusion);
    const branch = core/* getInput */.V4('branch') || process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || '';
    const cwd = core/* getInput */.V4('path') || process.env.GITHUB_WORKSPACE || process.cwd();
    const restored = core/* getInput */.V4('restored') === 'true';
    let sessionId = core/* getInput */.V4('session-id');
    let turns;
    let edits = 'none';
    let failure;
    try {
        const projectDir = await (0,session/* projectDirFor */.cv)((0,session/* claudeConfigDir */.SO)(process.env), cwd);
        if (!(0,session/* isSessionId */.Sd)(sessionId))
            sessionId = (await (0,session/* discoverSession */.IE)({ projectDir, branch }))?.sessionId ?? '';
        if (sessionId) {
            const from = restored ? Number(core/* getInput */.V4('transcript-bytes') || '0') : 0;
            turns = await readAddedTurns((0,external_node_path_.join)(projectDir, `${sessionId}.jsonl`), from).catch(() => undefined);
        }
        if (turns?.finalAnswer)
            core/* setOutput */.uH('answer', turns.finalAnswer.slice(0, 60_000));
        edits = await publish({
            mode: readMode(),
            cwd,
            branch,
            message: commitMessage(core/* getInput */.V4('prompt'), sessionId, conclusion)
        });
    }
    catch (error) {
        if (error instanceof errors/* PermissionError */.i_) {
            edits = `not pushed: ${error.message}`;
            core/* warning */.$e(error.message);
        }
        else {
            failure = (0,errors/* userMessage */.Rq)(error);
            edits = `not pushed: ${failure}`;
        }
    }
    core/* info */.pq(`Edits: ${edits}`);
    await writeRunReport({
        branch,
        sessionId: sessionId || undefined,
        restored,
        restoredVersion: core/* getInput */.V4('restored-version') || undefined,
        conclusion,
        turns,
        edits
    });
    if (failure)
        core/* setFailed */.C1(`${failure} The session is saved by the next step.`);
}
async function publish(options) {
    const { mode, cwd, branch } = options;
    if (mode === 'none')
        return 'not committed (publish-edits: none)';
    const fork = forkPullRequest();
    if (fork)
        return `not pushed: this pull request comes from the fork ${fork}, and a workflow token cannot push there`;
    if ((await git(cwd, ['rev-parse', '--is-inside-work-tree'])).code !== 0)
        return `not committed: ${cwd} is not a git work tree (add actions/checkout before this step)`;
    if (await onMergeCommit(cwd))
        return "not pushed: the workspace is the pull request's merge commit (actions/checkout's default on pull_request), and pushing it would merge the base into the branch; check out the branch with `ref: ${{ github.head_ref }}`";
    const commit = await commitEdits({
        cwd,
        message: options.message,
        // On pull requests v1 resets these to the base branch, unstaged (docs/facts.md).
        exclude: isPullRequestEvent() ? RESET_ON_PULL_REQUESTS : []
    });
    if (!commit || !commit.sha)
        return `no changes to commit${leftOutNote(commit)}`;
    core/* setOutput */.uH('commit', commit.sha);
    if (mode === 'push') {
        const pushed = await pushToBranch({ cwd, branch });
        core/* setOutput */.uH('commit', pushed.sha);
        core/* setOutput */.uH('pushed', 'true');
        return `commit ${pushed.sha.slice(0, 12)} pushed to ${branch}${pushed.rebased ? ` (rebased onto the moved ${branch})` : ''}, ${count(commit)}${leftOutNote(commit)}`;
    }
    const head = `claude-session/${branch}`;
    const pushed = await pushToBranch({ cwd, branch: head });
    core/* setOutput */.uH('commit', pushed.sha);
    core/* setOutput */.uH('pushed', 'true');
    const pr = await openOrFindPullRequest({
        token: core/* getInput */.V4('github-token'),
        repository: core/* getInput */.V4('repository') || `${github/* context */._.repo.owner}/${github/* context */._.repo.repo}`,
        apiUrl: process.env.GITHUB_API_URL,
        head,
        base: branch,
        title: options.message.split('\n')[0],
        body: options.message
    });
    core/* setOutput */.uH('pull-request', pr.url);
    return `commit ${pushed.sha.slice(0, 12)} ${pr.created ? 'opened' : 'added to'} pull request #${pr.number} (${pr.url}), ${count(commit)}`;
}
/** `Claude: <prompt's first line>` and the session, so `git log` leads back to the conversation. */
function commitMessage(prompt, sessionId, conclusion) {
    const first = prompt
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean) ?? 'continue the session';
    const subject = `Claude: ${first.length > 72 ? `${first.slice(0, 71)}…` : first}`;
    const body = [`Claude Code session: ${sessionId || '(unknown)'}`];
    if (conclusion !== 'success')
        body.push(`Claude's run ended with "${conclusion}": these are the edits it made before stopping.`);
    if (process.env.GITHUB_RUN_ID)
        body.push(`Run: ${github/* context */._.serverUrl}/${github/* context */._.repo.owner}/${github/* context */._.repo.repo}/actions/runs/${github/* context */._.runId}`);
    return `${subject}\n\n${body.join('\n')}\n`;
}
function readMode() {
    const mode = core/* getInput */.V4('publish-edits') || 'push';
    if (mode === 'push' || mode === 'pull-request' || mode === 'none')
        return mode;
    throw new errors/* UsageError */.eb(`The publish-edits input must be push, pull-request or none, got "${mode}".`);
}
/** `success`/`failure` from the step's outcome when claude-code-action left its output empty. */
function outcomeAsConclusion(outcome) {
    return outcome === 'success' ? 'success' : outcome === 'cancelled' ? 'cancelled' : 'failure';
}
/** The event payload as @actions/github reads it (GITHUB_EVENT_PATH). */
function isPullRequestEvent() {
    const payload = github/* context */._.payload;
    return Boolean(payload.pull_request ?? payload.issue?.pull_request);
}
/**
 * On pull_request events actions/checkout checks out `refs/pull/N/merge`, a merge of the branch
 * into its base that exists only on GitHub (https://docs.github.com/en/actions/reference/events-that-trigger-workflows#pull_request).
 */
async function onMergeCommit(cwd) {
    if (!/^refs\/pull\/\d+\/merge$/.test(github/* context */._.ref ?? ''))
        return false;
    return (await git(cwd, ['rev-parse', 'HEAD'])).stdout.trim() === github/* context */._.sha;
}
function forkPullRequest() {
    const pr = github/* context */._.payload.pull_request;
    const head = pr?.head?.repo?.full_name;
    const self = process.env.GITHUB_REPOSITORY;
    return head && self && head !== self ? head : undefined;
}
function count(commit) {
    return `${commit.files.length} file${commit.files.length === 1 ? '' : 's'}`;
}
function leftOutNote(commit) {
    return commit && commit.leftOut.length > 0
        ? `; left out ${commit.leftOut.join(', ')} (claude-code-action resets these to the base branch on pull requests)`
        : '';
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined
};


/***/ }),

/***/ 2922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UM: () => (/* binding */ graphqlUrlFor),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   vR: () => (/* binding */ createTransferClient)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1267);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _unreachable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8659);







// failFast first: its error hook must see a failure before plugin-retry's does.
const GitHub = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(_unreachable_js__WEBPACK_IMPORTED_MODULE_2__/* .failFastWhenUnreachable */ .fM, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
const DEFAULT_RETRY = {
    retries: 4,
    minDelayMs: 1000,
    maxWaitMs: 120_000,
    writeSpacingMs: 100,
    notificationSpacingMs: 3000
};
/**
 * Octokit with retries for 5xx and network errors (plugin-retry) and for rate limits
 * (plugin-throttling: `retry-after`, `x-ratelimit-reset`, GitHub's secondary-limit 403). Octokit
 * retries nothing by default (docs/facts.md). A host that cannot be reached (refused, unresolvable,
 * not a URL) is not retried, or once for DNS. Its own log goes to our debug channel only.
 */
function createClient(options) {
    const log = options.log ?? _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q;
    const r = options.retry;
    const mayWait = (retryAfter, retryCount, what) => {
        const wait = retryAfter * r.minDelayMs;
        if (retryCount >= r.retries || wait > r.maxWaitMs)
            return false;
        log.info(`GitHub asked us to slow down (${what}); retrying in ${retryAfter}s`);
        return true;
    };
    return new GitHub({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: `claude-session/${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w}`,
        log: octokitLog(log),
        retry: { retries: r.retries, retryAfterBaseValue: r.minDelayMs },
        throttle: {
            retryAfterBaseValue: r.minDelayMs,
            fallbackSecondaryRateRetryAfter: 60,
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: r.writeSpacingMs ?? 0 }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({
                maxConcurrent: 1,
                minTime: r.notificationSpacingMs ?? 0
            }),
            onRateLimit: (retryAfter, _o, _k, retryCount) => mayWait(retryAfter, retryCount, 'rate limit'),
            onSecondaryRateLimit: (retryAfter, _o, _k, retryCount) => mayWait(retryAfter, retryCount, 'secondary rate limit')
        }
    });
}
/**
 * A plain Octokit for transfers: plugin-retry cannot replay a consumed stream body (docs/facts.md),
 * so transfers retry themselves, reopening the file on every attempt.
 */
function createTransferClient(options) {
    return new _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: `claude-session/${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w}`,
        log: octokitLog(options.log ?? _log_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q)
    });
}
/**
 * Octokit's request log ("GET … - 500 with id …") goes to our debug channel only: without a `log`
 * Octokit writes failures to console.error, from deep code. Only the message is passed on, never
 * the request options that come with some calls (they hold the Authorization header).
 */
function octokitLog(log) {
    const toDebug = (m) => log.debug(m);
    return { debug: toDebug, info: toDebug, warn: toDebug, error: toDebug };
}
/** GraphQL lives beside REST: `/graphql` on github.com, `/api/graphql` on GHES (`/api/v3` REST). */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}


/***/ }),

/***/ 8659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   fM: () => (/* binding */ failFastWhenUnreachable)
/* harmony export */ });
/* unused harmony export UnreachableError */
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1015);

/** Node's error codes (the `cause` of fetch's TypeError) that no retry will change. */
const BY_CODE = {
    ENOTFOUND: { reason: 'the host name does not resolve', mayHealOnce: true },
    EAI_AGAIN: { reason: 'the host name could not be resolved', mayHealOnce: true },
    ECONNREFUSED: { reason: 'connection refused', mayHealOnce: false },
    ERR_INVALID_URL: { reason: 'not a valid URL; it needs https://', mayHealOnce: false }
};
/** Refusals of fetch itself, which carry a message and no code (fetch spec: blocked ports, schemes). */
const BY_MESSAGE = {
    'bad port': { reason: 'a port fetch refuses to use', mayHealOnce: false },
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
 * Thrown in place of an unreachable RequestError so that plugin-retry, which retries only
 * RequestErrors (node_modules/@octokit/plugin-retry, error-request.js), lets it through at once.
 * `toStoreError` turns it into a RemoteError naming the host.
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
 * Octokit plugin, registered before plugin-retry so that its error hook runs first: a DNS failure
 * is passed on to be retried once, any other unreachable host ends the request. Without it a
 * refused port was retried for a minute and a URL without a scheme for 95 s.
 */
function failFastWhenUnreachable(octokit) {
    // plugin-retry replays a request with the same options object: it identifies the request.
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
    return typeof value === 'object' && value !== null
        ? value[name]
        : undefined;
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
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, recorded in metadata and printed by `--version`. Kept equal to package.json by a test. */
const TOOL_VERSION = '1.0.0';


/***/ })

};
