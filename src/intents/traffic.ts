/**
 * Slot → matcher helpers shared by the firewall and NAT families: which
 * protocols and ports a frame names, and how a side (WAN/LAN/an interface)
 * becomes `in-interface-list=` / `in-interface=`.
 */
import { ECHO_REQUEST_WORDS, SERVICES, type ServiceSpec } from '../../grammar/english/services.js';
import type { ValueInput } from '../ast/build.js';
import type { Value } from '../ast/nodes.js';
import type { InterfaceRef, ResolvedOptions } from '../api/options.js';
import type { Address, Frame, PortSlot, Slot } from './frame.js';

export interface TrafficGroup {
  /** undefined: any protocol. */
  readonly protocol?: string;
  readonly ports: readonly PortSlot[];
  /** ICMP type:code (`8:0`, echo request) when only pings were named. */
  readonly icmpOptions?: string;
}

export interface Traffic {
  readonly groups: TrafficGroup[];
  readonly warnings: string[];
  /** The services named, for chain decisions and messages. */
  readonly services: readonly ServiceSpec[];
}

const portsOf = (service: ServiceSpec): PortSlot[] =>
  service.ports.map((p) => (typeof p === 'number' ? { from: p, to: p } : { from: p[0], to: p[1] }));

/**
 * The protocol/port groups a frame asks to match. `ports` are the matched
 * (destination-side) ports; ports said after "to" are left to the caller.
 */
/** "block ssh and port 8080", "ssh, 8080": the service and the port are two items of a list, not the service on that port. */
function listedApart(frame: Frame): boolean {
  const service = frame.terms.indexOf(frame.services[0]!.term);
  return frame.ports.some((p) => {
    const port = frame.terms.indexOf(p.term);
    const [from, to] = service < port ? [service, port] : [port, service];
    return frame.terms.slice(from, to).some((t, k) => t.after.includes(',') || (k > 0 && (t.normal === 'and' || t.normal === 'or' || t.normal === 'plus')));
  });
}

export function trafficOf(frame: Frame, portRoles: readonly string[] = ['subject', 'on', 'except'], serviceRoles?: readonly string[], alsoPort?: (p: Slot<PortSlot>) => boolean): Traffic {
  const warnings: string[] = [];
  const services = frame.services.filter((s) => !serviceRoles || serviceRoles.includes(s.role)).map((s) => s.value);
  const explicitPorts = frame.ports.filter((p) => portRoles.includes(p.role) || alsoPort?.(p)).map((p) => p.value);
  const protocols = [...new Set(frame.protocols.map((p) => p.value))];
  const byProtocol = new Map<string | undefined, PortSlot[]>();
  const addPorts = (protocol: string | undefined, ports: readonly PortSlot[]): void => {
    const list = byProtocol.get(protocol) ?? [];
    for (const p of ports) if (!list.some((q) => q.from === p.from && q.to === p.to)) list.push(p);
    byProtocol.set(protocol, list);
  };
  const portProtocols = protocols.filter((p) => p === 'tcp' || p === 'udp');
  if (services.length === 1 && explicitPorts.length > 0 && !listedApart(frame)) {
    // "ssh on port 2222": the service, on the port the user gave.
    for (const protocol of portProtocols.length ? portProtocols : services[0]!.protocols) addPorts(protocol, explicitPorts);
  } else {
    for (const service of services) for (const protocol of portProtocols.length ? portProtocols : service.protocols) addPorts(protocol, portsOf(service));
    const paired = portProtocols.length > 1 ? pairedPorts(frame, portRoles, alsoPort) : undefined;
    if (paired) for (const [protocol, ports] of paired) addPorts(protocol, ports);
    else if (explicitPorts.length > 0) {
      let chosen: readonly string[] = portProtocols;
      if (chosen.length === 0) {
        const known = explicitPorts.length === 1 ? SERVICES.find((s) => s.ports.length === 1 && s.ports[0] === explicitPorts[0]!.from && explicitPorts[0]!.to === explicitPorts[0]!.from) : undefined;
        chosen = known ? known.protocols : ['tcp'];
        if (!known) warnings.push(`No protocol was given for port ${explicitPorts.map(portText).join(', ')}: TCP was assumed. Say "udp" or "tcp and udp" if that is wrong.`);
      }
      for (const protocol of chosen) addPorts(protocol, explicitPorts);
    }
  }
  for (const protocol of protocols) if (protocol !== 'tcp' && protocol !== 'udp') byProtocol.set(protocol, []);
  // "allow ipsec", "allow pptp": the tunnel also needs its port-less protocol (ESP, GRE), unless a protocol was named.
  if (protocols.length === 0) for (const service of services) for (const protocol of service.alsoProtocols ?? []) byProtocol.set(protocol, []);
  if (byProtocol.size === 0) for (const protocol of portProtocols) byProtocol.set(protocol, []);
  // "block ping": echo requests only; "block icmp" (or "icmp and ping") is all of ICMP.
  const icmp = frame.protocols.filter((p) => p.value === 'icmp');
  const echoOnly = icmp.length > 0 && icmp.every((p) => ECHO_REQUEST_WORDS.has(p.term.normal));
  const groups: TrafficGroup[] = [...byProtocol.entries()].map(([protocol, ports]) =>
    protocol === undefined ? { ports } : protocol === 'icmp' && echoOnly ? { protocol, ports, icmpOptions: '8:0' } : { protocol, ports });
  return { groups, warnings, services };
}

