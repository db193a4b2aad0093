/**
 * Policy routing (manual: Routing > Policy Routing; IP > Firewall > Mangle, "mark-routing"): traffic from a host, a
 * subnet or an incoming interface through another gateway or routing table, whatever its destination. RouterOS 7
 * needs a routing table with `fib`, a default route in that table, and either a `/routing rule` that sends the source
 * to the table or a mangle rule that marks its packets with the table's name.
 *
 * Choices where a prompt is silent (each response says which it made):
 * - A /routing rule (not mangle), with `action=lookup-only-in-table`: if the other gateway fails, the traffic stops
 *   instead of leaving through the main gateway. "fall back to the main table" writes `action=lookup`.
 * - A table the prompt does not name is created as `via-<gateway>`; a named one is created only when the prompt says
 *   "new" or "create" (otherwise it must exist, as in the routes family).
 */
import { command, negated, str, word } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import { inPrefix, intToIp, networkOf } from '../../slots/ipv4.js';
import { claim } from '../claims.js';
import { MOVING_VERBS } from '../../../grammar/english/routing.js';
import type { Frame } from '../frame.js';
import { addressesOf, interfacesOf, nameAfterKey, saysService, saysVerb } from '../../slots/keyed.js';
import { addressText } from '../traffic.js';
import { ok, refuse, type IntentFamily, type IntentRule } from '../types.js';
import { has, isNoun, otherVerbs, says } from '../words.js';
import { STEERING_VERBS } from '../../../grammar/english/cues.js';

const EXAMPLE = 'Route traffic from 192.168.88.0/24 through gateway 10.0.0.2';
const TABLE_NAME = /^[A-Za-z][\w.-]{0,63}$/;
/** Nouns of families whose requests also name a gateway ("DHCP server ... gateway 10.0.0.1"). */
const OTHER_OBJECTS = ['dhcp-server', 'dhcp-client', 'lease', 'pool', 'dns-server', 'failover', 'load-balance', 'pcc', 'netwatch', 'recursive', 'queue', 'address-list'];

const aboutOthers = (frame: Frame): boolean => saysService(frame, 'dhcp') || has(frame, ...OTHER_OBJECTS);

/** "from 192.168.88.50", "from ether3": the clause routes by source. */
const bySource = (frame: Frame): boolean => frame.addresses.some((a) => a.role === 'from') || frame.interfaces.some((i) => i.role === 'from');

/**
 * "send 192.168.88.0/25 to table vpn", "make 192.168.88.77 go out gateway 192.168.2.1": the address right after a
 * verb that moves it is what is moved; whether that is the traffic it sends is decided with the LAN subnet (build).
 */
const movedHost = (frame: Frame): Frame['addresses'][number] | undefined => {
  const verb = frame.actions[0]?.term;
  if (!verb || !MOVING_VERBS.includes(verb.normal)) return undefined;
  const next = frame.terms[frame.terms.indexOf(verb) + 1];
  return frame.addresses.find((a) => a.term === next && a.role === 'subject');
};

/** "using mangle", "with a routing mark", "fall back to the main table": words only policy routing has. */
const policyWords = (frame: Frame): boolean => has(frame, 'routing-mark') || says(frame, 'mangle') || (says(frame, 'fall', 'fallback') && says(frame, 'back', 'main', 'fallback'));

/** "route 192.168.88.0/25 via 10.0.0.2 using mangle": a route verb, an address right after it, and a word only policy routing has. */
const routedHost = (frame: Frame): Frame['addresses'][number] | undefined => {
  const verb = frame.actions[0]?.term;
  if (!verb || !verb.meanings.some((m) => m.type === 'action' && m.value === 'route') || !policyWords(frame)) return undefined;
  const next = frame.terms[frame.terms.indexOf(verb) + 1];
  return frame.addresses.find((a) => a.term === next && a.role === 'subject');
};

