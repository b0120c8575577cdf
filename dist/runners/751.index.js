export const id = 751;
export const ids = [751];
export const modules = {

/***/ 1429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   f: () => (/* binding */ reusedChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** Big enough that a read costs little next to what is done with it; small enough to stay cheap. */
const CHUNK_BYTES = 128 * 1024;
/**
 * The bytes `[start, end)` of a file (to its end when `end` is past it), read into one buffer that
 * is reused: a chunk is valid only until the next one is asked for. A read stream allocates a
 * fresh buffer per chunk, which V8 frees only at a later collection, so reading a 200 MB
 * transcript that way leaves tens of MB of garbage in the process (docs/performance.md).
 */
async function* reusedChunks(path, options = {}) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const end = Math.min(options.end ?? Infinity, (await handle.stat()).size);
        let position = options.start ?? 0;
        if (position >= end)
            return;
        const buffer = Buffer.allocUnsafe(Math.min(options.chunkBytes ?? CHUNK_BYTES, end - position));
        while (position < end) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - position), position);
            if (bytesRead === 0)
                return;
            position += bytesRead;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 3150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ spentBuffers)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);


/** Bytes streamed between two collections of spent buffers. */
const EVERY = 4 * 1024 * 1024;
let scavenge = null;
/**
 * Counts the bytes of a stream and frees its spent chunks every few megabytes. Each chunk of a
 * download, of gunzip's output or of a file read is an ArrayBuffer outside the JS heap, which V8
 * frees only when its young generation fills; a stream allocates so few JS objects per chunk
 * that tens of megabytes of dead chunks piled up first (issue 24: unpacking 200 MB grew the
 * process by 19 MB, 8.6 MB with a scavenge every 4 MB, at no measurable cost in time). A minor
 * GC (scavenge) of this heap takes about a millisecond. Where `gc` cannot be had, nothing happens.
 */
function spentBuffers() {
    let since = 0;
    return (bytes) => {
        since += bytes;
        if (since < EVERY)
            return;
        since = 0;
        collect();
    };
}
function collect() {
    if (scavenge === null) {
        try {
            // The flag is on only long enough to fetch `gc` from a fresh context (Node's documented way
            // to reach V8's collector without --expose-gc on the command line), then off again.
            node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--expose-gc');
            const gc = node_vm__WEBPACK_IMPORTED_MODULE_1___default().runInNewContext('gc');
            scavenge = () => gc({ type: 'minor' });
        }
        catch {
            scavenge = undefined;
        }
        finally {
            node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--no-expose-gc');
        }
    }
    scavenge?.();
}


/***/ }),

/***/ 7751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Transfers: () => (/* binding */ Transfers)
});

// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/store/errors.ts
var store_errors = __webpack_require__(7018);
// EXTERNAL MODULE: ./src/store/fromGitHub.ts
var fromGitHub = __webpack_require__(282);
// EXTERNAL MODULE: ./src/store/retrying.ts
var retrying = __webpack_require__(4155);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/common/fileChunks.ts
var fileChunks = __webpack_require__(1429);
// EXTERNAL MODULE: ./src/common/spentBuffers.ts
var spentBuffers = __webpack_require__(3150);
;// CONCATENATED MODULE: ./src/store/transferBodies.ts



/** Bytes per upload read, kept as the upload's buffer had them before it shared reusedChunks. */
const UPLOAD_CHUNK = 64 * 1024;
/**
 * An upload body: the file's first `size` bytes through the one reused buffer of `reusedChunks`,
 * counted for progress. Reusing it is safe only because the transport (httpTransport.ts) asks for
 * the next chunk after the socket has taken the previous one.
 */
async function* uploadChunks(path, size, onProgress) {
    let sent = 0;
    for await (const chunk of (0,fileChunks/* reusedChunks */.f)(path, { end: size, chunkBytes: UPLOAD_CHUNK })) {
        sent += chunk.length;
        onProgress?.(sent, size);
        yield chunk;
    }
}
/**
 * The chunks of a download, hashed and counted in order as they are read, whoever reads them.
 * The transport's body is read chunk by chunk, with no other stream (and its buffering) in
 * between. Stopping early (`return`) leaves the body open for `finish` to read to its end; a
 * failure of the body is remembered, so a caller can tell it from its consumer's.
 */
