import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { handleGenAiRequest } from '../../src/api/handle.js';
import type { GenAiServer } from '../../src/server/index.js';
import { expectError, expectErrorBody, HOST, parseRaw, postJson, raw, send, start } from './helpers.js';

const servers: GenAiServer[] = [];
async function server(options: Parameters<typeof start>[0] = {}): Promise<GenAiServer> {
  const s = await start(options);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
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

/** Several requests written at once on one connection (pipelined): Node parses them all before any is answered. */
function pipelined(s: GenAiServer, prompts: readonly string[]): Promise<ReturnType<typeof parseRaw>[]> {
  // the last asks for the connection to close, so raw() returns once it is answered
  const bytes = prompts.map((prompt, i) => (i === prompts.length - 1 ? genRequest(prompt).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n') : genRequest(prompt))).join('');
  return raw(s, bytes).then(answersIn);
}

/** The responses in what a connection received. */
function answersIn(text: string): ReturnType<typeof parseRaw>[] {
  return text.split(/(?=HTTP\/1\.1 \d{3} )/).map(parseRaw);
}

/** A whole POST /scripts/gen-ai request as bytes on the wire. */
function genRequest(prompt: string): string {
  const body = JSON.stringify({ prompt });
  return `POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** A raw keep-alive connection to the server, connected: what it has received so far, and when it closes. */
async function rawConnection(s: GenAiServer): Promise<{ socket: Socket; received(): string; closed: Promise<unknown> }> {
  const socket = connect(s.port, HOST);
  await new Promise((r) => socket.once('connect', r));
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (c: string) => (text += c));
  socket.on('error', () => {});
  return { socket, received: () => text, closed: new Promise((r) => socket.once('close', r)) };
}

/** Until a connection has received one whole answer, a 200. */
function answered(connection: { received(): string }): Promise<void> {
  return until(() => /HTTP\/1\.1 200[\s\S]*\r\n\r\n\{[\s\S]*\}$/.test(connection.received()));
}

describe('admission', () => {
  it('200 concurrent requests on a pool of threads are all answered, each with the same bytes as the library', async () => {
    const s = await server({ workers: 2, maxQueue: 256, maxQueueWaitMs: 600_000 });
    const prompts = Array.from({ length: 200 }, (_, i) => `${PROMPTS[i % PROMPTS.length]!}${' '.repeat(i % 3)}`);
    const responses = await Promise.all(prompts.map((prompt) => postJson(s, { prompt }).then(async (r) => ({ status: r.status, body: await r.json() }))));
    responses.forEach((r, i) => {
      const expected = handleGenAiRequest({ prompt: prompts[i] });
      expect(r.status).toBe(200);
      expect(expected.status).toBe(200);
      expect(r.body).toEqual(expected.body);
    });
    expect(s.inFlight).toBe(0);
  }, 60_000);

  it('with the default queue, 100 at once get either their 200 or a clean 503 overloaded with Retry-After', async () => {
    const s = await server({ workers: 1 });
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
  }, 60_000);

  for (const workers of [0, 1]) {
    it(`with ${workers} thread(s): one generating, maxQueue waiting, the rest 503 overloaded at once`, async () => {
      // A wait budget no estimate reaches: this is the count bound alone.
      const s = await server({ workers, maxQueue: 2, maxQueueWaitMs: 600_000 });
      const answers = await pipelined(s, ['block ssh', 'block telnet', 'block ftp', 'block winbox', 'block dns']);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 503, 503]);
      expect(JSON.parse(answers[1]!.body)).toEqual(handleGenAiRequest({ prompt: 'block telnet' }).body);
      expect(answers[3]!.headers['retry-after']).toBe('1');
      expectErrorBody(JSON.parse(answers[3]!.body), 'overloaded');
      await until(() => s.inFlight === 0 && s.state.busy === 0);
      expect((await postJson(s, { prompt: 'block ssh' })).status).toBe(200);
    }, 30_000);
  }

  it('sheds by expected wait: past the wait budget a request gets 503 overloaded with Retry-After, queue places left or not', async () => {
    // Generation on the main thread and nothing measured yet, so the estimate is the initial 1 ms a generation: a
    // budget of 1.5 ms admits the one generating and one waiting (one per thread always), not a second ((1 + 1) x 1 ms).
    const s = await server({ workers: 0, maxQueue: 100, maxQueueWaitMs: 1.5 });
    const answers = await pipelined(s, ['block ssh', 'block telnet', 'block ftp', 'block winbox', 'block dns']);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 503, 503, 503]);
    expect(answers[2]!.headers['retry-after']).toBe('1');
    expectErrorBody(JSON.parse(answers[2]!.body), 'overloaded');
    const health = (await (await fetch(`${s.url}/healthz`)).json()) as { pool: Record<string, number> };
    expect(health.pool).toMatchObject({ maxQueue: 100, maxQueueWaitMs: 1.5, queued: 0, expectedWaitMs: 0 });
  }, 30_000);

  it('a client that goes away takes its queued requests out of the queue, and every one of them stops counting', async () => {
    // 60 requests pipelined on one connection, generated one per turn of the event loop on the main thread; the
    // connection is cut while most of them still wait. Node emits 'close' only on the response holding the
    // socket, so the server ends the others itself when the connection closes.
    const s = await server({ workers: 0, maxQueue: 100, maxQueueWaitMs: 600_000 });
    const { socket } = await rawConnection(s);
    socket.write(genRequest('block ssh').repeat(60));
    await until(() => s.state.queued >= 20);
    const queuedWhenCut = s.state.queued;
    socket.destroy();
    await until(() => s.inFlight === 0 && s.state.busy === 0);
    expect(s.state.queued).toBe(0);
    // at most the one being generated when the close was seen, and the one after it, escape
    expect(s.state.cancelled).toBeGreaterThanOrEqual(queuedWhenCut - 2);
    expect(s.state.cancelled).toBeLessThanOrEqual(60);
    expect((await postJson(s, { prompt: 'block ssh' })).status).toBe(200);
  }, 30_000);

  it('a request is counted in flight from its arrival until its response is written', async () => {
    const s = await server();
    const held = heldRequest(s, JSON.stringify({ prompt: 'block ssh' }));
    await until(() => s.inFlight === 1);
    expect(s.state.awaitingBody).toBe(1);
    held.finish();
    expect((await held.response).status).toBe(200);
    await until(() => s.inFlight === 0);
    expect(s.state.awaitingBody).toBe(0);
  });

  it('slow bodies hold no generation slot: with every queue place taken by them, fast clients are still served', async () => {
    const s = await server({ workers: 1, maxQueue: 1 });
    const held = Array.from({ length: 6 }, () => heldRequest(s, JSON.stringify({ prompt: 'block ssh' })));
    await until(() => s.state.awaitingBody === 6);
    for (let i = 0; i < 5; i++) {
      const r = await send(s, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: PROMPTS[i]! }) });
      expect(r.status).toBe(200);
      expect(r.json()).toEqual(handleGenAiRequest({ prompt: PROMPTS[i]! }).body);
    }
    const health = (await (await fetch(`${s.url}/healthz`)).json()) as { pool: { workers: number; ready: number }; requests: { inFlight: number; awaitingBody: number } };
    expect(health.pool).toMatchObject({ workers: 1, ready: 1 });
    expect(health.requests).toMatchObject({ inFlight: 6, awaitingBody: 6 });
    for (const h of held) h.finish();
    // the queue holds one: some of the six may be shed when their bodies all arrive at once, none is lost
    const statuses = (await Promise.all(held.map((h) => h.response))).map((r) => r.status);
    expect(statuses.every((st) => st === 200 || st === 503)).toBe(true);
    expect(statuses).toContain(200);
  }, 30_000);

  it('the slow-body pool is bounded on its own: past maxAwaitingBody a slow body gets 503, a fast one still 200', async () => {
    const s = await server({ maxAwaitingBody: 2 });
    const held = [heldRequest(s, '{"prompt":"block ssh"}'), heldRequest(s, '{"prompt":"block ssh"}')];
    await until(() => s.state.awaitingBody === 2);
    const third = heldRequest(s, '{"prompt":"block ssh"}');
    const shed = await third.response;
    expect(shed.status).toBe(503);
    expect(shed.headers['retry-after']).toBe('1');
    expectErrorBody(JSON.parse(shed.text), 'overloaded');
    third.req.destroy();
    expect((await send(s, { headers: { 'content-type': 'application/json' }, body: '{"prompt":"block ssh"}' })).status).toBe(200);
    for (const h of held) h.finish();
    expect((await Promise.all(held.map((h) => h.response))).map((r) => r.status)).toEqual([200, 200]);
  });

  it('a slow body still times out (408) and frees its place', async () => {
    const s = await server({ headersTimeoutMs: 200, requestTimeoutMs: 400, maxAwaitingBody: 1 });
    const r = parseRaw(await raw(s, 'POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"prompt":'));
    expect(r.status).toBe(408);
    await until(() => s.state.awaitingBody === 0);
  });

  it('a generation thread that dies is replaced, and requests are served again', async () => {
    const s = await server({ workers: 1 });
    const slot = (s.pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots[0]!;
    await slot.worker.terminate();
    await until(() => s.state.ready === 1, 30_000);
    expect((await postJson(s, { prompt: 'block ssh' })).status).toBe(200);
  }, 40_000);
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
    const closing = s.close().then((report) => {
      closed = true;
      return report;
    });
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
    expect(await closing).toEqual({ cutRequests: 0, cutConnections: 0 });
  });

  it('a request sent on an idle keep-alive connection just after close() is answered, with Connection: close', async () => {
    const s = await server({ workers: 1 });
    const connection = await rawConnection(s);
    connection.socket.write(genRequest('block ssh'));
    await answered(connection);
    const closing = s.close();
    connection.socket.write(genRequest('block ssh')); // the connection was idle: this one is "already on its way"
    await connection.closed;
    const answers = answersIn(connection.received());
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[0]!.headers.connection).toBe('keep-alive');
    expect(answers[1]!.headers.connection).toBe('close');
    expect(await closing).toEqual({ cutRequests: 0, cutConnections: 0 });
  }, 30_000);

  it('an idle keep-alive connection stays usable for its keep-alive timeout while draining (a client back from a Retry-After wait is answered)', async () => {
    const s = await server({ keepAliveTimeoutMs: 20_000 });
    const connection = await rawConnection(s);
    connection.socket.write(genRequest('block ssh'));
    await answered(connection);
    const closing = s.close();
    // idle for a second after close(), as a client waiting out Retry-After: 1 would be
    await new Promise((r) => setTimeout(r, 1_000));
    connection.socket.write(genRequest('block ssh'));
    await connection.closed;
    const answers = answersIn(connection.received());
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1]!.headers.connection).toBe('close');
    expect(await closing).toEqual({ cutRequests: 0, cutConnections: 0 });
  }, 30_000);

  it('pipelined requests already received are all answered; only the last says Connection: close', async () => {
    const s = await server({ workers: 1, maxQueue: 8, maxQueueWaitMs: 600_000 });
    const connection = await rawConnection(s);
    const request = genRequest('block ssh');
    // Two whole requests and a third whose body is still arriving: all three received before close().
    connection.socket.write(request.repeat(3).slice(0, -5));
    await until(() => s.state.awaitingBody === 1);
    const closing = s.close();
    connection.socket.write(request.slice(-5));
    await connection.closed;
    const answers = answersIn(connection.received());
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers.connection)).toEqual(['keep-alive', 'keep-alive', 'close']);
    expect(await closing).toEqual({ cutRequests: 0, cutConnections: 0 });
  }, 30_000);

  it('cuts what is still open after drainTimeoutMs, and reports it', async () => {
    const s = await server({ drainTimeoutMs: 200 });
    const held = heldRequest(s, JSON.stringify({ prompt: 'block ssh' }));
    held.response.catch(() => {});
    await until(() => s.inFlight === 1);
    const started = Date.now();
    const report = await s.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report).toEqual({ cutRequests: 1, cutConnections: 1 });
    await expect(held.response).rejects.toThrow();
  });

  it('abort() cuts at once, and reports it', async () => {
    const s = await server();
    const held = heldRequest(s, JSON.stringify({ prompt: 'block ssh' }));
    held.response.catch(() => {});
    await until(() => s.inFlight === 1);
    const closing = s.close();
    s.abort();
    expect(await closing).toEqual({ cutRequests: 1, cutConnections: 1 });
  });

  it('/healthz says draining with 503 while closing', async () => {
    const s = await server();
    const held = heldRequest(s, JSON.stringify({ prompt: 'block ssh' }));
    await until(() => s.inFlight === 1);
    const probe = await rawConnection(s);
    const closing = s.close();
    probe.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await probe.closed;
    const r = parseRaw(probe.received());
    expect(r.status).toBe(503);
    expect(JSON.parse(r.body)).toMatchObject({ status: 'draining' });
    held.finish();
    expect((await held.response).status).toBe(200);
    await closing;
  });
});
