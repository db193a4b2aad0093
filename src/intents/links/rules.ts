/**
 * Links and interface settings (issue 15): bonding (manual: Bonding), VRRP (manual: VRRP), a loopback (a bridge with
 * no ports and a /32, the usual RouterOS loopback for router ids and management), an Ethernet port's MAC address,
 * proxy ARP on an interface, IPv6 prefix delegation from the ISP (a DHCPv6 client that requests a prefix into a
 * pool, and a LAN address from that pool), and IPv6 on or off.
 *
 * Choices (each response says so): a bond's mode is never guessed (a mode the switch does not run takes the link
 * down); a VRRP group needs its id, the same on every router of the group; the virtual address is written as a /32
 * on the VRRP interface; a loopback address is one host.
 */
import { command, str } from '../../ast/build.js';
import type { Arg, Command, Value } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Term } from '../../nlp/analyze.js';
import { nameAfter, nameOf, PLAIN_NAME } from '../../slots/names.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { has, isNoun, leads, says } from '../words.js';
import { ownAddresses } from '../../model/sides.js';
import { DELEGATED_PREFIX_WORDS, IPV6_PART_WORDS, PREFIX_DELEGATION_WORDS, PROXY_ARP_WORDS } from '../../../grammar/english/links.js';
import { BEFORE_NAME_WORDS } from '../../../grammar/english/cues.js';
import { NAME_GIVING_WORDS } from '../../../grammar/english/classes.js';

const ok = (rule: string, commands: Command[], warnings: string[] = [], subject?: string): IntentResult =>
  subject === undefined ? { kind: 'commands', rule, commands, warnings } : { kind: 'commands', rule, commands, warnings, subject };
const word = (text: string): Value => ({ kind: 'word', text });
const named = (name: string, value: Value): Arg => ({ kind: 'named', name, value });
const nameValue = (name: string): Value => (PLAIN_NAME.test(name) && !/^\d/.test(name) ? word(name) : str(name));
const list = (names: readonly string[]): Value => (names.length === 1 ? word(names[0]!) : { kind: 'list', items: names.map(word) });

/** The menu an interface's own settings (`arp`, `mac-address`) live in, by its name, or undefined. */
function settingsMenu(name: string): string | undefined {
  if (/^(?:ether|sfp|qsfp|combo)/i.test(name)) return '/interface ethernet';
  if (/^(?:bridge|br)/i.test(name)) return '/interface bridge';
  if (/^vlan/i.test(name)) return '/interface vlan';
  if (/^bond/i.test(name)) return '/interface bonding';
  return undefined;
}

/** The interfaces the clause names; "the bridge" alone is the `lanBridge` option's bridge (RouterOS's default is "bridge"). */
function interfacesOf(frame: Frame, options: ResolvedOptions): string[] {
  const names = [...new Set(frame.interfaces.map((i) => i.value))];
  if (names.length === 0 && has(frame, 'bridge')) names.push(options.lanBridge);
  return names;
}

/** A name after "named"/"called" that is not one of the clause's other values. */
function givenName(frame: Frame): { name: string; term: Term } | undefined {
  const found = nameAfter(frame.terms, NAME_GIVING_WORDS);
  if (!found) return undefined;
  claim(found.term, ...frame.terms.filter((t) => NAME_GIVING_WORDS.has(t.normal)));
  return { name: found.name, term: found.term };
}

// ---- bonding --------------------------------------------------------------------------------------------------

/** Bonding modes by the words people use. */
const MODES: readonly { words: readonly string[]; mode: string }[] = [
  { words: ['lacp', '802.3ad', 'lag', 'link aggregation', 'etherchannel', 'port channel', 'port-channel'], mode: '802.3ad' },
  { words: ['active-backup', 'active backup', 'failover'], mode: 'active-backup' },
  // (A hyphenated word is read with a space: "balance-rr" is "balance rr", as "active-backup" is "active backup".)
  { words: ['balance-rr', 'balance rr', 'round robin', 'round-robin'], mode: 'balance-rr' },
  { words: ['balance-xor', 'balance xor'], mode: 'balance-xor' },
  { words: ['balance-tlb', 'balance tlb'], mode: 'balance-tlb' },
  { words: ['balance-alb', 'balance alb'], mode: 'balance-alb' },
  { words: ['broadcast'], mode: 'broadcast' },
];

const isBondWord = (t: Term): boolean => isNoun(t, 'bond') || MODES[0]!.words.includes(t.normal);

