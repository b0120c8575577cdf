export const id = 141;
export const ids = [141];
export const modules = {

/***/ 6141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REDACTION_MARK: () => (/* binding */ REDACTION_MARK),
/* harmony export */   redactFile: () => (/* binding */ redactFile)
/* harmony export */ });
/* unused harmony export scanFile */
/* harmony import */ var _secretlint_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(198);
/* harmony import */ var _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1577);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2948);









const CONFIG = {
    rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: _secretlint_secretlint_rule_preset_recommend__WEBPACK_IMPORTED_MODULE_1__/* .creator */ .x }]
};
const RUN_TOKEN_RULE = 'github-token-of-this-run';
/** Lines are linted in batches of about this many characters: few calls, bounded memory. */
const BATCH_CHARS = 1024 * 1024;
/** Scans a JSONL transcript with secretlint's recommended rules, streaming. */
async function scanFile(path, options = {}) {
    const findings = [];
    await eachBatch(path, options, async (batch) => {
        for (const hit of await scanBatch(batch, options)) {
            findings.push({
                ruleId: hit.ruleId,
                file: options.displayName ?? basename(path),
                line: hit.line
            });
        }
    });
    return findings;
}
/**
 * Writes a copy of the transcript with every secret replaced by `[REDACTED:<rule>]`, keeping each
 * line valid JSON. The source is never modified.
 */
async function redactFile(src, dest, options = {}) {
    const findings = [];
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(dest), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(6).toString('hex')}.redact.tmp`);
    const hashing = new _digest_js__WEBPACK_IMPORTED_MODULE_8__/* .HashingStream */ .$();
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.createWriteStream)(temporary, { mode: 0o600 });
    hashing.pipe(out);
    try {
        await eachBatch(src, options, async (batch) => {
            const hits = await scanBatch(batch, options);
            const byLine = new Map();
            for (const hit of hits) {
                findings.push({
                    ruleId: hit.ruleId,
                    file: options.displayName ?? (0,node_path__WEBPACK_IMPORTED_MODULE_5__.basename)(src),
                    line: hit.line
                });
                byLine.set(hit.line, [...(byLine.get(hit.line) ?? []), hit]);
            }
            for (const [i, raw] of batch.lines.entries()) {
                let line = raw;
                for (const hit of byLine.get(batch.firstLine + i) ?? [])
                    line = redactLine(line, hit);
                if (!hashing.write(line + '\n'))
                    await (0,node_events__WEBPACK_IMPORTED_MODULE_7__.once)(hashing, 'drain');
            }
        });
        hashing.end();
        await (0,node_events__WEBPACK_IMPORTED_MODULE_7__.once)(out, 'finish');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_4__.rename)(temporary, dest);
    }
    catch (error) {
        out.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_4__.rm)(temporary, { force: true });
        throw error;
    }
    const { size, sha256 } = hashing.digest();
    return { findings, size, sha256 };
}
async function eachBatch(path, options, onBatch) {
    void options;
    const reader = (0,node_readline__WEBPACK_IMPORTED_MODULE_6__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.createReadStream)(path), crlfDelay: Infinity });
    let batch = { lines: [], firstLine: 1 };
    let chars = 0;
    let lineNo = 0;
    for await (const line of reader) {
        lineNo++;
        batch.lines.push(line);
        chars += line.length;
        if (chars >= BATCH_CHARS) {
            await onBatch(batch);
            batch = { lines: [], firstLine: lineNo + 1 };
            chars = 0;
        }
    }
    if (batch.lines.length > 0)
        await onBatch(batch);
}
/**
 * Lints the decoded text of each line: in JSONL a PEM key's newlines are `\n` escapes, and the
 * private-key rule only sees the block once they are real newlines again.
 */
async function scanBatch(batch, options) {
    const decoded = batch.lines.map(decodeEscapes);
    const starts = [];
    let offset = 0;
    for (const text of decoded) {
        starts.push(offset);
        offset += text.length + 1;
    }
    const content = decoded.join('\n');
    const result = await (0,_secretlint_core__WEBPACK_IMPORTED_MODULE_0__/* .lintSource */ .n)({
        source: { filePath: 'transcript.jsonl', content, ext: '.jsonl', contentType: 'text' },
        options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true }
    });
    const hits = [];
    for (const message of result.messages) {
        const [start, end] = message.range;
        const index = lineIndex(starts, start);
        hits.push({
            ruleId: shortRule(message.ruleId),
            line: batch.firstLine + index,
            text: content.slice(start, end)
        });
    }
    for (const secret of options.extraSecrets ?? []) {
        if (secret.length < 8)
            continue;
        for (const [i, text] of decoded.entries()) {
            if (text.includes(secret))
                hits.push({ ruleId: RUN_TOKEN_RULE, line: batch.firstLine + i, text: secret });
        }
    }
    return hits;
}
/** Every redaction starts with this, so a reader can tell a redacted copy from the original. */
const REDACTION_MARK = '[REDACTED:';
function redactLine(line, hit) {
    const marker = `${REDACTION_MARK}${hit.ruleId}]`;
    // The secret as JSON writes it inside a string: the same escapes Claude Code's serializer uses.
    const escaped = JSON.stringify(hit.text).slice(1, -1);
    let out = line.split(escaped).join(marker);
    if (out === line) {
        // A multi-line secret: redact each of its lines where they stand.
        for (const part of hit.text.split('\n').filter((p) => p.trim().length >= 8)) {
            out = out.split(JSON.stringify(part).slice(1, -1)).join(marker);
        }
    }
    return out;
}
function decodeEscapes(line) {
    if (!line.includes('\\'))
        return line;
    return line.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_m, e) => {
        switch (e[0]) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'u':
                return String.fromCharCode(parseInt(e.slice(1), 16));
            default:
                return e;
        }
    });
}
function lineIndex(starts, offset) {
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
function shortRule(ruleId) {
    return ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
}


/***/ })

};
