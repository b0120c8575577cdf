export const id = 150;
export const ids = [150];
export const modules = {

/***/ 9168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 5 modules
var core = __webpack_require__(8524);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manage/list.ts
var list = __webpack_require__(8015);
// EXTERNAL MODULE: ./src/manage/prune.ts
var prune = __webpack_require__(3343);
;// CONCATENATED MODULE: ./src/manage/cleanup.ts



/** What a cleanup would delete and keep; deletes nothing. */
async function planCleanup(ctx, request) {
    const plan = { remove: [], kept: [] };
    const cutoff = request.savedBefore.getTime();
    const consider = (session, reason) => {
        const saved = Date.parse(session.savedAt ?? session.lastRecordAt ?? '');
        if (session.problem !== undefined)
            // Never delete what we cannot read (the listing already warned why).
            plan.kept.push({ ...session, reason: 'its metadata cannot be read' });
        else if (Number.isNaN(saved))
            plan.kept.push({ ...session, reason: 'its metadata holds no save time' });
        else if (saved >= cutoff)
            plan.kept.push({ ...session, reason: `saved at ${session.savedAt}, after the cleanup began` });
        else if (!plan.remove.some((c) => same(c, session)))
            plan.remove.push({ ...session, reason });
    };
    if (request.branch !== undefined) {
        for (const session of (await (0,list/* listSessions */.GW)(ctx, { branch: request.branch })).sessions)
            consider(session, `branch ${request.branch} closed`);
    }
    if (request.olderThanDays !== undefined) {
        const old = await (0,prune/* planPrune */.wM)(ctx, { olderThanDays: request.olderThanDays, now: request.now });
        for (const candidate of old)
            consider(candidate, candidate.reason);
    }
    return plan;
}
/**
 * Deletes what the plan removes, one session at a time through the same deletion as `prune`.
 * A session another cleanup deleted meanwhile (a merged pull request fires both `closed` and
 * `delete`) counts as gone, not as a failure. Returns how many were deleted here.
 */
async function applyCleanup(ctx, plan) {
    let deleted = 0;
    for (const candidate of plan.remove) {
        try {
            // Re-read right before: a session saved again since it was listed is kept (manage/delete.ts).
            const result = await (0,prune/* applyPrune */.$v)(ctx, [candidate]);
            deleted += result.deletedSessions.length;
            for (const kept of result.kept)
                ctx.log.info(`Kept session ${kept.sessionId} on ${kept.branch}: ${kept.reason}.`);
        }
        catch (error) {
            if (!(error instanceof errors/* SessionNotFoundError */.Ag))
                throw error;
            ctx.log.info(`Session ${candidate.sessionId} on ${candidate.branch} was already deleted.`);
        }
    }
    return deleted;
}
const same = (a, b) => a.releaseId === b.releaseId && a.sessionId === b.sessionId;

// EXTERNAL MODULE: ./src/runContext.ts + 1 modules
var runContext = __webpack_require__(7684);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(858);
// EXTERNAL MODULE: ./src/actions/failure.ts
var failure = __webpack_require__(5617);
// EXTERNAL MODULE: ./src/actions/inputs.ts
var inputs = __webpack_require__(4601);
// EXTERNAL MODULE: ./src/actions/summary.ts
var summary = __webpack_require__(6295);
;// CONCATENATED MODULE: ./src/actions/cleanup.ts









/**
 * Deletes the sessions of a branch that went away (a closed pull request's head, a deleted
 * branch) and, optionally, every session older than some days. A session saved after
 * `saved-before` (by default when this step began) is kept.
 */
async function run(env = process.env) {
    const started = new Date();
    try {
        const token = core/* getInput */.V4(constants/* Inputs */.G0.GitHubToken);
        if (token)
            core/* setSecret */.Pq(token);
        const branch = core/* getInput */.V4(constants/* Inputs */.G0.Branch) || undefined;
        const olderThanDays = daysInput(core/* getInput */.V4(constants/* CleanupInputs */.g6.OlderThanDays));
        const savedBefore = timeInput(core/* getInput */.V4(constants/* CleanupInputs */.g6.SavedBefore)) ?? started;
        const dryRun = core/* getBooleanInput */.Vt(constants/* CleanupInputs */.g6.DryRun);
        const { ctx } = (0,runContext/* buildRunContext */.X2)({
            repository: core/* getInput */.V4(constants/* Inputs */.G0.Repository) || env.GITHUB_REPOSITORY || '',
            token,
            apiUrl: env.GITHUB_API_URL,
            graphqlUrl: env.GITHUB_GRAPHQL_URL,
            branch,
            tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
            log: inputs/* coreLogger */.Wj,
            names: inputs/* NAMES */.Xk
        });
        if (branch === undefined && olderThanDays === undefined) {
            // A schedule run with no age, or an event that named no branch (a deleted tag).
            core/* notice */.lm(`Nothing to clean up: no ${constants/* Inputs */.G0.Branch} and no ${constants/* CleanupInputs */.g6.OlderThanDays} given.`);
            setOutputs(0, 0);
            return;
        }
        const plan = await planCleanup(ctx, { branch, olderThanDays, savedBefore, now: started });
        for (const s of plan.kept)
            core/* info */.pq(`Kept ${s.branch} ${s.sessionId}: ${s.reason}`);
        for (const s of plan.remove)
            core/* info */.pq(`${dryRun ? 'Would delete' : 'Deleting'} ${s.branch} ${s.sessionId} (${s.reason})`);
        const deleted = dryRun ? 0 : await applyCleanup(ctx, plan);
        setOutputs(deleted, plan.kept.length);
        const what = branch ? `branch ${branch}` : `sessions older than ${olderThanDays} days`;
        if (plan.remove.length === 0 && plan.kept.length === 0)
            core/* notice */.lm(`No stored sessions to clean up for ${what} in ${ctx.repository} (drafts are visible only to a token with \`permissions: contents: write\`).`);
        await (0,summary/* writeSummary */.S)(dryRun ? 'Claude Code sessions: cleanup (dry run)' : 'Claude Code sessions cleaned up', [
            ...(branch ? [{ label: 'Branch', value: branch }] : []),
            ...(olderThanDays !== undefined
                ? [{ label: 'Older than', value: `${olderThanDays} days` }]
                : []),
            {
                label: dryRun ? 'Would delete' : 'Deleted',
                value: String(dryRun ? plan.remove.length : deleted)
            },
            {
                label: 'Kept',
                value: plan.kept.map((s) => `${s.sessionId} (${s.reason})`).join(', ') || '0'
            }
        ]);
    }
    catch (error) {
        // A read-only token (GitHub hides drafts from it), a flaky GitHub: said, never a broken job.
        (0,failure/* reportFailure */.x)('cleanup', error);
    }
}
function setOutputs(deleted, kept) {
    core/* setOutput */.uH(constants/* CleanupOutputs */.RF.Deleted, String(deleted));
    core/* setOutput */.uH(constants/* CleanupOutputs */.RF.Kept, String(kept));
}
function daysInput(text) {
    if (!text)
        return undefined;
    const days = Number(text);
    if (!Number.isFinite(days) || days < 0)
        throw new errors/* UsageError */.eb(`The ${constants/* CleanupInputs */.g6.OlderThanDays} input takes a number of days, got "${text}".`);
    return days;
}
function timeInput(text) {
    if (!text)
        return undefined;
    const time = new Date(text);
    if (Number.isNaN(time.getTime()))
        throw new errors/* UsageError */.eb(`The ${constants/* CleanupInputs */.g6.SavedBefore} input takes a time such as 2026-12-01T10:00:00Z, got "${text}".`);
    return time;
}


/***/ }),

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

