/**
 * `npm run bench`: how fast the generator is, next to the floor it is built
 * on, on fixed inputs from the corpus, in one run:
 *
 * - floor: compromise's own `nlp(text).json()` on each corpus prompt;
 * - intent: our English pass and intent rules alone (`understand`, which runs `analyze`);
 * - generate: the whole of `generateScript` (intent, printer, re-parse, schema, policy, ajv);
 * - parse: lexing and parsing a 2,000-line `/export`-style script, and the policy over it;
 * - cold start: import plus first call in a fresh child process;
 * - memory: RSS and heap before and after 20,000 prompts.
 *
 * Per-prompt figures are over every call (each corpus prompt, --rounds times; the
 * scenarios take turns on each prompt).
 *
 *   npm run bench [-- --rounds 10 --memory-prompts 20000 --cold-starts 5 --json bench.json]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { generateScript } from '../src/api/generate.js';
import { resolveOptions, type GenerateOptions } from '../src/api/options.js';
import { understand } from '../src/intents/index.js';
import { analyze } from '../src/nlp/analyze.js';
import { runPolicy } from '../src/policy/engine.js';
import { lex } from '../src/rsc/lexer.js';
import { parseScript } from '../src/rsc/parse.js';
import { corpusPrompts, exportScript } from './fixtures.js';
import { buildRouterModel } from '../src/model/model.js';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    'memory-prompts': { type: 'string', default: '20000' },
    'cold-starts': { type: 'string', default: '5' },
    'export-runs': { type: 'string', default: '30' },
    only: { type: 'string' },
    json: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const memoryPrompts = Number(values['memory-prompts']);
const coldStarts = Number(values['cold-starts']);
const exportRuns = Number(values['export-runs']);
for (const [name, n] of Object.entries({ rounds, memoryPrompts, coldStarts, exportRuns })) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
}
const only = values.only?.split(',');
const wants = (scenario: string): boolean => only === undefined || only.includes(scenario);

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..', '..');
const prompts = corpusPrompts(ROOT);
const gc = (globalThis as { gc?: () => void }).gc;

// ---------------------------------------------------------------------------
// Measuring

interface Stats {
  readonly calls: number;
  /**
   * CPU time of this process per call (user + system): what the work costs
   * even when other processes share the cores, which inflates wall-clock
   * percentiles with time spent waiting for a core.
   */
  readonly cpuMeanMs?: number;
  readonly cpuP50Ms?: number;
  readonly cpuP99Ms?: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { calls: sorted.length, meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1]! };
}

type PromptRun = (prompt: string, options: GenerateOptions | undefined) => unknown;

/**
 * Times every scenario on every prompt, `rounds` times after one warm-up
 * pass. The scenarios take turns on each prompt, so a change in the load of
 * a shared machine affects them alike and their ratios stay fair. Also
 * returns each prompt's mean per scenario.
 */
function perPrompt<K extends string>(scenarios: Record<K, PromptRun>): Record<K, { stats: Stats; byPrompt: { prompt: string; meanMs: number }[] }> {
  const names = Object.keys(scenarios) as K[];
  for (const p of prompts) for (const name of names) scenarios[name](p.prompt, p.options as GenerateOptions | undefined);
  const samples = new Map<K, number[]>(names.map((n) => [n, []]));
  const cpuSamples = new Map<K, number[]>(names.map((n) => [n, []]));
  const totals = new Map<K, Float64Array>(names.map((n) => [n, new Float64Array(prompts.length)]));
  for (let r = 0; r < rounds; r++) {
    prompts.forEach((p, i) => {
      for (const name of names) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        scenarios[name](p.prompt, p.options as GenerateOptions | undefined);
        const ms = performance.now() - start;
        const used = process.cpuUsage(cpu);
        samples.get(name)!.push(ms);
        cpuSamples.get(name)!.push((used.user + used.system) / 1000);
        totals.get(name)![i]! += ms;
      }
    });
  }
  const out = {} as Record<K, { stats: Stats; byPrompt: { prompt: string; meanMs: number }[] }>;
  for (const name of names) {
    const cpuStats = stats(cpuSamples.get(name)!);
    const byPrompt = prompts.map((p, i) => ({ prompt: p.prompt, meanMs: totals.get(name)![i]! / rounds })).sort((x, y) => y.meanMs - x.meanMs);
    out[name] = { stats: { ...stats(samples.get(name)!), cpuMeanMs: cpuStats.meanMs, cpuP50Ms: cpuStats.p50Ms, cpuP99Ms: cpuStats.p99Ms }, byPrompt };
  }
  return out;
}

