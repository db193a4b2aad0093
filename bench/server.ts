/**
 * `npm run bench:server`: the HTTP service under load, next to a bare
 * node:http server in the same run.
 *
 * This process hosts both servers (routeros-gen with its generation threads,
 * and a bare node:http server that reads the body and answers a fixed body
 * of the same size); bench/load.ts runs as a second process and sends
 * keep-alive requests on loopback (50 corpus prompts in turn) at each
 * concurrency level, for at most --seconds each. Per level it prints
 * answers/s, 200s/s, p50/p99 of the 200s, the 503 share, where the CPU
 * went (the server's main thread, its other threads, the load generator),
 * and routeros-gen's throughput as a ratio of the bare server's. Clients
 * honour Retry-After (--ignore-retry-after: they retry at once). Then the
 * slow-client scenario: --slow connections trickle their body one byte per
 * 500 ms while fast clients run at concurrency 16. Then the server without
 * generation (its threads answer a fixed body, bench/fixed-worker.ts) against
 * the bare server, --overhead interleaved rounds at concurrency 64: what the
 * server costs beyond a bare node:http one. Then SIGTERM under load:
 * `routeros-gen serve` as its own process, --shutdown clients, SIGTERM half
 * way through; every request must be answered or refused a connection,
 * none reset. Finally the targets: throughput at concurrency 64 against
 * 0.8 × cores ÷ the mean generateScript time measured here, and p99 at 64
 * under 25 ms, with the CPU arithmetic that bounds the first on this machine.
 *
 * Everything is bounded: a request count and a time limit per run, and a
 * watchdog that kills the load process if it hangs. Loopback only.
 *
 *   npm run bench:server [-- --seconds 10 --levels 1,16,64,256 --workers N --slow 64 --shutdown 64 --requests 200000 --ignore-retry-after]
 */
import { fork, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
    shutdown: { type: 'string', default: '64' },
    overhead: { type: 'string', default: '3' },
    'ignore-retry-after': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const requests = Number(values.requests);
const levels = values.levels.split(',').map(Number);
const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
const slowConnections = Number(values.slow);
const shutdownClients = Number(values.shutdown);
const overheadRounds = Number(values.overhead);
const ignoreRetryAfter = values['ignore-retry-after'];
for (const [name, n] of Object.entries({ seconds, requests, workers, slowConnections, shutdownClients, overheadRounds, ...Object.fromEntries(levels.map((l, i) => [`level ${i}`, l])) })) {
  if (!Number.isInteger(n) || n < 0 || (n === 0 && !['workers', 'slowConnections', 'shutdownClients', 'overheadRounds'].includes(name))) throw new Error(`--${name} must be a positive integer`);
}

// 50 realistic prompts: every n-th corpus prompt without per-prompt options, the same ones on every run.
const root = fileURLToPath(new URL('../..', import.meta.url));
const all = corpusPrompts(root).filter((p) => p.options === undefined);
const PROMPTS = Array.from({ length: 50 }, (_, i) => all[Math.floor((i * all.length) / 50)]!.prompt);
const BODIES = PROMPTS.map((prompt) => JSON.stringify({ prompt }));

/** Mean generateScript time over the prompts, after a warm-up: wall clock (the floor's denominator) and CPU. */
function meanGenerate(): { wallMs: number; cpuMs: number } {
  for (const prompt of PROMPTS) generateScript(prompt);
  const rounds = 20;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const prompt of PROMPTS) generateScript(prompt);
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: (performance.now() - t0) / (rounds * PROMPTS.length), cpuMs: (cpu.user + cpu.system) / 1000 / (rounds * PROMPTS.length) };
}

/**
 * CPU time of this process's threads in ms, from Linux's per-thread scheduler
 * statistics: the main thread (HTTP, auth, bytes) and all the others (the
 * generation threads, and V8's and libuv's helpers). Undefined elsewhere.
 */
function threadCpuMs(): { main: number; others: number } | undefined {
  try {
    let main = 0;
    let others = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      let ns: number;
      try {
        ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        continue; // the thread ended meanwhile
      }
      if (Number(tid) === process.pid) main += ns / 1e6;
      else others += ns / 1e6;
    }
    return { main, others };
  } catch {
    return undefined;
  }
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

