/**
 * Diagnostics and read-only commands (manual: Tools > Ping, Traceroute;
 * Log): ping and traceroute from the router, print for the common menus,
 * the log filtered by topic. `/tool ping` is in every RouterOS 7 tree we
 * check (7.22.3, 7.24); the root `/ping` was removed in 7.23.
 */
import { command, str } from '../../ast/build.js';
import type { Arg } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Frame } from '../frame.js';
import { addressText, addressValue } from '../traffic.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, isNoun, leads, says } from '../words.js';
import { PING_SETTING_WORDS, TIMES_WORDS } from '../../../grammar/english/cues.js';
import { logTopics, sectionOf } from '../system/rules.js';
import { claim, needsReading } from '../claims.js';
import { menuNamed } from './menus.js';
import { TOOL_RULES } from './tools.js';

const startsWith = (frame: Frame, ...words: string[]): boolean => {
  const first = frame.terms.find((t) => !t.meanings.every((m) => m.type === 'filler') || t.meanings.length === 0);
  return !!first && words.includes(first.normal);
};

function probe(frame: Frame, options: ResolvedOptions, tool: 'ping' | 'traceroute', id: string): IntentResult {
  const example = tool === 'ping' ? 'Ping 8.8.8.8 5 times' : 'Traceroute to 1.1.1.1';
  const targets = frame.addresses.filter((a) => a.role !== 'from').map((a) => a.value);
  const sources = frame.addresses.filter((a) => a.role === 'from').map((a) => a.value);
  if (targets.length !== 1) return refuse(id, targets.length === 0 ? `it does not say what to ${tool}` : `${tool} one address at a time`, example);
  const target = targets[0]!;
  if (target.kind !== 'ip' && target.kind !== 'hostname' && target.kind !== 'ip6') return refuse(id, `${addressText(target)} is not one address`, example);
  if (target.kind === 'ip' && target.port !== undefined) return refuse(id, `${tool} does not take a port`, example);
  // A number is the count when "times"/"pings" follows it, "count" comes before it, or it ends the clause;
  // "size 100", "1400 byte packets" or "ttl 5" are settings this rule does not write, never a count.
  const counts: number[] = frame.terms.flatMap((t) => (t.normal in TIMES_WORDS ? [TIMES_WORDS[t.normal]!] : []));
  for (const n of frame.numbers) {
    const at = frame.terms.indexOf(n.term);
    const next = frame.terms[at + 1];
    const prev = frame.terms[at - 1];
    const setting = frame.terms.find((t) => PING_SETTING_WORDS.has(t.normal));
    if (setting) return refuse(id, `the ${tool}'s ${setting.text} is not set here (only the count, interface and source address); ask without it`, example);
    if (isNoun(next, 'times') || isNoun(prev, 'times') || next === undefined) counts.push(n.value);
    else return refuse(id, `it is not clear what ${n.value} is; say "${n.value} times" for the count`, example);
  }
  if (counts.length > 1) return refuse(id, 'it gives more than one count', example);
  const count = counts[0] ?? (tool === 'ping' ? 4 : 3);
  if (count < 1 || count > 1000) return refuse(id, 'the count must be 1 to 1000', example);
  const args: Arg[] = [{ kind: 'positional', value: addressValue(target) }, { kind: 'named', name: 'count', value: { kind: 'number', value: count } }];
  if (frame.interfaces.length > 1) return refuse(id, `${tool} from one interface at a time`, example);
  if (frame.interfaces[0]) args.push({ kind: 'named', name: 'interface', value: { kind: 'word', text: frame.interfaces[0].value } });
  if (sources[0] && sources[0].kind === 'ip') args.push({ kind: 'named', name: 'src-address', value: addressValue(sources[0]) });
  // "from the wan interface": an interface list has no one interface to ping from, unless the option names one.
  const place = frame.places.find((p) => p.value === 'wan' || p.value === 'lan');
  if (place && !frame.interfaces[0]) {
    const side = place.value === 'wan' ? options.wan : options.lan;
    if (!('interface' in side)) return refuse(id, `the ${place.value.toUpperCase()} side is the interface list ${side.list}; name the interface to ${tool} from (e.g. ether1)`, example);
    args.push({ kind: 'named', name: 'interface', value: { kind: 'word', text: side.interface } });
  }
  const warnings = counts.length === 0 ? [`No count was given: ${count} ${tool === 'ping' ? 'pings' : 'rounds'} are sent, so the command ends by itself.`] : [];
  return ok(id, [command('/tool', tool, args)], warnings);
}

export const pingRule: IntentRule = {
  id: 'diagnostics: ping <address> [count] [interface]',
  match: (frame) => ((startsWith(frame, 'ping') || (leads(frame, 'run') && says(frame, 'ping'))) && frame.addresses.length > 0 && !asks(frame, 'block', 'allow', 'forward') ? 45 : 0),
  build(frame, options) {
    return probe(frame, options, 'ping', this.id);
  },
};

