/**
 * Router protection (manual: "Building Your First Firewall", "Default configurations", "FastTrack"): the firewall
 * RouterOS's default configuration ships, for "secure my router" and "set up a basic firewall"; FastTrack on its
 * own; and removing every rule of a firewall table when asked for in so many words.
 *
 * The basic firewall is a known configuration, not a reading of the user's traffic words: a clause that names any
 * traffic, address or interface besides it is refused (ask for those rules separately), so nothing the user said can
 * be dropped on the floor.
 */
import { command, find, findWhere, negated, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Frame } from '../frame.js';
import type { Term } from '../../nlp/analyze.js';
import { claim } from '../claims.js';
import { describeRef, sideArgs } from '../traffic.js';
import { refuse, type IntentFamily, type IntentRule } from '../types.js';
import { asks, has, isNoun, otherVerbs, says } from '../words.js';
import { DEFAULT_CONFIG_NAMES } from '../../../grammar/english/protection.js';
import { ALL_RULES_WORDS, EXCEPTING_WORDS, FIREWALL_TABLE_WORDS, LIKE_WORDS, RULE_WORDS, SIDE_DETERMINERS, SIDE_IS_WORDS } from '../../../grammar/english/cues.js';

const FILTER = '/ip firewall filter';
const BASIC_EXAMPLE = 'Set up a basic firewall';
const FASTTRACK_EXAMPLE = 'Enable FastTrack';


/** What else the clause names (a service, port, address, interface, ...), which a known rule set has no room for; `read` are terms already read. */
function extras(frame: Frame, read: readonly Term[] = []): string | undefined {
  const named = [
    ...frame.services.map((s) => s.term.text), ...frame.protocols.map((p) => p.term.text), ...frame.ports.map((p) => p.term.text),
    ...frame.addresses.map((a) => a.term.text), ...frame.interfaces.filter((i) => !read.includes(i.term)).map((i) => i.term.text), ...frame.numbers.map((n) => n.term.text),
    ...frame.macs.map((m) => m.term.text), ...frame.quoted.map((q) => q.term.text),
  ];
  return named.length > 0 ? named.map((n) => `"${n}"`).join(', ') : undefined;
}

/** The verbs of the clause other than the ones `allowed`, as typed. ("firewall", "filter" and "nat" are verbs too
 * ("firewall port 23", "nat the lan"); here they name the table.) */
const otherThan = (frame: Frame, allowed: readonly string[]): string[] => otherVerbs(frame, allowed, FIREWALL_TABLE_WORDS);

const states = (...names: string[]): ValueInput => ({ kind: 'list', items: names.map((text) => ({ kind: 'word' as const, text })) });

/** The default configuration's input and forward chains, with the LAN and WAN of `options`. */
export function basicFirewall(options: ResolvedOptions): Command[] {
  const rule = (args: Record<string, ValueInput>, comment: string): Command => command(FILTER, 'add', { ...args, comment: str(`basic firewall: ${comment}`) });
  return [
    rule({ chain: 'input', action: 'accept', 'connection-state': states('established', 'related', 'untracked') }, 'accept established,related,untracked'),
    rule({ chain: 'input', action: 'drop', 'connection-state': 'invalid' }, 'drop invalid'),
    rule({ chain: 'input', action: 'accept', protocol: 'icmp' }, 'accept ICMP'),
    rule({ chain: 'input', action: 'accept', ...sideArgs(options.lan, 'in') }, 'accept from LAN'),
    rule({ chain: 'input', action: 'drop' }, 'drop all else'),
    rule({ chain: 'forward', action: 'accept', 'ipsec-policy': states('in', 'ipsec') }, 'accept in ipsec policy'),
    rule({ chain: 'forward', action: 'accept', 'ipsec-policy': states('out', 'ipsec') }, 'accept out ipsec policy'),
    rule({ chain: 'forward', action: 'fasttrack-connection', 'connection-state': states('established', 'related') }, 'fasttrack'),
    rule({ chain: 'forward', action: 'accept', 'connection-state': states('established', 'related', 'untracked') }, 'accept established,related,untracked'),
    rule({ chain: 'forward', action: 'drop', 'connection-state': 'invalid' }, 'drop invalid'),
    rule({ chain: 'forward', action: 'drop', 'connection-state': 'new', 'connection-nat-state': negated('dstnat'), ...sideArgs(options.wan, 'in') }, 'drop all from WAN not DSTNATed'),
  ];
}