/***/ 6949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u2: () => (/* binding */ MAX_DIGEST_WORK_FACTOR),
/* harmony export */   y8: () => (/* binding */ newDigestKey),
/* harmony export */   zm: () => (/* binding */ digestKeyFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * age's own scrypt cost for a passphrase (age-encryption.org/v1: "scrypt work factor" 18, which the
 * age-encryption package uses by default). A guess against the metadata then costs as much as a
 * guess against the archive's header.
 */
const DIGEST_WORK_FACTOR = 18;
/** The highest cost a reader accepts from metadata: age's own; scrypt needs 128·r·N bytes (256 MiB). */
const MAX_DIGEST_WORK_FACTOR = 18;
/**
 * A new digest key with a fresh random salt: the same passphrase or identity gives unrelated ids in
 * unrelated sessions and repositories, and no table computed in advance applies. Recipients alone
 * cannot decrypt, and anything derived from them would be public: then there is no digest key.
 */
async function newDigestKey(key) {
    return digestKeyFor(key, {
        id: '',
        salt: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
        workFactor: key.passphrase !== undefined ? (key.scryptWorkFactor ?? DIGEST_WORK_FACTOR) : undefined
    });
}
/**
 * The digest key that `stored` names, derived again from what decrypts the session (HKDF-SHA256,
 * RFC 5869, salted with the stored salt): a passphrase goes through scrypt with the stored cost
 * first, identities (random keys already) straight into HKDF. Metadata without a salt was written
 * by the first scheme, which `legacyDigestKey` still derives, so such copies are still compared
 * (and a save replaces them with the current scheme). Memoised per key object and salt: one save
 * compares and then records with the same derivation.
 */
