import { OTHER_PATH, SAFE_MODE } from '../advice.js';
import { arg, bool, literal, menu, menuText } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * Address clients that install a default route: a DHCP client does unless
 * told `add-default-route=no` (manual: IP > DHCP > DHCP Client), and PPPoE,
 * L2TP, SSTP, OVPN and PPTP clients do when told `add-default-route=yes`
 * (their default is no). A new default route takes over every destination
 * without a more specific route, including the way back to a remote admin.
 */
const DHCP_CLIENTS = new Set(['/ip/dhcp-client', '/ipv6/dhcp-client']);
const TUNNEL_CLIENTS = new Set([
  '/interface/pppoe-client', '/interface/l2tp-client', '/interface/sstp-client', '/interface/ovpn-client', '/interface/pptp-client',
]);

export const clientDefaultRoute: PolicyRule = {
  meta: {
    id: 'client-default-route',
    description: 'adding a DHCP, PPPoE or tunnel client that installs a default route',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      dhcp: 'adds a DHCP client on {targets} in {menu}: it installs the default route the server offers (add-default-route=yes is the default), which takes over from the current way out',
      tunnel: 'adds {menu} {targets} with add-default-route=yes: once it connects, its default route takes over from the current way out',
    },
    advice: `Add it with add-default-route=no, or with a default-route-distance higher than the working route, and switch over once it is proven. ${SAFE_MODE} ${OTHER_PATH}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (command.name !== 'add' || bool(arg(command, 'disabled')) === true) continue;
      const addsRoute = bool(arg(command, 'add-default-route'));
      const data = { menu: menuText(command), targets: literal(arg(command, 'interface')) ?? literal(arg(command, 'name')) ?? '(unnamed)' };
      if (DHCP_CLIENTS.has(where) && addsRoute !== false) context.report({ messageId: 'dhcp', command, data });
      else if (TUNNEL_CLIENTS.has(where) && addsRoute === true) context.report({ messageId: 'tunnel', command, data });
    }
  },
};
