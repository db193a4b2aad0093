import { READ_ONLY } from '../harmless.js';
import { menu } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * Manual: System > License. A RouterOS license (and a CHR's) is bound to the
 * system's software ID: `generate-new-id` makes a new one, so the installed
 * license no longer matches and the router drops to the free level (a CHR to
 * 1 Mbit/s per interface) until it is licensed again.
 */
export const licenseChange: PolicyRule = {
  meta: {
    id: 'license-change',
    description: 'generating a new software ID or otherwise changing the RouterOS license',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      newId: 'generates a new software ID: the installed license is bound to the old one, so the router falls back to the unlicensed level (a CHR to 1 Mbit/s per interface) until it is licensed again',
      other: '{verb} in /system license changes the license the router runs under',
    },
    advice: 'Only do this with a new license key for the new software ID at hand (for a CHR: an account to renew it with).',
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) !== '/system/license' || READ_ONLY.has(command.name)) continue;
      if (command.name === 'generate-new-id') context.report({ messageId: 'newId', command });
      else context.report({ messageId: 'other', command, data: { verb: command.name } });
    }
  },
};