/**
 * "udp 500 and tcp 22", "tcp port 80 and udp port 53": each port right after its own protocol. Every protocol is
 * matched with its own ports only (never udp 22 or tcp 500); undefined when some port has no protocol of its own.
 */
function pairedPorts(frame: Frame, portRoles: readonly string[], alsoPort?: (p: Slot<PortSlot>) => boolean): Map<string, PortSlot[]> | undefined {
  const slots = frame.ports.filter((p) => portRoles.includes(p.role) || alsoPort?.(p));
  if (slots.length < 2) return undefined;
  const out = new Map<string, PortSlot[]>();
  for (const slot of slots) {
    let k = frame.terms.indexOf(slot.term) - 1;
    while (k >= 0 && /^(?:port|ports|number)$/.test(frame.terms[k]!.normal)) k--;
    const protocol = frame.protocols.find((p) => p.term === frame.terms[k] && (p.value === 'tcp' || p.value === 'udp'));
    if (!protocol) return undefined;
    out.set(protocol.value, [...(out.get(protocol.value) ?? []), slot.value]);
  }
  return out.size > 1 ? out : undefined;
}

export function portText(p: PortSlot): string {
  return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
}

/** `dst-port=80,443,1000-2000`. */
export function portsValue(ports: readonly PortSlot[]): ValueInput | undefined {
  return ports.length === 0 ? undefined : ports.map(portText).join(',');
}

export type Direction = 'in' | 'out';

/** `{ 'in-interface-list': 'WAN' }` or `{ 'in-interface': 'ether1' }`. */
export function sideArgs(ref: InterfaceRef, direction: Direction, negate = false): Record<string, ValueInput> {
  const wrap = (v: string): ValueInput => (negate ? { kind: 'negated', value: { kind: 'word', text: v } } : v);
  return 'list' in ref ? { [`${direction}-interface-list`]: wrap(ref.list) } : { [`${direction}-interface`]: wrap(ref.interface) };
}

export function placeRef(place: 'wan' | 'lan', options: ResolvedOptions): InterfaceRef {
  return place === 'wan' ? options.wan : options.lan;
}

export function describeRef(ref: InterfaceRef): string {
  return 'list' in ref ? `the interface list ${ref.list}` : `interface ${ref.interface}`;
}

/** The text of an address slot as a RouterOS value (`10.0.0.0/8`, `10.0.0.1-10.0.0.9`). */
export function addressValue(address: Address): Value {
  switch (address.kind) {
    case 'ip': return { kind: 'ip', address: address.address };
    case 'prefix': return { kind: 'prefix', address: address.address, length: address.length };
    case 'ip-range': return { kind: 'range', from: address.from, to: address.to };
    case 'ip6': return address.length === undefined ? { kind: 'ip6', address: address.address } : { kind: 'prefix', address: address.address, length: address.length };
    case 'hostname': return { kind: 'string', value: address.name };
  }
}

/** An address slot as text (`10.0.0.5`, `10.0.0.0/8`, `a-b`, a name); with `withPort`, as typed (`10.0.0.5:80`), for messages. */
export function addressText(address: Address, withPort = false): string {
  switch (address.kind) {
    case 'ip': return withPort && address.port !== undefined ? `${address.address}:${address.port}` : address.address;
    case 'prefix': return `${address.address}/${address.length}`;
    case 'ip-range': return `${address.from}-${address.to}`;
    case 'ip6': return address.length === undefined ? address.address : `${address.address}/${address.length}`;
    case 'hostname': return address.name;
  }
}

/** A comma list of addresses as one value (`src-address` takes one address; callers split when there are several). */
export function slotsWithRole<T>(slots: readonly Slot<T>[], ...roles: string[]): Slot<T>[] {
  return slots.filter((s) => roles.includes(s.role));
}

/** RFC 1918 / CGNAT / loopback: addresses that cannot be a public destination. */
export function isPrivateIpv4(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
}