function matches(frame: Frame): number {
  if (aboutOthers(frame)) return 0;
  if (has(frame, 'policy-routing', 'routing-rule')) return 80;
  if (routedHost(frame)) return 85;
  // (Where it goes is another address or a table: "make 10.0.0.1 the default gateway" names one address, the gateway.)
  if (movedHost(frame) && ((frame.addresses.length === 2 && (has(frame, 'gateway', 'next-hop') || frame.addresses.some((a) => a.role === 'on'))) || has(frame, 'table'))) return 80;
  const routing = saysVerb(frame, 'route', 'send', 'use', 'set', 'add') || has(frame, 'route', 'routing-mark');
  // "through the second gateway 10.0.0.2": another gateway for one source is policy routing, not failover.
  const target = has(frame, 'gateway', 'table', 'next-hop', 'backup-gateway') || frame.addresses.some((a) => a.role === 'on');
  if (bySource(frame) && routing && target) return 80;
  // "route 192.168.88.52 via 10.0.0.2 using a routing mark": a routing mark marks what a source sends, so the address
  // said with no "from"/"to" is the source.
  if (has(frame, 'routing-mark') && target && frame.addresses.some((a) => a.role === 'subject') && !frame.addresses.some((a) => a.role === 'to')) return 80;
  // "make 192.168.88.50 use gateway 10.0.0.2": a host made to use another gateway.
  if (saysVerb(frame, 'use') && has(frame, 'gateway') && frame.addresses.length === 2) return 75;
  return 0;
}

