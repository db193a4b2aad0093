import { EXPORT_FIRST } from '../advice.js';
import { menu } from '../args.js';
import type { PolicyRule } from '../types.js';

/** `/system reboot` and `/system shutdown` take the router, and every connection through it, down. */
export const systemReboot: PolicyRule = {
  meta: {
    id: 'system-reboot',
    description: 'rebooting or shutting down the router',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      reboot: '/system reboot restarts the router: every connection through it drops for a minute or more',
      shutdown: '/system shutdown powers the router off: it stays down until someone power-cycles it on site',
    },
    advice: `Run it last, at a time an outage is acceptable; check that the saved configuration is what you want first. ${EXPORT_FIRST}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) !== '/system') continue;
      if (command.name === 'reboot') context.report({ messageId: 'reboot', command });
      else if (command.name === 'shutdown') context.report({ messageId: 'shutdown', command });
    }
  },
};
