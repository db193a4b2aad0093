/**
 * `routeros-gen serve`: POST /scripts/gen-ai on Node's own node:http, with
 * the hardening a service on a network needs: bounded bodies, header and
 * request timeouts, admission control in front of a pool of generation
 * threads, bearer-token auth, an access log that never holds a prompt or a
 * token, and a shutdown that answers everything it has received.
 *
 * A request to /scripts/gen-ai goes through three bounded stages, and is
 * counted in `inFlight` from its arrival until its response is written:
 *   1. its body arrives: a body not already complete when the headers are
 *      read waits in the slow-body pool (maxAwaitingBody; the request
 *      timeout still applies) and holds no generation thread;
 *   2. it waits in the generation queue for a free thread;
 *   3. a thread generates the answer.
 * When its expected wait in the queue is over the budget (maxQueueWaitMs;
 * admission.ts), or the queue is full (maxQueue), the request is answered
 * 503 `overloaded` at once, with a Retry-After from the same estimate,
 * before its body is read when possible. A request whose client goes away
 * while it is still queued is dropped from the queue.
 */
import { createServer as createHttpServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import { availableParallelism } from 'node:os';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { errorResponse, type ErrorResponse } from '../api/errors.js';
import { resolveOptions, type GenerateOptions } from '../api/options.js';
import { VERSION } from '../version.js';
import { createAuthenticator, type Authenticator, type AuthOptions } from './auth.js';
import { declaredLength, discardBody, expectsBody, hasContentEncoding, isJsonUtf8, readBody, unsupportedTransferCoding } from './body.js';
import { renderErrorDocs, transportError, type TransportErrorCode } from './error-docs.js';
import { buildOpenApiDocument } from './openapi.js';
import { GenerationPool, type PoolState } from './pool.js';
import { allowedMethods, findRoute, GEN_AI_PATH, isAllowed } from './routes.js';

import { bodyLimit, DEFAULT_MAX_CONFIG_BYTES, MAX_BODY_BYTES } from './limits.js';

export { MAX_BODY_BYTES };
/** How much of an unwanted body (after an early 4xx/503) is read and dropped so the client sees the answer; past it the connection is cut. */
const DISCARD_LIMIT_BYTES = 64 * 1024;
/** Queue places per generation thread by default: a bound on memory (64 bodies of at most 16 KiB each); the wait budget usually sheds first. */
const QUEUE_PER_WORKER = 64;
/**
 * The default wait budget: a request is shed rather than wait longer than this for a thread. With a generation's
 * p99 near 2 ms and the HTTP work around it, 10 ms of waiting keeps the answers' p99 under 25 ms.
 */
const QUEUE_WAIT_MS = 10;

export interface ServerOptions {
  /** Address to bind. Default 127.0.0.1 (loopback only). */
  readonly host?: string;
  /** Port to bind; 0 picks a free one. Default 8080. */
  readonly port?: number;
  /** Bearer-token checks; off when absent. */
  readonly auth?: AuthOptions;
  /** What WAN and LAN mean on the user's router, for every request (checked at startup). */
  readonly generate?: GenerateOptions;
  /** The largest `config` field (the router's /export text, an extension of the contract) a request may carry, in bytes; over it, 413. Default 1 MiB. */
  readonly maxConfigBytes?: number;
  /** Generation threads (node:worker_threads). Default: the machine's cores (os.availableParallelism()); 0 generates on the main thread. */
  readonly workers?: number;
  /** Requests that may wait for a free generation thread, whatever the expected wait; past it, 503 `overloaded`. Default 64 per thread (64 with 0 threads). */
  readonly maxQueue?: number;
  /** The wait budget in milliseconds: a request whose expected wait for a thread is longer gets 503 `overloaded`. Default 10. */
  readonly maxQueueWaitMs?: number;
  /** Requests whose body is still arriving (slow clients); past it, 503 `overloaded`. Default 256. */
  readonly maxAwaitingBody?: number;
  /** Time allowed for the request headers. Default 10 s. */
  readonly headersTimeoutMs?: number;
  /** Time allowed for the whole request (headers and body). Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open. Default 5 s. */
  readonly keepAliveTimeoutMs?: number;
  /** On close(), how long requests get to be answered before every connection is cut. Default 10 s. */
  readonly drainTimeoutMs?: number;
  /**
   * The generation threads' module, for measuring the server without generation (bench:server's overhead run):
   * it must answer jobs as src/server/worker.ts does. Default: the built src/server/worker.ts.
   */
  readonly workerEntry?: URL;
  /** Where access-log lines go (one per request, no newline). Default: standard error. */
  readonly log?: (line: string) => void;
  /** No access log. */
  readonly quiet?: boolean;
}

/** What close() did. */
export interface CloseReport {
  /** Requests whose connection was cut before they were answered (drain timeout or abort()); 0 when nothing was lost. */
  readonly cutRequests: number;
  /** Connections cut, busy or not. */
  readonly cutConnections: number;
}

interface Resolved {
  readonly host: string;
  readonly port: number;
  readonly generate: GenerateOptions;
  readonly maxConfigBytes: number;
  readonly maxAwaitingBody: number;
  readonly drainTimeoutMs: number;
  readonly idleGraceMs: number;
  readonly log: ((line: string) => void) | undefined;
}

/**
 * Per connection: the requests received and not yet answered (each one's
 * `end`, called once when its response is written or the connection
 * closes), and since when it has had none.
 */
interface Connection {
  readonly open: Set<() => void>;
  idleSince: number;
}

/** One request's fate, for the stages it goes through: `gone` once it has ended (answered, or its connection closed). */
interface Exchange {
  gone: boolean;
  /** What to undo if the connection closes before the answer (take the request out of the generation queue). */
  onGone: (() => void) | undefined;
}

function positiveInteger(value: number | undefined, fallback: number, what: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`${what} must be a positive integer, not ${String(value)}`);
  return n;
}