function repeated(runs: number, run: () => unknown): Stats {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  return { ...stats(samples), cpuMeanMs: (used.user + used.system) / 1000 / runs };
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const line = (name: string, s: Stats): string =>
  `${name.padEnd(28)} mean ${fmt(s.meanMs).padStart(7)}  p50 ${fmt(s.p50Ms).padStart(7)}  p99 ${fmt(s.p99Ms).padStart(7)}  max ${fmt(s.maxMs).padStart(7)} ms` +
  `  | CPU mean ${fmt(s.cpuMeanMs ?? Number.NaN).padStart(6)}${s.cpuP99Ms === undefined ? '' : `  p50 ${fmt(s.cpuP50Ms!).padStart(6)}  p99 ${fmt(s.cpuP99Ms).padStart(6)}`} ms  (${s.calls} calls)`;
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

// ---------------------------------------------------------------------------
// Scenarios

const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` },
  prompts: prompts.length,
  rounds,
};
const report: string[] = [];
const say = (text: string): void => {
  report.push(text);
  console.log(text);
};

say(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
say(`inputs: ${prompts.length} corpus prompts x ${rounds} rounds; a 2,000-line export; ${memoryPrompts} prompts for memory`);
say('');

const targets: { name: string; ok: boolean; detail: string }[] = [];

if (wants('prompts')) {
  const resolved = resolveOptions(undefined);
  const { floor, analysed, intent, generate } = perPrompt({
    floor: (text) => nlp(text).json(),
    analysed: (text) => analyze(text),
    intent: (text, options) => understand(text, options ? resolveOptions(options) : resolved),
    generate: (text, options) => generateScript(text, options),
  });
  say('per prompt (every call):');
  say(line('floor: nlp(text).json()', floor.stats));
  say(line('analyze (our English pass)', analysed.stats));
  say(line('understand (analyze+intents)', intent.stats));
  say(line('generateScript', generate.stats));
  const ratio = generate.stats.meanMs / floor.stats.meanMs;
  const ratio50 = generate.stats.p50Ms / floor.stats.p50Ms;
  const ratioCpu = (generate.stats.cpuMeanMs ?? 0) / (floor.stats.cpuMeanMs ?? 1);
  say(`generateScript / floor: ${ratio.toFixed(2)}x (mean), ${ratio50.toFixed(2)}x (p50), ${ratioCpu.toFixed(2)}x (CPU); understand / floor: ${(intent.stats.meanMs / floor.stats.meanMs).toFixed(2)}x (mean)`);
  say(`slowest prompts (generateScript, mean of ${rounds}): ${generate.byPrompt.slice(0, 5).map((p) => `${fmt(p.meanMs)} ms ${JSON.stringify(p.prompt)}`).join('; ')}`);
  say('');
  targets.push({ name: 'generateScript <= 1.5x the compromise floor (mean)', ok: ratio <= 1.5, detail: `${ratio.toFixed(2)}x wall clock, ${ratioCpu.toFixed(2)}x CPU` });
  targets.push({ name: 'generateScript p99 < 2 ms', ok: generate.stats.p99Ms < 2, detail: `${fmt(generate.stats.p99Ms)} ms wall clock, ${fmt(generate.stats.cpuP99Ms ?? Number.NaN)} ms CPU` });
  Object.assign(results, { floor: floor.stats, analyze: analysed.stats, understand: intent.stats, generate: generate.stats, ratioMean: ratio, ratioP50: ratio50, ratioCpu, slowest: generate.byPrompt.slice(0, 10) });
}

if (wants('config')) {
  // Config-aware generation (issue 18): the model of a 2,000-line export, and generateScript with a model against without.
  const text = exportScript(2000);
  const build = repeated(exportRuns, () => buildRouterModel(text));
  const big = buildRouterModel(text);
  const home = buildRouterModel(readFileSync(join(ROOT, 'test/fixtures/config/home-defconf.rsc'), 'utf8'));
  // Corpus prompts without options of their own (the options would replace the model's defaults).
  const plain = prompts.filter((p) => p.options === undefined);
  const saved = prompts.splice(0, prompts.length, ...plain);
  const { without, withHome, withBig } = perPrompt({
    without: (t) => generateScript(t),
    withHome: (t) => generateScript(t, { config: home }),
    withBig: (t) => generateScript(t, { config: big }),
  });
  prompts.splice(0, prompts.length, ...saved);
  say(`config: the model of the 2,000-line export (${big.menus.size} menus, ${big.rules('filter').length} filter rules); generateScript over ${plain.length} corpus prompts:`);
  say(line('buildRouterModel (2,000 lines)', build));
  say(line('generateScript', without.stats));
  say(line('  + model of home defconf', withHome.stats));
  say(line('  + model of 2,000-line export', withBig.stats));
  const rHome = withHome.stats.meanMs / without.stats.meanMs;
  const rBig = withBig.stats.meanMs / without.stats.meanMs;
  say(`with a model / without: ${rHome.toFixed(2)}x (home defconf), ${rBig.toFixed(2)}x (2,000-line export)`);
  say('');
  targets.push({ name: 'model of a 2,000-line export < 50 ms', ok: build.meanMs < 50, detail: `${fmt(build.meanMs)} ms mean, ${fmt(build.p99Ms)} ms p99` });
  targets.push({ name: 'generateScript with a model <= 1.5x without (mean)', ok: Math.max(rHome, rBig) <= 1.5, detail: `${rHome.toFixed(2)}x home defconf, ${rBig.toFixed(2)}x 2,000-line export` });
  Object.assign(results, { modelBuild: build, generateWithout: without.stats, generateWithHome: withHome.stats, generateWithBig: withBig.stats, ratioModelHome: rHome, ratioModelBig: rBig });
}

if (wants('export')) {
  const text = exportScript(2000);
  const parsed = parseScript(text);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`the export does not parse: ${errors.slice(0, 3).map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  const lexing = repeated(exportRuns, () => lex(text));
  const parsing = repeated(exportRuns, () => parseScript(text));
  const policy = repeated(exportRuns, () => runPolicy(parsed.ast, { diagnostics: parsed.diagnostics }));
  const verdict = runPolicy(parsed.ast, { diagnostics: parsed.diagnostics });
  say(`2,000-line export (${text.length} characters, ${parsed.ast.statements.length} statements, ${verdict.findings.length} policy findings):`);
  say(line('lex', lexing));
  say(line('lex + parse', parsing));
  say(line('runPolicy', policy));
  say('');
  targets.push({ name: 'policy over the 2,000-line export < 50 ms', ok: policy.meanMs < 50, detail: `${fmt(policy.meanMs)} ms mean, ${fmt(policy.p99Ms)} ms p99 wall clock; ${fmt(policy.cpuMeanMs ?? Number.NaN)} ms CPU mean` });
  Object.assign(results, { exportLex: lexing, exportParse: parsing, exportPolicy: policy });
}

if (wants('cold') && coldStarts > 0) {
  const child = join(HERE, 'cold-start.js');
  const runs: { atMain: number; importMs: number; firstCallMs: number; totalMs: number; cpuMs: number; rssMb: number; wallMs: number }[] = [];
  for (let i = 0; i < coldStarts; i++) {
    const start = performance.now();
    const out = execFileSync(process.execPath, [child], { encoding: 'utf8' });
    runs.push({ ...(JSON.parse(out) as Omit<(typeof runs)[number], 'wallMs'>), wallMs: performance.now() - start });
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const cold = {
    runs: coldStarts,
    importMs: median(runs.map((r) => r.importMs)),
    firstCallMs: median(runs.map((r) => r.firstCallMs)),
    importPlusFirstCallMs: median(runs.map((r) => r.importMs + r.firstCallMs)),
    nodeStartMs: median(runs.map((r) => r.atMain)),
    processWallMs: median(runs.map((r) => r.wallMs)),
    processCpuMs: median(runs.map((r) => r.cpuMs)),
    rssMb: median(runs.map((r) => r.rssMb)),
  };
  say(`cold start (medians of ${coldStarts} fresh processes): import plus first call ${fmt(cold.importPlusFirstCallMs)} ms (import ${fmt(cold.importMs)} ms, first call ${fmt(cold.firstCallMs)} ms); Node's own start ${fmt(cold.nodeStartMs)} ms; whole process ${fmt(cold.processWallMs)} ms wall clock, ${fmt(cold.processCpuMs)} ms CPU (start included); RSS ${cold.rssMb.toFixed(1)} MB`);
  say('');
  targets.push({ name: 'cold start (import + first call) < 600 ms', ok: cold.importPlusFirstCallMs < 600, detail: `${fmt(cold.importPlusFirstCallMs)} ms wall clock; the whole process used ${fmt(cold.processCpuMs)} ms CPU` });
  results.coldStart = cold;
}

if (wants('memory') && memoryPrompts > 0) {
  if (!gc) say('(run with node --expose-gc for exact heap figures; npm run bench does)');
  for (const p of prompts) generateScript(p.prompt, p.options as GenerateOptions | undefined);
  gc?.();
  const before = process.memoryUsage();
  const checkpoints: { prompts: number; rssMb: number; heapMb: number }[] = [];
  for (let i = 1; i <= memoryPrompts; i++) {
    const p = prompts[i % prompts.length]!;
    generateScript(p.prompt, p.options as GenerateOptions | undefined);
    if (i % 5000 === 0 || i === memoryPrompts) {
      gc?.();
      const m = process.memoryUsage();
      checkpoints.push({ prompts: i, rssMb: mb(m.rss), heapMb: mb(m.heapUsed) });
    }
  }
  const after = process.memoryUsage();
  const memory = {
    before: { rssMb: mb(before.rss), heapMb: mb(before.heapUsed) },
    after: { rssMb: mb(after.rss), heapMb: mb(after.heapUsed) },
    rssGrowthMb: mb(after.rss - before.rss),
    heapGrowthMb: mb(after.heapUsed - before.heapUsed),
    checkpoints,
  };
  say(`memory over ${memoryPrompts} prompts: RSS ${memory.before.rssMb} -> ${memory.after.rssMb} MB (${memory.rssGrowthMb >= 0 ? '+' : ''}${memory.rssGrowthMb} MB), heap after GC ${memory.before.heapMb} -> ${memory.after.heapMb} MB (${memory.heapGrowthMb >= 0 ? '+' : ''}${memory.heapGrowthMb} MB)`);
  say(`  checkpoints (prompts: RSS / heap MB): ${checkpoints.map((c) => `${c.prompts}: ${c.rssMb} / ${c.heapMb}`).join(', ')}`);
  say('');
  // Growth: the heap after GC must not climb from the first checkpoint to the last (2 MB of noise allowed).
  const first = checkpoints[0];
  const last = checkpoints[checkpoints.length - 1];
  const growth = first && last ? last.heapMb - first.heapMb : 0;
  targets.push({ name: 'no memory growth (heap after GC, first to last checkpoint, < 2 MB)', ok: growth < 2, detail: `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB` });
  results.memory = memory;
}

say('targets:');
for (const t of targets) say(`  ${t.ok ? 'met   ' : 'MISSED'} ${t.name}: ${t.detail}`);
results.targets = targets;
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