/** "bond ether2 and ether3 with lacp", "create a bonding interface bond1 of ether4,ether5 in active-backup mode". */
export const bondingRule: IntentRule = {
  id: 'links: bonding <slaves> <mode> [name]',
  match: (frame) => (frame.terms.some(isBondWord) && (frame.actions.length === 0 || leads(frame, 'add', 'set', 'bond')) ? 55 : 0),
  build(frame) {
    const example = 'Bond ether2 and ether3 with LACP';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    claim(...frame.terms.filter(isBondWord));
    has(frame, 'interface');
    const names = [...new Set(frame.interfaces.map((i) => i.value))];
    const bondNames = names.filter((n) => /^bond/i.test(n));
    const given = givenName(frame);
    if (bondNames.length > 1) return refuse(this.id, 'it names more than one bonding interface', example);
    const name = given?.name ?? bondNames[0] ?? 'bond1';
    const slaves = names.filter((n) => n !== name && !bondNames.includes(n));
    if (slaves.length < 2) return refuse(this.id, 'a bond needs at least two member ports (slaves)', example);
    if (slaves.some((s) => !/^(?:ether|sfp|qsfp|combo)/i.test(s))) return refuse(this.id, `bond members are Ethernet or SFP ports; ${slaves.find((s) => !/^(?:ether|sfp|qsfp|combo)/i.test(s))} is not one`, example);
    const modes = MODES.filter((m) => frame.terms.some((t) => m.words.includes(t.normal)));
    if (modes.length === 0) return refuse(this.id, 'it does not say the bonding mode (LACP/802.3ad, active-backup, balance-rr, ...); a mode the switch does not run takes the link down', example);
    if (modes.length > 1) return refuse(this.id, 'it names more than one bonding mode', example);
    claim(...frame.terms.filter((t) => modes[0]!.words.includes(t.normal)));
    says(frame, 'mode', 'using', 'slaves', 'slave', 'members', 'member');
    const mode = modes[0]!.mode;
    const args: Arg[] = [named('name', nameValue(name)), named('mode', word(mode)), named('slaves', list(slaves))];
    const warnings = [
      `${slaves.join(', ')} become slaves of ${name}: addresses, DHCP clients and bridge membership on them stop working; move them to ${name} (or make ${name} the bridge port). Do it in Safe Mode, not over one of these ports.`,
    ];
    if (mode === '802.3ad') warnings.push('The switch ports must run LACP (802.3ad) too; transmit-hash-policy stays layer-2, RouterOS\'s default.');
    return ok(this.id, [command('/interface bonding', 'add', args)], warnings, name);
  },
};

// ---- VRRP -----------------------------------------------------------------------------------------------------

/** The number right after one of `labels` ("vrid 10", "priority 200", "id 5"), claimed with its label. */
function numberAfter(frame: Frame, labels: readonly string[]): { value: number; term: Term } | undefined {
  for (const n of frame.numbers) {
    const at = frame.terms.indexOf(n.term);
    const before = frame.terms[at - 1];
    if (before && labels.includes(before.normal)) {
      claim(before, n.term);
      return { value: n.value, term: n.term };
    }
  }
  return undefined;
}