function positiveNumber(value: number | undefined, fallback: number, what: string): number {
  const n = value ?? fallback;
  if (!(Number.isFinite(n) && n > 0)) throw new RangeError(`${what} must be a positive number, not ${String(value)}`);
  return n;
}

function wholeNumber(value: number | undefined, fallback: number, what: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number, not ${String(value)}`);
  return n;
}

type Headers = Record<string, string | number>;

/**
 * The path of a request target, without the query string (which is never
 * routed on nor logged). The absolute form (`http://host/path`) is accepted
 * as RFC 9112 §3.2.2 requires of servers: its path is routed, its authority
 * ignored (there is one origin here).
 */
export function pathOf(url: string | undefined): string {
  let target = url ?? '/';
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  if (absolute) target = target.slice(absolute[0].length) || '/';
  if (target.startsWith('?')) target = '/' + target;
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

const BUSY = 'Every generation thread is busy and the wait for one is over the budget; retry shortly.';

/** A figure in milliseconds for /healthz: three decimals. */
function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** A path as it may appear in a log line: printable ASCII, bounded, so a request cannot forge log lines. */
function loggable(path: string): string {
  const safe = path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  return safe.length > 200 ? safe.slice(0, 200) + '…' : safe;
}

export class GenAiServer {
  readonly http: Server;
  /** The generation threads and their queue. */
  readonly pool: GenerationPool;
  private readonly options: Resolved;
  private readonly auth: Authenticator | undefined;
  private readonly openApi: Buffer;
  private readonly errorDocs: Buffer;
  private inFlightCount = 0;
  private awaitingBody = 0;
  private draining = false;
  private closing: Promise<CloseReport> | undefined;
  private cut: (() => void) | undefined;
  private readonly connections = new Map<Socket, Connection>();
  /** Each socket's latest request: while its body is still arriving, a transport error there must cut, not answer. */
  private readonly lastRequest = new WeakMap<Duplex, IncomingMessage>();

  constructor(options: ServerOptions = {}) {
    const headersTimeout = positiveInteger(options.headersTimeoutMs, 10_000, 'headersTimeoutMs');
    const requestTimeout = positiveInteger(options.requestTimeoutMs, 30_000, 'requestTimeoutMs');
    if (headersTimeout > requestTimeout) throw new RangeError('headersTimeoutMs must not exceed requestTimeoutMs');
    const keepAliveTimeout = positiveInteger(options.keepAliveTimeoutMs, 5_000, 'keepAliveTimeoutMs');
    const generate = options.generate ?? {};
    resolveOptions(generate); // throws RequestError now for a bad --wan/--lan, not on every request
    const workers = wholeNumber(options.workers, availableParallelism(), 'workers');
    this.options = {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 8080,
      generate,
      maxConfigBytes: wholeNumber(options.maxConfigBytes, DEFAULT_MAX_CONFIG_BYTES, 'maxConfigBytes'),
      maxAwaitingBody: positiveInteger(options.maxAwaitingBody, 256, 'maxAwaitingBody'),
      drainTimeoutMs: positiveInteger(options.drainTimeoutMs, 10_000, 'drainTimeoutMs'),
      // On close, a connection with nothing in progress is closed once it has been idle for the keep-alive timeout,
      // as it would be without the shutdown: its client may send a request on it until then (a request sent just
      // before the signal, or after a Retry-After wait), and that request is answered rather than cut. Closing it
      // earlier would race such a request, which the client would see as a reset.
      idleGraceMs: keepAliveTimeout,
      log: options.quiet ? undefined : (options.log ?? ((line) => process.stderr.write(line + '\n'))),
    };
    this.pool = new GenerationPool({
      size: workers,
      maxQueue: positiveInteger(options.maxQueue, QUEUE_PER_WORKER * Math.max(1, workers), 'maxQueue'),
      maxQueueWaitMs: positiveNumber(options.maxQueueWaitMs, QUEUE_WAIT_MS, 'maxQueueWaitMs'),
      generate,
      maxConfigBytes: this.options.maxConfigBytes,
      log: this.options.log,
      entry: options.workerEntry,
    });
    this.auth = options.auth ? createAuthenticator(options.auth) : undefined;
    this.openApi = Buffer.from(JSON.stringify(buildOpenApiDocument({ auth: this.auth !== undefined }), null, 2));
    this.errorDocs = Buffer.from(renderErrorDocs(VERSION));

    this.http = createHttpServer({
      headersTimeout,
      requestTimeout,
      keepAliveTimeout,
      // Node checks the two timeouts above on this interval (30 s by default, which would stretch a 10 s limit to 40 s).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4))),
    });
    const onRequest = (expectContinue: boolean) => (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res, expectContinue).catch(() => this.fail(res));
    };
    this.http.on('request', onRequest(false));
    // With this listener Node does not answer "100 Continue" by itself: we do, once the request has passed every check before its body.
    this.http.on('checkContinue', onRequest(true));
    this.http.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => this.clientError(error, socket));
    // Without a listener Node drops a CONNECT without a word; this is not a proxy, so say so.
    this.http.on('connect', (req: IncomingMessage, socket: Duplex) => this.connect(req, socket));
    this.http.on('connection', (socket: Socket) => {
      const connection: Connection = { open: new Set(), idleSince: performance.now() };
      this.connections.set(socket, connection);
      socket.once('close', () => {
        this.connections.delete(socket);
        // Node emits 'close' only on the response that holds the socket, not on those pipelined behind it: end them all here.
        for (const end of [...connection.open]) end();
      });
    });
  }

  /** Requests to /scripts/gen-ai being answered now: from arrival until the response is written. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** The generation pool and admission counters, as /healthz reports them. */
  get state(): PoolState & { readonly inFlight: number; readonly awaitingBody: number; readonly maxAwaitingBody: number } {
    return { ...this.pool.state, inFlight: this.inFlightCount, awaitingBody: this.awaitingBody, maxAwaitingBody: this.options.maxAwaitingBody };
  }

  /** The bound port (after listen()). */
  get port(): number {
    const address = this.http.address();
    if (address === null || typeof address === 'string') throw new Error('the server is not listening');
    return (address as AddressInfo).port;
  }

  get url(): string {
    const host = this.options.host.includes(':') ? `[${this.options.host}]` : this.options.host;
    return `http://${host}:${this.port}`;
  }

  /** Starts the generation threads (each warmed up), then listens. */
  async listen(): Promise<this> {
    await this.pool.start();
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        this.http.once('error', onError);
        this.http.listen(this.options.port, this.options.host, () => {
          this.http.off('error', onError);
          // After startup an 'error' (e.g. EMFILE on accept) must not crash the process.
          this.http.on('error', (error) => this.options.log?.(`${new Date().toISOString()} server error: ${error.message}`));
          resolve();
        });
      });
    } catch (error) {
      await this.pool.close();
      throw error;
    }
    return this;
  }

  /**
   * Stops accepting connections and answers every request already received
   * or received on an open connection from now on, each with
   * `Connection: close`; a connection with nothing in progress is closed once
   * it has been idle for the keep-alive timeout (so a request already on its way is still
   * answered). Resolves once every connection is gone and the threads have
   * stopped. After drainTimeoutMs, or on abort(), what is left is cut, and the
   * report says how many requests that lost.
   */
  close(): Promise<CloseReport> {
    this.closing ??= new Promise((resolve) => {
      this.draining = true;
      let cutRequests = 0;
      let cutConnections = 0;
      const sweep = setInterval(() => setImmediate(() => this.closeIdle()), 25);
      const cutAll = () => {
        for (const [socket, connection] of this.connections) {
          cutConnections++;
          cutRequests += connection.open.size;
          socket.destroy();
        }
      };
      this.cut = cutAll;
      const timer = setTimeout(cutAll, this.options.drainTimeoutMs);
      // net.Server's close, not http.Server's: that one first destroys every connection it thinks idle, including
      // those whose next request is already in the socket buffer, unread.
      NetServer.prototype.close.call(this.http, () => {
        clearInterval(sweep);
        clearTimeout(timer);
        this.cut = undefined;
        this.http.close(() => {}); // stops Node's timeout-checking interval; nothing is left to close
        void this.pool.close().then(() => resolve({ cutRequests, cutConnections }));
      });
      setImmediate(() => this.closeIdle());
    });
    return this.closing;
  }

  /** While closing: cut every connection now (a second SIGTERM). close()'s promise reports what was lost. */
  abort(): void {
    this.cut?.();
  }

  /** While draining: closes connections that have had nothing in progress for the idle grace. */
  private closeIdle(): void {
    const now = performance.now();
    for (const [socket, connection] of this.connections) {
      if (connection.open.size === 0 && now - connection.idleSince >= this.options.idleGraceMs) socket.destroy();
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse, expectContinue: boolean): Promise<void> {
    const started = performance.now();
    const path = pathOf(req.url);
    const connection = this.connections.get(req.socket as Socket);
    const counted = path === GEN_AI_PATH;
    const exchange: Exchange = { gone: false, onGone: undefined };
    const end = () => {
      if (exchange.gone) return;
      exchange.gone = true;
      if (connection) {
        connection.open.delete(end);
        connection.idleSince = performance.now();
      }
      if (counted) this.inFlightCount--;
      exchange.onGone?.();
      this.logRequest(req.method ?? '-', path, res, started);
    };
    connection?.open.add(end);
    res.once('close', end);
    this.lastRequest.set(req.socket, req);

    // RFC 9112 §6.1: a transfer coding we do not know (gzip, deflate, ...) is 501, whatever the route.
    if (counted) this.inFlightCount++;
    if (unsupportedTransferCoding(req)) {
      return this.sendJson(res, 501, transportError('not_implemented', 'Only the chunked transfer coding is supported.'), { Connection: 'close' });
    }
    const route = findRoute(path);
    if (route === undefined) return this.reject(req, res, expectContinue, 404, errorResponse('not_found', `There is no ${loggable(path)} here; see /openapi.json.`));
    if (!isAllowed(route, req.method)) {
      return this.reject(req, res, expectContinue, 405, errorResponse('method_not_allowed', `${loggable(path)} accepts ${allowedMethods(route)}.`), { Allow: allowedMethods(route) });
    }

    switch (path) {
      case GEN_AI_PATH:
        return this.generate(req, res, expectContinue, exchange);
      case '/healthz':
        return this.send(req, res, expectContinue, this.draining ? 503 : 200, Buffer.from(JSON.stringify(this.health())), 'application/json; charset=utf-8');
      case '/openapi.json':
        return this.send(req, res, expectContinue, 200, this.openApi, 'application/json; charset=utf-8');
      case '/docs/errors':
        return this.send(req, res, expectContinue, 200, this.errorDocs, 'text/html; charset=utf-8', { 'Content-Security-Policy': "default-src 'none'" });
      default:
        throw new Error(`route ${path} has no handler`);
    }
  }

  private health() {
    const pool = this.pool.state;
    return {
      status: this.draining ? 'draining' : 'ok',
      version: VERSION,
      pool: {
        workers: pool.workers,
        ready: pool.ready,
        busy: pool.busy,
        queued: pool.queued,
        maxQueue: pool.maxQueue,
        maxQueueWaitMs: pool.maxQueueWaitMs,
        serviceMs: round(pool.serviceMs),
        expectedWaitMs: round(pool.expectedWaitMs),
        cancelled: pool.cancelled,
      },
      requests: { inFlight: this.inFlightCount, awaitingBody: this.awaitingBody, maxAwaitingBody: this.options.maxAwaitingBody },
    };
  }

  private overloaded(req: IncomingMessage, res: ServerResponse, expectContinue: boolean, message: string): void {
    this.reject(req, res, expectContinue, 503, errorResponse('overloaded', message), { 'Retry-After': this.pool.retryAfterSeconds });
  }

  private async generate(req: IncomingMessage, res: ServerResponse, expectContinue: boolean, exchange: Exchange): Promise<void> {
    // Shed before any work (the token, the body) when a request could not even wait for a thread.
    if (this.pool.full) return this.overloaded(req, res, expectContinue, BUSY);
    if (this.auth) {
      const outcome = await this.auth.check(req.headers.authorization);
      if (!outcome.ok) return this.reject(req, res, expectContinue, outcome.status, outcome.body, { 'WWW-Authenticate': outcome.challenge });
    }
    if (!isJsonUtf8(req.headers['content-type']) || hasContentEncoding(req)) {
      return this.reject(req, res, expectContinue, 415, errorResponse('unsupported_media_type', 'Send the body as Content-Type: application/json (UTF-8), without Content-Encoding.'));
    }
    const limit = bodyLimit(this.options.maxConfigBytes);
    const tooLarge = errorResponse('payload_too_large', `The request body is over ${limit} bytes (${MAX_BODY_BYTES} for the request and ${this.options.maxConfigBytes} for its config, JSON-escaped).`);
    const length = declaredLength(req);
    if (length !== undefined && length > limit) return this.reject(req, res, expectContinue, 413, tooLarge);

    if (expectContinue) res.writeContinue();
    // One turn later, a body that came in the same packets as the headers has been parsed (req.complete);
    // one still arriving waits in the slow-body pool, never in a generation slot.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const slow = !req.complete;
    if (slow) {
      if (this.awaitingBody >= this.options.maxAwaitingBody) {
        return this.overloaded(req, res, false, 'Too many requests are still sending their body; retry shortly.');
      }
      this.awaitingBody++;
    }
    let body;
    try {
      body = await readBody(req, limit);
    } finally {
      if (slow) this.awaitingBody--;
    }
    if (body.kind === 'aborted') return; // the client went away: nobody to answer
    if (body.kind === 'too_large') return this.reject(req, res, false, 413, tooLarge);

    if (exchange.gone) return; // the connection closed while the body was read
    const ticket = this.pool.submit(body.bytes);
    if (ticket === undefined) return this.overloaded(req, res, false, BUSY);
    // A client that goes away while its request is still queued takes it out of the queue: no thread generates an answer nobody reads.
    exchange.onGone = () => ticket.cancel();
    const answer = await ticket.answer;
    if (answer === undefined) return; // cancelled: nobody to answer
    this.write(res, answer.status, answer.json, 'application/json; charset=utf-8', {});
  }

  /**
   * An answer given before (all of) the body was read. If the client is
   * waiting for "100 Continue", or announced more than we will drain, the
   * connection closes after the answer; otherwise the rest of the body is
   * read and dropped so the connection stays usable.
   */
  private reject(req: IncomingMessage, res: ServerResponse, expectContinue: boolean, status: number, body: ErrorResponse, headers: Headers = {}): void {
    if (expectsBody(req)) {
      const length = declaredLength(req);
      if (expectContinue || (length !== undefined && length > DISCARD_LIMIT_BYTES)) headers = { ...headers, Connection: 'close' };
      else discardBody(req, DISCARD_LIMIT_BYTES);
    }
    this.sendJson(res, status, body, headers);
  }

  private send(req: IncomingMessage, res: ServerResponse, expectContinue: boolean, status: number, payload: Buffer, contentType: string, headers: Headers = {}): void {
    // GET routes take no body; one sent anyway is drained like any unwanted body.
    if (expectsBody(req)) {
      if (expectContinue) headers = { ...headers, Connection: 'close' };
      else discardBody(req, DISCARD_LIMIT_BYTES);
    }
    this.write(res, status, payload, contentType, headers);
  }

  private sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
    this.write(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
  }

  /** Writes the whole response. A string payload goes out in one write with the headers (Node joins them); a Buffer in two. */
  private write(res: ServerResponse, status: number, payload: Buffer | string, contentType: string, headers: Headers): void {
    if (res.headersSent || res.destroyed) return;
    // While closing, the last request a connection has sent is told the connection ends; one with more requests
    // already pipelined behind it keeps the connection open for them.
    const last = this.draining && (this.connections.get(res.req.socket as Socket)?.open.size ?? 0) <= 1;
    res.writeHead(status, {
      'Content-Type': contentType,
      'Content-Length': typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(last ? { Connection: 'close' } : {}),
      ...headers,
    });
    res.end(payload);
  }

  /** A failure in the server itself: a 500 ErrorResponse if nothing was sent yet, else cut the connection. Never a stack trace. */
  private fail(res: ServerResponse): void {
    if (!res.headersSent && !res.destroyed) {
      this.sendJson(res, 500, errorResponse('internal_error', 'An unexpected error occurred.'), { Connection: 'close' });
    } else {
      res.destroy();
    }
  }

  /** A raw answer on a socket Node has handed over (no ServerResponse): closed once written. */
  private writeRaw(socket: Duplex, status: number, code: TransportErrorCode, message: string): void {
    const text = JSON.stringify(transportError(code, message));
    // Closed once written (as Node's own handler does), so a client that never closes its side cannot hold the socket.
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${text}`,
      () => socket.destroy(),
    );
  }

  /** CONNECT (a tunnel request for a proxy): 501, logged like any request. */
  private connect(req: IncomingMessage, socket: Duplex): void {
    const started = performance.now();
    socket.on('error', () => {});
    if (socket.writable) this.writeRaw(socket, 501, 'not_implemented', 'This server is not a proxy: CONNECT is not supported.');
    else socket.destroy();
    this.options.log?.(`${new Date().toISOString()} CONNECT ${loggable(req.url ?? '-')} 501 ${(performance.now() - started).toFixed(1)}ms`);
  }

  /** Malformed HTTP, a timeout, headers too large: written straight to the socket, as there is no request to answer. */
  private clientError(error: NodeJS.ErrnoException, socket: Duplex): void {
    // Like Node's own handler: answer unless a response has already started (anything written now would corrupt
    // it), or was already given for a request whose body is still arriving (we are only draining that body).
    const current = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    const request = this.lastRequest.get(socket);
    const answered = current ? current.headersSent : request !== undefined && !request.complete;
    if (error.code === 'ECONNRESET' || !socket.writable || answered) {
      socket.destroy();
      return;
    }
    const [status, code, message]: [number, TransportErrorCode, string] =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request_timeout', 'The request did not arrive in time.']
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'headers_too_large', 'The request headers are too large.']
          : [400, 'bad_request', 'The request is not valid HTTP/1.1.'];
    this.writeRaw(socket, status, code, message);
    this.options.log?.(`${new Date().toISOString()} - - ${status} ${code}`);
  }

  /** One line per request: time, method, path (no query), status, duration. Never the body, never a header. */
  private logRequest(method: string, path: string, res: ServerResponse, started: number): void {
    if (!this.options.log) return;
    const status = res.headersSent ? String(res.statusCode) : '-';
    const aborted = res.writableFinished ? '' : ' aborted';
    this.options.log(`${new Date().toISOString()} ${method} ${loggable(path)} ${status} ${(performance.now() - started).toFixed(1)}ms${aborted}`);
  }
}

/** A server, not yet listening. */
export function createServer(options: ServerOptions = {}): GenAiServer {
  return new GenAiServer(options);
}

/** A server listening on options.host:options.port, its generation threads started; `port` is the bound one (useful with port 0). */
export function startServer(options: ServerOptions = {}): Promise<GenAiServer> {
  return createServer(options).listen();
}
