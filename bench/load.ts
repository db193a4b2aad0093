/**
 * The load side of bench/server.ts, run as a separate process (fork) so the
 * client's work does not share the server's event loop. Sends a bounded
 * number of requests over keep-alive connections on loopback and reports
 * throughput and latency percentiles to the parent over IPC.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadPlan {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  /** Bodies sent in turn (POST); empty for GET. */
  readonly bodies: readonly string[];
  readonly requests: number;
  readonly concurrency: number;
  readonly seconds: number;
}

export interface LoadReport {
  readonly sent: number;
  readonly ok: number;
  readonly failed: number;
  readonly statuses: Record<string, number>;
  readonly seconds: number;
  readonly timeBound: boolean;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly connections: number;
}

function once(agent: Agent, target: URL, method: string, body: string | undefined): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method, agent, headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

export async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const target = new URL(plan.url);
  if (target.hostname !== '127.0.0.1') throw new Error('the load generator only talks to 127.0.0.1');
  let connections = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const latencies = new Float64Array(plan.requests);
  const statuses: Record<string, number> = {};
  let next = 0;
  let done = 0;
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
      const status = await once(agent, target, plan.method, body);
      latencies[done++] = performance.now() - t0;
      statuses[status] = (statuses[status] ?? 0) + 1;
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
  agent.destroy();
  const sorted = latencies.subarray(0, done).sort();
  const at = (q: number) => (done === 0 ? 0 : sorted[Math.min(done - 1, Math.floor(q * done))]!);
  const ok = statuses['200'] ?? 0;
  return {
    sent: done,
    ok,
    failed: done - ok,
    statuses,
    seconds,
    timeBound,
    requestsPerSecond: done / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: done === 0 ? 0 : sorted[done - 1]!,
    connections,
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
