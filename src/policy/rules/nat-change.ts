import { SAFE_MODE } from '../advice.js';
import type { Command } from '../../ast/nodes.js';
import { arg, bool, hasArg, literal, matcherValue, menu, menuText } from '../args.js';
import type { PolicyRule } from '../types.js';
import { IP_SERVICES } from '../../../grammar/routeros/services.js';
import { DEFAULT_LAN_ADDRESS, DEFAULT_LAN_BRIDGE, isTrustedList } from '../defaults.js';

const NAT = new Set(['/ip/firewall/nat', '/ipv6/firewall/nat']);
const DESTINATION_NAT = new Set(['dst-nat', 'redirect', 'netmap']);

/** The router's own services that RouterOS 7 runs by default, by port (www-ssl is off until it gets a certificate). */
const ROUTER_SERVICES: ReadonlyMap<number, string> = new Map(Object.values(IP_SERVICES).filter((s) => s.onByDefault).sort((a, b) => a.port - b.port).map((s) => [s.port, s.label]));

/** What says which side a destination NAT rule listens on: the interface traffic arrives on, or the address it was sent to. */
const INCOMING_SIDE = ['in-interface', 'in-interface-list', 'dst-address', 'dst-address-list'];
/** What narrows a source NAT exemption to some destinations (a site-to-site tunnel, a VPN policy). */
const EXEMPTION_SCOPE = ['dst-address', 'dst-address-list', 'ipsec-policy', 'out-interface', 'out-interface-list'];

/**
 * The router services a `dst-port=` value (`22`, `20-25`, `22,8291`) takes in; all of them when no port is matched.
 * With `rangesOnly`, a port named by itself is left out (the admin chose it): only ranges and a missing port count.
 */
function capturedServices(command: Command, rangesOnly = false): string[] | null {
  const protocol = literal(arg(command, 'protocol'));
  if (protocol !== undefined && protocol !== null && protocol !== 'tcp' && protocol !== '6') return [];
  const ports = arg(command, 'dst-port');
  if (ports === undefined) return [...ROUTER_SERVICES.values()];
  const value = matcherValue(ports);
  if (value === null) return null;
  const { negated, text } = value;
  const hit: string[] = [];
  for (const [port, service] of ROUTER_SERVICES) {
    const inside = text.split(',').some((part) => {
      const [from, to] = part.split('-').map(Number);
      if (rangesOnly && !negated && (to === undefined || !Number.isFinite(to) || to === from)) return false;
      return from !== undefined && Number.isFinite(from) && port >= from && port <= (to !== undefined && Number.isFinite(to) ? to : from);
    });
    if (inside !== negated) hit.push(service);
  }
  return hit;
}

/**
 * Manual: IP > Firewall > NAT. dstnat rules see every connection that enters
 * the router, to the router itself included, and srcnat rules are read top
 * down, so an accept placed first skips the masquerade below it.
 */
