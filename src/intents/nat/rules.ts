/**
 * NAT (manual: IP > Firewall > NAT): masquerade and src-nat on the way out,
 * dst-nat port forwarding and redirect to the router on the way in.
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Frame, PortSlot, Slot } from '../frame.js';
import { addressText, addressValue, describeRef, isPrivateIpv4, placeRef, portsValue, portText, sideArgs, slotsWithRole, trafficOf } from '../traffic.js';
import { refuse, verbScore, verbsOf, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';

const NAT = ['ip', 'firewall', 'nat'];
const FORWARD_EXAMPLE = 'Forward port 8080 to 192.168.88.10:80';

/** "block and forward ssh": a filter verb in a NAT clause is refused, not dropped ("allow and forward" is a port forward). */
function mixed(frame: Frame, id: string): IntentResult | null {
  return verbsOf(frame).some((v) => v === 'block' || v === 'reject' || v === 'tarpit')
    ? refuse(id, 'it asks for both a NAT change and a filter rule in one clause; ask for them one after the other', 'Forward port 8080 to 192.168.88.10:80, then block telnet from the internet')
    : null;
}

function wanWarning(options: ResolvedOptions, used: boolean): string[] {
  return used && options.wanIsDefault
    ? [`"WAN" was taken to mean ${describeRef(options.wan)}, as in RouterOS's default configuration; pass the wan option (e.g. ether1) if your router differs.`]
    : [];
}

function commentOf(frame: Frame): ValueInput | undefined {
  const q = frame.quoted.find((x) => x.label === null || x.label === 'comment' || x.label === 'named' || x.label === 'called');
  return q ? str(q.text) : undefined;
}

/** "forward port 8080 to 192.168.88.10:80", "port forward 443 to 10.0.0.5", "map tcp 2222 to 192.168.88.20 port 22". */
export const portForwardRule: IntentRule = {
  id: 'nat: forward <port> to <ip>[:<port>]',
  match: (frame) => verbScore(frame, ['forward'], 30),
  build(frame, options) {
    return mixed(frame, this.id) ?? dstNat(frame, options, this.id);
  },
};

