import { OTHER_PATH, SAFE_MODE } from '../advice.js';
import { changedProperties, COSMETIC, describeTargets, isChangeVerb, menu, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';

/** A VLAN interface often carries the management network; its id and parent decide what it receives. */
export const vlanChange: PolicyRule = {
  meta: {
    id: 'vlan-change',
    description: 'removing, disabling or changing VLAN interfaces',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remove: 'removes VLAN interface(s) {targets}: their addresses, DHCP servers and routes stop working',
      disable: 'disables VLAN interface(s) {targets}: their addresses, DHCP servers and routes stop working',
      change: 'changes {properties} of VLAN interface(s) {targets}: traffic tagged with the old id or on the old parent is no longer received',
    },
    advice: `${SAFE_MODE} ${OTHER_PATH}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (menu(command) !== '/interface/vlan' || !isChangeVerb(command.name)) continue;
      const data = { targets: describeTargets(command) };
      if (command.name === 'remove') context.report({ messageId: 'remove', command, data });
      else if (command.name === 'disable') context.report({ messageId: 'disable', command, data });
      else if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
      else if (changedProperties(command).includes('disabled')) context.report({ messageId: 'disable', command, data });
      else context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', ') || command.name } });
    }
  },
};
