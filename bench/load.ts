/**
 * The load side of bench/server.ts, run as a separate process (fork) so the
 * client's work does not share the server's event loop. Sends a bounded
 * number of requests over keep-alive connections on loopback (127.0.0.1
 * only), for at most `seconds`, and reports throughput, latency percentiles
 * and statuses to the parent over IPC. With `slow`, it also holds that many
 * connections whose request body trickles in one byte at a time (the
 * slow-client scenario); those are closed when the run ends.
 *
 * A client that gets a 503 with Retry-After waits that long (or until the
 * run ends) before its next request, as a well-behaved client does; with
 * `ignoreRetryAfter` it retries at once instead (the harshest closed loop).
 * A request that got no answer is reported with its error code: after the
 * server has closed its listener (shutdown), ECONNREFUSED is a request that
 * was never accepted, while a reset or a hang-up on a connection the server
 * had accepted is a request lost. With `stopOnRefused`, a client stops at
 * its first refused connection (the server is gone).
 */
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadPlan {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  /** Bodies sent in turn (POST); empty for GET. */
  readonly bodies: readonly string[];
  readonly requests: number;
  readonly concurrency: number;
  readonly seconds: number;
  /** Slow clients alongside: connections that send their headers, then one body byte every intervalMs. */
  readonly slow?: { readonly connections: number; readonly intervalMs: number };
  /** Retry at once after a 503 instead of waiting for its Retry-After. */
  readonly ignoreRetryAfter?: boolean;
  /** Each client stops at its first refused connection (the server has stopped listening). */
  readonly stopOnRefused?: boolean;
}

export interface LoadReport {
  readonly sent: number;
  readonly ok: number;
  /** Answers other than 200 (503 included). */
  readonly failed: number;
  /** 503 answers. */
  readonly shed: number;
  /** Requests that got no answer (connection error). */
  readonly errors: number;
  /** The error codes of the requests that got no answer (ECONNREFUSED, ECONNRESET, ...). */
  readonly errorCodes: Record<string, number>;
  /** Time the clients spent waiting for a Retry-After, summed over clients, in seconds. */
  readonly retryWaitSeconds: number;
  /** This process's CPU time per request sent, in ms (the load generator's own cost). */
  readonly clientCpuMsPerRequest: number;
  readonly statuses: Record<string, number>;
  readonly seconds: number;
  readonly timeBound: boolean;
  readonly requestsPerSecond: number;
  /** Latency of the 200 answers, in ms. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly connections: number;
  /** Slow clients: how many were still waiting at the end, and the statuses of those answered. */
  readonly slow?: { readonly waiting: number; readonly statuses: Record<string, number> };
}

interface Outcome {
  /** The status, 0 when there was no answer. */
  readonly status: number;
  /** Retry-After in seconds (503). */
  readonly retryAfter?: number;
  /** Why there was no answer. */
  readonly code?: string;
}

function once(agent: Agent, target: URL, method: string, body: string | undefined): Promise<Outcome> {
  return new Promise((resolve) => {
    const failed = (e: NodeJS.ErrnoException) => resolve({ status: 0, code: e.code ?? e.message });
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method, agent, headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        const retry = Number(res.headers['retry-after']);
        res.on('end', () => resolve(res.statusCode === 503 && retry >= 0 ? { status: 503, retryAfter: retry } : { status: res.statusCode ?? 0 }));
        res.on('error', failed);
      },
    );
    req.on('error', failed);
    req.end(body);
  });
}

/** A client that sends its headers at once and its body one byte per interval, until stopped or answered. */
function slowClient(target: URL, body: string, intervalMs: number, statuses: Record<string, number>): { stop(): boolean } {
  let answered = false;
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  const socket: Socket = connect(Number(target.port), target.hostname, () => {
    socket.write(`POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
    timer = setInterval(() => {
      if (sent < body.length) socket.write(body[sent++]!);
    }, intervalMs);
  });
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    text += chunk;
    const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
    if (status && !answered) {
      answered = true;
      statuses[status[1]!] = (statuses[status[1]!] ?? 0) + 1;
      clearInterval(timer);
    }
  });
  socket.on('error', () => clearInterval(timer));
  return {
    stop() {
      clearInterval(timer);
      socket.destroy();
      return !answered;
    },
  };
}

export async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const target = new URL(plan.url);
  if (target.hostname !== '127.0.0.1') throw new Error('the load generator only talks to 127.0.0.1');
  let connections = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const latencies = new Float64Array(plan.requests);
  let okCount = 0;
  const statuses: Record<string, number> = {};
  let next = 0;
  let done = 0;

  const slowStatuses: Record<string, number> = {};
  const slow = plan.slow ? Array.from({ length: plan.slow.connections }, (_, i) => slowClient(target, plan.bodies[i % plan.bodies.length]!, plan.slow!.intervalMs, slowStatuses)) : [];
  if (slow.length > 0) await new Promise((r) => setTimeout(r, 500)); // let them connect and start trickling

  const errorCodes: Record<string, number> = {};
  let retryWaitMs = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + plan.seconds * 1000;
  let timeBound = false;
  const worker = async () => {
    for (;;) {
      if (next >= plan.requests) return;
      if (performance.now() > deadline) {
        timeBound = true;
        return;
      }
      const index = next++;
      const body = plan.method === 'POST' ? plan.bodies[index % plan.bodies.length] : undefined;
      const t0 = performance.now();
      const outcome = await once(agent, target, plan.method, body);
      done++;
      const { status } = outcome;
      if (status === 200) latencies[okCount++] = performance.now() - t0;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (outcome.code !== undefined) {
        errorCodes[outcome.code] = (errorCodes[outcome.code] ?? 0) + 1;
        if (plan.stopOnRefused && outcome.code === 'ECONNREFUSED') return;
      }
      if (outcome.retryAfter !== undefined && !plan.ignoreRetryAfter) {
        // A well-behaved client: wait as told, but not past the end of the run.
        const wait = Math.min(outcome.retryAfter * 1000, deadline - performance.now());
        if (wait > 0) {
          retryWaitMs += wait;
          await new Promise((r) => setTimeout(r, wait));
        }
      }
    }
  };
  // count sockets the agent opens, to show keep-alive reuse
  const createConnection = agent.createConnection.bind(agent);
  agent.createConnection = ((...args: Parameters<typeof createConnection>) => {
    connections++;
    return createConnection(...args);
  }) as typeof agent.createConnection;

  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  const waiting = slow.filter((s) => s.stop()).length;
  const sorted = latencies.subarray(0, okCount).sort();
  const at = (q: number) => (okCount === 0 ? 0 : sorted[Math.min(okCount - 1, Math.floor(q * okCount))]!);
  const ok = statuses['200'] ?? 0;
  const errors = statuses['0'] ?? 0;
  return {
    sent: done,
    ok,
    failed: done - ok,
    shed: statuses['503'] ?? 0,
    errors,
    errorCodes,
    retryWaitSeconds: retryWaitMs / 1000,
    clientCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, done),
    statuses,
    seconds,
    timeBound,
    requestsPerSecond: done / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: okCount === 0 ? 0 : sorted[okCount - 1]!,
    connections,
    ...(plan.slow ? { slow: { waiting, statuses: slowStatuses } } : {}),
  };
}

// As a forked child: one plan in, one report out, then exit.
if (process.send !== undefined) {
  process.once('message', (plan: LoadPlan) => {
    runLoad(plan).then(
      (report) => process.send!({ report }, () => process.exit(0)),
      (error: unknown) => process.send!({ error: (error as Error).message }, () => process.exit(1)),
    );
  });
}
