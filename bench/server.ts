/**
 * `npm run bench:server`: starts the HTTP server in this process, forks
 * bench/load.ts as a second process that sends keep-alive requests on
 * loopback, and prints requests/second and p50/p99 latency. Each run is
 * bounded by a request count and a time limit, and the whole bench stops by
 * itself (a watchdog kills the load process if it hangs).
 *
 *   npm run bench:server [-- --requests 20000 --concurrency 32 --seconds 30]
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startServer } from '../src/server/index.js';
import type { LoadPlan, LoadReport } from './load.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '30' },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const seconds = Number(values.seconds);
for (const [name, n] of Object.entries({ requests, concurrency, seconds })) {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
}

const PROMPTS = [
  'Block SSH from the internet',
  'Forward port 8080 to 192.168.88.10:80',
  'allow winbox from the LAN',
  'block telnet and ftp from wan',
  'masquerade the lan',
  'drop all traffic from 10.0.0.0/8',
  'forward port 80',
  'allow dns from the lan',
];

function load(plan: LoadPlan): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load.js', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the load process did not finish in time'));
    }, (plan.seconds + 30) * 1000);
    child.once('message', (message: { report?: LoadReport; error?: string }) => {
      clearTimeout(watchdog);
      if (message.report) resolve(message.report);
      else reject(new Error(message.error ?? 'no report'));
    });
    child.once('exit', (code) => {
      clearTimeout(watchdog);
      if (code !== 0) reject(new Error(`the load process exited with ${code}`));
    });
    child.send(plan);
  });
}

function line(name: string, r: LoadReport): string {
  return (
    `${name.padEnd(22)} ${String(r.sent).padStart(6)} requests in ${r.seconds.toFixed(1)} s${r.timeBound ? ' (time limit)' : ''}: ` +
    `${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, max ${r.max.toFixed(1)} ms, ` +
    `${r.connections} connections, non-200: ${r.failed}${r.failed ? ' ' + JSON.stringify(r.statuses) : ''}`
  );
}

const server = await startServer({ host: '127.0.0.1', port: 0, quiet: true, maxInFlight: Math.max(64, concurrency) });
console.log(`routeros-gen server bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), concurrency ${concurrency}, keep-alive, loopback`);
let failed = false;
try {
  // Warm up: the first request loads compromise's lexicon and the JIT.
  await load({ url: `${server.url}/scripts/gen-ai`, method: 'POST', bodies: PROMPTS.map((prompt) => JSON.stringify({ prompt })), requests: 200, concurrency, seconds: 20 });
  const genAi = await load({ url: `${server.url}/scripts/gen-ai`, method: 'POST', bodies: PROMPTS.map((prompt) => JSON.stringify({ prompt })), requests, concurrency, seconds });
  console.log(line('POST /scripts/gen-ai', genAi));
  const health = await load({ url: `${server.url}/healthz`, method: 'GET', bodies: [], requests, concurrency, seconds });
  console.log(line('GET /healthz', health));
  failed = genAi.failed > 0 || health.failed > 0;
} catch (error) {
  console.error(`bench failed: ${(error as Error).message}`);
  failed = true;
} finally {
  await server.close();
}
process.exitCode = failed ? 1 : 0;
