/**
 * DHCP (manual: IP > DHCP): a whole IPv4 server from one prompt (pool, server,
 * network), its lease time, static leases, making dynamic leases static,
 * turning a server on or off, and the DHCP client on an interface.
 *
 * Choices where a prompt is silent (each response says which it made):
 * - The gateway is the first address of the subnet (.1), unless given.
 * - The pool is .10 to the last address before the broadcast when the subnet
 *   has at least 64 addresses (as RouterOS's default configuration does,
 *   leaving .2-.9 for devices with fixed addresses), otherwise every host
 *   address but the gateway; the gateway is never in the pool.
 * - Clients get the gateway (the router) as DNS server.
 * - Names: the server is `dhcp-<interface>` and its pool `<server>-pool`,
 *   unless the prompt names the server.
 */
import { command, find, named, positional, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import type { ResolvedOptions } from '../../api/options.js';
import { providersIn } from '../dns/providers.js';
import type { Address, Frame } from '../frame.js';
import { addressText } from '../traffic.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { inPrefix, intToIp, ipToInt, networkOf } from '../../slots/ipv4.js';
import {
  addressesOf, interfacesOf, keyAt, malformedMac, nameAfterKey, negatedAt, saysService, saysVerb,
  type InterfaceRead, type Located,
} from '../../slots/keyed.js';
import { durations as durationsOf, timeText, type Duration } from '../../slots/duration.js';
import { nameOf } from '../../slots/names.js';
import { has, isNoun, otherVerbs, says } from '../words.js';
import { LEASE_SERVER_PREPOSITIONS, MAKING_VERBS, NAME_LEAD_INS, NETWORK_WORDS, NOT_POOL_NAMES, OWNER_PREPOSITIONS, RANGE_JOINERS, RANGE_WORDS, SET_UP_VERBS, VALUE_LINKS } from '../../../grammar/english/cues.js';
import { claim } from '../claims.js';
import { optionAddRule, optionSetRule } from './options.js';
import { DEFAULT_CONFIG_NAMES } from '../../../grammar/english/protection.js';

const POOL = ['ip', 'pool'];
const SERVER = ['ip', 'dhcp-server'];
const NETWORK = ['ip', 'dhcp-server', 'network'];
const LEASE = ['ip', 'dhcp-server', 'lease'];
const CLIENT = ['ip', 'dhcp-client'];

const SERVER_EXAMPLE = 'Set up a DHCP server on bridge for 192.168.88.0/24';
const LEASE_EXAMPLE = 'Add a static DHCP lease for AA:BB:CC:DD:EE:FF with 192.168.88.50';
const CLIENT_EXAMPLE = 'Add a DHCP client on ether1';

/** Verbs that create or configure something. */
const SETUP_VERBS = ['add', 'set', 'enable', 'serve', 'use', 'run'];

// ---------------------------------------------------------------------------
// What the clause is about.

function mentionsDhcp(frame: Frame): boolean {
  return saysService(frame, 'dhcp') || has(frame, 'dhcp-server', 'dhcp-client');
}

function aboutLeases(frame: Frame): boolean {
  if (has(frame, 'static-lease') || saysVerb(frame, 'reserve')) return true;
  // "lease 1h" is a lease time, not a lease.
  const durations = durationsOf(frame);
  // "lease 1h" and "a 30 minute lease" are lease times, not leases.
  return frame.terms.some((t, i) => isNoun(t, 'lease') && !durations.some((d) => d.start === i + 1 || d.end === i - 1 || (d.start === i + 2 && VALUE_LINKS.has(frame.terms[i + 1]!.normal))));
}

/** A client, said outright ("DHCP client") or by what it does ("get an address by DHCP", "DHCP on the WAN"). */
function aboutClient(frame: Frame): boolean {
  if (has(frame, 'dhcp-client')) return true;
  if (!saysService(frame, 'dhcp') || has(frame, 'dhcp-server')) return false;
  return saysVerb(frame, 'obtain', 'renew', 'release') || frame.places.some((p) => p.value === 'wan');
}

function aboutServer(frame: Frame): boolean {
  if (has(frame, 'dhcp-server')) return true;
  // "hand out addresses in 10.0.5.0/24 on ether5" is a DHCP server without the word.
  if (saysVerb(frame, 'serve') && !aboutClient(frame) && (frame.addresses.some((a) => a.value.kind === 'prefix') || frame.places.some((p) => p.value === 'lan'))) return true;
  if (!saysService(frame, 'dhcp') || aboutClient(frame)) return false;
  // "DHCP for 192.168.88.0/24", "DHCP on the LAN": only a server takes a subnet or serves the LAN.
  return frame.addresses.some((a) => a.value.kind === 'prefix') || frame.places.some((p) => p.value === 'lan') || saysVerb(frame, 'serve');
}

// ---------------------------------------------------------------------------
// Shared readers.

/** The one interface a clause is about; the LAN means the LAN bridge. */
function oneInterface(frame: Frame, options: ResolvedOptions, id: string, example: string): { iface: InterfaceRead | undefined; warnings: string[] } | IntentResult {
  const interfaces = interfacesOf(frame, options);
  const warnings: string[] = [];
  const names = [...new Set(interfaces.map((i) => i.name))];
  if (names.length > 1) return refuse(id, `it names several interfaces (${names.join(', ')}); ask for one at a time`, example);
  let iface = interfaces[0];
  // "create vlan 20 on ether2 ... then set up a dhcp server on it": the interface or bridge an earlier clause created.
  const referred = frame.referent?.kind === 'interface' || frame.referent?.kind === 'bridge' ? frame.referent : undefined;
  if (!iface && referred && frame.nouns.has('it')) iface = { name: referred.name, role: 'on', index: -1, from: 'referent' };
  if (!iface && frame.places.some((p) => p.value === 'lan')) iface = { name: options.lanBridge, role: 'on', index: -1, from: 'lanBridge' };
  if (iface?.from === 'lanBridge') warnings.push(`The LAN bridge was taken to be interface ${options.lanBridge} (the lanBridge option); pass lanBridge if yours differs.`);
  return { iface, warnings };
}

/** "set up", "create", "add": the clause makes something new (`set` alone changes what exists). */
function creates(frame: Frame): boolean {
  return frame.actions.some((a) => MAKING_VERBS.has(a.term.normal) || a.value === 'add');
}

/** "set"/"change" (not "set up"): the verb changes something that exists. */
function changes(action: { readonly value: string; readonly term: { readonly normal: string } }): boolean {
  return (action.value === 'set' || action.value === 'change') && !SET_UP_VERBS.has(action.term.normal);
}

function isResult(x: unknown): x is IntentResult {
  return typeof x === 'object' && x !== null && 'kind' in x;
}

/** The comment a lease or server gets: quoted text, or a name after "comment"/"named"/"called"/"for". */
function commentOf(frame: Frame): string | undefined {
  const quoted = frame.quoted[0];
  if (quoted) return quoted.text;
  return nameAfterKey(frame, ['comment'])?.text;
}

/** One duration, given under "lease time" or alone in the clause. */
function leaseTime(frame: Frame, id: string, example: string): { value: string | undefined } | IntentResult {
  const durations = durationsOf(frame);
  if (durations.length === 0) return { value: undefined };
  const keyed = durations.filter((d) => keyAt(frame.terms, d.start, ['lease-time']) === 'lease-time');
  const chosen: Duration[] = keyed.length > 0 ? keyed : durations;
  if (chosen.length > 1) return refuse(id, 'it gives more than one lease time', example);
  const seconds = chosen[0]!.seconds;
  if (seconds < 1) return refuse(id, 'a lease time must be longer than zero', example);
  return { value: timeText(seconds) };
}

// ---------------------------------------------------------------------------
// A whole server: pool, server and network.

interface Subnet {
  readonly network: number;
  readonly length: number;
  /** The address as the user wrote it, when it had host bits ("192.168.88.1/24"). */
  readonly hostAddress?: string;
}

function setupServer(frame: Frame, options: ResolvedOptions, id: string): IntentResult {
  const warnings: string[] = [];
  const read = addressesOf(frame, ['gateway', 'pool', 'dns', 'domain']);
  if ('error' in read) return refuse(id, read.error, SERVER_EXAMPLE);
  const addresses = read.addresses;
  if (addresses.some((a) => a.value.kind === 'ip6')) return refuse(id, 'this generator sets up IPv4 DHCP servers only (DHCPv6 is not supported)', SERVER_EXAMPLE);
  // "excluding 192.168.88.2-192.168.88.50": say the pool instead, never guess its complement.
  const excepted = addresses.find((a) => a.role === 'except');
  if (excepted) return refuse(id, `leaving addresses out (${addressText(excepted.value, true)}) is not supported; give the pool range the server should hand out instead`, POOL_EXAMPLE);
  if (addresses.some((a) => a.value.kind === 'ip' && a.value.port !== undefined)) return refuse(id, 'a DHCP server takes addresses, not ip:port', SERVER_EXAMPLE);

  // The interface.
  const where = oneInterface(frame, options, id, SERVER_EXAMPLE);
  if (isResult(where)) return where;
  warnings.push(...where.warnings);
  if (frame.places.some((p) => p.value === 'wan')) return refuse(id, 'a DHCP server on the WAN side would hand out addresses to the upstream network; name the LAN interface', SERVER_EXAMPLE);
  const iface = where.iface;
  if (!iface) return refuse(id, 'it does not say which interface the DHCP server serves', SERVER_EXAMPLE);

  // The subnet. "gateway 10.0.5.1/24" alone gives it: the router's address with its prefix length.
  const gatewayPrefix = addresses.find((a) => a.key === 'gateway' && a.value.kind === 'prefix');
  if (gatewayPrefix && !addresses.some((a) => a.key === undefined && a.value.kind === 'prefix')) {
    addresses.splice(addresses.indexOf(gatewayPrefix), 1, { ...gatewayPrefix, key: undefined });
  }
  const subnets = addresses.filter((a) => a.key === undefined && a.value.kind === 'prefix');
  if (subnets.length > 1) return refuse(id, 'it names more than one subnet; a DHCP server setup takes one', SERVER_EXAMPLE);
  let subnet: Subnet;
  // "... then a dhcp server on it": the address the earlier clause gave the interface says the subnet and the gateway.
  const referredAddress = iface.from === 'referent' && subnets.length === 0 && !frame.places.some((p) => p.value === 'lan') ? frame.referent?.address : undefined;
  if (referredAddress) warnings.push(`The subnet and gateway come from ${referredAddress.address}/${referredAddress.length}, the address given to ${iface.name} before.`);
  const given = subnets[0]?.value ?? (referredAddress ? { kind: 'prefix' as const, ...referredAddress } : undefined);
  if (given && given.kind === 'prefix') {
    if (given.length > 30) return refuse(id, `/${given.length} leaves no room for a gateway and a pool; a DHCP subnet is /30 or larger`, SERVER_EXAMPLE);
    if (given.length < 8) return refuse(id, `/${given.length} is far too large for one DHCP server`, SERVER_EXAMPLE);
    const network = networkOf(given.address, given.length);
    subnet = ipToInt(given.address) === network ? { network, length: given.length } : { network, length: given.length, hostAddress: given.address };
  } else if (frame.places.some((p) => p.value === 'lan') || iface.from === 'lanBridge') {
    if (!frame.places.some((p) => p.value === 'lan')) return refuse(id, 'it does not say which subnet the DHCP server hands out', SERVER_EXAMPLE);
    subnet = { network: networkOf(options.lanSubnet.address, options.lanSubnet.length), length: options.lanSubnet.length };
    warnings.push(`The LAN subnet was taken to be ${intToIp(subnet.network)}/${subnet.length} (the lanSubnet option); name the subnet if yours differs.`);
  } else {
    const bare = addresses.find((a) => a.key === undefined && a.value.kind === 'ip');
    if (bare && bare.value.kind === 'ip') return refuse(id, `${bare.value.address} has no prefix length or netmask, so the subnet is not known (write ${bare.value.address}/24 or add "netmask 255.255.255.0")`, SERVER_EXAMPLE);
    return refuse(id, 'it does not say which subnet the DHCP server hands out', SERVER_EXAMPLE);
  }
  const last = subnet.network + 2 ** (32 - subnet.length) - 1;
  const cidr = `${intToIp(subnet.network)}/${subnet.length}`;
  const inside = (n: number): boolean => n > subnet.network && n < last;

  const short = shorthand(frame, subnet, id);
  if (isResult(short)) return short;
  const poolGiven = givenPool(frame, addresses, id);
  if (isResult(poolGiven)) return poolGiven;
  if (poolGiven && short.pool) return refuse(id, 'it gives the pool twice', POOL_EXAMPLE);
  const pool = poolGiven ?? short.pool;

  // Anything else must have a keyword.
  const leftover = addresses.find((a) => a.key === undefined && a.value.kind !== 'prefix' && !(a.value.kind === 'ip-range'));
  if (leftover) return refuse(id, `it is not clear what ${addressText(leftover.value, true)} is for; say "gateway", "pool" or "DNS" before it`, 'Set up a DHCP server on ether2 for 10.0.0.0/24 with gateway 10.0.0.254 and DNS 1.1.1.1');

  // The gateway.
  const gateways = addresses.filter((a) => a.key === 'gateway');
  if (gateways.length + (short.gateway === undefined ? 0 : 1) > 1) return refuse(id, 'it gives more than one gateway', SERVER_EXAMPLE);
  let gateway: number;
  const gatewaySlot = gateways[0]?.value;
  if (short.gateway !== undefined) {
    gateway = short.gateway;
    if (subnet.hostAddress !== undefined && ipToInt(subnet.hostAddress) !== gateway) return refuse(id, `${subnet.hostAddress}/${subnet.length} and the gateway ${intToIp(gateway)} disagree about the router's address; give the subnet as ${cidr}`, SERVER_EXAMPLE);
  } else if (gatewaySlot) {
    if (gatewaySlot.kind !== 'ip') return refuse(id, `the gateway must be one IPv4 address, not ${addressText(gatewaySlot, true)}`, SERVER_EXAMPLE);
    gateway = ipToInt(gatewaySlot.address);
    if (subnet.hostAddress !== undefined && ipToInt(subnet.hostAddress) !== gateway) {
      return refuse(id, `${subnet.hostAddress}/${subnet.length} and the gateway ${gatewaySlot.address} disagree about the router's address; give the subnet as ${cidr}`, SERVER_EXAMPLE);
    }
  } else if (subnet.hostAddress !== undefined) {
    gateway = ipToInt(subnet.hostAddress);
    warnings.push(`${subnet.hostAddress}/${subnet.length} was read as the subnet ${cidr} with the router (gateway) at ${subnet.hostAddress}.`);
  } else {
    gateway = subnet.network + 1;
    warnings.push(`The gateway was taken to be ${intToIp(gateway)}, the first address of ${cidr}; say "gateway <address>" if the router's address differs.`);
  }
  if (!inPrefix(intToIp(gateway), intToIp(subnet.network), subnet.length)) return refuse(id, `the gateway ${intToIp(gateway)} is outside ${cidr}`, SERVER_EXAMPLE);
  if (!inside(gateway)) return refuse(id, `the gateway ${intToIp(gateway)} is the ${gateway === subnet.network ? 'network' : 'broadcast'} address of ${cidr}, not a host address`, SERVER_EXAMPLE);

  // The pool.
  const poolRead = poolRanges(pool, subnet, last, gateway, id);
  if (isResult(poolRead)) return poolRead;
  const { ranges, explained } = poolRead;
  if (explained) warnings.push(explained);

  // DNS servers handed out.
  const dnsAddresses = addresses.filter((a) => a.key === 'dns');
  for (const d of dnsAddresses) if (d.value.kind !== 'ip') return refuse(id, `a DNS server is an IPv4 address, not ${addressText(d.value, true)}`, SERVER_EXAMPLE);
  const providers = providersIn(frame.terms).map((p) => p.provider);
  const dnsServers = [...dnsAddresses.map((d) => (d.value.kind === 'ip' ? d.value.address : '')), ...short.dns.map(intToIp), ...providers.flatMap((p) => p.servers)];
  if (dnsServers.length === 0) {
    dnsServers.push(intToIp(gateway));
    warnings.push(`Clients get the router (${intToIp(gateway)}) as their DNS server: it must answer them (/ip dns set allow-remote-requests=yes), with input firewall rules that keep DNS from the WAN out. Say "DNS 1.1.1.1" to hand out another server.`);
  }

  // Domain handed out.
  const domains = addresses.filter((a) => a.key === 'domain');
  if (domains.length > 1 || domains.some((d) => d.value.kind !== 'hostname')) return refuse(id, 'the domain must be one DNS name, like home.arpa', SERVER_EXAMPLE);
  const domain = domains[0]?.value.kind === 'hostname' ? domains[0].value.name : undefined;

  const lease = leaseTime(frame, id, 'Set up a DHCP server on bridge for 192.168.88.0/24 with a lease time of 1 day');
  if (isResult(lease)) return lease;
  if (lease.value === undefined) warnings.push('RouterOS\'s default lease time applies; add "lease time 1d" (or any time) to choose it.');

  const named = nameAfterKey(frame, ['comment', 'name', 'server']);
  const serverName = named?.text ?? `dhcp-${iface.name}`;
  if (!/^[\w .-]{1,60}$/.test(serverName)) return refuse(id, `"${serverName}" is not usable as a DHCP server name (letters, digits, spaces, - _ .)`, 'Set up a DHCP server named guest on vlan20 for 10.0.20.0/24');
  const poolName = `${serverName}-pool`;

  const commands: Command[] = [
    command(POOL, 'add', { name: str(poolName), ranges: ranges.join(',') }),
    command(SERVER, 'add', { name: str(serverName), interface: iface.name, 'address-pool': str(poolName), 'lease-time': lease.value }),
    command(NETWORK, 'add', { address: cidr, gateway: intToIp(gateway), 'dns-server': dnsServers.join(','), domain: domain === undefined ? undefined : str(domain) }),
  ];
  if (!referredAddress) warnings.push(`The router itself needs an address in ${cidr} on ${iface.name} (normally the gateway, ${intToIp(gateway)}/${subnet.length}); this script does not add it. If it is missing: /ip address add address=${intToIp(gateway)}/${subnet.length} interface=${iface.name}.`);
  return { kind: 'commands', rule: id, commands, warnings };
}


const POOL_EXAMPLE = 'Set up a DHCP server on bridge for 192.168.88.0/24 with pool 192.168.88.100-192.168.88.200';

/**
 * Forum shorthand for addresses in the subnet ("pool .10-.200", "gw .1", "dns .1"): the last number of an address
 * whose first three come from the subnet, so only for a /24 or smaller. Each must follow its keyword.
 */
function shorthand(frame: Frame, subnet: Subnet, id: string): { pool?: { from: number; to: number }; gateway?: number; dns: number[] } | IntentResult {
  const out: { pool?: { from: number; to: number }; gateway?: number; dns: number[] } = { dns: [] };
  const base = subnet.network - (subnet.network % 256);
  for (const [index, term] of frame.terms.entries()) {
    const part = term.technical;
    if (part?.kind !== 'host-part') continue;
    claim(term);
    if (subnet.length < 24) return refuse(id, `"${part.text}" is the end of an address, and ${intToIp(subnet.network)}/${subnet.length} is larger than a /24, so the rest is not known; write whole addresses`, POOL_EXAMPLE);
    // "range .100-.150": a range of the server's is its pool.
    const ranged = RANGE_WORDS.has(frame.terms[index - 1]?.normal ?? '') && part.to !== undefined;
    if (ranged) claim(frame.terms[index - 1]);
    const key = ranged ? 'pool' : keyAt(frame.terms, index, ['gateway', 'pool', 'dns']);
    const at = (n: number): number | IntentResult => {
      const address = base + n;
      if (!inPrefix(intToIp(address), intToIp(subnet.network), subnet.length)) return refuse(id, `${part.text} makes ${intToIp(address)}, outside ${intToIp(subnet.network)}/${subnet.length}`, POOL_EXAMPLE);
      return address;
    };
    const from = at(part.from);
    if (isResult(from)) return from;
    if (key === 'pool') {
      if (part.to === undefined) return refuse(id, `a pool is a range ("pool .10-.200"), not "${part.text}"`, POOL_EXAMPLE);
      const to = at(part.to);
      if (isResult(to)) return to;
      if (out.pool) return refuse(id, 'it gives more than one pool range', POOL_EXAMPLE);
      out.pool = { from, to };
      continue;
    }
    if (part.to !== undefined) return refuse(id, `it is not clear what the range ${part.text} is for; say "pool" before it`, POOL_EXAMPLE);
    if (key === 'gateway') {
      if (out.gateway !== undefined) return refuse(id, 'it gives more than one gateway', SERVER_EXAMPLE);
      out.gateway = from;
    } else if (key === 'dns') out.dns.push(from);
    else return refuse(id, `it is not clear what ${part.text} is for; say "gateway", "pool" or "DNS" before it`, SERVER_EXAMPLE);
  }
  return out;
}

/**
 * The pool the prompt gives ("pool 192.168.88.100-192.168.88.200", "pool from
 * 192.168.88.100 to 192.168.88.200"), taken out of `addresses`; undefined when none.
 */
function givenPool(frame: Frame, addresses: Located<Address>[], id: string): { from: number; to: number } | undefined | IntentResult {
  const pooled = addresses.filter((a) => a.key === 'pool' || a.value.kind === 'ip-range');
  if (pooled.length === 0) return undefined;
  const first = pooled[0]!;
  if (first.value.kind === 'ip-range' && pooled.length === 1) {
    addresses.splice(addresses.indexOf(first), 1);
    return { from: ipToInt(first.value.from), to: ipToInt(first.value.to) };
  }
  if (first.value.kind === 'ip' && pooled.length === 1) {
    // "pool 192.168.88.100 to 192.168.88.200": the second address follows "to".
    const next = addresses[addresses.indexOf(first) + 1];
    const between = next ? frame.terms.slice(first.index + 1, next.index) : [];
    if (next && next.value.kind === 'ip' && next.key === undefined && between.length > 0 && between.every((t) => RANGE_JOINERS.has(t.normal))) {
      addresses.splice(addresses.indexOf(first), 2);
      return { from: ipToInt(first.value.address), to: ipToInt(next.value.address) };
    }
  }
  return refuse(id, 'the pool must be one range of addresses, like 192.168.88.100-192.168.88.200', POOL_EXAMPLE);
}

/** The pool's ranges: the given one, checked against the subnet and gateway, or one derived from the subnet. */
function poolRanges(given: { from: number; to: number } | undefined, subnet: Subnet, last: number, gateway: number, id: string): { ranges: string[]; explained?: string } | IntentResult {
  const cidr = `${intToIp(subnet.network)}/${subnet.length}`;
  if (given) {
    const { from, to } = given;
    const range = `${intToIp(from)}-${intToIp(to)}`;
    if (from > to) return refuse(id, `the pool range ${range} is backwards`, POOL_EXAMPLE);
    for (const end of [from, to]) {
      if (!inPrefix(intToIp(end), intToIp(subnet.network), subnet.length)) return refuse(id, `the pool range ${range} is not inside ${cidr} (${intToIp(end)} is outside it)`, POOL_EXAMPLE);
    }
    if (from === subnet.network || to === last) return refuse(id, `the pool range ${range} includes the ${from === subnet.network ? 'network' : 'broadcast'} address of ${cidr}`, POOL_EXAMPLE);
    if (gateway >= from && gateway <= to) return refuse(id, `the pool range ${range} includes the gateway ${intToIp(gateway)}, the router's own address`, POOL_EXAMPLE);
    return { ranges: [range] };
  }
  const hosts = last - subnet.network - 1;
  const from = hosts >= 62 ? subnet.network + 10 : subnet.network + 1;
  const to = last - 1;
  const pieces: [number, number][] = [];
  if (gateway < from || gateway > to) pieces.push([from, to]);
  else {
    if (gateway > from) pieces.push([from, gateway - 1]);
    if (gateway < to) pieces.push([gateway + 1, to]);
  }
  if (pieces.length === 0) return refuse(id, `${cidr} has no addresses left for a pool besides the gateway`, SERVER_EXAMPLE);
  const ranges = pieces.map(([a, b]) => `${intToIp(a)}-${intToIp(b)}`);
  const explained = hosts >= 62
    ? `The pool is ${ranges.join(',')}: ${intToIp(subnet.network + 2)}-${intToIp(subnet.network + 9)} are left out for devices with fixed addresses, and the gateway is never in the pool; say "pool <first>-<last>" to choose it.`
    : `The pool is ${ranges.join(',')}: every host address of ${cidr} except the gateway; say "pool <first>-<last>" to choose it.`;
  return { ranges, explained };
}

/** "set up a DHCP server on bridge for 192.168.88.0/24", "create dhcp on ether2 10.0.0.0 255.255.255.0 gateway 10.0.0.254 lease time 12 hours". */
export const serverSetupRule: IntentRule = {
  id: 'dhcp: set up a server on <interface> for <subnet>',
  match(frame) {
    if (!aboutServer(frame) || aboutLeases(frame) && !has(frame, 'lease-time')) return 0;
    if (saysVerb(frame, 'remove', 'disable', 'block')) return 0;
    const subnet = frame.addresses.some((a) => a.value.kind === 'prefix' || a.value.kind === 'ip') || frame.places.some((p) => p.value === 'lan' && p.role !== 'subject');
    if (frame.actions.length === 0) return subnet ? 40 : 0;
    if (!saysVerb(frame, ...SETUP_VERBS)) return 0;
    return subnet ? 45 : 35;
  },
  build(frame, options) {
    return setupServer(frame, options, this.id);
  },
};

// ---------------------------------------------------------------------------
// A DHCP network entry on its own (manual: DHCP > Networks): what the server hands out for a subnet. It has no
// interface: the server that gives out addresses in the subnet uses it.

const NETWORK_EXAMPLE = 'Add dhcp network 10.5.0.0/24 gateway 10.5.0.1 dns 8.8.8.8';

/** The clause names a DHCP network ("dhcp network 10.5.0.0/24", "the dhcp-server network for ..."). */
const namesNetwork = (frame: Frame): boolean =>
  saysService(frame, 'dhcp') && frame.terms.some((t, i) => NETWORK_WORDS.has(t.normal) && frame.terms.slice(Math.max(0, i - 2), i).some((b) => /dhcp/.test(b.normal)));

/**
 * "add dhcp network 10.5.0.0/24 gateway 10.5.0.1 dns 8.8.8.8": a network entry; "set dns server for dhcp network
 * 192.168.88.0/24 to 192.168.88.1", "change the gateway of the dhcp network 10.5.0.0/24 to 10.5.0.254": one setting of
 * the entry of that subnet. No interface: an entry belongs to no interface.
 */
export const networkRule: IntentRule = {
  id: 'dhcp: network <subnet> [gateway] [dns]',
  match: (frame) => (namesNetwork(frame) && frame.interfaces.length === 0 && frame.addresses.some((a) => a.value.kind === 'prefix') && !saysVerb(frame, 'remove', 'disable', 'block') && (frame.actions.length === 0 || saysVerb(frame, 'add', 'set')) ? 50 : 0),
  build(frame) {
    const id = this.id;
    if (frame.negated) return refuse(id, 'the request is negated, so there is nothing to do', NETWORK_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set']);
    if (other.length > 0) return refuse(id, `"${other.join('", "')}" is not something to do to a DHCP network here`, NETWORK_EXAMPLE);
    namesNetwork(frame);
    claim(...frame.terms.filter((t) => NETWORK_WORDS.has(t.normal) || /dhcp/.test(t.normal)));
    const read = addressesOf(frame, ['gateway', 'dns']);
    if ('error' in read) return refuse(id, read.error, NETWORK_EXAMPLE);
    const subnets = read.addresses.filter((a) => a.value.kind === 'prefix' && a.key === undefined);
    if (subnets.length !== 1) return refuse(id, 'it must name one network (a subnet such as 10.5.0.0/24)', NETWORK_EXAMPLE);
    const net = subnets[0]!.value;
    if (net.kind !== 'prefix') return refuse(id, 'it must name one network', NETWORK_EXAMPLE);
    const cidr = `${intToIp(networkOf(net.address, net.length))}/${net.length}`;
    if (cidr !== `${net.address}/${net.length}`) return refuse(id, `${net.address}/${net.length} is not a network address; the network is ${cidr}`, NETWORK_EXAMPLE);
    const rest = read.addresses.filter((a) => a !== subnets[0]);
    // "set dns server for dhcp network X to Y": the value after "to" is the setting named before the network.
    const keysSaid = [...new Set(frame.terms.map((t) => (isNoun(t, 'gateway', 'default-gateway') ? 'gateway' : isNoun(t, 'dns-server') || t.normal === 'dns' ? 'dns' : undefined)).filter((k) => k !== undefined))];
    const values = rest.map((a) => ({ ...a, key: a.key ?? (a.role === 'to' && keysSaid.length === 1 ? keysSaid[0] : undefined) }));
    const unkeyed = values.find((a) => a.key === undefined);
    if (unkeyed) return refuse(id, `it is not clear what ${addressText(unkeyed.value, true)} is for; say "gateway" or "dns" before it`, NETWORK_EXAMPLE);
    if (values.some((a) => a.value.kind !== 'ip' || a.value.port !== undefined)) return refuse(id, 'a gateway or DNS server of a DHCP network is one IPv4 address each', NETWORK_EXAMPLE);
    const gateways = values.filter((a) => a.key === 'gateway');
    const dns = values.filter((a) => a.key === 'dns');
    if (gateways.length > 1) return refuse(id, 'it gives more than one gateway', NETWORK_EXAMPLE);
    if (gateways.length + dns.length === 0) return refuse(id, 'it does not say what the network hands out (a gateway, DNS servers)', NETWORK_EXAMPLE);
    const address = (a: (typeof values)[number]): string => (a.value.kind === 'ip' ? a.value.address : '');
    const outside = values.find((a) => a.key === 'gateway' && !inPrefix(address(a), intToIp(networkOf(net.address, net.length)), net.length));
    if (outside) return refuse(id, `the gateway ${address(outside)} is not in ${cidr}`, NETWORK_EXAMPLE);
    has(frame, 'gateway', 'default-gateway', 'dns-server');
    says(frame, 'dns', 'server', 'servers');
    const settings: Record<string, ValueInput> = {};
    if (gateways[0]) settings.gateway = { kind: 'ip', address: address(gateways[0]) };
    if (dns.length > 0) settings['dns-server'] = dns.length === 1 ? { kind: 'ip', address: address(dns[0]!) } : { kind: 'list', items: dns.map((d) => ({ kind: 'ip' as const, address: address(d) })) };
    if (saysVerb(frame, 'set') && !saysVerb(frame, 'add')) {
      return { kind: 'commands', rule: id, commands: [command(NETWORK, 'set', [positional(find(NETWORK, { address: cidr })), ...Object.entries(settings).map(([k, v]) => named(k, v))])], warnings: [`The DHCP network entry of ${cidr} must exist already; clients get the change when they renew their lease.`] };
    }
    return {
      kind: 'commands', rule: id,
      commands: [command(NETWORK, 'add', { address: { kind: 'prefix', address: net.address, length: net.length }, ...settings })],
      warnings: [`A DHCP network entry has no interface: the DHCP server that hands out addresses in ${cidr} uses it (create one with "set up a dhcp server on <interface> for ${cidr}" if there is none).`],
    };
  },
};

// ---------------------------------------------------------------------------
// An existing server: on/off/remove, lease time.

/**
 * "set the lease time to 1 hour on dhcp1", "disable the dhcp server for guest-dhcp": a name that is no interface, right
 * after "on"/"of"/"for" in a clause about a DHCP server, is the server's name.
 */
function serverNamedAfterRole(frame: Frame, roles: ReadonlySet<string> = OWNER_PREPOSITIONS): { text: string } | undefined {
  // A name with digits ("dhcp1"), a default configuration's item name ("defconf"), or after "for" hyphenated words the
  // lexicon does not explain ("guest-dhcp"; "on br-lan" may be the bridge the server runs on).
  // After "on", a one-word name the lexicon does not know and the clause's last is the server's name too ("static lease ... on
  // officedhcp"): an interface is a known name (ether2, bridge) or hyphenated (br-lan), and a word followed by more is no name alone.
  const isName = (t: Term, role: string, last: boolean): boolean => t.technical?.kind === 'name' || (t.technical === undefined && DEFAULT_CONFIG_NAMES.includes(t.normal)) ||
    (role === 'for' && !t.technical && t.meanings.length === 0 && t.text.includes('-') && nameOf(t) !== null) ||
    (role === 'on' && last && !t.technical && t.meanings.length === 0 && !t.corrected && !t.text.includes('-') && nameOf(t) !== null);
  const k = frame.terms.findIndex((t, i) => i > 0 && roles.has(frame.terms[i - 1]!.normal) && isName(t, frame.terms[i - 1]!.normal, i === frame.terms.length - 1));
  if (k < 0) return undefined;
  const t = frame.terms[k]!;
  if (t.technical?.kind === 'name') return { text: t.technical.text };
  claim(t);
  return { text: t.text };
}

/** `[find interface=bridge]` or `[find name="guest"]` for the server a clause names. */
function serverTarget(frame: Frame, options: ResolvedOptions, id: string, example: string): { target: ValueInput; said: string; warnings: string[] } | IntentResult {
  const named = nameAfterKey(frame, ['server', 'comment', 'name']) ?? serverNamedAfterRole(frame);
  const where = oneInterface(frame, options, id, example);
  if (isResult(where)) return where;
  if (named) return { target: find(SERVER, { name: str(named.text) }), said: `the DHCP server ${named.text}`, warnings: [] };
  if (where.iface) return { target: find(SERVER, { interface: where.iface.name }), said: `the DHCP server on ${where.iface.name}`, warnings: where.warnings };
  return refuse(id, 'it does not say which DHCP server (name the interface it runs on, or its name)', example);
}

/** "disable the DHCP server on bridge", "turn on the dhcp server guest", "remove the DHCP server on vlan20". */
export const serverToggleRule: IntentRule = {
  id: 'dhcp: enable|disable|remove the server on <interface>',
  match(frame) {
    if (!aboutServer(frame) || aboutLeases(frame)) return 0;
    if (frame.addresses.some((a) => a.value.kind === 'prefix')) return 0;
    return saysVerb(frame, 'enable', 'disable', 'remove') ? 45 : 0;
  },
  build(frame, options) {
    const verb = saysVerb(frame, 'remove') ? 'remove' : saysVerb(frame, 'disable') || frame.negated ? 'disable' : 'enable';
    const example = `${verb[0]!.toUpperCase()}${verb.slice(1)} the DHCP server on bridge`;
    const target = serverTarget(frame, options, this.id, example);
    if (isResult(target)) return target;
    const warnings = [...target.warnings];
    if (verb === 'remove') warnings.push('Its pool (/ip pool) and network (/ip dhcp-server network) stay; remove them too if nothing else uses them.');
    if (verb !== 'enable') warnings.push(`Devices on that network stop getting addresses when their leases run out. If you manage the router through ${target.said.replace('the DHCP server on ', '')}, keep a fixed address on your computer.`);
    return { kind: 'commands', rule: this.id, commands: [command(SERVER, verb, [positional(target.target)])], warnings };
  },
};

/** The lease time of an existing server. */
export const serverLeaseTimeRule: IntentRule = {
  id: 'dhcp: set the lease time of <server>',
  match(frame) {
    if (!has(frame, 'lease-time') || aboutClient(frame)) return 0;
    if (frame.addresses.some((a) => a.value.kind === 'prefix' || a.value.kind === 'ip')) return 0;
    // "set up a DHCP server ... with lease time 1d" creates a server; "set the lease time" changes one.
    if (creates(frame)) return 0;
    return saysVerb(frame, 'set') || frame.actions.length === 0 ? 50 : 0;
  },
  build(frame, options) {
    const lease = leaseTime(frame, this.id, 'Set the lease time of the DHCP server on bridge to 1 day');
    if (isResult(lease)) return lease;
    if (lease.value === undefined) return refuse(this.id, 'it does not say what the lease time should be', 'Set the lease time of the DHCP server on bridge to 1 day');
    const named = nameAfterKey(frame, ['server', 'comment', 'name']) ?? serverNamedAfterRole(frame);
    const where = oneInterface(frame, options, this.id, 'Set the lease time of the DHCP server on bridge to 1 day');
    if (isResult(where)) return where;
    const warnings = [...where.warnings];
    let target: ValueInput;
    // "on dhcp1 for ether2": the server named, on that interface (both said, both matched; never one dropped).
    if (named) target = find(SERVER, { name: str(named.text), interface: where.iface?.name });
    else if (where.iface) target = find(SERVER, { interface: where.iface.name });
    else {
      target = find(SERVER, {});
      warnings.push('No server was named, so every DHCP server gets this lease time; name the interface ("on bridge") to change one.');
    }
    if (named && where.iface) warnings.push(`Only the server ${named.text} on ${where.iface.name} is changed; if ${named.text} serves another interface, nothing is.`);
    warnings.push('Clients keep their current lease time until they renew.');
    return { kind: 'commands', rule: this.id, commands: [command(SERVER, 'set', [positional(target), { kind: 'named', name: 'lease-time', value: { kind: 'time', text: lease.value } }])], warnings };
  },
};

// ---------------------------------------------------------------------------
// Leases.

/** "add a static lease for AA:BB:CC:DD:EE:FF with 192.168.88.50", "reserve 192.168.88.50 for aa:bb:cc:dd:ee:ff named \"printer\"". */
export const staticLeaseRule: IntentRule = {
  id: 'dhcp: static lease <mac> → <ip>',
  match(frame) {
    if (saysVerb(frame, 'remove', 'disable', 'block', 'renew', 'release')) return 0;
    const pair = frame.macs.length > 0 && frame.addresses.some((a) => a.value.kind === 'ip');
    if (aboutLeases(frame) && (pair || saysVerb(frame, 'add', 'set', 'reserve'))) return 50;
    // "give 192.168.88.40 to the device with MAC 11:22:33:44:55:66": an address for a MAC is a lease.
    return pair && (mentionsDhcp(frame) || has(frame, 'static', 'mac')) ? 50 : 0;
  },
  build(frame, options) {
    const id = this.id;
    if (frame.macs.length > 1) return refuse(id, 'a static lease ties one MAC address to one IP address; add them one at a time', LEASE_EXAMPLE);
    const badMac = malformedMac(frame);
    if (badMac) return refuse(id, `${badMac} is not a valid MAC address (six pairs of hex digits, like AA:BB:CC:DD:EE:FF)`, LEASE_EXAMPLE);
    if (frame.macs.length === 0) return refuse(id, 'a static lease needs the MAC address of the device (like AA:BB:CC:DD:EE:FF)', LEASE_EXAMPLE);
    const ips = frame.addresses.filter((a) => a.value.kind !== 'hostname');
    if (ips.length !== 1 || ips[0]!.value.kind !== 'ip' || ips[0]!.value.port !== undefined) return refuse(id, 'a static lease ties one MAC address to one IPv4 address', LEASE_EXAMPLE);
    const address = ips[0]!.value.address;
    const last = Number(address.split('.')[3]);
    if (last === 0 || last === 255) return refuse(id, `${address} ends in .${last}, which is the network or broadcast address of a /24; give a host address`, LEASE_EXAMPLE);
    const mac = frame.macs[0]!.value;
    if ((parseInt(mac.slice(0, 2), 16) & 1) === 1) return refuse(id, `${mac} is a multicast MAC address, which no device has`, LEASE_EXAMPLE);
    if (mac === '00:00:00:00:00:00') return refuse(id, `${mac} is not a device's MAC address`, LEASE_EXAMPLE);
    const warnings: string[] = [];
    // "on dhcp1", "on defconf": the server named after "on"/"of" ("for" gives the device here).
    const server = nameAfterKey(frame, ['server']) ?? serverNamedAfterRole(frame, LEASE_SERVER_PREPOSITIONS);
    if (!server && interfacesOf(frame, options).length > 0) warnings.push('The lease is not tied to one server (server=all): the server whose network holds the address hands it out. Name the server ("on server dhcp1") to tie it.');
    const lease = leaseTime(frame, id, LEASE_EXAMPLE);
    if (isResult(lease)) return lease;
    const comment = frame.quoted[0]?.text ?? nameAfterKey(frame, ['comment'])?.text;
    warnings.push(`The device gets ${address} at its next lease renewal (or reconnect). ${address} must be inside the server's network, and should be outside its pool so no other device gets it first.`);
    return {
      kind: 'commands', rule: id,
      commands: [command(LEASE, 'add', { address, 'mac-address': mac, server: server ? str(server.text) : undefined, 'lease-time': lease.value === undefined ? undefined : { kind: 'time', text: lease.value }, comment: comment === undefined ? undefined : str(comment) })],
      warnings,
    };
  },
};

/** "make all dynamic leases static", "make the lease of 192.168.88.23 static", "convert AA:BB:CC:DD:EE:FF's lease to static". */
export const makeStaticRule: IntentRule = {
  id: 'dhcp: make <leases> static',
  match(frame) {
    // "make the lease static", "convert the reservation": not "add a static lease", which is a new lease.
    if (!(has(frame, 'lease') && has(frame, 'static')) && !(saysVerb(frame, 'convert') && has(frame, 'lease', 'static-lease'))) return 0;
    if (frame.macs.length > 0 && frame.addresses.some((a) => a.value.kind === 'ip')) return 0;
    return saysVerb(frame, 'add', 'convert', 'set', 'change') ? 55 : 0;
  },
  build(frame) {
    const id = this.id;
    const badMac = malformedMac(frame);
    if (badMac) return refuse(id, `${badMac} is not a valid MAC address (six pairs of hex digits, like AA:BB:CC:DD:EE:FF)`, 'Make the DHCP lease of AA:BB:CC:DD:EE:FF static');
    const ips = frame.addresses.filter((a) => a.value.kind === 'ip');
    const matchers: Record<string, ValueInput> = { dynamic: 'yes' };
    let said: string;
    if (frame.macs.length > 1 || ips.length > 1) return refuse(id, 'it names several leases; make them static one at a time, or say "all dynamic leases"', 'Make all dynamic DHCP leases static');
    if (frame.addresses.length > ips.length) return refuse(id, 'a lease is found by its IPv4 address or MAC address', 'Make the DHCP lease of 192.168.88.23 static');
    if (frame.macs[0]) {
      matchers['mac-address'] = frame.macs[0].value;
      said = `the dynamic lease of ${frame.macs[0].value}`;
    } else if (ips[0] && ips[0].value.kind === 'ip') {
      matchers.address = ips[0].value.address;
      said = `the dynamic lease of ${ips[0].value.address}`;
    } else if (has(frame, 'all', 'dynamic') || frame.terms.some((t) => t.normal === 'leases' || t.normal === 'reservations')) {
      said = 'every dynamic lease';
    } else return refuse(id, 'it does not say which lease to make static (give its IP or MAC address, or say "all dynamic leases")', 'Make all dynamic DHCP leases static');
    return {
      kind: 'commands', rule: id,
      commands: [command(LEASE, 'make-static', [positional(find(LEASE, matchers))])],
      warnings: [`This makes ${said} static, so the device keeps its address. Only leases that exist now are affected; if none matches, nothing changes.`],
    };
  },
};

/** "remove the static lease for AA:BB:CC:DD:EE:FF", "delete the DHCP lease of 192.168.88.50". */
export const leaseRemoveRule: IntentRule = {
  id: 'dhcp: remove the lease of <mac>|<ip>',
  match(frame) {
    return aboutLeases(frame) && saysVerb(frame, 'remove') ? 50 : 0;
  },
  build(frame) {
    const badMac = malformedMac(frame);
    if (badMac) return refuse(this.id, `${badMac} is not a valid MAC address (six pairs of hex digits, like AA:BB:CC:DD:EE:FF)`, 'Remove the DHCP lease of AA:BB:CC:DD:EE:FF');
    const ips = frame.addresses.filter((a) => a.value.kind === 'ip');
    if (frame.macs.length + ips.length !== 1 || frame.addresses.length !== ips.length) return refuse(this.id, 'it must name the one lease to remove by its IPv4 or MAC address', 'Remove the DHCP lease of AA:BB:CC:DD:EE:FF');
    const matchers = frame.macs[0] ? { 'mac-address': frame.macs[0].value } : { address: ips[0]!.value.kind === 'ip' ? ips[0]!.value.address : '' };
    return {
      kind: 'commands', rule: this.id,
      commands: [command(LEASE, 'remove', [positional(find(LEASE, matchers))])],
      warnings: ['The device keeps its address until the lease ends, then may get a different one.'],
    };
  },
};

// ---------------------------------------------------------------------------
// The DHCP client.

/** add-default-route, default-route-distance and use-peer-dns from "without a default route", "distance 5", "don't use the ISP's DNS". */
function clientSettings(frame: Frame, id: string): { args: Record<string, ValueInput>; warnings: string[] } | IntentResult {
  const args: Record<string, ValueInput> = {};
  const warnings: string[] = [];
  frame.terms.forEach((t, i) => {
    if (isNoun(t, 'default-route', 'default-gateway') || (t.normal === 'route' && frame.terms[i - 1]?.normal === 'default')) {
      if (negatedAt(frame, i) || (frame.negated && i > 0)) args['add-default-route'] = 'no';
    }
    if (isNoun(t, 'peer-dns') || (t.meanings.some((m) => m.type === 'service' && m.value.name === 'dns') && frame.terms.slice(Math.max(0, i - 3), i).some((x) => x.normal === 'isp' || x.normal === 'their' || x.normal === 'provider'))) {
      if (negatedAt(frame, i) || frame.negated) args['use-peer-dns'] = 'no';
    }
    if (isNoun(t, 'peer-ntp') && (negatedAt(frame, i) || frame.negated)) args['use-peer-ntp'] = 'no';
  });
  const distance = frame.numbers.find((n) => keyAt(frame.terms, frame.terms.indexOf(n.term), ['distance']) === 'distance');
  if (distance) {
    if (distance.value < 1 || distance.value > 255) return refuse(id, `a route distance is 1-255, not ${distance.value}`, 'Add a DHCP client on ether1 with default route distance 5');
    if (args['add-default-route'] === 'no') return refuse(id, 'it asks for no default route and for a default route distance', CLIENT_EXAMPLE);
    args['default-route-distance'] = distance.value;
  }
  if (args['add-default-route'] === 'no') warnings.push('The router takes the address but installs no default route from this server.');
  if (args['use-peer-dns'] === 'no') warnings.push('The DNS servers the upstream server offers are ignored: set your own with /ip dns set servers=.');
  return { args, warnings };
}

function clientInterface(frame: Frame, options: ResolvedOptions, id: string): { name: string; warnings: string[] } | IntentResult {
  const where = oneInterface(frame, options, id, CLIENT_EXAMPLE);
  if (isResult(where)) return where;
  if (where.iface && where.iface.from !== 'lanBridge') return { name: where.iface.name, warnings: [] };
  if (frame.places.some((p) => p.value === 'wan')) {
    if ('interface' in options.wan) return { name: options.wan.interface, warnings: [`"WAN" was taken to mean interface ${options.wan.interface} (the wan option).`] };
    return refuse(id, `a DHCP client runs on one interface, and "WAN" is the interface list ${options.wan.list}; name the interface (or pass the wan option as an interface)`, CLIENT_EXAMPLE);
  }
  if (where.iface) return { name: where.iface.name, warnings: where.warnings };
  return refuse(id, 'it does not say which interface the DHCP client runs on', CLIENT_EXAMPLE);
}

/** A DHCP client on an interface. */
export const clientAddRule: IntentRule = {
  id: 'dhcp: client on <interface>',
  match(frame) {
    if (!aboutClient(frame) || aboutLeases(frame)) return 0;
    if (frame.actions.length === 0) return 45;
    // "don't add a default route on the DHCP client on ether1" changes the client.
    if (frame.negated) return 0;
    // The first verb decides: "set the DHCP client on ether1 to not add a default route" changes one.
    const first = frame.actions[0]!;
    if (changes(first)) return 0;
    return saysVerb(frame, 'add', 'set', 'obtain', 'enable', 'use', 'run') && !saysVerb(frame, 'remove', 'disable', 'renew', 'release', 'block') ? 45 : 0;
  },
  build(frame, options) {
    const id = this.id;
    if (frame.addresses.length > 0) return refuse(id, 'a DHCP client gets its address from the server; it takes no address (to set one yourself, add a static address instead)', CLIENT_EXAMPLE);
    const iface = clientInterface(frame, options, id);
    if (isResult(iface)) return iface;
    const settings = clientSettings(frame, id);
    if (isResult(settings)) return settings;
    const warnings = [...iface.warnings, ...settings.warnings];
    if (settings.args['add-default-route'] === undefined) {
      warnings.push(`It installs the default route the server offers${settings.args['default-route-distance'] === undefined ? ' (distance 1)' : ''} and, unless told otherwise, uses the DNS servers it offers. Say "without a default route" if ${iface.name} is not your way to the internet.`);
    }
    warnings.push(`RouterOS allows one DHCP client per interface: if one exists on ${iface.name} (perhaps disabled), change or enable it instead: /ip dhcp-client enable [find interface=${iface.name}].`);
    return { kind: 'commands', rule: id, commands: [command(CLIENT, 'add', { interface: iface.name, ...settings.args })], warnings };
  },
};

/** An existing DHCP client: disable, remove, renew, release or change it. */
export const clientChangeRule: IntentRule = {
  id: 'dhcp: disable|remove|renew|release|set the client on <interface>',
  match(frame) {
    const renewing = saysVerb(frame, 'renew', 'release') && (mentionsDhcp(frame) || has(frame, 'lease')) && !has(frame, 'dhcp-server');
    if (!aboutClient(frame) && !renewing) return 0;
    if (renewing || saysVerb(frame, 'remove', 'disable')) return 45;
    return (frame.actions[0] && changes(frame.actions[0])) || frame.negated ? 45 : 0;
  },
  build(frame, options) {
    const id = this.id;
    const iface = clientInterface(frame, options, id);
    if (isResult(iface)) return iface;
    const target = positional(find(CLIENT, { interface: iface.name }));
    const warnings = [...iface.warnings];
    for (const verb of ['remove', 'disable', 'release', 'renew'] as const) {
      if (!saysVerb(frame, verb)) continue;
      if (verb !== 'renew') warnings.push(`The router gives up the address (and the default route) it got on ${iface.name}${verb === 'release' ? ' until the client gets a new lease' : ''}: if you reach the router through ${iface.name}, you lose the connection.`);
      return { kind: 'commands', rule: id, commands: [command(CLIENT, verb, [target])], warnings };
    }
    const settings = clientSettings(frame, id);
    if (isResult(settings)) return settings;
    if (Object.keys(settings.args).length === 0) return refuse(id, 'it does not say what to change on the DHCP client (default route, its distance, or peer DNS)', 'Set the DHCP client on ether1 to not add a default route');
    if (!('add-default-route' in settings.args) && 'default-route-distance' in settings.args) settings.args['add-default-route'] = 'yes';
    const args = Object.entries(settings.args).map(([name, value]) => named(name, value));
    return { kind: 'commands', rule: id, commands: [command(CLIENT, 'set', [target, ...args])], warnings: [...warnings, ...settings.warnings] };
  },
};

// ---------------------------------------------------------------------------
// IP pools on their own.

const IP_POOL_EXAMPLE = 'Create IP pool vpn with 10.8.0.10-10.8.0.200';

/** An IP pool with its ranges. */
export const poolAddRule: IntentRule = {
  id: 'dhcp: ip pool <name> <ranges>',
  match(frame) {
    if (!has(frame, 'pool') || has(frame, 'dhcp-server', 'dhcp-client', 'lease') || saysService(frame, 'dhcp')) return 0;
    if (!frame.addresses.some((a) => a.value.kind === 'ip-range' || a.value.kind === 'prefix')) return 0;
    return saysVerb(frame, 'add', 'set') || frame.actions.length === 0 ? 50 : 0;
  },
  build(frame) {
    const id = this.id;
    if (frame.negated) return refuse(id, 'the request is negated, so there is nothing to do', IP_POOL_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set']);
    if (other.length > 0) return refuse(id, `"${other.join('", "')}" is not something to do to a new pool here`, IP_POOL_EXAMPLE);
    // The name: the word after "pool" ("pool vpn", "pool named ovpn"), whatever else it could mean.
    const at = frame.terms.findIndex((t) => isNoun(t, 'pool'));
    let nameTerm: Term | undefined;
    for (let k = at + 1; k < frame.terms.length && k <= at + 3; k++) {
      const t = frame.terms[k]!;
      if (NAME_LEAD_INS.has(t.normal)) {
        claim(t);
        continue;
      }
      if (/^[A-Za-z][\w.-]{0,63}$/.test(t.text) && !NOT_POOL_NAMES.has(t.normal) && (!t.technical || t.technical.kind === 'name' || t.technical.kind === 'interface')) nameTerm = t;
      break;
    }
    const stray = [...frame.interfaces, ...frame.services, ...frame.ports, ...frame.protocols, ...frame.numbers, ...frame.macs].filter((x) => x.term !== nameTerm).map((x) => x.term.text);
    if (stray.length > 0) return refuse(id, `an IP pool is a name and address ranges; "${stray.join('", "')}" has no place in it (a DHCP server that uses it: "set up a DHCP server on ether2 for 10.0.5.0/24")`, IP_POOL_EXAMPLE);
    if (nameTerm) claim(nameTerm);
    const named = nameTerm ? { text: nameTerm.text } : undefined;
    if (!named) return refuse(id, 'it does not give the pool a name ("ip pool vpn ...")', IP_POOL_EXAMPLE);
    if (!/^[A-Za-z][\w.-]{0,63}$/.test(named.text)) return refuse(id, `"${named.text}" is not usable as a pool name (letters, digits, - _ .)`, IP_POOL_EXAMPLE);
    const ranges: string[] = [];
    for (const a of frame.addresses) {
      const v = a.value;
      if (v.kind === 'ip-range') {
        if (ipToInt(v.from) > ipToInt(v.to)) return refuse(id, `the range ${v.from}-${v.to} is backwards`, IP_POOL_EXAMPLE);
        ranges.push(`${v.from}-${v.to}`);
      } else if (v.kind === 'prefix') {
        const network = intToIp(networkOf(v.address, v.length));
        if (network !== v.address) return refuse(id, `${v.address}/${v.length} is not a network address; the network is ${network}/${v.length}`, IP_POOL_EXAMPLE);
        if (v.length < 8) return refuse(id, `/${v.length} is far too large for a pool`, IP_POOL_EXAMPLE);
        ranges.push(`${v.address}/${v.length}`);
      } else return refuse(id, `a pool holds address ranges (10.8.0.10-10.8.0.200) or subnets, not ${addressText(v, true)}`, IP_POOL_EXAMPLE);
    }
    has(frame, 'pool', 'name');
    says(frame, 'with', 'ranges', 'range', 'containing', 'holding', 'and', 'new');
    const warnings = [`The pool ${named.text} hands out ${ranges.join(', ')}: keep the router's own addresses and devices with fixed addresses out of it.`];
    if (ranges.some((r) => r.includes('/'))) warnings.push('A subnet as a pool range includes its network and broadcast addresses; give a range (first-last) to leave them out.');
    return { kind: 'commands', rule: id, commands: [command(POOL, 'add', { name: str(named.text), ranges: ranges.join(',') })], warnings };
  },
};

/** "enable DHCP on ether2": a server or a client? */
export const ambiguousDhcpRule: IntentRule = {
  id: 'dhcp: server or client?',
  match(frame) {
    if (!saysService(frame, 'dhcp') || aboutServer(frame) || aboutClient(frame) || aboutLeases(frame) || has(frame, 'lease-time')) return 0;
    return saysVerb(frame, 'enable', 'add', 'set', 'use', 'run') ? 25 : 0;
  },
  build() {
    return refuse(this.id, 'it does not say whether the router should be a DHCP server (hand out addresses) or a DHCP client (get its own address)', SERVER_EXAMPLE);
  },
};

export const DHCP_FAMILY: IntentFamily = {
  id: 'dhcp',
  reads: { nouns: ['host', 'addresses', 'dns-server', 'dhcp-server', 'server', 'client'], places: ['wan', 'router'], words: ['dns', 'dhcp', 'its', 'ip', 'address', 'addresses', 'without', 'spin', 'up', 'always', 'device', 'hand', 'handing', 'out', 'gets', 'get', 'mac', 'mac address'] }, example: 'Set up a DHCP server on bridge for 192.168.88.0/24', summary: 'DHCP (servers with pool and network, lease time, static leases, DHCP clients)',
  usesMacs: true,
  rules: [serverSetupRule, networkRule, poolAddRule, optionAddRule, optionSetRule, serverToggleRule, serverLeaseTimeRule, staticLeaseRule, makeStaticRule, leaseRemoveRule, clientAddRule, clientChangeRule, ambiguousDhcpRule],
};
