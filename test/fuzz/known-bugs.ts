/**
 * Bugs the fuzz properties found in other modules, not fixed yet. Each entry
 * says which inputs hit it; the properties skip exactly those inputs (so
 * `npm test` stays green and every other input is still checked), and
 * regressions.test.ts keeps one minimal case per bug that fails until the bug
 * is fixed. When a bug is fixed, delete its entry here and flip its case in
 * regressions.test.ts from `it.fails` to `it`.
 */
import type { Command, Expression, Script } from '../../src/ast/nodes.js';
import { COMMAND_MODE_OPERATORS } from '../../src/rsc/operators.js';
import { forEachCommand } from '../../src/rsc/walk.js';
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

const commandsOf = (ast: Script): Command[] => {
  const out: Command[] = [];
  forEachCommand(ast, (c) => out.push(c), { embedded: true });
  return out;
};

/** Every node of a tree (any object with a `kind`), found by walking its fields. */
function nodesOf(root: unknown): { kind: string; name?: unknown; text?: unknown }[] {
  const out: { kind: string; name?: unknown }[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) for (const y of x) visit(y);
    else if (x !== null && typeof x === 'object') {
      if (typeof (x as { kind?: unknown }).kind === 'string') out.push(x as { kind: string });
      for (const [key, value] of Object.entries(x)) if (key !== 'loc') visit(value);
    }
  };
  visit(root);
  return out;
}

export const KNOWN_PARSE_BUGS: readonly KnownParseBug[] = [
  {
    id: 'odd-segments-in-unknown-menu-path',
    summary:
      'src/rsc/to-ast.ts + print.ts: a slash-form path of a menu the schema does not know keeps any segment, so `where/system/script/add` and ' +
      '`or/:global/set` parse without errors as commands of `/where/system/script` and `/or/:global`; printed with spaces (`/where system ...`, ' +
      '`/or :global set`) the segments read as a where clause or a script command, and the text no longer parses',
    hits: (_, ast) => {
      const odd = (path: readonly string[]): boolean => path.some((segment) => segment === 'where' || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(segment));
      return commandsOf(ast).some((c) => odd(c.path)) || ast.statements.some((s) => s.kind === 'navigate' && odd(s.path));
    },
  },
  {
    id: 'argument-name-printer-rejects',
    summary:
      'src/rsc/tokens.ts vs print.ts: the lexer takes `*1Ado=..` as an argument named `*1Ado` (and `! ..` as an unset of `..`) without an error, ' +
      'but the printer only writes names matching /^[a-z0-9][a-z0-9.\\-_]*$/i and throws PrintError',
    hits: (_, ast) => nodesOf(ast).some((n) => (n.kind === 'named' || n.kind === 'unset') && typeof n.name === 'string' && !/^[a-z0-9][a-z0-9.\-_]*$/i.test(n.name)),
  },
  {
    id: 'slash-in-where-clause',
    summary:
      'src/rsc/to-ast.ts + print.ts: `/ip address print where a=c /ip` parses without errors with `c / ip` as a division inside the where clause ' +
      '(command words have no `/` operator there), which the printer puts in parentheses, `a=(c / ip)`, so it reads back with an extra group',
    hits: (_, ast) => nodesOf(ast).some((n) => n.kind === 'named' && n.name === 'where' && bareOperator((n as unknown as { value: { expression?: Expression } }).value?.expression)),
  },
  {
    id: 'colon-word-as-command-name',
    summary:
      'src/rsc/to-ast.ts + print.ts: `::1 comment=-1` parses without errors as a root command named `::1`, which prints as `:::1 comment=-1`, ' +
      'a command named `:::1`',
    hits: (_, ast) => commandsOf(ast).some((c) => c.path.length === 0 && c.name.startsWith(':')),
  },
  {
    id: 'hash-word-in-where-clause',
    summary:
      'src/rsc/to-ast.ts + print.ts: `:local where # / ::1` parses without errors, with a where clause holding the word `#`, ' +
      'which the printer refuses to write bare in an expression (PrintError)',
    hits: (_, ast) => nodesOf(ast).some((n) => n.kind === 'named' && n.name === 'where' && nodesOf(n).some((m) => m.kind === 'word' && String((m as { text?: unknown }).text).startsWith('#'))),
  },
];

/** A binary operator outside `( )` that command words (a where clause) do not have. */
function bareOperator(e: Expression | undefined): boolean {
  if (!e) return false;
  if (e.kind === 'binary') return !COMMAND_MODE_OPERATORS.has(e.operator) || bareOperator(e.left) || bareOperator(e.right);
  if (e.kind === 'unary') return bareOperator(e.operand);
  return false;
}

/** The known bug a parsed text runs into, if any. */
export function knownParseBug(text: string, ast: Script): KnownParseBug | undefined {
  return KNOWN_PARSE_BUGS.find((b) => b.hits(text, ast));
}
