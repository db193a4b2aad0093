/**
 * `routeros-gen serve`: parses the flags, starts the server, and on SIGTERM
 * or SIGINT stops accepting, answers every request it has received and
 * returns 0. A second signal while draining cuts the remaining connections;
 * if that or the drain timeout cut a request, it returns 1.
 */
import type { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RequestError } from '../api/errors.js';
import { resolveOptions } from '../api/options.js';
import { usageError, withFlagNames } from '../cli/help.js';
import type { AuthOptions, ClaimOptions } from './auth.js';
import { startServer, type CloseReport, type ServerOptions } from './server.js';

export const SERVE_USAGE = `  routeros-gen serve [--host 127.0.0.1] [--port 8080] [--quiet]
                     [--wan NAME] [--lan NAME] [--lan-bridge NAME] [--lan-subnet CIDR]
                     [--jwt-secret S | --jwt-public-key FILE] [--jwt-audience A] [--jwt-issuer I]
                     [--jwt-max-lifetime 86400] [--jwt-clock-tolerance 60]
                     [--workers N] [--max-queue N] [--max-queue-wait 10] [--max-awaiting-body 256]
                     [--drain-timeout 10]
                     [--max-config-bytes 1048576]`;

export const SERVE_HELP = `serve: POST /scripts/gen-ai, GET /healthz, GET /openapi.json, GET /docs/errors.
  --jwt-secret S         require an HS256 bearer JWT signed with S (at least 32 bytes);
                         ROUTEROS_GEN_JWT_SECRET does the same without showing S in the process list
  --jwt-public-key FILE  require an RS256 (RSA) or ES256 (EC P-256) bearer JWT; FILE is the PEM public key
  --jwt-audience A, --jwt-issuer I  require aud / iss (repeat the flag to accept several)
  --jwt-max-lifetime S   refuse tokens living longer than S seconds (exp - iat); --jwt-clock-tolerance S: skew allowed
  Tokens need an exp claim and the script:create scope. The access log goes to stderr (--quiet: none).
  --wan, --lan, --lan-bridge, --lan-subnet  what the router's sides are, for every request (see routeros-gen --help)
  --workers N            generation threads (default: one per core)
  --max-queue-wait MS    503 (with Retry-After) when a request's expected wait for a thread is over MS
                         milliseconds (default 10): the requests ahead x the measured time per answer / threads;
                         --max-queue N: never more than N waiting (default 64 per thread)
  --max-awaiting-body N  requests still sending their body (slow clients) before 503
  --max-config-bytes N   the largest "config" (the router's /export text) a request may carry (default 1 MiB; 413 over it)
  On SIGTERM/SIGINT: answers what it has received, then exits 0; 1 if --drain-timeout (seconds) or a second
  signal cut a request.`;

interface ServeIo {
  readonly out: (text: string) => Promise<void>;
  readonly err: (text: string) => void;
}

export async function serve(argv: readonly string[], io: ServeIo, signals: EventEmitter = process, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await io.out(`Usage:\n${SERVE_USAGE}\n${SERVE_HELP}\n`);
    return 0;
  }
  let options: ServerOptions;
  try {
    options = serverOptions(argv, env);
  } catch (error) {
    io.err(usageError((error as Error).message, 'serve'));
    return 1;
  }
  // The access log goes out in batches: the lines of requests answered in one turn of the event loop in one write
  // (under load, one system call for many requests instead of one each), flushed before anything else is written.
  const lines = batchedLines((text) => io.err(text));
  const say = (text: string): void => {
    lines.flush();
    io.err(text);
  };
  let server;
  try {
    server = await startServer({ ...options, log: lines.push });
  } catch (error) {
    say(`cannot start the server: ${(error as Error).message}\n`);
    return 1;
  }
  const { workers } = server.state;
  say(`routeros-gen listening on ${server.url} (auth: ${options.auth ? 'bearer JWT' : 'off'}, generation threads: ${workers === 0 ? 'none, main thread' : workers})\n`);

  const report = await new Promise<CloseReport>((resolve) => {
    let stopping = false;
    const onSignal = (signal: string) => {
      if (stopping) {
        say(`${signal} again: closing every connection\n`);
        server.abort();
        return;
      }
      stopping = true;
      say(`${signal}: draining (in flight: ${server.inFlight})\n`);
      void server.close().then((result) => {
        signals.off('SIGTERM', onSignal);
        signals.off('SIGINT', onSignal);
        resolve(result);
      });
    };
    signals.on('SIGTERM', onSignal);
    signals.on('SIGINT', onSignal);
  });
  if (report.cutRequests > 0) {
    say(`routeros-gen stopped: ${report.cutRequests} request(s) cut before they were answered\n`);
    return 1;
  }
  say('routeros-gen stopped\n');
  return 0;
}

