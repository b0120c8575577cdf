export const id = 358;
export const ids = [358];
export const modules = {

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/config.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * Repository and API: `--repo`, else GITHUB_REPOSITORY, else the `origin` remote. A GitHub
 * Enterprise Server remote brings its own API URL (`https://HOST/api/v3`); GITHUB_API_URL wins.
 */
async function resolveRemote(options) {
    const explicit = options.repo ?? options.env.GITHUB_REPOSITORY;
    // OWNER/NAME is checked with everything else in buildRunContext.
    if (explicit)
        return { repository: explicit, apiUrl: options.env.GITHUB_API_URL };
    const url = await git(['remote', 'get-url', 'origin'], options.cwd);
    const parsed = url ? parseRemoteUrl(url) : undefined;
    const host = parsed && new URL(parsed.apiUrl).hostname;
    if (host && NOT_GITHUB.test(host)) {
        throw new errors/* UsageError */.eb(`The origin remote is on ${host}, which is not GitHub: claude-session keeps sessions in GitHub releases. ` +
            'Pass --repo OWNER/NAME of a GitHub repository (and GITHUB_API_URL for GitHub Enterprise Server).');
    }
    if (!parsed) {
        throw new errors/* UsageError */.eb('Could not tell which GitHub repository to use: pass --repo OWNER/NAME (or set GITHUB_REPOSITORY), or run inside a clone whose origin is on GitHub.');
    }
    return { repository: parsed.repository, apiUrl: options.env.GITHUB_API_URL ?? parsed.apiUrl };
}
/**
 * Hosts that are clearly not GitHub. Any other host is taken for a GitHub Enterprise Server,
 * whose API lives at https://HOST/api/v3.
 */
const NOT_GITHUB = /(^|\.)(gitlab\.com|bitbucket\.org|codeberg\.org|gitea\.com|gitee\.com|sr\.ht|dev\.azure\.com|visualstudio\.com|sourceforge\.net)$|^(gitlab|bitbucket|gitea|forgejo)\./;
/** https://host/o/r(.git), git@host:o/r(.git), ssh://git@host(:port)/o/r(.git). */
function parseRemoteUrl(url) {
    const match = /^(?:https?:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/|ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/|[^@\s]+@([^:]+):)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    if (!match)
        return undefined;
    const host = (match[1] ?? match[2] ?? match[3]).toLowerCase();
    const repository = `${match[4]}/${match[5]}`;
    const apiUrl = host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
    return { repository, apiUrl };
}
/**
 * GH_TOKEN, else GITHUB_TOKEN, else what `gh auth token` prints when gh happens to be installed;
 * `source` names where it came from, for messages.
 */
async function resolveToken(env) {
    if (env.GH_TOKEN)
        return { token: env.GH_TOKEN, source: 'GH_TOKEN' };
    if (env.GITHUB_TOKEN)
        return { token: env.GITHUB_TOKEN, source: 'GITHUB_TOKEN' };
    try {
        const { stdout } = await run('gh', ['auth', 'token'], { env, timeout: 10_000 });
        if (stdout.trim())
            return { token: stdout.trim(), source: 'the output of `gh auth token`' };
    }
    catch {
        // gh is optional: fall through to the explanation below.
    }
    throw new errors/* AuthError */.lR('No GitHub token. Set one with `export GH_TOKEN=<token>` (a token with access to the repository; `repo` scope or ' +
        'fine-grained "Contents: read and write"), or sign in with `gh auth login`.');
}
/** The current branch; a detached HEAD names none, so the user must. */
async function currentBranch(cwd) {
    // symbolic-ref also names the branch of a repository without commits yet.
    const branch = await git(['symbolic-ref', '--short', '-q', 'HEAD'], cwd);
    if (branch)
        return branch;
    if (await git(['rev-parse', '--git-dir'], cwd)) {
        throw new errors/* UsageError */.eb('HEAD is detached: name the branch, e.g. `claude-session pull my-feature`.');
    }
    throw new errors/* UsageError */.eb('Not in a git repository: name the branch, e.g. `claude-session push main`.');
}
async function git(args, cwd) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/session/index.ts + 7 modules
var src_session = __webpack_require__(662);
// EXTERNAL MODULE: ./src/sync/index.ts + 9 modules
var sync = __webpack_require__(9736);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/runContext.ts + 8 modules
var runContext = __webpack_require__(3426);
;// CONCATENATED MODULE: ./src/cli/io.ts
let stdoutGuarded = false;
/**
 * `claude-session list | head` closes stdout before we are done: the reader has all it wants,
 * which is no error (EPIPE would otherwise be an unhandled 'error' event and a stack trace).
 */
function tolerateClosedStdout() {
    if (stdoutGuarded)
        return;
    stdoutGuarded = true;
    process.stdout.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
function processIo(quiet, env = process.env) {
    const interactive = process.stderr.isTTY === true;
    return {
        out: (text) => void process.stdout.write(text),
        err: (text) => void process.stderr.write(text),
        interactive,
        color: interactive && env.NO_COLOR === undefined,
        quiet
    };
}
function style(io, code, text) {
    if (!io.color)
        return text;
    const codes = { green: 32, red: 31, yellow: 33, bold: 1, dim: 2 };
    return `\u001b[${codes[code]}m${text}\u001b[0m`;
}
/** Deep code's log lines go to stderr; `--quiet` keeps only warnings. */
function cliLogger(io, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                io.err(`${style(io, 'dim', m)}\n`);
        },
        info: (m) => {
            if (!io.quiet && verbose)
                io.err(`${m}\n`);
        },
        warning: (m) => io.err(`${style(io, 'yellow', '!')} ${m}\n`)
    };
}
/**
 * A progress bar on stderr for transfers that last more than a second, only on a terminal and
 * never with --quiet. Short transfers stay silent.
 */
async function progressFor(io, label) {
    if (!io.interactive || io.quiet)
        return { done: () => undefined };
    const { default: cliProgress } = await __webpack_require__.e(/* import() */ 502).then(__webpack_require__.t.bind(__webpack_require__, 8502, 23));
    const started = Date.now();
    let bar;
    return {
        onProgress: (transferred, total) => {
            if (!bar && Date.now() - started < 1000)
                return;
            if (!bar) {
                bar = new cliProgress.SingleBar({
                    format: `${label} [{bar}] {percentage}% {value}/{total} bytes`,
                    stream: process.stderr,
                    hideCursor: true
                }, cliProgress.Presets.shades_classic);
                bar.start(total, transferred);
            }
            bar.update(transferred);
        },
        done: () => bar?.stop()
    };
}

