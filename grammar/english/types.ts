import type { ServiceSpec } from './services.js';

/**
 * One family's words. The analyser merges every source listed in
 * grammar/english/index.ts; a word may mean several things (the rules pick).
 */
export interface WordSource {
  /** Verbs and verb phrases → canonical action (`deny` → `block`). */
  readonly actions?: Readonly<Record<string, string>>;
  readonly places?: Readonly<Record<string, 'wan' | 'lan' | 'router'>>;
  readonly protocols?: Readonly<Record<string, string>>;
  readonly roles?: Readonly<Record<string, 'from' | 'to' | 'on' | 'except' | 'for'>>;
  /** Nouns and noun phrases → a canonical noun the rules test for (`ip address` → `host`). */
  readonly nouns?: Readonly<Record<string, string>>;
  readonly filler?: readonly string[];
  /**
   * English words with no meaning of their own for the rules that still change a request ("tonight", "until"): known,
   * so the typo fixer leaves them alone, but never filler, so a rule that does not read them refuses the prompt.
   */
  readonly known?: readonly string[];
  /**
   * Forum shorthand → the word it stands for ("gw" → "gateway", "thru" → "through"): read before phrases are matched,
   * so "primary gw" is the phrase "primary gateway", and reported in the response like a fixed misspelling.
   */
  readonly shorthand?: Readonly<Record<string, string>>;
  /** Misspelling → correct word. */
  readonly misspellings?: Readonly<Record<string, string>>;
  readonly services?: readonly ServiceSpec[];
  /** Words that protocol/ICMP matching treats as `protocol=icmp`. */
  readonly icmp?: readonly string[];
}
