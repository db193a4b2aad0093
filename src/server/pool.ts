/**
 * The generation pool: a fixed number of worker threads, each generating one
 * request at a time, in front of them a first-in-first-out queue bounded by
 * expected wait (see admission.ts) and by count. `submit` never waits for
 * room: when a request would wait longer than the budget, or the queue is
 * full, it returns undefined at once and the server answers 503 `overloaded`.
 *
 * Each thread is handed up to PER_THREAD requests at a time: while it
 * generates one, the next is already in its message port, so under load a
 * thread goes from one generation to the next without sleeping and waking
 * again (a wake-up costs a context switch and, on this kind of machine, a
 * TLB flush). A request still in the pool's own queue can be cancelled (its
 * client went away); one handed to a thread is generated and its answer
 * dropped.
 *
 * With size 0 there are no threads: jobs run one at a time on the main
 * thread, each in its own turn of the event loop (setImmediate), through the
 * same queue and the same bounds.
 *
 * The service time that admission divides the queue by is measured on the
 * main thread, as the queue sees it: for each answer, the time from when its
 * thread could start on it (when it was handed over, or when the thread's
 * previous answer came back, whichever is later) to when its answer came
 * back. That counts everything a waiting request waits through: the
 * generation, the hand-off both ways, a thread waiting for a core on a busy
 * machine, and the main thread being late to read the answer. A thread's own
 * clock around the generation counts only the first, and on a loaded machine
 * it came out at half the real time per answer, so queues twice the budget
 * were admitted.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorResponse } from '../api/errors.js';
import type { GenerateOptions } from '../api/options.js';
import { admits, expectedWaitMs, retryAfterSeconds, ServiceTime, type QueueLoad } from './admission.js';
import { generateAnswer, type GenerationAnswer, type GenerationJob, type GenerationResult } from './generation.js';

export interface PoolOptions {
  /** Worker threads; 0 generates on the main thread. */
  readonly size: number;
  /** Requests that may wait for a free thread, whatever the expected wait; past it, submit() refuses. */
  readonly maxQueue: number;
  /** The wait budget in milliseconds: past this expected wait, submit() refuses (admission.ts). */
  readonly maxQueueWaitMs: number;
  readonly generate: GenerateOptions;
  /** The largest `config` a request may carry (bytes). */
  readonly maxConfigBytes?: number;
  /** Called with a line when a thread dies or cannot start (the server logs it). */
  readonly log?: ((line: string) => void) | undefined;
  /** The threads' module (default: workerEntry(), the built src/server/worker.ts); bench:server swaps in one that answers without generating. */
  readonly entry?: URL | undefined;
  /** The clock service times are measured with, in milliseconds (default performance.now; tests use a fake one). */
  readonly clock?: (() => number) | undefined;
}

export interface PoolState {
  /** Threads configured (0: generation on the main thread). */
  readonly workers: number;
  /** Threads started and ready. */
  readonly ready: number;
  /** Requests being generated now. */
  readonly busy: number;
  /** Requests waiting for a thread. */
  readonly queued: number;
  readonly maxQueue: number;
  /** The wait budget, in milliseconds. */
  readonly maxQueueWaitMs: number;
  /** The measured mean time a thread takes per answer (hand-off included; pool.ts), in milliseconds. */
  readonly serviceMs: number;
  /** The expected wait of a request admitted now, in milliseconds. */
  readonly expectedWaitMs: number;
  /** Requests dropped from the queue because their client went away before a thread took them (since start). */
  readonly cancelled: number;
}

/** A request in the pool: its answer, and a way to drop it while it is still queued. */
export interface Ticket {
  /** The answer; undefined once the request was cancelled. */
  readonly answer: Promise<GenerationAnswer | undefined>;
  /** Drops the request if no thread has taken it yet (true); false once it was handed to a thread or answered. */
  cancel(): boolean;
}

interface Job {
  readonly id: number;
  readonly bytes: Buffer;
  readonly resolve: (answer: GenerationAnswer | undefined) => void;
  state: 'queued' | 'sent' | 'done' | 'cancelled';
  /** When it was handed to a thread (or taken for the main thread), by the pool's clock. */
  sentAt: number;
}

interface Slot {
  worker: Worker | undefined;
  ready: boolean;
  /** Jobs handed to the thread, oldest (the one being generated) first. */
  readonly jobs: Job[];
  /** Failures in a row before a thread became ready: restarts back off. */
  failures: number;
  /** When its last answer came back, by the pool's clock. */
  lastDone: number;
}

/** Requests handed to one thread at a time: the one it generates and the next. */
const PER_THREAD = 2;
/** The service-time estimate until the first answer is measured: on the safe side of a typical generation (~0.5 ms). */
const INITIAL_SERVICE_MS = 1;

const INTERNAL_ERROR: GenerationAnswer = { status: 500, json: JSON.stringify(errorResponse('internal_error', 'An unexpected error occurred.')) };

