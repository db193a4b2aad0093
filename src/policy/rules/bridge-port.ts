import { OTHER_PATH, SAFE_MODE, SCHEDULED_REVERT } from '../advice.js';
import { arg, bool, changedProperties, COSMETIC, describeTargets, hasArg, isChangeVerb, literal, menu, onlyHarmlessChanges, show } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * Manual: Bridging and Switching. An interface that becomes a bridge port (or
 * a bonding slave) stops being an L3 interface: its IP addresses, DHCP client
 * and in-interface firewall matches stop working, and traffic is switched by
 * the bridge instead. Taking a port out of a bridge cuts the devices behind it
 * off the bridge's subnet.
 */
export const bridgePort: PolicyRule = {
  meta: {
    id: 'bridge-port',
    description: 'adding, removing or changing bridge ports and bonding slaves',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      add: 'moves {interface} into bridge {bridge}: its own IP addresses and DHCP client stop working, so a session through that port drops',
      remove: '{verb} on bridge port(s) {targets}: devices behind those ports lose the bridge\'s subnet, DHCP and management access',
      change: 'changes {properties} of bridge port(s) {targets}: the port can move to another bridge or VLAN and lose its traffic',
      bond: 'makes {slaves} slaves of bonding {bond}: their own addresses stop working until the bond is up',
    },
    advice: `Move the port you manage the router through last, or manage it through the bridge's address. ${SAFE_MODE} ${OTHER_PATH} ${SCHEDULED_REVERT}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      const data = { targets: describeTargets(command), verb: command.name };
      if (where === '/interface/bridge/port') {
        if (command.name === 'add') {
          if (bool(arg(command, 'disabled')) === true) continue;
          context.report({ messageId: 'add', command, data: { interface: literal(arg(command, 'interface')) ?? 'an interface', bridge: literal(arg(command, 'bridge')) ?? '(computed)' } });
          continue;
        }
        if (!isChangeVerb(command.name)) continue;
        if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
        else if (command.name === 'set' || command.name === 'unset') context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', ') } });
        else context.report({ messageId: 'remove', command, data });
      } else if (where === '/interface/bonding' && (command.name === 'add' || command.name === 'set') && hasArg(command, 'slaves')) {
        const bond = command.name === 'add' ? literal(arg(command, 'name')) ?? 'new bond' : describeTargets(command);
        context.report({ messageId: 'bond', command, data: { slaves: show(arg(command, 'slaves'), command.path), bond } });
      }
    }
  },
};
