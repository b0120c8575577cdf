export const id = 766;
export const ids = [766];
export const modules = {

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  rootCommand: () => (/* binding */ rootCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

;// CONCATENATED MODULE: ./src/cli/factory.ts


/** A factory over a runtime: the root's, or a test's. */
function factoryFor(runtime, globals = () => ({})) {
    return {
        runtime,
        globals,
        branch: async (given, dir) => {
            if (given !== undefined)
                return given;
            const cwd = runtime().cwd;
            return currentBranch(dir ? (0,external_node_path_.resolve)(cwd, dir) : cwd);
        }
    };
}
/** `--recipient a --recipient b`: commander's collector for a repeatable option. */
function collect(value, all = []) {
    return [...all, value];
}

// EXTERNAL MODULE: ./src/errorTable.ts
var errorTable = __webpack_require__(6697);
;// CONCATENATED MODULE: ./src/cli/exitCodes.ts


/**
 * What each exit code means, for `--help`: the one table's words (src/errorTable.ts), one per line so
 * that a terminal never wraps it mid-word.
 */
const EXIT_CODES_HELP = `Exit codes:\n${errorTable/* EXIT_MEANINGS */.S$.map((e) => `  ${e.code} ${e.meaning}`).join('\n')}`;
/** An error's exit code: its kind's row of the one error table. */
function exitCodeOf(error) {
    return (0,errorTable/* errorRow */.Ff)(error).exit;
}

;// CONCATENATED MODULE: ./src/cli/help.ts

/** Every environment variable the CLI reads, described once; each command names those it reads. */
const ENVIRONMENT = {
    GH_TOKEN: 'GitHub token (else GITHUB_TOKEN, else `gh auth token` if gh is installed)',
    GITHUB_TOKEN: 'GitHub token when GH_TOKEN is not set',
    GITHUB_REPOSITORY: 'OWNER/NAME when --repo is not given (else the origin remote)',
    GITHUB_API_URL: 'API root, e.g. https://HOST/api/v3 for GitHub Enterprise Server',
    GITHUB_GRAPHQL_URL: 'GraphQL endpoint (default: derived from GITHUB_API_URL)',
    CLAUDE_CONFIG_DIR: "Claude Code's folder (default ~/.claude)",
    CLAUDE_SESSION_KEY: 'encryption key when --encryption-key-file is not given',
    CLAUDE_SESSION_RETRIES: 'how often a failed request is retried (0 fails fast)',
    NO_COLOR: 'no colours',
    TMPDIR: 'where each run keeps its private scratch folder (RUNNER_TEMP in Actions)'
};
/** What a command that talks to GitHub reads. */
const GITHUB_ENVIRONMENT = [
    'GH_TOKEN',
    'GITHUB_TOKEN',
    'GITHUB_REPOSITORY',
    'GITHUB_API_URL',
    'GITHUB_GRAPHQL_URL',
    'CLAUDE_SESSION_RETRIES',
    'NO_COLOR'
];
/** The text after the options in `--help`, laid out as gh lays out its help: examples first. */
function helpAfter(sections) {
    const width = Math.max(...sections.environment.map((name) => name.length));
    const environment = sections.environment
        .map((name) => `  ${name.padEnd(width)}  ${ENVIRONMENT[name]}`)
        .join('\n');
    return [
        ...(sections.about ? [`\n${sections.about.trim()}`] : []),
        `\nExamples:\n${sections.examples.map((e) => `  ${e}`).join('\n')}`,
        `\nEnvironment:\n${environment}`,
        `\n${sections.exitCodes ?? EXIT_CODES_HELP}\n`
    ].join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/archive/index.ts + 10 modules
var archive = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/runContext.ts + 1 modules
var runContext = __webpack_require__(7684);
// EXTERNAL MODULE: ./src/session/index.ts + 2 modules
var src_session = __webpack_require__(4109);
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
/** "1 record", "2 records". */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
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
    const run = (0,runContext/* buildRunContext */.X2)({
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
    // A malformed key is a usage error (exit 2) before the first request of any command: no draft
    // created, no run started, nothing downloaded for it.
    if (run.encryption)
        await (0,archive/* checkKey */.yR)(run.encryption);
    return run;
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

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/runs/workflowRun.ts


/** Where the server names no run, how long to look for the one it started. */
const FIND_ATTEMPTS = 30;
/** Run times come from GitHub's clock in whole seconds: allow that much before its `Date`. */
const CLOCK_SLACK_MS = 2000;
/**
 * Starts the workflow and returns its run. github.com names the run in its answer. A server that
 * does not (GHES, docs/facts.md#dispatch-on-enterprise-server) is asked for workflow_dispatch runs on the branch created since
 * its own clock's `Date`, and only the run whose title carries this dispatch's request id is
 * taken: two dispatches close together, or someone else's run, are never mistaken for ours.
 * Without a request id the run cannot be proved ours: on a server that refuses
 * `return_run_details` nothing is started; on one that ignores it, the run is left unfollowed.
 */
async function startRun(runs, req) {
    const before = new Date();
    const where = `.github/workflows/${req.workflow} on ${req.branch}`;
    const update = `update the workflow (\`claude-session init --force --workflow ${req.workflow}\`, then commit and push it ` +
        'to the default branch and to this one), or start it from the Actions tab and follow it with ' +
        '`claude-session continue --attach RUN_ID`.';
    const inputs = req.requestId ? { ...req.inputs, 'request-id': req.requestId } : req.inputs;
    const dispatched = await runs.dispatch({ workflow: req.workflow, ref: req.branch, inputs }, {
        unnamed: () => req.requestId
            ? undefined
            : new errors/* UsageError */.eb(`This server (GitHub Enterprise Server) does not say which run a dispatch starts, and ${where} ` +
                'has no `request-id` input to tell its run from another one started at the same time. ' +
                `Nothing was started: ${update}`)
    });
    if (dispatched.runId !== undefined)
        return runs.getRun(dispatched.runId);
    if (!req.requestId)
        throw new errors/* RunNotIdentifiedError */.K6(`GitHub started ${where} but did not say which run it is, and the workflow has no \`request-id\` ` +
            `input to tell it from another run started at the same time: it is not followed. To follow it, ${update}`);
    const since = new Date((dispatched.serverDate ?? before).getTime() - CLOCK_SLACK_MS);
    for (let attempt = 0; attempt < FIND_ATTEMPTS; attempt++) {
        const ours = (await runs.listDispatchedRuns({ branch: req.branch, since })).find((r) => r.headBranch === req.branch &&
            (r.displayTitle ?? '').split(/\s+/).includes(req.requestId) &&
            Date.parse(r.createdAt) >= since.getTime());
        if (ours)
            return ours;
        if (!(await sleep(req.intervalMs, req.signal)))
            break;
    }
    throw new errors/* RunNotIdentifiedError */.K6(`GitHub accepted the dispatch of ${req.workflow} on ${req.branch} but no run titled with request ${req.requestId} appeared. ` +
        `Look in the repository's Actions tab, then follow it with \`claude-session continue --attach RUN_ID\`.`);
}
/**
 * A run waiting for a runner. Not `pending` (waiting for another run of its concurrency group,
 * which the template's one-run-per-branch group makes normal) nor `waiting` (an environment's
 * approval): neither is a missing runner.
 * https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository
 */
const WAITING_FOR_RUNNER = new Set(['queued']);
/**
 * Looks at the run every interval until it completes, reporting status and step; an abort (Ctrl-C)
 * stops following and leaves the run alone, and so does the timeout. A run still waiting for a
 * runner after `queuedWarningMs` is reported once: GitHub keeps such a run queued for a day.
 */
async function followRun(runs, runId, req) {
    const now = req.now ?? Date.now;
    const started = now();
    let queuedSince;
    let warned = false;
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
        const at = now();
        queuedSince = WAITING_FOR_RUNNER.has(run.status) ? (queuedSince ?? at) : undefined;
        if (!warned &&
            queuedSince !== undefined &&
            req.queuedWarningMs !== undefined &&
            at - queuedSince >= req.queuedWarningMs) {
            warned = true;
            req.onQueuedTooLong?.(run, Math.round((at - queuedSince) / 1000));
        }
        if (req.timeoutMs !== undefined && at - started >= req.timeoutMs)
            return { outcome: 'timeout', run, waitedSeconds: Math.round((at - started) / 1000) };
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
        await (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/continueFollow.ts



/** Hosted runners pick a job up within seconds to a minute; a few minutes queued means none will. */
const QUEUED_WARNING_SECONDS = 180;
/**
 * Follows the run until it completes and returns its last progress; undefined when the user
 * detached (Ctrl-C), which leaves the run going. A run still not done after the timeout goes on
 * too, but `continue` gives up on it with a RunTimeoutError.
 */
async function followContinuation(c, run, req) {
    const { display, runtime } = c;
    const { attach } = req;
    const queuedWarningMs = (req.queuedWarningSeconds ?? QUEUED_WARNING_SECONDS) * 1000;
    const followed = await followRun(c.runs, run.id, {
        intervalMs: req.intervalMs,
        signal: req.signal,
        timeoutMs: req.timeoutMs,
        queuedWarningMs,
        onProgress: (p) => display.progress(p),
        onQueuedTooLong: (queued, waitedSeconds) => {
            const warning = `Run ${queued.id} has been queued for ${waitedSeconds}s: no runner has picked it up. Check the workflow's runs-on and your runners.`;
            display.event({ event: 'queued', runId: queued.id, waitedSeconds, message: warning });
            display.note(`${style(runtime.io, 'yellow', '!')} ${warning}`);
        }
    });
    req.followed?.();
    if (followed.outcome === 'detached') {
        display.event({ event: 'detached', runId: run.id, url: run.htmlUrl, attach });
        display.result(`Detached; the run goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`);
        return undefined;
    }
    if (followed.outcome === 'timeout') {
        display.event({
            event: 'timeout',
            runId: run.id,
            status: followed.run.status,
            url: run.htmlUrl,
            attach
        });
        throw new errors/* RunTimeoutError */.NE(`Run ${run.id} is still ${followed.run.status} after ${followed.waitedSeconds}s (--timeout ${req.timeout}); ` +
            `it goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`);
    }
    return followed.progress;
}

// EXTERNAL MODULE: ./src/manage/list.ts
var list = __webpack_require__(8015);
// EXTERNAL MODULE: ./src/restore/restore.ts
var restore = __webpack_require__(7848);
;// CONCATENATED MODULE: ./src/cli/commands/continuePull.ts





/** A session the run saved is stamped by the runner's clock; GitHub's run time is in whole seconds. */
const continuePull_CLOCK_SLACK_MS = 5000;
/**
 * After the run completed: pull what it saved, report what it added (and a branch that moved),
 * and throw when the run failed or continued another session. Returns the pulled session, if any.
 */
async function pullWhatRunAdded(c, progress, req) {
    const { display, runtime, ctx } = c;
    const { run: done, failedStep } = progress;
    const branch = req.branch ?? done.headBranch ?? undefined;
    if (!branch)
        throw new errors/* UsageError */.eb(`Run ${done.id} names no branch: pass --branch.`);
    const { sessionId } = req;
    display.event({
        event: 'completed',
        runId: done.id,
        conclusion: done.conclusion,
        failedStep: failedStep ?? null,
        url: done.htmlUrl
    });
    const succeeded = done.conclusion === 'success';
    if (!succeeded)
        display.note(`${style(runtime.io, 'red', '✗')} Run ${done.conclusion ?? 'ended'}${failedStep ? ` at ${failedStep}` : ''}: ${done.htmlUrl}`);
    // A run that failed may still have saved (the action saves even when Claude fails): pull it.
    let pulled;
    try {
        pulled = await (0,restore/* restoreSession */.N)(ctx, {
            branch,
            cwd: c.cwd,
            configDir: c.configDir,
            env: runtime.env,
            sessionId,
            onLocalConflict: 'refuse',
            encryption: c.encryption,
            pullCommand: `claude-session pull ${branch}`
        });
    }
    catch (error) {
        if (error instanceof errors/* ConflictError */.fK)
            throw new errors/* ConflictError */.fK(`Run ${done.id} finished (${done.htmlUrl}). ${error.message}`);
        if (!(error instanceof errors/* SessionNotFoundError */.Ag) || succeeded)
            throw error;
    }
    const { tokens, ...report } = await reportPull(pulled, ctx);
    if (sessionId && report.addedRecords === 0)
        await checkRunSavedOurs(ctx, {
            run: done,
            branch,
            sessionId,
            workflow: req.workflow,
            takesSession: req.takesSession
        });
    const head = await c.runs.branchHead(branch);
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
        display.note(`${style(runtime.io, 'green', '✓')} Pulled ${plural(report.addedRecords, 'new record')} (${plural(report.prompts, 'turn')}) into ${pulled.transcriptPath}`);
        if (report.finalAnswer)
            display.result(`\nClaude:\n${indent(report.finalAnswer)}\n`);
        // The job summary's line, from the same records (session/tokenUsage.ts).
        if (tokens)
            display.result(`Tokens this run: ${(0,src_session/* formatTokenUsage */.KT)(tokens)}`);
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
    return pulled;
}
/** What the pulled copy gained over the local one: counted from the session it pulled. */
async function reportPull(pulled, ctx) {
    if (!pulled || pulled.outcome === 'unchanged')
        return { addedRecords: 0, prompts: 0, finalAnswer: null };
    // A fast-forward continues the local copy of that very session: what follows its bytes is new.
    // A copy installed as new or over ours shares no counted prefix with it.
    const from = pulled.outcome === 'fast-forward' ? (pulled.keptBytes ?? 0) : 0;
    const added = await (0,src_session/* readAddedTurns */.L6)(pulled.transcriptPath, from);
    ctx.log.debug(`${added.records} records after the first ${from} bytes`);
    return {
        addedRecords: added.records,
        prompts: added.prompts.length,
        finalAnswer: added.finalAnswer ?? null,
        tokens: added.tokens
    };
}
/**
 * The run added nothing to the session we asked for: did it continue another one? A session of
 * the branch saved by CI since the run was created is that other conversation (the workflow
 * restored the branch's newest instead of ours), and going on quietly would hide it.
 */
async function checkRunSavedOurs(ctx, req) {
    const since = Date.parse(req.run.createdAt) - continuePull_CLOCK_SLACK_MS;
    const other = (await (0,list/* listStoredSessions */.Xo)(ctx, { branch: req.branch })).find((s) => s.sessionId !== req.sessionId && s.savedBy === 'ci' && Date.parse(s.savedAt ?? '') >= since);
    if (!other)
        return;
    const why = req.takesSession === false
        ? `.github/workflows/${req.workflow} has no session-id input; update it with \`claude-session init --force --workflow ${req.workflow}\``
        : `check that .github/workflows/${req.workflow} passes \`session-id: \${{ inputs.session-id }}\` to the action`;
    throw new errors/* RunFailedError */.fg(`Run ${req.run.id} continued session ${other.sessionId}, not ${req.sessionId}: ${why}. ` +
        `What it did is saved; pull it with \`claude-session pull ${req.branch} --session ${other.sessionId}\`.`);
}
function indent(text) {
    return text
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/runs/dispatchChecks.ts

/**
 * Everything GitHub would refuse a dispatch for, checked before anything is pushed or started
 * (docs/facts.md#what-dispatch-refuses): push access (the session is uploaded first), the branch on GitHub (else 422
 * `No ref found for`), the workflow file on the default branch (GitHub dispatches only workflows
 * it has there, else 404) and on the branch (whose file the run executes and whose inputs count),
 * its `workflow_dispatch` trigger, and each input declared there (else 422
 * `Unexpected inputs provided`). Each refusal names what is missing and the commands that fix it.
 */
async function checkDispatch(runs, check) {
    const { workflow, branch } = check;
    const path = `.github/workflows/${workflow}`;
    const access = await runs.repositoryAccess();
    if (access.canPush === false)
        throw new errors/* PermissionError */.i_(`The token has no push access to ${runs.repository}: continue uploads the session first. ` +
            'Use a token with `contents: write` ("Contents: Read and write" fine-grained; the `repo` scope classic).');
    const main = access.defaultBranch;
    if ((await runs.branchHead(branch)) === undefined)
        throw new errors/* UsageError */.eb(`The branch ${branch} is not on GitHub (${runs.repository}), so no run can start on it. Push it first:\n` +
            `  git push -u origin ${branch}`);
    if ((await runs.workflowFile(workflow, main)) === undefined)
        throw new errors/* UsageError */.eb(`${runs.repository} has no ${path} on its default branch ${main}, and GitHub starts only ` +
            'workflows it finds there. Write it, commit it and push it to both branches:\n' +
            `  git switch ${main} && claude-session init --workflow ${workflow}\n` +
            `  git add ${path} && git commit -m "Add the Claude continuation workflow" && git push origin ${main}\n` +
            (branch === main
                ? ''
                : `  git switch ${branch} && git merge ${main} && git push origin ${branch}\n`) +
            'Or name your workflow with --workflow FILE.');
    const text = await runs.workflowFile(workflow, branch);
    if (text === undefined)
        throw new errors/* UsageError */.eb(`${path} is on ${main} but not on ${branch}, and a run executes the file of its branch. Bring it over:\n` +
            `  git fetch origin && git checkout origin/${main} -- ${path}\n` +
            `  git commit -m "Add the Claude continuation workflow" && git push origin ${branch}`);
    const declared = await declaredInputs(text, `${path} on ${branch}`);
    const missing = ['prompt', ...check.inputs].filter((name) => !declared.has(name));
    if (missing.length > 0)
        throw new errors/* UsageError */.eb(`${path} on ${branch} declares no input ${missing.map((m) => `"${m}"`).join(', ')} ` +
            `(it declares: ${[...declared].join(', ') || 'none'}); GitHub would refuse the run ` +
            '(422 Unexpected inputs provided). Drop that --input, or declare it under ' +
            'on.workflow_dispatch.inputs and push the file.');
    return { declared, defaultBranch: main };
}
/**
 * The input names under `on.workflow_dispatch.inputs` of a workflow file; a refusal when it has no
 * `workflow_dispatch` trigger (GitHub: 422 "Workflow does not have 'workflow_dispatch' trigger").
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onworkflow_dispatchinputs
 */
async function declaredInputs(text, where) {
    // Loaded here, not at start-up: only `continue` reads a workflow file, and yaml is a third of
    // what every other command would parse first (docs/performance.md, "Start-up").
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${where} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const on = doc?.on;
    const triggers = typeof on === 'string'
        ? { [on]: null }
        : Array.isArray(on)
            ? Object.fromEntries(on.map((t) => [String(t), null]))
            : typeof on === 'object' && on !== null
                ? on
                : {};
    if (!('workflow_dispatch' in triggers))
        throw new errors/* UsageError */.eb(`${where} has no workflow_dispatch trigger, so it cannot be started from here: add one (claude-session init writes it) and push the file.`);
    const inputs = triggers.workflow_dispatch?.inputs;
    return new Set(typeof inputs === 'object' && inputs !== null ? Object.keys(inputs) : []);
}

// EXTERNAL MODULE: ./src/save/save.ts + 5 modules
var save = __webpack_require__(5099);
;// CONCATENATED MODULE: ./src/cli/commands/continueStart.ts






/** `--attach RUN_ID`: the run exists already; nothing is pushed or started. */
async function attachRun(runs, attach) {
    const id = Number(attach);
    if (!Number.isSafeInteger(id) || id <= 0)
        throw new errors/* UsageError */.eb(`--attach takes a run id (a number), got "${attach}".`);
    return runs.getRun(id);
}
/**
 * Checks the dispatch, pushes the session, then starts the continuation workflow. Everything
 * GitHub would refuse the dispatch for is checked before anything is pushed, so a refusal
 * (exit 2) leaves nothing behind.
 */
async function pushAndStart(c, req) {
    const { workflow, branch, extraInputs } = req;
    const { runtime, display } = c;
    let sessionId = req.sessionId;
    const { declared } = await checkDispatch(c.runs, {
        workflow,
        branch,
        inputs: Object.keys(extraInputs)
    });
    const takesSession = declared.has('session-id');
    const update = `update it with \`claude-session init --force --workflow ${workflow}\` and push it to the default branch and to ${branch}`;
    if (!takesSession && sessionId)
        throw new errors/* UsageError */.eb(`.github/workflows/${workflow} on ${branch} has no session-id input, so its run would continue the newest ` +
            `session saved on ${branch}, not ${sessionId}. Nothing was pushed or started: ${update}.`);
    if (!takesSession) {
        const warning = `.github/workflows/${workflow} on ${branch} has no session-id input: the run continues the newest session saved on ${branch}. To choose it, ${update}.`;
        display.event({ event: 'warning', message: warning });
        display.note(`${style(runtime.io, 'yellow', '!')} ${warning}`);
    }
    // The same save as `push`: nothing is uploaded when the stored copy is the same, and a
    // stored copy that went on elsewhere stops us here (exit 3) before any run is started.
    const saved = await (0,save/* saveSession */.E)(c.ctx, {
        branch,
        cwd: c.cwd,
        configDir: c.configDir,
        env: runtime.env,
        sessionId,
        savedBy: 'laptop',
        encryption: c.encryption,
        secrets: 'warn',
        extraSecrets: [req.token]
    });
    sessionId = saved.sessionId;
    display.event({ event: 'pushed', sessionId, outcome: saved.outcome, records: saved.records });
    display.note(saved.outcome === 'unchanged'
        ? `${style(runtime.io, 'green', '✓')} Session ${sessionId} is already up to date on ${saved.tag}`
        : `${style(runtime.io, 'green', '✓')} Pushed session ${sessionId} (${plural(saved.records, 'record')}) to ${saved.tag}`);
    // Ctrl-C before the run exists stops here: nothing is started behind the user's back.
    if (req.signal?.aborted)
        throw new errors/* UsageError */.eb('Interrupted before the run was started; no run was started.');
    // Only inputs the workflow declares: GitHub refuses any other (docs/facts.md#what-dispatch-refuses).
    const run = await startRun(c.runs, {
        workflow,
        branch,
        inputs: {
            ...extraInputs,
            prompt: req.prompt,
            ...(declared.has('branch') ? { branch } : {}),
            ...(takesSession ? { 'session-id': sessionId } : {})
        },
        requestId: declared.has('request-id') ? (0,external_node_crypto_.randomUUID)() : undefined,
        intervalMs: req.intervalMs,
        signal: req.signal,
        log: c.ctx.log
    });
    return { run, sessionId, takesSession };
}

;// CONCATENATED MODULE: ./src/cli/workflowTemplate.ts
// Generated by scripts/workflowTemplate.mjs from examples/claude-continue.yml: do not edit.
const WORKFLOW_TEMPLATE = "# Continue a Claude Code conversation in CI: type a prompt in the Actions tab, and Claude resumes the\n# session you pushed from your laptop (`claude-session push`), edits the code, commits and pushes\n# its edits to the branch, and saves what it added so that\n# `git pull && claude-session pull <branch>` brings both halves back.\nname: Continue a Claude Code session\n# The run's title carries the request id `claude-session continue` sends: where GitHub does not\n# name the run it started (Enterprise Server), that id tells this run from any other.\nrun-name: Continue a Claude Code session ${{ inputs.request-id }}\n\non:\n  workflow_dispatch:\n    inputs:\n      prompt:\n        description: What Claude should do next\n        required: true\n        type: string\n      branch:\n        description: 'Branch whose session to continue (default: the branch this runs on)'\n        required: false\n        type: string\n      model:\n        description: \"Claude model, e.g. opus (default: Claude Code's own)\"\n        required: false\n        type: string\n      session-id:\n        description: 'Session to continue (default: the newest saved on the branch)'\n        required: false\n        type: string\n      request-id:\n        description: 'Set by claude-session continue to find its run; leave empty'\n        required: false\n        type: string\n\n# contents: write: draft releases are visible only with push access, and Claude's commit is pushed.\npermissions:\n  contents: write\n\n# One key per branch, the same in every claude-session template (a dispatch and a /claude comment\n# on the same branch queue instead of racing for the session and the branch). GitHub keeps one\n# running and at most one pending run per group: a third run arriving while one runs and one waits\n# cancels the waiting one and takes its place, so the newest prompt is the one that runs next.\nconcurrency:\n  group: claude-session-${{ inputs.branch || github.ref_name }}\n  cancel-in-progress: false\n\njobs:\n  continue:\n    runs-on: ubuntu-latest\n    timeout-minutes: 60\n    steps:\n      - uses: actions/checkout@v7\n        with:\n          ref: ${{ inputs.branch || github.ref_name }}\n\n      - name: Continue the session\n        id: claude\n        # `claude-session init` writes this line; by hand, replace OWNER/claude-session with the\n        # repository you install claude-session from (README: \"Where claude-session lives\").\n        uses: OWNER/claude-session@v1\n        with:\n          prompt: ${{ inputs.prompt }}\n          branch: ${{ inputs.branch || github.ref_name }}\n          session-id: ${{ inputs.session-id }}\n          model: ${{ inputs.model }}\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n          # Optional: permission-mode: acceptEdits (the default),\n          # publish-edits: pull-request, claude_args: --max-turns 30\n\n      - name: Report\n        if: always()\n        run: echo \"session=$SESSION restored=$RESTORED saved=$SAVED conclusion=$CONCLUSION commit=$COMMIT\"\n        env:\n          SESSION: ${{ steps.claude.outputs.session-id }}\n          RESTORED: ${{ steps.claude.outputs.restored }}\n          SAVED: ${{ steps.claude.outputs.saved }}\n          CONCLUSION: ${{ steps.claude.outputs.conclusion }}\n          COMMIT: ${{ steps.claude.outputs.commit }}\n";

;// CONCATENATED MODULE: ./src/cli/commands/init.ts











const DEFAULT_WORKFLOW = 'claude-continue.yml';
/** `claude-session init`. */
function newInitCommand(f, runF) {
    return new esm/* Command */.uB('init')
        .description(`write .github/workflows/${DEFAULT_WORKFLOW}, the workflow \`continue\` starts`)
        .option('--force', 'overwrite an existing file')
        .option('--workflow <file>', 'file name in .github/workflows', DEFAULT_WORKFLOW)
        .option('--action-repo <owner/name>', 'the repository of the claude-session action (default: where this claude-session comes from)')
        .option('--action-ref <ref>', 'tag or commit to pin (default: this release, or the commit of a development build)')
        .addHelpText('after', helpAfter({
        about: `Writes the continuation workflow at the top of the git repository, its \`uses:\` pinned to the
action that matches this CLI: OWNER/NAME@vX.Y.Z for a release, OWNER/NAME@<commit> for a build
between releases (claude-session --version says which). OWNER/NAME is where this claude-session
comes from (package.json's repository); a build that does not know it asks for --action-repo.
Then prints what is left: the ANTHROPIC_API_KEY secret, and committing and pushing the workflow.
Exit code 3 when the file exists (nothing is written) unless --force.`,
        examples: [
            'claude-session init',
            'claude-session init --action-repo my-org/claude-session',
            'claude-session init --workflow claude.yml --force'
        ],
        environment: []
    }))
        .action(async (flags) => {
        await (runF ?? ((o) => runInit(o, f.runtime())))(flags);
    });
}
/** `uses: OWNER/NAME@ref` of the workflow init writes, or a usage error saying what to pass. */
function actionPin(options) {
    const build = options.build ?? version/* BUILD */.Bv;
    const repository = options.actionRepo ?? build.home?.repository;
    if (!repository)
        throw new errors/* UsageError */.eb(`This claude-session (${version/* TOOL_VERSION */.wr}) does not know which repository its action lives in (package.json ` +
            'names none; `npm run release` writes it). Pass --action-repo OWNER/NAME: the GitHub repository you installed claude-session from.');
    (0,runContext/* checkRepository */.n_)(repository, '--action-repo');
    const ref = options.actionRef ?? (0,version/* actionRefOf */.zx)(build);
    if (!ref)
        throw new errors/* UsageError */.eb(`This claude-session (${version/* TOOL_VERSION */.wr}) was not built from a release or a known commit. ` +
            `Pass --action-ref with a tag or commit of ${repository} (e.g. --action-ref v1).`);
    if (!/^[\w./-]+$/.test(ref) || ref.includes('..'))
        throw new errors/* UsageError */.eb(`--action-ref must be a tag, branch or commit, got "${ref}".`);
    return { repository, ref };
}
/**
 * The template with its `uses:` pinned to the action that matches this CLI, so the workflow
 * restores and saves in the format this CLI pushes and pulls. A commit pin says which build it is,
 * the way Dependabot writes SHA pins.
 */
function pinnedWorkflow(pin) {
    const comment = /^[0-9a-f]{40}$/.test(pin.ref) ? ` # ${version/* TOOL_VERSION */.wr}` : '';
    return (WORKFLOW_TEMPLATE
        // The template's note on replacing the placeholder by hand: init has replaced it.
        .replace(/^[ \t]*#.*OWNER\/claude-session.*\n(?:[ \t]*#.*"Where claude-session lives".*\n)?/m, '')
        .replace(/^(\s*uses:\s*)OWNER\/claude-session@\S+/m, `$1${pin.repository}@${pin.ref}${comment}`));
}
/** Writes .github/workflows/<file> at the top of the git repository around the directory. */
async function runInit(options, runtime) {
    const file = options.workflow ?? DEFAULT_WORKFLOW;
    if (!/^[\w.-]+\.ya?ml$/.test(file))
        throw new errors/* UsageError */.eb(`--workflow must be a file name ending in .yml, got "${file}".`);
    const pin = actionPin(options);
    const start = options.cwd ? (0,external_node_path_.resolve)(runtime.cwd, options.cwd) : runtime.cwd;
    const root = await gitRoot(start);
    const target = (0,external_node_path_.join)(root, '.github', 'workflows', file);
    const shown = (0,external_node_path_.relative)(runtime.cwd, target) || target;
    if (!options.force && (await exists(target)))
        throw new errors/* ConflictError */.fK(`${shown} already exists; nothing was written. Compare it with \`claude-session init --force\` in a clean tree, or keep yours.`);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, pinnedWorkflow(pin));
    runtime.io.out(`${style(runtime.io, 'green', '✓')} Wrote ${shown} (uses: ${pin.repository}@${pin.ref})\n`);
    const steps = [
        'Add your Anthropic API key as the repository secret ANTHROPIC_API_KEY ' +
            '(Settings → Secrets and variables → Actions, or `gh secret set ANTHROPIC_API_KEY`).',
        await commitStep(root, shown)
    ];
    runtime.io.out(`Then:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`);
    runtime.io.out(`After that: claude-session continue "what Claude should do next"\n`);
}
/**
 * How to commit the workflow so that both places GitHub reads it from have it: the default branch
 * (workflow_dispatch is offered only for workflows there) and the branch a run runs on (a run reads
 * the file as it is on its branch).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_dispatch
 */
async function commitStep(root, shown) {
    const commit = `git add ${shown} && git commit -m "Add Claude continuation workflow"`;
    const branch = await init_git(root, 'symbolic-ref', '--short', '-q', 'HEAD');
    // origin/HEAD names the default branch when the clone came from GitHub.
    const remoteHead = await init_git(root, 'symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD');
    // Without origin/HEAD (a clone made by `git init` and `git remote add`), main or master is
    // taken for the default branch only when it is the one checked out.
    const main = remoteHead?.replace(/^origin\//, '') ??
        (branch === 'main' || branch === 'master' ? branch : undefined);
    if (branch && main && branch === main)
        return `Commit the workflow and push it to ${main}, the default branch (GitHub offers workflow_dispatch only there); branches made from ${main} afterwards have it: ${commit} && git push origin ${main}`;
    const mainName = main ?? '<default branch>';
    return (`Commit the workflow, push it, and put the same commit on ${main ?? 'the default branch'} (GitHub offers workflow_dispatch only for workflows there): ` +
        `${commit} && git push origin HEAD && git switch ${mainName} && git cherry-pick ${branch ?? '<your branch>'} && git push origin ${mainName} && git switch -`);
}
const init_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function init_git(cwd, ...args) {
    try {
        const { stdout } = await init_run('git', args, { cwd, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
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
    /**
     * The run `continue` started (or, with `--attach`, follows). `withUrl: false` when the URL is
     * printed as the result right after (`--no-wait`), so it shows once.
     */
    started(run, how = {}) {
        this.event({ event: 'started', runId: run.id, url: run.htmlUrl, branch: run.headBranch });
        const what = `${how.attached ? 'Following' : 'Started'} run ${run.id}`;
        this.note(how.withUrl === false ? what : `${what}: ${run.htmlUrl}`);
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








/** GitHub keeps a job nobody picks up queued for a day; six hours is past any real run of ours. */
const DEFAULT_TIMEOUT = '6h';
/**
 * Push, start the continuation workflow, follow it, pull what it added: the whole round trip of
 * docs/architecture.md in one command. `--attach RUN_ID` starts at the following. The stages live
 * in continueStart.ts (checks, push, dispatch), continueFollow.ts and continuePull.ts.
 */
async function runContinue(options, runtime, hooks = {}) {
    const intervalMs = intervalOf(options.interval);
    const timeout = options.timeout ?? DEFAULT_TIMEOUT;
    const timeoutMs = durationOf(timeout);
    const workflow = options.workflow ?? DEFAULT_WORKFLOW;
    const prompt = options.prompt.join(' ').trim();
    if (options.attach !== undefined && prompt)
        throw new errors/* UsageError */.eb('--attach follows a run that exists: give it no prompt.');
    if (options.attach === undefined && !prompt)
        throw new errors/* UsageError */.eb('Say what Claude should do next: claude-session continue "…".');
    const extraInputs = inputsOf(options.input ?? []);
    const display = new RunDisplay(runtime.io, options.json === true);
    const { ctx, token, encryption, workflowRuns } = await runContextFor(options, runtime, {
        branch: options.branch,
        session: options.session,
        encryptionKeyFile: options.encryptionKeyFile
    });
    const cwd = cwdFor(runtime, options.cwd);
    const c = {
        ctx,
        runs: workflowRuns(),
        display,
        runtime,
        cwd,
        configDir: configDirFor(runtime),
        encryption
    };
    const started = options.attach !== undefined
        ? { run: await attachRun(c.runs, options.attach), sessionId: options.session }
        : await pushAndStart(c, {
            workflow,
            branch: options.branch,
            prompt,
            sessionId: options.session,
            extraInputs,
            token,
            intervalMs,
            signal: hooks.signal
        });
    const { run } = started;
    display.started(run, { attached: options.attach !== undefined, withUrl: options.wait !== false });
    const attach = `claude-session continue --attach ${run.id}`;
    if (options.wait === false) {
        display.result(`${run.htmlUrl}\nFollow it with: ${attach}`);
        return;
    }
    const progress = await followContinuation(c, run, {
        intervalMs,
        timeoutMs,
        timeout,
        queuedWarningSeconds: options.queuedWarningSeconds,
        signal: hooks.signal,
        followed: hooks.followed,
        attach
    });
    if (!progress)
        return;
    const pulled = await pullWhatRunAdded(c, progress, {
        branch: options.branch,
        sessionId: started.sessionId,
        workflow,
        takesSession: started.takesSession
    });
    if (options.resume && pulled)
        await resumeClaude(pulled.sessionId, cwd, runtime);
}
/** `--resume`: hand the terminal to Claude Code in the directory whose folder holds the session. */
async function resumeClaude(sessionId, cwd, runtime) {
    await new Promise((done, fail) => {
        const child = (0,external_node_child_process_.spawn)('claude', ['--resume', sessionId], {
            cwd,
            env: runtime.env,
            stdio: 'inherit'
        });
        child.on('error', () => fail(new errors/* UsageError */.eb(`Could not start \`claude\` (is Claude Code on your PATH?). Run it yourself: claude --resume ${sessionId}`)));
        child.on('close', () => done());
    });
}
/** `--timeout`: `6h`, `90m`, `30s`, `1.5h`, or plain seconds. */
function durationOf(value) {
    const m = /^(\d+(?:\.\d+)?)\s*(h|m|s)?$/i.exec(value.trim());
    const unit = { h: 3_600_000, m: 60_000, s: 1000 }[(m?.[2] ?? 's').toLowerCase()];
    const ms = m ? Number(m[1]) * unit : NaN;
    if (!(ms > 0))
        throw new errors/* UsageError */.eb(`--timeout takes a duration such as 6h, 90m or 30s, got "${value}".`);
    return Math.round(ms);
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

;// CONCATENATED MODULE: ./src/cli/commands/continueCommands.ts





const EXIT_CODES = `Exit codes:
  0 done (also --no-wait and Ctrl-C, which leave the run going)
  1 no session to push
  2 usage or configuration error, checked before anything is pushed or started: the workflow file
    missing on the default branch or the branch (run claude-session init), the branch not on
    GitHub, an --input the workflow does not declare, a token without contents: write or
    actions: write
  3 conflict (the stored or the local copy went on separately; nothing is overwritten)
  4 GitHub or network failure after retries (also: the run is still not done after --timeout, or
    it could not be told apart from another run; it goes on: follow it with --attach RUN_ID)
  5 local file-system failure
  6 the run failed or was cancelled (whatever it saved is still pulled), or it continued another
    session than the one pushed`;
/** `claude-session continue [prompt...]`: its own file, so options added to it merge apart. */
function newContinueCommand(f, runF) {
    return new esm/* Command */.uB('continue')
        .description('push the session, run the continuation workflow on it, follow it, pull the result')
        .argument('[prompt...]', 'what Claude should do next')
        .option('--branch <branch>', 'git branch (default: the current branch)')
        .option('--workflow <file>', 'workflow file in .github/workflows', DEFAULT_WORKFLOW)
        .option('--interval <seconds>', 'seconds between looks at the run', '5')
        .option('--no-wait', 'start the run, print its URL and the command that follows it, and exit')
        .option('--session <id>', 'push this session instead of the newest of the branch')
        .option('--input <key=value>', 'another input of the workflow (repeatable)', collect)
        .option('--json', 'one JSON object per event on stdout')
        .option('--resume', 'run `claude --resume <id>` once the run is pulled')
        .option('--attach <run-id>', 'follow (and then pull) a run started earlier')
        .option('--timeout <duration>', 'stop following after this long (6h, 90m, 30s); the run goes on', '6h')
        .option('--cwd <dir>', 'the directory Claude runs in (default: here)')
        .option('--encryption-key-file <path>', 'the age passphrase or identity for encrypted sessions')
        .addHelpText('after', helpAfter({
        about: `Checks that the workflow is on the default branch and on the branch, that the branch is on GitHub
and that every --input is declared; pushes like \`push\`; starts .github/workflows/<file>
(workflow_dispatch, inputs prompt, branch, session-id and request-id where the workflow declares
them) on the branch; shows its status and current step every --interval seconds (and warns when no
runner picks it up); and when it completes pulls like \`pull\` and prints what Claude added and the
\`claude --resume <id>\` command. Ctrl-C stops following without cancelling the run. Write the
workflow once with \`claude-session init\`.`,
        examples: [
            'claude-session continue "Fix the failing test we talked about"',
            'claude-session continue --no-wait --input model=opus "Write the release notes"',
            'claude-session continue --attach 1234567890'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR'],
        exitCodes: EXIT_CODES
    }))
        .action(async (prompt, o) => {
        const branch = o.branch ?? (o.attach === undefined ? await f.branch(undefined, o.cwd) : undefined);
        const options = { ...f.globals(), ...o, prompt, branch };
        if (runF)
            return void (await runF(options));
        // Ctrl-C while following detaches: the run goes on and the attach command is printed.
        const abort = new AbortController();
        const onInterrupt = () => abort.abort();
        process.on('SIGINT', onInterrupt);
        const release = () => void process.off('SIGINT', onInterrupt);
        try {
            await runContinue(options, f.runtime(), { signal: abort.signal, followed: release });
        }
        finally {
            release();
        }
    });
}

// EXTERNAL MODULE: ./src/manage/delete.ts
var manage_delete = __webpack_require__(2476);
// EXTERNAL MODULE: ./src/remote/layout.ts
var layout = __webpack_require__(4614);
// EXTERNAL MODULE: external "node:readline/promises"
var external_node_readline_promises_ = __webpack_require__(6848);
;// CONCATENATED MODULE: ./src/cli/commands/confirm.ts


/** Asks on a terminal; without one, only `--yes` may go ahead (a script must not hang on a prompt). */
async function confirm_confirm(runtime, question, yes) {
    if (yes)
        return true;
    const ask = runtime.io.ask ?? (process.stdin.isTTY ? askOnTerminal : undefined);
    if (!runtime.io.interactive || !ask) {
        throw new errors/* UsageError */.eb(`${question.replace(/\?$/, '')}: refusing without confirmation. Pass --yes to confirm.`);
    }
    return /^y(es)?$/i.test((await ask(`${question} [y/N] `)).trim());
}
async function askOnTerminal(question) {
    const rl = (0,external_node_readline_promises_.createInterface)({ input: process.stdin, output: process.stderr });
    try {
        return await rl.question(question);
    }
    finally {
        rl.close();
    }
}

// EXTERNAL MODULE: ./src/manage/prune.ts
var prune = __webpack_require__(3343);
;// CONCATENATED MODULE: ./src/cli/commands/prune.ts








/** `claude-session prune`. */
function newPruneCommand(f, runF) {
    return new esm/* Command */.uB('prune')
        .description('delete stored sessions that are old or whose branch is gone')
        .option('--older-than <days>', 'sessions saved more than this many days ago')
        .option('--gone', 'sessions whose branch no longer exists in the repository')
        .option('--dry-run', 'only show what would be deleted')
        .option('-y, --yes', 'do not ask (required when not on a terminal)')
        .addHelpText('after', helpAfter({
        examples: [
            'claude-session prune --gone --dry-run',
            'claude-session prune --older-than 30 --yes'
        ],
        environment: GITHUB_ENVIRONMENT
    }))
        .action(async (flags) => {
        const options = { ...f.globals(), ...flags };
        await (runF ?? ((o) => runPrune(o, f.runtime())))(options);
    });
}
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
    const { candidates, complete } = await (0,prune/* planPruneListing */._f)(ctx, {
        olderThanDays,
        gone: options.gone
    });
    if (!complete)
        runtime.io.err(`${style(runtime.io, 'yellow', '!')} ${list/* INCOMPLETE_LISTING */._f}\n`);
    if (candidates.length === 0) {
        runtime.io.err('Nothing to prune.\n');
        return;
    }
    for (const c of candidates)
        runtime.io.out(`${options.dryRun ? 'would delete' : 'delete'} ${c.branch} ${c.sessionId} (${c.reason})\n`);
    if (options.dryRun)
        return;
    if (!(await confirm_confirm(runtime, `Delete these ${plural(candidates.length, 'session')} from ${ctx.repository}?`, options.yes))) {
        runtime.io.err('Nothing deleted.\n');
        return;
    }
    const result = await (0,prune/* applyPrune */.$v)(ctx, candidates);
    reportKept(runtime, result.kept);
    runtime.io.out(`${style(runtime.io, 'green', '✓')} Pruned ${plural(result.deletedSessions.length, 'session')}\n`);
}
/** Sessions left in place because they changed after they were listed: said, never silent. */
function reportKept(runtime, kept) {
    for (const k of kept)
        runtime.io.err(`${style(runtime.io, 'yellow', '!')} Kept ${k.branch} ${k.sessionId}: ${k.reason}. Nothing of it was deleted; run the command again to see it as it is now.\n`);
}

;// CONCATENATED MODULE: ./src/cli/commands/delete.ts








/** `claude-session delete <branch>`. */
function newDeleteCommand(f, runF) {
    return new esm/* Command */.uB('delete')
        .description("delete one stored session, or a branch's whole draft release")
        .argument('<branch>', 'git branch')
        .option('--session <id>', 'delete only this session')
        .option('-y, --yes', 'do not ask (required when not on a terminal)')
        .addHelpText('after', helpAfter({
        examples: [
            'claude-session delete old-feature --yes',
            'claude-session delete main --session 4d5611e5-241a-462a-8d15-5122611a9569'
        ],
        environment: GITHUB_ENVIRONMENT
    }))
        .action(async (branch, flags) => {
        const options = { ...f.globals(), ...flags, branch };
        await (runF ?? ((o) => runDelete(o, f.runtime())))(options);
    });
}
/**
 * Removes one stored session, or the branch's whole draft release: what it lists before asking,
 * and nothing saved after that (manage/delete.ts).
 */
async function runDelete(options, runtime) {
    const { ctx } = await runContextFor(options, runtime, options);
    const plan = await (0,manage_delete/* planDelete */.xO)(ctx, { branch: options.branch, sessionId: options.session });
    const what = options.session
        ? `session ${options.session} from ${(0,layout/* tagForBranch */.gk)(options.branch)}`
        : `the draft release ${(0,layout/* tagForBranch */.gk)(options.branch)} and every session on it`;
    for (const s of plan.sessions)
        runtime.io.out(`delete ${s.branch} ${s.sessionId}\n`);
    if (!(await confirm_confirm(runtime, `Delete ${what} in ${ctx.repository}?`, options.yes))) {
        runtime.io.err('Nothing deleted.\n');
        return;
    }
    const result = await (0,manage_delete/* applyDelete */._E)(ctx, plan);
    reportKept(runtime, result.kept);
    const done = `${plural(result.deletedAssets, 'asset')}, ${plural(result.deletedReleases, 'release')}`;
    runtime.io.out(result.kept.length === 0
        ? `${style(runtime.io, 'green', '✓')} Deleted ${what} (${done})\n`
        : `Deleted ${result.deletedSessions.length} of ${plan.sessions.length} sessions (${done}); kept ${result.kept.length}\n`);
}

;// CONCATENATED MODULE: ./src/cli/commands/discover.ts






/** `claude-session discover [branch]`. */
function newDiscoverCommand(f, runF) {
    return new esm/* Command */.uB('discover')
        .description("print the id of the branch's newest Claude Code session in this directory")
        .argument('[branch]', 'git branch (default: the current branch)')
        .option('--cwd <dir>', 'look in the Claude project folder of this directory instead')
        .addHelpText('after', helpAfter({
        about: `Claude Code keeps each directory's sessions in <CLAUDE_CONFIG_DIR or ~/.claude>/projects/<folder>/,
where <folder> is the directory's physical path with every non-alphanumeric character turned into "-".
The newest session whose records carry the branch wins. Exit code 1 when there is none.`,
        examples: [
            'claude-session discover',
            'claude-session discover feature/login --cwd ../other-clone'
        ],
        environment: ['CLAUDE_CONFIG_DIR']
    }))
        .action(async (branch, flags) => {
        const options = { branch: await f.branch(branch, flags.cwd), cwd: flags.cwd };
        await (runF ?? ((o) => runDiscover(o, f.runtime())))(options);
    });
}
/** Prints the id of the newest session of the branch in the directory's Claude project folder. */
async function runDiscover(options, runtime) {
    // A name git refuses is a usage error here as in every other command (exit 2, not 1).
    (0,runContext/* checkBranch */.DC)(options.branch, 'the branch');
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






/** `claude-session list [branch]`. */
function newListCommand(f, runF) {
    return new esm/* Command */.uB('list')
        .description('list stored sessions: branch, id, last record, records, size, saved by')
        .argument('[branch]', 'only this branch (default: every branch)')
        .option('--json', 'print JSON for scripts')
        .addHelpText('after', helpAfter({
        examples: [
            'claude-session list',
            'claude-session list main --json',
            'claude-session list -R octo/app'
        ],
        environment: GITHUB_ENVIRONMENT
    }))
        .action(async (branch, flags) => {
        const options = { ...f.globals(), ...flags, branch };
        await (runF ?? ((o) => runList(o, f.runtime())))(options);
    });
}
/** The stored sessions, one branch's or every branch's, as a table or JSON. */
async function runList(options, runtime) {
    const { ctx } = await runContextFor(options, runtime, { branch: options.branch });
    const listing = await (0,list/* listSessions */.GW)(ctx, { branch: options.branch });
    const sessions = listing.sessions.map(withoutAssets);
    // Not "nothing stored" when a draft older than REST's 1000 releases could not be searched.
    if (!listing.complete)
        runtime.io.err(`${style(runtime.io, 'yellow', '!')} ${list/* INCOMPLETE_LISTING */._f}\n`);
    if (options.json) {
        runtime.io.out(JSON.stringify(sessions, null, 2) + '\n');
        return;
    }
    if (sessions.length === 0) {
        runtime.io.err(`No sessions ${listing.complete ? 'stored' : 'found'}${options.branch ? ` for branch ${options.branch}` : ''} in ${ctx.repository}.\n`);
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
/** A listed session as `--json` shows it: the assets it was read from are for deletions only. */
function withoutAssets({ assets: _assets, ...session }) {
    return session;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 5 modules
var core = __webpack_require__(8524);
// EXTERNAL MODULE: ./src/shared/jobVariables.ts
var jobVariables = __webpack_require__(4845);
;// CONCATENATED MODULE: ./src/cli/commands/pull.ts








const OUTCOME = {
    installed: 'Installed',
    'fast-forward': 'Fast-forwarded',
    unchanged: 'Already up to date:',
    overwritten: 'Replaced your copy of',
    'as-new': 'Installed as a new session:'
};
/** `claude-session pull [branch]` (alias `restore`, the seed scripts' name). */
function newPullCommand(f, runF) {
    return new esm/* Command */.uB('pull')
        .alias('restore')
        .description("install the branch's newest stored session (or --session) where claude --resume finds it")
        .argument('[branch]', 'git branch (default: the current branch)')
        .option('--session <id>', 'restore this session instead of the newest')
        .option('--cwd <dir>', 'the directory you will run claude in (default: here)')
        .option('--force', 'replace a local copy that went on separately (kept as a .bak file)')
        .option('--as-new', 'install under a new session id when the local copy went on separately')
        .option('--no-memory', "do not install the project's auto memory the session carries")
        .option('--encryption-key-file <path>', 'the age passphrase or identity that decrypts the session')
        .addHelpText('after', helpAfter({
        about: `Installs the session into the Claude project folder of the directory, then prints the
\`claude --resume <id>\` command. A local copy that the stored one extends is fast-forwarded; one that
went on separately is never overwritten silently: pull exits with code 3 unless --force or --as-new.
Inside GitHub Actions it also exports SESSION_ID and SESSION_RESTORED to the job.`,
        examples: [
            'claude-session pull',
            'claude-session pull feature/login --as-new',
            'claude-session pull -R octo/app main --cwd ~/src/app'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR']
    }))
        .action(async (branch, flags) => {
        const options = { ...f.globals(), ...flags, branch: await f.branch(branch, flags.cwd) };
        await (runF ?? ((o) => runPull(o, f.runtime())))(options);
    });
}
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
        pullCommand: `claude-session pull ${options.branch}`,
        memory: options.memory !== false
    }).finally(() => progress.done());
    io.out(`${style(io, 'green', '✓')} ${OUTCOME[result.outcome]} session ${result.sessionId} (${plural(result.records, 'record')}) from draft release claude-sessions-${options.branch}\n`);
    if (result.backupPath)
        io.out(`  Your previous copy is kept at ${result.backupPath}\n`);
    if (result.backupFolderPath)
        io.out(`  and its session folder at ${result.backupFolderPath}\n`);
    if (!io.quiet)
        io.out(`  ${result.transcriptPath}\n`);
    const memory = result.memory;
    if (memory && memory.written.length > 0)
        io.out(`  Memory: ${memory.written.join(', ')} updated in ${memory.dir}\n`);
    // Changed on both sides: theirs is beside yours, never over it.
    for (const kept of memory?.kept ?? [])
        io.out(`  Memory: ${kept.file} changed here and remotely; yours is kept, theirs is at ${kept.storedCopyAt}\n`);
    const resume = `claude --resume ${result.sessionId}`;
    io.out(cwd === runtime.cwd ? `${resume}\n` : `cd ${JSON.stringify(cwd)} && ${resume}\n`);
    // Inside GitHub Actions, later steps see the session as the restore action exports it. core
    // writes to the GITHUB_ENV of this process, which is the runner's when the CLI runs in a step.
    if (runtime.env.GITHUB_ENV && runtime.env.GITHUB_ENV === process.env.GITHUB_ENV) {
        core/* exportVariable */.dN(jobVariables/* JobVariables */.P.SessionId, result.sessionId);
        core/* exportVariable */.dN(jobVariables/* JobVariables */.P.SessionRestored, 'true');
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/push.ts








/** `claude-session push [branch]` (alias `sync`, the seed scripts' name). */
function newPushCommand(f, runF) {
    return new esm/* Command */.uB('push')
        .alias('sync')
        .description("save the branch's newest session (or --session) to its draft release")
        .argument('[branch]', 'git branch (default: the current branch)')
        .option('--session <id>', 'save this session instead of the newest')
        .option('--cwd <dir>', 'the directory Claude ran in (default: here)')
        .option('--force', 'replace the stored copy even if it has records yours lacks (CI went on)')
        .addOption(new esm/* Option */.c$('--secrets <policy>', 'when the secret scan finds secrets')
        .choices(['warn', 'fail', 'redact'])
        .default('warn'))
        .option('--allow-unscanned', 'with --secrets fail, upload files the scan cannot read (binary) as they are')
        .option('--encryption-key-file <path>', 'encrypt with the age passphrase or identity in this file')
        .option('--recipient <age1...>', 'encrypt to this age public key (repeatable)', collect)
        .option('--no-encryption', 'store unencrypted, even over an encrypted copy (never done without this flag)')
        .option('--no-memory', "leave out the project's auto memory (Claude Code's memory folder of the git root)")
        .addHelpText('after', helpAfter({
        about: `Uploads claude-session-<id>.tar.gz and claude-session-metadata-<id>.json to the draft release
claude-sessions-<branch> (created if missing; drafts are visible only to people with push access).
If the stored copy has records yours does not (CI continued the session), push refuses with exit
code 3: pull first, or --force.`,
        examples: [
            'claude-session push',
            'claude-session push main --session 4d5611e5-241a-462a-8d15-5122611a9569',
            'claude-session push --secrets redact --encryption-key-file ~/.config/claude-session.key',
            'claude-session push -R octo/app feature/login'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR']
    }))
        .action(async (branch, flags) => {
        const options = { ...f.globals(), ...flags, branch: await f.branch(branch, flags.cwd) };
        await (runF ?? ((o) => runPush(o, f.runtime())))(options);
    });
}
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
        // The key still checks the encrypted copy being replaced, so no record of it is lost unseen.
        compareKey: plain ? run.encryption : undefined,
        secrets: run.secrets,
        allowUnscanned: options.allowUnscanned,
        extraSecrets: [run.token],
        onProgress: progress.onProgress,
        memory: options.memory !== false
    }).finally(() => progress.done());
    const check = style(io, 'green', '✓');
    if (result.outcome === 'unchanged') {
        io.out(`${check} Session ${result.sessionId} is already up to date on draft release ${result.tag}\n`);
    }
    else {
        io.out(`${check} Uploaded ${result.archiveName} (${plural(result.records, 'record')}, ${(0,format/* formatBytes */.z)(result.archiveSize)}) to draft release ${result.tag} in ${run.ctx.repository}\n`);
    }
    // A draft found through its index may come without a web URL: print no empty line for it.
    if (!io.quiet && result.releaseUrl)
        io.out(`  ${result.releaseUrl}\n`);
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

















/** Every command, in the order `--help` lists them: the Quick start's first. */
const COMMANDS = [
    newInitCommand,
    newContinueCommand,
    newPushCommand,
    newPullCommand,
    newListCommand,
    newDiscoverCommand,
    newDeleteCommand,
    newPruneCommand
];
/**
 * The root command: the inherited options (-R/--repo as gh has it, -q, --verbose) and every
 * command, each built by its own file. Exported for tests that read the help.
 */
function rootCommand(f) {
    const program = new esm/* Command */.uB('claude-session')
        .description('Carry Claude Code conversations between your laptop and GitHub Actions (draft release claude-sessions-<branch>).')
        .version(version/* TOOL_VERSION */.wr, '-V, --version')
        .option('-R, --repo <owner/name>', 'the GitHub repository (default: GITHUB_REPOSITORY, else the origin remote)')
        .option('-q, --quiet', 'print only the result')
        .option('--verbose', 'print what happens, request by request')
        .showHelpAfterError('(run with --help for usage)')
        .addHelpText('after', helpAfter({
        about: `Quick start, in your clone:
  claude-session init                       # once: write the workflow, then commit and push it
  claude-session continue "Fix the test"    # push, run it in GitHub Actions, follow, pull back
  git pull && claude --resume <id>          # the code and the conversation, here again
By hand: claude-session push, run the workflow, claude-session pull.`,
        examples: [
            'claude-session continue --no-wait "Write the release notes"',
            'claude-session list -R octo/app',
            'claude-session pull feature/login'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR']
    }))
        .exitOverride()
        // Aliases (sync, restore) keep old scripts working; the help names one command each. Each
        // command's help lists the inherited options too, as gh's "INHERITED FLAGS" does.
        .configureHelp({
        subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`.trim(),
        showGlobalOptions: true
    });
    for (const newCommand of COMMANDS) {
        const command = newCommand(f);
        // addCommand, unlike command(), does not pass the root's help and exit settings on.
        command.copyInheritedSettings(program);
        program.addCommand(command);
    }
    return program;
}
/**
 * Parses argv and runs one command; returns the exit code instead of exiting, for tests (which
 * may also inject the working directory and the output streams).
 */
async function main(argv = process.argv, env = process.env, options = {}) {
    if (!options.io)
        tolerateClosedStdout();
    const cwd = options.cwd ?? process.cwd();
    const scratchBase = env.RUNNER_TEMP || env.TMPDIR || (0,external_node_os_.tmpdir)();
    const scratch = scratchDir(scratchBase);
    // Read once the command line is parsed (the closures run inside the commands' actions).
    const globals = () => program.opts();
    const runtime = () => ({
        env,
        cwd,
        io: options.io ?? processIo(Boolean(globals().quiet), env),
        tempDir: () => scratch.path()
    });
    const program = rootCommand(factoryFor(runtime, globals));
    // An error a library emits outside any promise (a stream's 'error' event with no listener, e.g.
    // on a full disk) would otherwise end Node with a stack trace and leave the scratch folder.
    let crashed = () => undefined;
    const crash = new Promise((_, reject) => (crashed = reject));
    process.on('uncaughtException', crashed);
    process.on('unhandledRejection', crashed);
    try {
        await Promise.race([program.parseAsync(argv), crash]);
        return errorTable/* EXIT */.dc.ok;
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            // --help and --version end here too, with code 0.
            return error.exitCode === 0 ? errorTable/* EXIT */.dc.ok : errorTable/* EXIT */.dc.usage;
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
    if (code === errorTable/* EXIT */.dc.bug) {
        const stack = error?.stack;
        io.err(verbose && typeof stack === 'string'
            ? `${stack}\n`
            : 'Run it again with --verbose to see where it happened, and include that in the report.\n');
    }
    return code;
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

/***/ 7848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ restoreSession)
/* harmony export */ });
/* harmony import */ var _archive_encryption_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5261);
/* harmony import */ var _remote_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4614);


/**
 * Restores a branch's stored session (docs/architecture.md, "What a restore does"). Only the
 * lookup is loaded before the first request: the code that downloads, unpacks and installs
 * (restoreFromLookup.ts, with node:zlib and tar) is a chunk of its own, parsed while the lookup
 * travels, where a round trip to github.com leaves the process idle for about 100 ms
 * (docs/performance.md, "Start-up").
 */
async function restoreSession(ctx, req) {
    // A malformed key is refused before anything is downloaded (it would be at decryption anyway).
    if (req.encryption)
        await (0,_archive_encryption_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKey */ .yR)(req.encryption);
    const tag = (0,_remote_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .tagForBranch */ .gk)(req.branch);
    // One request finds the draft with its body: when the index there matches the assets listed in
    // the same answer, the archive is the only other request (releaseIndex.ts). The rest is parsed
    // once that request has left, not before: parsing blocks the one thread that sends it. A lookup
    // that ends without sending (no connection) starts the load too.
    let sent;
    const left = new Promise((resolve) => (sent = resolve));
    const lookup = ctx.store.lookupDraft(tag, sent);
    const rest = Promise.race([left, lookup.then(noop, noop)]).then(() => {
        // node:crypto too, which the bundle loads on first use (scripts/bundle.mjs): the index's
        // checksum needs it as soon as the answer is in.
        void Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23)).catch(noop);
        return Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(851), __webpack_require__.e(930), __webpack_require__.e(686), __webpack_require__.e(324)]).then(__webpack_require__.bind(__webpack_require__, 6324));
    });
    // When the lookup fails its error is the one thrown, and the load is never awaited.
    rest.catch(noop);
    const found = await lookup;
    return (await rest).restoreFromLookup(ctx, req, tag, found);
}
const noop = () => undefined;


/***/ })

};
