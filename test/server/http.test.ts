import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { ERROR_CODES } from '../../src/api/errors.js';
import { healthSchema, TRANSPORT_ERRORS, type GenAiServer } from '../../src/server/index.js';
import { expectError, expectErrorBody, expectScriptBody, freshAjv, parseRaw, postJson, raw, send, start } from './helpers.js';

let server: GenAiServer;
const log: string[] = [];

beforeAll(async () => {
  server = await start({ quiet: false, log: (line) => log.push(line), generate: { wan: 'ether1' } });
});
afterAll(() => server.close());

describe('POST /scripts/gen-ai', () => {
  it('200 with an AiScriptResponse', async () => {
    const response = await postJson(server, { prompt: 'Block SSH from the internet' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as { response: { content: string; destructive: boolean }[] };
    expectScriptBody(body);
    // --wan from the server's options reaches the generator
    expect(body.response[0]!.content).toBe('/ip firewall filter add chain=input protocol=tcp dst-port=22 in-interface=ether1 action=drop\n');
    expect(body.response[0]!.destructive).toBe(true);
  });

  it('200 with a refusal for a prompt it cannot answer safely', async () => {
    const response = await postJson(server, { prompt: 'forward port 80' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response: { content: string; error: string }[] };
    expectScriptBody(body);
    expect(body.response[0]).toMatchObject({ content: '', destructive: false });
  });

  it('accepts application/json; charset=utf-8 and a non-ASCII prompt', async () => {
    const response = await postJson(server, { prompt: 'block ssh from the internet — please' }, { 'content-type': 'Application/JSON; charset="UTF-8"' });
    expect(response.status).toBe(200);
    expectScriptBody(await response.json());
  });

  it('400 invalid_json for malformed JSON, an empty body and invalid UTF-8', async () => {
    await expectError(await postJson(server, '{"prompt": '), 400, 'invalid_json');
    await expectError(await postJson(server, ''), 400, 'invalid_json');
    const badUtf8 = Buffer.concat([Buffer.from('{"prompt":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const r = await send(server, { headers: { 'content-type': 'application/json' }, body: badUtf8 });
    expect(r.status).toBe(400);
    expectErrorBody(r.json(), 'invalid_json');
  });

  it('400 for a body that is not an object, a missing prompt, a prompt that is not a string', async () => {
    await expectError(await postJson(server, '[1,2]'), 400, 'invalid_body');
    await expectError(await postJson(server, 'null'), 400, 'invalid_body');
    await expectError(await postJson(server, '"block ssh"'), 400, 'invalid_body');
    await expectError(await postJson(server, {}), 400, 'parameter_missing');
    await expectError(await postJson(server, { prompt: 42 }), 400, 'parameter_invalid_type');
    await expectError(await postJson(server, { prompt: ['block ssh'] }), 400, 'parameter_invalid_type');
  });

  it('422 for an empty, blank or over-long prompt', async () => {
    await expectError(await postJson(server, { prompt: '' }), 422, 'prompt_empty');
    await expectError(await postJson(server, { prompt: ' \n\t ' }), 422, 'prompt_empty');
    await expectError(await postJson(server, { prompt: 'b'.repeat(201) }), 422, 'prompt_too_long');
    // 200 code points (400 UTF-16 units) is allowed
    expect((await postJson(server, { prompt: '😀'.repeat(200) })).status).toBe(200);
  });

  it('415 unless the body is application/json (UTF-8), unencoded', async () => {
    const body = JSON.stringify({ prompt: 'block ssh' });
    const plain = await fetch(`${server.url}/scripts/gen-ai`, { method: 'POST', body }); // fetch sends text/plain
    await expectError(plain, 415, 'unsupported_media_type');
    for (const type of ['application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/jsonx', 'text/json']) {
      await expectError(await postJson(server, body, { 'content-type': type }), 415, 'unsupported_media_type');
    }
    const none = await send(server, { body });
    expect(none.status).toBe(415);
    expectErrorBody(none.json(), 'unsupported_media_type');
    const gzip = await send(server, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body });
    expect(gzip.status).toBe(415);
  });

  it('413 for a body over 16 KiB with Content-Length, and the connection stays usable', async () => {
    const big = JSON.stringify({ prompt: 'x'.repeat(20 * 1024) });
    await expectError(await postJson(server, big), 413, 'payload_too_large');
    // exactly at the limit is read (and then refused for its prompt, not its size)
    const atLimit = JSON.stringify({ prompt: 'y'.repeat(16 * 1024 - 13) });
    expect(Buffer.byteLength(atLimit)).toBe(16 * 1024);
    await expectError(await postJson(server, atLimit), 422, 'prompt_too_long');
    // the keep-alive pool still works after the 413
    expect((await postJson(server, { prompt: 'block telnet' })).status).toBe(200);
  });

  it('413 for a chunked body that grows past 16 KiB', async () => {
    const part = 'z'.repeat(4096);
    const r = await send(server, { headers: { 'content-type': 'application/json' }, body: ['{"prompt":"', part, part, part, part, part, '"}'] });
    expect(r.status).toBe(413);
    expectErrorBody(r.json(), 'payload_too_large');
  });

  it('413 at once for a huge declared Content-Length, without reading the body, and closes', async () => {
    const text = await raw(server, 'POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{"prompt":');
    const r = parseRaw(text);
    expect(r.status).toBe(413);
    expect(r.headers.connection).toBe('close');
    expectErrorBody(JSON.parse(r.body), 'payload_too_large');
  });

  it('Expect: 100-continue: refused before the body is sent, or continued', async () => {
    // Refused at once when the declared length is over what any request can be: 16 KiB plus the config field at its limit, escaped (limits.ts).
    const refused = parseRaw(await raw(server, 'POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3000000\r\nExpect: 100-continue\r\n\r\n'));
    expect(refused.status).toBe(413);
    const body = JSON.stringify({ prompt: 'block ssh' });
    const accepted = await send(server, { headers: { 'content-type': 'application/json', expect: '100-continue', 'content-length': Buffer.byteLength(body) }, body });
    expect(accepted.status).toBe(200);
  });
});

describe('routing', () => {
  it('404 not_found for unknown paths (query strings ignored, no prototype keys)', async () => {
    for (const path of ['/', '/scripts', '/scripts/gen-ai/', '/constructor', '/__proto__', '/healthz/x']) {
      await expectError(await fetch(server.url + path), 404, 'not_found');
    }
    expect((await fetch(server.url + '/healthz?verbose=1')).status).toBe(200);
  });

  it('405 method_not_allowed with an Allow header', async () => {
    const get = await fetch(`${server.url}/scripts/gen-ai`);
    expect(get.headers.get('allow')).toBe('POST');
    await expectError(get, 405, 'method_not_allowed');
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await fetch(`${server.url}/scripts/gen-ai`, { method });
      expect(r.status).toBe(405);
      expect(r.headers.get('allow')).toBe('POST');
    }
    const post = await fetch(`${server.url}/healthz`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    await expectError(post, 405, 'method_not_allowed');
  });

  it('GET /healthz: {status: "ok", version, pool, requests}, and HEAD', async () => {
    const r = await fetch(`${server.url}/healthz`);
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body).toEqual({
      status: 'ok',
      version: VERSION,
      pool: { workers: 0, ready: 0, busy: 0, queued: 0, maxQueue: 64, maxQueueWaitMs: 10, serviceMs: expect.any(Number), expectedWaitMs: 0, cancelled: 0 },
      requests: { inFlight: 0, awaitingBody: 0, maxAwaitingBody: 256 },
    });
    expect((body as { pool: { serviceMs: number } }).pool.serviceMs).toBeGreaterThan(0);
    expect(freshAjv().validate(healthSchema, body)).toBe(true);
    const head = await fetch(`${server.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('GET /docs/errors lists every error code with its status, one anchor per code', async () => {
    const r = await fetch(`${server.url}/docs/errors`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await r.text();
    for (const code of [...ERROR_CODES, ...Object.keys(TRANSPORT_ERRORS)]) {
      expect(html).toMatch(new RegExp(`<tr id="${code}"><td><code>${code}</code></td><td>\\d{3}</td><td>[^<]+</td></tr>`));
    }
    expect(html).toContain('<tr id="payload_too_large"><td><code>payload_too_large</code></td><td>413</td>');
  });

  it('a GET with a body is answered and the body drained', async () => {
    const r = await send(server, { method: 'GET', path: '/healthz', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(30_000) });
    expect(r.status).toBe(200);
  });
});

describe('HTTP layer errors (before routing)', () => {
  it('400 bad_request for malformed HTTP, as an ErrorResponse', async () => {
    const r = parseRaw(await raw(server, 'this is not http\r\n\r\n'));
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expectErrorBody(JSON.parse(r.body), 'bad_request');
  });

  it('431 headers_too_large', async () => {
    const r = parseRaw(await raw(server, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(r.status).toBe(431);
    expectErrorBody(JSON.parse(r.body), 'headers_too_large');
  });
});

describe('HTTP edges', () => {
  it('an absolute-form target (RFC 9112 §3.2.2) is routed by its path', async () => {
    const body = JSON.stringify({ prompt: 'block ssh' });
    for (const target of ['http://127.0.0.1/scripts/gen-ai', 'HTTP://example.invalid:8080/scripts/gen-ai?x=1']) {
      const r = parseRaw(await raw(server, `POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`));
      expect(r.status).toBe(200);
      expectScriptBody(JSON.parse(r.body));
    }
    const health = parseRaw(await raw(server, `GET http://127.0.0.1/healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    expect(health.status).toBe(200);
    const missing = parseRaw(await raw(server, `GET http://127.0.0.1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    expect(missing.status).toBe(404);
  });

  it('CONNECT is answered 501 not_implemented and logged', async () => {
    log.length = 0;
    const r = parseRaw(await raw(server, 'CONNECT example.invalid:443 HTTP/1.1\r\nHost: example.invalid:443\r\n\r\n'));
    expect(r.status).toBe(501);
    expect(r.headers.connection).toBe('close');
    expectErrorBody(JSON.parse(r.body), 'not_implemented');
    expect(log.some((l) => / CONNECT example\.invalid:443 501 /.test(l))).toBe(true);
  });

  it('Transfer-Encoding other than chunked (gzip, chunked) is 501 not_implemented, not a JSON error', async () => {
    for (const te of ['gzip, chunked', 'deflate,chunked']) {
      const r = await send(server, { headers: { 'content-type': 'application/json', 'transfer-encoding': te }, body: ['{"prompt":', '"block ssh"}'] });
      expect(r.status).toBe(501);
      expectErrorBody(r.json(), 'not_implemented');
    }
    const chunked = await send(server, { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: ['{"prompt":', '"block ssh"}'] });
    expect(chunked.status).toBe(200);
  });

  it('a BOM before the JSON is ignored; invalid UTF-8 is 400 invalid_json (as in batch)', async () => {
    const bom = await send(server, { headers: { 'content-type': 'application/json' }, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"prompt":"block ssh"}')]) });
    expect(bom.status).toBe(200);
    const bad = await send(server, { headers: { 'content-type': 'application/json' }, body: Buffer.concat([Buffer.from('{"prompt":"block ssh '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]) });
    expect(bad.status).toBe(400);
    expectErrorBody(bad.json(), 'invalid_json');
  });
});

describe('access log', () => {
  it('one line per request: method, path without query, status, duration; never the prompt or a token', async () => {
    log.length = 0;
    const secretPrompt = 'block ssh from the internet SECRET-PROMPT-MARKER';
    await postJson(server, { prompt: secretPrompt }, { authorization: 'Bearer SECRET.TOKEN.MARKER' });
    await fetch(`${server.url}/healthz?token=SECRET-QUERY-MARKER`);
    await fetch(`${server.url}/nope`);
    expect(log).toHaveLength(3);
    expect(log[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z POST \/scripts\/gen-ai 200 \d+\.\dms$/);
    expect(log[1]).toMatch(/ GET \/healthz 200 \d+\.\dms$/);
    expect(log[2]).toMatch(/ GET \/nope 404 /);
    expect(log.join('\n')).not.toMatch(/SECRET/);
  });
});
