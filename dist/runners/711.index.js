export const id = 711;
export const ids = [711];
export const modules = {

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KP: () => (/* reexport */ metadata/* buildMetadata */.KP),
  yR: () => (/* reexport */ encryption/* checkKey */.yR),
  zF: () => (/* reexport */ completeLinesLength),
  oL: () => (/* reexport */ encryption/* encryptFile */.oL),
  Cx: () => (/* reexport */ digest/* fileStartsWith */.Cx),
  DC: () => (/* reexport */ digest/* hashFile */.DC),
  _6: () => (/* reexport */ isUnreadableFile),
  Ah: () => (/* reexport */ packSession),
  yU: () => (/* reexport */ redactSession),
  WN: () => (/* reexport */ scanFile),
  qk: () => (/* reexport */ scanSession),
  Ff: () => (/* reexport */ scanText),
  Qt: () => (/* reexport */ metadata/* serializeMetadata */.Qt),
  H1: () => (/* reexport */ snapshotFolder),
  IM: () => (/* reexport */ storedPrefixes),
  KB: () => (/* reexport */ transcriptDigestFields)
});

// UNUSED EXPORTS: REDACTION_MARK, decryptFile, parseKeyMaterial, parseMetadata, redactFile

// EXTERNAL MODULE: ./src/archive/digest.ts
var digest = __webpack_require__(2948);
// EXTERNAL MODULE: ./src/archive/digestKey.ts
var archive_digestKey = __webpack_require__(6949);
;// CONCATENATED MODULE: ./src/archive/transcriptDigests.ts


/**
 * What metadata records of the uploaded transcript (and of the user's own bytes it was redacted
 * from), so that a later save can tell without downloading whether its transcript extends it.
 * In the clear: exact sizes, sha256 and the record count. Encrypted: only keyed digests and
 * rounded sizes (see the README's Security section), or nothing when the session is encrypted to
 * recipients alone, whose holder cannot derive the key.
 */
async function transcriptDigestFields(transcript, source, records, encryption, 
/** The stored copy this version replaces: its salt is kept when our key is the one it names. */
previous) {
    if (!encryption) {
        return {
            transcriptSha256: transcript.sha256,
            transcriptSize: transcript.size,
            ...(source
                ? { sourceTranscriptSha256: source.sha256, sourceTranscriptSize: source.size }
                : {}),
            records
        };
    }
    const digestKey = (await storedDigestKey(previous, encryption)) ?? (await (0,archive_digestKey/* newDigestKey */.y8)(encryption));
    if (!digestKey)
        return {};
    const sealed = (0,digest/* keyedDigest */.rD)(transcript, digestKey.key);
    const sealedSource = source ? (0,digest/* keyedDigest */.rD)(source, digestKey.key) : undefined;
    return {
        digestKeyId: digestKey.id,
        digestKeySalt: digestKey.salt,
        ...(digestKey.workFactor !== undefined ? { digestKeyWorkFactor: digestKey.workFactor } : {}),
        transcriptHmacSha256: sealed.hmacSha256,
        transcriptSizeRounded: sealed.roundedSize,
        ...(sealedSource
            ? {
                sourceTranscriptHmacSha256: sealedSource.hmacSha256,
                sourceTranscriptSizeRounded: sealedSource.roundedSize
            }
            : {})
    };
}
/**
 * The digest key that the stored copy's metadata names, when `encryption` derives it (same key,
 * same salt): a new version then keeps the salt, and one derivation serves the check and the
 * record. Metadata of the first scheme (no salt) is never kept: its key is only read.
 */
async function storedDigestKey(m, encryption) {
    if (m?.digestKeyId === undefined || m.digestKeySalt === undefined)
        return undefined;
    const key = await (0,archive_digestKey/* digestKeyFor */.zm)(encryption, digestKeyParams(m));
    return key?.id === m.digestKeyId ? key : undefined;
}
function digestKeyParams(m) {
    return { id: m.digestKeyId, salt: m.digestKeySalt, workFactor: m.digestKeyWorkFactor };
}
/**
 * The byte prefixes a local transcript must start with to extend the stored copy: the uploaded
 * bytes, or the bytes they were redacted from. `uncheckable` says why there are none to compare
 * (no key can: the copy holds no digest); `otherKey` that its digests are keyed to a key this save
 * was not given (a rotated key, another key file), which only the holder of that key can check.
 */