;// CONCATENATED MODULE: ./src/cli/context.ts







/** The CLI's name for each value, for the messages of a failed check. */
function namesFor(tokenSource) {
    return {
        repository: '--repo (or GITHUB_REPOSITORY)',
        token: tokenSource,
        apiUrl: 'GITHUB_API_URL',
        graphqlUrl: 'GITHUB_GRAPHQL_URL',
        branch: 'the branch',
        sessionId: '--session',
        secrets: '--secrets',
        key: '--encryption-key-file (or CLAUDE_SESSION_KEY)'
    };
}
/**
 * The checked run context: repository from --repo or the origin remote, the token from
 * GH_TOKEN/GITHUB_TOKEN/gh (a save must never upload it, and a pull recognises a copy redacted
 * with it), the key from --encryption-key-file or CLAUDE_SESSION_KEY.
 */
async function runContextFor(global, runtime, values = {}) {
    const remote = await resolveRemote({ repo: global.repo, cwd: runtime.cwd, env: runtime.env });
    const { token, source } = await resolveToken(runtime.env);
    return (0,runContext/* buildRunContext */.X2)({
        repository: remote.repository,
        token,
        apiUrl: remote.apiUrl,
        graphqlUrl: runtime.env.GITHUB_GRAPHQL_URL,
        branch: values.branch,
        sessionId: values.session,
        keyText: await keyTextFor(runtime, values.encryptionKeyFile),
        recipients: values.recipient,
        secrets: values.secrets,
        retries: retriesFromEnv(runtime.env),
        tempDir: runtime.tempDir(),
        log: cliLogger(runtime.io, global.verbose),
        names: namesFor(source)
    });
}
/** CLAUDE_SESSION_RETRIES caps retries (e.g. 0 in scripts that prefer to fail fast). */
function retriesFromEnv(env) {
    const value = env.CLAUDE_SESSION_RETRIES;
    if (value === undefined)
        return undefined;
    const retries = Number(value);
    if (!Number.isInteger(retries) || retries < 0)
        throw new errors/* UsageError */.eb(`CLAUDE_SESSION_RETRIES must be a whole number, got "${value}".`);
    return retries;
}
/** The key file's text, else CLAUDE_SESSION_KEY. */
async function keyTextFor(runtime, file) {
    if (file) {
        return (0,promises_.readFile)((0,external_node_path_.resolve)(runtime.cwd, file), 'utf8').catch(() => {
            throw new errors/* UsageError */.eb(`Cannot read the key file ${file}.`);
        });
    }
    return runtime.env.CLAUDE_SESSION_KEY || undefined;
}
/** The Claude folder: CLAUDE_CONFIG_DIR, else ~/.claude (the seed scripts' CLAUDE_DIR is mapped by them). */
function configDirFor(runtime) {
    return (0,src_session/* claudeConfigDir */.SO)(runtime.env);
}
function cwdFor(runtime, option) {
    return option ? (0,external_node_path_.resolve)(runtime.cwd, option) : runtime.cwd;
}

;// CONCATENATED MODULE: ./src/cli/workflowTemplate.ts
// Generated by scripts/workflowTemplate.mjs from examples/claude-continue.yml: do not edit.
const WORKFLOW_TEMPLATE = "# Continue a Claude Code conversation in CI: type a prompt in the Actions tab, and Claude resumes the\n# session you pushed from your laptop (`claude-session push`), edits the code, commits and pushes\n# its edits to the branch, and saves what it added so that\n# `git pull && claude-session pull <branch>` brings both halves back.\nname: Continue a Claude Code session\n\non:\n  workflow_dispatch:\n    inputs:\n      prompt:\n        description: What Claude should do next\n        required: true\n        type: string\n      branch:\n        description: 'Branch whose session to continue (default: the branch this runs on)'\n        required: false\n        type: string\n\n# contents: write: draft releases are visible only with push access, and Claude's commit is pushed.\npermissions:\n  contents: write\n\n# One key per branch, the same in every claude-session template (a dispatch and a /claude comment\n# on the same branch queue instead of racing for the session and the branch). GitHub keeps one\n# running and at most one pending run per group: a third run arriving while one runs and one waits\n# cancels the waiting one and takes its place, so the newest prompt is the one that runs next.\nconcurrency:\n  group: claude-session-${{ inputs.branch || github.ref_name }}\n  cancel-in-progress: false\n\njobs:\n  continue:\n    runs-on: ubuntu-latest\n    timeout-minutes: 60\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ inputs.branch || github.ref_name }}\n\n      - name: Continue the session\n        id: claude\n        # Replace OWNER with the account that hosts claude-session.\n        uses: OWNER/claude-session@v1\n        with:\n          prompt: ${{ inputs.prompt }}\n          branch: ${{ inputs.branch || github.ref_name }}\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n          # Optional: model: claude-sonnet-4-5, permission-mode: acceptEdits (the default),\n          # publish-edits: pull-request, claude_args: --max-turns 30\n\n      - name: Report\n        if: always()\n        run: echo \"session=$SESSION restored=$RESTORED saved=$SAVED conclusion=$CONCLUSION commit=$COMMIT\"\n        env:\n          SESSION: ${{ steps.claude.outputs.session-id }}\n          RESTORED: ${{ steps.claude.outputs.restored }}\n          SAVED: ${{ steps.claude.outputs.saved }}\n          CONCLUSION: ${{ steps.claude.outputs.conclusion }}\n          COMMIT: ${{ steps.claude.outputs.commit }}\n";

;// CONCATENATED MODULE: ./src/cli/commands/init.ts






const DEFAULT_WORKFLOW = 'claude-continue.yml';
/**
 * The template with its `uses:` pinned to the release of the action that matches this CLI, so the
 * workflow restores and saves in the format this CLI pushes and pulls.
 */
