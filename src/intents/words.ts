/**
 * What a clause says, asked by the rules of every family: which nouns its
 * words can mean and which words it has.
 */
import type { Term } from '../nlp/analyze.js';
import type { Frame } from './frame.js';
import { claim } from './claims.js';

/** The term has one of these nouns among its meanings (not only its first one); a rule that asks reads it (claims.ts). */
export const isNoun = (t: Term | undefined, ...nouns: string[]): boolean => {
  const found = !!t && t.meanings.some((m) => m.type === 'noun' && nouns.includes(m.value));
  if (found) claim(t);
  return found;
};

/**
 * Every noun the clause's words can mean, and every word as typed (lower
 * case, typos fixed): each rule of each family asks these of the same
 * clause, so they are gathered once per clause (its terms never change).
 */
const nounsOf = new WeakMap<readonly Term[], ReadonlySet<string>>();
const wordsOf = new WeakMap<readonly Term[], ReadonlySet<string>>();

function gathered(cache: WeakMap<readonly Term[], ReadonlySet<string>>, terms: readonly Term[], read: (t: Term, into: Set<string>) => void): ReadonlySet<string> {
  let set = cache.get(terms);
  if (!set) {
    const into = new Set<string>();
    for (const t of terms) read(t, into);
    cache.set(terms, (set = into));
  }
  return set;
}

/** The clause names one of these nouns (any meaning of any word). */
export const has = (frame: Frame, ...nouns: string[]): boolean => {
  const set = gathered(nounsOf, frame.terms, (t, into) => {
    for (const m of t.meanings) if (m.type === 'noun') into.add(m.value);
  });
  const found = nouns.some((n) => set.has(n));
  if (found) claim(...frame.terms.filter((t) => t.meanings.some((m) => m.type === 'noun' && nouns.includes(m.value))));
  return found;
};

/** The clause has one of these words as typed (lower case, typos fixed). */
export const says = (frame: Frame, ...words: string[]): boolean => {
  const set = gathered(wordsOf, frame.terms, (t, into) => void into.add(t.normal));
  const found = words.some((w) => set.has(w));
  if (found) claim(...frame.terms.filter((t) => words.includes(t.normal)));
  return found;
};
