import { OTHER_PATH, SAFE_MODE, SCHEDULED_REVERT } from '../advice.js';
import { arg, bool, changedProperties, COSMETIC, describeTargets, isChangeVerb, literal, menu, menuText, onlyHarmlessChanges } from '../args.js';
import { DEFAULT_LAN, DEFAULT_LAN_BRIDGE, DEFAULT_LAN_SUBNET, facesInternet, takesOver } from '../defaults.js';
import { parsePrefix } from '../prefixes.js';
import type { PolicyRule } from '../types.js';

const MENUS = new Set(['/ip/address', '/ipv6/address']);

/** Removing or changing the address you manage the router through ends the session. */
export const ipAddressChange: PolicyRule = {
  meta: {
    id: 'ip-address-change',
    description: 'removing, disabling or changing IP and IPv6 addresses',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remove: 'removes address(es) {targets} from {menu}: a session to that address, and routes through its subnet, drop',
      disable: 'disables address(es) {targets} in {menu}: a session to that address, and routes through its subnet, drop',
      change: 'changes {properties} of address(es) {targets} in {menu}: a session to the old address drops',
      lanSubnet: 'adds {address} on {interface}, inside {subnet}, the LAN subnet RouterOS\'s default configuration puts on {bridge}{internet}: with the same subnet on two interfaces the router has two connected routes for it, and hosts on the LAN, and your session to the router, may no longer be reached',
    },
    advice: `${SAFE_MODE} ${OTHER_PATH} ${SCHEDULED_REVERT}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) === '/ip/address' && command.name === 'add' && bool(arg(command, 'disabled')) !== true) {
        const address = literal(arg(command, 'address'));
        const name = literal(arg(command, 'interface'));
        const prefix = address === null || address === undefined ? null : parsePrefix(address);
        if (prefix !== null && name !== null && name !== undefined && name !== DEFAULT_LAN_BRIDGE && takesOver(prefix, DEFAULT_LAN)) {
          const why = facesInternet(name);
          context.report({ messageId: 'lanSubnet', command, data: { address: address!, interface: name, subnet: DEFAULT_LAN_SUBNET, bridge: DEFAULT_LAN_BRIDGE, internet: why === null ? '' : ` (and ${why})` } });
        }
        continue;
      }
      if (!MENUS.has(menu(command)) || !isChangeVerb(command.name)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command) };
      if (command.name === 'remove') context.report({ messageId: 'remove', command, data });
      else if (command.name === 'disable') context.report({ messageId: 'disable', command, data });
      else if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
      else if (changedProperties(command).includes('disabled')) context.report({ messageId: 'disable', command, data });
      else context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', ') || command.name } });
    }
  },
};