/** "set up vrrp on bridge with vrid 10, priority 200 and address 192.168.88.254". */
export const vrrpRule: IntentRule = {
  id: 'links: vrrp <interface> <vrid> [priority] <virtual address>',
  match: (frame) => (frame.terms.some((t) => t.normal === 'vrrp') ? 55 : 0),
  build(frame, options) {
    const example = 'Set up VRRP on bridge with vrid 10, priority 200 and virtual address 192.168.88.254';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    claim(...frame.terms.filter((t) => t.normal === 'vrrp'));
    has(frame, 'interface');
    const given = givenName(frame);
    const names = interfacesOf(frame, options).filter((n) => n !== given?.name);
    if (names.length !== 1) return refuse(this.id, names.length === 0 ? 'it does not say which interface the VRRP group runs on' : 'VRRP runs on one interface per group', example);
    const vrid = numberAfter(frame, ['vrid', 'id', 'group']);
    if (!vrid) return refuse(this.id, 'it does not give the VRRP id (vrid, 1-255), which must be the same on every router of the group', example);
    if (vrid.value < 1 || vrid.value > 255) return refuse(this.id, 'the VRRP id (vrid) is 1-255', example);
    const priority = numberAfter(frame, ['priority']);
    if (priority && (priority.value < 1 || priority.value > 254)) return refuse(this.id, 'the VRRP priority is 1-254 (the highest becomes master)', example);
    const others = frame.numbers.filter((n) => n.term !== vrid.term && n.term !== priority?.term);
    if (others.length > 0) return refuse(this.id, `it is not clear what ${others[0]!.value} is; say "vrid ${others[0]!.value}" or "priority ${others[0]!.value}"`, example);
    if (frame.addresses.length !== 1) return refuse(this.id, frame.addresses.length === 0 ? 'it does not give the virtual address the routers share' : 'give one virtual address', example);
    const address = frame.addresses[0]!.value;
    if (address.kind !== 'ip' && address.kind !== 'prefix') return refuse(this.id, `${frame.addresses[0]!.term.text} is not an IPv4 address`, example);
    if (address.kind === 'ip' && address.port !== undefined) return refuse(this.id, 'a virtual address has no port', example);
    // RouterOS cannot be a VRRP address owner (manual: VRRP): the shared address is never one of the routers' own.
    const own = ownAddresses(options).get(address.address);
    if (own !== undefined) return refuse(this.id, `${address.address} is ${own}; the virtual address must be another address of that subnet, free on every router of the group (RouterOS cannot own it)`, example);
    has(frame, 'host', 'virtual');
    says(frame, 'shared');
    const name = given?.name ?? `vrrp${vrid.value}`;
    const warnings = [`The virtual address is written as ${address.address}/32 on ${name}, as RouterOS's VRRP expects; the routers' own addresses in that subnet stay on ${names[0]}.`];
    if (!priority) warnings.push('No priority was given: 100, RouterOS\'s default (the router with the highest priority is master; give the backup a lower one).');
    if (address.kind === 'prefix' && address.length !== 32) warnings.push(`The /${address.length} was read as the subnet of ${address.address}; a VRRP address is one host.`);
    const add: Arg[] = [named('name', nameValue(name)), named('interface', word(names[0]!)), named('vrid', { kind: 'number', value: vrid.value })];
    if (priority) add.push(named('priority', { kind: 'number', value: priority.value }));
    return ok(this.id, [
      command('/interface vrrp', 'add', add),
      command('/ip address', 'add', [named('address', { kind: 'prefix', address: address.address, length: 32 }), named('interface', nameValue(name))]),
    ], warnings, name);
  },
};

// ---- loopback -------------------------------------------------------------------------------------------------

/** "add a loopback interface with 10.255.255.1/32", "create a loopback named lo0 with address 10.255.255.1". */
export const loopbackRule: IntentRule = {
  id: 'links: loopback bridge <address>/32 [name]',
  match: (frame) => (frame.terms.some((t) => isNoun(t, 'loopback')) && !frame.terms.some((t) => /\bnat\b/.test(t.normal)) ? 55 : 0),
  build(frame) {
    const example = 'Add a loopback interface with 10.255.255.1/32';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    has(frame, 'loopback', 'interface', 'bridge', 'host');
    // ("named lo0", "loopback lo0": a name with the shape of an interface, given or right after the noun, is its own name.)
    const at = frame.terms.findIndex((t) => isNoun(t, 'loopback'));
    const right = frame.interfaces.find((i) => frame.terms.indexOf(i.term) === at + 1);
    const given = givenName(frame) ?? (right ? { name: right.value, term: right.term } : undefined);
    const ports = frame.interfaces.filter((i) => i.term !== given?.term);
    if (ports.length > 0) return refuse(this.id, `a loopback has no ports; ${ports[0]!.value} would not belong to it`, example);
    if (frame.addresses.length !== 1) return refuse(this.id, frame.addresses.length === 0 ? 'it does not give the loopback\'s address' : 'give the loopback one address', example);
    const address = frame.addresses[0]!.value;
    if (address.kind !== 'ip' && !(address.kind === 'prefix' && address.length === 32)) {
      return refuse(this.id, `${frame.addresses[0]!.term.text} is not one host address; a loopback address is a /32`, example);
    }
    if (address.kind === 'ip' && address.port !== undefined) return refuse(this.id, 'an address has no port here', example);
    const name = given?.name ?? 'loopback';
    return ok(this.id, [
      command('/interface bridge', 'add', [named('name', nameValue(name)), named('comment', str('loopback'))]),
      command('/ip address', 'add', [named('address', { kind: 'prefix', address: address.address, length: 32 }), named('interface', nameValue(name))]),
    ], [`The loopback is a bridge with no ports (${name}): its address is always up, for router ids, management and tunnels; nothing is bridged.`], name);
  },
};