async function digestKeyFor(key, stored) {
    if (key.passphrase === undefined && (key.identities ?? []).length === 0)
        return undefined;
    const cacheKey = `${stored.salt ?? 'legacy'}:${stored.workFactor ?? ''}`;
    let cache = derived.get(key);
    if (!cache)
        derived.set(key, (cache = new Map()));
    let found = cache.get(cacheKey);
    if (!found) {
        found = stored.salt === undefined ? legacyDigestKey(key) : saltedDigestKey(key, stored);
        cache.set(cacheKey, found);
    }
    return found;
}
const derived = new WeakMap();
async function saltedDigestKey(key, stored) {
    const salt = Buffer.from(stored.salt, 'hex');
    const workFactor = key.passphrase !== undefined ? stored.workFactor : undefined;
    if (key.passphrase !== undefined) {
        if (workFactor === undefined ||
            !Number.isInteger(workFactor) ||
            workFactor < 1 ||
            workFactor > MAX_DIGEST_WORK_FACTOR)
            // No cost, or one out of range: written with identities (or tampered with), so no passphrase
            // derives the key it names. An id that matches no stored id says so to the caller.
            return { key: Buffer.alloc(0), id: '', salt: stored.salt };
    }
    const material = key.passphrase !== undefined
        ? await scryptOf(key.passphrase, salt, workFactor)
        : identityMaterial(key);
    const derive = async (info) => Buffer.from(await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdf)('sha256', material, salt, info, 32));
    return {
        key: await derive('transcript digest'),
        id: (await derive('digest key id')).subarray(0, 8).toString('hex'),
        salt: stored.salt,
        ...(workFactor !== undefined ? { workFactor } : {})
    };
}
/**
 * The first scheme (metadata with a `digestKeyId` and no `digestKeySalt`): scrypt at 2^15 with
 * one fixed salt for every key, so the same passphrase gave the same id everywhere and a guess
 * cost an eighth of one against age's header. Kept only to read such metadata: comparing against
 * a copy saved that way still works, and nothing new is written with it.
 */
const LEGACY_DIGEST_SALT = 'claude-session/v1/digest-key';
async function legacyDigestKey(key) {
    const material = key.passphrase !== undefined
        ? await scryptOf(key.passphrase, Buffer.from(LEGACY_DIGEST_SALT), 15)
        : identityMaterial(key);
    const derive = async (info) => Buffer.from(await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdf)('sha256', material, LEGACY_DIGEST_SALT, info, 32));
    return {
        key: await derive('transcript digest'),
        id: (await derive('digest key id')).subarray(0, 8).toString('hex')
    };
}
function identityMaterial(key) {
    return Buffer.from([...key.identities]
        .map((i) => i.toUpperCase())
        .sort()
        .join('\n'));
}
function scryptOf(passphrase, salt, workFactor) {
    const N = 2 ** workFactor;
    return new Promise((resolve, reject) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(passphrase, salt, 32, { N, r: 8, p: 1, maxmem: 128 * 8 * N + (32 << 20) }, (e, k) => e ? reject(e) : resolve(k)));
}


/***/ }),

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ MAX_METADATA_BYTES),
/* harmony export */   KP: () => (/* binding */ buildMetadata),
/* harmony export */   Qt: () => (/* binding */ serializeMetadata),
/* harmony export */   dL: () => (/* binding */ isLegacyMetadata),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   pm: () => (/* binding */ sameTranscript)
/* harmony export */ });
/* harmony import */ var _common_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(863);
/* harmony import */ var _common_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9927);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _digestKey_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6949);





