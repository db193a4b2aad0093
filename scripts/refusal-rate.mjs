#!/usr/bin/env node
/**
 * `npm run refusal-rate [-- --runs N --seed S --show]`: how often prompts that must never produce a script still do, on a
 * large generated set (the README records the figures). Classes, N prompts each (default 5,000): other languages'
 * commands, English chit-chat, requests whose object is a made-up word, and corpus prompts with a made-up word
 * inserted (these may still answer when the word became a value the user gave, e.g. a bridge's name). For each class
 * it prints the share refused, the share answered, and the share answered with a match-everything firewall rule (a
 * drop/reject/tarpit with no matcher but chain, side and connection state).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string', default: '20261207' }, show: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const lib = await import(pathToFileURL(join(root, 'dist/bundle/index.js')).href);
const testing = await import(pathToFileURL(join(root, 'dist/bundle/testing.js')).href);
const fc = (await import('fast-check')).default;
const runs = Number(values.runs);
const seed = Number(values.seed);

const positives = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.jsonl') && !f.startsWith('negative'))
  .flatMap((f) => readFileSync(join(root, 'corpus', f), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//')).map((l) => JSON.parse(l).prompt))
  .filter((p) => !/["“”']/.test(p));
const inserted = fc.tuple(fc.constantFrom(...positives), testing.madeUpWord(), fc.nat()).map(([p, w, at]) => {
  const words = p.split(' ');
  words.splice(1 + (at % words.length), 0, w);
  return words.join(' ');
});

/** A firewall drop that matches everything on its side: no matcher but chain, interfaces and connection state. */
const BROAD = /^\/ip(?:v6)? firewall (?:filter|raw|mangle) add(?: (?:chain|in-interface|in-interface-list|out-interface|out-interface-list|connection-state|log|log-prefix|comment)=\S+)* action=(?:drop|reject|tarpit)(?: (?:log|log-prefix|comment)=\S+)*$/m;

const classes = { 'other languages': testing.foreignCommand(), 'chit-chat': testing.chitChat(), 'unknown object': testing.unknownObjectPrompt(), 'corpus + made-up word': inserted };
console.log(`refusal rate: ${runs} prompts per class, seed ${seed}`);
for (const [name, arbitrary] of Object.entries(classes)) {
  let answered = 0;
  let broad = 0;
  let total = 0;
  for (const prompt of fc.sample(arbitrary, { numRuns: runs, seed })) {
    if ([...prompt].length > 200) continue;
    total++;
    const content = lib.generateScript(prompt).response[0].content;
    if (content === '') continue;
    answered++;
    if (BROAD.test(content)) broad++;
    // --show: each answered prompt with its script's first line, to read what got through.
    if (values.show) console.log(`    ${JSON.stringify(prompt)} -> ${content.split('\n')[0]}`);
  }
  const pct = (n) => `${((100 * n) / total).toFixed(2)}%`;
  console.log(`  ${name.padEnd(22)} refused ${pct(total - answered).padStart(8)}  answered ${pct(answered).padStart(7)}  match-everything ${pct(broad).padStart(6)}  (${total} prompts)`);
}
