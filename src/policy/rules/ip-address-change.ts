import { OTHER_PATH, SAFE_MODE, SCHEDULED_REVERT } from '../advice.js';
import { changedProperties, COSMETIC, describeTargets, isChangeVerb, menu, menuText, onlyHarmlessChanges } from '../args.js';
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
    },
    advice: `${SAFE_MODE} ${OTHER_PATH} ${SCHEDULED_REVERT}`,
  },
  check(context) {
    for (const command of context.commands) {
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
