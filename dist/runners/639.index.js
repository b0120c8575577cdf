export const id = 639;
export const ids = [639];
export const modules = {

/***/ 1639:
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
var src_session = __webpack_require__(6876);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/runs/workflowRun.ts


/** Where a 204 server names no run, how long to look for the one it started. */
const FIND_ATTEMPTS = 30;
/** Run times come from GitHub's clock in whole seconds: allow that much before its `Date`. */
const CLOCK_SLACK_MS = 2000;
/**
 * Starts the workflow and returns its run. github.com names the run in its answer; a server that
 * answers 204 (GHES, docs/facts.md) is asked for workflow_dispatch runs on the branch created since
 * its own clock's `Date`, and only those of the token's user when it has one, so that a run someone
 * else started at the same moment is not taken for ours.
 */
async function startRun(runs, req) {
    const before = new Date();
    const dispatched = await runs.dispatch({
        workflow: req.workflow,
        ref: req.branch,
        inputs: req.inputs
    });
    if (dispatched.runId !== undefined)
        return runs.getRun(dispatched.runId);
    const since = new Date((dispatched.serverDate ?? before).getTime() - CLOCK_SLACK_MS);
    const actor = await runs.currentLogin();
    for (let attempt = 0; attempt < FIND_ATTEMPTS; attempt++) {
        const found = (await runs.listDispatchedRuns({ branch: req.branch, since, actor })).filter((r) => r.headBranch === req.branch &&
            (actor === undefined || r.actor === actor) &&
            Date.parse(r.createdAt) >= since.getTime());
        if (found.length > 1 && actor === undefined)
            req.log.warning(`${found.length} runs started on ${req.branch} just now and the token names no user; following the newest, ${found[0].htmlUrl}`);
        if (found[0])
            return found[0];
        if (!(await sleep(req.intervalMs, req.signal)))
            break;
    }
    throw new errors/* RemoteError */.Hi(`GitHub accepted the dispatch of ${req.workflow} on ${req.branch} but no run of it appeared. ` +
        `Look in the repository's Actions tab, then follow it with \`claude-session continue --attach RUN_ID\`.`);
}
/**
 * Looks at the run every interval until it completes, reporting status and step; an abort (Ctrl-C)
 * stops following and leaves the run alone.
 */
async function followRun(runs, runId, req) {
    const now = req.now ?? Date.now;
    let last = '';
    let run = await runs.getRun(runId);
    for (;;) {
        const jobs = await runs.listJobs(runId);
        const done = run.status === 'completed';
        const step = currentStep(jobs);
        const key = `${run.status}|${step ?? ''}`;
        const progress = {
            run,
            step,
            failedStep: done ? failedStep(jobs) : undefined,
            elapsedSeconds: Math.max(0, Math.round((now() - Date.parse(run.createdAt)) / 1000)),
            changed: key !== last
        };
        last = key;
        req.onProgress(progress);
        if (done)
            return { outcome: 'completed', progress };
        if (!(await sleep(req.intervalMs, req.signal)))
            return { outcome: 'detached', run };
        run = await runs.getRun(runId);
    }
}
function currentStep(jobs) {
    let latest;
    for (const job of jobs) {
        for (const step of job.steps) {
            if (step.status === 'in_progress')
                return `${job.name} › ${step.name}`;
            if (step.status === 'completed' && step.conclusion !== 'skipped')
                latest = `${job.name} › ${step.name}`;
        }
        if (job.status === 'in_progress' && job.steps.length === 0)
            return job.name;
    }
    return latest;
}
function failedStep(jobs) {
    for (const job of jobs) {
        const step = job.steps.find((s) => s.conclusion === 'failure' || s.conclusion === 'cancelled');
        if (step)
            return `${job.name} › ${step.name}`;
        if (job.conclusion === 'failure' || job.conclusion === 'cancelled')
            return job.name;
    }
    return undefined;
}
/** Waits, unless aborted: false when the signal fired. */
async function sleep(ms, signal) {
    if (signal?.aborted)
        return false;
    try {
        await (0,promises_.setTimeout)(ms, undefined, { signal });
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/restore/restore.ts + 3 modules
var restore = __webpack_require__(5678);
// EXTERNAL MODULE: ./src/save/save.ts + 4 modules
var save = __webpack_require__(7367);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/runContext.ts + 8 modules
var runContext = __webpack_require__(7788);
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
        return (0,external_node_fs_promises_.readFile)((0,external_node_path_.resolve)(runtime.cwd, file), 'utf8').catch(() => {
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
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    const text = pinnedWorkflow();
    await (0,external_node_fs_promises_.writeFile)(target, text);
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
    return (0,external_node_fs_promises_.stat)(path).then(() => true, () => false);
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
        const saved = await (0,save/* saveSession */.E)(ctx, {
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
        run = await startRun(runs, {
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
    const followed = await followRun(runs, run.id, {
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
        pulled = await (0,restore/* restoreSession */.N)(ctx, {
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

// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
// EXTERNAL MODULE: ./src/remote/storedCopies.ts
var storedCopies = __webpack_require__(1258);
;// CONCATENATED MODULE: ./src/manage/list.ts


/** Every stored session, newest save first; reads each session's metadata (one small download each). */
async function listStoredSessions(ctx, options = {}) {
    const releases = await sessionDrafts(ctx, options.branch);
    const sessions = [];
    for (const release of releases) {
        const branch = (0,layout/* branchOfTag */.Ex)(release.tagName);
        if (branch === undefined)
            continue;
        for (const listed of (0,storedCopies/* groupSessionAssets */.ti)(release).values()) {
            const { group, versions, problem } = await (0,storedCopies/* readMetadataVersions */.TN)(ctx.store, listed);
            const where = {
                branch,
                tag: release.tagName,
                releaseId: release.id,
                releaseUrl: release.htmlUrl,
                sessionId: group.sessionId
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
            const archive = (0,storedCopies/* archivesFor */.XJ)(group, latest.metadata)[0];
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
    return sessions.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
}
/** Our drafts: one branch's (duplicates included), or every branch's. */
async function sessionDrafts(ctx, branch) {
    if (branch !== undefined)
        return ctx.store.findDraftsByListing((0,layout/* tagForBranch */.gk)(branch));
    return ctx.store.listReleases({ tagPrefix: layout/* TAG_PREFIX */.C_, draftsOnly: true });
}

;// CONCATENATED MODULE: ./src/manage/delete.ts




/**
 * Deletes one session from a branch's draft, or the whole draft. A draft left with no session is
 * deleted too; deleting a draft leaves no git tag behind (docs/facts.md).
 */
async function deleteStoredSessions(ctx, options) {
    const drafts = await sessionDrafts(ctx, options.branch);
    if (drafts.length === 0) {
        throw new errors/* SessionNotFoundError */.Ag(`No draft release ${(0,layout/* tagForBranch */.gk)(options.branch)} in ${ctx.repository}: nothing to delete.`);
    }
    const result = { deletedAssets: 0, deletedReleases: 0 };
    if (options.sessionId === undefined) {
        for (const draft of drafts) {
            await ctx.store.deleteRelease(draft.id);
            result.deletedReleases++;
        }
        return result;
    }
    const id = options.sessionId.toLowerCase();
    let found = false;
    for (const draft of drafts) {
        const groups = (0,storedCopies/* groupSessionAssets */.ti)(draft);
        const group = groups.get(id);
        if (!group)
            continue;
        found = true;
        for (const asset of [...group.metadata, ...group.archives, ...group.broken]) {
            if (await ctx.store.deleteAsset(asset.id))
                result.deletedAssets++;
        }
        if (groups.size === 1 && onlySessionAssets(draft)) {
            await ctx.store.deleteRelease(draft.id);
            result.deletedReleases++;
        }
    }
    if (!found) {
        throw new errors/* SessionNotFoundError */.Ag(`Session ${options.sessionId} is not saved on ${(0,layout/* tagForBranch */.gk)(options.branch)} in ${ctx.repository}.`);
    }
    return result;
}
function onlySessionAssets(draft) {
    const groups = (0,storedCopies/* groupSessionAssets */.ti)(draft);
    let ours = 0;
    for (const g of groups.values())
        ours += g.metadata.length + g.archives.length + g.broken.length;
    return ours === draft.assets.length;
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
        ? `session ${options.session} from ${(0,layout/* tagForBranch */.gk)(options.branch)}`
        : `the draft release ${(0,layout/* tagForBranch */.gk)(options.branch)} and every session on it`;
    if (!(await confirm_confirm(runtime, `Delete ${what} in ${ctx.repository}?`, options.yes))) {
        runtime.io.err('Nothing deleted.\n');
        return;
    }
    const result = await deleteStoredSessions(ctx, {
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
    const sessions = await listStoredSessions(ctx, { branch: options.branch });
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

;// CONCATENATED MODULE: ./src/manage/prune.ts


/** What `prune` would delete, and why; deletes nothing. */
async function planPrune(ctx, options) {
    const now = (options.now ?? new Date()).getTime();
    const sessions = await listStoredSessions(ctx);
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
    return candidates;
}
async function applyPrune(ctx, candidates) {
    let deleted = 0;
    for (const candidate of candidates) {
        await deleteStoredSessions(ctx, { branch: candidate.branch, sessionId: candidate.sessionId });
        deleted++;
    }
    return deleted;
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
    const candidates = await planPrune(ctx, { olderThanDays, gone: options.gone });
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
    const deleted = await applyPrune(ctx, candidates);
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
    const result = await (0,restore/* restoreSession */.N)(run.ctx, {
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
    const result = await (0,save/* saveSession */.E)(run.ctx, {
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
