export const id = 271;
export const ids = [271];
export const modules = {

/***/ 7271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chosenVersion: () => (/* binding */ chosenVersion),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 5 modules
var core = __webpack_require__(8524);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(1955);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/claudeCode/registry.ts


/** Claude Code's npm package, and the prefix of its per-platform packages. */
const CLAUDE_CODE_PACKAGE = '@anthropic-ai/claude-code';
const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/** The npm registry to install from: npm's own setting when the job sets it (`npm_config_registry`). */
function registryUrl(env = process.env) {
    return env.npm_config_registry || env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY;
}
/**
 * The platform package key, as @anthropic-ai/claude-code's own postinstall (install.cjs, `PLATFORMS`
 * and `getPlatformKey`, 2.1.332) picks it: `<platform>-<arch>`, with `-musl` on a Linux whose
 * Node reports no glibc.
 */
function platformKey(platform = process.platform, arch = process.arch, musl = isMusl(platform)) {
    return `${platform}-${arch}${platform === 'linux' && musl ? '-musl' : ''}`;
}
function isMusl(platform) {
    if (platform !== 'linux')
        return false;
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime === undefined;
}
/**
 * Finds what to install for `version` on the machine `key` names. Since 2.1.113 the package ships
 * its native binary in a per-platform optional dependency `@anthropic-ai/claude-code-<key>`
 * (docs/facts.md#installing-claude-code-from-the-npm-registry), whose tarball holds `claude` (`claude.exe` on Windows); the main package holds
 * only a stub. Earlier versions hold a JavaScript `cli.js` in the main package itself.
 */
async function resolveClaudeCode(version, options) {
    const key = options.key ?? platformKey();
    const main = await manifest(options.registry, CLAUDE_CODE_PACKAGE, version);
    const platformPackage = `${CLAUDE_CODE_PACKAGE}-${key}`;
    const optional = main.optionalDependencies ?? {};
    if (optional[platformPackage] !== undefined) {
        const native = await manifest(options.registry, platformPackage, optional[platformPackage]);
        return {
            ...download(native),
            executable: key.startsWith('win32') ? 'claude.exe' : 'claude',
            javascript: false
        };
    }
    if (Object.keys(optional).some((name) => name.startsWith(`${CLAUDE_CODE_PACKAGE}-`)))
        throw new errors/* RemoteError */.Hi(`Claude Code ${version} has no build for this machine (${key}): it ships ${Object.keys(optional).join(', ')}.`);
    const bin = typeof main.bin === 'string' ? main.bin : main.bin?.claude;
    if (!bin || !/\.(c|m)?js$/.test(bin))
        throw new errors/* RemoteError */.Hi(`Claude Code ${version} in ${options.registry} names no executable this installer knows (bin: ${JSON.stringify(main.bin)}).`);
    return { ...download(main), executable: bin.replace(/^\.\//, ''), javascript: true };
}
function download(m) {
    const integrity = m.dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-')) ??
        (m.dist.shasum ? `sha1-${Buffer.from(m.dist.shasum, 'hex').toString('base64')}` : undefined);
    if (!integrity)
        throw new errors/* RemoteError */.Hi(`${m.name}@${m.version} has no integrity or shasum in the registry.`);
    return { name: m.name, version: m.version, tarball: m.dist.tarball, integrity };
}
/**
 * One version's manifest from the package's abbreviated metadata, the document npm itself reads
 * to install (`Accept: application/vnd.npm.install-v1+json`,
 * https://github.com/npm/registry/blob/main/docs/responses/package-metadata.md).
 */
async function manifest(registry, name, version) {
    const url = new URL(name.replace('/', '%2f'), registry.endsWith('/') ? registry : `${registry}/`);
    const http = new lib/* HttpClient */.Qq('claude-session', [], { allowRetries: true, maxRetries: 2 });
    let packument;
    try {
        const response = await http.getJson(url.href, {
            accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8'
        });
        packument = response.result;
    }
    catch (error) {
        throw new errors/* RemoteError */.Hi(`Could not read ${name} from the npm registry ${registry}: ${error.message}`, { cause: error });
    }
    const found = packument?.versions?.[version];
    if (!found)
        throw new errors/* RemoteError */.Hi(`${name} has no version ${version} in the npm registry ${registry}.`);
    return found;
}

;// CONCATENATED MODULE: ./src/claudeCode/install.ts









/** The tool-cache name: `$RUNNER_TOOL_CACHE/claude-code/<version>/<arch>`. */
const TOOL = 'claude-code';
/**
 * Installs one exact version of Claude Code from the npm registry into the runner's tool cache
 * (`@actions/tool-cache`, kept by version, so a runner that keeps its tool cache downloads it once),
 * or finds it there. The tarball is checked against the registry's integrity, unpacked with
 * node-tar (no `tar` process), and the executable must report `version` for `--version` before it
 * is cached and again when it is found.
 */
async function installClaudeCode(version, options) {
    const found = tool_cache/* find */.I6(TOOL, version);
    if (found) {
        // What the cache holds is the one file we put there, named by its own marker.
        const path = (0,external_node_path_.join)(found, (await cachedExecutable(found)) ?? '');
        await checkVersion(path, version);
        options.log.info(`Claude Code ${version} found in the tool cache: ${path}`);
        return { path, version, cached: true };
    }
    const pkg = await resolveClaudeCode(version, { registry: options.registry });
    options.log.info(`Installing Claude Code ${version} from ${pkg.tarball}`);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, 'claude-code-'));
    try {
        const tarball = await tool_cache/* downloadTool */.bq(pkg.tarball, (0,external_node_path_.join)(work, 'package.tgz')).catch((e) => {
            throw new errors/* RemoteError */.Hi(`Could not download ${pkg.tarball}: ${e.message}`, {
                cause: e
            });
        });
        await checkIntegrity(tarball, pkg);
        const unpacked = (0,external_node_path_.join)(work, 'package');
        await unpack(tarball, unpacked);
        const executable = (0,external_node_path_.join)(unpacked, pkg.executable);
        await (0,promises_.stat)(executable).catch(() => {
            throw new errors/* IntegrityError */.cs(`${pkg.name}@${pkg.version} holds no ${pkg.executable}.`);
        });
        if (!pkg.javascript)
            await (0,promises_.chmod)(executable, 0o755);
        await checkVersion(executable, version);
        const cached = await tool_cache/* cacheDir */.e8(unpacked, TOOL, version);
        return { path: (0,external_node_path_.join)(cached, pkg.executable), version, cached: false };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The executable in a cached folder: the native `claude`/`claude.exe`, else the JavaScript bin. */
async function cachedExecutable(folder) {
    for (const name of ['claude', 'claude.exe', 'cli.js']) {
        if (await (0,promises_.stat)((0,external_node_path_.join)(folder, name)).then((s) => s.isFile(), () => false))
            return name;
    }
    return undefined;
}
async function checkIntegrity(file, pkg) {
    const [algorithm, expected] = pkg.integrity.split(/-(.*)/s);
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    if (hash.digest('base64') !== expected)
        throw new errors/* IntegrityError */.cs(`The download of ${pkg.name}@${pkg.version} does not match the registry's ${algorithm} digest: nothing was installed.`);
}
/** The tarball's `package/` folder, regular files and folders only (npm tarballs hold nothing else). */
async function unpack(tarball, into) {
    await (0,promises_.mkdir)(into, { recursive: true });
    await (0,index_min/* extract */.o6)({
        file: tarball,
        cwd: into,
        strip: 1,
        filter: (_path, entry) => 'type' in entry && ['File', 'Directory'].includes(entry.type)
    });
}
/**
 * Runs `<executable> --version` (through node for a JavaScript entry) and requires `version` in
 * what it prints (Claude Code prints `2.1.332 (Claude Code)`).
 */
async function checkVersion(executable, version) {
    const javascript = /\.(c|m)?js$/.test(executable);
    const result = await exec/* getExecOutput */.H(javascript ? process.execPath : executable, [...(javascript ? [executable] : []), '--version'], {
        silent: true,
        ignoreReturnCode: true,
        env: { ...process.env, DISABLE_AUTOUPDATER: '1' }
    })
        .catch((e) => ({ exitCode: -1, stdout: '', stderr: e.message }));
    const reported = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/.exec(result.stdout)?.[0];
    if (result.exitCode !== 0 || reported !== version)
        throw new errors/* IntegrityError */.cs(`${executable} --version printed ${JSON.stringify((result.stdout || result.stderr).trim().slice(0, 200))}, not Claude Code ${version}.`);
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
// EXTERNAL MODULE: ./src/actions/inputs.ts
var inputs = __webpack_require__(4601);
;// CONCATENATED MODULE: ./src/actions/claudeCode.ts









/** An exact npm version of Claude Code, such as 2.1.332. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/**
 * The composite's step before claude-code-action: picks the Claude Code that resumes the session
 * (`claude-code-version`: `session`, `action` or an exact version), installs it from the npm
 * registry into the tool cache, and outputs its path for claude-code-action's
 * `path_to_claude_code_executable`, which makes v1 skip its own install and run that executable
 * (action.yml and `installClaudeCode` in src/entrypoints/run.ts of anthropics/claude-code-action
 * v1.0.200). An install that fails warns and leaves the path empty: claude-code-action then
 * installs its own, as without this step.
 */
async function run(env = process.env) {
    try {
        const choice = (core/* getInput */.V4(constants/* StepInputs */.E4.ClaudeCodeVersion) || 'session').trim();
        const sessionVersion = core/* getInput */.V4(constants/* StepInputs */.E4.RestoredVersion);
        const wanted = chosenVersion(choice, sessionVersion);
        if (choice === 'action' && sessionNewer(sessionVersion)) {
            await warn(`This session was last written by Claude Code ${sessionVersion}, newer than the ${INSTALLED_CLAUDE_CODE} that claude-code-action installs. An older Claude Code may not understand every record; if the resume fails, use claude-code-version: session (the default) or update the pinned claude-code-action (README: "Updating claude-code-action").`);
        }
        if (wanted === undefined) {
            core/* info */.pq(`Claude Code: claude-code-action's own ${INSTALLED_CLAUDE_CODE}`);
            setOutputs('', INSTALLED_CLAUDE_CODE);
            return;
        }
        try {
            const installed = await installClaudeCode(wanted, {
                registry: registryUrl(env),
                tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
                log: inputs/* coreLogger */.Wj
            });
            core/* info */.pq(`Claude Code ${installed.version} resumes the session: ${installed.path}`);
            setOutputs(installed.path, installed.version);
        }
        catch (error) {
            (0,failure/* debugStack */.W)(error);
            await warn(`Could not install Claude Code ${wanted} (${(0,errors/* userMessage */.Rq)(error)}). claude-code-action's own ${INSTALLED_CLAUDE_CODE} runs this session instead.`);
            setOutputs('', INSTALLED_CLAUDE_CODE);
        }
    }
    catch (error) {
        (0,failure/* debugStack */.W)(error);
        core/* setFailed */.C1((0,errors/* userMessage */.Rq)(error));
    }
}
/** The version to install, or undefined for claude-code-action's own. */
function chosenVersion(choice, sessionVersion) {
    if (choice === 'action')
        return undefined;
    if (choice === 'session')
        return sessionNewer(sessionVersion) ? sessionVersion : undefined;
    if (!EXACT_VERSION.test(choice))
        throw new errors/* UsageError */.eb(`The claude-code-version input must be session, action or an exact version such as ${INSTALLED_CLAUDE_CODE}, got "${choice}".`);
    return choice === INSTALLED_CLAUDE_CODE ? undefined : choice;
}
/** The restored session was last written by a Claude Code newer than claude-code-action's. */
function sessionNewer(sessionVersion) {
    return (EXACT_VERSION.test(sessionVersion) && compareVersions(sessionVersion, INSTALLED_CLAUDE_CODE) > 0);
}
function setOutputs(path, version) {
    core/* setOutput */.uH(constants/* StepOutputs */.bC.ClaudeCodePath, path);
    core/* setOutput */.uH(constants/* StepOutputs */.bC.ClaudeCodeVersion, version);
}
/** A warning in the log and the job summary, where a person reading the run sees it. */
async function warn(text) {
    core/* warning */.$e(text);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(`> [!WARNING]\n> ${text}\n`, true).write();
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


/***/ })

};
