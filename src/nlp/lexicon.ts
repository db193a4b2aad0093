/**
 * The lexicon the analyser matches against, built once from grammar/english:
 * every word and phrase with what it can mean.
 */
import { SERVICES, ICMP_WORDS, type ServiceSpec } from '../../grammar/english/services.js';
import { ACTION_WORDS, FILLER_WORDS, MISSPELLINGS, NOUN_WORDS, PLACE_WORDS, PROTOCOL_WORDS, ROLE_WORDS } from '../../grammar/english/words.js';

export type Meaning =
  | { readonly type: 'action'; readonly value: string }
  | { readonly type: 'place'; readonly value: 'wan' | 'lan' | 'router' }
  | { readonly type: 'protocol'; readonly value: string }
  | { readonly type: 'service'; readonly value: ServiceSpec }
  | { readonly type: 'role'; readonly value: 'from' | 'to' | 'on' | 'except' | 'for' }
  | { readonly type: 'noun'; readonly value: string }
  | { readonly type: 'filler' };

export interface Lexicon {
  /** Single words and phrases (space-joined) to their meanings, most specific first. */
  readonly entries: ReadonlyMap<string, readonly Meaning[]>;
  /** Longest phrase length, in words. */
  readonly maxPhrase: number;
  readonly misspellings: Readonly<Record<string, string>>;
  /** Words long enough to be a typo target. */
  readonly correctable: readonly string[];
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
  for (const service of SERVICES) for (const name of [service.name, ...service.aliases]) add(name, { type: 'service', value: service });
  for (const w of ICMP_WORDS) add(w, { type: 'protocol', value: 'icmp' });
  for (const [w, v] of Object.entries(ACTION_WORDS)) add(w, { type: 'action', value: v });
  for (const [w, v] of Object.entries(PROTOCOL_WORDS)) add(w, { type: 'protocol', value: v });
  for (const [w, v] of Object.entries(PLACE_WORDS)) add(w, { type: 'place', value: v });
  for (const [w, v] of Object.entries(ROLE_WORDS)) add(w, { type: 'role', value: v });
  for (const [w, v] of Object.entries(NOUN_WORDS)) add(w, { type: 'noun', value: v });
  for (const w of FILLER_WORDS) if (!entries.has(w)) add(w, { type: 'filler' });
  let maxPhrase = 1;
  for (const key of entries.keys()) maxPhrase = Math.max(maxPhrase, key.split(' ').length);
  const correctable = [...entries.keys()].filter((k) => !k.includes(' ') && k.length >= 4);
  return { entries, maxPhrase, misspellings: MISSPELLINGS, correctable };
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  lexicon ??= build();
  return lexicon;
}
