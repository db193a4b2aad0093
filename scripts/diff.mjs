#!/usr/bin/env node
/**
 * `npm run diff -- <rev> [--generated N] [--seed S] [--all]`: the differential harness. Builds <rev> (a commit, tag
 * or branch) in a temporary worktree next to this checkout, builds this checkout, and answers the same prompts
 * with both: every corpus prompt, N prompts from the fast-check prompt generators (routeros-gen/testing), and each
 * corpus prompt with one word replaced by a made-up one (which must now be refused). It prints every prompt whose
 * answer changed (script, refusal or destructive flag), grouped by kind of change, then a count per kind.
 * Every changed answer is either a fix you meant or a regression: read them all before resolving an NL issue.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { generated: { type: 'string', default: '3000' }, seed: { type: 'string', default: '20261207' }, all: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const rev = positionals[0];
if (!rev) {
  console.error('usage: npm run diff -- <rev> [--generated N] [--seed S] [--all]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const oldDir = mkdtempSync(join(tmpdir(), 'routeros-gen-diff-'));
try {
  run('git', ['worktree', 'add', '--detach', oldDir, rev], root);
  symlinkSync(join(root, 'node_modules'), join(oldDir, 'node_modules'), 'dir');
  console.error(`diff: building ${rev} and this checkout ...`);
  run('npm', ['run', '--silent', 'build'], oldDir);
  run('npm', ['run', '--silent', 'build'], root);
  const oldLib = await import(pathToFileURL(join(oldDir, 'dist/bundle/index.js')).href);
  const newLib = await import(pathToFileURL(join(root, 'dist/bundle/index.js')).href);
  const testing = await import(pathToFileURL(join(root, 'dist/bundle/testing.js')).href);
  const fc = (await import('fast-check')).default;

  const corpus = [];
  for (const file of readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(root, 'corpus', file), 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('//')) continue;
      const entry = JSON.parse(line);
      corpus.push({ prompt: entry.prompt, options: entry.options, source: file });
    }
  }
  const seed = Number(values.seed);
  const generated = fc.sample(testing.expectedPrompt(), { seed, numRuns: Number(values.generated) }).map((p) => ({ prompt: p.prompt, source: 'generated' }));
  // One word of a corpus prompt replaced by a made-up one: the prompt now asks for something nobody understood.
  const made = ['grunk', 'blorf', 'zibble', 'quaxes', 'frobnicated'];
  const replaced = corpus.filter((c) => !c.source.startsWith('negative')).map((c, i) => {
    const words = c.prompt.split(' ');
    const candidates = words.map((w, k) => (/^[a-z]{4,}$/i.test(w) ? k : -1)).filter((k) => k > 0);
    if (candidates.length === 0) return undefined;
    const k = candidates[i % candidates.length];
    words[k] = made[i % made.length];
    return { prompt: words.join(' '), options: c.options, source: 'unknown-word' };
  }).filter(Boolean);

  const answer = (lib, c) => {
    try {
      const item = lib.generateScript(c.prompt, c.options).response[0];
      return { content: item.content.trim(), destructive: item.destructive, error: item.content === '' ? (item.error ?? '') : '' };
    } catch (e) {
      return { content: '', destructive: false, error: `THROWS ${e.code ?? e.message}` };
    }
  };
  const kinds = new Map();
  const seen = new Set();
  let total = 0;
  for (const c of [...corpus, ...generated, ...replaced]) {
    const key = JSON.stringify([c.prompt, c.options]);
    if (seen.has(key)) continue;
    seen.add(key);
    total++;
    const a = answer(oldLib, c);
    const b = answer(newLib, c);
    let kind;
    if (a.content === b.content && a.destructive === b.destructive) {
      if (a.content !== '' || a.error === b.error || !values.all) continue;
      kind = 'refusal text changed';
    } else if (a.content !== '' && b.content === '') kind = 'script -> refusal';
    else if (a.content === '' && b.content !== '') kind = 'refusal -> script';
    else if (a.content !== b.content) kind = 'script changed';
    else kind = 'destructive flag changed';
    const list = kinds.get(kind) ?? [];
    list.push({ c, a, b });
    kinds.set(kind, list);
  }
  const show = (x) => (x.content !== '' ? `${x.content.replace(/\n/g, '\n      ')}${x.destructive ? '  [destructive]' : ''}` : `REFUSED ${x.error.slice(0, 220)}`);
  for (const [kind, list] of kinds) {
    console.log(`\n## ${kind} (${list.length})`);
    for (const { c, a, b } of list) console.log(`\n- [${c.source}] ${JSON.stringify(c.prompt)}${c.options ? ` ${JSON.stringify(c.options)}` : ''}\n  old: ${show(a)}\n  new: ${show(b)}`);
  }
  console.log(`\ndiff: ${total} prompts (corpus ${corpus.length}, generated ${generated.length}, unknown-word ${replaced.length}) against ${rev}`);
  for (const [kind, list] of kinds) console.log(`  ${kind}: ${list.length}`);
  if (kinds.size === 0) console.log('  no answer changed');
} finally {
  try { run('git', ['worktree', 'remove', '--force', oldDir], root); } catch { rmSync(oldDir, { recursive: true, force: true }); }
  if (existsSync(oldDir)) rmSync(oldDir, { recursive: true, force: true });
}
