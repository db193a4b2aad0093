/**
 * Static routing (manual: IP > Routing, Routing > Policy Routing): default
 * routes, routes to a prefix via a gateway address or interface, distance,
 * blackholes, IPv6 routes, routing tables, changing a route's gateway, and
 * removing or disabling static routes.
 *
 * Choices where a prompt is silent (each response says which it made):
 * - A single address as destination is a host route (/32, /128).
 * - Removing, disabling or changing finds static routes only (`dynamic=no`):
 *   routes from DHCP, PPPoE or routing protocols belong to their source.
 * - A routing table is only created when the prompt asks for it ("create
 *   table isp2", "in a new table isp2"); otherwise it must exist.
 */
import { command, find, named, positional, str, word, type ValueInput } from '../../ast/build.js';
import type { Arg, Command } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import { intToIp, networkOf } from '../../slots/ipv4.js';
import { addressesOf, interfacesOf, keyAt, nameAfterKey, saysService, saysVerb, type Located } from '../../slots/keyed.js';
import { has, isNoun } from '../words.js';
import { ROUTE_CHANGE_WORDS } from '../../../grammar/english/cues.js';
import { FAILOVER_ROLES } from '../../../grammar/english/protection.js';
import type { Address, Frame } from '../frame.js';
import { addressText } from '../traffic.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';

const ROUTE = ['ip', 'route'];
const ROUTE6 = ['ipv6', 'route'];
const TABLE = ['routing', 'table'];

const EXAMPLE = 'Add a route to 10.10.0.0/16 via 192.168.1.2';
const DEFAULT_EXAMPLE = 'Add a default route via 203.0.113.1';

/** Words that make a clause another family's: a PPPoE client's default route, a DHCP client's, a VPN's. */
const OTHER_OBJECTS = ['dhcp-server', 'dhcp-client', 'lease', 'pppoe', 'vpn', 'wireguard', 'l2tp-server', 'eoip', 'tunnel', 'peer', 'queue', 'address-list', 'dns-server', 'dns-entry'];

function aboutRoutes(frame: Frame): boolean {
  if (saysService(frame, 'dhcp') || has(frame, ...OTHER_OBJECTS)) return false;
  return has(frame, 'route', 'default-route', 'default-gateway', 'blackhole', 'next-hop', 'table') || saysVerb(frame, 'route', 'blackhole');
}

const isResult = (x: unknown): x is IntentResult => typeof x === 'object' && x !== null && 'kind' in x;

/** "change/replace/update/modify/switch": the clause changes an existing route. */
function changes(frame: Frame): boolean {
  if (frame.actions.some((a) => ROUTE_CHANGE_WORDS.has(a.term.normal))) return true;
  // "set the default gateway to 192.168.1.254": there is one default gateway, so setting it replaces the one there
  // (adding a second default route of the same distance would share traffic between them). "Add" still adds.
  // "Set a (new, second) default route" is another one: only "the default gateway" names the one there.
  const another = frame.terms.some((t, i) => /^(?:a|an|another|new|second)$/.test(t.normal) && frame.terms.slice(i + 1, i + 3).some((n) => /^default\b/.test(n.normal)));
  return frame.actions.some((a) => a.term.normal === 'set') && wantsDefault(frame) && !saysVerb(frame, 'add') && !another;
}

function wantsDefault(frame: Frame): boolean {
  if (has(frame, 'default-route', 'default-gateway') || frame.terms.some((t, i) => isNoun(t, 'default') && isNoun(frame.terms[i + 1], 'route', 'gateway'))) return true;
  // Routing all traffic is the default route.
  const first = frame.actions[0];
  return first?.value === 'route' && frame.actions.length === 1 && has(frame, 'all') && !frame.addresses.some((a) => a.value.kind === 'prefix' || a.role === 'to');
}