/**
 * CPU time this process (the servers, all threads) spent per answer during a
 * run, and its split between the main thread and the others: less sensitive
 * than wall-clock figures to other work on the machine. Threads that ended
 * during the run are missed by the split (none do here).
 */
type Measured = LoadReport & { readonly cpuMsPerAnswer: number; readonly mainMsPerAnswer: number | undefined; readonly othersMsPerAnswer: number | undefined };
async function measured(plan: LoadPlan): Promise<Measured> {
  const before = process.cpuUsage();
  const threadsBefore = threadCpuMs();
  const report = await load(plan);
  const used = process.cpuUsage(before);
  const threadsAfter = threadCpuMs();
  const n = Math.max(1, report.sent);
  return {
    ...report,
    cpuMsPerAnswer: (used.user + used.system) / 1000 / n,
    mainMsPerAnswer: threadsBefore && threadsAfter ? (threadsAfter.main - threadsBefore.main) / n : undefined,
    othersMsPerAnswer: threadsBefore && threadsAfter ? (threadsAfter.others - threadsBefore.others) / n : undefined,
  };
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

/**
 * SIGTERM under load: `routeros-gen serve` (the compiled CLI) as a process of
 * its own, `clients` keep-alive clients on it, SIGTERM half way through the
 * run. Every request must get an answer, or be refused a connection once the
 * listener is closed (never accepted, so never lost); a reset or a hang-up on
 * a request the server had accepted is a request lost. The command must exit 0.
 */
async function shutdownUnderLoad(clients: number): Promise<{ report: LoadReport; exitCode: number | null; drainMs: number; stderr: string }> {
  const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--quiet', '--workers', String(workers)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no listening line: ${stderr}`)), 60_000);
      const look = () => {
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stderr.on('data', look);
      child.once('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const url = `http://127.0.0.1:${port}/scripts/gen-ai`;
    await load({ url, method: 'POST', bodies: BODIES, requests: 2_000, concurrency: 16, seconds: 20 }); // warm-up
    let signalledAt = 0;
    const signal = setTimeout(() => {
      signalledAt = performance.now();
      child.kill('SIGTERM');
    }, (seconds * 1000) / 2);
    const report = await load({ url, method: 'POST', bodies: BODIES, requests, concurrency: clients, seconds, stopOnRefused: true, ignoreRetryAfter });
    clearTimeout(signal);
    const exitCode = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 30_000))]);
    return { report, exitCode, drainMs: signalledAt === 0 ? 0 : performance.now() - signalledAt, stderr };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

const generation = meanGenerate();
const meanMs = generation.wallMs;
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
console.log(
  `generation threads ${server.state.workers}, queue bound ${server.state.maxQueue}, wait budget ${server.state.maxQueueWaitMs} ms; keep-alive, loopback, ${PROMPTS.length} corpus prompts, ${seconds} s per run; ` +
    `clients ${ignoreRetryAfter ? 'retry at once after a 503' : 'wait for Retry-After after a 503'}`,
);
console.log(`mean generateScript ${meanMs.toFixed(3)} ms wall, ${generation.cpuMs.toFixed(3)} ms CPU, on this process -> floor 0.8 x ${cores} cores / mean = ${floor.toFixed(0)} req/s`);
console.log('');
console.log(
  '| concurrency | routeros-gen answers/s | 200/s | p50 | p99 | 503 share | other non-200 | server CPU per answer (main thread + other threads) | load client CPU per request | bare node:http req/s | bare p99 | bare server CPU per answer | ratio (200/s ÷ bare req/s) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');

const split = (m: Measured) =>
  `${m.cpuMsPerAnswer.toFixed(3)} ms` + (m.mainMsPerAnswer === undefined ? '' : ` (${m.mainMsPerAnswer.toFixed(3)} + ${m.othersMsPerAnswer!.toFixed(3)})`);