function dstNat(frame: Frame, options: ResolvedOptions, id: string): IntentResult {
  // "expose my web server 192.168.88.5 on port 443", "forward port 443 to my web server 192.168.88.5": a service named as
  // a kind of server describes the host when a port is given too; the port is the one forwarded, not the service's own.
  // Only when the server is named right before its address ("my web server 192.168.88.5"): "forward web server to X port
  // 8080" forwards the service's port.
  const described = (s: (typeof frame.services)[number]): boolean => /(?:server|^website)$/.test(s.term.normal) && frame.terms[frame.terms.indexOf(s.term) + 1]?.technical?.kind === 'ip';
  const host = frame.services.length === 1 && frame.ports.length > 0 && described(frame.services[0]!) ? frame.services[0]! : undefined;
  if (host) {
    const own = host.value.ports.length === 1 && typeof host.value.ports[0] === 'number' ? host.value.ports[0] : undefined;
    const at = frame.terms.indexOf(host.term);
    const target = frame.addresses.find((a) => frame.terms.indexOf(a.term) > at);
    const outside = frame.ports.filter((p) => p.role !== 'to' && (!target || frame.terms.indexOf(p.term) < frame.terms.indexOf(target.term)));
    // "forward port 8080 to my web server 192.168.88.5": 8080 outside, and the server's own port is not said.
    if (outside.length > 0 && outside.some((p) => p.value.from !== own || p.value.to !== own) && frame.ports.length === outside.length) {
      return refuse(id, `it does not say which port the ${host.term.text} listens on (${own ?? 'its own'}, or ${portText(outside[0]!.value)}?); say "to ${target ? addressText(target.value) : '<address>'} port ${own ?? '<port>'}"`, FORWARD_EXAMPLE);
    }
    frame = { ...frame, services: [] };
  }
  let targets = slotsWithRole(frame.addresses, 'to');
  // "expose rdp on 192.168.88.30": a private address can only be the internal host.
  if (targets.length === 0) targets = slotsWithRole(frame.addresses, 'on', 'subject').filter((a) => a.value.kind === 'ip' && isPrivateIpv4(a.value.address));
  if (targets.length === 0) return refuse(id, 'port forwarding needs the internal address to forward to', FORWARD_EXAMPLE);
  if (targets.length > 1) return refuse(id, 'port forwarding goes to one internal address per rule', FORWARD_EXAMPLE);
  const target = targets[0]!.value;
  if (target.kind !== 'ip') return refuse(id, `the forwarding target must be one IPv4 address, not ${addressText(target)}`, FORWARD_EXAMPLE);
  // "map external port 8443 to internal host 192.168.88.100 on 443": a port said after the internal host is its port.
  const targetAt = frame.terms.indexOf(targets[0]!.term);
  const afterTarget = (p: Slot<PortSlot>): boolean => (p.role === 'on' || p.role === 'subject') && frame.terms.indexOf(p.term) > targetAt;
  const traffic = trafficOf({ ...frame, ports: frame.ports.filter((p) => !afterTarget(p)) }, ['subject', 'on', 'from']);
  const warnings = [...traffic.warnings];
  const toPorts = frame.ports.filter((p) => p.role === 'to' || afterTarget(p)).map((p) => p.value);
  if (target.port !== undefined) toPorts.push({ from: target.port, to: target.port });
  // "forward ssh from wan port 2200 to 192.168.88.5": one service on another outside port goes to the service's own port inside.
  const service = traffic.services.length === 1 ? traffic.services[0]! : undefined;
  const outside = frame.ports.filter((p) => !afterTarget(p) && p.role !== 'to');
  const own = service?.ports.length === 1 && typeof service.ports[0] === 'number' ? service.ports[0] : undefined;
  if (own !== undefined && toPorts.length === 0 && outside.length === 1 && outside[0]!.value.from === outside[0]!.value.to && outside[0]!.value.from !== own) {
    toPorts.push({ from: own, to: own });
  }
  let groups = traffic.groups.filter((g) => g.protocol === 'tcp' || g.protocol === 'udp');
  if (groups.length === 0 || groups.every((g) => g.ports.length === 0)) {
    if (toPorts.length !== 1) return refuse(id, 'it does not say which port to forward', FORWARD_EXAMPLE);
    // "forward to 192.168.88.10:80": the same port on both sides.
    const protocols = groups.length > 0 ? groups.map((g) => g.protocol!) : ['tcp'];
    if (groups.length === 0) warnings.push(`No protocol was given for port ${portText(toPorts[0]!)}: TCP was assumed. Say "udp" or "tcp and udp" if that is wrong.`);
    groups = protocols.map((protocol) => ({ protocol, ports: toPorts }));
  }
  if (toPorts.length > 1) return refuse(id, 'a forwarding rule translates to one port (or keeps the original ports)', FORWARD_EXAMPLE);
  const toPort = toPorts[0];
  // The same port for TCP and UDP is one external port ("forward port 53 ... port 5353").
  const external = [...new Map(groups.flatMap((g) => g.ports).map((p) => [portText(p), p])).values()];
  if (toPort && (external.length > 1 || external.some((p) => p.from !== p.to)) && !(external.length === 1 && external[0]!.to - external[0]!.from === toPort.to - toPort.from)) {
    return refuse(id, 'several external ports cannot all be translated to one internal port; forward them one at a time or keep the same ports', FORWARD_EXAMPLE);
  }
  // Which side the connections come in on, and optionally which public address they are for.
  const inInterfaces = slotsWithRole(frame.interfaces, 'on', 'from', 'subject').map((i) => i.value);
  const places = slotsWithRole(frame.places, 'from', 'on').map((p) => p.value).filter((p): p is 'wan' | 'lan' => p !== 'router');
  const publicAddress = slotsWithRole(frame.addresses, 'on', 'subject').map((a) => a.value).find((a) => a.kind === 'ip' && !isPrivateIpv4(a.address));
  const sources = slotsWithRole(frame.addresses, 'from').map((a) => a.value);
  const leftovers = slotsWithRole(frame.addresses, 'on', 'subject').filter((a) => a.value !== publicAddress && a !== targets[0]);
  if (leftovers.length > 0) return refuse(id, `it is not clear what ${addressText(leftovers[0]!.value)} is for`, FORWARD_EXAMPLE);
  if (inInterfaces.length > 1 || places.length > 1 || sources.length > 1) return refuse(id, 'a forwarding rule matches one incoming side and one source', FORWARD_EXAMPLE);
  let side: Record<string, ValueInput> = {};
  let wanUsed = false;
  const hairpin = wantsHairpin(frame);
  // From the LAN side a dst-nat needs the address the LAN connects to (the router's public address, as hairpin NAT
  // matches it): without one it takes every LAN connection to that port, to any site and to the router itself.
  const fromLan = places[0] === 'lan' || (inInterfaces[0] !== undefined && inInterfaces[0] === options.lanBridge);
  if (fromLan && !hairpin && !publicAddress) {
    return refuse(
      id,
      `a port forward for connections from the LAN side needs the address they are sent to (the router's public address); without it every connection from the LAN to port ${external.map(portText).join(', ')} on any address, the router's own included, would go to ${target.address}`,
      'Forward port 80 from the lan on 203.0.113.5 to 192.168.88.10',
    );
  }
  if (hairpin && !publicAddress && !inInterfaces[0]) side = { 'dst-address-type': 'local' };
  else if (inInterfaces[0]) side = { 'in-interface': inInterfaces[0] };
  else if (places[0]) {
    side = sideArgs(placeRef(places[0], options), 'in');
    wanUsed = places[0] === 'wan';
  } else if (!publicAddress) {
    side = sideArgs(options.wan, 'in');
    wanUsed = true;
  }
  const commands: Command[] = groups.map((g) =>
    command(NAT, 'add', {
      chain: 'dstnat',
      'src-address': sources[0] ? addressValue(sources[0]) : undefined,
      'dst-address': publicAddress ? addressValue(publicAddress) : undefined,
      ...side,
      protocol: g.protocol,
      'dst-port': portsValue(g.ports),
      action: 'dst-nat',
      'to-addresses': target.address,
      'to-ports': toPort ? portText(toPort) : undefined,
      comment: commentOf(frame),
    }),
  );
  if (hairpin) {
    for (const g of groups) commands.push(hairpinCommand(options, target.address, g.protocol, toPort ? [toPort] : g.ports, commentOf(frame)));
    if (!publicAddress && !inInterfaces[0]) warnings.push('With hairpin NAT the dst-nat rule matches any address of the router (dst-address-type=local) so LAN clients can use the public address; the router\'s own service on the same port (e.g. WebFig on 80) is no longer reachable there. Give the public address ("on 203.0.113.5") to match only it.');
  }
  warnings.push(...wanWarning(options, wanUsed));
  const exposed = [...new Set(external.map(portText))].join(', ');
  if (fromLan && !hairpin) {
    warnings.push(`LAN clients connecting to ${publicAddress ? addressText(publicAddress) : 'that address'} on port ${exposed} reach ${target.address} (port ${toPort ? portText(toPort) : exposed}); for replies to come back through the router when the server is on the same LAN, add the srcnat half of hairpin NAT ("set up hairpin nat for ${target.address}").`);
  } else {
    warnings.push(`Warning: this exposes ${target.address} (port ${toPort ? portText(toPort) : exposed}) to ${sources[0] ? addressText(sources[0]) : 'the whole internet'}. Hosts on the LAN that use the public address need hairpin NAT as well.`);
  }
  const routerOwn = routerAddress(target.address, options);
  if (routerOwn !== undefined) {
    // The router's own address: the connections are the router's input, not forwarded to a host behind it.
    warnings.push(`${target.address} is ${routerOwn}: the forwarded connections go to the router itself, through the input chain (not the forward chain), so the input chain's rules decide whether the router's own service on port ${toPort ? portText(toPort) : exposed} answers them; without an input drop for that side (the default configuration's "drop all not coming from LAN") its management is open there.`);
  } else if (!fromLan) {
    warnings.push('If your forward chain drops new connections from the WAN (the default configuration does, unless they were dst-natted), no further filter rule is needed.');
  }
  return { kind: 'commands', rule: id, commands, warnings };
}