/** A destination as RouterOS writes it, refusing one with host bits set ("10.10.1.0/16"). */
function destination(a: Address, id: string): { text: string; v6: boolean; isDefault: boolean } | IntentResult {
  if (a.kind === 'prefix') {
    const network = intToIp(networkOf(a.address, a.length));
    if (network !== a.address) return refuse(id, `${a.address}/${a.length} is not a network address (it has host bits set); the network is ${network}/${a.length}`, EXAMPLE);
    return { text: `${a.address}/${a.length}`, v6: false, isDefault: a.length === 0 };
  }
  if (a.kind === 'ip') return { text: `${a.address}/32`, v6: false, isDefault: false };
  if (a.kind === 'ip6') {
    const length = a.length ?? 128;
    if (length !== 128 && !ipv6IsNetwork(a.address, length)) return refuse(id, `${a.address}/${length} is not a network address (it has host bits set)`, 'Add an IPv6 route to 2001:db8:10::/48 via 2001:db8::1');
    return { text: `${a.address}/${length}`, v6: true, isDefault: length === 0 };
  }
  return refuse(id, `a route goes to an address or prefix, not ${addressText(a, true)}`, EXAMPLE);
}

/** Does an IPv6 prefix have no bits set past its length? */
function ipv6IsNetwork(address: string, length: number): boolean {
  const [head = '', tail = ''] = address.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  const bits = groups.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
  return !bits.slice(length).includes('1');
}

const isLinkLocal = (address: string): boolean => /^fe[89ab]/i.test(address);

interface Gateway {
  readonly value: string;
  readonly warnings: string[];
}

/** The gateway: an address (via/through/gateway/next hop), an interface, or both (`address%interface`). */
function gatewayOf(frame: Frame, options: ResolvedOptions, gateways: Located<Address>[], v6: boolean, id: string): Gateway | undefined | IntentResult {
  const warnings: string[] = [];
  if (gateways.length > 1) return refuse(id, 'a route here has one gateway; for two paths add two routes (same distance to share, different distances for a backup)', EXAMPLE);
  const interfaces = interfacesOf(frame, options).filter((i) => i.role !== 'from');
  const names = [...new Set(interfaces.map((i) => i.name))];
  if (names.length > 1) return refuse(id, `it names several interfaces (${names.join(', ')}); a route leaves through one`, EXAMPLE);
  let iface = names[0];
  if (!iface && frame.places.some((p) => p.value === 'wan' && p.role !== 'from')) {
    if ('list' in options.wan) {
      if (gateways.length === 0) return refuse(id, `"WAN" is the interface list ${options.wan.list}, which cannot be a gateway; give the gateway address (or pass the wan option as an interface)`, DEFAULT_EXAMPLE);
    } else {
      iface = options.wan.interface;
      warnings.push(`"WAN" was taken to mean interface ${iface} (the wan option).`);
    }
  }
  const address = gateways[0]?.value;
  if (!address) {
    if (!iface) return undefined;
    if (/^(?:ether|sfp|combo|bridge|vlan|wlan|wifi|bond|qsfp)/i.test(iface)) {
      warnings.push(`${iface} is an Ethernet-like interface: a route with only the interface as gateway works only if the next router answers ARP for every destination (proxy ARP). Give the next-hop address ("via 192.168.1.2") unless you know it does.`);
    }
    return { value: iface, warnings };
  }
  if (address.kind === 'ip' && address.port === undefined) {
    if (v6) return refuse(id, 'the route mixes an IPv6 destination and an IPv4 gateway', 'Add an IPv6 route to 2001:db8:10::/48 via 2001:db8::1');
    const a = address.address;
    const first = Number(a.split('.')[0]);
    if (a === '0.0.0.0' || a === '255.255.255.255' || first === 127 || first >= 224) return refuse(id, `${a} cannot be a gateway`, EXAMPLE);
    return { value: iface ? `${a}%${iface}` : a, warnings };
  }
  if (address.kind === 'ip6' && address.length === undefined) {
    if (!v6) return refuse(id, 'the route mixes an IPv4 destination and an IPv6 gateway', EXAMPLE);
    if (isLinkLocal(address.address) && !iface) return refuse(id, `${address.address} is a link-local address, which is only meaningful with the interface it is on`, 'Add an IPv6 default route via fe80::1 on ether1');
    return { value: iface ? `${address.address}%${iface}` : address.address, warnings };
  }
  return refuse(id, `the gateway must be one address, not ${addressText(address, true)}`, EXAMPLE);
}