async function storedPrefixes(m, encryption) {
    if (m.transcriptSha256 !== undefined && m.transcriptSize !== undefined) {
        const prefixes = [{ size: m.transcriptSize, sha256: m.transcriptSha256 }];
        // The user's own bytes stand for the whole upload only when it was redacted from them; a copy
        // that extends a redacted one (`redactedPrefix*`) holds records after them that they lack.
        if (m.sourceTranscriptSha256 !== undefined &&
            m.sourceTranscriptSize !== undefined &&
            m.redactedPrefixSize === undefined)
            prefixes.push({ size: m.sourceTranscriptSize, sha256: m.sourceTranscriptSha256 });
        return { prefixes };
    }
    if (m.transcriptHmacSha256 === undefined || m.transcriptSizeRounded === undefined) {
        return {
            uncheckable: m.encrypted
                ? 'it is encrypted to age recipients only, so its metadata holds no digest to compare with'
                : 'it has no digest (saved by an older tool)'
        };
    }
    const digestKey = encryption && m.digestKeyId !== undefined
        ? await (0,archive_digestKey/* digestKeyFor */.zm)(encryption, digestKeyParams(m))
        : undefined;
    if (!digestKey || digestKey.id !== m.digestKeyId) {
        return {
            otherKey: !encryption
                ? 'no encryption key was given to check it with'
                : !digestKey
                    ? 'age recipients alone cannot check it'
                    : 'its digests are keyed to another encryption key than the one given'
        };
    }
    const prefixes = [
        { roundedSize: m.transcriptSizeRounded, hmacSha256: m.transcriptHmacSha256, key: digestKey.key }
    ];
    if (m.sourceTranscriptHmacSha256 !== undefined && m.sourceTranscriptSizeRounded !== undefined) {
        prefixes.push({
            roundedSize: m.sourceTranscriptSizeRounded,
            hmacSha256: m.sourceTranscriptHmacSha256,
            key: digestKey.key
        });
    }
    return { prefixes };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/common/hashing.ts
var common_hashing = __webpack_require__(3709);
// EXTERNAL MODULE: ./src/common/fileChunks.ts
var fileChunks = __webpack_require__(1429);
// EXTERNAL MODULE: ./src/archive/lineCount.ts
var lineCount = __webpack_require__(8199);
;// CONCATENATED MODULE: ./src/archive/pack.ts








const BLOCK = 512;
/**
 * Streams `<id>.jsonl` (at the archive root, as the seed's scripts wrote it) and `<id>/…` into a
 * tar.gz, hashing the archive as it is written. The tar headers come from node-tar; the bodies are
 * streamed here, because Claude Code may append to the transcript while we read it and the header
 * must state an exact size: we send exactly `transcriptBytes`.
 */
async function packSession(input) {
    const transcriptSize = input.transcriptBytes ?? (await completeLinesLength(input.transcriptPath));
    const members = [
        { path: `${input.sessionId}.jsonl`, source: input.transcriptPath, size: transcriptSize }
    ];
    if (input.folderPath)
        await collect(input.folderPath, input.sessionId, members);
    // Fixed header fields make the same files give the same archive, byte for byte; tar keeps
    // whole seconds.
    const mtime = new Date(Math.floor(input.mtime.getTime() / 1000) * 1000);
    if (Number.isNaN(mtime.getTime()))
        throw new TypeError('packSession: mtime is not a valid date');
    // node-tar's header and PAX encoders only, loaded when packing starts (not at start-up).
    const [{ Header }, { Pax }] = await Promise.all([__webpack_require__.e(/* import() */ 532).then(__webpack_require__.bind(__webpack_require__, 6532)), __webpack_require__.e(/* import() */ 750).then(__webpack_require__.bind(__webpack_require__, 750))]);
    const tar = { Header, Pax };
    const transcriptHash = new common_hashing/* HashingStream */.$();
    const lines = new lineCount/* LineCounter */.H();
    const archiveHash = new common_hashing/* HashingStream */.$();
    // Level 5, not zlib's default 6: on real transcripts it compresses a fifth faster for archives
    // 2–3% larger (docs/performance.md, "Where the time goes"), and compression is the longest
    // step of a large save.
    const gzip = (0,external_node_zlib_.createGzip)({ level: 5 });
    const writing = (0,external_node_stream_promises_.pipeline)(gzip, archiveHash, (0,external_node_fs_.createWriteStream)(input.outFile, { mode: 0o600 }));
    // Bodies are read into two buffers that take turns: a write's callback fires once zlib has
    // consumed the chunk, so its buffer can be read into again, while the other one is hashed and
    // compressed. No chunk is allocated per read, so memory stays flat whatever the session's size.
    const buffers = [Buffer.allocUnsafe(fileChunks/* CHUNK_BYTES */.E), Buffer.allocUnsafe(fileChunks/* CHUNK_BYTES */.E)];
    let inFlight = Promise.resolve();
    const send = async (data) => {
        await inFlight;
        inFlight = written(gzip, data);
        inFlight.catch(() => undefined);
    };
    const produce = async () => {
        let turn = 0;
        for (const [index, member] of members.entries()) {
            await send(headerBlocks(tar, member.path, member.size, mtime));
            let sent = 0;
            const handle = member.size > 0 ? await (0,promises_.open)(member.source, 'r') : undefined;
            try {
                while (handle && sent < member.size) {
                    const buffer = buffers[turn++ % 2];
                    const length = Math.min(buffer.length, member.size - sent);
                    const { bytesRead } = await handle.read(buffer, 0, length, sent);
                    if (bytesRead === 0)
                        break;
                    const chunk = buffer.subarray(0, bytesRead);
                    sent += bytesRead;
                    if (index === 0) {
                        input.onTranscriptData?.(chunk);
                        transcriptHash.hash.update(chunk);
                        lines.write(chunk);
                    }
                    await send(chunk);
                }
            }
            finally {
                await handle?.close();
            }
            if (sent !== member.size) {
                throw new Error(`${member.source} shrank while it was being packed (${sent} of ${member.size} bytes)`);
            }
            const pad = (BLOCK - (member.size % BLOCK)) % BLOCK;
            if (pad > 0)
                await send(Buffer.alloc(pad));
        }
        // End of archive: two zero blocks.
        await send(Buffer.alloc(BLOCK * 2));
        await inFlight;
        gzip.end();
    };
    await Promise.all([
        produce().catch((error) => {
            gzip.destroy(error);
            throw error;
        }),
        writing
    ]);
    const archive = archiveHash.digest();
    lines.end();
    return {
        archiveSha256: archive.sha256,
        archiveSize: archive.size,
        transcriptSha256: transcriptHash.hash.digest('hex'),
        transcriptSize,
        records: lines.records,
        files: members.length
    };
}
function headerBlocks({ Header, Pax }, path, size, mtime) {
    const fields = {
        path,
        mode: 0o600,
        uid: 0,
        gid: 0,
        size,
        mtime,
        type: 'File',
        uname: '',
        gname: ''
    };
    const header = new Header(fields);
    const block = Buffer.alloc(BLOCK);
    const needPax = header.encode(block);
    if (!needPax)
        return block;
    // Long paths go in a PAX extended header, as node-tar itself does.
    const pax = new Pax({ path, size, mtime }).encode();
    const plain = new Header({ ...fields, path: external_node_path_.posix.basename(path).slice(0, 99) });
    const plainBlock = Buffer.alloc(BLOCK);
    plain.encode(plainBlock);
    return Buffer.concat([pax, plainBlock]);
}
/** Regular files under the session folder, sorted for a stable archive. Links and devices stay behind. */
async function collect(dir, prefix, out) {
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry of entries) {
        const source = (0,external_node_path_.join)(dir, entry.name);
        const path = `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            await collect(source, path, out);
        // Symlinks are not followed: a session folder holds Claude Code's own files, and a link could
        // carry anything on the machine into the archive.
        else if (entry.isFile())
            out.push({ path, source, size: (await (0,promises_.lstat)(source)).size });
    }
}
/**
 * Length up to and including the last newline: a half-written record never travels. A last line
 * without its newline still counts when it is a complete JSON record (some tools write files that
 * way), so such transcripts travel byte for byte.
 */
async function completeLinesLength(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        let end = size;
        const chunk = Buffer.alloc(64 * 1024);
        while (end > 0) {
            const start = Math.max(0, end - chunk.length);
            const { bytesRead } = await handle.read(chunk, 0, end - start, start);
            const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
            if (at >= 0) {
                const complete = start + at + 1;
                return complete === size || (await isCompleteRecord(handle, complete, size))
                    ? size
                    : complete;
            }
            end = start;
        }
        return (await isCompleteRecord(handle, 0, size)) ? size : 0;
    }
    finally {
        await handle.close();
    }
}
const MAX_TAIL_RECORD = 8 * 1024 * 1024;
async function isCompleteRecord(handle, from, to) {
    if (to - from > MAX_TAIL_RECORD || to === from)
        return false;
    const tail = Buffer.alloc(to - from);
    await handle.read(tail, 0, tail.length, from);
    try {
        const value = JSON.parse(tail.toString('utf8'));
        return value !== null && typeof value === 'object';
    }
    catch {
        return false;
    }
}
/** Resolves once the stream has consumed `data` (zlib: compressed it), so its buffer may be reused. */
function written(stream, data) {
    return new Promise((resolve, reject) => stream.write(data, (error) => (error ? reject(error) : resolve())));
}

// EXTERNAL MODULE: ./src/archive/metadata.ts
var metadata = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/archive/encryption.ts
var encryption = __webpack_require__(5261);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/archive/jsonEscapes.ts
/**
 * JSON string escapes, decoded with a map back to the raw text. A transcript line is JSON: a
 * secret in it may be written with escapes (`\n` between the lines of a PEM key, `\u0067` for a
 * letter, `\/` in a URL), so rules run on the decoded text and every finding must be carried back
 * to exactly the raw characters that spell it (RFC 8259 §7 lists the escapes).
 */
const SIMPLE = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
/** Decodes every JSON escape in `raw` (outside strings there are none), keeping the way back. */
function decodeJsonEscapes(raw) {
    if (!raw.includes('\\'))
        return { text: raw };
    const units = [];
    const rawIndex = new Int32Array(raw.length + 1);
    let n = 0;
    let i = 0;
    while (i < raw.length) {
        const slash = raw.indexOf('\\', i);
        const plainEnd = slash === -1 ? raw.length : slash;
        if (plainEnd > i) {
            units.push(raw.slice(i, plainEnd));
            for (let k = i; k < plainEnd; k++)
                rawIndex[n++] = k;
            i = plainEnd;
            continue;
        }
        const next = raw[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
            // Each \uXXXX is one UTF-16 unit; a surrogate pair is two escapes and stays two units here.
            units.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)));
            rawIndex[n++] = i;
            i += 6;
        }
        else if (next !== undefined && next in SIMPLE) {
            units.push(SIMPLE[next]);
            rawIndex[n++] = i;
            i += 2;
        }
        else {
            // Not JSON (a stray backslash in a text file): kept as it stands.
            units.push('\\');
            rawIndex[n++] = i;
            i += 1;
        }
    }
    rawIndex[n] = raw.length;
    return { text: units.join(''), rawIndex: rawIndex.subarray(0, n + 1) };
}
/** The raw span `[start, end)` that spells the decoded units `[from, to)`. */
function rawSpan(decoded, from, to) {
    const map = decoded.rawIndex;
    return map ? [map[from], map[to]] : [from, to];
}
/**
 * The contents (between the quotes) of every JSON string in a raw JSON text, in order. A
 * replacement confined to these never changes the structure of the document.
 */
function jsonStringContents(raw) {
    const spans = [];
    let i = raw.indexOf('"');
    while (i !== -1) {
        let j = i + 1;
        while (j < raw.length && raw[j] !== '"')
            j += raw[j] === '\\' ? 2 : 1;
        spans.push([i + 1, Math.min(j, raw.length)]);
        i = j < raw.length ? raw.indexOf('"', j + 1) : -1;
    }
    return spans;
}

;// CONCATENATED MODULE: ./src/archive/secretRules.ts
/** `creator.meta.id` of @secretlint/secretlint-rule-pattern, known without loading it. */
const PATTERN_RULE_ID = '@secretlint/secretlint-rule-pattern';
/**
 * Shapes of tokens issued today that the recommended preset (11.7.1) does not match, added as
 * pattern rules. Each name is the rule a finding reports.
 */
const EXTRA_SHAPES = [
    // Claude Code's own credentials: OAuth tokens from `claude setup-token` (sk-ant-oat01-…) and
    // admin keys. The preset knows only API keys (sk-ant-api03-…).
    {
        name: 'anthropic',
        patterns: ['/(?<![A-Za-z0-9_-])sk-ant-(?:oat|ort|admin)\\d\\d-[A-Za-z0-9_-]{32,}/']
    },
    // OpenAI project, service-account and admin keys, with or without the T3BlbkFJ marker the
    // preset requires.
    {
        name: 'openai',
        patterns: ['/(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,}/']
    },
    // Google Cloud API keys (https://cloud.google.com/docs/authentication/api-keys).
    { name: 'gcp', patterns: ['/(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/'] }
];
let scanConfig;
/**
 * The preset's rules one by one, without `filter-comments`: that rule lets the scanned text turn
 * the scan off (`secretlint-disable`), and a transcript is text anyone could have pasted. Loaded
 * on first use: most saves have no candidate line, so they never parse secretlint's rules.
 */
function loadScanConfig() {
    scanConfig ??= Promise.all([
        __webpack_require__.e(/* import() */ 577).then(__webpack_require__.bind(__webpack_require__, 1577)),
        __webpack_require__.e(/* import() */ 567).then(__webpack_require__.bind(__webpack_require__, 2567))
    ]).then(([{ rules: recommended }, { creator: patternRule }]) => ({
        rules: [
            ...recommended
                .filter((rule) => !rule.meta.id.endsWith('-filter-comments'))
                .map((rule) => ({ id: rule.meta.id, rule })),
            { id: PATTERN_RULE_ID, rule: patternRule, options: { patterns: EXTRA_SHAPES } }
        ]
    }));
    return scanConfig;
}
/**
 * What every rule above anchors on, as one regex over the raw (undecoded, latin1-read) text: a
 * line without any of these cannot be flagged, so the rules run only on lines that have one. Each
 * anchor is at least as loose as its rule (same case rules; the database and basic-auth rules
 * report only URLs with `user:password@`). A character of an anchor may be written as a JSON
 * escape: `\/` is allowed where an anchor has a slash, and any printable ASCII character written
 * as `\u00XX` makes its line a candidate. Case-sensitive on purpose: V8 runs it several times
 * faster than the same alternatives with the `i` flag.
 */
const ANCHORS = [
    // aws (a key id alone is not flagged: secretlint reports it only beside its secret)
    '(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)',
    'PRIVATE KEY', // privatekey, and gcp service-account JSON
    '_authToken=', // npm
    'npm_',
    'x-oauth-basic',
    // basicauth and database-connection-string: `scheme://user:password@`, in any letter case
    ':(?:\\\\?/){2}[^\\s/:]{1,600}:[^\\s/@]{1,1200}@',
    'xox[abopr]-', // slack
    'xapp-',
    '[Hh][Oo][Oo][Kk][Ss]\\.[Ss][Ll][Aa][Cc][Kk]', // slack webhooks (the rule ignores case)
    'SG\\.', // sendgrid
    'shp(?:pa|ca|at|ss)_', // shopify
    'gh[pousr]_', // github
    'github_pat_',
    'T3BlbkFJ', // openai
    // openai, anthropic. No look-behind: in the raw text `\tsk-…` has a letter before `sk-`.
    'sk-(?:ant|proj|svcacct|admin|None)-',
    'lin_api_', // linear
    'ops_ey', // 1password
    'AIza', // gcp
    '\\\\u00[2-7][0-9a-fA-F]' // an escaped printable character could hide any anchor
];
/** The anchors, plus literal secrets to withhold (latin1, as the raw bytes read). */
function prefilterFor(extraSecrets) {
    const literals = extraSecrets.map((s) => Buffer.from(s, 'utf8')
        .toString('latin1')
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    return new RegExp([...ANCHORS, ...literals].join('|'), 'g');
}
/** `@secretlint/secretlint-rule-github` → `github`; a pattern rule → the shape's name. */
function shortRuleId(ruleId, data) {
    if (ruleId === PATTERN_RULE_ID) {
        const name = data?.PATTERN_NAME;
        if (typeof name === 'string')
            return name;
    }
    return ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/archive/secretlintProfiler.ts


/** Calls running now, and calls ever started: a release clears only if none started meanwhile. */
let running = 0;
let started = 0;
/**
 * Runs one `lintSource` call, then lets go of the marks secretlint left behind.
 *
 * @secretlint/core marks the start and end of every rule on one process-wide profiler, which keeps
 * each mark in an array that it searches from the start for every new one, and in the global
 * performance timeline. A scan calls `lintSource` once per block that holds a candidate line, so
 * without this each call costs more than the one before: on a long transcript whose every block
 * has a candidate, the scan grows quadratic, and Node warns of a leak at a million marks.
 *
 * The profiler's observer receives marks on a later turn of the event loop (setImmediate) and then
 * measures each start/end pair in a microtask: both are awaited before anything is cleared, and
 * nothing is cleared if another call ran meanwhile, so no measure looks for a mark that is gone.
 */
async function withSecretlint(lint) {
    running++;
    started++;
    try {
        return await lint();
    }
    finally {
        running--;
        if (running === 0)
            await releaseMarks();
    }
}
async function releaseMarks() {
    const before = started;
    const { secretLintProfiler } = await __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 806));
    const profiler = secretLintProfiler;
    await (0,external_node_timers_promises_.setImmediate)();
    await profiler.getEntries();
    // A call that started meanwhile may have marks whose measures are still to come: the release
    // at its own end clears them.
    if (running > 0 || started !== before)
        return;
    profiler.entries?.splice(0);
    profiler.measures?.splice(0);
    external_node_perf_hooks_.performance.clearMarks();
    external_node_perf_hooks_.performance.clearMeasures();
}

;// CONCATENATED MODULE: ./src/archive/redaction.ts



const RUN_TOKEN_RULE = 'github-token-of-this-run';
/** Every redaction starts with this, so a reader can tell a redacted copy from the original. */
const REDACTION_MARK = '[REDACTED:';
/** Between units: no rule's pattern matches across a NUL, so no finding spans two units. */
const SEPARATOR = '\n\u0000\n';
/**
 * Runs the rules once over all units (decoded, joined) and returns every finding as a raw span,
 * sorted, overlapping findings merged. Literal `extraSecrets` are found wherever they occur.
 */
async function findSecrets(units, extraSecrets = []) {
    if (units.length === 0)
        return [];
    const decoded = units.map((u) => (u.json ? decodeJsonEscapes(u.raw) : { text: u.raw }));
    const starts = [];
    let offset = 0;
    for (const d of decoded) {
        starts.push(offset);
        offset += d.text.length + SEPARATOR.length;
    }
    const content = decoded.map((d) => d.text).join(SEPARATOR);
    // secretlint is loaded only when a line is a candidate (docs/performance.md).
    const [{ lintSource }, config] = await Promise.all([__webpack_require__.e(/* import() */ 707).then(__webpack_require__.bind(__webpack_require__, 6707)), loadScanConfig()]);
    const result = await withSecretlint(() => lintSource({
        source: { filePath: 'session.txt', content, ext: '.txt', contentType: 'text' },
        // Unmasked so that the secret can be located exactly; messages are never shown to anyone.
        options: { config, maskSecrets: false, noPhysicFilePath: true }
    }));
    const hits = [];
    const add = (unit, ruleId, from, to) => {
        const [start, end] = rawSpan(decoded[unit], from, to);
        if (end > start)
            hits.push({ unit, ruleId, start, end });
    };
    for (const message of result.messages) {
        const unit = unitAt(starts, message.range[0]);
        const text = decoded[unit].text;
        const base = starts[unit];
        const [from, to] = secretSpan(text, message.range[0] - base, message.range[1] - base, message);
        add(unit, shortRuleId(message.ruleId, message.data), from, to);
    }
    for (const secret of extraSecrets) {
        if (secret.length < 8)
            continue;
        for (const [unit, d] of decoded.entries()) {
            for (let at = d.text.indexOf(secret); at !== -1; at = d.text.indexOf(secret, at + 1))
                add(unit, RUN_TOKEN_RULE, at, at + secret.length);
        }
    }
    return mergeOverlapping(hits);
}
/** The fields in which the rules name what they found (the secret, a URI, a matched pattern). */
const SECRET_FIELDS = ['KEY', 'TOKEN', 'URI', 'CREDENTIAL', 'ID'];
/**
 * The span of the secret itself. secretlint's range is not always it: the AWS rule reports the
 * secret's length from the start of `aws_secret_access_key = …`, so the key's tail would stay.
 * Where the report names the secret (`data.KEY`, `data.URI`…), the span is where that string is.
 */
function secretSpan(text, from, to, message) {
    const start = Math.max(0, from);
    const end = Math.min(text.length, Math.max(start, to));
    const data = (message.data ?? {});
    for (const key of SECRET_FIELDS) {
        const value = data[key];
        if (typeof value !== 'string' || value.length < 8)
            continue;
        const at = text.indexOf(value, start);
        // Only within the reported match: a value further on would be another occurrence.
        if (at !== -1 && at <= end)
            return [at, at + value.length];
    }
    return [start, end];
}
/**
 * The unit with every hit replaced by `[REDACTED:<rule>]`. In JSON only the parts of a hit that
 * lie inside strings are replaced (each span begins and ends on an escape boundary), so the line
 * stays valid JSON with its other fields unchanged.
 */
function redactUnit(unit, hits) {
    if (hits.length === 0)
        return unit.raw;
    let spans = hits.map((h) => ({ ...h }));
    if (unit.json && isJson(unit.raw)) {
        const strings = jsonStringContents(unit.raw);
        spans = spans.flatMap((h) => strings
            .filter(([s, e]) => s < h.end && e > h.start)
            .map(([s, e]) => ({
            start: Math.max(s, h.start),
            end: Math.min(e, h.end),
            ruleId: h.ruleId
        })));
    }
    let out = unit.raw;
    // Right to left, so that earlier spans keep their offsets: every hit on the line is replaced.
    for (const span of [...spans].sort((a, b) => b.start - a.start)) {
        const { start, end } = wholeCharacters(out, span.start, span.end);
        out = `${out.slice(0, start)}${REDACTION_MARK}${span.ruleId}]${out.slice(end)}`;
    }
    return out;
}
/** Widens a span so that it never splits a surrogate pair written as raw characters. */
function wholeCharacters(text, start, end) {
    const low = (i) => {
        const c = text.charCodeAt(i);
        return c >= 0xdc00 && c <= 0xdfff;
    };
    return { start: start > 0 && low(start) ? start - 1 : start, end: low(end) ? end + 1 : end };
}
function isJson(raw) {
    try {
        JSON.parse(raw);
        return true;
    }
    catch {
        return false;
    }
}
function mergeOverlapping(hits) {
    const sorted = [...hits].sort((a, b) => a.unit - b.unit || a.start - b.start || b.end - a.end);
    const merged = [];
    for (const hit of sorted) {
        const last = merged[merged.length - 1];
        if (last && last.unit === hit.unit && hit.start < last.end) {
            last.end = Math.max(last.end, hit.end);
        }
        else {
            merged.push({ ...hit });
        }
    }
    return merged;
}
function unitAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/archive/textReading.ts


/** How much of a file decides its reading: git's own test for binary files looks this far. */
const HEAD_BYTES = 8000;
/** The reading of a file, or undefined when the scan cannot read it (a binary file). */
async function textReadingOf(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return textReadingOfHead(head.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
/** The reading of bytes that begin a file (up to 8000 of them): see `TextReading`. */
function textReadingOfHead(head) {
    // UTF-32's marks begin like UTF-16LE's: not a reading we have.
    if (head[0] === 0xff && head[1] === 0xfe)
        return head[2] === 0 && head[3] === 0 ? undefined : 'utf16le';
    if (head[0] === 0xfe && head[1] === 0xff)
        return 'utf16be';
    if (!head.includes(0))
        return 'bytes';
    const order = utf16WithoutMark(head);
    if (order)
        return order;
    return nulSeparatedText(head) ? 'nul-separated' : undefined;
}
/**
 * UTF-16 without a byte-order mark: text in a Latin script has a NUL in nearly every other byte,
 * always on the same side of each pair, and never on the other; and read so, it holds no control
 * character but tab, line breaks, form feed and escape (a binary file's few NULs fail this).
 * Anything else without a mark is left to the checks after it, which call unreadable what they
 * cannot read (and "fail" refuses it).
 */
function utf16WithoutMark(head) {
    const pairs = head.length >> 1;
    if (pairs < 2)
        return undefined;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < pairs * 2; i += 2) {
        if (head[i] === 0)
            evenNul++;
        if (head[i + 1] === 0)
            oddNul++;
    }
    // Nine pairs in ten: NUL-separated records put NULs on one side by chance when they are few.
    const order = evenNul === 0 && oddNul * 10 >= pairs * 9
        ? 'utf16le'
        : oddNul === 0 && evenNul * 10 >= pairs * 9
            ? 'utf16be'
            : undefined;
    if (!order)
        return undefined;
    const text = decodePiece(head, order).text;
    for (let i = 0; i < text.length; i++)
        if (isControl(text.charCodeAt(i)))
            return undefined;
    return order;
}
/** A control character that text does not hold: any C0 but tab, line breaks, form feed, escape; DEL. */
function isControl(code) {
    return (code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b) || code === 0x7f;
}
/**
 * Text whose records NUL bytes separate: valid UTF-8 apart from its last (maybe cut) character,
 * and no control character but tab, line breaks, form feed and escape (terminal colours). A
 * binary format fails this in its first bytes.
 */
function nulSeparatedText(head) {
    for (const byte of head)
        if (byte !== 0 && isControl(byte))
            return false;
    for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
        if ((0,external_node_buffer_.isUtf8)(head.subarray(0, head.length - cut)))
            return true;
    }
    return false;
}
/**
 * The view of a block in which the scan looks for candidates, and how many bytes each of its
 * UTF-16 code units stands for. Read as bytes it is latin1, one character a byte, so an offset in
 * it is a byte offset (and one regular-expression pass over the raw bytes finds the candidates).
 */
function blockView(bytes, reading) {
    if (reading === 'utf16le' || reading === 'utf16be')
        return { text: decodePiece(bytes, reading).text, width: 2 };
    return { text: bytes.toString('latin1'), width: 1 };
}
/**
 * The end (exclusive) of the last line break in `bytes[0, end)`, or 0 when there is none: a line
 * feed, a NUL too for NUL-separated text, and in UTF-16 a whole line-feed code unit.
 */
function lastLineBreakEnd(bytes, end, reading) {
    if (reading === 'utf16le' || reading === 'utf16be') {
        const little = reading === 'utf16le';
        for (let at = bytes.lastIndexOf(0x0a, end - 1); at !== -1; at = bytes.lastIndexOf(0x0a, at - 1)) {
            const unit = little ? at : at - 1;
            if (unit >= 0 && unit % 2 === 0 && unit + 2 <= end && bytes[little ? at + 1 : at - 1] === 0)
                return unit + 2;
            if (at === 0)
                break;
        }
        return 0;
    }
    const newline = bytes.lastIndexOf(0x0a, end - 1);
    const nul = reading === 'nul-separated' ? bytes.lastIndexOf(0, end - 1) : -1;
    return Math.max(newline, nul) + 1;
}
/** Line breaks in a decoded text: line feeds, and NULs in NUL-separated text. */
function countLineBreaks(text, reading, from = 0, to = text.length) {
    let count = 0;
    for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
        count++;
    if (reading === 'nul-separated')
        for (let at = text.indexOf('\0', from); at !== -1 && at < to; at = text.indexOf('\0', at + 1))
            count++;
    return count;
}
/** Decodes a piece of a file read as `reading` (a piece of UTF-16 starts on a code unit). */
function decodePiece(bytes, reading) {
    if (reading === 'utf16le' || reading === 'utf16be') {
        const even = bytes.subarray(0, bytes.length & ~1);
        const little = reading === 'utf16le' ? even : Buffer.from(even).swap16();
        // Buffer's utf16le keeps lone surrogates as they are, both ways: nothing is lost.
        return {
            text: little.toString('utf16le'),
            toBytes: (text) => {
                const out = Buffer.from(text, 'utf16le');
                return reading === 'utf16be' ? out.swap16() : out;
            }
        };
    }
    // Valid UTF-8 (no overlong forms, no surrogates) decodes and encodes back to the same bytes.
    const encoding = (0,external_node_buffer_.isUtf8)(bytes) ? 'utf8' : 'latin1';
    return {
        text: bytes.toString(encoding),
        toBytes: (text) => Buffer.from(text, encoding)
    };
}

;// CONCATENATED MODULE: ./src/archive/secretScan.ts











const BLOCK_BYTES = {
    jsonl: 64 * 1024,
    json: 8 * 1024 * 1024,
    text: 8 * 1024 * 1024
};
/** Scans a file for secrets, streaming; only lines holding a rule's anchor go to the rules. */
async function scanFile(path, options = {}) {
    const findings = [];
    const bytes = options.bytes ?? (await (0,promises_.stat)(path)).size;
    await eachBlock(path, bytes, options, async (block) => {
        findings.push(...block.findings);
    });
    return findings;
}
/**
 * Writes a copy with every secret replaced by `[REDACTED:<rule>]`: a JSONL line stays valid JSON
 * with its other fields unchanged. Of a JSONL file only complete lines are copied, as packing
 * does: a half-written last line never travels. The source is never modified.
 */
async function redactFile(src, dest, options = {}) {
    const bytes = options.bytes ??
        (kindOf(src) === 'jsonl' ? await completeLinesLength(src) : (await (0,promises_.stat)(src)).size);
    const findings = [];
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(dest), `.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.redact.tmp`);
    const hashing = new common_hashing/* HashingStream */.$();
    const out = (0,external_node_fs_.createWriteStream)(temporary, { mode: 0o600 });
    hashing.pipe(out);
    try {
        await eachBlock(src, bytes, options, async (block) => {
            findings.push(...block.findings);
            for (const piece of block.redacted()) {
                // A copy: the block's buffer is read into again while this waits to be written.
                if (!hashing.write(Buffer.from(piece)))
                    await (0,external_node_events_.once)(hashing, 'drain');
            }
        });
        hashing.end();
        await (0,external_node_events_.once)(out, 'finish');
        await (0,promises_.rename)(temporary, dest);
    }
    catch (error) {
        out.destroy();
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
    const { size, sha256 } = hashing.digest();
    return { findings, size, sha256 };
}
/**
 * True for a file the scan cannot read as text (textReading.ts): a NUL among its first 8000 bytes,
 * as git tests for binary files, unless those bytes are UTF-16 or NUL-separated text.
 */
async function isUnreadableFile(path) {
    return (await textReadingOf(path)) === undefined;
}
function kindOf(path) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    return ext === '.jsonl' ? 'jsonl' : ext === '.json' ? 'json' : 'text';
}
/**
 * Reads `bytes` bytes of the file in blocks that end on a line break, finds the candidate units
 * of each block with the prefilter (one regex pass over the block's view: its raw bytes read as
 * latin1, so offsets are byte offsets, or its decoded UTF-16) and runs the rules on those units
 * only.
 */
