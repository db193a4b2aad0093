/**
 * Names the user gives things ("a bridge called br-lan", "rename ether1 to
 * wan", "the address list blocked"). A name is taken from quotes, or from the
 * next word when it looks like a RouterOS name.
 */
import type { Term } from '../nlp/analyze.js';

/** Words that introduce a name. */
export const NAME_MARKERS: ReadonlySet<string> = new Set(['called', 'named', 'name', 'names', 'label', 'labelled', 'labeled', 'as']);

/** A name RouterOS users type without quotes: letters, digits, `-_.`. */
export const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/** Words that can never be a name on their own. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'to', 'on', 'for', 'with', 'and', 'then', 'it', 'this', 'that', 'of', 'in', 'from', 'at', 'new', 'list', 'address', 'interface']);

export interface NameMatch {
  readonly name: string;
  /** The term holding it. */
  readonly term: Term;
  readonly quoted: boolean;
}

/** The name held by `term` (quoted text, an interface name, or a plain word), if it can be one. */
export function nameOf(term: Term | undefined): NameMatch | null {
  if (!term) return null;
  const tech = term.technical;
  if (tech?.kind === 'quoted') return tech.text.trim() === '' ? null : { name: tech.text, term, quoted: true };
  if (tech?.kind === 'interface') return { name: tech.name, term, quoted: false };
  if (tech?.kind === 'name') return { name: tech.text, term, quoted: false };
  if (tech) return null;
  const text = term.text;
  if (!PLAIN_NAME.test(text) || NOT_NAMES.has(text.toLowerCase()) || term.number !== undefined) return null;
  return { name: text, term, quoted: false };
}

/** The name after one of `markers` ("called X", "to X"), skipping "the"/"a". */
export function nameAfter(terms: readonly Term[], markers: ReadonlySet<string> = NAME_MARKERS): NameMatch | null {
  for (let i = 0; i < terms.length - 1; i++) {
    if (!markers.has(terms[i]!.normal)) continue;
    let j = i + 1;
    while (j < terms.length && (terms[j]!.normal === 'the' || terms[j]!.normal === 'a')) j++;
    const found = nameOf(terms[j]);
    if (found) return found;
  }
  return null;
}

/** The index of the first term whose normal form is one of `words`. */
export function indexOfWord(terms: readonly Term[], words: readonly string[], from = 0): number {
  for (let i = from; i < terms.length; i++) if (words.includes(terms[i]!.normal)) return i;
  return -1;
}
