/**
 * `routeros-gen serve`: POST /scripts/gen-ai on Node's own node:http, with
 * the hardening a service on a network needs: bounded bodies, header and
 * request timeouts, a cap on requests in flight, bearer-token auth, an access
 * log that never holds a prompt or a token, and a shutdown that drains.
 */
import { createServer as createHttpServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { errorResponse, type ErrorResponse } from '../api/errors.js';
import { handleGenAiRequest } from '../api/handle.js';
import { resolveOptions, type GenerateOptions } from '../api/options.js';
import { VERSION } from '../version.js';
import { createAuthenticator, type Authenticator, type AuthOptions } from './auth.js';
import { declaredLength, discardBody, expectsBody, hasContentEncoding, isJsonUtf8, parseJson, readBody } from './body.js';
import { renderErrorDocs, transportError, type TransportErrorCode } from './error-docs.js';
import { buildOpenApiDocument } from './openapi.js';
import { allowedMethods, findRoute, GEN_AI_PATH, isAllowed } from './routes.js';

/** The contract's limit on a request body. */
export const MAX_BODY_BYTES = 16 * 1024;
/** How much of an unwanted body (after an early 4xx/503) is read and dropped so the client sees the answer; past it the connection is cut. */
const DISCARD_LIMIT_BYTES = 64 * 1024;

export interface ServerOptions {
  /** Address to bind. Default 127.0.0.1 (loopback only). */
  readonly host?: string;
  /** Port to bind; 0 picks a free one. Default 8080. */
  readonly port?: number;
  /** Bearer-token checks; off when absent. */
  readonly auth?: AuthOptions;
  /** What WAN and LAN mean on the user's router, for every request (checked at startup). */
  readonly generate?: GenerateOptions;
  /** Requests to /scripts/gen-ai in flight at once; beyond it, 503 `overloaded`. Default 64. */
  readonly maxInFlight?: number;
  /** Time allowed for the request headers. Default 10 s. */
  readonly headersTimeoutMs?: number;
  /** Time allowed for the whole request (headers and body). Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open. Default 5 s. */
  readonly keepAliveTimeoutMs?: number;
  /** On close(), how long in-flight requests get before every connection is cut. Default 10 s. */
  readonly drainTimeoutMs?: number;
  /** Where access-log lines go (one per request, no newline). Default: standard error. */
  readonly log?: (line: string) => void;
  /** No access log. */
  readonly quiet?: boolean;
}

interface Resolved {
  readonly host: string;
  readonly port: number;
  readonly generate: GenerateOptions;
  readonly maxInFlight: number;
  readonly drainTimeoutMs: number;
  readonly log: ((line: string) => void) | undefined;
}

function positiveInteger(value: number | undefined, fallback: number, what: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`${what} must be a positive integer, not ${String(value)}`);
  return n;
}

type Headers = Record<string, string | number>;

