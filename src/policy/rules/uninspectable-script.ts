import { SAFE_MODE } from '../advice.js';
import type { PolicyRule } from '../types.js';

/**
 * Fail closed on code that cannot be read: a scheduler's `on-event` built from
 * a variable, a `source=` that does not parse (e.g. `{ }` blocks, which the
 * parser does not read yet), scripts nested too deep.
 */
export const uninspectableScript: PolicyRule = {
  meta: {
    id: 'uninspectable-script',
    description: 'scripts held in strings (on-event, source, :execute...) that cannot be checked',
    category: 'unknown',
    severity: 'destructive',
    messages: {
      uninspectable: 'cannot check the script in {where}: {problem}; it is treated as destructive',
    },
    advice: `Write the script as a literal string so it can be checked, or review it by hand before it runs. ${SAFE_MODE}`,
  },
  check(context) {
    for (const embedded of context.embedded) {
      if (embedded.script === null) {
        context.report({ messageId: 'uninspectable', command: embedded.command, data: { where: embedded.where, problem: embedded.problem ?? 'it cannot be read' } });
      }
    }
  },
};
