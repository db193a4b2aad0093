/**
 * Bugs the fuzz properties found in other modules, not fixed yet. Each entry
 * says which inputs hit it; the properties skip exactly those inputs (so
 * `npm test` stays green and every other input is still checked), and
 * regressions.test.ts keeps one minimal case per bug that fails until the bug
 * is fixed. When a bug is fixed, delete its entry here and flip its case in
 * regressions.test.ts from `it.fails` to `it`.
 */
import type { Script } from '../../src/ast/nodes.js';
import type { ExpectedPrompt, HostilePrompt } from '../../src/testing/index.js';

export interface KnownBug {
  readonly id: string;
  /** Where the bug is (file) and what happens. */
  readonly summary: string;
  /** Whether a generated prompt with a known answer runs into it. */
  readonly hits: (p: ExpectedPrompt) => boolean;
}

/**
 * Empty since the filter-verb rule in src/intents/index.ts (`filtersList`) and the clause-initial "open dns" reading
 * in src/nlp/analyze.ts (`verbBeforeList`): "open dns, https and http from ether5", "allow l2tp, name server and smb
 * from the lan", "firewall syslog and file sharing from X" and "stop dhcp and samba from the lan" are filter rules.
 */
export const KNOWN_PROMPT_BUGS: readonly KnownBug[] = [];

/** The known bug a prompt runs into, if any. */
export function knownPromptBug(p: ExpectedPrompt): KnownBug | undefined {
  return KNOWN_PROMPT_BUGS.find((b) => b.hits(p));
}

export interface KnownHostileBug {
  readonly id: string;
  readonly summary: string;
  readonly hits: (h: HostilePrompt) => boolean;
}

export const KNOWN_HOSTILE_BUGS: readonly KnownHostileBug[] = [
];

/** The known bug a hostile prompt runs into, if any. */
export function knownHostileBug(h: HostilePrompt): KnownHostileBug | undefined {
  return KNOWN_HOSTILE_BUGS.find((b) => b.hits(h));
}

export interface KnownParseBug {
  readonly id: string;
  readonly summary: string;
  /** Whether a text and the tree it parsed to (without errors) run into the bug. */
  readonly hits: (text: string, ast: Script) => boolean;
}

/**
 * Empty since eae44ba: the parser now reports as errors the names and operators it used to accept but could not print
 * (`where/system/script/add`, `or/:global/set`, `*x=1`, `::1 comment=-1`, `where a=c /ip`, a `#` word in a where clause).
 */
export const KNOWN_PARSE_BUGS: readonly KnownParseBug[] = [];

/** The known bug a parsed text runs into, if any. */
export function knownParseBug(text: string, ast: Script): KnownParseBug | undefined {
  return KNOWN_PARSE_BUGS.find((b) => b.hits(text, ast));
}