class HashedReads {
    body;
    onSize;
    failure;
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    reads;
    spent = (0,spentBuffers/* spentBuffers */.s)();
    pending = Promise.resolve({
        done: false,
        value: Buffer.alloc(0)
    });
    constructor(body, onSize) {
        this.body = body;
        this.onSize = onSize;
        this.reads = body[Symbol.asyncIterator]();
    }
    [Symbol.asyncIterator]() {
        return {
            next: () => this.next(),
            return: () => Promise.resolve({ done: true, value: undefined })
        };
    }
    /** Reads the rest, then the digest of everything read. */
    async finish() {
        while (!(await this.next()).done)
            ;
        return { size: this.size, sha256: this.hash.digest('hex') };
    }
    /** Lets go of the connection, whatever state the transfer is in. */
    close() {
        this.body.destroy();
    }
    /** One read at a time, in order, even if a reader and `finish` overlap. */
    next() {
        this.pending = this.pending.then(async (last) => {
            if (last.done)
                return last;
            try {
                const read = await this.reads.next();
                if (read.done === true)
                    return { done: true, value: undefined };
                const chunk = read.value;
                this.hash.update(chunk);
                this.spent(chunk.length);
                this.size += chunk.length;
                this.onSize(this.size);
                return { done: false, value: chunk };
            }
            catch (error) {
                this.failure ??= { error };
                throw error;
            }
        });
        return this.pending;
    }
}

// EXTERNAL MODULE: ./src/store/unreachable.ts
var unreachable = __webpack_require__(8659);
;// CONCATENATED MODULE: ./src/store/transfers.ts