/** Why an address is the router's own (its configuration's, or the LAN gateway: the first address of the lanSubnet option), or undefined. */
function routerAddress(address: string, options: ResolvedOptions): string | undefined {
  const model = options.model;
  if (model !== undefined) {
    const hit = model.addresses().find((a) => !a.disabled && a.address.split('/')[0] === address);
    return hit === undefined ? undefined : `the router's own address on ${hit.interface} in its configuration`;
  }
  const { address: network, length } = options.lanSubnet;
  if (length >= 31) return undefined;
  const n = network.split('.').map(Number);
  return address === `${n[0]}.${n[1]}.${n[2]}.${n[3]! + 1}` ? `the router's address on the LAN (the first address of ${network}/${length})` : undefined;
}

/** "hairpin", "loopback NAT", "NAT reflection". */
function wantsHairpin(frame: Frame): boolean {
  // "loopback" and "reflection" alone name other things (a loopback interface): only next to NAT do they mean hairpin.
  const nat = frame.terms.some((t) => /^(?:nat|srcnat|dstnat)$/.test(t.normal) || t.meanings.some((m) => m.type === 'action' && m.value === 'masquerade'));
  return frame.terms.some((t) => /^(?:hairpin|hair-pin)$/.test(t.normal) || t.normal === 'nat loopback' || t.normal === 'nat reflection' || (nat && /^(?:loopback|reflection)$/.test(t.normal)));
}