// ---- MAC address ----------------------------------------------------------------------------------------------

/** "change the mac address of ether1 to 00:11:22:33:44:55", "reset the mac address of ether1". */
export const macRule: IntentRule = {
  id: 'links: mac-address of <ethernet port> (set | reset)',
  match: (frame) => (frame.terms.some((t) => t.normal === 'mac' || t.normal === 'mac address' || t.normal === 'mac-address') && frame.interfaces.length > 0 && !has(frame, 'mac-server', 'mac-winbox', 'mac-ping') ? 50 : 0),
  build(frame) {
    const example = 'Change the MAC address of ether1 to 02:11:22:33:44:55';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    claim(...frame.terms.filter((t) => t.normal === 'mac' || t.normal === 'mac address' || t.normal === 'mac-address'));
    has(frame, 'host', 'interface');
    const names = [...new Set(frame.interfaces.map((i) => i.value))];
    if (names.length !== 1) return refuse(this.id, 'change the MAC address of one interface at a time', example);
    const port = names[0]!;
    if (settingsMenu(port) !== '/interface ethernet') return refuse(this.id, `${port} is not an Ethernet port; only Ethernet and SFP ports take a MAC address of their own here`, example);
    const reset = leads(frame, 'reset') || says(frame, 'original', 'factory', 'default');
    if (reset) {
      if (frame.macs.length > 0) return refuse(this.id, 'it both gives a MAC address and asks to reset it', example);
      return ok(this.id, [command('/interface ethernet', 'reset-mac-address', [{ kind: 'positional', value: word(port) }])], [`${port} gets its factory MAC address back: the ISP's DHCP server or the devices' ARP caches see a new MAC.`], port);
    }
    if (frame.macs.length !== 1) return refuse(this.id, frame.macs.length === 0 ? 'it does not give the new MAC address' : 'give one MAC address', example);
    const mac = frame.macs[0]!.value;
    if (parseInt(mac.slice(0, 2), 16) & 1) return refuse(this.id, `${mac} is a multicast address; an interface needs a unicast one (an even first byte)`, example);
    if (/^(?:00:){5}00$/.test(mac)) return refuse(this.id, `${mac} is not a usable MAC address`, example);
    return ok(this.id, [command('/interface ethernet', 'set', [{ kind: 'positional', value: word(port) }, named('mac-address', { kind: 'mac', address: mac })])], [
      `The new MAC address takes effect at once: DHCP leases (the ISP's too) and ARP caches that knew ${port} by its old one must learn it again, which can cut connections through it.`,
    ], port);
  },
};

// ---- proxy ARP ------------------------------------------------------------------------------------------------

/** "enable proxy arp on ether2", "turn off proxy-arp on bridge". */
export const proxyArpRule: IntentRule = {
  id: 'links: proxy-arp on <interface> (on | off)',
  match: (frame) => (frame.terms.some((t) => t.normal === 'proxy arp' || t.normal === 'proxy-arp' || (t.normal === 'proxy' && frame.terms[frame.terms.indexOf(t) + 1]?.normal === 'arp')) ? 55 : 0),
  build(frame, options) {
    const example = 'Enable proxy ARP on ether2';
    if (frame.negated) return refuse(this.id, 'the request is negated; say "disable proxy ARP on ether2" to turn it off', example);
    claim(...frame.terms.filter((t) => PROXY_ARP_WORDS.has(t.normal)));
    has(frame, 'interface');
    const names = interfacesOf(frame, options);
    if (names.length !== 1) return refuse(this.id, names.length === 0 ? 'it does not say on which interface' : 'set proxy ARP on one interface at a time', example);
    const menu = settingsMenu(names[0]!);
    if (!menu || menu === '/interface bonding') return refuse(this.id, `the ARP mode of ${names[0]} is not set here (Ethernet ports, bridges and VLANs are)`, example);
    // "proxy arp on bridge": with no verb, proxy ARP named on an interface is a request to have it there.
    const verbless = frame.actions.length === 0;
    const off = leads(frame, 'disable', 'remove') || ((leads(frame, 'turn') || verbless) && says(frame, 'off'));
    const on = leads(frame, 'enable', 'set', 'add', 'use') || (leads(frame, 'turn') && says(frame, 'on')) || (verbless && !says(frame, 'off'));
    if (off === on) return refuse(this.id, 'it does not say whether to turn proxy ARP on or off', example);
    says(frame, 'on', 'off');
    const warnings = off
      ? ['arp=enabled is RouterOS\'s default: hosts that reached others through this router\'s proxy answers lose them.']
      : [`${names[0]} answers ARP for every address the router has a route to: hosts on it reach other subnets without a gateway, and a wrong route there answers for addresses that are not yours.`];
    return ok(this.id, [command(menu, 'set', [{ kind: 'positional', value: word(names[0]!) }, named('arp', word(off ? 'enabled' : 'proxy-arp'))])], warnings, names[0]);
  },
};

