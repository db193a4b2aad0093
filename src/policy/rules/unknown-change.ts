import { EXPORT_FIRST, SAFE_MODE } from '../advice.js';
import { judge } from '../harmless.js';
import type { PolicyRule } from '../types.js';

/**
 * Fail closed by construction: every command that no specific rule reported
 * or examined is looked up in the reviewed table of harmless operations
 * (src/policy/harmless.ts). What the table does not clear is destructive, and
 * the finding names what was not understood: an unknown menu or command, a
 * schema error, an add to a menu that changes forwarding, NAT, routing, DNS or
 * bridging, or a property nobody reviewed. Runs after every other rule.
 */
export const unknownChange: PolicyRule = {
  meta: {
    id: 'unknown-change',
    description: 'any command the table of harmless operations does not clear and no specific rule judged',
    category: 'unknown',
    severity: 'destructive',
    fallback: true,
    messages: {
      unknownMenu: '{verb} in {menu}: this menu is not known to the checker, so what the command changes cannot be judged; it is treated as destructive',
      unknownCommand: '{verb} in {menu} is not a command the checker knows, so what it changes cannot be judged; it is treated as destructive',
      schema: '{verb} in {menu} does not match the RouterOS schema ({problem}), so what it does cannot be judged; it is treated as destructive',
      areaAdd: 'add in {menu} changes {area} and is not in the table of harmless operations: it may change how traffic flows',
      notHarmless: '{verb} in {menu} is not known to be harmless ({detail}): it may change addressing, routing, interfaces, firewall, services, users or system state',
      unknownSet: 'changing {properties} in {menu} is not known to be harmless: it may affect connectivity or management access',
    },
    advice: `Check what the command changes in the RouterOS manual before running it. ${EXPORT_FIRST} ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (context.isCovered(command)) continue;
      const unclear = judge(command);
      if (unclear) context.report({ messageId: unclear.messageId, command, data: unclear.data });
    }
  },
};