/** Hairpin NAT: LAN clients reaching a LAN server through the public address get their source masqueraded, so replies go back through the router. */
function hairpinCommand(options: ResolvedOptions, server: string, protocol: string | undefined, ports: readonly { from: number; to: number }[], comment: ValueInput | undefined): Command {
  return command(NAT, 'add', {
    chain: 'srcnat',
    'src-address': { kind: 'prefix', address: options.lanSubnet.address, length: options.lanSubnet.length },
    'dst-address': server,
    protocol,
    'dst-port': portsValue(ports),
    action: 'masquerade',
    comment,
  });
}

/** "set up hairpin NAT for 192.168.88.10", "add loopback NAT for the web server 192.168.88.10 port 443". */
export const hairpinRule: IntentRule = {
  id: 'nat: hairpin for <server>[:<port>]',
  match: (frame) => (wantsHairpin(frame) && !frame.actions.some((a) => a.value === 'forward') ? 32 : 0),
  build(frame, options) {
    // "hairpin NAT for 192.168.88.0/24": the subnet-wide form, LAN to LAN through the public address.
    const subnets = frame.addresses.map((a) => a.value).filter((a) => a.kind === 'prefix' && !a.address.includes(':'));
    if (subnets.length === 1 && frame.addresses.length === 1) {
      const subnet = subnets[0]!;
      const value = addressValue(subnet);
      return {
        kind: 'commands',
        rule: 'nat: hairpin for <subnet>',
        commands: [command(NAT, 'add', { chain: 'srcnat', 'src-address': value, 'dst-address': value, action: 'masquerade', comment: commentOf(frame) })],
        warnings: ['Hairpin NAT also needs each dst-nat rule to match the public address (dst-address=<public IP> or dst-address-type=local) rather than in-interface-list=WAN, since LAN clients arrive on the LAN side.'],
      };
    }
    const servers = frame.addresses.map((a) => a.value).filter((a) => a.kind === 'ip');
    if (servers.length !== 1) return refuse(this.id, 'hairpin NAT needs the LAN server (or the LAN subnet) it is for', 'Set up hairpin NAT for 192.168.88.10 port 443');
    const server = servers[0]!;
    if (server.kind !== 'ip') return refuse(this.id, 'hairpin NAT needs an IPv4 server address', 'Set up hairpin NAT for 192.168.88.10 port 443');
    const traffic = trafficOf(frame, ['subject', 'on', 'to', 'from']);
    const ports = server.port !== undefined ? [{ from: server.port, to: server.port }] : [];
    const groups = traffic.groups.length > 0 ? traffic.groups : ports.length > 0 ? [{ protocol: 'tcp', ports }] : [{ ports: [] }];
    const commands = groups.map((g) => hairpinCommand(options, server.address, g.protocol, g.ports.length ? g.ports : ports, commentOf(frame)));
    return {
      kind: 'commands',
      rule: this.id,
      commands,
      warnings: [
        ...traffic.warnings,
        `Hairpin NAT also needs the dst-nat rule for ${server.address} to match the public address (dst-address=<public IP> or dst-address-type=local) rather than in-interface-list=WAN, since LAN clients arrive on the LAN side.`,
        `"The LAN" was taken to mean ${options.lanSubnet.address}/${options.lanSubnet.length}; pass the lanSubnet option if yours differs.`,
      ],
    };
  },
};