// ---- IPv6 -----------------------------------------------------------------------------------------------------

const IPV6_EXAMPLE = 'Get an IPv6 prefix from the ISP on ether1 and give the LAN an address from it';

/** The pool's name after "pool" ("into the pool pd", "pool named isp-pd"), claimed with its label. */
function poolNamed(frame: Frame): { name: string; term: Term } | null {
  const at = frame.terms.findIndex((t) => isNoun(t, 'pool'));
  if (at < 0) return null;
  let k = at + 1;
  while (frame.terms[k] && BEFORE_NAME_WORDS.has(frame.terms[k]!.normal)) k++;
  const found = nameOf(frame.terms[k]);
  if (!found) return null;
  claim(...frame.terms.slice(at, k + 1));
  return { name: found.name, term: found.term };
}

/** "pool name" or "pool named" with no name after it. */
const poolNameMissing = (frame: Frame): boolean =>
  frame.terms.some((t, i) => isNoun(t, 'pool') && BEFORE_NAME_WORDS.has(frame.terms[i + 1]?.normal ?? '') && !nameOf(frame.terms[i + 2]));

/** The WAN interface for the DHCPv6 client: the one named, or the `wan` option's interface. */
function wanInterface(frame: Frame, options: ResolvedOptions, lan: string | undefined): string | IntentResult {
  const named_ = [...new Set(frame.interfaces.map((i) => i.value))].filter((n) => n !== lan);
  if (named_.length > 1) return refuse('links', 'it names more than one interface to request the prefix on', IPV6_EXAMPLE);
  if (named_[0]) return named_[0];
  if (!('interface' in options.wan)) return refuse('links', `the WAN side is the interface list ${options.wan.list}; name the interface the ISP's prefix arrives on (e.g. ether1 or pppoe-out1)`, IPV6_EXAMPLE);
  return options.wan.interface;
}

/** "get an ipv6 prefix from the isp on pppoe-out1 and give the lan an address from it", "request prefix delegation on ether1". */
export const prefixDelegationRule: IntentRule = {
  id: 'links: ipv6 prefix delegation <wan> [pool] [lan address]',
  match: (frame) => (has(frame, 'ipv6') && (frame.terms.some((t) => PREFIX_DELEGATION_WORDS.has(t.normal))) && frame.addresses.length === 0 ? 55 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', IPV6_EXAMPLE);
    claim(...frame.terms.filter((t) => DELEGATED_PREFIX_WORDS.has(t.normal)));
    has(frame, 'ipv6', 'interface');
    says(frame, 'get', 'request', 'receive', 'from');
    // The LAN side: "give the lan (bridge) an address", "on bridge", or the lanBridge option for "the LAN".
    const lanPlace = frame.places.find((p) => p.value === 'lan');
    const wanPlace = frame.places.find((p) => p.value === 'wan');
    const toLan = frame.interfaces.find((i) => i.role === 'to' || i.role === 'subject' && frame.interfaces.length > 1 && frame.interfaces.indexOf(i) > 0);
    const lan = lanPlace ? options.lanBridge : toLan?.value;
    if (wanPlace) claim(wanPlace.term);
    const wan = wanInterface(frame, options, lan);
    if (typeof wan !== 'string') return wan;
    const poolName = poolNamed(frame);
    if (!poolName && poolNameMissing(frame)) return refuse(this.id, 'it does not say what to name the pool', IPV6_EXAMPLE);
    const pool = poolName?.name ?? 'isp-pd';
    const commands = [command('/ipv6 dhcp-client', 'add', [
      named('interface', word(wan)), named('request', word('prefix')), named('pool-name', nameValue(pool)), named('add-default-route', word('yes')),
    ])];
    const warnings = [
      `The delegated prefix goes into the pool ${pool}; add-default-route=yes adds the IPv6 default route through ${wan} (RouterOS does not take one from router advertisements while it forwards).`,
      'LAN hosts get public IPv6 addresses: keep an IPv6 input and forward firewall (RouterOS\'s default configuration has one) before this goes live.',
    ];
    if (lan) {
      says(frame, 'give', 'address', 'addresses', 'it', 'them');
      has(frame, 'host', 'it');
      commands.push(command('/ipv6 address', 'add', [named('interface', nameValue(lan)), named('from-pool', nameValue(pool)), named('advertise', word('yes'))]));
      warnings.push(`${lan} gets a /64 from the pool and advertises it (SLAAC), so its hosts configure themselves.`);
      if (lanPlace) warnings.unshift(`"The LAN" was taken to be the bridge ${lan} (the lanBridge option).`);
    }
    return { kind: 'commands', rule: this.id, commands, warnings, referent: { kind: 'ipv6-pool', name: pool } };
  },
};

