import { MANAGEMENT_ACCEPT_FIRST, SAFE_MODE } from '../advice.js';
import { arg, bool, describeTargets, literal, menu } from '../args.js';
import type { PolicyRule } from '../types.js';

const TABLES = new Set(['/ip/firewall/filter', '/ip/firewall/raw', '/ipv6/firewall/filter', '/ipv6/firewall/raw', '/interface/bridge/filter']);
const BLOCKING = new Set(['drop', 'reject', 'tarpit']);

/**
 * A drop/reject/tarpit rule can cut the very connection used to apply it. Any
 * chain counts: custom chains are reached by jumps from input/forward/output.
 */
export const firewallDrop: PolicyRule = {
  meta: {
    id: 'firewall-drop',
    description: 'drop, reject or tarpit rules in the firewall filter or raw tables',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      blocking: '{action} rule in chain {chain} can cut traffic, including your own management connection',
      changed: 'turns {table} rule {targets} into a {action} rule: traffic it used to let through is cut',
      computed: 'firewall rule with an action computed at run time may drop traffic',
    },
    advice: `${MANAGEMENT_ACCEPT_FIRST} ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (!TABLES.has(menu(command)) || (command.name !== 'add' && command.name !== 'set')) continue;
      const action = arg(command, 'action');
      if (action === undefined) continue;
      // A rule added disabled blocks nothing until someone enables it (which firewall-rule-change flags).
      if (command.name === 'add' && bool(arg(command, 'disabled')) === true) continue;
      const text = literal(action);
      if (text === null) context.report({ messageId: 'computed', command });
      else if (!BLOCKING.has(text)) continue;
      else if (command.name === 'add') context.report({ messageId: 'blocking', command, data: { action: text, chain: literal(arg(command, 'chain')) ?? '(computed)' } });
      else context.report({ messageId: 'changed', command, data: { action: text, table: '/' + command.path.join(' '), targets: describeTargets(command) } });
    }
  },
};