/** Source NAT: masquerade, or src-nat to an address. */
export const masqueradeRule: IntentRule = {
  id: 'nat: masquerade|src-nat [<subnet>] [out <interface>]',
  match: (frame) => verbScore(frame, ['masquerade', 'srcnat'], 30),
  build(frame, options) {
    const conflict = mixed(frame, this.id);
    if (conflict) return conflict;
    const targets = slotsWithRole(frame.addresses, 'to').map((a) => a.value).filter((a) => a.kind === 'ip' || a.kind === 'ip-range' || a.kind === 'prefix');
    // "srcnat masquerade", "a src-nat rule masquerading out ether1": the chain's name with masquerade is the masquerade.
    const masquerade = frame.actions.some((a) => a.value === 'masquerade');
    const srcnat = (frame.actions.some((a) => a.value === 'srcnat') && !masquerade) || targets.length > 0;
    const warnings: string[] = [];
    if (srcnat && targets.length !== 1) return refuse(this.id, 'src-nat needs the one public address to translate to', 'src-nat 192.168.88.0/24 to 203.0.113.5');
    const sources = slotsWithRole(frame.addresses, 'from', 'subject').map((a) => a.value);
    if (sources.length > 1) return refuse(this.id, 'a NAT rule matches one source subnet', 'Masquerade 192.168.88.0/24 out ether1');
    if (sources.some((s) => s.kind === 'hostname' || s.kind === 'ip6')) return refuse(this.id, 'NAT here is for IPv4 sources', 'Masquerade 192.168.88.0/24 out ether1');
    const lanPlace = frame.places.some((p) => p.value === 'lan' && p.role !== 'to');
    const outInterfaces = frame.interfaces.map((i) => i.value);
    if (outInterfaces.length > 1) return refuse(this.id, 'a NAT rule goes out one interface (or an interface list)', 'Masquerade 192.168.88.0/24 out ether1');
    let side: Record<string, ValueInput>;
    let wanUsed = false;
    if (outInterfaces[0]) side = { 'out-interface': outInterfaces[0] };
    else {
      side = sideArgs(options.wan, 'out');
      wanUsed = true;
    }
    let srcAddress: ValueInput | undefined = sources[0] ? addressValue(sources[0]) : undefined;
    if (!srcAddress && lanPlace) {
      srcAddress = { kind: 'prefix', address: options.lanSubnet.address, length: options.lanSubnet.length };
      warnings.push(`"The LAN" was taken to mean ${options.lanSubnet.address}/${options.lanSubnet.length}; pass the lanSubnet option if yours differs.`);
    }
    const target = targets[0];
    const args: Record<string, ValueInput | undefined> = {
      chain: 'srcnat',
      'src-address': srcAddress,
      ...side,
      action: srcnat ? 'src-nat' : 'masquerade',
      'to-addresses': target ? addressValue(target) : undefined,
      comment: commentOf(frame),
    };
    warnings.push(...wanWarning(options, wanUsed));
    if (!srcnat) warnings.push('masquerade uses the address of the outgoing interface; for a static public address, src-nat to it is slightly cheaper.');
    return { kind: 'commands', rule: srcnat ? 'nat: src-nat <subnet> to <ip>' : this.id, commands: [command(NAT, 'add', args)], warnings };
  },
};

