import { arg, bool, literal, menu, show } from '../args.js';
import type { Value } from '../../ast/nodes.js';
import type { PolicyRule } from '../types.js';
import { IP_SERVICES } from '../../../grammar/routeros/services.js';

const NAT = new Set(['/ip/firewall/nat', '/ipv6/firewall/nat']);
const FILTER = new Set(['/ip/firewall/filter', '/ipv6/firewall/filter']);
const FORWARDING = new Set(['dst-nat', 'netmap']);
/** The default ports of the router's services (ftp, ssh, telnet, http, https, winbox, api, api-ssl). */
const MANAGEMENT_PORTS = new Set(Object.values(IP_SERVICES).map((s) => s.port));

function ports(value: Value | null | undefined): number[] {
  if (!value) return [];
  if (value.kind === 'number') return [value.value];
  if (value.kind === 'list') return value.items.flatMap(ports);
  if (value.kind === 'range') {
    const from = Number(value.from);
    const to = Number(value.to);
    return [...MANAGEMENT_PORTS].filter((p) => p >= from && p <= to);
  }
  return [];
}

/**
 * Exposing a service to the internet is a choice, not an accident: warn so the
 * user sees it. Port forwards (dst-nat), UPnP (lets any LAN device open
 * ports), and input accept rules for management ports with no source limit.
 */
export const serviceExposure: PolicyRule = {
  meta: {
    id: 'service-exposure',
    description: 'port forwarding, UPnP, and accepting management ports from anywhere',
    category: 'security',
    severity: 'warning',
    messages: {
      forward: 'forwards {protocol} port {port} to {target}: that service becomes reachable from the internet',
      upnp: 'enables UPnP: any device on the LAN can open ports to itself from the internet',
      input: 'accepts {protocol} port {port} to the router from any source address: management is exposed wherever this rule matches (the WAN too)',
    },
    advice: 'Limit the rule with src-address or src-address-list, prefer a VPN (WireGuard) for remote access, and keep the forwarded service patched.',
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (command.name !== 'add' && command.name !== 'set') continue;
      if (bool(arg(command, 'disabled')) === true) continue;
      if (NAT.has(where) && FORWARDING.has(literal(arg(command, 'action')) ?? '')) {
        const target = [literal(arg(command, 'to-addresses')), literal(arg(command, 'to-ports'))].filter(Boolean).join(':') || 'an internal host';
        context.report({ messageId: 'forward', command, data: { protocol: literal(arg(command, 'protocol')) ?? 'any', port: show(arg(command, 'dst-port') ?? null, command.path).replace('(empty)', 'any'), target } });
      } else if (where === '/ip/upnp' && bool(arg(command, 'enabled')) === true) {
        context.report({ messageId: 'upnp', command });
      } else if (FILTER.has(where) && literal(arg(command, 'chain')) === 'input' && literal(arg(command, 'action')) === 'accept') {
        const exposed = ports(arg(command, 'dst-port')).filter((p) => MANAGEMENT_PORTS.has(p));
        const limited = arg(command, 'src-address') !== undefined || arg(command, 'src-address-list') !== undefined;
        const fromLan = literal(arg(command, 'in-interface-list')) === 'LAN';
        if (exposed.length > 0 && !limited && !fromLan) {
          context.report({ messageId: 'input', command, data: { protocol: literal(arg(command, 'protocol')) ?? 'any', port: exposed.join(',') } });
        }
      }
    }
  },
};