/** The distance ("distance 5", "metric 10"); numbers for nothing else are refused. */
function distanceOf(frame: Frame, id: string, loose = false): { value: number | undefined; warnings: string[] } | IntentResult {
  const warnings: string[] = [];
  let value: number | undefined;
  // "change the distance of the route to 10.10.0.0/16 to 5": one number, and "distance" said earlier.
  const only = loose && frame.numbers.length === 1 && has(frame, 'distance', 'metric');
  for (const n of frame.numbers) {
    const index = frame.terms.indexOf(n.term);
    const key = only ? 'distance' : keyAt(frame.terms, index, ['distance']);
    if (key !== 'distance') return refuse(id, `it is not clear what ${n.value} is for; say "distance ${n.value}" for the route's distance`, 'Add a default route via 203.0.113.1 with distance 2');
    if (value !== undefined) return refuse(id, 'it gives more than one distance', 'Add a default route via 203.0.113.1 with distance 2');
    if (n.value < 1 || n.value > 255) return refuse(id, `a static route's distance is 1-255, not ${n.value}`, 'Add a default route via 203.0.113.1 with distance 2');
    value = n.value;
  }
  if (value !== undefined && has(frame, 'metric') && !has(frame, 'distance')) warnings.push(`RouterOS static routes have no metric; ${value} was used as the distance (lower wins).`);
  return { value, warnings };
}

/** routing-table=, and whether the prompt asks to create the table. */
function tableOf(frame: Frame, id: string): { name: string | undefined; create: boolean } | IntentResult {
  if (!has(frame, 'table')) return { name: undefined, create: false };
  const named = nameAfterKey(frame, ['table', 'comment', 'name']);
  if (!named) {
    if (frame.terms.some((t) => isNoun(t, 'main'))) return { name: undefined, create: false };
    return refuse(id, 'it names a routing table but not which one', 'Add a default route via 10.0.0.2 in routing table isp2');
  }
  if (!/^[A-Za-z][\w.-]{0,63}$/.test(named.text)) return refuse(id, `"${named.text}" is not usable as a routing table name (letters, digits, - _ .)`, 'Add a default route via 10.0.0.2 in routing table isp2');
  const create = frame.terms.some((t, i) => isNoun(frame.terms[i + 1], 'table') && (t.normal === 'new' || t.normal === 'a new')) || (saysVerb(frame, 'add') && frame.actions.some((a) => isNoun(frame.terms[frame.terms.indexOf(a.term) + 1], 'table') || isNoun(frame.terms[frame.terms.indexOf(a.term) + 2], 'table')));
  if (named.text === 'main') return { name: undefined, create: false };
  return { name: named.text, create };
}

interface Parsed {
  readonly destinations: { text: string; v6: boolean; isDefault: boolean }[];
  readonly gateways: Located<Address>[];
}