/** "redirect DNS to the router", "force all DNS through the router", "redirect port 80 to 8080", "redirect port 80 to 192.168.88.5". */
export const redirectRule: IntentRule = {
  id: 'nat: redirect <traffic> to the router [port]',
  match: (frame) => verbScore(frame, ['redirect'], 30),
  build(frame, options) {
    const conflict = mixed(frame, this.id);
    if (conflict) return conflict;
    // To another host it is a dst-nat, like port forwarding.
    // To another host ("to 192.168.88.5", "to 80 on 192.168.88.5") it is a dst-nat, like port forwarding.
    if (frame.addresses.some((a) => a.role === 'to' || a.role === 'on')) return dstNat(frame, options, 'nat: redirect <port> to <ip>[:<port>]');
    // "redirect http to the proxy on port 3128": a service named after "to" is where it goes, not what is matched.
    const traffic = trafficOf(frame, ['subject', 'on', 'from'], ['subject', 'on', 'from']);
    const warnings = [...traffic.warnings];
    const groups = traffic.groups.filter((g) => (g.protocol === 'tcp' || g.protocol === 'udp') && g.ports.length > 0);
    if (groups.length === 0) return refuse(this.id, 'it does not say which traffic (service or port) to redirect', 'Redirect all DNS requests to the router');
    const toPorts = frame.ports.filter((p) => p.role === 'to').map((p) => p.value);
    const numberTarget = frame.numbers.filter((n) => n.role === 'to').map((n) => ({ from: n.value, to: n.value }));
    const targetPorts = [...toPorts, ...numberTarget];
    if (targetPorts.length > 1) return refuse(this.id, 'traffic is redirected to one port', 'Redirect port 80 to port 8080');
    const external = [...new Map(groups.flatMap((g) => g.ports).map((p) => [portText(p), p])).values()];
    const toPort = targetPorts[0] ?? (external.length === 1 ? external[0] : undefined);
    if (!toPort) return refuse(this.id, 'several ports cannot be redirected to one port without saying which', 'Redirect port 80 to port 8080');
    if (toPort.from !== toPort.to) return refuse(this.id, 'traffic is redirected to one port, not a range', 'Redirect port 80 to port 8080');
    const inInterfaces = frame.interfaces.filter((i) => i.role !== 'to').map((i) => i.value);
    const place = frame.places.find((p) => p.role !== 'to' && p.value !== 'router')?.value as 'wan' | 'lan' | undefined;
    let side: Record<string, ValueInput>;
    if (inInterfaces[0]) side = { 'in-interface': inInterfaces[0] };
    else side = sideArgs(placeRef(place ?? 'lan', options), 'in');
    const commands = groups.map((g) =>
      command(NAT, 'add', { chain: 'dstnat', ...side, protocol: g.protocol, 'dst-port': portsValue(g.ports), action: 'redirect', 'to-ports': portText(toPort), comment: commentOf(frame) }),
    );
    if (!place && !inInterfaces[0]) warnings.push(`Connections from ${describeRef(options.lan)} (the LAN) are redirected; name an interface or say "from the WAN" otherwise.`);
    if (traffic.services.some((s) => s.name === 'dns')) warnings.push('The router must answer DNS for the redirect to work: /ip dns set allow-remote-requests=yes, with input rules that keep the WAN out.');
    return { kind: 'commands', rule: this.id, commands, warnings };
  },
};

export const NAT_FAMILY: IntentFamily = { allHours: true, translates: true, id: 'nat', reads: { nouns: ['traffic', 'all', 'host', 'outgoing', 'incoming', 'rule'], places: ['router'], words: ['hairpin', 'loopback', 'reflection', 'server', 'access', 'only'] }, example: 'Forward port 8080 to 192.168.88.10:80', summary: 'NAT (masquerade, src-nat, port forwarding, redirect)', numbersArePorts: true, rules: [portForwardRule, masqueradeRule, redirectRule, hairpinRule] };
