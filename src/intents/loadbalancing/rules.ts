/**
 * Load balancing over two WANs with PCC (manual: IP > Firewall > Mangle, "per-connection-classifier"; Routing >
 * Policy Routing): each new connection from the LAN is given to one WAN by a hash of its addresses, marked on its
 * connection, and routed by that mark through the WAN's own routing table; connections that come in on a WAN are
 * marked for it, so their replies leave the same way (the return path, for the router itself and for port forwards).
 *
 * What is written (RouterOS 7):
 * - `/routing table add name=to-<wan> fib` for each WAN;
 * - an address list `pcc-bypass` (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) and a mangle accept for LAN traffic to
 *   it, so traffic between local subnets (other VLANs, VPNs, the modem's own subnet) keeps using the main table;
 * - mangle: connections arriving on each WAN marked `<wan>-conn`; new LAN connections to non-local destinations split
 *   with `per-connection-classifier=both-addresses:2/0` and `2/1`; routing marks from the connection marks in
 *   prerouting (from the LAN) and output (the router's own replies);
 * - a default route per table (the other WAN as distance 2 in each, so a dead WAN's connections move over), and in
 *   the main table both WANs with distance 1 and 2, all with check-gateway=ping;
 * - masquerade out of each WAN.
 * With both WANs on DHCP the gateways are not known in advance: each DHCP client gets a script that adds its WAN's
 * table routes with the gateway it was given (`$"gateway-address"`) when bound and removes them when not, and the
 * clients' own default routes get distance 1 and 2 in the main table.
 */
import { command, find, named, negated, positional, str, word } from '../../ast/build.js';
import type { Command, Value } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import { printScript } from '../../rsc/print.js';
import type { Frame } from '../frame.js';
import { addressesOf, saysService } from '../../slots/keyed.js';
import { ok, refuse, type IntentFamily, type IntentRule } from '../types.js';
import { has, otherVerbs, says } from '../words.js';
import { BALANCE_WORDS, UPLINK_WORDS } from '../../../grammar/english/cues.js';
import { claim } from '../claims.js';

const EXAMPLE = 'Set up PCC load balancing over ether1 via 203.0.113.1 and ether2 via 198.51.100.1';
const DHCP_EXAMPLE = 'Set up PCC load balancing over ether1 and ether2, both DHCP';
const BYPASS = 'pcc-bypass';
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
const MANGLE = '/ip firewall mangle';

interface Wan {
  readonly name: string;
  /** The gateway address, or undefined when the WAN is on DHCP. */
  readonly gateway?: string;
}

const tableOf = (w: Wan): string => `to-${w.name}`;
const markOf = (w: Wan): string => `${w.name}-conn`;

/** The LAN side as mangle matchers: the lan option's interface list or interface. */
const lanMatch = (options: ResolvedOptions): Record<string, Value | string> => ('list' in options.lan ? { 'in-interface-list': options.lan.list } : { 'in-interface': options.lan.interface });

const route = (gateway: Value | string, table: string | undefined, distance: number, comment: string): Command =>
  command('/ip route', 'add', { 'dst-address': '0.0.0.0/0', gateway, ...(table ? { 'routing-table': str(table) } : {}), distance, 'check-gateway': 'ping', comment: str(comment) });

/** Greatest common divisor, to write 4:2 as 2:1. */
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function mangleRules(wans: readonly [Wan, Wan], classifier: string, options: ResolvedOptions, weights: readonly [number, number] = [1, 1]): Command[] {
  const lan = lanMatch(options);
  const out: Command[] = [
    command(MANGLE, 'add', { chain: 'prerouting', ...lan, 'dst-address-list': str(BYPASS), action: 'accept', comment: str('pcc: local destinations keep the main table') }),
  ];
  for (const w of wans) {
    out.push(command(MANGLE, 'add', { chain: 'prerouting', 'in-interface': w.name, 'connection-mark': 'no-mark', action: 'mark-connection', 'new-connection-mark': str(markOf(w)), passthrough: 'yes', comment: str(`pcc: connections in on ${w.name} stay on it`) }));
  }
  // Weights a:b are a+b classes of connections: the first a to the first WAN, the next b to the second.
  const total = weights[0] + weights[1];
  const share = (i: number): string => (total === 2 ? 'half of' : `${weights[i]} in ${total} of the`);
  wans.forEach((w, i) => {
    for (let k = 0; k < weights[i]!; k++) {
      out.push(command(MANGLE, 'add', {
        chain: 'prerouting', ...lan, 'dst-address-type': negated('local'), 'connection-mark': 'no-mark', 'per-connection-classifier': `${classifier}:${total}/${i === 0 ? k : weights[0] + k}`,
        action: 'mark-connection', 'new-connection-mark': str(markOf(w)), passthrough: 'yes', comment: str(`pcc: ${share(i)} new LAN connections to ${w.name}`),
      }));
    }
  });
  for (const w of wans) out.push(command(MANGLE, 'add', { chain: 'prerouting', ...lan, 'connection-mark': str(markOf(w)), action: 'mark-routing', 'new-routing-mark': str(tableOf(w)), passthrough: 'no', comment: str(`pcc: route ${w.name}'s connections through ${tableOf(w)}`) }));
  for (const w of wans) out.push(command(MANGLE, 'add', { chain: 'output', 'connection-mark': str(markOf(w)), action: 'mark-routing', 'new-routing-mark': str(tableOf(w)), passthrough: 'no', comment: str(`pcc: the router's replies on ${w.name} leave through it`) }));
  return out;
}