/**
 * Where the worker's entry module is: next to this module once built (tsc's
 * dist/src/server/worker.js, or the bundle's dist/bundle/worker.js next to
 * whichever bundle file holds this code); when this module runs from its
 * TypeScript source (the tests), the built one in dist/src/server.
 */
export function workerEntry(): URL {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('../../dist/src/server/worker.js', import.meta.url)];
  for (const url of candidates) if (existsSync(fileURLToPath(url))) return url;
  throw new Error(`the server's worker module is missing (looked for ${candidates.map((u) => fileURLToPath(u)).join(', ')}); run npm run build`);
}

export class GenerationPool {
  private readonly options: PoolOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: (Job | undefined)[] = [];
  private queueHead = 0;
  /** Jobs in `queue` that are still queued (not cancelled). */
  private waiting = 0;
  /** Jobs handed to threads (or, with no threads, the one generating). */
  private sent = 0;
  private cancelledCount = 0;
  private nextId = 1;
  private closed = false;
  private inlineBusy = false;
  /** With no threads: when the main thread's last generation ended. */
  private inlineLastDone = Number.NEGATIVE_INFINITY;
  private readonly clock: () => number;
  private entry: URL | undefined;
  private readonly service = new ServiceTime(INITIAL_SERVICE_MS);
  /** Threads ready now (kept as a count: admission reads it on every request). */
  private readyCount = 0;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 0) throw new RangeError(`workers must be a whole number, not ${String(options.size)}`);
    if (!Number.isInteger(options.maxQueue) || options.maxQueue < 0) throw new RangeError(`maxQueue must be a whole number, not ${String(options.maxQueue)}`);
    if (!(options.maxQueueWaitMs > 0)) throw new RangeError(`maxQueueWaitMs must be positive, not ${String(options.maxQueueWaitMs)}`);
    this.options = options;
    this.clock = options.clock ?? (() => performance.now());
  }

  /** Starts the threads and resolves once each has warmed up; rejects if one cannot start. */
  async start(): Promise<void> {
    if (this.options.size === 0) return;
    this.entry = this.options.entry ?? workerEntry();
    const starting: Promise<void>[] = [];
    for (let i = 0; i < this.options.size; i++) {
      const slot: Slot = { worker: undefined, ready: false, jobs: [], failures: 0, lastDone: Number.NEGATIVE_INFINITY };
      this.slots.push(slot);
      starting.push(this.spawn(slot));
    }
    try {
      await Promise.all(starting);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  get state(): PoolState {
    let ready = 0;
    let busy = 0;
    if (this.options.size === 0) busy = this.inlineBusy ? 1 : 0;
    for (const slot of this.slots) {
      if (slot.ready) ready++;
      if (slot.jobs.length > 0) busy++;
    }
    const load = this.load();
    return {
      workers: this.options.size,
      ready,
      busy,
      queued: load.ahead,
      maxQueue: this.options.maxQueue,
      maxQueueWaitMs: this.options.maxQueueWaitMs,
      serviceMs: this.service.meanMs,
      expectedWaitMs: expectedWaitMs(load),
      cancelled: this.cancelledCount,
    };
  }

  /** What admission looks at: requests admitted and not started, threads, whether one is idle, the service time. */
  private load(): QueueLoad {
    const threads = this.options.size === 0 ? 1 : this.readyCount;
    const admitted = this.waiting + this.sent;
    return {
      ahead: Math.max(0, admitted - threads),
      threads: Math.max(1, threads),
      idle: threads > 0 && admitted < threads,
      serviceMs: this.service.meanMs,
    };
  }

  /** True when a request submitted now would be refused. */
  get full(): boolean {
    return this.closed || !admits(this.load(), { maxQueue: this.options.maxQueue, maxWaitMs: this.options.maxQueueWaitMs });
  }

  /** Retry-After, in seconds, for a request refused now. */
  get retryAfterSeconds(): number {
    return retryAfterSeconds(this.load());
  }

  /** Generates the answer to a body; undefined (at once) when the request would wait too long or the queue is full. */
  submit(bytes: Buffer): Ticket | undefined {
    if (this.full) return undefined;
    let resolve!: (answer: GenerationAnswer | undefined) => void;
    const answer = new Promise<GenerationAnswer | undefined>((r) => (resolve = r));
    const job: Job = { id: this.nextId++, bytes, resolve, state: 'queued', sentAt: 0 };
    this.queue.push(job);
    this.waiting++;
    this.dispatch();
    return {
      answer,
      cancel: () => {
        if (job.state !== 'queued') return false;
        job.state = 'cancelled';
        this.waiting--;
        this.cancelledCount++;
        job.resolve(undefined);
        return true;
      },
    };
  }

  /** The oldest job still queued, skipping cancelled ones. */
  private take(): Job | undefined {
    while (this.queueHead < this.queue.length) {
      const job = this.queue[this.queueHead];
      this.queue[this.queueHead++] = undefined;
      if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
        this.queue.splice(0, this.queueHead);
        this.queueHead = 0;
      }
      if (job !== undefined && job.state === 'queued') {
        this.waiting--;
        return job;
      }
    }
    return undefined;
  }

  /** Puts jobs a dead thread never started back at the head of the queue, in order. */
  private requeue(jobs: readonly Job[]): void {
    for (let i = jobs.length - 1; i >= 0; i--) {
      const job = jobs[i]!;
      job.state = 'queued';
      this.waiting++;
      if (this.queueHead > 0) this.queue[--this.queueHead] = job;
      else this.queue.unshift(job);
    }
  }

  /**
   * Records the time an answer kept its thread, as the queue saw it: from when the thread could start on the job
   * (handed over, or its previous answer back, whichever is later) to now. Returns now, the thread's new lastDone.
   */
  private measure(job: Job, lastDone: number): number {
    const now = this.clock();
    this.service.record(now - Math.max(job.sentAt, lastDone));
    return now;
  }

  private finish(job: Job, answer: GenerationAnswer): void {
    if (job.state === 'done') return;
    if (job.state === 'sent') this.sent--;
    job.state = 'done';
    job.resolve(answer);
  }

  private dispatch(): void {
    if (this.options.size === 0) {
      if (this.inlineBusy) return;
      const job = this.take();
      if (job === undefined) return;
      this.inlineBusy = true;
      job.state = 'sent';
      job.sentAt = this.clock();
      this.sent++;
      // Its own turn of the event loop: I/O (new requests, 503s, slow bodies) is served between generations.
      setImmediate(() => {
        let answer: GenerationAnswer;
        try {
          answer = generateAnswer(job.bytes, this.options.generate, this.options.maxConfigBytes);
        } catch {
          answer = INTERNAL_ERROR;
        }
        this.inlineLastDone = this.measure(job, this.inlineLastDone);
        this.inlineBusy = false;
        this.finish(job, answer);
        this.dispatch();
      });
      return;
    }
    // Fill the least loaded threads first: an idle thread before a second job for a busy one.
    for (let depth = 0; depth < PER_THREAD && this.waiting > 0; depth++) {
      for (const slot of this.slots) {
        if (this.waiting === 0) return;
        if (!slot.ready || slot.worker === undefined || slot.jobs.length > depth) continue;
        const job = this.take();
        if (job === undefined) return;
        job.state = 'sent';
        job.sentAt = this.clock();
        this.sent++;
        slot.jobs.push(job);
        const message: GenerationJob = { id: job.id, body: job.bytes.toString('latin1') };
        slot.worker.postMessage(message);
      }
    }
  }

  private spawn(slot: Slot): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.entry!, { workerData: { generate: this.options.generate, maxConfigBytes: this.options.maxConfigBytes } });
      slot.worker = worker;
      slot.ready = false;
      let settled = false;
      worker.on('message', (message: { ready: true } | GenerationResult) => {
        if ('ready' in message) {
          if (!slot.ready) this.readyCount++;
          slot.ready = true;
          slot.failures = 0;
          settled = true;
          resolve();
          this.dispatch();
          return;
        }
        const job = slot.jobs[0];
        if (job === undefined || job.id !== message.id) return;
        slot.jobs.shift();
        slot.lastDone = this.measure(job, slot.lastDone);
        this.finish(job, { status: message.status, json: message.json });
        this.dispatch();
      });
      worker.on('error', (error) => {
        this.options.log?.(`${new Date().toISOString()} generation thread failed: ${error.message}`);
      });
      worker.on('exit', (code) => {
        if (slot.worker !== worker) return;
        slot.worker = undefined;
        if (slot.ready) this.readyCount--;
        slot.ready = false;
        const [current, ...notStarted] = slot.jobs.splice(0);
        // The request it was generating is answered (500), never left hanging; those it had not started go back to the queue.
        if (current) this.finish(current, INTERNAL_ERROR);
        if (!this.closed) {
          this.sent -= notStarted.length;
          this.requeue(notStarted);
        } else {
          for (const job of notStarted) this.finish(job, INTERNAL_ERROR);
        }
        if (!settled) {
          settled = true;
          reject(new Error(`a generation thread exited with code ${code} while starting`));
        }
        if (this.closed) return;
        this.options.log?.(`${new Date().toISOString()} generation thread exited (code ${code}); starting another`);
        this.dispatch();
        slot.failures++;
        const restart = () => {
          if (!this.closed) this.spawn(slot).catch(() => {});
        };
        if (slot.failures <= 1) restart();
        else setTimeout(restart, Math.min(30_000, 250 * 2 ** slot.failures)).unref();
      });
    });
  }

  /** Stops the threads. Jobs still queued or running are answered 500 (the server drains before closing the pool). */
  async close(): Promise<void> {
    this.closed = true;
    for (let job = this.take(); job; job = this.take()) this.finish(job, INTERNAL_ERROR);
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        if (!worker) return;
        slot.worker = undefined;
        for (const job of slot.jobs.splice(0)) this.finish(job, INTERNAL_ERROR);
        if (slot.ready) this.readyCount--;
        slot.ready = false;
        await worker.terminate();
      }),
    );
  }
}
