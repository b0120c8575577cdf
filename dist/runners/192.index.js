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
// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var session = __webpack_require__(2803);
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


/***/ })

};