/** Version 1: the seed's five fields plus digests, sizes and provenance. */
const FORMAT_VERSION = 1;
/** The largest metadata file read: ours are under 2 KiB; a bigger one is not ours. */
const MAX_METADATA_BYTES = 64 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
/** The metadata of a new version, format `FORMAT_VERSION`. */
function buildMetadata(facts) {
    const { encrypted, tail } = facts;
    return {
        sessionId: facts.sessionId,
        gitBranch: facts.branch,
        // An encrypted archive's metadata holds only ids, sizes, digests, times and format: the
        // working directory could name a customer or a project.
        ...(encrypted ? {} : { cwd: facts.cwd }),
        timestamp: (facts.now ?? new Date()).toISOString(),
        archivePath: facts.archiveName,
        formatVersion: FORMAT_VERSION,
        archiveSha256: facts.archive.sha256,
        archiveSize: facts.archive.size,
        ...facts.digests,
        ...(tail.claudeVersion && !encrypted ? { claudeVersion: tail.claudeVersion } : {}),
        toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr,
        repository: facts.repository,
        ...(facts.commit ? { commit: facts.commit } : {}),
        ...(tail.lastTimestamp ? { lastRecordAt: tail.lastTimestamp } : {}),
        savedBy: facts.savedBy,
        encrypted,
        // Every save refuses a transcript with a line that is not JSON while it packs it
        // (save/packForSave.ts), before this metadata is written.
        jsonlChecked: true
    };
}
/** True when two versions hold the same transcript bytes (however each archive was written). */
function sameTranscript(a, b) {
    return (a.transcriptSha256 !== undefined &&
        a.transcriptSha256 === b.transcriptSha256 &&
        a.transcriptSize === b.transcriptSize &&
        (a.encrypted === true) === (b.encrypted === true));
}
function serializeMetadata(metadata) {
    return JSON.stringify(metadata, null, 2) + '\n';
}
/** True for metadata the seed's scripts wrote: no digest to check the archive against. */
function isLegacyMetadata(metadata) {
    return metadata.formatVersion === undefined;
}
/** Parses and validates downloaded metadata; anything malformed is refused in one line. */
function parseMetadata(text, options = {}) {
    const max = options.maxBytes ?? MAX_METADATA_BYTES;
    if (Buffer.byteLength(text) > max)
        throw bad(`it is over ${max} bytes`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw bad('it is not JSON');
    }
    if (!(0,_common_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .O)(value))
        throw bad('it is not a JSON object');
    const m = value;
    // Checked before any field: a newer format may have changed them, and the user needs to hear
    // "update", not "invalid".
    if (typeof m.formatVersion === 'number' && m.formatVersion > FORMAT_VERSION) {
        const writer = typeof m.toolVersion === 'string'
            ? `claude-session ${m.toolVersion.slice(0, 40)}`
            : 'a newer claude-session';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NewerFormatError */ .bP(`The session was saved by ${writer} in metadata format ${m.formatVersion}; this is claude-session ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr}, which reads format ${FORMAT_VERSION}. Update claude-session to restore it.`);
    }
    if (typeof m.sessionId !== 'string' || !(0,_common_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .isUuid */ .O)(m.sessionId))
        throw bad('sessionId is not a UUID');
    for (const key of ['gitBranch', 'timestamp', 'archivePath']) {
        if (typeof m[key] !== 'string')
            throw bad(`${key} is missing or not a string`);
    }
    for (const key of [
        'cwd',
        'claudeVersion',
        'toolVersion',
        'repository',
        'commit',
        'lastRecordAt'
    ]) {
        if (m[key] !== undefined && typeof m[key] !== 'string')
            throw bad(`${key} is not a string`);
    }
    for (const key of [
        'archiveSha256',
        'transcriptSha256',
        'sourceTranscriptSha256',
        'transcriptHmacSha256',
        'sourceTranscriptHmacSha256',
        'redactedPrefixSha256'
    ]) {
        if (m[key] !== undefined && (typeof m[key] !== 'string' || !SHA256.test(m[key]))) {
            throw bad(`${key} is not a sha256 digest`);
        }
    }
    for (const key of [
        'formatVersion',
        'archiveSize',
        'transcriptSize',
        'sourceTranscriptSize',
        'transcriptSizeRounded',
        'sourceTranscriptSizeRounded',
        'redactedPrefixSize',
        'records'
    ]) {
        const n = m[key];
        if (n !== undefined && (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)) {
            throw bad(`${key} is not a non-negative integer`);
        }
    }
    if (m.digestKeyId !== undefined &&
        (typeof m.digestKeyId !== 'string' || !/^[0-9a-f]{16}$/.test(m.digestKeyId)))
        throw bad('digestKeyId is not 16 hex digits');
    if (m.digestKeySalt !== undefined &&
        (typeof m.digestKeySalt !== 'string' || !/^[0-9a-f]{32}$/.test(m.digestKeySalt)))
        throw bad('digestKeySalt is not 32 hex digits');
    if (m.digestKeyWorkFactor !== undefined &&
        (typeof m.digestKeyWorkFactor !== 'number' ||
            !Number.isInteger(m.digestKeyWorkFactor) ||
            m.digestKeyWorkFactor < 1 ||
            m.digestKeyWorkFactor > _digestKey_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DIGEST_WORK_FACTOR */ .u2))
        throw bad(`digestKeyWorkFactor is not a whole number from 1 to ${_digestKey_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DIGEST_WORK_FACTOR */ .u2}`);
    if (m.savedBy !== undefined && m.savedBy !== 'laptop' && m.savedBy !== 'ci')
        throw bad('savedBy is not laptop or ci');
    for (const key of ['encrypted', 'jsonlChecked']) {
        if (m[key] !== undefined && typeof m[key] !== 'boolean')
            throw bad(`${key} is not a boolean`);
    }
    if (m.formatVersion !== undefined &&
        (m.archiveSha256 === undefined || m.archiveSize === undefined)) {
        throw bad('archiveSha256 or archiveSize is missing');
    }
    return m;
}
function bad(why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .HostileArchiveError */ .v5(`The session metadata is invalid: ${why}.`);
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

/***/ 2476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ removeSessions),
/* harmony export */   _E: () => (/* binding */ applyDelete),
/* harmony export */   xO: () => (/* binding */ planDelete)
/* harmony export */ });
/* unused harmony export deleteStoredSessions */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _remote_draft_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8685);
/* harmony import */ var _remote_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4614);
/* harmony import */ var _remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1258);
/* harmony import */ var _draftVisibility_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9880);
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8015);






