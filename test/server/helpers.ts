/** Starting the real server on 127.0.0.1:0 and talking to it over real HTTP, loopback only. */
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { validateAiScriptResponse, validateErrorResponse } from '../../src/api/schemas.js';
import { startServer, type GenAiServer, type ServerOptions } from '../../src/server/index.js';

export const HOST = '127.0.0.1';

/**
 * A server on 127.0.0.1, port 0. Generation runs on the main thread unless
 * the test asks for threads (`workers: N`): the HTTP tests do not need a pool
 * (test/server/pool.test.ts and the lifecycle tests start one), and each
 * thread costs a warm-up.
 */
export async function start(options: ServerOptions = {}): Promise<GenAiServer> {
  return startServer({ quiet: true, workers: 0, ...options, host: HOST, port: 0 });
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  json(): unknown;
}

/** One request with node:http (a fresh connection unless an agent is given), for what fetch cannot send: chunked bodies, odd headers, GET with a body. */
export function send(
  server: GenAiServer,
  options: { method?: string; path?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer | readonly (string | Buffer)[] },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: HOST, port: server.port, method: options.method ?? 'POST', path: options.path ?? '/scripts/gen-ai', headers: options.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    const body = options.body;
    if (Array.isArray(body)) for (const part of body) req.write(part);
    else if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Writes raw bytes on a new TCP connection and returns everything the server sends until it closes. */
export function raw(server: GenAiServer, bytes: string, timeoutMs = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, HOST);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within ${timeoutMs} ms; got ${Buffer.concat(chunks).toString()}`));
    }, timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    if (bytes !== '') socket.write(bytes);
  });
}

/** The parts of a raw HTTP/1.1 response. */
export function parseRaw(text: string): { status: number; headers: Record<string, string>; body: string } {
  const end = text.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine!.split(' ')[1]), headers, body: text.slice(end + 4) };
}

export function expectErrorBody(body: unknown, code: string): void {
  const check = validateErrorResponse(body);
  expect(check.errors).toBe('');
  expect(body).toMatchObject({ code, doc_url: `/docs/errors#${code}` });
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |\.ts:\d+|node:internal/);
}

export function expectScriptBody(body: unknown): void {
  const check = validateAiScriptResponse(body);
  expect(check.errors).toBe('');
}

export async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expectErrorBody(await response.json(), code);
}

export function postJson(server: GenAiServer, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/scripts/gen-ai`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A fresh strict ajv, for schemas taken from the served OpenAPI document. */
export function freshAjv(): Ajv {
  return new Ajv({ allErrors: true, strict: true });
}
