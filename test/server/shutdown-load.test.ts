/**
 * SIGTERM under keep-alive load, on the built command (`dist/bundle/cli.js
 * serve`, as `npm start -- serve` runs it): every request a client sent on a
 * connection the server had accepted is answered, and the process exits 0.
 * Loopback only; the load is bounded in count and time.
 */
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handleGenAiRequest } from '../../src/api/handle.js';
import { startServe } from '../../bench/serve-process.js';

const CLI = fileURLToPath(new URL('../../dist/bundle/cli.js', import.meta.url));
const CONNECTIONS = 16;
const MAX_PER_CONNECTION = 2_000;
const SIGNAL_AFTER = 300;

type Outcome = { kind: 'answer'; status: number; connection: string | undefined; body: string } | { kind: 'error'; code: string };

function post(agent: Agent, port: number, body: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/scripts/gen-ai', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ kind: 'answer', status: res.statusCode ?? 0, connection: res.headers.connection, body: text }));
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ kind: 'error', code: e.code ?? e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ kind: 'error', code: e.code ?? e.message }));
    req.end(body);
  });
}

describe.skipIf(!existsSync(CLI))('SIGTERM under keep-alive load (the built CLI; run npm run build first)', () => {
  it('loses no request: all answered 200, the last on each connection with Connection: close, exit 0', async () => {
    // A wait budget no estimate reaches on a busy machine: every request is admitted, so every answer is a 200 to check.
    const { child, port, stderr, exited } = await startServe(CLI, ['--workers', '2', '--max-queue-wait', '600000', '--quiet']);
    try {
      const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
      const prompts = ['Block SSH from the internet', 'allow winbox from the LAN', 'masquerade the lan', 'block telnet and ftp from wan'];
      const expected = prompts.map((prompt) => JSON.stringify(handleGenAiRequest({ prompt }).body));
      const answers: Outcome[] = [];
      const errors: string[] = [];
      let signalled = false;
      const loop = async (n: number) => {
        for (let i = 0; i < MAX_PER_CONNECTION; i++) {
          const which = (n + i) % prompts.length;
          const outcome = await post(agent, port, JSON.stringify({ prompt: prompts[which] }));
          if (outcome.kind === 'error') {
            errors.push(outcome.code);
            return;
          }
          expect(outcome.body).toBe(expected[which]);
          answers.push(outcome);
          if (!signalled && answers.length >= SIGNAL_AFTER) {
            signalled = true;
            child.kill('SIGTERM');
          }
        }
      };
      await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => loop(n)));
      agent.destroy();

      expect(signalled).toBe(true);
      expect(await exited).toBe(0);
      expect(stderr()).toMatch(/SIGTERM: draining[\s\S]*routeros-gen stopped\n$/);
      expect(answers.every((a) => a.kind === 'answer' && a.status === 200)).toBe(true);
      // Each loop ends on the first error: after the server closed its connection, a new one is refused.
      // A reset or a hang-up would be a request the server received and never answered.
      expect(errors.filter((code) => code !== 'ECONNREFUSED')).toEqual([]);
      expect(answers.filter((a) => a.kind === 'answer' && a.connection === 'close').length).toBeGreaterThanOrEqual(1);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});