async function eachBlock(path, bytes, options, onBlock) {
    const kind = kindOf(path);
    const reading = options.reading ?? (await textReadingOf(path)) ?? 'bytes';
    const prefilter = prefilterFor(options.extraSecrets ?? []);
    const file = options.displayName ?? (0,external_node_path_.basename)(path);
    let firstLine = 1;
    const flush = async (buf) => {
        const view = blockView(buf, reading);
        const block = await judgeBlock(buf, view, { kind, reading, firstLine, file, prefilter }, options.extraSecrets);
        firstLine += countLineBreaks(view.text, reading);
        await onBlock(block);
    };
    // One block buffer, reused: blocks end after a line break, and the bytes after the last one move
    // to its start. A line longer than the buffer grows it. Reading into it allocates nothing per
    // block, so the scan's memory does not grow with the file (docs/performance.md).
    let block = Buffer.allocUnsafe(Math.min(BLOCK_BYTES[kind], Math.max(bytes, 1)));
    let filled = 0;
    let position = 0;
    const handle = await (0,promises_.open)(path, 'r');
    try {
        while (position < bytes) {
            if (filled === block.length) {
                const grown = Buffer.allocUnsafe(block.length * 2);
                block.copy(grown, 0, 0, filled);
                block = grown;
            }
            const { bytesRead } = await handle.read(block, filled, Math.min(block.length - filled, bytes - position), position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            filled += bytesRead;
            if (filled < block.length && position < bytes)
                continue;
            const cut = lastLineBreakEnd(block, filled, reading);
            if (cut === 0)
                continue;
            await flush(block.subarray(0, cut));
            filled = block.copy(block, 0, cut, filled);
        }
        if (filled > 0)
            await flush(block.subarray(0, filled));
    }
    finally {
        await handle.close();
    }
}
async function judgeBlock(buf, view, place, extraSecrets = []) {
    const { kind, reading, prefilter } = place;
    const text = view.text;
    const candidates = [];
    const candidate = (start, end, line) => {
        // Each unit is decoded on its own, so that writing it back changes only a secret's bytes.
        const piece = decodePiece(buf.subarray(start * view.width, end * view.width), reading);
        return { start, end, line, piece, unit: { raw: piece.text, json: kind !== 'text' } };
    };
    prefilter.lastIndex = 0;
    if (kind !== 'jsonl') {
        if (prefilter.test(text))
            candidates.push(candidate(0, text.length, place.firstLine));
    }
    else {
        let line = place.firstLine;
        let counted = 0;
        for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
            const start = text.lastIndexOf('\n', m.index - 1) + 1;
            const newline = text.indexOf('\n', m.index);
            const end = newline === -1 ? text.length : newline;
            line += countLineBreaks(text, reading, counted, start);
            counted = start;
            candidates.push(candidate(start, end, line));
            prefilter.lastIndex = end + 1;
        }
    }
    const hits = await findSecrets(candidates.map((c) => c.unit), extraSecrets);
    const byUnit = new Map();
    const findings = [];
    for (const hit of hits) {
        const c = candidates[hit.unit];
        byUnit.set(hit.unit, [...(byUnit.get(hit.unit) ?? []), hit]);
        const line = c.line + countLineBreaks(c.unit.raw, reading, 0, hit.start);
        findings.push({ ruleId: hit.ruleId, file: place.file, line });
    }
    const redacted = () => {
        const pieces = [];
        let at = 0;
        for (const [index, unitHits] of [...byUnit.entries()].sort((a, b) => a[0] - b[0])) {
            const c = candidates[index];
            pieces.push(buf.subarray(at * view.width, c.start * view.width), c.piece.toBytes(redactUnit(c.unit, unitHits)));
            at = c.end;
        }
        pieces.push(buf.subarray(at * view.width));
        return pieces;
    };
    return { findings, redacted };
}

