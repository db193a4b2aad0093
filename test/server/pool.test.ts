/**
 * The generation pool and its admission rule, without HTTP. The rule is
 * tested as pure arithmetic on fixed numbers; the pool's queue, cancelling
 * and bounds through what happens synchronously in submit() (no timing).
 */
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs module (it runs as a worker thread as it is), without type declarations
import { GATE } from './gated-worker.mjs';
import { handleGenAiRequest } from '../../src/api/handle.js';
import { admits, expectedWaitMs, retryAfterSeconds, ServiceTime, type QueueLoad } from '../../src/server/admission.js';
import { GenerationPool, type PoolOptions } from '../../src/server/pool.js';

const body = (prompt: string) => Buffer.from(JSON.stringify({ prompt }));
const expected = (prompt: string) => JSON.stringify(handleGenAiRequest({ prompt }).body);

describe('admission by expected wait', () => {
  const load = (ahead: number, threads: number, serviceMs: number, idle = false): QueueLoad => ({ ahead, threads, serviceMs, idle });
  const limits = { maxQueue: 1000, maxWaitMs: 10 };

  it('the expected wait is (ahead + 1) x service time / threads, 0 with a thread idle', () => {
    expect(expectedWaitMs(load(0, 2, 0.5))).toBe(0.25);
    expect(expectedWaitMs(load(39, 2, 0.5))).toBe(10);
    expect(expectedWaitMs(load(3, 1, 4))).toBe(16);
    expect(expectedWaitMs(load(0, 2, 5, true))).toBe(0);
  });

  it('sheds past the budget: a long queue when generation is fast, a short one when it is slow', () => {
    // 2 threads at 0.5 ms: 39 ahead is 10 ms of waiting (admitted), 40 ahead is 10.25 ms (shed)
    expect(admits(load(39, 2, 0.5), limits)).toBe(true);
    expect(admits(load(40, 2, 0.5), limits)).toBe(false);
    // the same threads at 5 ms a generation (a busy machine): 3 ahead is 10 ms, 4 ahead is shed
    expect(admits(load(3, 2, 5), limits)).toBe(true);
    expect(admits(load(4, 2, 5), limits)).toBe(false);
  });

  it('always admits with a thread idle and one waiting per thread; never past maxQueue', () => {
    expect(admits(load(500, 2, 1000, true), limits)).toBe(true);
    expect(admits(load(1, 2, 1000), limits)).toBe(true);
    expect(admits(load(2, 2, 1000), limits)).toBe(false);
    expect(admits(load(8, 2, 0.01), { maxQueue: 8, maxWaitMs: 10 })).toBe(false);
    expect(admits(load(7, 2, 0.01), { maxQueue: 8, maxWaitMs: 10 })).toBe(true);
  });

  it('Retry-After is the time for the admitted work to drain, in whole seconds, at least 1', () => {
    expect(retryAfterSeconds(load(0, 2, 0.5))).toBe(1);
    expect(retryAfterSeconds(load(38, 2, 50))).toBe(1); // (38 + 2) x 50 / 2 = 1000 ms
    expect(retryAfterSeconds(load(39, 2, 50))).toBe(2); // 1025 ms
    expect(retryAfterSeconds(load(10, 1, 700))).toBe(8); // 7700 ms
  });

  it('the service time is the guess until the first sample, then follows recent samples and ignores nonsense', () => {
    const t = new ServiceTime(1, 0.5);
    expect(t.meanMs).toBe(1);
    t.record(Number.NaN);
    expect(t.meanMs).toBe(1);
    t.record(3); // the first sample replaces the guess
    expect(t.meanMs).toBe(3);
    t.record(1);
    expect(t.meanMs).toBe(2);
    t.record(Number.NaN);
    t.record(-1);
    t.record(Number.POSITIVE_INFINITY);
    expect(t.meanMs).toBe(2);
    for (let i = 0; i < 60; i++) t.record(0.5);
    expect(t.meanMs).toBeCloseTo(0.5, 6);
  });
});

