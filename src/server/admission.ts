/**
 * Admission to the generation pool by expected wait, not only by count.
 *
 * A request that finds every thread busy waits behind the requests already
 * admitted and not yet started. With `threads` threads each taking one
 * request at a time and a mean service time of `serviceMs` per request, the
 * wait of a request admitted now is about (ahead + 1) × serviceMs ÷ threads:
 * the requests ahead of it, then one more completion before a thread is its.
 * A request is shed (503 `overloaded`) when that exceeds the wait budget, so
 * the queue is as long as the budget allows at the speed the threads are
 * actually going: long when generation is fast, short when the machine is
 * busy and every generation takes longer. A hard count (`maxQueue`) bounds
 * memory whatever the estimate says.
 *
 * These are pure functions of their inputs (the pool measures the service
 * time), so the rule is tested with fixed numbers.
 */

export interface QueueLoad {
  /** Requests admitted and not yet started (waiting in the queue, or handed to a busy thread). */
  readonly ahead: number;
  /** Generation threads (1 for generation on the main thread). */
  readonly threads: number;
  /** True when a thread is idle and nothing is waiting: a request admitted now starts at once. */
  readonly idle: boolean;
  /** Mean time one request keeps a thread, in milliseconds (measured). */
  readonly serviceMs: number;
}

export interface AdmissionLimits {
  /** Hard bound on `ahead`. */
  readonly maxQueue: number;
  /** The wait budget: past this expected wait, shed. */
  readonly maxWaitMs: number;
}

/** The expected wait, in milliseconds, of a request admitted now (0 when a thread is idle). */
export function expectedWaitMs(load: QueueLoad): number {
  if (load.idle) return 0;
  return ((load.ahead + 1) * load.serviceMs) / Math.max(1, load.threads);
}

/**
 * Whether a request arriving now is admitted. Always when a thread is idle;
 * never past maxQueue; one waiting request per thread is always admitted (so
 * no thread runs dry between two generations because of the estimate);
 * beyond that, only while the expected wait is within the budget.
 */
export function admits(load: QueueLoad, limits: AdmissionLimits): boolean {
  if (load.idle) return true;
  if (load.ahead >= limits.maxQueue) return false;
  if (load.ahead < load.threads) return true;
  return expectedWaitMs(load) <= limits.maxWaitMs;
}

/**
 * Retry-After for a shed request, in whole seconds (the header's unit): the
 * expected time for the work already admitted to drain, rounded up, and at
 * least 1.
 */
export function retryAfterSeconds(load: QueueLoad): number {
  const drainMs = ((load.ahead + load.threads) * load.serviceMs) / Math.max(1, load.threads);
  return Math.max(1, Math.ceil(drainMs / 1000));
}

/**
 * A mean that follows the recent service times: an exponentially weighted
 * moving average, each new sample weighing `weight`. Until the first sample
 * it is `initialMs` (a guess); the first sample replaces the guess, so the
 * estimate is a measurement from the first answer on. Samples that are not
 * finite or negative are ignored.
 */
export class ServiceTime {
  private value: number;
  private measured = false;
  constructor(
    initialMs: number,
    private readonly weight = 0.05,
  ) {
    this.value = initialMs;
  }

  get meanMs(): number {
    return this.value;
  }

  record(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    if (this.measured) this.value += this.weight * (ms - this.value);
    else this.value = ms;
    this.measured = true;
  }
}
