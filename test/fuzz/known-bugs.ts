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
    id: 'dstnat-two-protocols-one-port',
    summary: 'src/intents/nat/rules.ts dstNat: "forward port 53 to 10.0.0.5 port 5353" is refused: the one external port is counted once per protocol',
    hits: (p) => p.slots.template === 'forward' && p.slots.toPort !== undefined && p.expected.length > 1,
  },
  {
    id: 'port-range-before-full-stop',
    summary: 'src/nlp/technical.ts: "block ports 3-12." reads 3-12 as the ports 3 and 12 (the range pattern rejects a following ".")',
    hits: (p) => /\d-\d+\.$/.test(p.prompt),
  },
  {
    id: 'services-family-takes-filter-verbs',
    summary:
      'src/intents/services (and dns): a filter verb on a service the router also configures becomes a setting and drops the rest of the request: ' +
      '"tarpit mndp from the lan" → `/ip neighbor discovery-settings set ...`, ' +
      '"allow name server from the lan" → `/ip dns set allow-remote-requests=yes`, "map domain to 192.168.1.52" → a DNS static entry, ' +
      '"restrict rtsp and ssl from 10.18.0.0/15" → `/ip service set www-ssl address=...`',
    hits: (p) =>
      (has(p, 'winbox-discovery') && (p.slots.action !== 'block' || ['restrict', 'lock down'].includes(p.slots.verb) || p.slots.template === 'forward')) ||
      (has(p, 'dns') && (p.slots.action === 'allow' || ['stop', 'open', 'map'].includes(p.slots.verb))) ||
      (['restrict', 'lock down'].includes(p.slots.verb) && p.slots.side === 'address'),
  },
  {
    id: 'stop-read-as-disable',
    summary:
      'src/intents (wireless, dhcp, services): "stop" on a wireless interface or a service the router runs disables it instead of filtering: ' +
      '"stop ping on wlan1" → `/interface wireless disable wlan1`, "stop dhcp and samba from the lan" → `/ip dhcp-server disable [find ...]`, ' +
      '"stop btest" → `/tool bandwidth-server set enabled=no`; each drops the rest of the request',
    hits: (p) => p.slots.verb === 'stop' && (/\bwlan\d/.test(p.prompt) || has(p, 'dhcp') || has(p, 'bandwidth-test')),
  },
  {
    id: 'from-verb-means-to',
    summary:
      'src/intents/frame.ts (uncommitted change "from <verb>ing"): compromise tags "untrusted" as a verb, so "block telnet from untrusted" becomes ' +
      '`chain=forward out-interface-list=WAN` (traffic to the internet) instead of `chain=input in-interface-list=WAN`',
    hits: (p) => /\bfrom untrusted\b/i.test(p.prompt),
  },
  {
    id: 'users-place-word',
    summary: 'src/intents/users: "stop port 16656 from users" is refused ("it does not say which user"): `users`, a LAN word in grammar/english/words.ts, is taken as the users menu',
    hits: (p) => /\bfrom (?:the )?users\b/i.test(p.prompt),
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
  {
    id: 'code-after-symbol-read-as-english',
    summary:
      'src/nlp/technical.ts: RouterOS syntax is recognised only after a space, `;`, `,`, a quote or `(`, so `é/user set admin password=x`, ' +
      '`#/user set ...` or `{/system reboot}` in a prompt is read as English and becomes `/user set "admin" password="x"` (not destructive) ' +
      'or `/system reboot`, dropping the request it was put into',
    // A `/menu` or `:command` glued to a character the scanner does not treat as a boundary.
    hits: (h) => h.placement !== 'comment' && /[^\s;,"'(][/:][a-z]/i.test(h.payload),
  },
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