/** Moving asset bytes, each transfer with its own retry that starts it afresh. */
class Transfers {
    deps;
    repository;
    constructor(deps) {
        this.deps = deps;
        this.repository = `${deps.owner}/${deps.repo}`;
    }
    /**
     * Uploads a file through the release's own `upload_url` (Octokit's helper hard-codes
     * uploads.github.com, which is wrong on GHES), with a real Content-Length (chunked bodies are
     * refused with 400, docs/facts.md#uploads). Each attempt reopens the file; after a failed attempt a `starter`
     * leftover that would block the name is deleted first (docs/facts.md#name-clashes-and-leftovers).
     * The body is read through one buffer, each chunk sent before the next is read (httpTransport.ts),
     * so memory stays flat whatever the file's size.
     */
    async upload(release, file) {
        for (let attempt = 0;; attempt++) {
            const size = (await (0,promises_.stat)(file.filePath)).size;
            try {
                // Octokit expands the RFC 6570 template `…/assets{?name,label}` with `name`.
                const response = await this.deps.raw.request({
                    method: 'POST',
                    url: release.uploadUrl,
                    name: file.name,
                    headers: { 'content-type': file.contentType, 'content-length': size },
                    data: uploadChunks(file.filePath, size, file.onProgress)
                });
                return (0,fromGitHub/* toAsset */.K)(response.data);
            }
            catch (error) {
                if ((0,store_errors/* isAlreadyExists */.x9)(error)) {
                    // Only a half-done leftover may be cleared; a complete asset is a real conflict.
                    if (attempt < this.deps.retry.retries &&
                        (await this.deps.removeLeftover(release, file.name)))
                        continue;
                    throw new errors/* ConflictError */.fK(`${file.name} already exists on the release ${release.tagName}.`);
                }
                await this.retryOrThrow(error, attempt, `upload ${file.name}`);
                // An upload that reached no server left nothing behind.
                if (!(0,unreachable/* unreachable */.H)(error))
                    await this.deps.removeLeftover(release, file.name);
            }
        }
    }
    /**
     * Streams an asset to a file: `Accept: application/octet-stream` answers 302 to signed storage,
     * which the transport follows without the Authorization header (storage rejects it,
     * docs/facts.md#downloads; httpTransport.ts), and
     * `parseSuccessResponseBody: false` keeps Octokit from buffering the body. A cut transfer is
     * started again; the result must have the asset's size.
     */
    async download(asset, destPath, options = {}) {
        for (let attempt = 0;; attempt++) {
            try {
                const bytes = new HashedReads(await this.openBody(asset), (size) => options.onProgress?.(size, asset.size));
                let digest;
                try {
                    const out = await (0,promises_.open)(destPath, 'w', 0o600);
                    try {
                        // Each chunk written before the next is read: nothing queues up in between.
                        for await (const chunk of bytes)
                            await out.write(chunk);
                        digest = await bytes.finish();
                    }
                    finally {
                        await out.close();
                    }
                }
                finally {
                    bytes.close();
                }
                const { size, sha256 } = digest;
                if (size !== asset.size)
                    throw new TruncatedError(size, asset.size);
                return { size, sha256 };
            }
            catch (error) {
                await (0,promises_.rm)(destPath, { force: true });
                await this.retryOrThrow(error, attempt, `download ${asset.name}`);
            }
        }
    }
    /**
     * Hands an asset's bytes to `consume` as they arrive, hashing them on the way, so the caller can
     * unpack while downloading and decide what to keep once the digest is known. `consume` runs
     * afresh on every attempt (a cut transfer is restarted: the consumer starts over, so it must
     * clear whatever a failed attempt left). If it stops reading early, the rest is read here, so
     * the sha256 always covers the whole asset. Its own failures are not retried: only those of
     * the transfer are.
     */
    async stream(asset, consume, options = {}) {
        for (let attempt = 0;; attempt++) {
            try {
                const bytes = new HashedReads(await this.openBody(asset), (size) => options.onProgress?.(size, asset.size));
                try {
                    let value;
                    try {
                        value = await consume(bytes);
                    }
                    catch (error) {
                        // What the consumer throws because the transfer failed is the transfer's failure.
                        if (bytes.failure === undefined)
                            throw new ConsumerFailure(error);
                        throw bytes.failure.error;
                    }
                    const { size, sha256 } = await bytes.finish();
                    if (size !== asset.size)
                        throw new TruncatedError(size, asset.size);
                    return { size, sha256, value };
                }
                finally {
                    bytes.close();
                }
            }
            catch (error) {
                if (error instanceof ConsumerFailure)
                    throw error.error;
                await this.retryOrThrow(error, attempt, `download ${asset.name}`);
            }
        }
    }
    /** A small asset (metadata) in memory, refusing anything over `maxBytes`. */
    async read(asset, options) {
        if (asset.size > options.maxBytes) {
            throw new errors/* RemoteError */.Hi(`${asset.name} is ${asset.size} bytes, more than the ${options.maxBytes} expected; refusing it.`);
        }
        for (let attempt = 0;; attempt++) {
            try {
                const chunks = [];
                let size = 0;
                for await (const chunk of await this.openBody(asset)) {
                    const bytes = chunk;
                    size += bytes.length;
                    if (size > options.maxBytes)
                        throw new errors/* RemoteError */.Hi(`${asset.name} is larger than ${options.maxBytes} bytes; refusing it.`);
                    chunks.push(bytes);
                }
                if (size !== asset.size)
                    throw new TruncatedError(size, asset.size);
                return Buffer.concat(chunks);
            }
            catch (error) {
                await this.retryOrThrow(error, attempt, `download ${asset.name}`);
            }
        }
    }
    async openBody(asset) {
        const response = await this.deps.raw.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: this.deps.owner,
            repo: this.deps.repo,
            asset_id: asset.id,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false }
        });
        // Unparsed, `data` is the transport's body stream (httpTransport.ts), not the asset JSON the
        // route's type promises.
        const body = response.data;
        if (!(body instanceof external_node_stream_.Readable)) {
            throw new errors/* RemoteError */.Hi(`GitHub sent no content for ${asset.name}; try again later.`);
        }
        return body;
    }
    /** Waits and returns when the failure is worth another attempt; throws our error otherwise. */
    async retryOrThrow(error, attempt, what) {
        if (error instanceof errors/* RemoteError */.Hi && !(error instanceof TruncatedError))
            throw error;
        // A host that cannot be reached stays so; DNS gets one more chance (unreachable.ts).
        const away = (0,unreachable/* unreachable */.H)(error);
        if (away && !(away.mayHealOnce && attempt === 0))
            throw (0,store_errors/* toStoreError */.D5)(error, what, this.repository);
        const status = (0,store_errors/* statusOf */.c2)(error);
        const headers = error instanceof dist_src/* RequestError */.G ? (error.response?.headers ?? {}) : {};
        // The one rule for a rate limit and its wait, shared with the API's retry (retrying.ts).
        const rateLimited = (0,store_errors/* isRateLimit */.a5)(error);
        const transient = error instanceof TruncatedError || status === undefined || status >= 500 || rateLimited;
        if (!transient || attempt >= this.deps.retry.retries) {
            if (error instanceof TruncatedError) {
                throw new errors/* RemoteError */.Hi(`The transfer to ${what} was cut off ${attempt + 1} times (${error.message}); try again later.`);
            }
            throw (0,store_errors/* toStoreError */.D5)(error, what, this.repository);
        }
        const waitUnits = rateLimited
            ? (0,retrying/* advisedWait */.C)(headers, attempt)
            : headers['retry-after'] !== undefined
                ? Number(headers['retry-after']) || 0
                : (attempt + 1) ** 2;
        const waitMs = waitUnits * this.deps.retry.minDelayMs;
        if (waitMs > this.deps.retry.maxWaitMs)
            throw (0,store_errors/* toStoreError */.D5)(error, what, this.repository);
        this.deps.log.info(`Could not ${what} (${status ?? 'connection lost'}); retrying in ${Math.round(waitMs / 1000)}s`);
        await (0,external_node_timers_promises_.setTimeout)(waitMs);
    }
}
/** A consumer's own failure, carried past the retry of `stream` untouched. */
class ConsumerFailure {
    error;
    constructor(error) {
        this.error = error;
    }
}
class TruncatedError extends errors/* RemoteError */.Hi {
    constructor(got, expected) {
        super(`${got} of ${expected} bytes`);
    }
}


/***/ })

};