/** The DHCP client script of one WAN: its table routes (and the backup route in the other WAN's table) follow the gateway it is given. */
function clientScript(w: Wan, other: Wan): string {
  const comment = `pcc: ${w.name}`;
  const gateway: Value = { kind: 'variable', name: 'gateway-address' };
  const remove = command('/ip route', 'remove', [positional(find('/ip route', { comment: str(comment) }))]);
  const adds = [route(gateway, tableOf(w), 1, comment), route(gateway, tableOf(other), 2, comment)];
  const text = (cs: Command[]): string => printScript({ kind: 'script', statements: cs }).trim().split('\n').join('; ');
  return `:if ($bound = 1) do={ ${text([remove, ...adds])} } else={ ${text([remove])} }`;
}

/** Two WAN interfaces with their gateways ("ether1 via 203.0.113.1 and ether2 via 198.51.100.1") or on DHCP. */
function readWans(frame: Frame, id: string): { wans: [Wan, Wan]; dhcp: boolean } | { refusal: ReturnType<typeof refuse> } {
  const names = [...new Set(frame.interfaces.map((i) => i.value))];
  if (names.length !== 2) {
    return { refusal: refuse(id, names.length < 2
      ? 'it does not say which two interfaces are the WANs; name them ("over ether1 via 203.0.113.1 and ether2 via 198.51.100.1"): a wrong guess sends the LAN\'s traffic out of a LAN port'
      : `PCC here balances two WANs (${names.length} interfaces named)`, EXAMPLE) };
  }
  const read = addressesOf(frame, ['gateway']);
  if ('error' in read) return { refusal: refuse(id, read.error, EXAMPLE) };
  const gateways = read.addresses;
  const dhcp = saysService(frame, 'dhcp') || has(frame, 'dhcp-client');
  if (dhcp) {
    if (gateways.length > 0) return { refusal: refuse(id, 'it gives gateway addresses and says DHCP; PCC here takes both WANs with gateways, or both on DHCP', DHCP_EXAMPLE) };
    says(frame, 'dhcp', 'both', 'are', 'on', 'use', 'get', 'wans');
    return { wans: [{ name: names[0]! }, { name: names[1]! }], dhcp: true };
  }
  if (gateways.length !== 2) return { refusal: refuse(id, `it needs each WAN's gateway address (${gateways.length} given), or "both DHCP" when the WANs get their addresses by DHCP`, EXAMPLE) };
  const ips: string[] = [];
  for (const g of gateways) {
    if (g.value.kind !== 'ip' || g.value.port !== undefined) return { refusal: refuse(id, 'a gateway is one IPv4 address', EXAMPLE) };
    const first = Number(g.value.address.split('.')[0]);
    if (g.value.address === '0.0.0.0' || first === 127 || first >= 224) return { refusal: refuse(id, `${g.value.address} cannot be a gateway`, EXAMPLE) };
    ips.push(g.value.address);
  }
  if (ips[0] === ips[1]) return { refusal: refuse(id, 'both WANs are given the same gateway', EXAMPLE) };
  // Gateways pair with interfaces in the order both are named ("ether1 via A and ether2 via B", "A on ether1 and B on ether2", "ether1 and ether2 via A and B").
  const order = frame.interfaces.map((i) => frame.terms.indexOf(i.term));
  const gwOrder = gateways.map((g) => g.index);
  const interleaved = order[0]! < gwOrder[0]! && gwOrder[0]! < order[1]! && order[1]! < gwOrder[1]!;
  const gatewayFirst = gwOrder[0]! < order[0]! && order[0]! < gwOrder[1]! && gwOrder[1]! < order[1]!;
  const grouped = order[1]! < gwOrder[0]!;
  if (!interleaved && !gatewayFirst && !grouped) return { refusal: refuse(id, 'it is not clear which gateway belongs to which WAN; write each WAN with its gateway ("ether1 via 203.0.113.1 and ether2 via 198.51.100.1")', EXAMPLE) };
  return { wans: [{ name: names[0]!, gateway: ips[0]! }, { name: names[1]!, gateway: ips[1]! }], dhcp: false };
}