/** Which addresses are destinations and which the gateway. */
function parse(frame: Frame, id: string, needsDestination: boolean): Parsed | IntentResult {
  const read = addressesOf(frame, ['gateway']);
  if ('error' in read) return refuse(id, read.error, EXAMPLE);
  const addresses = read.addresses;
  if (addresses.some((a) => a.role === 'from') || frame.interfaces.some((i) => i.role === 'from')) return refuse(id, 'routing by where traffic comes from (a source address or incoming interface) is policy routing: say which gateway or routing table it goes through ("route traffic from 192.168.88.0/24 via 10.0.0.2"); a route by destination and a source together are not written', EXAMPLE);
  const hostname = addresses.find((a) => a.value.kind === 'hostname');
  if (hostname) return refuse(id, `a route needs an address, not the name ${addressText(hostname.value, true)}`, EXAMPLE);
  let gateways = addresses.filter((a) => a.key === 'gateway' || (a.role === 'on' && a.value.kind !== 'prefix' && !(a.value.kind === 'ip6' && a.value.length !== undefined)));
  let rest = addresses.filter((a) => !gateways.includes(a));
  const isDefault = wantsDefault(frame);
  const prefixes = rest.filter((a) => a.value.kind === 'prefix' || (a.value.kind === 'ip6' && a.value.length !== undefined));
  const hosts = rest.filter((a) => !prefixes.includes(a));
  // "route 10.10.0.0/16 to 192.168.1.2", "add default route 10.0.0.1": the lone address is the next hop.
  if (gateways.length === 0 && hosts.length === 1 && (prefixes.length > 0 || isDefault)) {
    gateways = hosts;
    rest = prefixes;
  }
  // "route 192.168.88.50 to 8.8.8.8 via 10.2.0.1": an address before "to" another is where traffic comes from, not a
  // second destination (a route is by destination only; traffic from a host goes by policy routing).
  const at = (a: Located<Address>): number => frame.terms.indexOf(a.term);
  const toward = rest.find((a) => a.role === 'to');
  const before = toward ? rest.find((a) => a.role !== 'to' && at(a) < at(toward)) : undefined;
  if (toward && before) return refuse(id, `"${before.term.text} to ${toward.term.text}" reads as traffic from ${before.term.text} to ${toward.term.text}; a route goes by destination only: say "route traffic from ${before.term.text} via <gateway>" (policy routing) or "add a route to ${toward.term.text} via <gateway>"`, EXAMPLE);
  const destinations: { text: string; v6: boolean; isDefault: boolean }[] = [];
  for (const a of rest) {
    const d = destination(a.value, id);
    if (isResult(d)) return d;
    destinations.push(d);
  }
  const v6 = has(frame, 'ipv6') || [...destinations].some((d) => d.v6) || gateways.some((g) => g.value.kind === 'ip6');
  if (isDefault) {
    if (destinations.some((d) => !d.isDefault)) return refuse(id, 'it asks for a default route and gives another destination; ask for each route separately', DEFAULT_EXAMPLE);
    if (destinations.length === 0) destinations.push({ text: v6 ? '::/0' : '0.0.0.0/0', v6, isDefault: true });
  }
  if (needsDestination && destinations.length === 0) return refuse(id, 'it does not say where the route goes (a prefix like 10.10.0.0/16, or "default route")', EXAMPLE);
  if (new Set(destinations.map((d) => d.v6)).size > 1) return refuse(id, 'it mixes IPv4 and IPv6 destinations; ask for each family separately', EXAMPLE);
  return { destinations, gateways };
}

// ---------------------------------------------------------------------------