;// CONCATENATED MODULE: ./src/archive/textScan.ts

/**
 * Scans a piece of text held in memory (Claude's answer, a job summary, a commit message, a
 * path) with the same rules as the files of a session (redaction.ts): findings name `name` and
 * the line, never the secret.
 */
async function scanText(text, name, extraSecrets = []) {
    if (!text)
        return { findings: [], redacted: text };
    const unit = { raw: text, json: false };
    const hits = await findSecrets([unit], extraSecrets);
    const findings = hits.map((hit) => ({
        ruleId: hit.ruleId,
        file: name,
        line: text.slice(0, hit.start).split('\n').length
    }));
    return { findings, redacted: redactUnit(unit, hits) };
}

;// CONCATENATED MODULE: ./src/archive/sessionScan.ts






/**
 * The marker that replaces a secret in a file name: `[REDACTED-<rule>]`, as `[REDACTED:<rule>]`
 * in text, without the colon that Windows refuses in file names.
 */
const NAME_MARK = '[REDACTED-';
/** Scans every part of every folder file's name; one rules pass for all the names that need it. */
async function scanNames(folder, files, extraSecrets) {
    const prefilter = prefilterFor(extraSecrets);
    const parts = [...new Set(files.flatMap((f) => f.relative))].filter((part) => {
        prefilter.lastIndex = 0;
        return prefilter.test(part);
    });
    const units = parts.map((raw) => ({ raw, json: false }));
    const hits = await findSecrets(units, extraSecrets);
    const replaced = new Map();
    for (const [index, unit] of units.entries()) {
        const own = hits.filter((h) => h.unit === index);
        if (own.length === 0)
            continue;
        const text = redactUnit(unit, own);
        replaced.set(unit.raw, {
            text,
            name: text.split('[REDACTED:').join(NAME_MARK),
            rules: own.map((h) => h.ruleId)
        });
    }
    const top = (0,external_node_path_.basename)(folder);
    return files.map((file) => {
        const shown = [top, ...file.relative.map((p) => replaced.get(p)?.text ?? p)].join('/');
        const rules = file.relative.flatMap((p) => replaced.get(p)?.rules ?? []);
        return {
            ...file,
            shown,
            redacted: file.relative.map((p) => replaced.get(p)?.name ?? p),
            findings: rules.map((ruleId) => ({ ruleId, file: shown, line: 0, inName: true }))
        };
    });
}
/** Scans every file that goes into the archive: the transcript, and each file of its folder and its name. */
async function scanSession(session, extraSecrets = []) {
    const findings = await scanFile(session.transcriptPath, {
        displayName: (0,external_node_path_.basename)(session.transcriptPath),
        extraSecrets,
        bytes: session.transcriptBytes
    });
    const unscanned = [];
    if (!session.folderPath)
        return { findings, unscanned };
    const files = await folderFiles(session.folderPath);
    for (const file of await scanNames(session.folderPath, files, extraSecrets)) {
        findings.push(...file.findings);
        const reading = await textReadingOf(file.path);
        if (reading === undefined)
            unscanned.push(file.shown);
        else
            findings.push(...(await scanFile(file.path, { displayName: file.shown, extraSecrets, reading })));
    }
    return { findings, unscanned };
}
/**
 * Copies the session folder into `work` (the save's private folder) as packing would take it:
 * regular files only. Scanning and packing the copy means that what travels is exactly what was
 * scanned, even while Claude Code is still writing to the original.
 */