/**
 * What deleting one session of a branch's draft, or the whole draft, would remove. The draft is
 * found by tag as pull finds it (GraphQL), so a draft older than GitHub's newest 1000 releases is
 * found too (docs/facts.md#listing-releases).
 */
async function planDelete(ctx, options) {
    const tag = (0,_remote_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .tagForBranch */ .gk)(options.branch);
    const { drafts, complete } = await (0,_list_js__WEBPACK_IMPORTED_MODULE_5__/* .sessionDrafts */ .Jr)(ctx, options.branch);
    if (drafts.length === 0) {
        await (0,_draftVisibility_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseWhenDraftsHidden */ .j)(ctx);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SessionNotFoundError */ .Ag(`No draft release ${tag} in ${ctx.repository}: nothing to delete.${complete ? '' : ` ${_list_js__WEBPACK_IMPORTED_MODULE_5__/* .INCOMPLETE_LISTING */ ._f}`}`);
    }
    const shown = (draft, group) => ({
        branch: options.branch,
        tag,
        releaseId: draft.id,
        sessionId: group.sessionId,
        assets: group
    });
    if (options.sessionId === undefined) {
        const sessions = drafts.flatMap((d) => [...(0,_remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_3__/* .groupSessionAssets */ .ti)(d).values()].map((g) => shown(d, g)));
        return { branch: options.branch, tag, drafts, sessions };
    }
    const id = options.sessionId.toLowerCase();
    const sessions = drafts.flatMap((d) => {
        const group = (0,_remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_3__/* .groupSessionAssets */ .ti)(d).get(id);
        return group ? [shown(d, group)] : [];
    });
    if (sessions.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SessionNotFoundError */ .Ag(`Session ${options.sessionId} is not saved on ${tag} in ${ctx.repository}.`);
    }
    return { branch: options.branch, tag, drafts: [], sessions };
}
/**
 * Removes what the plan showed, and nothing else: each draft and each session is read again right
 * before it is deleted, and one that changed since (a save in CI while the prompt was open) is
 * kept and reported. A draft left with no asset is deleted; deleting a draft leaves no git tag
 * behind (docs/facts.md#duplicate-drafts).
 */
async function applyDelete(ctx, plan) {
    const result = emptyResult();
    const whole = new Set();
    for (const draft of plan.drafts) {
        const now = await ctx.store.getRelease(draft.id);
        if (!now) {
            whole.add(draft.id);
            continue;
        }
        if (sameIds(now.assets, draft.assets) && now.draft && now.tagName === draft.tagName) {
            if (await ctx.store.deleteRelease(draft.id))
                result.deletedReleases++;
            whole.add(draft.id);
            for (const s of plan.sessions.filter((s) => s.releaseId === draft.id))
                result.deletedSessions.push({ branch: s.branch, sessionId: s.sessionId });
        }
    }
    merge(result, await removeSessions(ctx, plan.sessions.filter((s) => !whole.has(s.releaseId))));
    return result;
}
/**
 * Deletes each shown session's assets when the session still holds exactly those (checked right
 * before), then the drafts left empty; takes the deleted sessions out of the index of the others.
 */
