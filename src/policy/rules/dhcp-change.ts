import { OTHER_PATH, SAFE_MODE } from '../advice.js';
import { arg, bool, changedProperties, COSMETIC, describeTargets, isChangeVerb, literal, menu, menuText, onlyHarmlessChanges } from '../args.js';
import { facesInternet } from '../defaults.js';
import type { PolicyRule } from '../types.js';

const CLIENTS = new Set(['/ip/dhcp-client', '/ipv6/dhcp-client']);
const SERVERS = new Set([
  '/ip/dhcp-server', '/ip/dhcp-server/network', '/ip/dhcp-server/lease', '/ip/dhcp-relay',
  '/ipv6/dhcp-server', '/ipv6/dhcp-server/binding', '/ipv6/dhcp-relay',
]);

/**
 * A DHCP client holds the router's own address (and often its default route);
 * a DHCP server hands out the addresses your computer uses to reach the router.
 * `renew` asks for the same lease again and is harmless; `release` gives it up.
 */
export const dhcpChange: PolicyRule = {
  meta: {
    id: 'dhcp-change',
    description: 'removing, disabling, releasing or changing DHCP clients, servers, networks, leases and relays',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      client: '{verb} on DHCP client {targets} in {menu}: the router can lose the address and default route it got from upstream',
      clientChange: 'changes {properties} of DHCP client {targets} in {menu}: the router can lose the address and default route it got from upstream',
      server: '{verb} on {menu} {targets}: devices stop getting (or keeping) the addresses they use to reach the router',
      serverChange: 'changes {properties} of {menu} {targets}: devices may get different addresses, or none, when their leases renew',
      internetServer: 'adds a DHCP server on {interface}, but {why}: it would answer DHCP requests on the ISP\'s side (a rogue DHCP server there hands out addresses to the modem and other customers, and the ISP may shut the port)',
    },
    advice: `${SAFE_MODE} ${OTHER_PATH} Prefer a static address on the management port while you change DHCP.`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (where === '/ip/dhcp-server' && command.name === 'add' && bool(arg(command, 'disabled')) !== true) {
        const name = literal(arg(command, 'interface'));
        const why = name === null || name === undefined ? null : facesInternet(name);
        if (why !== null) context.report({ messageId: 'internetServer', command, data: { interface: name!, why } });
        continue;
      }
      const client = CLIENTS.has(where);
      if (!client && !SERVERS.has(where)) continue;
      if (client && command.name === 'renew') {
        context.examined(command);
        continue;
      }
      if (!isChangeVerb(command.name)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command), verb: command.name };
      if (command.name === 'set' || command.name === 'unset') {
        // A server's lease time only changes when clients renew, not the addresses they have.
        const harmless = client ? COSMETIC : new Set([...COSMETIC, 'lease-time']);
        if (onlyHarmlessChanges(command, harmless)) context.examined(command);
        else context.report({ messageId: client ? 'clientChange' : 'serverChange', command, data: { ...data, properties: changedProperties(command).join(', ') } });
      } else context.report({ messageId: client ? 'client' : 'server', command, data });
    }
  },
};
