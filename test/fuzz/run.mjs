#!/usr/bin/env node
/**
 * `npm run fuzz`: the fuzz properties of test/fuzz, long. Each property runs
 * --runs cases (default 10,000) from --seed (default: a random one, printed
 * first so any run can be replayed). On a failure fast-check prints the seed,
 * the path and the shrunk counterexample; `--seed <seed>` replays it.
 *
 *   npm run fuzz [-- --runs 20000] [-- --seed 12345] [-- generate hostile]
 *
 * Further words pick test files by name (as `vitest run` does).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs <= 0) throw new Error('--runs must be a positive integer');
if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');

const filters = positionals.length > 0 ? positionals.map((p) => `test/fuzz/${p}`) : ['test/fuzz'];
console.log(`fuzz: ${runs} runs per property, seed ${seed} (replay with: npm run fuzz -- --seed ${seed} --runs ${runs})`);
const result = spawnSync('npx', ['vitest', 'run', ...filters], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
});
if (result.status !== 0) console.log(`fuzz: failed with seed ${seed}; replay with: npm run fuzz -- --seed ${seed} --runs ${runs}`);
process.exit(result.status ?? 1);