/** "add a default route via 203.0.113.1", "route 10.10.0.0/16 via 192.168.1.2 with distance 5", "blackhole 192.0.2.0/24", "add an IPv6 default route via fe80::1 on ether1". */
export const routeAddRule: IntentRule = {
  id: 'route: add <destination> via <gateway>|blackhole',
  match(frame) {
    // Without a route word: "add 10.20.0.0/16 via 192.168.1.1" (a prefix and a next-hop address after via/through).
    const viaHop = frame.addresses.some((a) => a.role === 'on' && a.value.kind === 'ip') && frame.addresses.some((a) => a.role !== 'on' && a.value.kind === 'prefix');
    if (!aboutRoutes(frame) && !(saysVerb(frame, 'add', 'set') && viaHop && !has(frame, ...OTHER_OBJECTS, 'vlan', 'bridge', 'interface'))) return 0;
    // "drop all traffic to 10.66.0.0/16 with a blackhole route": the route named outright beats the filter verb.
    if ((saysVerb(frame, 'blackhole') || has(frame, 'blackhole')) && !saysVerb(frame, 'remove', 'disable')) return 50;
    if (saysVerb(frame, 'remove', 'disable', 'block', 'flush', 'forward', 'redirect', 'masquerade', 'allow')) return 0;
    if (changes(frame)) return 0;
    if (!aboutRoutes(frame)) return 30;
    const where = frame.addresses.length > 0 || frame.interfaces.length > 0;
    if (frame.actions.length === 0) return where ? 40 : 0;
    // "add a backup default route via ...": a route with its addresses beats a bare "add backup".
    if (saysVerb(frame, 'add', 'set', 'route', 'use') && !saysVerb(frame, 'enable')) return where ? 50 : 45;
    return 0;
  },
  build(frame, options) {
    const id = this.id;
    const parsed = parse(frame, id, true);
    if (isResult(parsed)) return parsed;
    const { destinations, gateways } = parsed;
    const v6 = destinations[0]!.v6;
    const blackhole = saysVerb(frame, 'blackhole') || has(frame, 'blackhole');
    const warnings: string[] = [];
    let gateway: Gateway | undefined;
    if (blackhole) {
      if (gateways.length > 0 || interfacesOf(frame, options).length > 0) return refuse(id, 'a blackhole route drops the traffic, so it takes no gateway', 'Blackhole 192.0.2.0/24');
    } else {
      const g = gatewayOf(frame, options, gateways, v6, id);
      if (isResult(g)) return g;
      if (!g) return refuse(id, 'it does not say the gateway (the next-hop address, or the interface for a point-to-point link)', destinations[0]!.isDefault ? DEFAULT_EXAMPLE : EXAMPLE);
      gateway = g;
      warnings.push(...g.warnings);
    }
    const distance = distanceOf(frame, id);
    if (isResult(distance)) return distance;
    warnings.push(...distance.warnings);
    // "make 10.0.1.1 the backup default gw": a backup route is one with a higher distance than the primary's, which is
    // not said; written with the default distance it would share the traffic with the primary instead.
    const role = frame.terms.find((t) => FAILOVER_ROLES[t.normal] === 'backup');
    if (role && distance.value === undefined) {
      return refuse(id, `"${role.text}" asks for a route used only when the primary fails, which needs a distance higher than the primary's: say it ("with distance 2"), or ask for failover with both gateways ("failover: primary 10.0.0.1, backup 10.0.1.1")`, DEFAULT_EXAMPLE);
    }
    const table = tableOf(frame, id);
    if (isResult(table)) return table;
    const comment = frame.quoted.find((q) => !isNoun(frame.terms[frame.terms.indexOf(q.term) - 1], 'table'))?.text;
    const checkGateway = has(frame, 'check-gateway');
    if (checkGateway && blackhole) return refuse(id, 'a blackhole route has no gateway to check', 'Blackhole 192.0.2.0/24');

    const commands: Command[] = [];
    if (table.name !== undefined && table.create) commands.push(command(TABLE, 'add', [named('name', str(table.name)), positional(word('fib'))]));
    for (const d of destinations) {
      const args: Arg[] = [named('dst-address', d.text)];
      if (gateway) args.push(named('gateway', gateway.value));
      if (blackhole) args.push(positional(word('blackhole')));
      if (distance.value !== undefined) args.push(named('distance', distance.value));
      if (table.name !== undefined) args.push(named('routing-table', str(table.name)));
      if (checkGateway) args.push(named('check-gateway', 'ping'));
      if (comment !== undefined) args.push(named('comment', str(comment)));
      commands.push(command(v6 ? ROUTE6 : ROUTE, 'add', args));
    }
    if (destinations.some((d) => d.isDefault)) {
      warnings.push(`A default route sends everything without a more specific route through ${gateway?.value ?? 'it'}. If another default route has the same distance${distance.value === undefined ? ' (static routes default to 1)' : ''}, traffic is shared between them (ECMP); use a higher distance to make this one a backup, or remove the old one.`);
    }
    if (blackhole) warnings.push(`Traffic to ${destinations.map((d) => d.text).join(', ')} is dropped by the router without a reply, from every interface.`);
    if (table.name !== undefined && !table.create) warnings.push(`The routing table ${table.name} must exist (/routing table add name=${table.name} fib), and traffic reaches it only through a /routing rule or a mangle routing-mark.`);
    if (table.name !== undefined && table.create) warnings.push(`Traffic reaches the table ${table.name} only through a /routing rule or a mangle routing-mark.`);
    if (checkGateway) warnings.push('check-gateway=ping pings the gateway every 10 seconds and makes the route inactive when it stops answering.');
    return { kind: 'commands', rule: blackhole ? 'route: blackhole <destination>' : destinations.some((d) => d.isDefault) ? 'route: add default route via <gateway>' : id, commands, warnings };
  },
};