let failed = false;
const results = new Map<number, Measured>();
try {
  // Warm-up: the JIT on both sides.
  await load({ url: genUrl, method: 'POST', bodies: BODIES, requests: 2_000, concurrency: 16, seconds: 20 });
  await load({ url: bareUrl, method: 'POST', bodies: BODIES, requests: 2_000, concurrency: 16, seconds: 20 });
  for (const concurrency of levels) {
    const gen = await measured({ url: genUrl, method: 'POST', bodies: BODIES, requests, concurrency, seconds, ignoreRetryAfter });
    const base = await measured({ url: bareUrl, method: 'POST', bodies: BODIES, requests, concurrency, seconds });
    results.set(concurrency, gen);
    const okPerSecond = gen.ok / gen.seconds;
    const other = gen.failed - gen.shed;
    if (other > 0 || base.failed > 0) failed = true;
    console.log(
      `| ${concurrency} | ${gen.requestsPerSecond.toFixed(0)} | ${okPerSecond.toFixed(0)} | ${ms(gen.p50)} ms | ${ms(gen.p99)} ms | ${pct(gen.shed, gen.sent)} | ${other}${other ? ' ' + JSON.stringify(gen.statuses) : ''} | ${split(gen)} | ` +
        `${gen.clientCpuMsPerRequest.toFixed(3)} ms | ${base.requestsPerSecond.toFixed(0)} | ${ms(base.p99)} ms | ${base.cpuMsPerAnswer.toFixed(3)} ms | ${(okPerSecond / base.requestsPerSecond).toFixed(3)} |`,
    );
  }

  if (slowConnections > 0) {
    console.log('');
    const quiet = await load({ url: genUrl, method: 'POST', bodies: BODIES, requests, concurrency: 16, seconds, ignoreRetryAfter });
    const slow = await load({ url: genUrl, method: 'POST', bodies: BODIES, requests, concurrency: 16, seconds, ignoreRetryAfter, slow: { connections: slowConnections, intervalMs: 500 } });
    const line = (r: LoadReport) =>
      `${(r.ok / r.seconds).toFixed(0)} 200/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, 503 ${r.shed}, other non-200 ${r.failed - r.shed - r.errors}, no answer ${r.errors}`;
    console.log(`slow clients (concurrency 16 fast keep-alive clients; ${slowConnections} more connections each sending one body byte per 500 ms):`);
    console.log(`  fast clients alone:           ${line(quiet)}`);
    console.log(`  fast clients with slow ones:  ${line(slow)}`);
    console.log(`  slow clients still sending when the run ended: ${slow.slow?.waiting ?? 0} of ${slowConnections}; answered: ${JSON.stringify(slow.slow?.statuses ?? {})}`);
    if (slow.ok === 0 || slow.errors > 0) failed = true;
  }

  if (overheadRounds > 0) {
    // The server without generation, against the bare server, in alternating runs (so both see the same machine).
    console.log('');
    const fixed = await startServer({ host: '127.0.0.1', port: 0, quiet: true, workers, workerEntry: new URL('./fixed-worker.js', import.meta.url) });
    try {
      const fixedUrl = `${fixed.url}/scripts/gen-ai`;
      await load({ url: fixedUrl, method: 'POST', bodies: BODIES, requests: 5_000, concurrency: 16, seconds: 20 });
      const runs: { fixed: Measured; bare: Measured }[] = [];
      for (let round = 0; round < overheadRounds; round++) {
        const f = await measured({ url: fixedUrl, method: 'POST', bodies: BODIES, requests, concurrency: 64, seconds: Math.max(1, seconds / 2) });
        const b = await measured({ url: bareUrl, method: 'POST', bodies: BODIES, requests, concurrency: 64, seconds: Math.max(1, seconds / 2) });
        if (f.failed > 0 || b.failed > 0) failed = true;
        runs.push({ fixed: f, bare: b });
      }
      const median = (pick: (m: Measured) => number | undefined, which: 'fixed' | 'bare') => {
        const xs = runs.map((r) => pick(r[which]) ?? Number.NaN).sort((a, b) => a - b);
        return xs[Math.floor(xs.length / 2)]!;
      };
      const row = (which: 'fixed' | 'bare') =>
        `${median((m) => m.requestsPerSecond, which).toFixed(0)} req/s, server CPU per answer ${median((m) => m.cpuMsPerAnswer, which).toFixed(3)} ms` +
        (runs[0]![which].mainMsPerAnswer === undefined
          ? ''
          : ` (main thread ${median((m) => m.mainMsPerAnswer, which).toFixed(3)}, other threads ${median((m) => m.othersMsPerAnswer, which).toFixed(3)})`) +
        `, load client ${median((m) => m.clientCpuMsPerRequest, which).toFixed(3)} ms per request`;
      console.log(`the server without generation (its threads answer the answer to "Block SSH from the internet", made once), concurrency 64, median of ${overheadRounds} runs alternating with the bare server:`);
      console.log(`  routeros-gen, no generation: ${row('fixed')}`);
      console.log(`  bare node:http:              ${row('bare')}`);
      const added = median((m) => m.cpuMsPerAnswer, 'fixed') - median((m) => m.cpuMsPerAnswer, 'bare');
      const exchange = median((m) => m.cpuMsPerAnswer, 'bare') + median((m) => m.clientCpuMsPerRequest, 'bare');
      console.log(
        `  -> the server adds ${added.toFixed(3)} ms of CPU per answer to a bare exchange of ${exchange.toFixed(3)} ms (server + load client); ` +
          `with generateScript's ${generation.cpuMs.toFixed(3)} ms CPU, ${cores} cores allow at most ${((cores * 1000) / (generation.cpuMs + exchange + added)).toFixed(0)} answers/s, ` +
          `${((cores * 1000) / (generation.cpuMs + exchange)).toFixed(0)} with no overhead beyond a bare server, against the floor of ${floor.toFixed(0)}`,
      );
    } finally {
      await fixed.close();
    }
  }

  if (shutdownClients > 0) {
    console.log('');
    const { report, exitCode, drainMs, stderr } = await shutdownUnderLoad(shutdownClients);
    const lost = Object.entries(report.errorCodes)
      .filter(([code]) => code !== 'ECONNREFUSED')
      .reduce((n, [, count]) => n + count, 0);
    const refused = report.errorCodes.ECONNREFUSED ?? 0;
    console.log(`SIGTERM under load (routeros-gen serve as its own process, ${shutdownClients} keep-alive clients, SIGTERM after ${seconds / 2} s):`);
    console.log(
      `  answered ${report.sent - report.errors} (200: ${report.ok}, 503: ${report.shed}, other: ${report.failed - report.shed - report.errors}); refused a connection after the listener closed: ${refused}; ` +
        `lost (reset or hang-up on an accepted connection): ${lost}${lost ? ' ' + JSON.stringify(report.errorCodes) : ''}; exit code ${exitCode}, ${(drainMs / 1000).toFixed(2)} s from SIGTERM to the last client stopping`,
    );
    if (lost > 0 || exitCode !== 0 || report.failed - report.shed - report.errors > 0) {
      failed = true;
      console.log(`  serve said: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
  }

  const c64 = results.get(64);
  if (c64) {
    const okPerSecond = c64.ok / c64.seconds;
    console.log('');
    console.log(`target: 200/s at concurrency 64 >= ${floor.toFixed(0)} (0.8 x cores / mean generateScript): ${okPerSecond.toFixed(0)} -> ${okPerSecond >= floor ? 'met' : 'MISSED'} (${(okPerSecond / floor).toFixed(2)} x)`);
    console.log(`target: p99 at concurrency 64 < 25 ms (with shedding): ${ms(c64.p99)} ms -> ${c64.p99 < 25 ? 'met' : 'MISSED'}`);
    // What the machine allows: every answer costs the server's CPU and the load generator's, on the same cores.
    const perAnswer = c64.cpuMsPerAnswer + c64.clientCpuMsPerRequest;
    console.log(
      `CPU per answer at concurrency 64: server ${c64.cpuMsPerAnswer.toFixed(3)} ms` +
        (c64.mainMsPerAnswer === undefined ? '' : ` (main thread ${c64.mainMsPerAnswer.toFixed(3)}, other threads ${c64.othersMsPerAnswer!.toFixed(3)})`) +
        ` + load client ${c64.clientCpuMsPerRequest.toFixed(3)} ms = ${perAnswer.toFixed(3)} ms, against ${generation.cpuMs.toFixed(3)} ms CPU for generateScript alone ` +
        `-> at most ${((cores * 1000) / perAnswer).toFixed(0)} answers/s on ${cores} cores with the load generator on them; ${((cores * 1000) / c64.cpuMsPerAnswer).toFixed(0)} without it`,
    );
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
