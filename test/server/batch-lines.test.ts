/**
 * `routeros-gen batch` line reading (src/server/lines.ts) and its agreement
 * with the server on the bytes of a request; a closed output pipe.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { jsonLines } from '../../src/server/lines.js';
import { MAX_BODY_BYTES, type GenAiServer } from '../../src/server/index.js';
import { send, start } from './helpers.js';

async function lines(chunks: (string | Buffer)[], max = 10) {
  const out = [];
  for await (const line of jsonLines(Readable.from(chunks), max)) out.push(line.kind === 'line' ? line.bytes.toString('latin1') : `<too long: ${line.bytes}>`);
  return out;
}

async function batch(input: Buffer | string): Promise<{ status: number; code?: string }[]> {
  let out = '';
  const code = await main(['batch'], {
    out: async (t) => {
      out += t;
    },
    err: () => {},
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]),
  });
  expect(code).toBe(0);
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { status?: number; error?: { code: string } })
    .map((l) => (l.status === undefined ? { status: 200 } : { status: l.status, code: l.error!.code }));
}

describe('jsonLines', () => {
  it('splits on LF only: CRLF loses its CR, a lone CR stays in the line', async () => {
    expect(await lines(['a\r\nb\rc\nd'])).toEqual(['a', 'b\rc', 'd']);
    expect(await lines(['\n\n'])).toEqual(['', '']);
    expect(await lines(['ab', 'c\r', '\nd\n'])).toEqual(['abc', 'd']);
  });

  it('a line over the limit comes out as too_long, and the next lines as usual, across chunk boundaries', async () => {
    expect(await lines(['0123456789\n', '01234567890\n', 'ok\n'])).toEqual(['0123456789', '<too long: 11>', 'ok']);
    expect(await lines(['0123456789\r\n'])).toEqual(['0123456789']);
    expect(await lines(['01234', '56789', 'abcdef', 'gh\nok'])).toEqual(['<too long: 18>', 'ok']);
    expect(await lines(['0123456789abc'])).toEqual(['<too long: 13>']);
  });
});

describe('routeros-gen batch reads lines as the server reads bodies', () => {
  let server: GenAiServer;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());

  it('a lone CR is no line break: one line in, one line out', async () => {
    expect(await batch('{"prompt":"block ssh"}\r{"prompt":"block telnet"}\r{"prompt":"block ftp"}\n')).toEqual([{ status: 400, code: 'invalid_json' }]);
    expect(await batch('{"prompt":"block ssh"}\r\n{"prompt":"block telnet"}\r\n')).toEqual([{ status: 200 }, { status: 200 }]);
  });

  it('a line over 16 KiB gets a 413 line and the batch goes on, without keeping the line', async () => {
    const huge = Buffer.alloc(5 * 1024 * 1024, 'a');
    const input = Buffer.concat([Buffer.from('{"prompt":"block ssh"}\n{"prompt":"'), huge, Buffer.from('"}\n{"prompt":"block telnet"}\n')]);
    expect(await batch(input)).toEqual([{ status: 200 }, { status: 413, code: 'payload_too_large' }, { status: 200 }]);
    const atLimit = '{"prompt":"block ssh"' + ' '.repeat(MAX_BODY_BYTES - 22) + '}';
    expect(Buffer.byteLength(atLimit)).toBe(MAX_BODY_BYTES);
    expect(await batch(`${atLimit}\n${atLimit} \n`)).toEqual([{ status: 200 }, { status: 413, code: 'payload_too_large' }]);
  });

  it('invalid UTF-8 is 400 invalid_json and a BOM is ignored, in batch and from the server alike', async () => {
    const cases: [Buffer, number][] = [
      [Buffer.concat([Buffer.from('{"prompt":"block ssh '), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]), 400],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"prompt":"block ssh"}')]), 200],
      [Buffer.from('{"prompt":"block ssh \u00e9"}'), 200],
    ];
    for (const [bytes, status] of cases) {
      const [line] = await batch(Buffer.concat([bytes, Buffer.from('\n')]));
      const http = await send(server, { headers: { 'content-type': 'application/json' }, body: bytes });
      expect([line!.status, http.status]).toEqual([status, status]);
    }
  });
});

const CLI = fileURLToPath(new URL('../../dist/bundle/cli.js', import.meta.url));

describe.skipIf(!existsSync(CLI))('a closed output pipe (the built CLI; run npm run build first)', () => {
  function piped(args: string[], input: string): Promise<{ code: number | null; err: string; firstLine: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
      let err = '';
      let out = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (c: string) => (err += c));
      // Like `| head -1`: read the first line, then close our end.
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (c: string) => {
        out += c;
        if (out.includes('\n')) child.stdout.destroy();
      });
      child.stdin.on('error', () => {});
      child.stdin.end(input);
      child.once('exit', (code) => resolve({ code, err, firstLine: out.split('\n')[0]! }));
    });
  }

  it('batch exits 0 quietly (no EPIPE stack trace) when the reader goes away', async () => {
    const input = '{"prompt":"block ssh from the internet"}\n'.repeat(3_000);
    const r = await piped(['batch'], input);
    expect(JSON.parse(r.firstLine)).toHaveProperty('response');
    expect(r.err).not.toMatch(/EPIPE|Error|at /);
    expect(r.code).toBe(0);
  }, 60_000);
});