/** "route traffic from 192.168.88.50 via 10.0.0.2", "policy routing for 10.10.10.0/24 through table isp2", "send traffic from ether3 out gateway 10.0.0.2 using mangle". */
export const policyRouteRule: IntentRule = {
  id: 'policy routing: <source> via <gateway>|table <name> [rule|mangle]',
  match: matches,
  build(frame, options: ResolvedOptions) {
    const id = this.id;
    if (frame.negated) return refuse(id, 'the request is negated, so there is nothing to do', EXAMPLE);
    const other = otherVerbs(frame, ['route', 'send', 'use', 'set', 'add', 'force'], new Set([...STEERING_VERBS, ...MOVING_VERBS]));
    if (other.length > 0) return refuse(id, `"${other.join('", "')}" is not part of policy routing here`, EXAMPLE);
    const read = addressesOf(frame, ['gateway', 'table']);
    if ('error' in read) return refuse(id, read.error, EXAMPLE);
    const stray = [...frame.services, ...frame.ports, ...frame.protocols, ...frame.numbers, ...frame.macs].map((s) => s.term.text);
    if (stray.length > 0) return refuse(id, `policy routing here sends everything a source sends; "${stray.join('", "')}" (a service, port or protocol) is not matched (policy routing by port needs mangle rules this generator does not write)`, EXAMPLE);
    // The gateway: an address after "gateway"/"via"/"through", or the second of two ("make A use gateway B").
    const gateways = read.addresses.filter((a) => a.key === 'gateway' || a.role === 'on');
    let sources = read.addresses.filter((a) => !gateways.includes(a));
    // "send 192.168.88.0/25 to table vpn", "route 192.168.88.10 via 10.0.0.2 using mangle": an address with no "from" is
    // the traffic's source only when it is one of the LAN's (nobody routes traffic to their own LAN out another
    // gateway); elsewhere it could as well be where the traffic goes.
    const bare = routedHost(frame) ?? movedHost(frame);
    if (bare && !bySource(frame)) {
      const v = bare.value;
      const lan = options.lanSubnet;
      const inLan = (v.kind === 'ip' || v.kind === 'prefix') && inPrefix(v.address, lan.address, lan.length) && (v.kind === 'ip' || v.length >= lan.length);
      if (!inLan) return refuse(id, `${bare.term.text} is said without "from" and is not in the LAN subnet (${lan.address}/${lan.length}), so it could be where the traffic goes as well as where it comes from; say "traffic from ${bare.term.text}" (policy routing) or "to ${bare.term.text}" (a route)`, EXAMPLE);
    }
    const destination = sources.find((a) => a.role === 'to');
    if (destination) return refuse(id, `policy routing here matches the source only; a destination (${addressText(destination.value, true)}) with it is not written (for traffic to a destination, add a route to it)`, EXAMPLE);
    if (gateways.length > 1) return refuse(id, 'policy routing here sends a source through one gateway; for two, ask for load balancing or failover', EXAMPLE);
    const interfaces = interfacesOf(frame, options).filter((i) => i.role === 'from' || i.role === 'subject');
    if (interfaces.some((i) => i.from === 'lanBridge') && sources.length > 0) interfaces.splice(0, interfaces.length, ...interfaces.filter((i) => i.from !== 'lanBridge'));
    const outgoing = interfacesOf(frame, options).filter((i) => i.role === 'on' || i.role === 'to');
    if (outgoing.length > 0) return refuse(id, `a gateway here is an address ("via 10.0.0.2"); ${outgoing[0]!.name} as the way out is not written (an Ethernet interface as gateway needs proxy ARP)`, EXAMPLE);
    if (sources.length === 0 && interfaces.length === 0) return refuse(id, 'it does not say whose traffic (a host, a subnet, or an incoming interface: "from 192.168.88.0/24")', EXAMPLE);
    if (sources.length + interfaces.length > 1) return refuse(id, 'policy routing here takes one source (a host, a subnet or an interface); ask for each separately', EXAMPLE);
    const source = sources[0];
    let srcAddress: string | undefined;
    if (source) {
      const v = source.value;
      if (v.kind === 'ip' && v.port === undefined) srcAddress = `${v.address}/32`;
      else if (v.kind === 'prefix') {
        const network = intToIp(networkOf(v.address, v.length));
        if (network !== v.address) return refuse(id, `${v.address}/${v.length} is not a network address; the network is ${network}/${v.length}`, EXAMPLE);
        if (v.length === 0) return refuse(id, 'a source of 0.0.0.0/0 is all traffic: that is the default route, not policy routing', 'Add a default route via 10.0.0.2');
        srcAddress = `${v.address}/${v.length}`;
      } else return refuse(id, `a source here is an IPv4 host or subnet, not ${addressText(v, true)}`, EXAMPLE);
    }
    const inInterface = interfaces[0]?.name;
    // "route 192.168.88.52 via 10.0.0.2 using a routing mark": an address said without "from" is the source only when it
    // is on the LAN (a route to a LAN host through another gateway means nothing); elsewhere it could as well be a route
    // to it in a marked table, which is not guessed.
    if (source && !bySource(frame) && source.role === 'subject' && !saysVerb(frame, 'use') && !has(frame, 'policy-routing', 'routing-rule')) {
      const v = source.value;
      const lan = options.lanSubnet;
      const onLan = (v.kind === 'ip' || v.kind === 'prefix') && inPrefix(v.address, lan.address, lan.length) && (v.kind === 'ip' || v.length >= lan.length);
      if (!onLan) return refuse(id, `${addressText(v, true)} is said without "from": with a routing mark it could be the traffic's source or a route to it in the marked table; say "traffic from ${addressText(v, true)}" or "a route to ${addressText(v, true)}"`, EXAMPLE);
    }

    // The table: named ("table isp2"), or one for the gateway.
    const tableSaid = has(frame, 'table');
    const named = tableSaid ? nameAfterKey(frame, ['table']) ?? tableWordAfter(frame) : undefined;
    if (tableSaid && !named && gateways.length === 0) return refuse(id, 'it names a routing table but not which one', 'Route traffic from 192.168.88.0/24 through routing table isp2');
    if (named && (!TABLE_NAME.test(named.text) || named.text === 'main')) return refuse(id, `"${named.text}" is not usable as the routing table here (the main table is what traffic uses anyway)`, EXAMPLE);
    const gateway = gateways[0]?.value;
    if (gateway && (gateway.kind !== 'ip' || gateway.port !== undefined)) return refuse(id, `a gateway is one IPv4 address, not ${addressText(gateway, true)}`, EXAMPLE);
    const gatewayAddress = gateway?.kind === 'ip' ? gateway.address : undefined;
    if (!gatewayAddress && !named) return refuse(id, 'it does not say where the traffic goes: a gateway ("via 10.0.0.2") or a routing table ("table isp2")', EXAMPLE);
    if (gatewayAddress) {
      const first = Number(gatewayAddress.split('.')[0]);
      if (gatewayAddress === '0.0.0.0' || first === 127 || first >= 224) return refuse(id, `${gatewayAddress} cannot be a gateway`, EXAMPLE);
      if (srcAddress === `${gatewayAddress}/32`) return refuse(id, 'the source and the gateway are the same address', EXAMPLE);
    }
    const table = named?.text ?? `via-${gatewayAddress}`;
    const createTable = named ? says(frame, 'new', 'create') || saysVerb(frame, 'create') : true;
    const mangle = has(frame, 'routing-mark') || says(frame, 'mangle');
    const fallback = says(frame, 'fallback', 'fall') && (says(frame, 'back', 'main') || says(frame, 'fallback'));
    if (mangle && fallback) return refuse(id, 'a mangle routing mark always uses its table (a route missing there falls back to main only through a routing rule); ask for one or the other', EXAMPLE);
    if (has(frame, 'primary-gateway')) return refuse(id, 'policy routing sends a source through another gateway; "primary" belongs to failover (ask for failover between two gateways)', EXAMPLE);
    has(frame, 'policy-routing', 'routing-rule', 'backup-gateway', 'gateway', 'route', 'traffic', 'all', 'internet', 'next-hop', 'host', 'subnet');
    says(frame, 'via', 'through', 'out', 'using', 'with', 'table', 'to', 'the', 'its', 'main', 'back', 'other', 'second', 'another', 'different', 'only', 'everything', 'all', 'internet', 'default', 'subnet', 'host', 'from', 'make', 'for', 'of', 'instead', 'rule', 'rules', 'a');
    for (const a of frame.actions) isNoun(a.term, 'route');
    for (const p of frame.places) if (p.value !== 'router' && p.value !== 'wan') return refuse(id, `"${p.term.text}" is not a source policy routing here can match; give the subnet ("from 192.168.88.0/24") or the interface`, EXAMPLE);

    const commands: Command[] = [];
    if (createTable) commands.push(command('/routing table', 'add', [{ kind: 'named', name: 'name', value: str(table) }, { kind: 'positional', value: word('fib') }]));
    if (gatewayAddress) commands.push(command('/ip route', 'add', { 'dst-address': '0.0.0.0/0', gateway: gatewayAddress, 'routing-table': str(table) }));
    const who = srcAddress?.replace(/\/32$/, '') ?? `in-interface ${inInterface}`;
    const label = `policy routing: ${srcAddress?.replace(/\/32$/, '') ?? inInterface} via ${gatewayAddress ?? table}`;
    if (mangle) {
      commands.push(command('/ip firewall mangle', 'add', {
        chain: 'prerouting', 'src-address': srcAddress, 'in-interface': inInterface, 'dst-address-type': negated('local'),
        action: 'mark-routing', 'new-routing-mark': str(table), passthrough: 'no', comment: str(label),
      }));
    } else {
      commands.push(command('/routing rule', 'add', {
        'src-address': srcAddress, interface: inInterface, action: fallback ? 'lookup' : 'lookup-only-in-table', table: str(table), comment: str(label),
      }));
    }
    const warnings: string[] = [];
    if (!named) warnings.push(`The routing table was named ${table}; say "table <name>" to choose it.`);
    if (named && !createTable) warnings.push(`The routing table ${table} must exist (/routing table add name=${table} fib)${gatewayAddress ? '' : ' with a default route in it'}; say "new table ${table}" to create it.`);
    if (mangle) warnings.push(`Mangle marks new packets from ${who} (not those to the router itself, dst-address-type=!local) with the routing mark ${table}, so they use that table; if ${gatewayAddress ?? 'its gateway'} is unreachable, marked traffic has no route.`);
    else if (fallback) warnings.push(`action=lookup: traffic from ${who} uses the table ${table}, and falls back to the main table when ${table} has no active route (its gateway is down).`);
    else warnings.push(`action=lookup-only-in-table: traffic from ${who} uses only the table ${table}; if ${gatewayAddress ?? 'its gateway'} goes down it is dropped, not sent out the main gateway (say "fall back to the main table" for action=lookup).`);
    warnings.push(`All traffic from ${who} is affected, also to your other local subnets and VPNs, which the table ${table} does not know: add a rule sending those destinations to the main table first (/routing rule add dst-address=<subnet> action=lookup table=main, placed before this one) if ${who} must reach them. Masquerade on the interface toward ${gatewayAddress ?? 'the gateway'} must exist for internet traffic.`);
    return ok(id, commands, warnings);
  },
};

/**
 * "to new table vpn": a word after "table" that is some word of ours ("vpn", "guest") is still the table's name when
 * nothing else follows it or a preposition or value does; read here.
 */
function tableWordAfter(frame: Frame): { text: string; index: number } | undefined {
  const at = frame.terms.findIndex((t) => t.normal === 'table' || t.normal === 'routing table');
  const t = frame.terms[at + 1];
  if (at < 0 || !t || t.technical !== undefined || !TABLE_NAME.test(t.text) || t.normal === 'main') return undefined;
  if (t.meanings.some((m) => m.type === 'role' || m.type === 'filler' || m.type === 'action') || t.negative) return undefined;
  const after = frame.terms[at + 2];
  if (after && !after.meanings.some((m) => m.type === 'role') && after.technical === undefined && !after.meanings.some((m) => m.type === 'filler')) return undefined;
  claim(t);
  return { text: t.text, index: at + 1 };
}

export const POLICY_ROUTING_FAMILY: IntentFamily = {
  id: 'policy-routing',
  summary: 'policy routing (a host, subnet or incoming interface through another gateway or routing table, by a routing rule or a mangle routing mark)',
  example: EXAMPLE,
  rules: [policyRouteRule],
};