/**
 * Lines collected and written together once per turn of the event loop (setImmediate), or at once by `flush`;
 * each line gets its newline.
 */
export function batchedLines(write: (text: string) => void): { readonly push: (line: string) => void; readonly flush: () => void } {
  let pending: string[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const flush = (): void => {
    if (scheduled !== undefined) clearImmediate(scheduled);
    scheduled = undefined;
    if (pending.length === 0) return;
    const text = pending.join('\n') + '\n';
    pending = [];
    write(text);
  };
  const push = (line: string): void => {
    pending.push(line);
    scheduled ??= setImmediate(flush);
  };
  return { push, flush };
}

function serverOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ServerOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'jwt-secret': { type: 'string' },
      'jwt-public-key': { type: 'string' },
      'jwt-audience': { type: 'string', multiple: true },
      'jwt-issuer': { type: 'string', multiple: true },
      'jwt-max-lifetime': { type: 'string' },
      'jwt-clock-tolerance': { type: 'string' },
      wan: { type: 'string' },
      lan: { type: 'string' },
      'lan-bridge': { type: 'string' },
      'lan-subnet': { type: 'string' },
      workers: { type: 'string' },
      'max-queue': { type: 'string' },
      'max-queue-wait': { type: 'string' },
      'max-awaiting-body': { type: 'string' },
      'drain-timeout': { type: 'string' },
      'max-config-bytes': { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  if (positionals.length > 0) throw new Error(`serve takes no arguments, got ${JSON.stringify(positionals[0])}`);
  const port = integer(values.port ?? '8080', 'port', 0, 65535);
  const secret = values['jwt-secret'] ?? (env.ROUTEROS_GEN_JWT_SECRET || undefined);
  const keyFile = values['jwt-public-key'];
  if (secret !== undefined && keyFile !== undefined) throw new Error('give either a JWT secret or --jwt-public-key, not both');
  const claims: { -readonly [K in keyof ClaimOptions]: ClaimOptions[K] } = {};
  if (values['jwt-audience'] !== undefined) claims.audience = values['jwt-audience'];
  if (values['jwt-issuer'] !== undefined) claims.issuer = values['jwt-issuer'];
  if (values['jwt-max-lifetime'] !== undefined) claims.maxLifetimeSeconds = integer(values['jwt-max-lifetime'], 'jwt-max-lifetime', 1, 10 * 365 * 86_400);
  if (values['jwt-clock-tolerance'] !== undefined) claims.clockToleranceSeconds = integer(values['jwt-clock-tolerance'], 'jwt-clock-tolerance', 0, 3_600);
  let auth: AuthOptions | undefined;
  if (secret !== undefined) auth = { secret, ...claims };
  if (keyFile !== undefined) auth = { publicKey: readKey(keyFile), ...claims };
  if (auth === undefined && Object.keys(claims).length > 0) throw new Error('the --jwt-audience/--jwt-issuer/--jwt-max-lifetime/--jwt-clock-tolerance flags need --jwt-secret or --jwt-public-key');
  const generate: { wan?: string; lan?: string; lanBridge?: string; lanSubnet?: string } = {};
  if (values.wan !== undefined) generate.wan = values.wan;
  if (values.lan !== undefined) generate.lan = values.lan;
  if (values['lan-bridge'] !== undefined) generate.lanBridge = values['lan-bridge'];
  if (values['lan-subnet'] !== undefined) generate.lanSubnet = values['lan-subnet'];
  try {
    resolveOptions(generate);
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    throw new Error(withFlagNames(error.message));
  }
  return {
    host: values.host ?? '127.0.0.1',
    port,
    generate,
    quiet: values.quiet ?? false,
    ...(auth ? { auth } : {}),
    ...(values.workers !== undefined ? { workers: integer(values.workers, 'workers', 0, 256) } : {}),
    ...(values['max-queue'] !== undefined ? { maxQueue: integer(values['max-queue'], 'max-queue', 1, 100_000) } : {}),
    ...(values['max-queue-wait'] !== undefined ? { maxQueueWaitMs: integer(values['max-queue-wait'], 'max-queue-wait', 1, 600_000) } : {}),
    ...(values['max-awaiting-body'] !== undefined ? { maxAwaitingBody: integer(values['max-awaiting-body'], 'max-awaiting-body', 1, 100_000) } : {}),
    ...(values['max-config-bytes'] !== undefined ? { maxConfigBytes: integer(values['max-config-bytes'], 'max-config-bytes', 0, 64 * 1024 * 1024) } : {}),
    ...(values['drain-timeout'] !== undefined ? { drainTimeoutMs: 1000 * integer(values['drain-timeout'], 'drain-timeout', 1, 3_600) } : {}),
  };
}

function readKey(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read --jwt-public-key ${JSON.stringify(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function integer(text: string, what: string, min: number, max: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new Error(`--${what} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return n;
}
