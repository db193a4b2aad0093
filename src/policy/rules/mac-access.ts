import { arg, bool, changedProperties, describeTargets, isChangeVerb, literal, menuText } from '../args.js';
import type { PolicyRule } from '../types.js';

/**
 * MAC Telnet and MAC WinBox reach the router without IP: they are the way back
 * in when an IP change goes wrong. Manual: MAC server.
 */
export const macAccess: PolicyRule = {
  meta: {
    id: 'mac-access',
    description: 'restricting or disabling MAC Telnet, MAC WinBox and MAC ping',
    category: 'management',
    severity: 'destructive',
    messages: {
      restrict: 'changes {properties} in {menu}: MAC Telnet/WinBox, the way back in when IP access fails, may stop answering on your port',
      remove: '{verb} on {targets} in {menu}: MAC access sessions or settings the recovery path depends on go away',
    },
    advice: 'Make sure IP access works from where you are, and restrict MAC access to an interface list that still contains your management port (e.g. allowed-interface-list=LAN) rather than none.',
  },
  check(context) {
    for (const command of context.commands) {
      if (command.path[0] !== 'tool' || command.path[1] !== 'mac-server' || !isChangeVerb(command.name)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command), verb: command.name };
      if (command.name !== 'set') {
        context.report({ messageId: command.name === 'unset' ? 'restrict' : 'remove', command, data: { ...data, properties: changedProperties(command).join(', ') } });
        continue;
      }
      // Opening access up (allowed-interface-list=all, enabled=yes) cuts no one off.
      const restricting = changedProperties(command).filter((p) => {
        if (p === 'comment') return false;
        if (p === 'allowed-interface-list') return literal(arg(command, p)) !== 'all';
        if (p === 'enabled') return bool(arg(command, p)) !== true;
        if (p === 'disabled') return bool(arg(command, p)) !== false;
        return true;
      });
      if (restricting.length === 0) context.examined(command);
      else context.report({ messageId: 'restrict', command, data: { ...data, properties: restricting.join(', ') } });
    }
  },
};
