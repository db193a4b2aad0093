/**
 * `npm run bench:server`: the HTTP service under load, next to a bare
 * node:http server in the same run.
 *
 * This process hosts both servers (routeros-gen with its generation threads,
 * and a bare node:http server that reads the body and answers a fixed body
 * of the same size); bench/load.ts runs as a second process and sends
 * keep-alive requests on loopback (50 corpus prompts in turn) at each
 * concurrency level, for at most --seconds each. Per level it prints
 * answers/s, 200s/s, p50/p99 of the 200s, the 503 share, and routeros-gen's
 * throughput as a ratio of the bare server's. Then the slow-client scenario:
 * --slow connections trickle their body one byte per 500 ms while fast
 * clients run at concurrency 16. Finally the targets: throughput at
 * concurrency 64 against 0.8 × cores ÷ the mean generateScript time measured
 * here, and p99 at 64 under 25 ms.
 *
 * Everything is bounded: a request count and a time limit per run, and a
 * watchdog that kills the load process if it hangs. Loopback only.
 *
 *   npm run bench:server [-- --seconds 10 --levels 1,16,64,256 --workers N --slow 64 --requests 200000]
 */
import { fork } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateScript } from '../src/api/generate.js';
import { handleGenAiRequest } from '../src/api/handle.js';
import { startServer } from '../src/server/index.js';
import { corpusPrompts } from './fixtures.js';
import type { LoadPlan, LoadReport } from './load.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    requests: { type: 'string', default: '200000' },
    levels: { type: 'string', default: '1,16,64,256' },
    workers: { type: 'string' },
    slow: { type: 'string', default: '64' },
  },
});
const seconds = Number(values.seconds);
const requests = Number(values.requests);
const levels = values.levels.split(',').map(Number);
const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
const slowConnections = Number(values.slow);
for (const [name, n] of Object.entries({ seconds, requests, workers, slowConnections, ...Object.fromEntries(levels.map((l, i) => [`level ${i}`, l])) })) {
  if (!Number.isInteger(n) || n < 0 || (n === 0 && name !== 'workers' && name !== 'slowConnections')) throw new Error(`--${name} must be a positive integer`);
}

// 50 realistic prompts: every n-th corpus prompt without per-prompt options, the same ones on every run.
const root = fileURLToPath(new URL('../..', import.meta.url));
const all = corpusPrompts(root).filter((p) => p.options === undefined);
const PROMPTS = Array.from({ length: 50 }, (_, i) => all[Math.floor((i * all.length) / 50)]!.prompt);
const BODIES = PROMPTS.map((prompt) => JSON.stringify({ prompt }));

/** Mean generateScript time over the prompts, after a warm-up: the floor's denominator. */
function meanGenerateMs(): number {
  for (const prompt of PROMPTS) generateScript(prompt);
  const rounds = 20;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const prompt of PROMPTS) generateScript(prompt);
  return (performance.now() - t0) / (rounds * PROMPTS.length);
}

/** The bare comparison: reads the body, answers a fixed body as long as a typical answer, same headers. */
function startBare(size: number): Promise<Server> {
  const payload = Buffer.alloc(size, 'x');
  const server = createHttpServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': payload.length, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(payload);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** CPU time this process (the servers, all threads) spent per answer during a run: less sensitive than wall-clock figures to other work on the machine. */
type Measured = LoadReport & { readonly cpuMsPerAnswer: number };
async function measured(plan: LoadPlan): Promise<Measured> {
  const before = process.cpuUsage();
  const report = await load(plan);
  const used = process.cpuUsage(before);
  return { ...report, cpuMsPerAnswer: (used.user + used.system) / 1000 / Math.max(1, report.sent) };
}

function load(plan: LoadPlan): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load.js', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the load process did not finish in time'));
    }, (plan.seconds + 60) * 1000);
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

const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(part > 0 && part < whole / 1000 ? 2 : 1)}%`);
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

const meanMs = meanGenerateMs();
const cores = availableParallelism();
const floor = (0.8 * cores * 1000) / meanMs;
const sample = JSON.stringify(handleGenAiRequest({ prompt: PROMPTS[0]! }).body);
const server = await startServer({ host: '127.0.0.1', port: 0, quiet: true, workers });
const bare = await startBare(Buffer.byteLength(sample));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/scripts/gen-ai`;
const genUrl = `${server.url}/scripts/gen-ai`;