async function removeSessions(ctx, sessions) {
    const result = emptyResult();
    const releases = [...new Set(sessions.map((s) => s.releaseId))];
    for (const releaseId of releases) {
        const removed = [];
        for (const shown of sessions.filter((s) => s.releaseId === releaseId)) {
            const now = await ctx.store.getRelease(releaseId);
            const group = now?.draft ? (0,_remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_3__/* .groupSessionAssets */ .ti)(now).get(shown.sessionId) : undefined;
            // Already gone: someone else deleted it, which is what was asked.
            if (!group)
                continue;
            if (!sameIds(assetsOf(group), assetsOf(shown.assets))) {
                result.kept.push({
                    branch: shown.branch,
                    sessionId: shown.sessionId,
                    reason: 'it was saved again after it was listed'
                });
                continue;
            }
            // Metadata first: a save that checked this version against it then loses its lock (its
            // delete answers 404) and says so, rather than committing over what is being deleted.
            for (const asset of [...group.metadata, ...group.archives, ...group.broken])
                if (await ctx.store.deleteAsset(asset.id))
                    result.deletedAssets++;
            removed.push(shown.sessionId);
            result.deletedSessions.push({ branch: shown.branch, sessionId: shown.sessionId });
        }
        if (removed.length === 0)
            continue;
        // Read again: only a draft that holds nothing now is deleted, never one a save just wrote to.
        const after = await ctx.store.getRelease(releaseId);
        if (!after?.draft)
            continue;
        if (after.assets.length === 0) {
            if (await ctx.store.deleteRelease(releaseId))
                result.deletedReleases++;
        }
        else {
            await (0,_remote_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .dropFromIndex */ .ie)(ctx, after, removed);
        }
    }
    return result;
}
function assetsOf(group) {
    return [...group.metadata, ...group.archives, ...group.broken];
}
function sameIds(a, b) {
    const ids = new Set(a.map((x) => x.id));
    return a.length === b.length && b.every((x) => ids.has(x.id));
}
function emptyResult() {
    return { deletedAssets: 0, deletedReleases: 0, deletedSessions: [], kept: [] };
}
function merge(into, more) {
    into.deletedAssets += more.deletedAssets;
    into.deletedReleases += more.deletedReleases;
    into.deletedSessions.push(...more.deletedSessions);
    into.kept.push(...more.kept);
}
/** planDelete then applyDelete, for a caller that asks nothing in between. */
async function deleteStoredSessions(ctx, options) {
    return applyDelete(ctx, await planDelete(ctx, options));
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ refuseWhenDraftsHidden)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5819);


/**
 * Called when a listing found no draft: a token without push access sees none at all, because
 * GitHub hides drafts from it (docs/facts.md#draft-visibility), so "nothing stored" would be untrue. GitHub tells the
 * caller its own access in `GET /repos/{owner}/{repo}` (`permissions.push`); when it says no push,
 * this refuses with what to grant. When GitHub does not say (an app installation's token), the
 * empty listing stands.
 */
async function refuseWhenDraftsHidden(ctx) {
    const { canPush } = await ctx.store.repositoryAccess();
    if (canPush === false)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionError */ .i_(`The token cannot see draft releases in ${ctx.repository}: GitHub shows drafts only to tokens with push access, ` +
            `so sessions may be stored there unseen. ${_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTENTS_PERMISSION */ .z8}`);
}


/***/ }),

/***/ 8015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ listSessions),
/* harmony export */   Jr: () => (/* binding */ sessionDrafts),
/* harmony export */   Xo: () => (/* binding */ listStoredSessions),
/* harmony export */   _f: () => (/* binding */ INCOMPLETE_LISTING)
/* harmony export */ });
/* harmony import */ var _remote_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4614);
/* harmony import */ var _remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1258);
/* harmony import */ var _draftVisibility_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9880);



/** Said wherever a listing may have missed drafts, instead of "nothing stored". */
const INCOMPLETE_LISTING = "This listing may be incomplete: GitHub's GraphQL API did not answer, and its REST API lists only " +
    'the newest 1000 releases, so a session draft older than those is not shown.';
/** Every stored session, newest save first; reads each session's metadata (one small download each). */
async function listStoredSessions(ctx, options = {}) {
    const { sessions } = await listSessions(ctx, options);
    return sessions.map(({ assets: _assets, ...session }) => session);
}
/** listStoredSessions, with each session's assets and whether the listing saw every release. */
async function listSessions(ctx, options = {}) {
    const { drafts, complete } = await sessionDrafts(ctx, options.branch);
    if (drafts.length === 0)
        await (0,_draftVisibility_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseWhenDraftsHidden */ .j)(ctx);
    const sessions = [];
    for (const release of drafts) {
        const branch = (0,_remote_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .branchOfTag */ .Ex)(release.tagName);
        if (branch === undefined)
            continue;
        for (const listed of (0,_remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_1__/* .groupSessionAssets */ .ti)(release).values()) {
            const { group, versions, problem } = await (0,_remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_1__/* .readMetadataVersions */ .TN)(ctx.store, listed);
            const where = {
                branch,
                tag: release.tagName,
                releaseId: release.id,
                releaseUrl: release.htmlUrl,
                sessionId: group.sessionId,
                assets: group
            };
            if (problem) {
                // A teammate on a newer version must not lock everyone else out of their sessions.
                ctx.log.warning(`Skipping session ${group.sessionId} on branch ${branch}: ${problem.error.message}`);
                sessions.push({ ...where, size: problem.asset.size, problem: problem.error.message });
                continue;
            }
            const latest = versions[0];
            if (!latest)
                continue;
            const archive = (0,_remote_storedCopies_js__WEBPACK_IMPORTED_MODULE_1__/* .archivesFor */ .XJ)(group, latest.metadata)[0];
            const m = latest.metadata;
            sessions.push({
                ...where,
                lastRecordAt: m.lastRecordAt,
                records: m.records,
                size: archive?.size ?? m.archiveSize ?? 0,
                savedBy: m.savedBy,
                savedAt: m.timestamp,
                encrypted: m.encrypted
            });
        }
    }
    sessions.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
    return { sessions, complete };
}
/**
 * Our drafts: one branch's, found by tag as pull finds it (GraphQL `release(tagName:)`, which sees
 * drafts), or every branch's, from GraphQL's listing of releases, which has no cap and carries no
 * assets (src/store/releaseListing.ts).
 */