/** PCC load balancing over two WANs. */
export const pccRule: IntentRule = {
  id: 'load balancing: PCC over two WANs (mangle, routing tables, routes)',
  match: (frame) => (has(frame, 'load-balance', 'pcc') ? 75 : 0),
  build(frame, options) {
    const id = this.id;
    if (frame.negated) return refuse(id, 'the request is negated, so there is nothing to do', EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set', 'enable', 'use', 'balance'], BALANCE_WORDS);
    if (other.length > 0) return refuse(id, `"${other.join('", "')}" is not part of setting up load balancing`, EXAMPLE);
    // "two WANs", "2 ISPs": the count the family balances, not a weight.
    const counted = (n: { value: number; term: { normal: string } }): boolean => {
      const at = frame.terms.indexOf(n.term as never);
      // "two WANs", "two DHCP WANs", "2 ISP links"
      return n.value === 2 && [frame.terms[at + 1], frame.terms[at + 2]].some((next) => !!next && (UPLINK_WORDS.has(next.normal) || frame.places.some((p) => p.term === next)));
    };
    // "2:1", "a 3:1 ratio", "weighted 2 to 1": the shares of the two WANs, in the order they are named.
    const numberOf = (t: Frame['terms'][number] | undefined): number | undefined => (t && /^\d+$/.test(t.normal) ? Number(t.normal) : undefined);
    const ratio = frame.terms.flatMap((t, at) => {
      const a = numberOf(t);
      const second = t.after === ':' ? frame.terms[at + 1] : frame.terms[at + 1]?.normal === 'to' && says(frame, 'ratio', 'weight', 'weighted', 'weights') ? frame.terms[at + 2] : undefined;
      const b = numberOf(second);
      return a !== undefined && b !== undefined ? [{ a: { value: a, term: t }, b: { value: b, term: second! } }] : [];
    });
    if (ratio.length > 1) return refuse(id, 'it gives more than one ratio', EXAMPLE);
    const pair = ratio[0];
    if (pair && (pair.a.value < 1 || pair.b.value < 1)) return refuse(id, 'a ratio is two whole numbers of 1 or more ("2:1")', EXAMPLE);
    const divisor = pair ? gcd(pair.a.value, pair.b.value) : 1;
    const weights: [number, number] = pair ? [pair.a.value / divisor, pair.b.value / divisor] : [1, 1];
    if (weights[0] + weights[1] > 10) return refuse(id, `a ratio of ${weights[0]}:${weights[1]} takes ${weights[0] + weights[1]} mangle rules; give one that adds up to 10 or less ("3:1")`, EXAMPLE);
    if (pair) {
      claim(pair.a.term, pair.b.term);
      says(frame, 'ratio', 'weight', 'weighted', 'weights', 'to');
    }
    const stray = [...frame.services.filter((s) => s.value.name !== 'dhcp'), ...frame.ports, ...frame.protocols, ...frame.numbers.filter((n) => !counted(n) && n.term !== pair?.a.term && n.term !== pair?.b.term), ...frame.macs, ...frame.quoted].map((s) => s.term.text);
    if (stray.length > 0) return refuse(id, `"${stray.join('", "')}" has no place in PCC load balancing here (a split of all new LAN connections, even or by a ratio such as "2:1"; per-service balancing is not written)`, EXAMPLE);
    for (const p of frame.places) if (p.value === 'lan') return refuse(id, 'PCC balances WAN interfaces; the LAN side is the lan option', EXAMPLE);
    const read = readWans(frame, id);
    if ('refusal' in read) return read.refusal;
    const { wans, dhcp } = read;
    const lanInterface = 'interface' in options.lan ? options.lan.interface : undefined;
    if (wans.some((w) => w.name === lanInterface)) return refuse(id, `${lanInterface} is the LAN (the lan option), not a WAN`, EXAMPLE);
    const perPort = says(frame, 'ports', 'port');
    const classifier = perPort ? 'both-addresses-and-ports' : 'both-addresses';
    has(frame, 'load-balance', 'pcc', 'gateway', 'wan', 'internet', 'connection', 'traffic');
    for (const n of frame.numbers) void n;
    says(frame, 'over', 'between', 'across', 'via', 'through', 'and', 'two', 'both', 'isps', 'providers', 'gateways', 'wans', 'wan', 'links', 'isps', 'lines', 'uplinks', 'connections', 'with', 'using', 'addresses', 'per', 'including', 'include', 'connection', 'equally', 'evenly', 'out');

    const commands: Command[] = [];
    for (const w of wans) commands.push(command('/routing table', 'add', [named('name', str(tableOf(w))), positional(word('fib'))]));
    for (const prefix of PRIVATE) commands.push(command('/ip firewall address-list', 'add', { list: str(BYPASS), address: prefix, comment: str('pcc: local networks') }));
    commands.push(...mangleRules(wans, classifier, options, weights));
    const [a, b] = wans;
    if (dhcp) {
      commands.push(command('/ip dhcp-client', 'set', [positional(find('/ip dhcp-client', { interface: a.name })), named('default-route-distance', 1), named('script', str(clientScript(a, b)))]));
      commands.push(command('/ip dhcp-client', 'set', [positional(find('/ip dhcp-client', { interface: b.name })), named('default-route-distance', 2), named('script', str(clientScript(b, a)))]));
    } else {
      commands.push(route(a.gateway!, tableOf(a), 1, `pcc: ${a.name}`), route(b.gateway!, tableOf(a), 2, `pcc: ${b.name}`));
      commands.push(route(b.gateway!, tableOf(b), 1, `pcc: ${b.name}`), route(a.gateway!, tableOf(b), 2, `pcc: ${a.name}`));
      commands.push(route(a.gateway!, undefined, 1, `pcc: ${a.name}`), route(b.gateway!, undefined, 2, `pcc: ${b.name}`));
    }
    for (const w of wans) commands.push(command('/ip firewall nat', 'add', { chain: 'srcnat', 'out-interface': w.name, action: 'masquerade', comment: str(`pcc: masquerade out of ${w.name}`) }));

    const lanText = 'list' in options.lan ? `the ${options.lan.list} interface list` : options.lan.interface;
    const warnings = [
      `New connections from ${lanText} (the lan option) are split between ${a.name} and ${b.name} ${weights[0] === weights[1] ? `by per-connection-classifier=${classifier}:2/0 and 2/1` : `${weights[0]}:${weights[1]} (the first named gets the first share) by per-connection-classifier=${classifier}:${weights[0] + weights[1]}/0 to ${weights[0] + weights[1]}/${weights[0] + weights[1] - 1}`}${perPort ? ' (connections of one client to one server may leave by different WANs, which sites that tie a session to an address can reject)' : ': all connections between one client and one server use the same WAN, which keeps sessions on one public address'}.`,
      `Traffic from the LAN to ${PRIVATE.join(', ')} (address list ${BYPASS}) is not balanced and keeps the main table, so local subnets, VPNs and the modems stay reachable; add any public subnet you route locally to that list.`,
      dhcp
        ? `Both WANs are on DHCP: the DHCP clients on ${a.name} and ${b.name} must exist (this sets them; add them first with /ip dhcp-client add interface=...). Each client's script adds its WAN's table routes with the gateway the ISP gives and removes them when the lease is lost; their own default routes get distance 1 (${a.name}) and 2 (${b.name}) in the main table.`
        : `The main table has ${a.gateway} (distance 1) and ${b.gateway} (distance 2) for the router's own traffic; each WAN's table falls back to the other WAN (distance 2) when its gateway stops answering (check-gateway=ping).`,
      'Other default routes in the main table (a DHCP or PPPoE client\'s, a static one) with distance 1 or 2 take part too: remove them or give them a higher distance. FastTrack bypasses mangle for established connections, which PCC needs only for new ones; with FastTrack on, keep its rule from matching connections before they are marked.',
    ];
    return ok(id, commands, warnings);
  },
};

export const LOAD_BALANCING_FAMILY: IntentFamily = {
  id: 'load-balancing',
  summary: 'load balancing over two WANs with PCC (mangle connection and routing marks, routing tables, routes; static gateways or both WANs on DHCP)',
  example: EXAMPLE,
  rules: [pccRule],
};