async function snapshotFolder(folder, work) {
    const copy = (0,external_node_path_.join)(work, 'session-folder', (0,external_node_path_.basename)(folder));
    await (0,promises_.mkdir)(copy, { recursive: true, mode: 0o700 });
    for (const file of await folderFiles(folder)) {
        const target = (0,external_node_path_.join)(copy, ...file.relative);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true, mode: 0o700 });
        await (0,promises_.copyFile)(file.path, target);
    }
    return copy;
}
/**
 * Redacts every file that goes into the archive: the transcript's complete lines into a copy in
 * `work` (the save's private folder, never a shared one) when something was found, and the files
 * of a snapshot of the folder in place. Returns what to pack.
 */
async function redactSession(session, work, extraSecrets = []) {
    const transcriptCopy = (0,external_node_path_.join)(work, 'redacted.jsonl');
    const { findings } = await redactFile(session.transcriptPath, transcriptCopy, {
        displayName: (0,external_node_path_.basename)(session.transcriptPath),
        extraSecrets,
        bytes: session.transcriptBytes
    });
    const transcriptPath = findings.length > 0 ? transcriptCopy : session.transcriptPath;
    if (!session.folderPath)
        return { findings, unscanned: [], transcriptPath };
    const folderPath = await snapshotFolder(session.folderPath, work);
    const unscanned = [];
    const files = await folderFiles(folderPath);
    for (const file of await scanNames(folderPath, files, extraSecrets)) {
        findings.push(...file.findings);
        const reading = await textReadingOf(file.path);
        if (reading === undefined)
            unscanned.push(file.shown);
        else {
            const options = { displayName: file.shown, extraSecrets, reading };
            const found = await scanFile(file.path, options);
            // Rewritten only where something was found: a clean file travels byte for byte.
            if (found.length > 0)
                await redactFile(file.path, file.path, options);
            findings.push(...found);
        }
        if (file.findings.length > 0)
            await renameInSnapshot(folderPath, file);
    }
    return { findings, unscanned, transcriptPath, folderPath };
}
/**
 * Moves a file of the snapshot to its redacted name. Two names that redact alike (a rare case:
 * two tokens in the same place) keep apart with a counter.
 */
async function renameInSnapshot(folderPath, file) {
    const target = (0,external_node_path_.join)(folderPath, ...file.redacted);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true, mode: 0o700 });
    let free = target;
    for (let n = 2; await exists(free); n++)
        free = `${target}-${n}`;
    await (0,promises_.rename)(file.path, free);
}
async function exists(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}
/** Regular files under the folder, as packing collects them: symlinks are never followed. */
async function folderFiles(folder, relative = []) {
    const files = [];
    const dir = (0,external_node_path_.join)(folder, ...relative);
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry of entries) {
        const rel = [...relative, entry.name];
        if (entry.isDirectory())
            files.push(...(await folderFiles(folder, rel)));
        else if (entry.isFile()) {
            files.push({
                name: [(0,external_node_path_.basename)(folder), ...rel].join('/'),
                path: (0,external_node_path_.join)(dir, entry.name),
                relative: rel
            });
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/archive/index.ts










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
