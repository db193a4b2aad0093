import { SAFE_MODE } from '../advice.js';
import type { Command } from '../../ast/nodes.js';
import { arg, bool, literal, menu, menuText } from '../args.js';
import type { PolicyRule } from '../types.js';

const MANGLE = new Set(['/ip/firewall/mangle', '/ipv6/firewall/mangle']);
const RAW = new Set(['/ip/firewall/raw', '/ipv6/firewall/raw']);

/** Mangle actions that change packets or the way they are routed, queued or matched later. */
const CHANGING = new Set([
  'mark-connection', 'mark-packet', 'mark-routing', 'change-ttl', 'change-hop-limit', 'change-mss', 'change-dscp', 'set-priority',
  'route', 'strip-ipv4-options', 'clear-df',
]);

/**
 * Arguments that do not narrow which traffic a rule matches: the chain, the
 * action and its parameters, logging, and matchers that every ordinary
 * connection passes (its state, its protocol, a rate limit).
 */
const NOT_NARROWING = new Set([
  'chain', 'action', 'comment', 'log', 'log-prefix', 'disabled', 'place-before', 'passthrough', 'jump-target',
  'new-connection-mark', 'new-packet-mark', 'new-routing-mark', 'new-ttl', 'new-hop-limit', 'new-mss', 'new-dscp', 'new-priority',
  'route-dst', 'connection-state', 'connection-nat-state', 'protocol', 'tcp-flags', 'limit', 'dst-limit', 'nth', 'random',
  'time', 'packet-size', 'ttl', 'hop-limit', 'priority', 'dscp',
]);

/** Matchers that name which hosts a rule is about. */
const ADDRESS_MATCHERS = ['src-address', 'dst-address', 'src-address-list', 'dst-address-list'];

/** Whether `name=` names addresses (not `!addresses`, which is everything else). */
function addressValue(command: Command, name: string): boolean {
  const value = arg(command, name);
  if (value === undefined) return false;
  const text = literal(value);
  return text !== null && !text.startsWith('!');
}

function narrowed(command: Command): boolean {
  return command.args.some((a) => a.kind === 'named' && !NOT_NARROWING.has(a.name) && !(a.name.endsWith('-mark') && literal(a.value) === 'no-mark'));
}

/**
 * Manual: IP > Firewall > Mangle and Raw. A mangle rule with no matcher
 * changes every packet of its chain: a routing mark moves all traffic to
 * another routing table, new marks overwrite those queues and policy routing
 * rely on, a TTL of 0 or 1 makes packets expire at the next router. A raw
 * notrack rule with no matcher takes all traffic out of connection tracking,
 * so NAT (masquerade) and connection-state rules stop working for it.
 */
export const allTrafficAction: PolicyRule = {
  meta: {
    id: 'all-traffic-action',
    description: 'mangle rules changing marks, TTL or MSS of all traffic, TTL set to 0 or 1, and raw notrack without a matcher',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      mangle: 'adds a mangle {action} rule in chain {chain} with no address, interface, port or mark matcher: it changes every packet that passes, {effect}',
      ttl: 'adds a mangle rule that sets the TTL to {ttl}: those packets expire at the next router, so the connections they carry fail',
      notrack: 'adds a raw notrack rule in chain {chain} that names no addresses or address lists: all the traffic it matches skips connection tracking, so masquerade and connection-state rules stop working for it',
    },
    advice: `Narrow the rule to the traffic it is meant for (an in-interface, a src-address or an address list) and check what else uses the marks. ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if ((!MANGLE.has(where) && !RAW.has(where)) || command.name !== 'add' || bool(arg(command, 'disabled')) === true) continue;
      const action = literal(arg(command, 'action')) ?? 'accept';
      const chain = literal(arg(command, 'chain')) ?? '(computed)';
      const data = { action, chain, table: menuText(command) };
      if (RAW.has(where)) {
        // An interface or a protocol still leaves every host behind it untracked (LAN clients lose masquerade): notrack needs addresses.
        if (action === 'notrack' && !ADDRESS_MATCHERS.some((name) => addressValue(command, name))) context.report({ messageId: 'notrack', command, data });
        continue;
      }
      const ttl = literal(arg(command, 'new-ttl')) ?? literal(arg(command, 'new-hop-limit'));
      if (ttl !== null && /^set:[01]$/.test(ttl.replace(/\s/g, ''))) {
        context.report({ messageId: 'ttl', command, data: { ttl: ttl.replace(/^set:/, '') } });
        continue;
      }
      if (!CHANGING.has(action) || narrowed(command)) continue;
      // Clamping the MSS to the path MTU only ever lowers it to what fits: it cannot break a connection.
      if (action === 'change-mss' && literal(arg(command, 'new-mss')) === 'clamp-to-pmtu') continue;
      context.report({ messageId: 'mangle', command, data: { ...data, effect: EFFECT[action] ?? 'which no other rule or queue expects' } });
    }
  },
};

const EFFECT: Readonly<Record<string, string>> = {
  'mark-routing': 'so all of it is routed by another routing table, and loses its way out when that table has no route',
  'mark-connection': 'overwriting the connection marks that queues and policy routing rely on',
  'mark-packet': 'overwriting the packet marks that queues rely on',
  'change-ttl': 'and a changed TTL can make packets expire before they arrive',
  'change-hop-limit': 'and a changed hop limit can make packets expire before they arrive',
  'change-mss': 'and a fixed MSS larger than the path allows stalls connections',
  route: 'sending all of it to one gateway regardless of the routing table',
};