/** "... and give the lan an address from it", "give bridge an ipv6 address from the pool isp-pd". */
export const addressFromPoolRule: IntentRule = {
  id: 'links: ipv6 address from <pool> on <interface>',
  match: (frame) => (leads(frame, 'add') && ((frame.referent?.kind === 'ipv6-pool' && frame.nouns.has('it')) || (has(frame, 'ipv6') && has(frame, 'pool'))) && frame.addresses.length === 0 ? 60 : 0),
  build(frame, options) {
    const example = 'Get an IPv6 prefix from the ISP on ether1 and give the LAN an address from it';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    const poolName = poolNamed(frame);
    const fromIt = frame.referent?.kind === 'ipv6-pool' && frame.nouns.has('it') ? frame.referent.name : undefined;
    const pool = poolName?.name ?? fromIt;
    if (!pool) return refuse(this.id, 'it does not say which IPv6 pool to take the address from', example);
    has(frame, 'ipv6', 'host');
    says(frame, 'address', 'addresses', 'from');
    const lan = frame.places.find((p) => p.value === 'lan');
    const names = [...new Set(frame.interfaces.map((i) => i.value))];
    if (lan) names.push(options.lanBridge);
    else if (names.length === 0 && has(frame, 'bridge')) names.push(options.lanBridge);
    if (names.length !== 1) return refuse(this.id, names.length === 0 ? 'it does not say which interface gets the address' : 'give one interface an address from the pool at a time', example);
    const warnings = [`${names[0]} gets a /64 from the pool ${pool} and advertises it (SLAAC), so its hosts configure themselves.`];
    if (lan) warnings.unshift(`"The LAN" was taken to be the bridge ${options.lanBridge} (the lanBridge option).`);
    return ok(this.id, [command('/ipv6 address', 'add', [named('interface', nameValue(names[0]!)), named('from-pool', nameValue(pool)), named('advertise', word('yes'))])], warnings, names[0]);
  },
};

/** IPv6 on or off. */
export const ipv6OnOffRule: IntentRule = {
  id: 'links: ipv6 on | off (disable-ipv6)',
  match: (frame) => (has(frame, 'ipv6') && frame.interfaces.length + frame.addresses.length === 0 && (leads(frame, 'disable', 'enable') || leads(frame, 'turn')) && !frame.terms.some((t) => IPV6_PART_WORDS.has(t.normal)) ? 50 : 0),
  build(frame) {
    const example = 'Disable IPv6';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    has(frame, 'ipv6');
    const off = leads(frame, 'disable') || (leads(frame, 'turn') && says(frame, 'off'));
    const on = leads(frame, 'enable') || (leads(frame, 'turn') && says(frame, 'on'));
    if (off === on) return refuse(this.id, 'it does not say whether to turn IPv6 on or off', example);
    says(frame, 'on', 'off', 'back', 'completely', 'entirely', 'everywhere');
    return ok(this.id, [command('/ipv6 settings', 'set', [named('disable-ipv6', word(off ? 'yes' : 'no'))])], off
      ? ['Every IPv6 address, route and connection of the router stops, including management over IPv6.']
      : ['IPv6 addresses and routes configured earlier come back into use.']);
  },
};

export const LINKS_FAMILY: IntentFamily = {
  id: 'links',
  usesMacs: true,
  example: 'Bond ether2 and ether3 with LACP',
  summary: 'links and interface settings (bonding, VRRP, loopback, MAC address, proxy ARP, IPv6 prefix delegation, IPv6 on/off)',
  rules: [bondingRule, vrrpRule, loopbackRule, macRule, proxyArpRule, prefixDelegationRule, addressFromPoolRule, ipv6OnOffRule],
};
