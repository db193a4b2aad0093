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

const names = (p: ExpectedPrompt): readonly string[] => p.slots.services ?? [];
const has = (p: ExpectedPrompt, service: string): boolean => names(p).includes(service);

export const KNOWN_PROMPT_BUGS: readonly KnownBug[] = [
  {
    id: 'services-family-takes-filter-verbs',
    summary:
      'src/intents/dns and src/intents/system: a filter verb on a service the router also configures becomes a setting and drops the rest of the request: ' +
      '"allow l2tp, name server and smb from the private network" → `/ip dns set allow-remote-requests=yes`, "open dns, https and http from ether5" → ' +
      '`/ip dns set servers=208.67.222.222,208.67.220.220` (OpenDNS), "map name server to 172.19.24.2 port 11" → a DNS static entry, ' +
      '"firewall syslog and file sharing from 192.168.116.234" → remote logging to that address',
    hits: (p) =>
      (has(p, 'dns') && (p.slots.action === 'allow' || ['stop', 'open', 'map'].includes(p.slots.verb))) ||
      (has(p, 'syslog') && (names(p).length > 1 || p.slots.side === 'address')),
  },
  {
    id: 'stop-read-as-disable',
    summary:
      'src/intents/dhcp: "stop" with dhcp among the services disables the DHCP server (or client) instead of filtering: ' +
      '"stop dhcp and samba from the lan" → `/ip dhcp-server disable [find interface=bridge]`, dropping samba',
    hits: (p) => p.slots.verb === 'stop' && has(p, 'dhcp'),
  },
];

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
