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
  /** Misspelling → correct word. */
  readonly misspellings?: Readonly<Record<string, string>>;
  readonly services?: readonly ServiceSpec[];
  /** Words that protocol/ICMP matching treats as `protocol=icmp`. */
  readonly icmp?: readonly string[];
}
