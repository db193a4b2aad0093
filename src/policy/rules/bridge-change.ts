import { OTHER_PATH, SAFE_MODE, SCHEDULED_REVERT } from '../advice.js';
import { arg, bool, changedProperties, COSMETIC, describeTargets, isChangeVerb, menu, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * Manual: Bridging and Switching > Bridge VLAN Filtering. With
 * vlan-filtering=yes, only VLANs listed in /interface bridge vlan pass, and a
 * port's untagged traffic goes to its pvid: a management port not set up for
 * it loses access the moment filtering turns on.
 */
export const bridgeChange: PolicyRule = {
  meta: {
    id: 'bridge-change',
    description: 'removing, disabling or changing bridges, enabling VLAN filtering on an existing bridge, and changing the bridge VLAN table',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remove: 'removes bridge(s) {targets}: every port, address and DHCP server on them stops working',
      disable: 'disables bridge(s) {targets}: every port, address and DHCP server on them stops working',
      vlanFiltering: 'turns on VLAN filtering on bridge {targets}: untagged traffic follows each port\'s pvid and only VLANs in /interface bridge vlan pass, which often cuts the management port',
      change: 'changes {properties} of bridge(s) {targets}: traffic through them, including your connection, may stop',
      vlanTable: '{verb} on bridge VLAN entries {targets}: with VLAN filtering on, ports lose the VLANs those entries carried',
      vlanTableChange: 'changes {properties} of bridge VLAN entries {targets}: with VLAN filtering on, ports lose the VLANs those entries carried',
    },
    advice: `Set up /interface bridge vlan entries and the management port's pvid (or a management VLAN interface) before turning filtering on. ${SAFE_MODE} ${OTHER_PATH} ${SCHEDULED_REVERT}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      const data = { targets: describeTargets(command), verb: command.name };
      if (where === '/interface/bridge') {
        const filtering = arg(command, 'vlan-filtering');
        const turnsOnFiltering = filtering !== undefined && bool(filtering) !== false;
        // A new bridge has no ports yet, so VLAN filtering on it cuts nothing: the ports added to it later are bridge-port's.
        if (command.name === 'add') continue;
        if (!isChangeVerb(command.name)) continue;
        if (command.name === 'remove') context.report({ messageId: 'remove', command, data });
        else if (command.name === 'disable') context.report({ messageId: 'disable', command, data });
        else if (turnsOnFiltering) context.report({ messageId: 'vlanFiltering', command, data });
        else if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
        else if (changedProperties(command).includes('disabled')) context.report({ messageId: 'disable', command, data });
        else context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', ') || command.name } });
      } else if (where === '/interface/bridge/vlan') {
        if (!isChangeVerb(command.name)) continue;
        if (command.name === 'set' || command.name === 'unset') {
          if (onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
          else context.report({ messageId: 'vlanTableChange', command, data: { ...data, properties: changedProperties(command).join(', ') } });
        } else context.report({ messageId: 'vlanTable', command, data });
      }
    }
  },
};
