/**
 * Prompt arbitraries the fuzz properties share: arbitrary Unicode, "lexicon
 * soup" (words the analyser knows, technical tokens and punctuation in any
 * order), corpus prompts with random edits, and prompts with a known answer.
 */
import fc from 'fast-check';
import { WORD_SOURCES } from '../../grammar/english/index.js';
import type { GenerateOptions } from '../../src/api/options.js';
import { expectedPrompt, HOSTILE_PIECES, hostAddress, subnet } from '../../src/testing/index.js';
import { corpus } from './config.js';

const CORPUS = corpus();
export const CORPUS_PROMPTS: readonly string[] = [...new Set(CORPUS.map((c) => c.prompt))];

/** Every word and phrase of the English lexicon, from every family's word source. */
export const LEXICON_WORDS: readonly string[] = [
  ...new Set(
    WORD_SOURCES.flatMap((source) => [
      ...Object.keys(source.actions ?? {}),
      ...Object.keys(source.places ?? {}),
      ...Object.keys(source.protocols ?? {}),
      ...Object.keys(source.roles ?? {}),
      ...Object.keys(source.nouns ?? {}),
      ...(source.filler ?? []),
      ...Object.keys(source.misspellings ?? {}),
      ...(source.services ?? []).flatMap((s) => [s.name, ...s.aliases]),
      ...(source.icmp ?? []),
    ]),
  ),
].sort();

const TECHNICAL = fc.oneof(
  hostAddress(),
  subnet(),
  fc.ipV4(),
  fc.ipV6(),
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 70000 }), fc.integer({ min: 0, max: 70000 })).map(([a, b]) => `${a}-${b}`),
  fc.tuple(hostAddress(), fc.integer({ min: 0, max: 70000 })).map(([a, p]) => `${a}:${p}`),
  fc.constantFrom('ether1', 'ether2-ether5', 'pppoe-out1', 'vlan10', 'wlan1', 'bridge', 'sfp-sfpplus1', 'AA:BB:CC:DD:EE:FF', '00:11:22:33:44:5G'),
  fc.constantFrom('example.com', 'facebook.com', 'ns1.example.com', '10.0.0.0/33', '192.168.1.300', '->', '30s', '2h', '10M/5M', '3am', '23:30', 'Europe/Riga'),
  fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/"/g, '')}"`),
);

const PUNCTUATION = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '; ', '. ', ' and ', ' then ', '! ', '? ', '\n', ' - ');

/** Words the analyser knows, technical tokens and hostile pieces, in any order. */
export function lexiconSoup(): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...LEXICON_WORDS) },
    { weight: 3, arbitrary: TECHNICAL },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  return fc.array(fc.tuple(token, PUNCTUATION), { minLength: 1, maxLength: 16 }).map((parts) => parts.map(([t, p]) => t + p).join('').trim() || 'x');
}

/** A corpus prompt with a few random edits: characters inserted, deleted or changed in case, words repeated. */
export function mutatedCorpusPrompt(): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.constantFrom(...HOSTILE_PIECES), fc.constantFrom(...LEXICON_WORDS).map((w) => ` ${w} `))),
    fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 4 })),
    fc.tuple(fc.constant('upper' as const), fc.nat(), fc.integer({ min: 1, max: 8 })),
  );
  return fc.tuple(fc.constantFrom(...CORPUS_PROMPTS), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([prompt, edits]) => {
    let text = prompt;
    for (const e of edits) {
      const at = e[1] % (text.length + 1);
      if (e[0] === 'insert') text = text.slice(0, at) + e[2] + text.slice(at);
      else if (e[0] === 'delete') text = text.slice(0, at) + text.slice(at + e[2]);
      else text = text.slice(0, at) + text.slice(at, at + e[2]).toUpperCase() + text.slice(at + e[2]);
    }
    return text;
  });
}

/** Any prompt: Unicode, lexicon soup, edited corpus prompts, prompts with a known answer, corpus prompts as they are. */
export function anyPrompt(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.string({ maxLength: 220 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 220 }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t', '\u00a0', '\u200b', 'x'.repeat(200), '😀'.repeat(200), '😀'.repeat(201), 'a'.repeat(201)) },
    { weight: 4, arbitrary: lexiconSoup() },
    { weight: 3, arbitrary: mutatedCorpusPrompt() },
    { weight: 3, arbitrary: expectedPrompt().map((p) => p.prompt) },
    { weight: 1, arbitrary: fc.constantFrom(...CORPUS_PROMPTS) },
  );
}

/** Options as a caller may pass them: valid ones, and names and shapes the API must reject with a 400. */
export function anyOptions(): fc.Arbitrary<GenerateOptions | undefined> {
  const name = fc.oneof(fc.constantFrom('ether1', 'WAN', 'INTERNET', 'pppoe-out1', 'bridge', 'where', 'and', 'x.y', 'A-1_b'), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,10}$/));
  const ref = fc.oneof(name, name.map((list) => ({ list })), name.map((i) => ({ interface: i })));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.record({ wan: ref, lan: ref, lanBridge: name, lanSubnet: subnet() }, { requiredKeys: [] }) },
    // Not valid: the API must refuse these with invalid_option, never fail inside.
    { weight: 1, arbitrary: fc.constantFrom<unknown>({ wan: '' }, { wan: 'eth 1' }, { wan: '"x"' }, { lanSubnet: '10.0.0.0/40' }, { nope: 1 }, { wan: { list: 'A', interface: 'b' } }, { wan: 5 }, []).map((o) => o as GenerateOptions) },
  );
}
