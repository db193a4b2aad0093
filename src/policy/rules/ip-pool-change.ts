import { SAFE_MODE } from '../advice.js';
import { changedProperties, COSMETIC, describeTargets, isChangeVerb, menu, menuText, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';

const MENUS = new Set(['/ip/pool', '/ipv6/pool']);

/** DHCP servers, VPN profiles and hotspots hand out addresses from pools. */
export const ipPoolChange: PolicyRule = {
  meta: {
    id: 'ip-pool-change',
    description: 'removing or changing IP address pools',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remove: '{verb} on address pool(s) {targets} in {menu}: the DHCP servers and VPN profiles using them stop handing out addresses',
      change: 'changes {properties} of address pool(s) {targets} in {menu}: clients may get addresses outside the subnet they must reach',
    },
    advice: `Check what uses the pool first (\`/ip dhcp-server print where address-pool=...\`, \`/ppp profile print\`). ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      if (!MENUS.has(menu(command)) || !isChangeVerb(command.name)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command), verb: command.name };
      if (command.name === 'set' || command.name === 'unset') {
        if (onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
        else context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', ') } });
      } else context.report({ messageId: 'remove', command, data });
    }
  },
};
