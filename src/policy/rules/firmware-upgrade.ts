import { menu } from '../args.js';
import type { PolicyRule } from '../types.js';

/** Manual: RouterBOARD: `upgrade` flashes the boot loader, used from the next reboot. */
export const firmwareUpgrade: PolicyRule = {
  meta: {
    id: 'firmware-upgrade',
    description: 'upgrading the RouterBOARD firmware (boot loader)',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      upgrade: '/system routerboard upgrade rewrites the boot loader; it takes effect on the next reboot, and a power loss meanwhile can leave the board unbootable',
    },
    advice: 'Upgrade RouterOS first, then the firmware, then reboot once, at a time an outage is acceptable and with stable power.',
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) === '/system/routerboard' && command.name === 'upgrade') context.report({ messageId: 'upgrade', command });
    }
  },
};
