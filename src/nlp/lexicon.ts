/**
 * The lexicon the analyser matches against, built once from grammar/english:
 * every word and phrase with what it can mean.
 */
import { WORD_SOURCES } from '../../grammar/english/index.js';
import type { ServiceSpec } from '../../grammar/english/services.js';
import { WordIndex } from '../util/distance.js';

export type Meaning =
  | { readonly type: 'action'; readonly value: string }
  | { readonly type: 'place'; readonly value: 'wan' | 'lan' | 'router' }
  | { readonly type: 'protocol'; readonly value: string }
  | { readonly type: 'service'; readonly value: ServiceSpec }
  | { readonly type: 'role'; readonly value: 'from' | 'to' | 'on' | 'except' | 'for' }
  | { readonly type: 'noun'; readonly value: string }
  | { readonly type: 'filler' }
  /** A known English word no family gives a meaning to: it must still be read by the rule that answers (see claims.ts). */
  | { readonly type: 'word' };

export interface Lexicon {
  /** Single words and phrases (space-joined) to their meanings, most specific first. */
  readonly entries: ReadonlyMap<string, readonly Meaning[]>;
  /** Longest phrase length, in words. */
  readonly maxPhrase: number;
  readonly misspellings: Readonly<Record<string, string>>;
  /** Forum shorthand to the word it stands for, read before phrases. */
  readonly shorthand: Readonly<Record<string, string>>;
  /** Words long enough to be a typo target, indexed for the closest one. */
  readonly correctable: WordIndex;
}

const valueOf = (m: Meaning): unknown => ('value' in m ? m.value : undefined);

function build(): Lexicon {
  const entries = new Map<string, Meaning[]>();
  const add = (key: string, meaning: Meaning): void => {
    const k = key.toLowerCase().replace(/-/g, ' ');
    const list = entries.get(k) ?? [];
    if (list.some((m) => m.type === meaning.type && valueOf(m) === valueOf(meaning))) return;
    list.push(meaning);
    entries.set(k, list);
  };
  const misspellings: Record<string, string> = {};
  const shorthand: Record<string, string> = {};
  // Services first, then actions, ...: the order of meanings is the order rules prefer them in.
  for (const source of WORD_SOURCES) for (const service of source.services ?? []) for (const name of [service.name, ...service.aliases]) add(name, { type: 'service', value: service });
  for (const source of WORD_SOURCES) for (const w of source.icmp ?? []) add(w, { type: 'protocol', value: 'icmp' });
  for (const source of WORD_SOURCES) for (const [w, v] of Object.entries(source.actions ?? {})) add(w, { type: 'action', value: v });
  for (const source of WORD_SOURCES) for (const [w, v] of Object.entries(source.protocols ?? {})) add(w, { type: 'protocol', value: v });
  for (const source of WORD_SOURCES) for (const [w, v] of Object.entries(source.places ?? {})) add(w, { type: 'place', value: v });
  for (const source of WORD_SOURCES) for (const [w, v] of Object.entries(source.roles ?? {})) add(w, { type: 'role', value: v });
  for (const source of WORD_SOURCES) for (const [w, v] of Object.entries(source.nouns ?? {})) add(w, { type: 'noun', value: v });
  for (const source of WORD_SOURCES) for (const w of source.known ?? []) if (!entries.has(w)) add(w, { type: 'word' });
  for (const source of WORD_SOURCES) for (const w of source.filler ?? []) if (!entries.has(w)) add(w, { type: 'filler' });
  for (const source of WORD_SOURCES) Object.assign(misspellings, source.misspellings ?? {});
  for (const source of WORD_SOURCES) Object.assign(shorthand, source.shorthand ?? {});
  let maxPhrase = 1;
  for (const key of entries.keys()) maxPhrase = Math.max(maxPhrase, key.split(' ').length);
  const correctable = new WordIndex([...entries.keys()].filter((k) => !k.includes(' ') && k.length >= 4));
  return { entries, maxPhrase, misspellings, shorthand, correctable };
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  lexicon ??= build();
  return lexicon;
}
