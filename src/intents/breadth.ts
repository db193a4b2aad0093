/**
 * The last gate on what a clause built, independent of the English rules: no command may match more than the words
 * asked for. A drop with no traffic matcher (only a chain, sides and connection states), an accept of a whole side
 * into the router, or a removal or disabling of a whole menu or a whole address list is written only when the clause
 * said so in words ("all traffic", "everything", "clear the list", "the rest"). Otherwise the clause is refused with
 * the words that would make it explicit.
 */
import type { Command, Value } from '../ast/nodes.js';
import type { Term } from '../nlp/analyze.js';
import { WHOLE_WORDS } from '../../grammar/english/words.js';

const FILTER_MENUS = new Set(['ip firewall filter', 'ip firewall raw', 'ip firewall mangle', 'ipv6 firewall filter', 'ipv6 firewall raw', 'ipv6 firewall mangle']);

/** Arguments that say where a rule sits or how it is kept, not which packets it matches. */
const NOT_MATCHERS = new Set([
  'chain', 'action', 'in-interface', 'in-interface-list', 'out-interface', 'out-interface-list', 'connection-state', 'log', 'log-prefix',
  'comment', 'place-before', 'disabled', 'passthrough', 'reject-with',
]);

const DROPS = new Set(['drop', 'reject', 'tarpit']);

const wordOf = (v: Value | null | undefined): string =>
  v?.kind === 'word' ? v.text : v?.kind === 'string' ? v.value : v?.kind === 'list' ? v.items.map(wordOf).join(',') : v?.kind === 'negated' ? `!${wordOf(v.value)}` : '';

/**
 * The clause says it means everything: "all traffic", "everything", "the rest", "clear the list", or traffic itself
 * as the object ("block traffic from ether1 to ether2", "drop connections from the WAN").
 */
export function saysWhole(terms: readonly Term[]): boolean {
  return terms.some((t) => t.normal.split(' ').some((w) => WHOLE_WORDS.has(w)) || t.meanings.some((m) => m.type === 'noun' && (m.value === 'all' || m.value === 'traffic')));
}

/** Why `command` is broader than a clause that does not say "all" may ask for; undefined when it is not. */
export function broadness(command: Command): string | undefined {
  const menu = command.path.join(' ');
  const named = new Map(command.args.flatMap((a) => (a.kind === 'named' ? [[a.name, a.value] as const] : [])));
  if (FILTER_MENUS.has(menu) && command.name === 'add') {
    const action = wordOf(named.get('action')) || 'accept';
    const states = wordOf(named.get('connection-state'));
    // Dropping invalid packets is the narrow rule of RouterOS's default configuration, not a drop of everything.
    const narrowState = /(?:^|,)invalid(?:,|$)/.test(states) && !states.startsWith('!');
    // An address that covers every address, or a protocol with no port ("block tcp"), narrows nothing a user would notice.
    const matchers = [...named.entries()].filter(([k, v]) => !NOT_MATCHERS.has(k) && !matchesEverything(k, v, named)).map(([k]) => k);
    // "prevent ether3 from reaching ether4": traffic between two named ends is what was asked, not a whole side.
    const between = (named.has('in-interface') || named.has('in-interface-list')) && (named.has('out-interface') || named.has('out-interface-list'));
    if (matchers.length > 0 || narrowState || between) return undefined;
    const chain = wordOf(named.get('chain'));
    if (DROPS.has(action)) return `it would ${action} all ${chain} traffic${sideText(named)}, not only what the request names`;
    // Accepting established and related connections is the narrow rule of the default configuration.
    if (action === 'accept' && chain === 'input' && states === '') return `it would accept all traffic to the router${sideText(named)}, not only what the request names`;
    return undefined;
  }
  if (command.name === 'remove' || command.name === 'disable') {
    const selector = command.args.find((a) => a.kind === 'positional')?.value;
    if (selector?.kind !== 'substitution' || selector.command.name !== 'find') return undefined;
    const keys = selector.command.args.map((a) => (a.kind === 'named' ? a.name : '?'));
    const wholeList = menu.endsWith('address-list') && keys.length === 1 && keys[0] === 'list';
    if (keys.length === 0) return `it would ${command.name} every entry of /${menu}`;
    if (wholeList) return `it would ${command.name} every entry of the address list ${wordOf(selector.command.args[0]?.kind === 'named' ? selector.command.args[0].value : null)}`;
  }
  return undefined;
}

function matchesEverything(key: string, value: Value | null, named: ReadonlyMap<string, Value | null>): boolean {
  if ((key === 'src-address' || key === 'dst-address') && value?.kind === 'prefix') return value.length === 0;
  if (key === 'protocol') return (wordOf(value) === 'tcp' || wordOf(value) === 'udp') && !named.has('dst-port') && !named.has('src-port') && !named.has('port');
  return false;
}

function sideText(named: ReadonlyMap<string, Value | null>): string {
  const side = wordOf(named.get('in-interface-list') ?? named.get('in-interface') ?? named.get('out-interface-list') ?? named.get('out-interface'));
  return side === '' ? '' : ` on ${side}`;
}

/** The first reason the commands are broader than the clause's words allow, or undefined. */
export function broaderThanAsked(commands: readonly Command[], terms: readonly Term[]): string | undefined {
  for (const c of commands) {
    const why = broadness(c);
    if (why !== undefined && !saysWhole(terms)) return why;
  }
  return undefined;
}
