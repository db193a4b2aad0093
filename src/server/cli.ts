/**
 * `routeros-gen serve`: parses the flags, starts the server, and on SIGTERM
 * or SIGINT stops accepting, lets requests in flight finish and returns 0.
 * A second signal while draining cuts the remaining connections.
 */
import type { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AuthOptions } from './auth.js';
import { startServer, type ServerOptions } from './server.js';

export const SERVE_USAGE = `  routeros-gen serve [--host 127.0.0.1] [--port 8080] [--jwt-secret S | --jwt-public-key FILE]
                     [--wan NAME] [--lan NAME] [--max-in-flight 64] [--quiet]`;

export const SERVE_HELP = `serve: POST /scripts/gen-ai, GET /healthz, GET /openapi.json, GET /docs/errors.
  --jwt-secret S         require an HS256 bearer JWT signed with S (at least 32 bytes);
                         ROUTEROS_GEN_JWT_SECRET does the same without showing S in the process list
  --jwt-public-key FILE  require an RS256 (RSA) or ES256 (EC P-256) bearer JWT; FILE is the PEM public key
  Tokens need an exp claim and the script:create scope. The access log goes to stderr (--quiet: none).`;

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
    io.err(`${(error as Error).message}\nUsage:\n${SERVE_USAGE}\n${SERVE_HELP}\n`);
    return 1;
  }
  let server;
  try {
    server = await startServer({ ...options, log: (line) => io.err(line + '\n') });
  } catch (error) {
    io.err(`cannot start the server: ${(error as Error).message}\n`);
    return 1;
  }
  io.err(`routeros-gen listening on ${server.url} (auth: ${options.auth ? 'bearer JWT' : 'off'})\n`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: string) => {
      if (stopping) {
        io.err(`${signal} again: closing every connection\n`);
        server.http.closeAllConnections();
        return;
      }
      stopping = true;
      io.err(`${signal}: draining (in flight: ${server.inFlight})\n`);
      void server.close().then(() => {
        signals.off('SIGTERM', onSignal);
        signals.off('SIGINT', onSignal);
        resolve();
      });
    };
    signals.on('SIGTERM', onSignal);
    signals.on('SIGINT', onSignal);
  });
  io.err('routeros-gen stopped\n');
  return 0;
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
      wan: { type: 'string' },
      lan: { type: 'string' },
      'max-in-flight': { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  if (positionals.length > 0) throw new Error(`serve takes no arguments, got ${JSON.stringify(positionals[0])}`);
  const port = integer(values.port ?? '8080', 'port', 0, 65535);
  const secret = values['jwt-secret'] ?? (env.ROUTEROS_GEN_JWT_SECRET || undefined);
  const keyFile = values['jwt-public-key'];
  if (secret !== undefined && keyFile !== undefined) throw new Error('give either a JWT secret or --jwt-public-key, not both');
  let auth: AuthOptions | undefined;
  if (secret !== undefined) auth = { secret };
  if (keyFile !== undefined) auth = { publicKey: readFileSync(keyFile, 'utf8') };
  const generate: { wan?: string; lan?: string } = {};
  if (values.wan !== undefined) generate.wan = values.wan;
  if (values.lan !== undefined) generate.lan = values.lan;
  return {
    host: values.host ?? '127.0.0.1',
    port,
    generate,
    quiet: values.quiet ?? false,
    ...(auth ? { auth } : {}),
    ...(values['max-in-flight'] !== undefined ? { maxInFlight: integer(values['max-in-flight'], 'max-in-flight', 1, 100_000) } : {}),
  };
}

function integer(text: string, what: string, min: number, max: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new Error(`--${what} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return n;
}
