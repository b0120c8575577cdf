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

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _restore_restore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5678);
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
            const result = await (0,_restore_restore_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreSession */ .N)(inputs.ctx, {
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


/***/ }),

/***/ 5678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ restoreSession)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/archive/encryption.ts
var encryption = __webpack_require__(5261);
// EXTERNAL MODULE: ./src/archive/unpack.ts + 1 modules
var unpack = __webpack_require__(6874);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var session = __webpack_require__(6876);
// EXTERNAL MODULE: ./src/restore/installFiles.ts
var installFiles = __webpack_require__(7702);
// EXTERNAL MODULE: ./src/archive/digest.ts
var digest = __webpack_require__(2948);
;// CONCATENATED MODULE: ./src/restore/localTranscript.ts




/** How far back from the end restore looks for records it appended itself. */
const OWN_TAIL_BYTES = 64 * 1024;
/** How the local transcript relates to the incoming one, by digests of common prefixes. */
async function relate(localPath, incomingPath) {
    const local = await (0,installFiles/* lstatIfExists */.sM)(localPath);
    if (!local)
        return { relation: 'absent' };
    if (!local.isFile()) {
        throw new errors/* HostileArchiveError */.v5(`${localPath} exists but is not a regular file; move it away and restore again.`);
    }
    const checked = await (0,digest/* hashFile */.DC)(localPath);
    const incomingSize = (await (0,promises_.lstat)(incomingPath)).size;
    if (checked.size <= incomingSize) {
        if (await (0,digest/* fileStartsWith */.Cx)(incomingPath, checked)) {
            return { relation: checked.size === incomingSize ? 'same' : 'local-behind', checked };
        }
    }
    else if (await (0,digest/* fileStartsWith */.Cx)(localPath, await (0,digest/* hashFile */.DC)(incomingPath))) {
        return { relation: 'local-ahead', checked };
    }
    // A pull into another directory ends the transcript with Claude Code's `relocated` record
    // (docs/facts.md). Such records are not work done here: without them, the local copy may still
    // be a prefix of the incoming one, which then fast-forwards (and gets a fresh record if needed).
    const own = await trailingRelocatedBytes(localPath, checked.size);
    if (own > 0) {
        const base = await (0,digest/* hashFile */.DC)(localPath, { bytes: checked.size - own });
        if (base.size <= incomingSize && (await (0,digest/* fileStartsWith */.Cx)(incomingPath, base))) {
            return { relation: 'local-behind', checked };
        }
    }
    return { relation: 'diverged', checked };
}
/**
 * Whether the local transcript is still exactly what `relate` compared. Claude Code, still
 * running, may append at any moment: replacing a file that moved would drop that record.
 */