/** The `[find ...]` for the static routes a clause names. */
function routeFinder(frame: Frame, options: ResolvedOptions, id: string, example: string): { path: string[]; matchers: Record<string, ValueInput>; said: string } | IntentResult {
  const parsed = parse(frame, id, false);
  if (isResult(parsed)) return parsed;
  const { destinations, gateways } = parsed;
  if (destinations.length === 0) return refuse(id, 'it does not say which route (its destination, like 10.10.0.0/16, or "the default route")', example);
  if (destinations.length > 1) return refuse(id, 'it names several routes; change them one at a time', example);
  const d = destinations[0]!;
  const matchers: Record<string, ValueInput> = { 'dst-address': d.text };
  let said = d.isDefault ? 'the static default route' : `the static route to ${d.text}`;
  if (gateways.length > 0) {
    const g = gatewayOf(frame, options, gateways, d.v6, id);
    if (isResult(g)) return g;
    if (g) {
      matchers.gateway = g.value;
      said += ` via ${g.value}`;
    }
  }
  const table = tableOf(frame, id);
  if (isResult(table)) return table;
  if (table.name !== undefined) matchers['routing-table'] = str(table.name);
  matchers.dynamic = 'no';
  return { path: d.v6 ? ROUTE6 : ROUTE, matchers, said };
}

/** An existing route: remove, disable, enable. */
export const routeRemoveRule: IntentRule = {
  id: 'route: remove|disable|enable <destination>',
  match(frame) {
    if (!aboutRoutes(frame) || changes(frame)) return 0;
    return saysVerb(frame, 'remove', 'disable', 'enable') && !has(frame, 'table') || saysVerb(frame, 'remove', 'disable') && frame.addresses.length > 0 ? 50 : 0;
  },
  build(frame, options) {
    const id = this.id;
    const verb = saysVerb(frame, 'remove') ? 'remove' : saysVerb(frame, 'disable') ? 'disable' : 'enable';
    const example = `${verb[0]!.toUpperCase()}${verb.slice(1)} the route to 10.10.0.0/16`;
    const target = routeFinder(frame, options, id, example);
    if (isResult(target)) return target;
    const warnings = [`Only static routes match (dynamic=no): routes from DHCP, PPPoE or routing protocols are changed on their source. If ${target.said} does not exist, nothing changes.`];
    if (verb !== 'enable') warnings.push('Traffic to that destination falls back to a less specific route (often the default route), or has no way out; if you manage the router through it, use Safe Mode.');
    return { kind: 'commands', rule: id, commands: [command(target.path, verb, [positional(find(target.path, target.matchers))])], warnings };
  },
};

