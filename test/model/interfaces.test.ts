import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { handleGenAiRequest, RequestError, generateScript } from '../../src/index.js';
import { expectError, postJson, start } from '../server/helpers.js';
import type { GenAiServer } from '../../src/server/index.js';

const HOME = join(import.meta.dirname, '../fixtures/config/home-defconf.rsc');
const home = readFileSync(HOME, 'utf8');
const PLACED = '/ip firewall filter add chain=input protocol=tcp src-address=10.0.0.0/8 dst-port=8291 action=accept place-before=[find where comment="defconf: drop all not coming from LAN"]\n';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: async (t) => void (out += t), err: (t) => void (err += t), stdin: Readable.from([stdin]) });
  return { code, out, err };
}

describe('the config option (library and handleGenAiRequest)', () => {
  it('takes /export text or a model; anything else is an invalid option', () => {
    expect(generateScript('allow winbox from 10.0.0.0/8', { config: home }).response[0].content).toBe(PLACED);
    expect(() => generateScript('block ssh', { config: 42 as never })).toThrow(RequestError);
  });

  it('a body may carry config: a string, at most 1 MiB by default (413 over it)', () => {
    const ok = handleGenAiRequest({ prompt: 'allow winbox from 10.0.0.0/8', config: home });
    expect(ok.status).toBe(200);
    if (ok.status === 200) expect(ok.body.response[0].content).toBe(PLACED);
    const wrong = handleGenAiRequest({ prompt: 'block ssh', config: ['x'] });
    expect(wrong.status).toBe(400);
    const big = handleGenAiRequest({ prompt: 'block ssh', config: '#'.repeat(1024 * 1024 + 1) });
    expect(big.status).toBe(413);
    expect(handleGenAiRequest({ prompt: 'block ssh', config: home }, {}, { maxConfigBytes: 100 }).status).toBe(413);
    // The prompt limit is unchanged by a configuration.
    expect(handleGenAiRequest({ prompt: 'a'.repeat(201), config: home }).status).toBe(422);
  });
});

describe('routeros-gen --config', () => {
  it('prompt mode places the rule and says where', async () => {
    const r = await run(['--config', HOME, 'allow winbox from 10.0.0.0/8']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(PLACED);
    expect(r.err).toContain('placed before "defconf: drop all not coming from LAN"');
  });

  it('what the router already does: no script, a note, exit 0; a missing name is refused (exit 2)', async () => {
    const done = await run(['--config', HOME, 'block ssh from the internet']);
    expect(done.code).toBe(0);
    expect(done.out).toBe('');
    expect(done.err).toContain('Already done:');
    const missing = await run(['--config', HOME, 'disable dhcp server dhcp1']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('there is no DHCP server dhcp1');
  });

  it('batch mode models the file once for every line', async () => {
    const r = await run(['batch', '--config', HOME], '{"prompt":"allow winbox from 10.0.0.0/8"}\n{"prompt":"disable dhcp server dhcp1"}\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { response: { content: string; error: string }[] });
    expect(lines[0]!.response[0]!.content).toBe(PLACED);
    expect(lines[1]!.response[0]!.error).toContain('the DHCP servers are defconf');
  });

  it('--undo prints the inverse of the prompt\'s script on that router; without --config it is a usage error', async () => {
    const r = await run(['--config', HOME, '--undo', 'allow winbox from 10.0.0.0/8']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('/ip firewall filter remove [find where chain=input and protocol=tcp and src-address=10.0.0.0/8 and dst-port=8291 and action=accept]\n');
    expect(r.err).toContain('undoes: /ip firewall filter add');
    expect((await run(['--undo', 'block ssh'])).code).toBe(1);
    const refused = await run(['--config', HOME, '--undo', 'disable dhcp server dhcp1']);
    expect(refused.code).toBe(2);
  });

  it('an unreadable file is a usage error', async () => {
    const r = await run(['--config', join(import.meta.dirname, 'no-such-file.rsc'), 'block ssh']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--config: cannot read/);
  });
});

describe('HTTP: the config body field', () => {
  let server: GenAiServer;
  let small: GenAiServer;
  beforeAll(async () => {
    server = await start({ quiet: true, workers: 0 });
    small = await start({ quiet: true, workers: 0, maxConfigBytes: 1000 });
  });
  afterAll(async () => {
    await server.close();
    await small.close();
  });

  it('answers with the configuration; over the server limit 413; the rest of the body still at most 16 KiB', async () => {
    const r = await postJson(server, { prompt: 'allow winbox from 10.0.0.0/8', config: home });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { response: { content: string }[] }).response[0]!.content).toBe(PLACED);
    await expectError(await postJson(small, { prompt: 'allow winbox from 10.0.0.0/8', config: home }), 413, 'payload_too_large');
    await expectError(await postJson(server, { prompt: 'x'.repeat(20 * 1024), config: home }), 413, 'payload_too_large');
  });

  it('the served OpenAPI document describes the field', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { components: { schemas: { GenAiRequest: { properties: Record<string, { type: string }> } } } };
    expect(doc.components.schemas.GenAiRequest.properties.config!.type).toBe('string');
  });
});
