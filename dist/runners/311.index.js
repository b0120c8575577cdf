export const id = 311;
export const ids = [311];
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

/***/ 4311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var session = __webpack_require__(6876);
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

;// CONCATENATED MODULE: ./src/actions/claudeArgs.ts


/** Claude Code's own permission modes; anything else is read as a tool allow-list. */
const PERMISSION_MODES = new Set(['default', 'acceptEdits', 'plan', 'bypassPermissions', 'dontAsk']);
/** Flags with which the user has already said what Claude may do: ours then stay out. */
const USER_PERMISSION_FLAGS = /(^|\s)--(permission-mode|allowedTools|allowed-tools|dangerously-skip-permissions)(\s|=|$)/;
/**
 * The `claude_args` string for claude-code-action. v1 splits it with shell-quote and the last
 * value of a repeated flag wins (docs/facts.md), so ours come first and the user's last: their own
 * `--model` or `--resume` wins. v1 in agent mode passes no permission mode, so without one Claude's
 * edits are denied while the run still succeeds (docs/facts.md); we add one unless the user's args
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
    if (!USER_PERMISSION_FLAGS.test(userArgs) && permissions !== 'default') {
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

;// CONCATENATED MODULE: ./src/actions/claudeCodeAction.ts
/**
 * What the composite knows about the anthropics/claude-code-action it pins. Kept equal to the
 * `uses:` line of action.yml by __tests__/composite/claudeArgs.test.ts.
 *
 * To update: pick a newer tag on https://github.com/anthropics/claude-code-action/tags, read the
 * Claude Code version it installs (`claudeCodeVersion` in its src/entrypoints/run.ts), and change
 * both constants and the `uses:` line together.
 */
const CLAUDE_CODE_ACTION_REF = 'anthropics/claude-code-action@v1.0.200';
/** The Claude Code that v1.0.200 installs (`claudeCodeVersion = "2.1.240"` in src/entrypoints/run.ts). */
const INSTALLED_CLAUDE_CODE = '2.1.240';
/** -1, 0 or 1, comparing dotted numeric versions ("2.1.331" > "2.1.240"); pre-release tails ignored. */
function compareVersions(a, b) {
    const parts = (v) => v
        .split(/[-+]/)[0]
        .split('.')
        .map((n) => Number.parseInt(n, 10) || 0);
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    return 0;
}

// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(858);
// EXTERNAL MODULE: ./src/actions/failure.ts
var failure = __webpack_require__(5617);
;// CONCATENATED MODULE: ./src/actions/prepareClaude.ts








/**
 * The step between restore and claude-code-action: builds `claude_args` (resume, permissions,
 * model, the user's own args last), remembers where the restored transcript ends so the report
 * can show what this run added, and warns when the session was written by a newer Claude Code
 * than the one claude-code-action will install.
 */
async function run() {
    try {
        const restored = core/* getInput */.V4(constants/* StepInputs */.E4.Restored) === 'true';
        const sessionId = core/* getInput */.V4(constants/* Inputs */.G0.SessionId);
        const claudeArgs = buildClaudeArgs({
            resumeId: restored ? sessionId : undefined,
            permissions: core/* getInput */.V4(constants/* StepInputs */.E4.PermissionMode),
            model: core/* getInput */.V4(constants/* StepInputs */.E4.Model),
            userArgs: core/* getInput */.V4(constants/* StepInputs */.E4.ClaudeArgs)
        });
        const transcript = restored
            ? await inspectRestoredTranscript({
                configDir: (0,session/* claudeConfigDir */.SO)(process.env),
                cwd: core/* getInput */.V4(constants/* Inputs */.G0.Path) || process.cwd(),
                sessionId
            })
            : { bytes: 0, claudeVersion: undefined };
        const version = transcript.claudeVersion ?? '';
        if (version && compareVersions(version, INSTALLED_CLAUDE_CODE) > 0) {
            const text = `This session was last written by Claude Code ${version}, newer than the ${INSTALLED_CLAUDE_CODE} that claude-code-action installs. An older Claude Code may not understand every record; if the resume fails, update the pinned claude-code-action (README: "Updating claude-code-action").`;
            core/* warning */.$e(text);
            if (process.env.GITHUB_STEP_SUMMARY)
                await core/* summary */.z.addRaw(`> [!WARNING]\n> ${text}\n`, true).write();
        }
        core/* info */.pq(`claude_args: ${claudeArgs}`);
        core/* setOutput */.uH(constants/* StepOutputs */.bC.ClaudeArgs, claudeArgs);
        core/* setOutput */.uH(constants/* StepOutputs */.bC.TranscriptBytes, String(transcript.bytes));
        core/* setOutput */.uH(constants/* StepOutputs */.bC.RestoredVersion, version);
    }
    catch (error) {
        (0,failure/* debugStack */.W)(error);
        core/* setFailed */.C1((0,errors/* userMessage */.Rq)(error));
    }
}


/***/ })

};