export const natChange: PolicyRule = {
  meta: {
    id: 'nat-change',
    description: 'NAT rules that capture the router\'s own services or every connection through it, and source NAT exemptions placed before masquerade',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      noSide: 'adds a {chain} rule ({action}) with no in-interface, in-interface-list, dst-address or dst-address-list: it captures matching connections from every side, LAN clients\' connections out and connections to the router itself included',
      routerService: 'adds a {chain} rule ({action}) that also matches connections to the router\'s own {services}: they are sent to {to} instead, and management through them is cut',
      computedPort: 'adds a {chain} rule ({action}) whose dst-port is computed at run time: it may capture the router\'s own services',
      exemptAll: 'adds a srcnat {action} rule placed before the others ({where}) that no destination narrows: the connections it matches skip the masquerade below it and lose the internet',
      dstnatSkip: 'adds a dstnat {action} rule placed before the others ({where}) that nothing narrows: the port forwards and redirects below it stop working',
      rangeService: 'adds a {chain} rule ({action}) whose port range ({ports}) takes in the router\'s own {services}: connections to them from {side} are sent to {to} instead, and management of the router through them is cut',
      lanWide: 'adds a {chain} rule ({action}) for connections from the LAN side ({side}) with no dst-address, dst-address-list or dst-address-type: every connection from the LAN to that port, to any address on the internet and to the router itself (WebFig, DNS), is sent to {to}',
      toRouter: 'adds a {chain} rule ({action}) to {to}, the router\'s own LAN address in RouterOS\'s default configuration: the connections reach the router\'s own services through the input chain, so its management on that port is opened to the side the rule listens on',
    },
    advice: `Name the incoming side (\`in-interface-list=WAN\`, or \`dst-address=\` the public address), keep the router's own management ports out of port forwards, and narrow NAT exemptions to the remote network (\`dst-address=\`). ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (!NAT.has(menu(command)) || command.name !== 'add' || bool(arg(command, 'disabled')) === true) continue;
      const chain = literal(arg(command, 'chain')) ?? '(computed)';
      const action = literal(arg(command, 'action')) ?? 'accept';
      const data = { chain, action, where: literal(arg(command, 'place-before')) ?? '', table: menuText(command) };
      if (DESTINATION_NAT.has(action)) {
        const to = action === 'redirect' ? 'the router\'s own port ' + (literal(arg(command, 'to-ports')) ?? '(same)') : literal(arg(command, 'to-addresses')) ?? 'another address';
        const type = matcherValue(arg(command, 'dst-address-type'));
        if (action === 'dst-nat' && (to === DEFAULT_LAN_ADDRESS || to.startsWith('127.'))) {
          context.report({ messageId: 'toRouter', command, data: { ...data, to } });
          continue;
        }
        // A side names where the connections come from or go to: the admin chose it (manual: port forwarding uses in-interface or dst-address).
        if (INCOMING_SIDE.some((name) => hasArg(command, name))) {
          const side = sideText(command);
          // From the LAN side, a port forward with no destination takes the LAN's connections to every address.
          if (action !== 'redirect' && lanSide(command) && !hasArg(command, 'dst-address') && !hasArg(command, 'dst-address-list') && type === null) {
            context.report({ messageId: 'lanWide', command, data: { ...data, side, to } });
            continue;
          }
          // A range (or every port) on a side still takes in the router's own services there; a port named by itself was chosen.
          const ranged = hasArg(command, 'dst-address') || (type !== null && `${type.negated ? '!' : ''}${type.text}` === '!local') ? [] : capturedServices(command, true);
          if (ranged === null) context.report({ messageId: 'computedPort', command, data });
          else if (ranged.length > 0) context.report({ messageId: 'rangeService', command, data: { ...data, services: ranged.join(', '), to, side, ports: literal(arg(command, 'dst-port')) ?? 'every port' } });
          continue;
        }
        const addressType = type === null ? null : `${type.negated ? '!' : ''}${type.text}`;
        const services = addressType === '!local' ? [] : capturedServices(command);
        // A redirect to the same port it matched leaves the router's service where it was.
        const samePort = action === 'redirect' && literal(arg(command, 'to-ports')) === literal(arg(command, 'dst-port'));
        if (services === null) context.report({ messageId: 'computedPort', command, data });
        else if (services.length > 0 && !samePort) context.report({ messageId: 'routerService', command, data: { ...data, services: services.join(', '), to } });
        else if (addressType !== 'local') context.report({ messageId: 'noSide', command, data });
        continue;
      }
      if ((action === 'accept' || action === 'return') && hasArg(command, 'place-before')) {
        if (chain === 'srcnat' && !EXEMPTION_SCOPE.some((name) => hasArg(command, name))) context.report({ messageId: 'exemptAll', command, data });
        else if (chain === 'dstnat' && !hasNarrowing(command)) context.report({ messageId: 'dstnatSkip', command, data });
      }
    }
  },
};

/** The incoming side a rule names, for messages. */
function sideText(command: Command): string {
  for (const name of INCOMING_SIDE) {
    const value = literal(arg(command, name));
    if (value !== null && value !== undefined) return `${name}=${value}`;
  }
  return 'every side';
}

/** A rule listening on the LAN side: a trusted interface list, or the default configuration's LAN bridge. */
function lanSide(command: Command): boolean {
  const list = literal(arg(command, 'in-interface-list'));
  const port = literal(arg(command, 'in-interface'));
  return (list !== null && list !== undefined && isTrustedList(list)) || port === DEFAULT_LAN_BRIDGE;
}

/** Any matcher at all besides the chain, action and placement. */
function hasNarrowing(command: Command): boolean {
  return command.args.some((a) => a.kind === 'named' && !['chain', 'action', 'place-before', 'comment', 'log', 'log-prefix', 'disabled'].includes(a.name));
}
