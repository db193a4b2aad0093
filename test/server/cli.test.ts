import { EventEmitter } from 'node:events';
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { generateKeyPair, exportSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { batchedLines, serve } from '../../src/server/cli.js';
import { expectError, HOST } from './helpers.js';

function capture() {
  let out = '';
  let err = '';
  return {
    io: {
      out: async (t: string) => {
        out += t;
      },
      err: (t: string) => {
        err += t;
      },
      stdin: Readable.from([]),
    },
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Runs `serve` with a fake signal source; resolves once it is listening. */
async function running(args: string[], env: NodeJS.ProcessEnv = {}) {
  const c = capture();
  const signals = new EventEmitter();
  const exit = serve(['--host', HOST, '--port', '0', '--workers', '1', ...args], c.io, signals, env);
  let url = '';
  await until(() => {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(c.err);
    if (match) url = match[1]!;
    return url !== '' || c.err.includes('cannot start');
  });
  return { c, signals, exit, url };
}

describe('routeros-gen serve', { timeout: 60_000 }, () => {
  it('serves, logs each request to stderr, and on SIGTERM drains and exits 0', async () => {
    const { c, signals, exit, url } = await running(['--wan', 'ether1']);
    const r = await fetch(`${url}/scripts/gen-ai`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'block ssh from the internet' }) });
    expect(((await r.json()) as { response: { content: string }[] }).response[0]!.content).toContain('in-interface=ether1');
    expect(c.err).toMatch(/ POST \/scripts\/gen-ai 200 \d+\.\dms\n/);
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
    expect(c.err).toMatch(/SIGTERM: draining[\s\S]*stopped/);
    expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('--lan-bridge and --lan-subnet apply to every request, as for a prompt or batch', async () => {
    const { signals, exit, url } = await running(['--quiet', '--lan-bridge', 'br-lan', '--lan-subnet', '10.20.0.0/24']);
    const r = await fetch(`${url}/scripts/gen-ai`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'create a dhcp server on the lan' }) });
    const content = ((await r.json()) as { response: { content: string }[] }).response[0]!.content;
    expect(content).toContain('interface=br-lan');
    expect(content).toContain('10.20.0.');
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
  });

  it('--quiet: no access log; SIGINT also stops it', async () => {
    const { c, signals, exit, url } = await running(['--quiet']);
    await (await fetch(`${url}/healthz`)).text();
    signals.emit('SIGINT', 'SIGINT');
    expect(await exit).toBe(0);
    expect(c.err).not.toMatch(/GET \/healthz/);
  });

  it('--jwt-secret, or ROUTEROS_GEN_JWT_SECRET, turns auth on', async () => {
    for (const [args, env] of [[['--jwt-secret', 's'.repeat(32)], {}], [[], { ROUTEROS_GEN_JWT_SECRET: 's'.repeat(32) }]] as const) {
      const { c, signals, exit, url } = await running([...args], env);
      expect(c.err).toContain('auth: bearer JWT');
      await expectError(await fetch(`${url}/scripts/gen-ai`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 401, 'unauthorized');
      signals.emit('SIGTERM', 'SIGTERM');
      expect(await exit).toBe(0);
    }
  });

  it('--jwt-public-key reads a PEM file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'routeros-gen-serve-'));
    const file = join(dir, 'key.pem');
    writeFileSync(file, await exportSPKI((await generateKeyPair('ES256', { extractable: true })).publicKey));
    const { c, signals, exit } = await running(['--jwt-public-key', file]);
    expect(c.err).toContain('auth: bearer JWT');
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
  });

  it('exit 1 when the drain timeout cuts a request, and when a second signal does', async () => {
    for (const second of [false, true]) {
      const { c, signals, exit, url } = await running(['--drain-timeout', '1', '--workers', '0']);
      const port = Number(new URL(url).port);
      const socket = connect(port, HOST);
      socket.on('error', () => {});
      await new Promise((r) => socket.once('connect', r));
      socket.write('POST /scripts/gen-ai HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"prompt":');
      // wait until the server holds it (its headers read, its body awaited)
      for (let inFlight = 0; inFlight !== 1; ) {
        const health = (await (await fetch(`${url}/healthz`)).json()) as { requests: { inFlight: number } };
        inFlight = health.requests.inFlight;
      }
      signals.emit('SIGTERM', 'SIGTERM');
      if (second) signals.emit('SIGINT', 'SIGINT');
      expect(await exit).toBe(1);
      expect(c.err).toMatch(/stopped: 1 request\(s\) cut before they were answered/);
      if (second) expect(c.err).toMatch(/SIGINT again: closing every connection/);
      socket.destroy();
    }
  }, 60_000);

  it('exit 1 with a message for bad flags and keys that cannot be used', async () => {
    const cases: [string[], RegExp][] = [
      [['serve', '--port', 'eighty'], /--port must be an integer/],
      [['serve', '--port', '70000'], /--port must be an integer/],
      [['serve', '--bogus'], /Unknown option/],
      [['serve', 'extra'], /takes no arguments/],
      [['serve', '--port', '0', '--jwt-secret', 'short'], /cannot start the server: the JWT secret must be at least 32 bytes/],
      [['serve', '--jwt-secret', 's'.repeat(32), '--jwt-public-key', 'k.pem'], /either a JWT secret or --jwt-public-key/],
      [['serve', '--jwt-public-key', '/nonexistent/key.pem'], /ENOENT/],
      [['serve', '--port', '0', '--wan', '1bad name'], /--wan must be/],
      [['serve', '--lan-bridge', '1; /system reset-configuration'], /--lan-bridge must be an interface name/],
      [['serve', '--lan-subnet', '10.0.0.0/33'], /--lan-subnet must be an IPv4 prefix/],
      [['serve', '--max-queue-wait', '0'], /--max-queue-wait must be an integer from 1/],
      [['serve', '--max-queue-wait', '2.5'], /--max-queue-wait must be an integer from 1/],
      [['serve', '--max-in-flight', '64'], /Unknown option '--max-in-flight'/],
      [['serve', '--max-queue', '0'], /--max-queue must be an integer from 1/],
      [['serve', '--workers', 'many'], /--workers must be an integer from 0/],
      [['serve', '--max-awaiting-body', 'x'], /--max-awaiting-body must be an integer from 1/],
      [['serve', '--drain-timeout', '0'], /--drain-timeout must be an integer from 1/],
      [['serve', '--jwt-audience', 'api'], /need --jwt-secret or --jwt-public-key/],
      [['serve', '--jwt-secret', 's'.repeat(32), '--jwt-max-lifetime', '0'], /--jwt-max-lifetime must be an integer from 1/],
      [['serve', '--jwt-secret', 's'.repeat(32), '--jwt-clock-tolerance', '1h'], /--jwt-clock-tolerance must be an integer from 0/],
    ];
    for (const [argv, message] of cases) {
      const c = capture();
      expect(await main(argv, c.io)).toBe(1);
      expect(c.err).toMatch(message);
      // two lines at most, like every other command's usage errors: what is wrong, then where the usage is
      if (!c.err.startsWith('cannot start')) expect(c.err).toMatch(/^routeros-gen serve: [^\n]+\nRun "routeros-gen serve --help" for usage\.\n$/);
    }
  });

  it('serve --help prints its usage; the main usage lists serve', async () => {
    const c = capture();
    expect(await main(['serve', '--help'], c.io)).toBe(0);
    expect(c.out).toMatch(/routeros-gen serve \[--host 127\.0\.0\.1\] \[--port 8080\]/);
    const top = capture();
    expect(await main(['--help'], top.io)).toBe(0);
    expect(top.out).toContain('routeros-gen serve');
  });
});

describe('the access log in batches', () => {
  it('writes the lines of one turn of the event loop in one write, in order, and flushes before anything else', async () => {
    const writes: string[] = [];
    const lines = batchedLines((text) => writes.push(text));
    lines.push('a');
    lines.push('b');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n']);
    lines.push('c');
    lines.flush();
    writes.push('other\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n', 'c\n', 'other\n']);
    lines.flush();
    expect(writes).toHaveLength(3);
  });
});
