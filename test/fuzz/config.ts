/**
 * How many cases each property runs, and with which seed.
 *
 * `npm test` runs every property briefly with a fixed seed, so the suite is
 * deterministic. `npm run fuzz` (test/fuzz/run.mjs) sets FUZZ_RUNS and
 * FUZZ_SEED for long runs; a failure prints the seed, the path and the shrunk
 * counterexample, and `npm run fuzz -- --seed <seed>` replays it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type fc from 'fast-check';

const runs = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);
const seed = process.env.FUZZ_SEED === undefined ? 20260501 : Number(process.env.FUZZ_SEED);
if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) throw new Error('FUZZ_RUNS must be a positive integer');
if (!Number.isInteger(seed)) throw new Error('FUZZ_SEED must be an integer');

/** True under `npm run fuzz`. */
export const LONG_RUN = runs !== undefined;

/** fast-check parameters: `quick` cases under `npm test`, FUZZ_RUNS (times `scale`) under `npm run fuzz`. */
export function fuzz<T>(quick: number, scale = 1): fc.Parameters<T> {
  return { numRuns: runs === undefined ? quick : Math.max(1, Math.round(runs * scale)), seed, endOnFailure: true };
}

/** Per-test timeout: generous for the quick runs (two shared cores), none to speak of for long runs. */
export const TIMEOUT = LONG_RUN ? 24 * 3600 * 1000 : 60_000;

export interface CorpusCase {
  readonly file: string;
  readonly prompt: string;
  readonly script?: string;
  readonly destructive?: boolean;
  readonly refuse?: string;
  readonly options?: Record<string, unknown>;
}

/** Every corpus case (positive and negative), read at test time so new corpus files join in. */
export function corpus(): CorpusCase[] {
  const dir = join(import.meta.dirname, '..', '..', 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('//'))
        .map((line) => ({ file, ...(JSON.parse(line) as Omit<CorpusCase, 'file'>) })),
    );
}