/**
 * The clause asks for the router's basic protection: "secure my router", "set up a basic firewall", "add the default
 * firewall rules", or a firewall like the default configuration's ("firewall my router like the default config": the
 * word "firewall" with the default configuration as what it is like).
 */
const asksProtection = (frame: Frame): boolean =>
  frame.terms.some((t, k) => isNoun(t, 'basic-firewall') && !namesSomethingElse(frame, k)) || (asks(frame, 'secure', 'harden') && (frame.places.some((p) => p.value === 'router') || says(frame, 'firewall', 'mikrotik', 'network')))
  || likeDefaults(frame) || defaultChains(frame);

/** "add the default input and forward chains": the default configuration's two filter chains, named together. */
const defaultChains = (frame: Frame): boolean => {
  const chains = chainsNamed(frame);
  return chains.length === 2 && chains.includes('input-chain') && chains.includes('forward-chain') && frame.terms.some((t) => t.normal === 'default' || t.normal === 'defconf');
};

/** "a firewall like the default config", "firewall it as in the default configuration": the word "firewall", then "like"/"as" and the defaults. */
function likeDefaults(frame: Frame): boolean {
  const at = frame.terms.findIndex((t) => t.normal === 'firewall');
  if (at < 0) return false;
  const like = frame.terms.findIndex((t, k) => k > at && LIKE_WORDS.has(t.normal));
  if (like < 0) return false;
  const rest = frame.terms.slice(like + 1).filter((t) => !(t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler')) && !t.meanings.some((m) => m.type === 'role') && !SIDE_DETERMINERS.has(t.normal));
  return rest.length === 1 && isNoun(rest[0], 'defaults') && rest[0]!.normal !== 'factory';
}

/**
 * The chains the clause names ("add the default input and forward chains"): the basic firewall is both, so naming
 * only one of them asks for less than it writes.
 */
function chainsNamed(frame: Frame): string[] {
  const chains = new Set<string>();
  for (const t of frame.terms) {
    if (frame.actions.some((a) => a.term === t)) continue;
    for (const m of t.meanings) if (m.type === 'noun' && m.value.endsWith('-chain')) chains.add(m.value);
  }
  return [...chains];
}

/**
 * "wan is ether1", "lan = bridge1", "ether1 is the wan": the interface the clause says a side is, which the basic
 * firewall then uses for that side instead of the `wan`/`lan` option. Returns the sides said and the terms that said them.
 */
function sidesSaid(frame: Frame): { wan?: string; lan?: string; terms: Term[] } {
  const out: { wan?: string; lan?: string; terms: Term[] } = { terms: [] };
  for (const p of frame.places) {
    if (p.value === 'router') continue;
    const k = frame.terms.indexOf(p.term);
    const after = frame.terms[k + 1];
    const iface = frame.interfaces.find((i) => (after && SIDE_IS_WORDS.has(after.normal) && i.term === frame.terms[k + 2]) || i.term === after);
    // "ether1 is the wan", "ether1 is wan"
    const before = frame.interfaces.find((i) => {
      const j = frame.terms.indexOf(i.term);
      const between = frame.terms.slice(j + 1, k);
      return j < k && between.length > 0 && between[0]!.normal === 'is' && between.slice(1).every((t) => SIDE_DETERMINERS.has(t.normal));
    });
    const found = iface ?? before;
    if (!found) continue;
    if (out[p.value] !== undefined && out[p.value] !== found.value) continue;
    out[p.value] = found.value;
    out.terms.push(p.term, found.term);
  }
  return out;
}

/**
 * "enable the dhcp server defconf", "set the lease time on defconf": "defconf" alone right after a noun or "on"/"of"
 * is the name RouterOS's default configuration gave that item (its DHCP server, its interface lists' comments), not
 * the default firewall.
 */
function namesSomethingElse(frame: Frame, k: number): boolean {
  if (!DEFAULT_CONFIG_NAMES.includes(frame.terms[k]!.normal)) return false;
  const before = frame.terms[k - 1];
  return !!before && (before.meanings.some((m) => m.type === 'role') || before.normal === 'of' || (before.meanings.some((m) => m.type === 'noun') && !before.meanings.some((m) => m.type === 'filler' || m.type === 'action')));
}

/** A basic firewall for the router. */
export const basicFirewallRule: IntentRule = {
  id: 'protection: basic firewall (default configuration input and forward chains)',
  match: (frame) => (asksProtection(frame) ? 70 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, `"${frame.actions[0]?.term.text ?? 'the request'}" is negated, which does not say what to do instead`, BASIC_EXAMPLE);
    // "firewall my router like the default config": "firewall" is the rule set asked for, not a verb of its own.
    const other = otherThan(frame, ['add', 'set', 'secure', 'harden', 'enable', 'install', ...(likeDefaults(frame) ? ['block'] : [])]);
    if (other.length > 0) return refuse(this.id, `the basic firewall is added as a whole; "${other.join('", "')}" is not something to do to it here (to remove firewall rules say "remove all firewall filter rules")`, BASIC_EXAMPLE);
    const except = frame.terms.find((t) => EXCEPTING_WORDS.has(t.normal));
    if (except) return refuse(this.id, `the basic firewall is written as RouterOS's default configuration has it; "${except.text}" asks for a variant of it, which is not written here (add or remove single rules in separate requests)`, BASIC_EXAMPLE);
    // "basic router protection, wan is ether1": the side said in the clause is the one the rules use.
    const sides = sidesSaid(frame);
    claim(...sides.terms);
    const named = extras(frame, sides.terms);
    if (named) return refuse(this.id, `the basic firewall is the default configuration's rule set and takes no ${named}; ask for extra rules in a clause before it ("allow winbox from 10.0.0.0/8, then set up a basic firewall"), so they come before its drop rules`, BASIC_EXAMPLE);
    // "add the default input and forward chains": both chains are the rule set; one of them alone asks for less.
    const chains = chainsNamed(frame);
    if (chains.length > 0 && !(chains.includes('input-chain') && chains.includes('forward-chain') && chains.length === 2)) {
      return refuse(this.id, `the basic firewall writes the input and the forward chain together; it names only the ${chains.map((c) => c.replace('-chain', '')).join(' and ')} chain${chains.length > 1 ? 's' : ''}`, BASIC_EXAMPLE);
    }
    if (chains.length > 0) {
      has(frame, 'input-chain', 'forward-chain');
      says(frame, 'chain', 'chains');
    }
    // The words of the request that need no value: the router, the firewall, the rule set's own nouns; "back" as in
    // "I need the defconf rules back"; what the firewall is like ("like the default config").
    says(frame, 'firewall', 'rules', 'rule', 'mikrotik', 'network', 'protection', 'secure', 'basic', 'default', 'back');
    if (likeDefaults(frame)) says(frame, ...LIKE_WORDS);
    // "protect the router from the internet": where the basic firewall keeps connections out is the WAN side.
    for (const p of frame.places) {
      if (p.value === 'router' || sides.terms.includes(p.term)) continue;
      if (p.value === 'wan' && p.role === 'from' && asks(frame, 'secure')) {
        claim(p.term);
        continue;
      }
      return refuse(this.id, `the basic firewall protects the whole router, not only "${p.term.text}"`, BASIC_EXAMPLE);
    }
    has(frame, 'fasttrack', 'defaults', 'rule', 'all', 'config');
    const used: ResolvedOptions = { ...options, ...(sides.wan ? { wan: { interface: sides.wan } } : {}), ...(sides.lan ? { lan: { interface: sides.lan } } : {}) };
    const warnings = [
      `The input chain accepts only replies, ICMP and connections from ${describeRef(used.lan)}, and drops everything else: managing the router from any other side (the WAN, a VPN) stops working. Apply it in Safe Mode.`,
      `The forward chain drops new connections from ${describeRef(used.wan)} that were not port-forwarded (dst-nat).`,
      'The rules are added after any existing filter rules; a router that still has its default configuration already has them (check with /ip firewall filter print).',
    ];
    if (sides.wan || sides.lan) warnings.push(`${[sides.wan ? `The WAN is ${sides.wan}` : '', sides.lan ? `the LAN is ${sides.lan}` : ''].filter(Boolean).join(' and ')}, as the request says.`);
    if ('list' in used.lan || 'list' in used.wan) warnings.push(`The interface list${'list' in used.lan && 'list' in used.wan ? 's LAN and WAN' : ` ${'list' in used.lan ? 'LAN' : 'WAN'}`} must exist and hold the right interfaces, as in the default configuration ("add ether1 to the WAN list"); an empty LAN list locks you out.`);
    return { kind: 'commands', rule: this.id, commands: basicFirewall(used), warnings, wholeByDesign: true };
  },
};

/**
 * "fasttrack established connections", "fasttrack established and related": with no verb, "fasttrack" first in the
 * clause is the verb (RouterOS's action fasttrack-connection), and the connections it names are the established ones.
 */
function fasttrackAsVerb(frame: Frame): boolean {
  if (frame.actions.length > 0) return false;
  const first = frame.terms.find((t) => !(t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler')));
  if (!first || !isNoun(first, 'fasttrack') || first.normal !== 'fasttrack') return false;
  const rest = frame.terms.slice(frame.terms.indexOf(first) + 1);
  if (!rest.some((t) => isNoun(t, 'established'))) return false;
  has(frame, 'established', 'related');
  return true;
}

/** "enable fasttrack", "add a fasttrack rule", "disable fasttrack" (so simple queues see every packet). */
export const fasttrackRule: IntentRule = {
  id: 'protection: fasttrack on|off',
  match: (frame) => (has(frame, 'fasttrack') && !has(frame, 'basic-firewall') ? 60 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated; say "enable fasttrack" or "disable fasttrack"', FASTTRACK_EXAMPLE);
    const named = extras(frame);
    if (named) return refuse(this.id, `FastTrack is switched on for every established connection; ${named} cannot narrow it here`, FASTTRACK_EXAMPLE);
    const off = asks(frame, 'disable', 'remove', 'block');
    const on = asks(frame, 'enable', 'add', 'set', 'allow') || fasttrackAsVerb(frame);
    if (off === on) return refuse(this.id, 'it does not say whether to turn FastTrack on or off', FASTTRACK_EXAMPLE);
    const other = otherThan(frame, ['enable', 'add', 'set', 'allow', 'disable', 'remove', 'block']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to FastTrack`, FASTTRACK_EXAMPLE);
    says(frame, 'firewall', 'rule', 'rules', 'connection', 'connections');
    for (const p of frame.places) if (p.value !== 'router') return refuse(this.id, `FastTrack applies to all forwarded traffic, not only "${p.term.text}"`, FASTTRACK_EXAMPLE);
    if (off) {
      const remove = asks(frame, 'remove');
      return {
        kind: 'commands', rule: this.id,
        commands: [command(FILTER, remove ? 'remove' : 'disable', [{ kind: 'positional', value: find(FILTER, { action: 'fasttrack-connection' }) }])],
        warnings: [`Every fasttrack-connection rule is ${remove ? 'removed' : 'disabled'}: forwarded traffic takes the slow path through the firewall, queues and mangle again, which costs CPU.`],
      };
    }
    return {
      kind: 'commands', rule: this.id,
      commands: [
        command(FILTER, 'add', { chain: 'forward', action: 'fasttrack-connection', 'connection-state': states('established', 'related'), comment: str('fasttrack') }),
        command(FILTER, 'add', { chain: 'forward', action: 'accept', 'connection-state': states('established', 'related'), comment: str('accept established,related') }),
      ],
      warnings: [
        'The rules are added at the end of the forward chain: move them above any drop rule there. A router with the default configuration already has a fasttrack rule (enable it instead).',
        'FastTracked connections bypass simple queues, mangle and IPsec policies.',
      ],
    };
  },
};

/** Firewall tables by the words that name them. */
const TABLES: readonly { readonly words: readonly string[]; readonly path: string }[] = [
  { words: ['nat'], path: '/ip firewall nat' },
  { words: ['mangle'], path: '/ip firewall mangle' },
  { words: ['raw'], path: '/ip firewall raw' },
  { words: ['filter', 'filters', 'firewall'], path: FILTER },
];

/** "remove all firewall filter rules", "delete every nat rule", "flush the firewall filter". */
export const removeAllRule: IntentRule = {
  id: 'protection: remove every rule of a firewall table',
  match: (frame) => (asks(frame, 'remove', 'flush') && frame.terms.some((t) => FIREWALL_TABLE_WORDS.has(t.normal)) && frame.terms.some((t) => RULE_WORDS.has(t.normal))
    && frame.terms.some((t) => ALL_RULES_WORDS.has(t.normal)) ? 55 : 0),
  build(frame) {
    const example = 'Remove all firewall filter rules';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    const named = extras(frame);
    if (named) return refuse(this.id, `it names ${named}: to remove only some rules, name them by their comment ("remove the firewall rule with comment \\"block ssh\\"")`, example);
    const tables = TABLES.filter((t) => t.words.some((w) => frame.terms.some((term) => term.normal === w)));
    const table = tables.find((t) => t.path !== FILTER) ?? tables[0];
    if (!table || tables.filter((t) => t.path !== FILTER).length > 1) return refuse(this.id, 'name one firewall table (filter, nat, mangle or raw)', example);
    says(frame, 'firewall', 'filter', 'filters', 'nat', 'mangle', 'raw', 'rules', 'rule', 'all', 'every', 'everything', 'flush', 'clear', 'empty', 'wipe', 'entries', 'ip');
    has(frame, 'all', 'rule');
    if (frame.places.length > 0) return refuse(this.id, 'removing every rule takes no side; name the rules by their comment to remove only some', example);
    const other = otherThan(frame, ['remove', 'flush']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do with removing every rule`, example);
    const warnings = [`Every rule of ${table.path} is removed (dynamic rules, which RouterOS adds itself, stay).`];
    if (table.path === FILTER) warnings.push('With no filter rules the router and everything behind it is open to the internet; add a basic firewall next ("set up a basic firewall"). Apply it in Safe Mode.');
    if (table.path === '/ip firewall nat') warnings.push('Without NAT rules, LAN hosts lose internet access through masquerade and port forwards stop.');
    return { kind: 'commands', rule: this.id, commands: [command(table.path, 'remove', [{ kind: 'positional', value: findWhere(table.path, { kind: 'unary', operator: '!', operand: { kind: 'field', name: 'dynamic' } }) }])], warnings };
  },
};

export const PROTECTION_FAMILY: IntentFamily = {
  id: 'protection',
  summary: 'router protection (the default configuration\'s basic firewall, FastTrack on/off, removing every rule of a firewall table)',
  example: BASIC_EXAMPLE,
  rules: [basicFirewallRule, fasttrackRule, removeAllRule],
};
