/**
 * IP addressing (manual: IP > IP Addressing): add, change and remove IPv4 and
 * IPv6 addresses on interfaces. "10.0.0.1 255.255.255.0" is converted to a
 * prefix length; a network or broadcast address given as the router's own
 * address is refused rather than guessed at.
 */
import { command, find, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import type { Address, Frame } from '../frame.js';
import { addressText, slotsWithRole } from '../traffic.js';
import { refuse, verbScore, type IntentFamily, type IntentResult, type IntentRule, type Referent } from '../types.js';
import { needsReading } from '../claims.js';
import { itInterface, lanBridgeWord } from '../words.js';
import { CHANGE_WORDS, CHANGED_WORDS } from '../../../grammar/english/cues.js';

const EXAMPLE = 'Add 192.168.10.1/24 to ether2';

/** 255.255.255.0 → 24; null for a mask that is not contiguous ones. */
export function maskToPrefix(mask: string): number | null {
  const bits = mask.split('.').map((o) => Number(o).toString(2).padStart(8, '0')).join('');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') === -1 ? 32 : bits.indexOf('0') : null;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

/** An interface address with its prefix, from "10.0.0.1/24" or "10.0.0.1 255.255.255.0"/"netmask ..."/"mask ...". */
interface InterfaceAddress {
  readonly text: string;
  readonly ipv6: boolean;
  readonly term: Term;
}

function interfaceAddresses(frame: Frame): InterfaceAddress[] | IntentResult {
  const out: InterfaceAddress[] = [];
  const addresses = frame.addresses;
  for (let i = 0; i < addresses.length; i++) {
    const slot = addresses[i]!;
    const a: Address = slot.value;
    if (a.kind === 'prefix') {
      if (a.length < 31) {
        const n = ipv4ToNumber(a.address);
        const hostBits = 32 - a.length;
        const host = n % 2 ** hostBits;
        if (host === 0) return refuse('addressing', `${addressText(a)} is the network address, not an address for the router; give the router's own address, such as ${numberToIp(n + 1)}/${a.length}`, EXAMPLE);
        if (host === 2 ** hostBits - 1) return refuse('addressing', `${addressText(a)} is the broadcast address of its subnet; give the router's own address`, EXAMPLE);
      }
      out.push({ text: addressText(a), ipv6: false, term: slot.term });
    } else if (a.kind === 'ip') {
      // A dotted netmask right after the address.
      const next = addresses[i + 1];
      const maskTerm = next && next.value.kind === 'ip' && maskToPrefix(next.value.address) !== null && /^255\./.test(next.value.address) ? next : undefined;
      if (maskTerm && maskTerm.value.kind === 'ip') {
        const length = maskToPrefix(maskTerm.value.address)!;
        out.push({ text: `${a.address}/${length}`, ipv6: false, term: slot.term });
        i++;
        continue;
      }
      if (next && next.value.kind === 'ip' && /^255\./.test(next.value.address)) return refuse('addressing', `${next.value.address} is not a valid netmask (its ones must be contiguous)`, EXAMPLE);
      // "set up bgp peer 203.0.113.1", "create a script that pings 8.8.8.8": an address with no prefix and nothing
      // saying it goes on an interface is a peer or a host; the words around it are what was not understood.
      const other = interfaceCue(frame) ? [] : frame.terms.filter((t) => needsReading(t) && !t.technical && t.number === undefined && !frame.actions.some((x) => x.term === t));
      if (other.length > 0) return refuse('addressing', `${other.map((t) => `"${t.text}"`).join(', ')} ${other.length > 1 ? 'are' : 'is'} not understood here (${a.address} is not given as an interface's address, and no other rule here reads ${other.length > 1 ? 'them' : 'it'}); nothing is written from a request that was not fully understood`, 'Block SSH from the internet');
      return refuse('addressing', `${a.address} has no prefix length; write it as ${a.address}/24 (or give the netmask)`, EXAMPLE);
    } else if (a.kind === 'ip6') {
      if (a.length === undefined) return refuse('addressing', `${a.address} has no prefix length; write it as ${a.address}/64`, 'Add 2001:db8:1::1/64 to ether2');
      out.push({ text: addressText(a), ipv6: true, term: slot.term });
    } else return refuse('addressing', `${addressText(a)} cannot be assigned to an interface`, EXAMPLE);
  }
  return out;
}

function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** The clause says its address goes on an interface: one is named, "it", "interface", "bridge", "address"/"ip". */
const interfaceCue = (frame: Frame): boolean =>
  frame.interfaces.length > 0 || frame.nouns.has('it') || frame.nouns.has('interface') || frame.terms.some((t) => t.normal === 'bridge' || /^(?:ip|ipv6)?\s?(?:address|addresses|ip)$/.test(t.normal));

/** The one interface the clause names (or "it": the previous clause's). */
function targetInterface(frame: Frame): string | null | IntentResult {
  const names = [...new Set(frame.interfaces.map((i) => i.value))];
  if (names.length > 1) return refuse('addressing', 'an address goes on one interface; ask once per interface', EXAMPLE);
  if (names[0]) return names[0];
  const it = itInterface(frame);
  if (it !== undefined) return it;
  if (frame.nouns.has('bridge')) return null;
  return null;
}

/** "change", "update", "modify", "replace", or "set ... to <address>": a new address replaces the old one. */
function isChange(frame: Frame): boolean {
  if (frame.terms.some((t) => CHANGE_WORDS.has(t.normal) || CHANGED_WORDS.has(t.normal) || t.corrected === 'change')) return true;
  return frame.actions.some((a) => a.value === 'set') && !frame.actions.some((a) => a.value === 'add') && frame.addresses.some((a) => a.role === 'to');
}

/**
 * "create vlan 20 on bridge, give it 192.168.20.1/24 and create a dhcp server on it": one IPv4 address given to one
 * interface is what a later "on it" serves; the earlier clause's referent keeps its kind (a bridge stays a bridge).
 */
function withAddress(frame: Frame, name: string | undefined, addresses: readonly InterfaceAddress[]): { referent?: Referent } {
  if (name === undefined || addresses.length !== 1 || addresses[0]!.ipv6) return {};
  const [address, length] = addresses[0]!.text.split('/') as [string, string];
  const kind = frame.referent?.name === name ? frame.referent.kind : 'interface';
  if (kind !== 'interface' && kind !== 'bridge') return {};
  return { referent: { kind, name, address: { address, length: Number(length) } } };
}

const addRule: IntentRule = {
  id: 'addressing: add <address>/<prefix> to <interface>',
  match: (frame) => {
    if (frame.nouns.has('address-list') || frame.nouns.has('vlan')) return 0;
    // Interface addresses are prefixes ("10.0.0.1/24") or address + mask; ranges and names are for other families.
    if (!frame.addresses.some((a) => a.value.kind === 'prefix' || a.value.kind === 'ip' || a.value.kind === 'ip6')) return 0;
    if (frame.addresses.some((a) => a.value.kind === 'ip-range' || a.value.kind === 'hostname')) return 0;
    if (frame.addresses.length === 2 && isChange(frame)) return 25;
    const cue = interfaceCue(frame);
    // "I want 172.16.0.1/16 on vlan100": no verb, but an interface address said to go on an interface.
    // ("ipv6 address 2001:db8:1::1/64 on bridge": "the bridge" alone is the lanBridge option's.)
    const onBridge = frame.interfaces.length === 0 && (lanBridgeWord(frame)?.role === 'on' || lanBridgeWord(frame)?.role === 'to');
    const verbless = frame.actions.length === 0 && (frame.interfaces.some((i) => i.role === 'on' || i.role === 'to') || onBridge) && frame.addresses.some((a) => a.value.kind === 'prefix' || a.value.kind === 'ip6') ? 20 : 0;
    return (cue ? verbScore(frame, ['add', 'set'], 25) : verbScore(frame, ['add'], 25)) || verbless;
  },
  build(frame, options) {
    const changing = isChange(frame);
    const addresses = interfaceAddresses(frame);
    if (!Array.isArray(addresses)) return addresses;
    if (addresses.length === 0) return refuse('addressing', 'it does not give an address', EXAMPLE);
    const named = [...new Set(frame.interfaces.map((i) => i.value))];
    if (changing && addresses.length === 2 && named.length === 1) {
      // An address of a named interface, changed in place.
      const menu = addresses[0]!.ipv6 ? ['ipv6', 'address'] : ['ip', 'address'];
      const commands = [command(menu, 'set', [positionalFind(menu, { address: str(addresses[0]!.text), interface: named[0]! }), prefixArg('address', addresses[1]!.text)])];
      return { kind: 'commands', rule: 'addressing: change <old address> on <interface> to <new address>', commands, warnings: ['If you manage the router through this address, you will lose the connection: use Safe Mode, or connect through another address first.'], subject: named[0]! };
    }
    if (addresses.some((a) => a.ipv6) && addresses.some((a) => !a.ipv6)) return refuse('addressing', 'ask for IPv4 and IPv6 addresses separately', EXAMPLE);
    const menu = addresses[0]!.ipv6 ? ['ipv6', 'address'] : ['ip', 'address'];
    const names = [...new Set(frame.interfaces.map((i) => i.value))];
    const warnings: string[] = [];
    const commands: Command[] = [];
    if (changing && addresses.length === 2 && names.length === 0) {
      // An address changed in place, on whatever interface has it.
      commands.push(command(menu, 'set', [positionalFind(menu, { address: str(addresses[0]!.text) }), prefixArg('address', addresses[1]!.text)]));
      warnings.push('If you manage the router through this address, you will lose the connection: use Safe Mode, or connect through another address first.');
      return { kind: 'commands', rule: 'addressing: change <old address> to <new address>', commands, warnings };
    }
    // "add 10.0.0.1/24 to ether2 and 10.0.1.1/24 to ether3": one interface per address, in order.
    const pairs = names.length > 1 && names.length === addresses.length ? addresses.map((a, k) => [a, names[k]!] as const) : null;
    const iface = pairs ? null : targetInterface(frame);
    if (iface !== null && typeof iface === 'object') return iface;
    const bridgeNamed = frame.terms.some((t) => t.normal === 'bridge');
    const name = iface ?? (bridgeNamed ? options.lanBridge : null);
    if (!pairs && name === null) return refuse('addressing', 'it does not say which interface the address goes on', EXAMPLE);
    const comment = frame.quoted.find((q) => q.label !== null || frame.quoted.length === 1)?.text;
    if (changing) {
      if (addresses.length !== 1 || pairs) return refuse('addressing', 'changing an address takes the new address (and optionally the old one)', 'Change the address of ether1 to 10.0.0.2/30');
      commands.push(command(menu, 'set', [positionalFind(menu, { interface: name! }), prefixArg('address', addresses[0]!.text)]));
      warnings.push(`Every address on ${name} is changed to ${addresses[0]!.text}; if it has several, name the old one: "change 192.168.88.1/24 to ${addresses[0]!.text}".`);
      warnings.push('If you manage the router through this address, you will lose the connection: use Safe Mode, or connect through another address first.');
      return { kind: 'commands', rule: 'addressing: change the address of <interface> to <address>', commands, warnings, subject: name! };
    }
    for (const [a, n] of pairs ?? addresses.map((a) => [a, name!] as const)) {
      commands.push(command(menu, 'add', { address: a.text, interface: n, comment: comment === undefined ? undefined : str(comment) }));
    }
    if (bridgeNamed && !iface) warnings.push(`"The bridge" was taken to mean ${options.lanBridge} (the lanBridge option).`);
    return { kind: 'commands', rule: this.id, commands, warnings, subject: pairs ? pairs[pairs.length - 1]![1] : name!, ...withAddress(frame, pairs ? undefined : name!, addresses) };
  },
};

function positionalFind(menu: readonly string[], matchers: Record<string, ValueInput>): { kind: 'positional'; value: ReturnType<typeof find> } {
  return { kind: 'positional', value: find(menu, matchers) };
}

function prefixArg(name: string, text: string): { kind: 'named'; name: string; value: { kind: 'prefix'; address: string; length: number } } {
  const [address, length] = text.split('/') as [string, string];
  return { kind: 'named', name, value: { kind: 'prefix', address, length: Number(length) } };
}

const removeRule: IntentRule = {
  id: 'addressing: remove <address> | the addresses of <interface>',
  match: (frame) => {
    if (frame.nouns.has('address-list') || frame.nouns.has('vlan') || frame.nouns.has('bridge')) return 0;
    const addressy = frame.addresses.some((a) => a.value.kind === 'prefix' || a.value.kind === 'ip6') || frame.terms.some((t) => /^(?:ip|ipv6|ipv4)?\s?(?:address|addresses|ip)$/.test(t.normal));
    return addressy ? verbScore(frame, ['remove'], 25) : 0;
  },
  build(frame) {
    const commands: Command[] = [];
    // "remove address 10.0.0.1/30 from ether1": the interface narrows which entry goes (both must match).
    const on = [...new Set(slotsWithRole(frame.interfaces, 'from', 'on', 'to').map((i) => i.value))];
    if (frame.addresses.length > 0 && on.length > 1) return refuse(this.id, 'an address is on one interface; name one', 'Remove the address 192.168.88.1/24 from ether2');
    for (const slot of frame.addresses) {
      const a = slot.value;
      if (a.kind !== 'prefix' && a.kind !== 'ip6' && a.kind !== 'ip') return refuse(this.id, `${addressText(a)} is not an interface address`, 'Remove the address 192.168.88.1/24');
      if (a.kind === 'ip') return refuse(this.id, `give ${a.address} with its prefix length as it appears in /ip address (e.g. ${a.address}/24)`, 'Remove the address 192.168.88.1/24');
      const ipv6 = a.kind === 'ip6' || a.address.includes(':');
      const menu = ipv6 ? ['ipv6', 'address'] : ['ip', 'address'];
      // Quoted: unquoted, a prefix in find is an ip-prefix value and may not match (MikroTik scripting tips).
      commands.push(command(menu, 'remove', [{ kind: 'positional', value: find(menu, { address: str(addressText(a)), interface: on[0] }) }]));
    }
    if (commands.length === 0) {
      const names = [...new Set(slotsWithRole(frame.interfaces, 'from', 'on', 'subject', 'to').map((i) => i.value))];
      if (names.length !== 1) return refuse(this.id, 'it does not say which address (or which interface\'s addresses) to remove', 'Remove the address 192.168.88.1/24');
      const ipv6 = frame.nouns.has('ipv6');
      const menu = ipv6 ? ['ipv6', 'address'] : ['ip', 'address'];
      commands.push(command(menu, 'remove', [{ kind: 'positional', value: find(menu, { interface: names[0]! }) }]));
    }
    return { kind: 'commands', rule: this.id, commands, warnings: ['Removing an address you manage the router through cuts your connection: use Safe Mode.'] };
  },
};

export const ADDRESSING: IntentFamily = { id: 'addressing', reads: { nouns: ['host', 'addresses', 'ipv6', 'ipv4', 'all'], words: ['ip', 'ip address', 'ipv6', 'address', 'addresses', 'all'] }, example: 'Add 192.168.10.1/24 to ether2', summary: 'IP addresses on interfaces (add, change, remove; IPv4 and IPv6)', rules: [addRule, removeRule] };