function pinnedWorkflow(version = src_version/* TOOL_VERSION */.w) {
    return WORKFLOW_TEMPLATE.replace(/^(\s*uses:\s*[\w.-]+\/claude-session)@\S+/m, (_all, action) => `${action}@v${version}`);
}
/** Writes .github/workflows/<file> at the top of the git repository around the directory. */
async function runInit(options, ce) {
    const file = options.workflow ?? DEFAULT_WORKFLOW;
    if (!/^[\w.-]+\.ya?ml$/.test(file))
        throw new errors/* UsageError */.eb(`--workflow must be a file name ending in .yml, got "${file}".`);
    const start = options.cwd ? (0,external_node_path_.resolve)(ce.cwd, options.cwd) : ce.cwd;
    const root = await gitRoot(start);
    const target = (0,external_node_path_.join)(root, '.github', 'workflows', file);
    const shown = (0,external_node_path_.relative)(ce.cwd, target) || target;
    if (!options.force && (await exists(target)))
        throw new errors/* ConflictError */.fK(`${shown} already exists; nothing was written. Compare it with \`claude-session init --force\` in a clean tree, or keep yours.`);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    const text = pinnedWorkflow();
    await (0,promises_.writeFile)(target, text);
    ce.io.out(`${style(ce.io, 'green', '✓')} Wrote ${shown}\n`);
    const steps = [
        'Add your Anthropic API key as the repository secret ANTHROPIC_API_KEY ' +
            '(Settings → Secrets and variables → Actions, or `gh secret set ANTHROPIC_API_KEY`).',
        // workflow_dispatch is offered for workflows on the default branch, and a run reads the file
        // as it is on the branch it runs on: both need it.
        `Commit the workflow and push it to the default branch and to the branches you continue from: git add ${shown} && git commit -m "Add Claude continuation workflow" && git push`
    ];
    if (/uses:\s*OWNER\//.test(text))
        steps.unshift(`Replace OWNER in ${shown} with the account that hosts claude-session.`);
    ce.io.out(`Then:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`);
    ce.io.out(`After that: claude-session continue "what Claude should do next"\n`);
}
/** The nearest folder upwards holding `.git` (a folder, or a file in worktrees and submodules). */
async function gitRoot(start) {
    for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
        if (await exists((0,external_node_path_.join)(dir, '.git')))
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            throw new errors/* UsageError */.eb(`${start} is not inside a git repository: run init in the clone where the workflow should live.`);
    }
}
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/cli/commands/runDisplay.ts

/**
 * How `continue` shows a run: on a terminal one live line rewritten in place on stderr; elsewhere
 * one line per change; with --json one object per event on stdout and nothing else.
 */
class RunDisplay {
    io;
    json;
    live = false;
    constructor(io, json) {
        this.io = io;
        this.json = json;
    }
    /** A plain line for people (stderr), skipped with --json. */
    note(text) {
        if (this.json)
            return;
        this.endLive();
        this.io.err(`${text}\n`);
    }
    /** A result for people (stdout), skipped with --json. */
    result(text) {
        if (this.json)
            return;
        this.endLive();
        this.io.out(`${text}\n`);
    }
    event(event) {
        if (this.json)
            this.io.out(`${JSON.stringify(event)}\n`);
    }
    started(run) {
        this.event({ event: 'started', runId: run.id, url: run.htmlUrl, branch: run.headBranch });
        this.note(`Started run ${run.id}: ${run.htmlUrl}`);
    }
    progress(p) {
        if (this.json) {
            if (p.changed)
                this.event({
                    event: 'progress',
                    runId: p.run.id,
                    status: p.run.status,
                    conclusion: p.run.conclusion,
                    step: p.step ?? null,
                    elapsedSeconds: p.elapsedSeconds
                });
            return;
        }
        const line = `${statusWord(p.run)}${p.step ? ` · ${p.step}` : ''} · ${clock(p.elapsedSeconds)}`;
        if (this.io.interactive && !this.io.quiet) {
            // \r and "erase line": the same line is rewritten at every look.
            this.io.err(`\r\u001b[2K${style(this.io, 'dim', '…')} ${line}`);
            this.live = true;
        }
        else if (p.changed && !this.io.quiet) {
            this.io.err(`${line}\n`);
        }
    }
    endLive() {
        if (!this.live)
            return;
        this.io.err('\n');
        this.live = false;
    }
}
function statusWord(run) {
    return run.status === 'completed' ? `completed (${run.conclusion ?? 'unknown'})` : run.status;
}
function clock(seconds) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

;// CONCATENATED MODULE: ./src/cli/commands/continue.ts








/**
 * Push, start the continuation workflow, follow it, pull what it added: the whole round trip of
 * docs/architecture.md in one command. `--attach RUN_ID` starts at the following.
 */