console.log(
  `routeros-gen server bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start`,
);
console.log(`generation threads ${server.state.workers}, queue ${server.state.maxQueue}; keep-alive, loopback, ${PROMPTS.length} corpus prompts, ${seconds} s per run`);
console.log(`mean generateScript ${meanMs.toFixed(3)} ms on this process -> floor 0.8 x ${cores} cores / mean = ${floor.toFixed(0)} req/s`);
console.log('');
console.log('| concurrency | routeros-gen answers/s | 200/s | p50 | p99 | 503 share | other non-200 | server CPU per answer | bare node:http req/s | bare p99 | bare CPU per answer | ratio (200/s ÷ bare req/s) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');

let failed = false;
const results = new Map<number, Measured>();
try {
  // Warm-up: the JIT on both sides.
  await load({ url: genUrl, method: 'POST', bodies: BODIES, requests: 2_000, concurrency: 16, seconds: 20 });
  await load({ url: bareUrl, method: 'POST', bodies: BODIES, requests: 2_000, concurrency: 16, seconds: 20 });
  for (const concurrency of levels) {
    const gen = await measured({ url: genUrl, method: 'POST', bodies: BODIES, requests, concurrency, seconds });
    const base = await measured({ url: bareUrl, method: 'POST', bodies: BODIES, requests, concurrency, seconds });
    results.set(concurrency, gen);
    const okPerSecond = gen.ok / gen.seconds;
    const other = gen.failed - gen.shed;
    if (other > 0 || base.failed > 0) failed = true;
    console.log(
      `| ${concurrency} | ${gen.requestsPerSecond.toFixed(0)} | ${okPerSecond.toFixed(0)} | ${ms(gen.p50)} ms | ${ms(gen.p99)} ms | ${pct(gen.shed, gen.sent)} | ${other}${other ? ' ' + JSON.stringify(gen.statuses) : ''} | ${gen.cpuMsPerAnswer.toFixed(3)} ms | ` +
        `${base.requestsPerSecond.toFixed(0)} | ${ms(base.p99)} ms | ${base.cpuMsPerAnswer.toFixed(3)} ms | ${(okPerSecond / base.requestsPerSecond).toFixed(3)} |`,
    );
  }

  if (slowConnections > 0) {
    console.log('');
    const quiet = await load({ url: genUrl, method: 'POST', bodies: BODIES, requests, concurrency: 16, seconds });
    const slow = await load({ url: genUrl, method: 'POST', bodies: BODIES, requests, concurrency: 16, seconds, slow: { connections: slowConnections, intervalMs: 500 } });
    const line = (name: string, r: LoadReport) =>
      `${name}: ${(r.ok / r.seconds).toFixed(0)} 200/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, 503 ${r.shed}, other non-200 ${r.failed - r.shed}, no answer ${r.errors}`;
    console.log(`slow clients (concurrency 16 fast keep-alive clients; ${slowConnections} more connections each sending one body byte per 500 ms):`);
    console.log(`  fast clients alone:           ${line('', quiet).slice(2)}`);
    console.log(`  fast clients with slow ones:  ${line('', slow).slice(2)}`);
    console.log(`  slow clients still sending when the run ended: ${slow.slow?.waiting ?? 0} of ${slowConnections}; answered: ${JSON.stringify(slow.slow?.statuses ?? {})}`);
    if (slow.ok === 0) failed = true;
  }

  const c64 = results.get(64);
  if (c64) {
    const okPerSecond = c64.ok / c64.seconds;
    console.log('');
    console.log(`target: 200/s at concurrency 64 >= ${floor.toFixed(0)} (0.8 x cores / mean generateScript): ${okPerSecond.toFixed(0)} -> ${okPerSecond >= floor ? 'met' : 'MISSED'} (${(okPerSecond / floor).toFixed(2)} x)`);
    console.log(`target: p99 at concurrency 64 < 25 ms (with shedding): ${ms(c64.p99)} ms -> ${c64.p99 < 25 ? 'met' : 'MISSED'}`);
    const c1 = results.get(1);
    if (c1) {
      const perAnswer = c1.cpuMsPerAnswer;
      console.log(`server CPU per answer at concurrency 1: ${perAnswer.toFixed(3)} ms (all threads) -> ${((cores * 1000) / perAnswer).toFixed(0)} req/s if the server had the ${cores} cores to itself`);
    }
  }
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} catch (error) {
  console.error(`bench failed: ${(error as Error).message}`);
  failed = true;
} finally {
  await server.close();
  await new Promise((resolve) => bare.close(resolve));
}
process.exitCode = failed ? 1 : 0;