/** The path of a request target, without the query string (which is never routed on nor logged). */
function pathOf(url: string | undefined): string {
  const target = url ?? '/';
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/** A path as it may appear in a log line: printable ASCII, bounded, so a request cannot forge log lines. */
function loggable(path: string): string {
  const safe = path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  return safe.length > 200 ? safe.slice(0, 200) + '…' : safe;
}

export class GenAiServer {
  readonly http: Server;
  private readonly options: Resolved;
  private readonly auth: Authenticator | undefined;
  private readonly openApi: Buffer;
  private readonly errorDocs: Buffer;
  private readonly health: Buffer;
  private inFlightCount = 0;
  private draining = false;
  private closing: Promise<void> | undefined;
  /** Each socket's latest request: while its body is still arriving, a transport error there must cut, not answer. */
  private readonly lastRequest = new WeakMap<Duplex, IncomingMessage>();

  constructor(options: ServerOptions = {}) {
    const headersTimeout = positiveInteger(options.headersTimeoutMs, 10_000, 'headersTimeoutMs');
    const requestTimeout = positiveInteger(options.requestTimeoutMs, 30_000, 'requestTimeoutMs');
    if (headersTimeout > requestTimeout) throw new RangeError('headersTimeoutMs must not exceed requestTimeoutMs');
    const generate = options.generate ?? {};
    resolveOptions(generate); // throws RequestError now for a bad --wan/--lan, not on every request
    this.options = {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 8080,
      generate,
      maxInFlight: positiveInteger(options.maxInFlight, 64, 'maxInFlight'),
      drainTimeoutMs: positiveInteger(options.drainTimeoutMs, 10_000, 'drainTimeoutMs'),
      log: options.quiet ? undefined : (options.log ?? ((line) => process.stderr.write(line + '\n'))),
    };
    this.auth = options.auth ? createAuthenticator(options.auth) : undefined;
    this.openApi = Buffer.from(JSON.stringify(buildOpenApiDocument({ auth: this.auth !== undefined }), null, 2));
    this.errorDocs = Buffer.from(renderErrorDocs(VERSION));
    this.health = Buffer.from(JSON.stringify({ status: 'ok', version: VERSION }));

    this.http = createHttpServer({
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: positiveInteger(options.keepAliveTimeoutMs, 5_000, 'keepAliveTimeoutMs'),
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
  }

  /** Requests to /scripts/gen-ai being answered now. */
  get inFlight(): number {
    return this.inFlightCount;
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

  listen(): Promise<this> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.http.once('error', onError);
      this.http.listen(this.options.port, this.options.host, () => {
        this.http.off('error', onError);
        // After startup an 'error' (e.g. EMFILE on accept) must not crash the process.
        this.http.on('error', (error) => this.options.log?.(`${new Date().toISOString()} server error: ${error.message}`));
        resolve(this);
      });
    });
  }

  /**
   * Stops accepting connections, closes idle ones, lets requests in flight
   * finish (their responses say `Connection: close`), and resolves once every
   * connection is gone; after drainTimeoutMs the rest are cut.
   */
  close(): Promise<void> {
    this.closing ??= new Promise((resolve) => {
      this.draining = true;
      const cut = setTimeout(() => this.http.closeAllConnections(), this.options.drainTimeoutMs);
      cut.unref();
      this.http.close(() => {
        clearTimeout(cut);
        resolve();
      });
      this.http.closeIdleConnections();
    });
    return this.closing;
  }

  private async handle(req: IncomingMessage, res: ServerResponse, expectContinue: boolean): Promise<void> {
    const started = performance.now();
    const path = pathOf(req.url);
    res.once('close', () => this.logRequest(req.method ?? '-', path, res, started));
    this.lastRequest.set(req.socket, req);

    const route = findRoute(path);
    if (route === undefined) return this.reject(req, res, expectContinue, 404, errorResponse('not_found', `There is no ${loggable(path)} here; see /openapi.json.`));
    if (!isAllowed(route, req.method)) {
      return this.reject(req, res, expectContinue, 405, errorResponse('method_not_allowed', `${loggable(path)} accepts ${allowedMethods(route)}.`), { Allow: allowedMethods(route) });
    }
    if (route.capped) {
      if (this.inFlightCount >= this.options.maxInFlight) {
        return this.reject(req, res, expectContinue, 503, errorResponse('overloaded', 'Too many requests are in flight; retry shortly.'), { 'Retry-After': 1 });
      }
      this.inFlightCount++;
      res.once('close', () => this.inFlightCount--);
    }

    switch (path) {
      case GEN_AI_PATH:
        return this.generate(req, res, expectContinue);
      case '/healthz':
        return this.send(req, res, expectContinue, 200, this.health, 'application/json; charset=utf-8');
      case '/openapi.json':
        return this.send(req, res, expectContinue, 200, this.openApi, 'application/json; charset=utf-8');
      case '/docs/errors':
        return this.send(req, res, expectContinue, 200, this.errorDocs, 'text/html; charset=utf-8', { 'Content-Security-Policy': "default-src 'none'" });
      default:
        throw new Error(`route ${path} has no handler`);
    }
  }

  private async generate(req: IncomingMessage, res: ServerResponse, expectContinue: boolean): Promise<void> {
    if (this.auth) {
      const outcome = await this.auth.check(req.headers.authorization);
      if (!outcome.ok) return this.reject(req, res, expectContinue, outcome.status, outcome.body, { 'WWW-Authenticate': outcome.challenge });
    }
    if (!isJsonUtf8(req.headers['content-type']) || hasContentEncoding(req)) {
      return this.reject(req, res, expectContinue, 415, errorResponse('unsupported_media_type', 'Send the body as Content-Type: application/json (UTF-8), without Content-Encoding.'));
    }
    const tooLarge = errorResponse('payload_too_large', `The request body is over ${MAX_BODY_BYTES} bytes.`);
    const length = declaredLength(req);
    if (length !== undefined && length > MAX_BODY_BYTES) return this.reject(req, res, expectContinue, 413, tooLarge);

    if (expectContinue) res.writeContinue();
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body.kind === 'aborted') return; // the client went away: nobody to answer
    if (body.kind === 'too_large') return this.reject(req, res, false, 413, tooLarge);

    const parsed = parseJson(body.bytes);
    if (parsed === undefined) return this.sendJson(res, 400, errorResponse('invalid_json', 'The request body is not valid JSON.'));
    const result = handleGenAiRequest(parsed.value, this.options.generate);
    this.sendJson(res, result.status, result.body);
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
    this.write(res, status, Buffer.from(JSON.stringify(body)), 'application/json; charset=utf-8', headers);
  }

  private write(res: ServerResponse, status: number, payload: Buffer, contentType: string, headers: Headers): void {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, {
      'Content-Type': contentType,
      'Content-Length': payload.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(this.draining ? { Connection: 'close' } : {}),
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
    const text = JSON.stringify(transportError(code, message));
    // Closed once written (as Node's own handler does), so a client that never closes its side cannot hold the socket.
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${text}`,
      () => socket.destroy(),
    );
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

/** A server listening on options.host:options.port; `port` is the bound one (useful with port 0). */
export function startServer(options: ServerOptions = {}): Promise<GenAiServer> {
  return createServer(options).listen();
}
