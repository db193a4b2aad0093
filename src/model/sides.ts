/**
 * What a script does across the router's sides, as the options (wan, lan, lanBridge, lanSubnet) and, when given, the
 * configuration say they are: the internet side put in the LAN list, an address in a subnet another interface
 * already has, a DHCP server on the internet side, a port forward to the router's own address. The policy engine
 * flags these for RouterOS's default configuration (ether1, 192.168.88.0/24 on bridge: src/policy/defaults.ts);
 * this reads the router the request is for, so `--wan ether5` or a configuration whose WAN is sfp1 is judged too.
 * Each finding is a sentence for `error`, and makes the script destructive.
 */
import type { Command } from '../ast/nodes.js';
import type { ResolvedOptions } from '../api/options.js';
import { DEFAULT_LAN, DEFAULT_LAN_ADDRESS, DEFAULT_LAN_BRIDGE, facesInternet, isTrustedList, overlaps, takesOver } from '../policy/defaults.js';
import { parsePrefix, type Prefix } from '../policy/prefixes.js';
import { valueText } from './model.js';

function props(c: Command): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of c.args) if (a.kind === 'named') out[a.name] = valueText(a.value);
  return out;
}

/** The interfaces of the internet side: the wan option's interface, or its list's members in the configuration. */
function wanInterfaces(options: ResolvedOptions): Map<string, string> {
  const out = new Map<string, string>();
  const wan = options.wan;
  if ('interface' in wan) out.set(wan.interface, `${wan.interface} is the internet side (${options.origin?.wan === 'config' ? "where the router's configuration gets its internet address" : 'the wan option'})`);
  else for (const m of options.model?.listMembers().get(wan.list) ?? []) out.set(m, `${m} is a member of the ${wan.list} list in the router's configuration`);
  return out;
}

/** The router's own addresses: the configuration's, or the first host of the lanSubnet option (the LAN gateway), each with why. */
export function ownAddresses(options: ResolvedOptions): Map<string, string> {
  const out = new Map<string, string>();
  const model = options.model;
  if (model !== undefined) {
    for (const a of model.addresses()) if (!a.disabled) out.set(a.address.split('/')[0]!, `the router's own address on ${a.interface} in its configuration`);
  } else {
    const { address, length } = options.lanSubnet;
    if (length < 31) {
      const n = address.split('.').map(Number);
      const first = `${n[0]}.${n[1]}.${n[2]}.${n[3]! + 1}`;
      out.set(first, `the router's address on the LAN (the first address of ${address}/${length}, the lanSubnet option)`);
    }
  }
  return out;
}

/** Subnets already on an interface: the configuration's addresses, or the lanSubnet option on the LAN bridge. */
function subnets(options: ResolvedOptions): { prefix: Prefix; text: string; interface: string }[] {
  const model = options.model;
  if (model !== undefined) {
    return model.addresses().filter((a) => !a.disabled).flatMap((a) => {
      const prefix = parsePrefix(a.address);
      return prefix === null ? [] : [{ prefix, text: a.address, interface: a.interface }];
    });
  }
  const text = `${options.lanSubnet.address}/${options.lanSubnet.length}`;
  const prefix = parsePrefix(text);
  return prefix === null ? [] : [{ prefix, text, interface: options.lanBridge }];
}

export function sideImpacts(commands: readonly Command[], options: ResolvedOptions): string[] {
  const out: string[] = [];
  const wan = wanInterfaces(options);
  for (const c of commands) {
    const menu = c.path.join(' ');
    const p = props(c);
    if (c.name !== 'add' || p.disabled === 'yes') continue;
    // The policy already says it for the default configuration's names (ether1, a name with "wan"): not twice.
    if (menu === 'interface list member' && p.list !== undefined && p.interface !== undefined && isTrustedList(p.list) && wan.has(p.interface) && facesInternet(p.interface) === null) {
      out.push(`Adding ${p.interface} to the ${p.list} list puts the internet side in the list the firewall trusts: ${wan.get(p.interface)}, and "drop all not coming from LAN" no longer applies to it, so the internet reaches the router's management.`);
    }
    if (menu === 'ip dhcp-server' && p.interface !== undefined && wan.has(p.interface) && facesInternet(p.interface) === null) {
      out.push(`A DHCP server on ${p.interface} answers on the internet side: ${wan.get(p.interface)}.`);
    }
    if (menu === 'ip address' && p.address !== undefined && p.interface !== undefined) {
      const mine = parsePrefix(p.address);
      const byPolicy = mine !== null && p.interface !== DEFAULT_LAN_BRIDGE && takesOver(mine, DEFAULT_LAN);
      const clash = mine === null || byPolicy ? undefined : subnets(options).find((s) => s.interface !== p.interface && takesOver(mine, s.prefix));
      if (clash !== undefined) {
        out.push(`${p.address} on ${p.interface} lies in ${clash.text}, which ${options.model !== undefined ? "the router's configuration has" : 'the lanSubnet option puts'} on ${clash.interface}: with the same subnet on two interfaces the router has two connected routes for it, and hosts there, and your session to the router, may no longer be reached.`);
      }
    }
    // "route 192.168.88.100 via 10.2.0.1": a route in the main table into a subnet the router has on an interface is as
    // or more specific than the connected route, so traffic for those hosts leaves the wrong way.
    if (menu === 'ip route' && p['dst-address'] !== undefined && (p['routing-table'] ?? 'main') === 'main') {
      const dst = parsePrefix(p['dst-address'].includes('/') ? p['dst-address'] : `${p['dst-address']}/32`);
      const inside = dst === null || dst.length === 0 ? undefined : subnets(options).find((s) => dst.length >= s.prefix.length && overlaps(dst, s.prefix));
      if (inside !== undefined) {
        out.push(`The route to ${p['dst-address']} lies in ${inside.text}, which ${options.model !== undefined ? "the router's configuration has" : 'the lanSubnet option puts'} on ${inside.interface}: it is as or more specific than that connected route, so what the router sends to those hosts, its answers to your session included, goes to ${p.gateway ?? "the route's gateway"} instead. For traffic *from* a host, use policy routing ("route traffic from 192.168.88.100 via 10.2.0.1").`);
      }
    }
    if (menu === 'ip firewall nat' && p.action === 'dst-nat' && p['to-addresses'] !== undefined && p['to-addresses'] !== DEFAULT_LAN_ADDRESS) {
      const why = ownAddresses(options).get(p['to-addresses']);
      if (why !== undefined) out.push(`The port forward goes to ${p['to-addresses']}, ${why}: the connections reach the router's own services through the input chain, so its management on port ${p['to-ports'] ?? p['dst-port'] ?? '(every port)'} is opened to the side the rule listens on.`);
    }
  }
  return [...new Set(out)];
}