describe('GenerationPool', () => {
  const pools: GenerationPool[] = [];
  const pool = async (options: Partial<PoolOptions>) => {
    const p = new GenerationPool({ size: 0, maxQueue: 100, maxQueueWaitMs: 600_000, generate: {}, ...options });
    pools.push(p);
    await p.start();
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('refuses options that make no sense', () => {
    expect(() => new GenerationPool({ size: -1, maxQueue: 1, maxQueueWaitMs: 1, generate: {} })).toThrow(RangeError);
    expect(() => new GenerationPool({ size: 0, maxQueue: 1.5, maxQueueWaitMs: 1, generate: {} })).toThrow(RangeError);
    expect(() => new GenerationPool({ size: 0, maxQueue: 1, maxQueueWaitMs: 0, generate: {} })).toThrow(RangeError);
    expect(() => new GenerationPool({ size: 0, maxQueue: 1, maxQueueWaitMs: Number.NaN, generate: {} })).toThrow(RangeError);
  });

  it('a cancelled request leaves the queue, is never generated, and its answer is undefined', async () => {
    const p = await pool({ size: 0 });
    const prompts = ['block ssh', 'block telnet', 'block ftp', 'block winbox'];
    const tickets = prompts.map((prompt) => p.submit(body(prompt))!);
    // the first is taken at once (it generates on the next turn of the event loop), the other three wait
    expect(p.state).toMatchObject({ busy: 1, queued: 3, cancelled: 0 });
    expect(tickets[0]!.cancel()).toBe(false);
    expect(tickets[2]!.cancel()).toBe(true);
    expect(tickets[2]!.cancel()).toBe(false);
    expect(p.state).toMatchObject({ busy: 1, queued: 2, cancelled: 1 });
    const answers = await Promise.all(tickets.map((t) => t.answer));
    expect(answers[2]).toBeUndefined();
    for (const i of [0, 1, 3]) expect(answers[i]).toEqual({ status: 200, json: expected(prompts[i]!) });
    expect(p.state).toMatchObject({ busy: 0, queued: 0, cancelled: 1 });
    // an answered request cannot be cancelled
    expect(tickets[3]!.cancel()).toBe(false);
  });

  it('on threads: two requests are handed to a thread at a time, the rest queue and can be cancelled', async () => {
    const p = await pool({ size: 1 });
    const prompts = ['block ssh', 'block telnet', 'block ftp'];
    const tickets = prompts.map((prompt) => p.submit(body(prompt))!);
    expect(p.state).toMatchObject({ workers: 1, ready: 1, busy: 1, queued: 2 });
    expect(tickets[1]!.cancel()).toBe(false); // already in the thread's port
    expect(tickets[2]!.cancel()).toBe(true);
    const answers = await Promise.all(tickets.map((t) => t.answer));
    expect(answers.map((a) => a?.json)).toEqual([expected('block ssh'), expected('block telnet'), undefined]);
    expect(p.state.serviceMs).toBeGreaterThan(0);
  }, 30_000);

  it('sheds by the wait budget before anything is measured (the initial estimate is 1 ms a generation)', async () => {
    // one generating; one waiting (always: one per thread); a second waiting would wait (1 + 1) x 1 ms > 1.5 ms
    const p = await pool({ size: 0, maxQueueWaitMs: 1.5 });
    expect(p.submit(body('block ssh'))).toBeDefined();
    expect(p.submit(body('block telnet'))).toBeDefined();
    expect(p.full).toBe(true);
    expect(p.submit(body('block ftp'))).toBeUndefined();
    expect(p.state).toMatchObject({ busy: 1, queued: 1, expectedWaitMs: 2 });
    expect(p.retryAfterSeconds).toBe(1);
  });

  it('with no threads: admission divides by the measured time of a generation on the main thread (a fake clock)', async () => {
    let now = 0;
    const p = await pool({ size: 0, maxQueueWaitMs: 20, clock: () => now });
    const first = p.submit(body('block ssh'))!; // taken at once (at 0 ms), generated on the next turn
    now = 8; // the clock reads 8 ms when that generation ends: one generation took 8 ms
    expect((await first.answer)?.status).toBe(200);
    expect(p.state.serviceMs).toBe(8);
    // the next is taken at 8 ms and still generating; one waiting per thread is always admitted; a second waits
    // (1 + 1) x 8 = 16 ms (admitted); a third (2 + 1) x 8 = 24 ms, over the 20 ms budget: refused
    const admitted = [p.submit(body('block telnet')), p.submit(body('block ftp')), p.submit(body('block winbox'))];
    expect(admitted.every((t) => t !== undefined)).toBe(true);
    expect(p.state).toMatchObject({ busy: 1, queued: 2, expectedWaitMs: 24 });
    expect(p.submit(body('block dns'))).toBeUndefined();
    // the same queue with generations measured at 1 ms would have admitted it: (2 + 1) x 1 <= 20
    expect(admits({ ahead: 2, threads: 1, idle: false, serviceMs: 1 }, { maxQueue: 100, maxWaitMs: 20 })).toBe(true);
    await Promise.all(admitted.map((t) => t!.answer));
  });

  it('on threads: an answer counts from when its thread could start on it, not from when it was handed over (a fake clock)', async () => {
    let now = 0;
    const gate = new BroadcastChannel(GATE);
    try {
      const p = await pool({ size: 1, maxQueueWaitMs: 600_000, clock: () => now, entry: new URL('./gated-worker.mjs', import.meta.url) });
      // both handed to the one thread at 0 ms (two at a time), the third waits in the queue
      const tickets = [p.submit(body('a'))!, p.submit(body('b'))!, p.submit(body('c'))!];
      expect(p.state).toMatchObject({ busy: 1, queued: 2 });
      now = 6;
      gate.postMessage(1);
      await tickets[0]!.answer; // back at 6 ms: the first took 6 ms
      expect(p.state.serviceMs).toBe(6);
      // the second was handed over at 0 ms too, but its thread could start on it only at 6 ms: back at 10, it took 4
      now = 10;
      gate.postMessage(1);
      await tickets[1]!.answer;
      expect(p.state.serviceMs).toBeCloseTo(6 + 0.05 * (4 - 6), 10);
      // the third was handed over at 10 ms, when the second came back; the thread then sat idle until it was told
      now = 30;
      gate.postMessage(1);
      await tickets[2]!.answer;
      expect(p.state.serviceMs).toBeCloseTo(5.9 + 0.05 * (20 - 5.9), 10);
      // a job handed to an idle thread long after its last answer counts from the hand-over
      now = 100;
      const late = p.submit(body('d'))!;
      now = 103;
      gate.postMessage(1);
      await late.answer;
      expect(p.state.serviceMs).toBeCloseTo(6.605 + 0.05 * (3 - 6.605), 10);
    } finally {
      gate.close();
    }
  }, 30_000);

  it('sheds at maxQueue whatever the estimate', async () => {
    const p = await pool({ size: 0, maxQueue: 2 });
    for (let i = 0; i < 3; i++) expect(p.submit(body('block ssh'))).toBeDefined();
    expect(p.submit(body('block ssh'))).toBeUndefined();
    expect(p.state).toMatchObject({ busy: 1, queued: 2 });
  });

  it('close() answers what is still queued with a 500, finishes what was taken, and refuses new requests', async () => {
    const p = await pool({ size: 0 });
    const tickets = [p.submit(body('block ssh'))!, p.submit(body('block telnet'))!];
    await p.close();
    const answers = await Promise.all(tickets.map((t) => t.answer));
    // the first was already taken (it still gets its answer); the queued one is answered 500
    expect(answers.map((a) => a?.status)).toEqual([200, 500]);
    expect(p.submit(body('block ssh'))).toBeUndefined();
  });
});
