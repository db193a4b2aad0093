/**
 * `routeros-gen serve` as a process of its own on 127.0.0.1 and a port the
 * system picks, for bench:server's SIGTERM scenario and
 * test/server/shutdown-load.test.ts: resolves once it prints its listening
 * line, with the port; rejects if it exits first or says nothing in time.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface ServeProcess {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  readonly port: number;
  /** Everything it has written to standard error so far. */
  stderr(): string;
  /** Its exit code (null when killed by a signal), once it exits. */
  readonly exited: Promise<number | null>;
}

export async function startServe(cli: string, args: readonly string[], timeoutMs = 60_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.resume();
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no listening line: ${stderr}`)), timeoutMs);
      const look = () => {
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stderr.on('data', look);
      child.once('exit', () => {
        clearTimeout(timer);
        reject(new Error(`serve exited early: ${stderr}`));
      });
    });
    return { child, port, stderr: () => stderr, exited };
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  }
}