async function runContinue(options, ce, hooks = {}) {
    const intervalMs = intervalOf(options.interval);
    const workflow = options.workflow ?? DEFAULT_WORKFLOW;
    const prompt = options.prompt.join(' ').trim();
    if (options.attach !== undefined && prompt)
        throw new errors/* UsageError */.eb('--attach follows a run that exists: give it no prompt.');
    if (options.attach === undefined && !prompt)
        throw new errors/* UsageError */.eb('Say what Claude should do next: claude-session continue "…".');
    const extraInputs = inputsOf(options.input ?? []);
    const display = new RunDisplay(ce.io, options.json === true);
    const { ctx, token, encryption, workflowRuns } = await runContextFor(options, ce, {
        branch: options.branch,
        session: options.session,
        encryptionKeyFile: options.encryptionKeyFile
    });
    const runs = workflowRuns();
    const cwd = cwdFor(ce, options.cwd);
    const configDir = configDirFor(ce);
    let run;
    let sessionId = options.session;
    let pushedRecords;
    if (options.attach !== undefined) {
        const id = Number(options.attach);
        if (!Number.isSafeInteger(id) || id <= 0)
            throw new errors/* UsageError */.eb(`--attach takes a run id (a number), got "${options.attach}".`);
        run = await runs.getRun(id);
    }
    else {
        const branch = options.branch;
        // The same save as `push`: nothing is uploaded when the stored copy is the same, and a
        // stored copy that went on elsewhere stops us here (exit 3) before any run is started.
        const saved = await (0,sync/* saveSession */.E1)(ctx, {
            branch,
            cwd,
            configDir,
            env: ce.env,
            sessionId,
            savedBy: 'laptop',
            encryption,
            secrets: 'warn',
            extraSecrets: [token]
        });
        sessionId = saved.sessionId;
        pushedRecords = saved.records;
        display.event({ event: 'pushed', sessionId, outcome: saved.outcome, records: saved.records });
        display.note(saved.outcome === 'unchanged'
            ? `${style(ce.io, 'green', '✓')} Session ${sessionId} is already up to date on ${saved.tag}`
            : `${style(ce.io, 'green', '✓')} Pushed session ${sessionId} (${saved.records} records) to ${saved.tag}`);
        // Ctrl-C before the run exists stops here: nothing is started behind the user's back.
        if (hooks.signal?.aborted)
            throw new errors/* UsageError */.eb('Interrupted before the run was started; no run was started.');
        run = await (0,sync/* startRun */.AD)(runs, {
            workflow,
            branch,
            inputs: { ...extraInputs, prompt, branch },
            intervalMs,
            signal: hooks.signal,
            log: ctx.log
        });
    }
    display.started(run);
    const attach = `claude-session continue --attach ${run.id}`;
    if (options.wait === false) {
        display.result(`${run.htmlUrl}\nFollow it with: ${attach}`);
        return;
    }
    const followed = await (0,sync/* followRun */.R2)(runs, run.id, {
        intervalMs,
        signal: hooks.signal,
        onProgress: (p) => display.progress(p)
    });
    hooks.followed?.();
    if (followed.outcome === 'detached') {
        display.event({ event: 'detached', runId: run.id, url: run.htmlUrl, attach });
        display.result(`Detached; the run goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`);
        return;
    }
    const { run: done, failedStep } = followed.progress;
    const branch = options.branch ?? done.headBranch ?? undefined;
    if (!branch)
        throw new errors/* UsageError */.eb(`Run ${done.id} names no branch: pass --branch.`);
    display.event({
        event: 'completed',
        runId: done.id,
        conclusion: done.conclusion,
        failedStep: failedStep ?? null,
        url: done.htmlUrl
    });
    const succeeded = done.conclusion === 'success';
    if (!succeeded)
        display.note(`${style(ce.io, 'red', '✗')} Run ${done.conclusion ?? 'ended'}${failedStep ? ` at ${failedStep}` : ''}: ${done.htmlUrl}`);
    // A run that failed may still have saved (the action saves even when Claude fails): pull it.
    const before = pushedRecords ?? (await localRecords(configDir, cwd, ce.env, branch, sessionId));
    let pulled;
    try {
        pulled = await (0,sync/* restoreSession */.NR)(ctx, {
            branch,
            cwd,
            configDir,
            env: ce.env,
            sessionId,
            onLocalConflict: 'refuse',
            encryption,
            pullCommand: `claude-session pull ${branch}`
        });
    }
    catch (error) {
        if (error instanceof errors/* ConflictError */.fK)
            throw new errors/* ConflictError */.fK(`Run ${done.id} finished (${done.htmlUrl}). ${error.message}`);
        if (!(error instanceof errors/* SessionNotFoundError */.Ag) || succeeded)
            throw error;
    }
    const report = await reportPull(pulled, before, ctx);
    const head = await runs.branchHead(branch);
    const commit = head && head !== done.headSha ? head : undefined;
    display.event({
        event: 'pulled',
        sessionId: pulled?.sessionId ?? null,
        outcome: pulled?.outcome ?? 'nothing-saved',
        ...report,
        commit: commit ?? null,
        resume: pulled ? `claude --resume ${pulled.sessionId}` : null
    });
    if (!pulled || report.addedRecords === 0) {
        display.note(`The run saved nothing new; your local copy is unchanged.`);
    }
    else {
        display.note(`${style(ce.io, 'green', '✓')} Pulled ${report.addedRecords} new records (${report.prompts} ${report.prompts === 1 ? 'turn' : 'turns'}) into ${pulled.transcriptPath}`);
        if (report.finalAnswer)
            display.result(`\nClaude:\n${indent(report.finalAnswer)}\n`);
    }
    if (commit)
        display.result(`The branch ${branch} moved to ${commit.slice(0, 7)} during the run: bring the code with \`git pull\`.`);
    if (pulled)
        display.result(`claude --resume ${pulled.sessionId}`);
    if (!succeeded)
        throw new errors/* RunFailedError */.fg(`Run ${done.id} ${done.conclusion ?? 'did not succeed'}${failedStep ? ` at ${failedStep}` : ''}; see ${done.htmlUrl}. ` +
            (pulled && report.addedRecords > 0
                ? 'What it saved was pulled.'
                : 'It saved nothing: fix the cause and run continue again.'));
    if (options.resume && pulled)
        await resumeClaude(pulled.sessionId, cwd, ce);
}
async function reportPull(pulled, before, ctx) {
    if (!pulled || pulled.outcome === 'unchanged')
        return { addedRecords: 0, prompts: 0, finalAnswer: null };
    // A copy installed as new or over ours shares no counted prefix with what we pushed.
    const skip = pulled.outcome === 'fast-forward' ? before : 0;
    const added = await (0,src_session/* readAddedRecords */.XX)(pulled.transcriptPath, skip);
    ctx.log.debug(`${added.records} records after the first ${skip}`);
    return {
        addedRecords: added.records,
        prompts: added.prompts,
        finalAnswer: added.finalAnswer ?? null
    };
}
/** Records of the local copy that a pull would fast-forward, 0 when there is none. */
async function localRecords(configDir, cwd, env, branch, sessionId) {
    const projectDir = await (0,src_session/* projectDirFor */.cv)(configDir, cwd, env);
    const local = await (0,src_session/* discoverSession */.IE)({
        projectDir,
        branch: sessionId ? undefined : branch,
        sessionId
    });
    return local ? (await (0,src_session/* readAddedRecords */.XX)(local.transcriptPath, 0)).records : 0;
}
/** `--resume`: hand the terminal to Claude Code in the directory whose folder holds the session. */
async function resumeClaude(sessionId, cwd, ce) {
    await new Promise((done, fail) => {
        const child = (0,external_node_child_process_.spawn)('claude', ['--resume', sessionId], {
            cwd,
            env: ce.env,
            stdio: 'inherit'
        });
        child.on('error', () => fail(new errors/* UsageError */.eb(`Could not start \`claude\` (is Claude Code on your PATH?). Run it yourself: claude --resume ${sessionId}`)));
        child.on('close', () => done());
    });
}
function intervalOf(value) {
    const seconds = value === undefined ? 5 : Number(value);
    if (!Number.isFinite(seconds) || seconds <= 0)
        throw new errors/* UsageError */.eb(`--interval takes a number of seconds above 0, got "${value}".`);
    return Math.round(seconds * 1000);
}
/** `--input key=value`, repeatable: more inputs of the workflow. */
function inputsOf(pairs) {
    const inputs = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new errors/* UsageError */.eb(`--input takes key=value, got "${pair}".`);
        inputs[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return inputs;
}
function indent(text) {
    return text
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/continueCommands.ts



const EXIT_CODES = `
Exit codes: 0 done (also --no-wait and Ctrl-C, which leave the run going), 1 no session to push,
2 usage or configuration error (e.g. the workflow file is missing: run claude-session init),
3 conflict (the stored or the local copy went on separately; nothing is overwritten),
4 GitHub or network failure (also a token that may not start workflows: it needs actions: write),
5 local file-system failure, 6 the run failed or was cancelled (whatever it saved is still pulled).`;
/** `continue` and `init`, wired apart from main.ts's other commands. */
function registerContinue(program, face) {
    program
        .command('continue')
        .description('push the session, run the continuation workflow on it, follow it, pull the result')
        .argument('[prompt...]', 'what Claude should do next')
        .option('--branch <branch>', 'git branch (default: the current branch)')
        .option('--workflow <file>', 'workflow file in .github/workflows', DEFAULT_WORKFLOW)
        .option('--interval <seconds>', 'seconds between looks at the run', '5')
        .option('--no-wait', 'start the run, print its URL and the command that follows it, and exit')
        .option('--session <id>', 'push this session instead of the newest of the branch')
        .option('--input <key=value>', 'another input of the workflow (repeatable)', (v, all = []) => [...all, v])
        .option('--json', 'one JSON object per event on stdout')
        .option('--resume', 'run `claude --resume <id>` once the run is pulled')
        .option('--attach <run-id>', 'follow (and then pull) a run started earlier')
        .option('--cwd <dir>', 'the directory Claude runs in (default: here)')
        .option('--encryption-key-file <path>', 'the age passphrase or identity for encrypted sessions')
        .addHelpText('after', `
Pushes like \`push\`, starts .github/workflows/<file> (workflow_dispatch, inputs prompt and branch) on
the branch, shows its status and current step every --interval seconds, and when it completes pulls
like \`pull\` and prints what Claude added and the \`claude --resume <id>\` command. Ctrl-C stops
following without cancelling the run. Write the workflow once with \`claude-session init\`.

Examples:
  claude-session continue "Fix the failing test we talked about"
  claude-session continue --no-wait --input model=opus "Write the release notes"
  claude-session continue --attach 1234567890
${EXIT_CODES}`)
        .action(async (prompt, o) => {
        const globals = face.globals();
        const ce = face.runtime();
        const branch = o.branch ?? (o.attach === undefined ? await currentBranch(o.cwd ?? ce.cwd) : undefined);
        // Ctrl-C while following detaches: the run goes on and the attach command is printed.
        const abort = new AbortController();
        const onInterrupt = () => abort.abort();
        process.on('SIGINT', onInterrupt);
        const release = () => void process.off('SIGINT', onInterrupt);
        try {
            await runContinue({ ...globals, ...o, prompt, branch }, ce, {
                signal: abort.signal,
                followed: release
            });
        }
        finally {
            release();
        }
    });
    program
        .command('init')
        .description(`write .github/workflows/${DEFAULT_WORKFLOW}, the workflow \`continue\` starts`)
        .option('--force', 'overwrite an existing file')
        .option('--workflow <file>', 'file name in .github/workflows', DEFAULT_WORKFLOW)
        .addHelpText('after', `
Writes the continuation workflow (pinned to this version of the action) at the top of the git
repository, then prints what is left: the ANTHROPIC_API_KEY secret, and committing and pushing it.
Exit code 3 when the file exists (nothing is written) unless --force.`)
        .action((o) => runInit(o, face.runtime()));
}

// EXTERNAL MODULE: external "node:readline/promises"
var external_node_readline_promises_ = __webpack_require__(6848);
;// CONCATENATED MODULE: ./src/cli/commands/confirm.ts


/** Asks on a terminal; without one, only `--yes` may go ahead (a script must not hang on a prompt). */
async function confirm_confirm(runtime, question, yes) {
    if (yes)
        return true;
    if (!runtime.io.interactive || !process.stdin.isTTY) {
        throw new errors/* UsageError */.eb(`${question.replace(/\?$/, '')}: refusing without confirmation. Pass --yes to confirm.`);
    }
    const rl = (0,external_node_readline_promises_.createInterface)({ input: process.stdin, output: process.stderr });
    try {
        const answer = await rl.question(`${question} [y/N] `);
        return /^y(es)?$/i.test(answer.trim());
    }
    finally {
        rl.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/delete.ts




/** Removes one stored session, or the branch's whole draft release. */
async function runDelete(options, runtime) {
    const { ctx } = await runContextFor(options, runtime, options);
    const what = options.session
        ? `session ${options.session} from ${(0,sync/* tagForBranch */.gk)(options.branch)}`
        : `the draft release ${(0,sync/* tagForBranch */.gk)(options.branch)} and every session on it`;
    if (!(await confirm_confirm(runtime, `Delete ${what} in ${ctx.repository}?`, options.yes))) {
        runtime.io.err('Nothing deleted.\n');
        return;
    }
    const result = await (0,sync/* deleteStoredSessions */.CO)(ctx, {
        branch: options.branch,
        sessionId: options.session
    });
    runtime.io.out(`${style(runtime.io, 'green', '✓')} Deleted ${what} (${result.deletedAssets} assets, ${result.deletedReleases} releases)\n`);
}

;// CONCATENATED MODULE: ./src/cli/commands/discover.ts



/** Prints the id of the newest session of the branch in the directory's Claude project folder. */
async function runDiscover(options, runtime) {
    const cwd = cwdFor(runtime, options.cwd);
    const projectDir = await (0,src_session/* projectDirFor */.cv)(configDirFor(runtime), cwd, runtime.env);
    const session = await (0,src_session/* discoverSession */.IE)({ projectDir, branch: options.branch });
    if (!session) {
        throw new errors/* SessionNotFoundError */.Ag(`No Claude Code session on branch ${options.branch} in ${projectDir}. Run \`claude\` in ${cwd} first, or name another directory with --cwd.`);
    }
    runtime.io.out(`${session.sessionId}\n`);
    return session.sessionId;
}

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/cli/commands/list.ts



/** The stored sessions, one branch's or every branch's, as a table or JSON. */
async function runList(options, runtime) {
    const { ctx } = await runContextFor(options, runtime, { branch: options.branch });
    const sessions = await (0,sync/* listStoredSessions */.Xo)(ctx, { branch: options.branch });
    if (options.json) {
        runtime.io.out(JSON.stringify(sessions, null, 2) + '\n');
        return;
    }
    if (sessions.length === 0) {
        runtime.io.err(`No sessions stored${options.branch ? ` for branch ${options.branch}` : ''} in ${ctx.repository}.\n`);
        return;
    }
    const rows = [
        ['BRANCH', 'SESSION', 'LAST RECORD', 'RECORDS', 'SIZE', 'SAVED BY'],
        ...sessions.map((s) => [
            s.branch,
            s.sessionId,
            s.lastRecordAt ?? '',
            s.records === undefined ? '' : String(s.records),
            (0,format/* formatBytes */.z)(s.size),
            s.savedBy ?? ''
        ])
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    for (const row of rows)
        runtime.io.out(row
            .map((cell, i) => cell.padEnd(widths[i]))
            .join('  ')
            .trimEnd() + '\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/prune.ts





/** Deletes sessions older than N days and/or whose branch is gone. */
async function runPrune(options, runtime) {
    const olderThanDays = options.olderThan === undefined ? undefined : Number(options.olderThan);
    if (olderThanDays !== undefined && (!Number.isFinite(olderThanDays) || olderThanDays < 0)) {
        throw new errors/* UsageError */.eb(`--older-than takes a number of days, got "${options.olderThan}".`);
    }
    if (olderThanDays === undefined && !options.gone) {
        throw new errors/* UsageError */.eb('Say what to prune: --older-than DAYS, --gone, or both.');
    }
    const { ctx } = await runContextFor(options, runtime);
    const candidates = await (0,sync/* planPrune */.wM)(ctx, { olderThanDays, gone: options.gone });
    if (candidates.length === 0) {
        runtime.io.err('Nothing to prune.\n');
        return;
    }
    for (const c of candidates)
        runtime.io.out(`${options.dryRun ? 'would delete' : 'delete'} ${c.branch} ${c.sessionId} (${c.reason})\n`);
    if (options.dryRun)
        return;
    if (!(await confirm_confirm(runtime, `Delete these ${candidates.length} sessions from ${ctx.repository}?`, options.yes))) {
        runtime.io.err('Nothing deleted.\n');
        return;
    }
    const deleted = await (0,sync/* applyPrune */.$v)(ctx, candidates);
    runtime.io.out(`${style(runtime.io, 'green', '✓')} Pruned ${deleted} sessions\n`);
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/actions/constants.ts
var constants = __webpack_require__(858);
;// CONCATENATED MODULE: ./src/cli/commands/pull.ts






const OUTCOME = {
    installed: 'Installed',
    'fast-forward': 'Fast-forwarded',
    unchanged: 'Already up to date:',
    overwritten: 'Replaced your copy of',
    'as-new': 'Installed as a new session:'
};
/** Downloads the branch's newest session (or --session) where `claude --resume` will find it. */
async function runPull(options, runtime) {
    if (options.force && options.asNew)
        throw new errors/* UsageError */.eb('Choose one of --force and --as-new.');
    const run = await runContextFor(options, runtime, options);
    const { io } = runtime;
    const cwd = cwdFor(runtime, options.cwd);
    const progress = await progressFor(io, 'Downloading');
    // The bar stops before the result is printed, whether the restore worked or not.
    const result = await (0,sync/* restoreSession */.NR)(run.ctx, {
        branch: options.branch,
        cwd,
        configDir: configDirFor(runtime),
        env: runtime.env,
        sessionId: run.sessionId,
        onLocalConflict: options.force ? 'force' : options.asNew ? 'as-new' : 'refuse',
        encryption: run.encryption,
        onProgress: progress.onProgress,
        pullCommand: `claude-session pull ${options.branch}`
    }).finally(() => progress.done());
    io.out(`${style(io, 'green', '✓')} ${OUTCOME[result.outcome]} session ${result.sessionId} (${result.records} records) from draft release claude-sessions-${options.branch}\n`);
    if (result.backupPath)
        io.out(`  Your previous copy is kept at ${result.backupPath}\n`);
    if (result.backupFolderPath)
        io.out(`  and its session folder at ${result.backupFolderPath}\n`);
    if (!io.quiet)
        io.out(`  ${result.transcriptPath}\n`);
    const resume = `claude --resume ${result.sessionId}`;
    io.out(cwd === runtime.cwd ? `${resume}\n` : `cd ${JSON.stringify(cwd)} && ${resume}\n`);
    // Inside GitHub Actions, later steps see the session as the restore action exports it. core
    // writes to the GITHUB_ENV of this process, which is the runner's when the CLI runs in a step.
    if (runtime.env.GITHUB_ENV && runtime.env.GITHUB_ENV === process.env.GITHUB_ENV) {
        core/* exportVariable */.dN(constants/* JobVariables */.P5.SessionId, result.sessionId);
        core/* exportVariable */.dN(constants/* JobVariables */.P5.SessionRestored, 'true');
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/push.ts





/** Saves the newest session of the branch (or --session) to the branch's draft release. */
async function runPush(options, runtime) {
    const plain = options.encryption === false;
    if (plain && (options.encryptionKeyFile || options.recipient?.length))
        throw new errors/* UsageError */.eb('--no-encryption cannot be combined with --encryption-key-file or --recipient.');
    const run = await runContextFor(options, runtime, options);
    const { io } = runtime;
    const progress = await progressFor(io, 'Uploading');
    // The bar stops before the result is printed, whether the save worked or not.
    const result = await (0,sync/* saveSession */.E1)(run.ctx, {
        branch: options.branch,
        cwd: cwdFor(runtime, options.cwd),
        configDir: configDirFor(runtime),
        env: runtime.env,
        sessionId: run.sessionId,
        force: options.force,
        savedBy: runtime.env.GITHUB_ACTIONS === 'true' ? 'ci' : 'laptop',
        // --no-encryption stores it in the clear on purpose, even with CLAUDE_SESSION_KEY set.
        encryption: plain ? undefined : run.encryption,
        allowUnencrypted: plain,
        secrets: run.secrets,
        extraSecrets: [run.token],
        onProgress: progress.onProgress
    }).finally(() => progress.done());
    const check = style(io, 'green', '✓');
    if (result.outcome === 'unchanged') {
        io.out(`${check} Session ${result.sessionId} is already up to date on draft release ${result.tag}\n`);
    }
    else {
        io.out(`${check} Uploaded ${result.archiveName} (${result.records} records, ${(0,format/* formatBytes */.z)(result.archiveSize)}) to draft release ${result.tag} in ${run.ctx.repository}\n`);
    }
    if (!io.quiet)
        io.out(`  ${result.releaseUrl}\n`);
}

;// CONCATENATED MODULE: ./src/cli/exitCodes.ts

/** The CLI's exit codes, documented in `--help` and the README. */
const EXIT = {
    ok: 0,
    notFound: 1,
    usage: 2,
    conflict: 3,
    remote: 4,
    localFile: 5,
    /** `continue`: the workflow run failed or was cancelled. */
    runFailed: 6,
    /** EX_SOFTWARE of sysexits(3): an internal error, i.e. a bug. */
    bug: 70
};
/** What each exit code means, for `--help`. */
const EXIT_CODES_HELP = 'Exit codes: 0 done, 1 nothing found, 2 usage or configuration error, 3 conflict, ' +
    '4 GitHub or network failure, 5 local file-system failure (permission, read-only, disk full), ' +
    '6 the workflow run that `continue` followed failed or was cancelled, 70 a bug in claude-session, 130/143 interrupted (Ctrl-C, SIGTERM).';
/** The one place where errors become exit codes. */
function exitCodeOf(error) {
    if ((0,errors/* asLocalFileError */.kH)(error))
        return EXIT.localFile;
    if (error instanceof errors/* SessionNotFoundError */.Ag)
        return EXIT.notFound;
    if (error instanceof errors/* UsageError */.eb ||
        error instanceof errors/* AuthError */.lR ||
        error instanceof errors/* EncryptionKeyError */.pp)
        return EXIT.usage;
    // Refusing to upload secrets is a decision the user must take, like a conflict.
    if (error instanceof errors/* ConflictError */.fK || error instanceof errors/* SecretsFoundError */.s3)
        return EXIT.conflict;
    if (error instanceof errors/* RunFailedError */.fg)
        return EXIT.runFailed;
    if ((0,errors/* isRemoteFailure */.D6)(error))
        return EXIT.remote;
    return EXIT.bug;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/cli/scratch.ts


/** A run ended by a signal exits 128 + the signal's number, as shells report it. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/**
 * Archives in flight (a plaintext tarball before encryption, a download before its digest is
 * checked) live in one private folder per run. It is removed when the run ends, and also on
 * Ctrl-C or SIGTERM, synchronously, before the process exits with 130/143: a signal otherwise
 * ends Node without running any `finally`.
 */
function scratchDir(base) {
    let dir;
    const remove = () => {
        for (const signal of Object.keys(SIGNAL_EXIT_CODES))
            process.off(signal, onSignal);
        if (dir)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 3 });
        dir = undefined;
    };
    const onSignal = (signal) => {
        // A command that listens for Ctrl-C itself (`continue` detaches from the run it follows) ends
        // normally from there, and the run's own `finally` removes the folder.
        if (process.listenerCount(signal) > 1)
            return;
        remove();
        process.exit(SIGNAL_EXIT_CODES[signal] ?? 1);
    };
    return {
        path() {
            if (!dir) {
                dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'claude-session-'));
                for (const signal of Object.keys(SIGNAL_EXIT_CODES))
                    process.on(signal, onSignal);
            }
            return dir;
        },
        remove
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
















const ENVIRONMENT = `
Environment:
  GH_TOKEN, GITHUB_TOKEN   GitHub token (else \`gh auth token\` when gh is installed)
  GITHUB_REPOSITORY        OWNER/NAME when --repo is not given (else the origin remote)
  GITHUB_API_URL           API root, e.g. https://HOST/api/v3 for GitHub Enterprise Server
  CLAUDE_CONFIG_DIR        Claude Code's folder (default ~/.claude)
  CLAUDE_SESSION_KEY       encryption key when --encryption-key-file is not given
  NO_COLOR                 no colours
  TMPDIR                   where each run keeps its private scratch folder (RUNNER_TEMP in Actions)

${EXIT_CODES_HELP}`;
/**
 * Parses argv and runs one command; returns the exit code instead of exiting, for tests (which
 * may also inject the working directory and the output streams).
 */
async function main(argv = process.argv, env = process.env, options = {}) {
    const program = new esm/* Command */.uB('claude-session');
    if (!options.io)
        tolerateClosedStdout();
    const cwd = options.cwd ?? process.cwd();
    const scratchBase = env.RUNNER_TEMP || env.TMPDIR || (0,external_node_os_.tmpdir)();
    const scratch = scratchDir(scratchBase);
    const globals = () => program.opts();
    const runtime = () => ({
        env,
        cwd,
        io: options.io ?? processIo(Boolean(globals().quiet), env),
        tempDir: () => scratch.path()
    });
    // The branch named, else the one checked out in --cwd (or here).
    const branchOf = async (given, dir) => given ?? (await currentBranch(dir ? (0,external_node_path_.resolve)(cwd, dir) : cwd));
    program
        .description('Carry Claude Code conversations between your laptop and GitHub Actions (draft release claude-sessions-<branch>).')
        .version(src_version/* TOOL_VERSION */.w, '-V, --version')
        .option('--repo <owner/name>', 'the GitHub repository (default: GITHUB_REPOSITORY, else the origin remote)')
        .option('-q, --quiet', 'print only the result')
        .option('--verbose', 'print what happens, request by request')
        .showHelpAfterError('(run with --help for usage)')
        .addHelpText('after', `
Typical trip:
  claude-session push            # upload this branch's newest session from this directory
  (run the "Continue a Claude Code session" workflow)
  claude-session pull            # bring back what CI added, then: claude --resume <id>
${ENVIRONMENT}`)
        .exitOverride()
        // Aliases (sync, restore) keep old scripts working; the help names one command each.
        .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`.trim() });
    program
        .command('discover')
        .description("print the id of the branch's newest Claude Code session in this directory")
        .argument('[branch]', 'git branch (default: the current branch)')
        .option('--cwd <dir>', 'look in the Claude project folder of this directory instead')
        .addHelpText('after', `
Claude Code keeps each directory's sessions in <CLAUDE_CONFIG_DIR or ~/.claude>/projects/<folder>/,
where <folder> is the directory's physical path with every non-alphanumeric character turned into "-".
The newest session whose records carry the branch wins. Exit code 1 when there is none.

Example:
  claude-session discover feature/login
${ENVIRONMENT}`)
        .action(async (branch, flags) => {
        await runDiscover({ branch: await branchOf(branch, flags.cwd), cwd: flags.cwd }, runtime());
    });
    program
        .command('push')
        .alias('sync')
        .description("save the branch's newest session (or --session) to its draft release")
        .argument('[branch]', 'git branch (default: the current branch)')
        .option('--session <id>', 'save this session instead of the newest')
        .option('--cwd <dir>', 'the directory Claude ran in (default: here)')
        .option('--force', 'replace the stored copy even if it has records yours lacks (CI went on)')
        .addOption(new esm/* Option */.c$('--secrets <policy>', 'when the secret scan finds secrets')
        .choices(['warn', 'fail', 'redact'])
        .default('warn'))
        .option('--encryption-key-file <path>', 'encrypt with the age passphrase or identity in this file')
        .option('--recipient <age1...>', 'encrypt to this age public key (repeatable)', (v, all = []) => [...all, v])
        .option('--no-encryption', 'store unencrypted, even over an encrypted copy (never done without this flag)')
        .addHelpText('after', `
Uploads claude-session-<id>.tar.gz and claude-session-metadata-<id>.json to the draft release
claude-sessions-<branch> (created if missing; drafts are visible only to people with push access).
If the stored copy has records yours does not (CI continued the session), push refuses with exit
code 3: pull first, or --force.

Examples:
  claude-session push
  claude-session push main --session 4d5611e5-241a-462a-8d15-5122611a9569
  claude-session push --secrets redact --encryption-key-file ~/.config/claude-session.key
${ENVIRONMENT}`)
        .action(async (branch, flags) => {
        const branchName = await branchOf(branch, flags.cwd);
        await runPush({ ...globals(), ...flags, branch: branchName }, runtime());
    });
    program
        .command('pull')
        .alias('restore')
        .description("install the branch's newest stored session (or --session) where claude --resume finds it")
        .argument('[branch]', 'git branch (default: the current branch)')
        .option('--session <id>', 'restore this session instead of the newest')
        .option('--cwd <dir>', 'the directory you will run claude in (default: here)')
        .option('--force', 'replace a local copy that went on separately (kept as a .bak file)')
        .option('--as-new', 'install under a new session id when the local copy went on separately')
        .option('--encryption-key-file <path>', 'the age passphrase or identity that decrypts the session')
        .addHelpText('after', `
Installs the session into the Claude project folder of the directory, then prints the
\`claude --resume <id>\` command. A local copy that the stored one extends is fast-forwarded; one that
went on separately is never overwritten silently: pull exits with code 3 unless --force or --as-new.
Inside GitHub Actions it also exports SESSION_ID and SESSION_RESTORED to the job.

Examples:
  claude-session pull
  claude-session pull feature/login --as-new
${ENVIRONMENT}`)
        .action(async (branch, flags) => {
        const branchName = await branchOf(branch, flags.cwd);
        await runPull({ ...globals(), ...flags, branch: branchName }, runtime());
    });
    program
        .command('list')
        .description('list stored sessions: branch, id, last record, records, size, saved by')
        .argument('[branch]', 'only this branch (default: every branch)')
        .option('--json', 'print JSON for scripts')
        .addHelpText('after', `\nExamples:\n  claude-session list\n  claude-session list main --json\n${ENVIRONMENT}`)
        .action((branch, flags) => runList({ ...globals(), branch, json: flags.json }, runtime()));
    program
        .command('delete')
        .description("delete one stored session, or a branch's whole draft release")
        .argument('<branch>', 'git branch')
        .option('--session <id>', 'delete only this session')
        .option('-y, --yes', 'do not ask (required when not on a terminal)')
        .addHelpText('after', `\nExamples:\n  claude-session delete old-feature --yes\n  claude-session delete main --session 4d5611e5-241a-462a-8d15-5122611a9569\n${ENVIRONMENT}`)
        .action((branch, flags) => runDelete({ ...globals(), branch, ...flags }, runtime()));
    program
        .command('prune')
        .description('delete stored sessions that are old or whose branch is gone')
        .option('--older-than <days>', 'sessions saved more than this many days ago')
        .option('--gone', 'sessions whose branch no longer exists in the repository')
        .option('--dry-run', 'only show what would be deleted')
        .option('-y, --yes', 'do not ask (required when not on a terminal)')
        .addHelpText('after', `\nExamples:\n  claude-session prune --gone --dry-run\n  claude-session prune --older-than 30 --yes\n${ENVIRONMENT}`)
        .action((flags) => runPrune({ ...globals(), ...flags }, runtime()));
    registerContinue(program, { globals, runtime });
    // An error a library emits outside any promise (a stream's 'error' event with no listener, e.g.
    // on a full disk) would otherwise end Node with a stack trace and leave the scratch folder.
    let crashed = () => undefined;
    const crash = new Promise((_, reject) => (crashed = reject));
    process.on('uncaughtException', crashed);
    process.on('unhandledRejection', crashed);
    try {
        await Promise.race([program.parseAsync(argv), crash]);
        return EXIT.ok;
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            // --help and --version end here too, with code 0.
            return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
        }
        const io = options.io ?? processIo(false, env);
        return reportError(error, io, Boolean(globals().verbose), scratchBase);
    }
    finally {
        process.off('uncaughtException', crashed);
        process.off('unhandledRejection', crashed);
        scratch.remove();
    }
}
/** One line for the user; for a bug, the stack under --verbose. */
function reportError(error, io, verbose, scratchBase) {
    const code = exitCodeOf(error);
    io.err(`${style(io, 'red', 'error:')} ${(0,errors/* userMessage */.Rq)(error)}\n`);
    const local = (0,errors/* asLocalFileError */.kH)(error);
    // A write that failed mid-stream names no path; the files in flight were under TMPDIR.
    if (local && local.path === undefined)
        io.err(`Files in flight are written under ${scratchBase} (TMPDIR).\n`);
    if (code === EXIT.bug) {
        const stack = error?.stack;
        io.err(verbose && typeof stack === 'string'
            ? `${stack}\n`
            : 'Run it again with --verbose to see where it happened, and include that in the report.\n');
    }
    return code;
}


/***/ })

};
