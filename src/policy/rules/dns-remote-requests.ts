import { arg, bool, literal, menu } from '../args.js';
import type { Command, Value } from '../../ast/nodes.js';
import type { PolicyRule } from '../types.js';

const BLOCKING = new Set(['drop', 'reject', 'tarpit']);
const TABLES = new Set(['/ip/firewall/filter', '/ip/firewall/raw']);

function includesPort53(value: Value | null | undefined): boolean {
  if (value === undefined) return true; // no dst-port: the rule matches every port
  if (value === null) return false;
  if (value.kind === 'number') return value.value === 53;
  if (value.kind === 'range') return Number(value.from) <= 53 && Number(value.to) >= 53;
  if (value.kind === 'list') return value.items.some(includesPort53);
  return false;
}

/** A drop/reject rule in input (or raw prerouting) that covers port 53. */
function protectsDns(command: Command): boolean {
  if (!TABLES.has(menu(command)) || command.name !== 'add' || bool(arg(command, 'disabled')) === true) return false;
  const chain = literal(arg(command, 'chain'));
  return (chain === 'input' || chain === 'prerouting') && BLOCKING.has(literal(arg(command, 'action')) ?? '') && includesPort53(arg(command, 'dst-port'));
}

/**
 * Manual: DNS. allow-remote-requests=yes answers queries from any interface,
 * the WAN included, unless the firewall drops them: an open resolver is used
 * for DDoS amplification.
 */
export const dnsRemoteRequests: PolicyRule = {
  meta: {
    id: 'dns-remote-requests',
    description: 'allowing remote DNS requests without a firewall rule dropping DNS from outside',
    category: 'security',
    severity: 'warning',
    messages: {
      open: 'allows remote DNS requests, and no rule in this script drops port 53 in the input chain: if the firewall does not already, the router is an open resolver',
    },
    advice: 'Keep the default "drop all not coming from LAN" input rule, or add `/ip firewall filter add chain=input protocol=udp dst-port=53 in-interface-list=WAN action=drop` (and the same for tcp).',
  },
  check(context) {
    const protectedHere = context.commands.some(protectsDns);
    for (const command of context.commands) {
      if (menu(command) !== '/ip/dns' || command.name !== 'set') continue;
      const allow = arg(command, 'allow-remote-requests');
      if (allow !== undefined && bool(allow) !== false && !protectedHere) context.report({ messageId: 'open', command });
    }
  },
};
