/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): where the time goes, by
 * module and by function, self time (the function itself) and total time
 * (the function and what it called).
 *
 *   node --cpu-prof --cpu-prof-dir=prof dist/bench/generate.js --only prompts
 *   node dist/bench/profile-summary.js prof/<file>.cpuprofile [--top 25] [--match src/]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' }, match: { type: 'string' } }, allowPositionals: true });
const file = positionals[0];
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [--top N] [--match text]');
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** A short module name: the path from src/, grammar/ or node_modules/<package>. */
function moduleOf(url: string): string {
  if (url === '') return '(native)';
  const m = /(?:node_modules\/([^/]+)\/|\/(src|grammar|bench)\/)(.*)$/.exec(url);
  if (!m) return url.replace(/^file:\/\//, '').replace(/^node:/, 'node:');
  if (m[1]) return `node_modules/${m[1]}`;
  return `${m[2]}/${m[3]}`;
}

const fnKey = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${moduleOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const selfByModule = new Map<string, number>();
const totalByModule = new Map<string, number>();
const selfByFn = new Map<string, number>();
const totalByFn = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const leaf = byId.get(id)!;
  const add = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + dt);
  };
  add(selfByModule, moduleOf(leaf.callFrame.url));
  add(selfByFn, fnKey(leaf));
  const modules = new Set<string>();
  const fns = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    modules.add(moduleOf(n.callFrame.url));
    fns.add(fnKey(n));
  }
  for (const m of modules) add(totalByModule, m);
  for (const f of fns) add(totalByFn, f);
});

const show = (title: string, m: Map<string, number>): void => {
  console.log(`\n${title}`);
  const rows = [...m].filter(([k]) => values.match === undefined || k.includes(values.match)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, ms] of rows) console.log(`${ms.toFixed(1).padStart(10)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
};

console.log(`${file}: ${total.toFixed(1)} ms sampled`);
show('self time by module', selfByModule);
show('total time by module (module anywhere on the stack)', totalByModule);
show('self time by function', selfByFn);
show('total time by function', totalByFn);