async function sessionDrafts(ctx, branch) {
    if (branch === undefined)
        return ctx.store.listDrafts({ tagPrefix: _remote_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_ });
    const { draft, complete } = await ctx.store.locateDraft((0,_remote_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .tagForBranch */ .gk)(branch));
    return { drafts: draft ? [draft] : [], complete };
}


/***/ }),

/***/ 3343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ applyPrune),
/* harmony export */   _f: () => (/* binding */ planPruneListing),
/* harmony export */   wM: () => (/* binding */ planPrune)
/* harmony export */ });
/* harmony import */ var _delete_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2476);
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8015);


/** What `prune` would delete, and why; deletes nothing. */
async function planPrune(ctx, options) {
    return (await planPruneListing(ctx, options)).candidates;
}
/** planPrune, saying also whether every release was searched. */
async function planPruneListing(ctx, options) {
    const now = (options.now ?? new Date()).getTime();
    const { sessions, complete } = await (0,_list_js__WEBPACK_IMPORTED_MODULE_1__/* .listSessions */ .GW)(ctx);
    const goneBranches = new Map();
    const candidates = [];
    for (const session of sessions) {
        // Unreadable metadata (already warned about by the listing): never delete what we cannot read.
        if (session.problem !== undefined)
            continue;
        const reasons = [];
        if (options.olderThanDays !== undefined) {
            const saved = Date.parse(session.savedAt ?? session.lastRecordAt ?? '');
            const ageDays = (now - saved) / 86_400_000;
            if (!Number.isNaN(saved) && ageDays > options.olderThanDays) {
                reasons.push(`saved ${Math.floor(ageDays)} days ago`);
            }
        }
        if (options.gone) {
            if (!goneBranches.has(session.branch)) {
                goneBranches.set(session.branch, !(await ctx.store.branchExists(session.branch)));
            }
            if (goneBranches.get(session.branch))
                reasons.push(`branch ${session.branch} no longer exists`);
        }
        if (reasons.length > 0)
            candidates.push({ ...session, reason: reasons.join(', ') });
    }
    return { candidates, complete };
}
/**
 * Deletes exactly the versions the plan listed: a session saved again since (while the prompt was
 * open) is kept and reported in `kept` (see removeSessions).
 */
async function applyPrune(ctx, candidates) {
    return (0,_delete_js__WEBPACK_IMPORTED_MODULE_0__/* .removeSessions */ .AR)(ctx, candidates);
}


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ openDraftForSave),
/* harmony export */   fP: () => (/* binding */ recordInIndex),
/* harmony export */   ie: () => (/* binding */ dropFromIndex)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7365);
/* harmony import */ var _storedCopies_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1258);





const DRAFT_BODY = 'Claude Code sessions saved by claude-session. This release is a draft on purpose: drafts are ' +
    'visible only to people and tokens with push access. Do not publish it: transcripts can hold ' +
    'code, tool output and secrets.';
/**
 * The branch's draft, created on first use. When the index in its body matches the assets the same
 * GraphQL answer lists, no further request is needed to know what the session holds.
 *
 * GitHub does not keep draft tag names unique (docs/facts.md#duplicate-drafts), so two first saves at once can make
 * two drafts: every caller then settles on the lowest id, moves what only the other holds, and
 * deletes the other. The lowest id is the same answer for every racer, which is what makes them
 * converge.
 */
