import { OTHER_PATH, SAFE_MODE, SCHEDULED_REVERT } from '../advice.js';
import { arg, changedProperties, COSMETIC, describeTargets, isChangeVerb, literal, menuText, onlyHarmlessChanges, setsDisabled, show } from '../args.js';
import type { PolicyRule } from '../types.js';

/** Interface kinds other rules own. */
const OWNED_ELSEWHERE = new Set(['bridge', 'vlan', 'wifi', 'wifiwave2', 'wireless', 'list']);
const MTU = new Set(['mtu', 'l2mtu']);

/**
 * Disabling an interface, or changing its MTU, can cut the link you are on (an
 * MTU mismatch silently drops large packets, so a session hangs instead of
 * closing). A rename is harmless: RouterOS follows references by internal id.
 */
export const interfaceChange: PolicyRule = {
  meta: {
    id: 'interface-change',
    description: 'disabling or removing interfaces, changing their MTU or ARP mode',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      disable: 'disables interface(s) {targets} in {menu}: every connection through them, maybe yours, stops',
      remove: 'removes interface(s) {targets} from {menu}: their addresses, routes and firewall matches stop working',
      mtu: 'sets {property}={value} on {targets}: a mismatch with the other end drops large packets, so sessions hang',
      arp: 'sets arp={value} on {targets}: without ARP replies, IPv4 neighbours (and you) cannot reach the router there',
      other: '{verb} on interface(s) {targets} in {menu} interrupts their traffic',
    },
    advice: `${SAFE_MODE} ${OTHER_PATH} ${SCHEDULED_REVERT}`,
  },
  check(context) {
    for (const command of context.commands) {
      const kind = command.path[1];
      if (command.path[0] !== 'interface' || command.path.length > 2 || (kind !== undefined && OWNED_ELSEWHERE.has(kind))) continue;
      if (!isChangeVerb(command.name)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command), verb: command.name };
      if (command.name === 'remove') {
        context.report({ messageId: 'remove', command, data });
        continue;
      }
      if (command.name === 'disable') {
        context.report({ messageId: 'disable', command, data });
        continue;
      }
      if (command.name !== 'set' && command.name !== 'unset') {
        context.report({ messageId: 'other', command, data });
        continue;
      }
      const changed = changedProperties(command);
      const mtu = changed.find((p) => MTU.has(p));
      const arpValue = arg(command, 'arp');
      // Bonding slaves are bridge-port's to judge.
      const harmless = new Set([...COSMETIC, ...(kind === 'bonding' ? ['slaves'] : []), ...(literal(arpValue) === 'enabled' ? ['arp'] : [])]);
      if (changed.includes('disabled') && setsDisabled(command)) context.report({ messageId: 'disable', command, data });
      else if (mtu) context.report({ messageId: 'mtu', command, data: { ...data, property: mtu, value: show(arg(command, mtu) ?? null, command.path) } });
      else if (arpValue !== undefined && literal(arpValue) !== 'enabled') context.report({ messageId: 'arp', command, data: { ...data, value: show(arpValue, command.path) } });
      else if (onlyHarmlessChanges(command, harmless)) context.examined(command);
      // Anything else is left to unknown-change: not known to be safe.
    }
  },
};
