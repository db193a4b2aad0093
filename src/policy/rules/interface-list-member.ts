import { SAFE_MODE } from '../advice.js';
import { arg, bool, changedProperties, COSMETIC, describeTargets, isChangeVerb, literal, menu, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';
import { facesInternet, isTrustedList } from '../defaults.js';

/**
 * The default firewall accepts management only from the LAN list ("drop all
 * not coming from LAN"), and MAC access is usually limited to it too: taking
 * an interface out of LAN (or WAN) changes what the firewall lets in.
 */
export const interfaceListMember: PolicyRule = {
  meta: {
    id: 'interface-list-member',
    description: 'removing or changing interface list members, or removing interface lists',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remove: '{verb} on interface list membership {targets}: firewall rules matching the list (e.g. the default "drop all not coming from LAN") now treat that interface differently, which may cut you off',
      change: 'changes {properties} of interface list membership {targets}: firewall rules matching the old list stop matching that interface',
      list: '{verb} on interface list(s) {targets}: rules and MAC access limited to the list stop matching',
      internetTrusted: 'adds {interface} to interface list {list}, which the firewall trusts, but {why}: the default firewall accepts everything from the LAN list ("drop all not coming from LAN"), so the internet reaches the router\'s management (winbox, ssh, www, DNS) through it',
    },
    advice: `Check what matches the list first (\`/ip firewall filter print where in-interface-list=LAN\`, \`/tool mac-server print\`). ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (where === '/interface/list/member' && command.name === 'add' && bool(arg(command, 'disabled')) !== true) {
        const list = literal(arg(command, 'list'));
        const name = literal(arg(command, 'interface'));
        const why = name === null || name === undefined ? null : facesInternet(name);
        if (list !== null && list !== undefined && isTrustedList(list) && why !== null) context.report({ messageId: 'internetTrusted', command, data: { interface: name!, list, why } });
        continue;
      }
      if ((where !== '/interface/list/member' && where !== '/interface/list') || !isChangeVerb(command.name)) continue;
      const data = { targets: describeTargets(command), verb: command.name };
      const setting = command.name === 'set' || command.name === 'unset';
      if (setting && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
      else if (where === '/interface/list') context.report({ messageId: 'list', command, data });
      else if (setting && arg(command, 'disabled') === undefined) {
        context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', '), list: literal(arg(command, 'list')) ?? '' } });
      } else context.report({ messageId: 'remove', command, data });
    }
  },
};