export const tracerouteRule: IntentRule = {
  id: 'diagnostics: traceroute <address>',
  // Above the route family's 50: "trace the route to 1.0.0.1" is no route to add.
  match: (frame) => (leads(frame, 'traceroute') || (leads(frame, 'run') && asks(frame, 'traceroute')) ? 55 : 0),
  build(frame, options) {
    return probe(frame, options, 'traceroute', this.id);
  },
};

/** Menus people ask to see, beyond the export sections. */
/**
 * Menus people ask to see, beyond the export sections. `first`: a name that also holds the words of another menu's
 * path ("the connection tracking table" is the connections, not /ip firewall connection tracking's settings).
 */
const PRINTABLE: readonly { nouns?: readonly string[]; words?: readonly string[]; path: string; first?: true }[] = [
  { nouns: ['resource'], path: '/system resource' },
  { nouns: ['leases'], path: '/ip dhcp-server lease' },
  { nouns: ['routes'], path: '/ip route' },
  // ("show the failover routes": the routes with check-gateway are routes.)
  { nouns: ['failover'], path: '/ip route' },
  { nouns: ['arp'], path: '/ip arp' },
  { nouns: ['conntrack-table'], path: '/ip firewall connection', first: true },
  { nouns: ['user'], path: '/user' },
  { nouns: ['peer'], path: '/interface wireguard peers' },
  { nouns: ['identity'], path: '/system identity' },
  { nouns: ['clock', 'time', 'timezone'], path: '/system clock' },
  { nouns: ['package'], path: '/system package' },
  { nouns: ['ntp'], path: '/system ntp client' },
];

/** "show the logs about the firewall", "print the routing table", "show me the firewall rules", "display cpu usage". */
export const printRule: IntentRule = {
  id: 'diagnostics: print <menu> | log print [topic]',
  match: (frame) => (leads(frame, 'show', 'list') || (startsWith(frame, 'what', 'list') && frame.actions.length === 0) ? 45 : 0),
  build(frame) {
    const example = 'Show the firewall rules';
    if (has(frame, 'logs', 'log') || frame.terms.some((t) => t.normal === 'log' || t.normal === 'logs')) {
      const topics = logTopics(frame);
      if (topics.length > 1) return refuse(this.id, 'show the log for one topic at a time', 'Show the log entries about the firewall');
      const where = topics[0] ? [{ kind: 'named' as const, name: 'where', value: { kind: 'expression' as const, expression: { kind: 'binary' as const, operator: '~' as const, left: { kind: 'field' as const, name: 'topics' }, right: { kind: 'value' as const, value: str(topics[0]) } } } }] : [];
      return ok(this.id, [command('/log', 'print', where)]);
    }
    // Any menu the schema knows, named by the words of its path ("dhcp leases", "ip addresses", "bridge ports").
    const lead = frame.actions[0]?.term;
    const first = PRINTABLE.find((p) => p.first && frame.terms.some((t) => isNoun(t, ...(p.nouns ?? []))));
    if (first) return ok(this.id, [command(first.path, 'print')]);
    const named = menuNamed(frame.terms.filter((t) => t !== lead && needsReading(t)));
    if (named.kind === 'menu') {
      claim(...named.terms);
      return ok(this.id, [command(`/${named.path.join(' ')}`, 'print')]);
    }
    const extra = PRINTABLE.find((p) => frame.terms.some((t) => isNoun(t, ...(p.nouns ?? []))));
    const path = extra?.path ?? sectionOf(frame);
    if (!path && named.kind === 'ambiguous') return refuse(this.id, `it could name any of ${named.paths.map((p) => '/' + p.split('/').filter(Boolean).join(' ')).join(', ')}; say which`, example);
    if (!path) return refuse(this.id, 'it does not say what to show (firewall rules, routes, users, queues, logs, ...)', example);
    return ok(this.id, [command(path, 'print')]);
  },
};

export const DIAGNOSTICS_FAMILY: IntentFamily = {
  id: 'diagnostics',
  reads: { nouns: ['all', 'routes', 'failover', 'leases', 'arp', 'resource', 'neighbors', 'interfaces', 'addresses', 'times', 'route', 'rule', 'log'], words: ['ping', 'pign', 'twice', 'thrice', 'once', 'count', 'firewall', 'filter', 'rules', 'mangle', 'nat', 'raw', 'queues', 'queue', 'interfaces', 'system', 'scheduler', 'wireguard', 'peers', 'status', 'usage', 'route', 'about', 'users', 'logs', 'log', 'traceroute'] }, example: 'Ping 8.8.8.8 5 times', summary: 'diagnostics and read-only commands (ping, traceroute, print of any menu, logs by topic, torch, monitor-traffic, packet sniffer, bandwidth test)',
  rules: [pingRule, tracerouteRule, printRule, ...TOOL_RULES],
};
