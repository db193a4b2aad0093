import { arg, literal, menu } from '../args.js';
import type { PolicyRule } from '../types.js';

const TABLES = new Set(['/ip/firewall/filter', '/ip/firewall/raw', '/ipv6/firewall/filter', '/ipv6/firewall/raw']);
const BLOCKING = new Set(['drop', 'reject', 'tarpit']);

/** A drop/reject/tarpit rule can cut the very connection used to apply it. */
export const firewallDrop: PolicyRule = {
  meta: {
    id: 'firewall-drop',
    description: 'drop, reject or tarpit rules in the firewall filter or raw tables',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      blocking: '{action} rule in chain {chain} can cut traffic, including your own management connection',
      computed: 'firewall rule with an action computed at run time may drop traffic',
    },
    advice: 'Apply in Safe Mode (Ctrl+X), and make sure an accept rule for your management address comes first (place-before).',
  },
  check(context) {
    for (const command of context.commands) {
      if (!TABLES.has(menu(command)) || (command.name !== 'add' && command.name !== 'set')) continue;
      const action = arg(command, 'action');
      if (action === undefined) continue;
      const text = literal(action);
      if (text === null) context.report({ messageId: 'computed', command });
      else if (BLOCKING.has(text)) context.report({ messageId: 'blocking', command, data: { action: text, chain: literal(arg(command, 'chain')) ?? '(unchanged)' } });
    }
  },
};