async function openDraftForSave(ctx, target) {
    const { tag, branch, sessionId } = target;
    const lookup = await (target.lookup ?? ctx.store.lookupDraft(tag));
    const index = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .indexOf */ .qh)(lookup);
    const listedNodeIds = lookup?.complete ? new Set(lookup.assets.map((a) => a.nodeId)) : undefined;
    if (lookup && index) {
        const release = await ctx.store.draftFromIndexedLookup(lookup, index.uploadUrl);
        const indexed = release && (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .indexedAssets */ .rE)(lookup, index, sessionId);
        if (release && indexed)
            return { release, created: false, index, body: lookup.description, listedNodeIds, indexed };
    }
    const found = await ctx.store.draftFromLookup(tag, lookup);
    if (found) {
        const listed = new Set(found.assets.flatMap((a) => (a.nodeId ? [a.nodeId] : [])));
        const fromBody = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIndex */ .A1)(found.body);
        return {
            release: found,
            created: false,
            index: index ?? (fromBody?.releaseId === found.id ? fromBody : undefined),
            body: found.body ?? (lookup?.id === found.id ? lookup.description : undefined),
            listedNodeIds: listed.size === found.assets.length ? listed : undefined
        };
    }
    const created = await ctx.store.createDraft(tag, {
        name: `Claude Code sessions: ${branch}`,
        body: DRAFT_BODY
    });
    // A twin made at the same moment is among the newest releases, so the first page shows it; only
    // a twin is read whole (the listing names releases without their assets, releaseListing.ts).
    // This read cannot join another request: it must follow our create (a twin's creator looked up
    // before it, too) and precede our lock (convergence first is what lets the metadata name decide
    // between two first saves), and the index PATCH cannot move into the create, as it needs the
    // numeric asset ids restore downloads by, which GraphQL's ReleaseAsset lacks
    // (docs/facts.md#asset-digest). So a save that creates the draft makes six requests.
    const { refs } = await ctx.store.listDraftRefs({ tag, maxPages: 1 });
    const twins = [created];
    for (const ref of refs) {
        if (ref.id === created.id)
            continue;
        const twin = ref.release ?? (await ctx.store.getRelease(ref.id));
        if (twin?.draft && twin.tagName === tag)
            twins.push(twin);
    }
    const release = await convergeDrafts(ctx, twins);
    return {
        release,
        created: release.id === created.id && twins.length === 1,
        body: release.body ?? DRAFT_BODY
    };
}
/**
 * Records the version just committed in the draft's index. Best effort: the version is stored
 * whatever happens here, and a missing or stale index only sends readers down the listing path.
 * Concurrent saves may each drop the other's entry; never a wrong one, as readers check entries
 * against the listed assets and restore checks the archive's sha256.
 */
async function recordInIndex(ctx, draft, sessionId, entry) {
    if (!entry)
        return;
    const index = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .nextIndex */ .Yp)(draft.index, draft.release, draft.listedNodeIds, sessionId, entry);
    try {
        await ctx.store.updateBody(draft.release, (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .renderBody */ .lc)(draft.body ?? DRAFT_BODY, index));
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClaudeSessionError */ .R2))
            throw error;
        ctx.log.debug(`Could not update the index on ${draft.release.tagName}: ${error.message}`);
    }
}
/**
 * Takes deleted sessions out of the draft's index: their rows, and their metadata (which names
 * the working directory) in the JSON. Best effort, as recordInIndex: readers check the index
 * against the assets anyway; the text a person wrote around it stays.
 */
async function dropFromIndex(ctx, release, sessionIds) {
    const body = (0,_releaseIndex_js__WEBPACK_IMPORTED_MODULE_3__/* .bodyWithout */ .tz)(release.body, sessionIds);
    if (body === undefined)
        return;
    try {
        await ctx.store.updateBody(release, body);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClaudeSessionError */ .R2))
            throw error;
        ctx.log.warning(`Could not take the deleted sessions out of the description of ${release.tagName}: ${error.message}`);
    }
}
/** Keeps the lowest-id draft of `twins` (all with one tag), moving over sessions it lacks. */
async function convergeDrafts(ctx, twins) {
    const sorted = [...twins].sort((a, b) => a.id - b.id);
    const keep = sorted[0];
    if (sorted.length === 1)
        return keep;
    const kept = (0,_storedCopies_js__WEBPACK_IMPORTED_MODULE_4__/* .groupSessionAssets */ .ti)(keep);
    for (const extra of sorted.slice(1)) {
        for (const [sessionId, group] of (0,_storedCopies_js__WEBPACK_IMPORTED_MODULE_4__/* .groupSessionAssets */ .ti)(extra)) {
            if (kept.has(sessionId))
                continue;
            const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.tempDir, 'claude-session-move-'));
            try {
                for (const asset of [...group.archives, ...group.metadata]) {
                    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, String(asset.id));
                    await ctx.store.downloadAsset(asset, path);
                    await ctx.store.uploadAsset(keep, {
                        name: asset.name,
                        filePath: path,
                        contentType: asset.contentType
                    });
                }
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
            }
            ctx.log.info(`Moved session ${sessionId} from a duplicate draft ${extra.tagName} (#${extra.id}) to #${keep.id}`);
        }
        await ctx.store.deleteRelease(extra.id);
        ctx.log.info(`Deleted duplicate draft ${extra.tagName} (#${extra.id})`);
    }
    return (await ctx.store.getRelease(keep.id)) ?? keep;
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


/***/ })

};
