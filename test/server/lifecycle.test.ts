import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { handleGenAiRequest } from '../../src/api/handle.js';
import type { GenAiServer } from '../../src/server/index.js';
import { expectError, expectErrorBody, HOST, parseRaw, postJson, raw, start } from './helpers.js';

const servers: GenAiServer[] = [];
async function server(options: Parameters<typeof start>[0] = {}): Promise<GenAiServer> {
  const s = await start(options);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function until(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A POST whose headers are sent now and whose body is sent when `finish` is called: a request held in flight. */
function heldRequest(s: GenAiServer, body: string): { finish(): void; response: Promise<{ status: number; headers: IncomingMessage['headers']; text: string }>; req: ClientRequest } {
  let req!: ClientRequest;
  const response = new Promise<{ status: number; headers: IncomingMessage['headers']; text: string }>((resolve, reject) => {
    req = httpRequest(
      { host: HOST, port: s.port, method: 'POST', path: '/scripts/gen-ai', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
  });
  return { req, response, finish: () => req.end(body) };
}

const PROMPTS = [
  'Block SSH from the internet',
  'Forward port 8080 to 192.168.88.10:80',
  'allow winbox from the LAN',
  'block telnet and ftp from wan',
  'masquerade the lan',
  'forward port 80',
  'drop all traffic from 10.0.0.0/8',
  'block facebook.com',
];

describe('concurrency', () => {
  it('200 concurrent requests are all answered, each with its own correct body', async () => {
    const s = await server({ maxInFlight: 256 });
    const prompts = Array.from({ length: 200 }, (_, i) => `${PROMPTS[i % PROMPTS.length]!}${' '.repeat(i % 3)}`);
    const responses = await Promise.all(prompts.map((prompt) => postJson(s, { prompt }).then(async (r) => ({ status: r.status, body: await r.json() }))));
    responses.forEach((r, i) => {
      const expected = handleGenAiRequest({ prompt: prompts[i] });
      expect(r.status).toBe(200);
      expect(expected.status).toBe(200);
      expect(r.body).toEqual(expected.body);
    });
    expect(s.inFlight).toBe(0);
  }, 30_000);

  it('with the default cap, 100 at once get either their 200 or a clean 503 overloaded', async () => {
    const s = await server();
    const responses = await Promise.all(Array.from({ length: 100 }, () => postJson(s, { prompt: 'block ssh' })));
    const statuses = new Set<number>();
    for (const r of responses) {
      statuses.add(r.status);
      if (r.status === 503) {
        expect(r.headers.get('retry-after')).toBe('1');
        await expectError(r, 503, 'overloaded');
      } else {
        expect(r.status).toBe(200);
        await r.arrayBuffer();
      }
    }
    expect(statuses.has(200)).toBe(true);
  }, 30_000);

  it('503 overloaded past maxInFlight, /healthz still answers, and the slot is freed afterwards', async () => {
    const s = await server({ maxInFlight: 1 });
    const held = heldRequest(s, JSON.stringify({ prompt: 'block ssh' }));
    await until(() => s.inFlight === 1);
    const rejected = await postJson(s, { prompt: 'block telnet' });
    expect(rejected.headers.get('retry-after')).toBe('1');
    await expectError(rejected, 503, 'overloaded');
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    held.finish();
    expect((await held.response).status).toBe(200);
    await until(() => s.inFlight === 0);
    expect((await postJson(s, { prompt: 'block telnet' })).status).toBe(200);
  });
});

describe('keep-alive and timeouts', () => {
  it('serves several requests on one connection, then closes it after keepAliveTimeout', async () => {
    const s = await server({ keepAliveTimeoutMs: 200 });
    const body = JSON.stringify({ prompt: 'block ssh' });
    const started = Date.now();
    const text = await raw(
      s,
      'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n' +
        `POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    expect(text.match(/HTTP\/1\.1 200 OK\r\n/g)).toHaveLength(2);
    expect(text.match(/Connection: keep-alive\r\n/g)).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('408 request_timeout when the headers do not arrive in time', async () => {
    const s = await server({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const r = parseRaw(await raw(s, 'POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\n'));
    expect(r.status).toBe(408);
    expect(r.headers.connection).toBe('close');
    expectErrorBody(JSON.parse(r.body), 'request_timeout');
  });

  it('408 request_timeout when the body does not arrive in time', async () => {
    const s = await server({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const r = parseRaw(await raw(s, 'POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"prompt":'));
    expect(r.status).toBe(408);
    expectErrorBody(JSON.parse(r.body), 'request_timeout');
  });

  it('closes a connection that sends nothing', async () => {
    const s = await server({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const started = Date.now();
    await raw(s, '');
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('graceful shutdown', () => {
  it('stops accepting, lets the request in flight finish with Connection: close, then resolves', async () => {
    const s = await server();
    const port = s.port;
    const idle = await fetch(`${s.url}/healthz`); // leaves an idle keep-alive connection in fetch's pool
    expect(idle.status).toBe(200);
    const held = heldRequest(s, JSON.stringify({ prompt: 'Block SSH from the internet' }));
    await until(() => s.inFlight === 1);

    let closed = false;
    const closing = s.close().then(() => (closed = true));
    // no new connections
    await expect(
      new Promise((resolve, reject) => {
        const socket = connect(port, HOST, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', reject);
      }),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);

    held.finish();
    const response = await held.response;
    expect(response.status).toBe(200);
    expect(response.headers.connection).toBe('close');
    expect(JSON.parse(response.text)).toEqual(handleGenAiRequest({ prompt: 'Block SSH from the internet' }).body);
    await closing;
    expect(closed).toBe(true);
  });

  it('cuts what is still open after drainTimeoutMs', async () => {
    const s = await server({ drainTimeoutMs: 200 });
    const held = heldRequest(s, JSON.stringify({ prompt: 'block ssh' }));
    held.response.catch(() => {});
    await until(() => s.inFlight === 1);
    const started = Date.now();
    await s.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(held.response).rejects.toThrow();
  });
});
