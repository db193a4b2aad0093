/**
 * The generation pool: a fixed number of worker threads, each generating one
 * request at a time, in front of them a bounded first-in-first-out queue.
 * `submit` never waits for room: when every thread is busy and the queue is
 * full it returns undefined at once, and the server answers 503 `overloaded`.
 *
 * With size 0 there are no threads: jobs run one at a time on the main
 * thread, each in its own turn of the event loop (setImmediate), through the
 * same queue and the same bound.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorResponse } from '../api/errors.js';
import type { GenerateOptions } from '../api/options.js';
import { generateAnswer, type GenerationAnswer, type GenerationJob } from './generation.js';

export interface PoolOptions {
  /** Worker threads; 0 generates on the main thread. */
  readonly size: number;
  /** Requests that may wait for a free thread; past it, submit() refuses. */
  readonly maxQueue: number;
  readonly generate: GenerateOptions;
  /** Called with a line when a thread dies or cannot start (the server logs it). */
  readonly log?: ((line: string) => void) | undefined;
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
}

interface Pending {
  readonly bytes: Buffer;
  readonly resolve: (answer: GenerationAnswer) => void;
}

interface Slot {
  worker: Worker | undefined;
  ready: boolean;
  job: (Pending & { id: number }) | undefined;
  /** Failures in a row before a thread became ready: restarts back off. */
  failures: number;
}

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
  private readonly queue: Pending[] = [];
  private queueHead = 0;
  private nextId = 1;
  private closed = false;
  private inlineBusy = false;
  private entry: URL | undefined;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 0) throw new RangeError(`workers must be a whole number, not ${String(options.size)}`);
    if (!Number.isInteger(options.maxQueue) || options.maxQueue < 0) throw new RangeError(`maxQueue must be a whole number, not ${String(options.maxQueue)}`);
    this.options = options;
  }

  /** Starts the threads and resolves once each has warmed up; rejects if one cannot start. */
  async start(): Promise<void> {
    if (this.options.size === 0) return;
    this.entry = workerEntry();
    const starting: Promise<void>[] = [];
    for (let i = 0; i < this.options.size; i++) {
      const slot: Slot = { worker: undefined, ready: false, job: undefined, failures: 0 };
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
    if (this.options.size === 0) {
      return { workers: 0, ready: 0, busy: this.inlineBusy ? 1 : 0, queued: this.queued, maxQueue: this.options.maxQueue };
    }
    let ready = 0;
    let busy = 0;
    for (const slot of this.slots) {
      if (slot.ready) ready++;
      if (slot.job) busy++;
    }
    return { workers: this.options.size, ready, busy, queued: this.queued, maxQueue: this.options.maxQueue };
  }

  private get queued(): number {
    return this.queue.length - this.queueHead;
  }

  /** True when a request submitted now would be refused. */
  get full(): boolean {
    if (this.queued < this.options.maxQueue) return false;
    return this.options.size === 0 ? this.inlineBusy : !this.slots.some((s) => s.ready && s.job === undefined);
  }

  /** Generates the answer to a body; undefined (at once) when every thread is busy and the queue is full. */
  submit(bytes: Buffer): Promise<GenerationAnswer> | undefined {
    if (this.closed || this.full) return undefined;
    return new Promise((resolve) => {
      this.queue.push({ bytes, resolve });
      this.dispatch();
    });
  }

  private take(): Pending | undefined {
    if (this.queued === 0) return undefined;
    const job = this.queue[this.queueHead]!;
    this.queue[this.queueHead++] = undefined as unknown as Pending;
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
    return job;
  }

  private dispatch(): void {
    if (this.options.size === 0) {
      if (this.inlineBusy) return;
      const job = this.take();
      if (job === undefined) return;
      this.inlineBusy = true;
      // Its own turn of the event loop: I/O (new requests, 503s, slow bodies) is served between generations.
      setImmediate(() => {
        let answer: GenerationAnswer;
        try {
          answer = generateAnswer(job.bytes, this.options.generate);
        } catch {
          answer = INTERNAL_ERROR;
        }
        job.resolve(answer);
        this.inlineBusy = false;
        this.dispatch();
      });
      return;
    }
    for (const slot of this.slots) {
      if (this.queued === 0) return;
      if (!slot.ready || slot.job !== undefined || slot.worker === undefined) continue;
      const job = { ...this.take()!, id: this.nextId++ };
      slot.job = job;
      // A copy with its own ArrayBuffer, moved (not cloned) to the thread.
      const bytes = new Uint8Array(job.bytes);
      const message: GenerationJob = { id: job.id, bytes };
      slot.worker.postMessage(message, [bytes.buffer]);
    }
  }

  private spawn(slot: Slot): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.entry!, { workerData: { generate: this.options.generate } });
      slot.worker = worker;
      slot.ready = false;
      let settled = false;
      worker.on('message', (message: { ready?: true; id?: number; status?: number; json?: string }) => {
        if (message.ready) {
          slot.ready = true;
          slot.failures = 0;
          settled = true;
          resolve();
          this.dispatch();
          return;
        }
        const job = slot.job;
        if (job === undefined || job.id !== message.id) return;
        slot.job = undefined;
        job.resolve({ status: message.status!, json: message.json! });
        this.dispatch();
      });
      worker.on('error', (error) => {
        this.options.log?.(`${new Date().toISOString()} generation thread failed: ${error.message}`);
      });
      worker.on('exit', (code) => {
        if (slot.worker !== worker) return;
        slot.worker = undefined;
        slot.ready = false;
        const job = slot.job;
        slot.job = undefined;
        // The request it was generating is answered (500), never left hanging.
        job?.resolve(INTERNAL_ERROR);
        if (!settled) {
          settled = true;
          reject(new Error(`a generation thread exited with code ${code} while starting`));
        }
        if (this.closed) return;
        this.options.log?.(`${new Date().toISOString()} generation thread exited (code ${code}); starting another`);
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
    for (let job = this.take(); job; job = this.take()) job.resolve(INTERNAL_ERROR);
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        if (!worker) return;
        slot.worker = undefined;
        slot.job?.resolve(INTERNAL_ERROR);
        slot.job = undefined;
        slot.ready = false;
        await worker.terminate();
      }),
    );
  }
}