/** An existing route's gateway or distance. */
export const routeChangeRule: IntentRule = {
  id: 'route: change the gateway|distance of <destination>',
  match(frame) {
    return aboutRoutes(frame) && changes(frame) ? 50 : 0;
  },
  build(frame, options) {
    const id = this.id;
    const example = 'Change the default gateway to 10.0.0.2';
    // The new gateway is the address after the last "to"; the rest names the route.
    const read = addressesOf(frame, ['gateway']);
    if ('error' in read) return refuse(id, read.error, example);
    const distance = distanceOf(frame, id, true);
    if (isResult(distance)) return distance;
    const hosts = read.addresses.filter((a) => a.value.kind === 'ip' || (a.value.kind === 'ip6' && a.value.length === undefined));
    const newGateway = hosts.length > 0 ? hosts[hosts.length - 1] : undefined;
    if (!newGateway && distance.value === undefined) return refuse(id, 'it does not say the new gateway or distance', example);
    // Name the route without the new gateway.
    const prefixes = read.addresses.filter((a) => a !== newGateway);
    if (prefixes.length > 1) return refuse(id, 'it names several routes; change them one at a time', example);
    const isDefault = wantsDefault(frame);
    let dst: { text: string; v6: boolean; isDefault: boolean };
    if (prefixes[0]) {
      const d = destination(prefixes[0].value, id);
      if (isResult(d)) return d;
      dst = d;
    } else if (isDefault) {
      const v6 = has(frame, 'ipv6') || newGateway?.value.kind === 'ip6';
      dst = { text: v6 ? '::/0' : '0.0.0.0/0', v6, isDefault: true };
    } else return refuse(id, 'it does not say which route to change (its destination, or "the default route")', example);
    // The default gateway is the main table's: default routes of other tables (policy routing) stay as they are.
    const matchers: Record<string, ValueInput> = dst.isDefault ? { 'dst-address': dst.text, 'routing-table': 'main', dynamic: 'no' } : { 'dst-address': dst.text, dynamic: 'no' };
    const model = options.model;
    if (model !== undefined && dst.isDefault) {
      // With the configuration, "the default route" must be exactly one static route there.
      const statics = model.entries(dst.v6 ? 'ipv6 route' : 'ip route').filter((e) => (e.props['dst-address'] ?? dst.text) === dst.text && (e.props['routing-table'] ?? 'main') === 'main' && e.props.disabled !== 'yes' && e.props.blackhole === undefined);
      if (statics.length === 0) {
        const client = model.entries('ip dhcp-client').find((e) => e.props['add-default-route'] !== 'no' && e.props.disabled !== 'yes')?.props.interface ?? model.entries('interface pppoe-client').find((e) => e.props['add-default-route'] === 'yes')?.props.name;
        return refuse(id, `the router's configuration has no static default route to change${client !== undefined ? ` (its default route comes from the client on ${client}, which sets its gateway)` : ''}; say "add a default route via ..." to add one`, 'Add a default route via 203.0.113.1');
      }
      if (statics.length > 1) {
        const listed = statics.map((e) => `via ${e.props.gateway ?? '?'}${e.props.distance ? ` distance ${e.props.distance}` : ''}`).join(', ');
        return refuse(id, `the router's configuration has ${statics.length} static default routes (${listed}: failover or shared paths), and setting the gateway would give every one of them the same gateway; remove the one you mean and add the new one`, 'Remove the default route via 10.0.0.1, then add a default route via 10.0.0.2');
      }
    }
    const args: Arg[] = [positional(find(dst.v6 ? ROUTE6 : ROUTE, matchers))];
    const warnings = [...distance.warnings];
    if (newGateway) {
      const g = gatewayOf(frame, options, [newGateway], dst.v6, id);
      if (isResult(g)) return g;
      if (g) {
        args.push(named('gateway', g.value));
        warnings.push(...g.warnings);
      }
    }
    if (distance.value !== undefined) args.push(named('distance', distance.value));
    warnings.push(`Only static routes to ${dst.text}${dst.isDefault ? ' in the main table' : ''} change (dynamic=no); a default route from DHCP or PPPoE is set on its client. If there is none, nothing changes: add one instead.${dst.isDefault && model === undefined ? ' With two static default routes (a failover pair), both get the new gateway: remove the one you mean and add the new one instead.' : ''}`);
    if (dst.isDefault) warnings.push('Changing the default gateway cuts remote sessions that come in through the old one; use Safe Mode.');
    return { kind: 'commands', rule: id, commands: [command(dst.v6 ? ROUTE6 : ROUTE, 'set', args)], warnings };
  },
};

/** "create a routing table isp2", "add routing table called vpn". */
export const tableAddRule: IntentRule = {
  id: 'route: create routing table <name>',
  match(frame) {
    if (!has(frame, 'table') || saysService(frame, 'dhcp') || has(frame, ...OTHER_OBJECTS)) return 0;
    if (frame.addresses.length > 0 || has(frame, 'default-route', 'default-gateway')) return 0;
    return saysVerb(frame, 'add', 'set') && !saysVerb(frame, 'remove', 'disable') ? 50 : 0;
  },
  build(frame) {
    const id = this.id;
    const named0 = nameAfterKey(frame, ['table', 'comment', 'name']);
    if (!named0) return refuse(id, 'it does not give the table a name', 'Create a routing table called isp2');
    if (!/^[A-Za-z][\w.-]{0,63}$/.test(named0.text) || named0.text === 'main') return refuse(id, `"${named0.text}" is not usable as a new routing table name`, 'Create a routing table called isp2');
    return {
      kind: 'commands', rule: id,
      commands: [command(TABLE, 'add', [named('name', str(named0.text)), positional(word('fib'))])],
      warnings: [`fib makes the table usable for forwarding. Add routes to it with routing-table=${named0.text}, and send traffic to it with a /routing rule or a mangle routing-mark.`],
    };
  },
};

export const ROUTES_FAMILY: IntentFamily = {
  id: 'routes',
  reads: { nouns: ['all', 'traffic'], words: ['new'] }, example: 'Add a default route via 10.0.0.1', summary: 'static routes (default route, routes via a gateway or interface, distance, blackhole, IPv6, routing tables, change and removal)',
  rules: [routeAddRule, routeRemoveRule, routeChangeRule, tableAddRule],
};