async function unchangedSince(localPath, checked) {
    const now = await (0,installFiles/* lstatIfExists */.sM)(localPath);
    if (!checked)
        return now === undefined;
    return (now !== undefined &&
        now.isFile() &&
        now.size === checked.size &&
        (await (0,digest/* fileStartsWith */.Cx)(localPath, checked)));
}
/** Bytes at the end of the file made only of complete `relocated` records. */
async function trailingRelocatedBytes(path, size) {
    const start = Math.max(0, size - OWN_TAIL_BYTES);
    const handle = await (0,promises_.open)(path, 'r');
    let text;
    try {
        const tail = Buffer.alloc(size - start);
        const { bytesRead } = await handle.read(tail, 0, tail.length, start);
        text = tail.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
    if (!text.endsWith('\n'))
        return 0;
    const lines = text.slice(0, -1).split('\n');
    let own = 0;
    // The first piece may be the end of a longer line unless the read began at the start of the file.
    for (let i = lines.length - 1; i >= (start === 0 ? 0 : 1); i--) {
        if (!isRelocatedRecord(lines[i]))
            break;
        own += Buffer.byteLength(lines[i]) + 1;
    }
    return own;
}
function isRelocatedRecord(line) {
    try {
        const record = JSON.parse(line);
        return (typeof record === 'object' &&
            record !== null &&
            record.type === 'relocated');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/restore/install.ts






/**
 * Installs an unpacked session into the Claude Code project folder of the cwd, where
 * `claude --resume <id>` looks first (docs/facts.md). Each file is written to a temporary name in its
 * final folder and renamed, so a failure leaves the previous local state; the transcript is
 * renamed last. Files get mtime = now, because Claude Code deletes transcripts whose mtime is
 * older than `cleanupPeriodDays` in a sweep shortly after it starts (docs/facts.md).
 */
async function installSession(req) {
    await (0,promises_.mkdir)(req.projectDir, { recursive: true, mode: 0o700 });
    const incoming = req.unpacked.transcriptPath;
    const existing = (0,external_node_path_.join)(req.projectDir, `${req.remoteSessionId}.jsonl`);
    const { relation, checked } = await relate(existing, incoming);
    if (relation === 'same' || relation === 'local-ahead') {
        // Nothing new arrived (or only what this machine already went past): keep the local bytes,
        // and refresh the kept file's mtime against Claude Code's cleanup sweep.
        const now = new Date();
        await (0,promises_.utimes)(existing, now, now);
        return {
            sessionId: req.remoteSessionId,
            transcriptPath: existing,
            outcome: 'unchanged',
            relocated: false
        };
    }
    if (relation === 'diverged' && req.onLocalConflict === 'refuse') {
        throw new errors/* ConflictError */.fK(`Session ${req.remoteSessionId} was continued both here and remotely on ${req.describe.branch}: neither copy ` +
            `contains the other, so installing the stored one would lose local records (${existing}). Choose one:\n` +
            `  ${req.describe.pullCommand} --as-new   install the stored copy under a new session id, keep yours as is\n` +
            `  ${req.describe.pullCommand} --force    replace yours with the stored copy (yours is kept as .bak copies)`);
    }
    const asNew = relation === 'diverged' && req.onLocalConflict === 'as-new';
    const sessionId = asNew ? (0,session/* newSessionId */.OZ)() : req.remoteSessionId;
    const target = (0,external_node_path_.join)(req.projectDir, `${sessionId}.jsonl`);
    const relocate = req.recordedCwd !== undefined && req.recordedCwd !== req.cwd;
    const moved = () => new errors/* ConflictError */.fK(`${target} changed while session ${sessionId} was being restored (is Claude Code still running it?). ` +
        `It was left as it was. Let Claude Code finish, then run ${req.describe.pullCommand} again.`);
    const temporary = (0,installFiles/* temporaryName */.NT)(target);
    try {
        await (0,installFiles/* moveOrCopy */.ek)(incoming, temporary);
        await (0,promises_.chmod)(temporary, 0o600);
        // Claude Code appends this same record when it moves a session itself (docs/facts.md); it tells the
        // model the directory changed and keeps the file byte-identical before it.
        if (relocate) {
            const separator = (await (0,installFiles/* endsWithNewline */.Df)(temporary)) ? '' : '\n';
            await (0,promises_.appendFile)(temporary, separator + (0,session/* relocatedRecord */.FX)(sessionId, req.cwd));
        }
        let backup;
        if (relation === 'diverged' && !asNew) {
            // --force promises the local session survives as a copy: transcript and folder, taken
            // before the folder's files are replaced.
            backup = await (0,installFiles/* backupSession */.B)(existing, (0,external_node_path_.join)(req.projectDir, sessionId));
        }
        if (!asNew && !(await unchangedSince(existing, checked)))
            throw moved();
        if (req.unpacked.folderPath) {
            await (0,installFiles/* installFolder */.Si)(req.unpacked.folderPath, (0,external_node_path_.join)(req.projectDir, sessionId), req.projectDir);
        }
        await req.beforeReplace?.();
        // Checked again just before the rename, the only step that could drop an appended record.
        if (!asNew && !(await unchangedSince(existing, checked)))
            throw moved();
        await (0,promises_.rename)(temporary, target);
        const outcome = asNew
            ? 'as-new'
            : relation === 'absent'
                ? 'installed'
                : relation === 'local-behind'
                    ? 'fast-forward'
                    : 'overwritten';
        return {
            sessionId,
            transcriptPath: target,
            outcome,
            backupPath: backup?.transcript,
            backupFolderPath: backup?.folder,
            relocated: relocate
        };
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/shared/redactedLineage.ts
var redactedLineage = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
// EXTERNAL MODULE: ./src/remote/indexedRelease.ts
var indexedRelease = __webpack_require__(6114);
// EXTERNAL MODULE: ./src/remote/storedCopies.ts
var storedCopies = __webpack_require__(1258);
;// CONCATENATED MODULE: ./src/restore/verifiedDownload.ts



/**
 * Downloads the newest version whose archive matches its recorded sha256: the one in its
 * metadata, or, for metadata the seed's scripts wrote (no digest), the `digest` GitHub computes
 * for every asset on upload (docs/facts.md). Nothing is unpacked before this check, so a corrupt
 * or swapped asset never reaches the Claude folder.
 */
async function downloadVerified(deps, versions, work, onProgress) {
    for (const version of versions) {
        for (const asset of version.archives) {
            const archivePath = (0,external_node_path_.join)(work, `archive-${asset.id}`);
            // The download hashes the bytes as they arrive: no second read of the archive.
            const actual = await deps.store.downloadAsset(asset, archivePath, { onProgress });
            const expected = version.metadata.archiveSha256 ?? githubDigest(asset);
            if (expected === undefined || actual.sha256 === expected) {
                return { version, archivePath, archiveName: asset.name };
            }
            deps.log.warning(`${asset.name} does not match its recorded sha256 (${version.metadata.archiveSha256 ? 'metadata' : "GitHub's asset digest"}); trying an older copy`);
            await (0,promises_.rm)(archivePath, { force: true });
        }
    }
    throw new errors/* IntegrityError */.cs(`No stored archive of session ${versions[0].metadata.sessionId} matches its recorded sha256; ` +
        'nothing was installed. The asset may be corrupt: save the session again from the machine that has it.');
}
/** GitHub's own digest of an asset, `sha256:<hex>`, as hex; undefined where GitHub gives none (older GHES). */
function githubDigest(asset) {
    const digest = asset.digest;
    const match = typeof digest === 'string' ? /^sha256:([0-9a-f]{64})$/i.exec(digest) : null;
    return match ? match[1].toLowerCase() : undefined;
}

;// CONCATENATED MODULE: ./src/restore/restore.ts












async function restoreSession(ctx, req) {
    const tag = (0,layout/* tagForBranch */.gk)(req.branch);
    // One request finds the draft with its body: when the index there matches the assets listed in
    // the same answer, the archive is the only other request (releaseIndex.ts).
    const view = await ctx.store.lookupDraft(tag);
    const index = (0,indexedRelease/* indexOf */.qh)(view);
    const indexed = view && index && (0,indexedRelease/* indexedCopy */.tl)(view, index, req.sessionId);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.tempDir, 'claude-session-restore-'));
    try {
        let checked;
        if (indexed) {
            try {
                checked = await fetchChecked(ctx, req, indexed.sessionId, [indexed.copy], work);
            }
            catch (error) {
                // A stale or hand-edited index: nothing was installed; the listing path decides.
                if (!(error instanceof errors/* ClaudeSessionError */.R2) || error instanceof errors/* EncryptionKeyError */.pp)
                    throw error;
                ctx.log.debug(`The index on ${tag} is stale (${error.message}); reading the release`);
            }
        }
        checked ??= await fetchListed(ctx, req, tag, view, work);
        return await install(ctx, req, checked, work);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function fetchListed(ctx, req, tag, view, work) {
    const release = await ctx.store.draftFromLookup(tag, view);
    if (!release) {
        throw new errors/* SessionNotFoundError */.Ag(`No saved sessions for branch ${req.branch} in ${ctx.repository} (no draft release ${tag}). ` +
            'Save one first; if one was saved, the token may lack push access, without which GitHub hides drafts ' +
            '(a workflow needs `permissions: contents: write`).');
    }
    const groups = (0,storedCopies/* groupSessionAssets */.ti)(release);
    const group = req.sessionId ? groups.get(req.sessionId.toLowerCase()) : (0,storedCopies/* newestSession */.B2)(groups);
    if (!group) {
        throw new errors/* SessionNotFoundError */.Ag(req.sessionId
            ? `Session ${req.sessionId} is not saved on ${tag} in ${ctx.repository}. List what is there with \`claude-session list ${req.branch}\`.`
            : `The draft release ${tag} in ${ctx.repository} holds no saved session.`);
    }
    const versions = await (0,storedCopies/* storedCopies */.Vp)(ctx.store, group);
    if (versions.length === 0) {
        throw new errors/* IntegrityError */.cs(`The stored copy of session ${group.sessionId} on ${tag} is incomplete (no archive matches its metadata). ` +
            'Save it again from the machine that has it.');
    }
    return fetchChecked(ctx, req, group.sessionId, versions, work);
}
/** Downloads, checks and unpacks into `work`: nothing here touches the Claude folder. */
async function fetchChecked(ctx, req, sessionId, versions, work) {
    const { version, archivePath, archiveName } = await downloadVerified(ctx, versions, work, req.onProgress);
    let tarball = archivePath;
    if ((0,layout/* roleOfAsset */.qY)(archiveName)?.encrypted) {
        if (!req.encryption) {
            throw new errors/* EncryptionKeyError */.pp(`Session ${sessionId} is stored encrypted (${archiveName}) and no key was given. ` +
                'Pass the key with the encryption-key input, --encryption-key-file or CLAUDE_SESSION_KEY.');
        }
        tarball = (0,external_node_path_.join)(work, `session-${version.metadataAsset.id}.tar.gz`);
        await (0,encryption/* decryptFile */.It)(archivePath, tarball, req.encryption);
    }
    const staging = (0,external_node_path_.join)(work, `staging-${version.metadataAsset.id}`);
    await (0,promises_.mkdir)(staging, { mode: 0o700 });
    const unpacked = await (0,unpack/* unpackSession */.p)({ archiveFile: tarball, sessionId, destDir: staging });
    const m = version.metadata;
    if (m.transcriptSha256 !== undefined) {
        const transcript = unpacked.transcript;
        if (transcript.sha256 !== m.transcriptSha256 || transcript.size !== m.transcriptSize) {
            throw new errors/* IntegrityError */.cs(`The transcript inside ${archiveName} does not match its metadata; nothing was installed. Save the session again.`);
        }
    }
    // Unpacking refused a transcript that is not JSONL (Claude Code would drop it) and counted its
    // records; the last `cwd` comes from the end of the file, without a second parse of it all.
    const { cwd } = await (0,session/* readTranscriptTail */.jx)(unpacked.transcriptPath);
    const info = { records: unpacked.transcript.records, cwd };
    return { sessionId, version, archiveName, unpacked, info };
}
async function install(ctx, req, checked, work) {
    const { unpacked, info } = checked;
    const m = checked.version.metadata;
    const group = { sessionId: checked.sessionId };
    const projectDir = await (0,session/* projectDirFor */.cv)(req.configDir, req.cwd, req.env ?? process.env);
    // A copy uploaded with secrets redacted is recognised as the user's own by digests alone.
    const own = await (0,redactedLineage/* withOwnBytes */.oM)((0,external_node_path_.join)(projectDir, `${group.sessionId}.jsonl`), unpacked.transcriptPath, (0,redactedLineage/* lineageOf */.bQ)(m), work);
    if (own)
        unpacked.transcriptPath = own;
    const cwd = await (0,session/* physicalPath */.De)(req.cwd);
    const installed = await installSession({
        unpacked,
        remoteSessionId: group.sessionId,
        projectDir,
        cwd,
        recordedCwd: info.cwd,
        onLocalConflict: req.onLocalConflict ?? 'refuse',
        describe: {
            branch: req.branch,
            pullCommand: req.pullCommand ?? `claude-session pull ${req.branch}`
        }
    });
    ctx.log.info(`Restored session ${installed.sessionId} (${info.records} records) into ${projectDir}`);
    return {
        sessionId: installed.sessionId,
        remoteSessionId: group.sessionId,
        branch: req.branch,
        projectDir,
        transcriptPath: installed.transcriptPath,
        outcome: installed.outcome,
        backupPath: installed.backupPath,
        backupFolderPath: installed.backupFolderPath,
        records: info.records,
        relocated: installed.relocated,
        archiveSize: m.archiveSize ?? 0
    };
}


/***/ })

};
