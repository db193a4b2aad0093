import { OTHER_PATH, SAFE_MODE, SCHEDULED_REVERT } from '../advice.js';
import { arg, bool, changedProperties, COSMETIC, describeTargets, isChangeVerb, literal, menu, menuText, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';

const MENUS = new Set(['/ip/route', '/ipv6/route']);

/**
 * Routes decide whether replies reach you at all. A new default route takes
 * over every destination without a more specific route, including the way
 * back to a remote administrator. `/ip route add` without `dst-address` adds
 * a default route (0.0.0.0/0 is the default value).
 */
export const routeChange: PolicyRule = {
  meta: {
    id: 'route-change',
    description: 'removing, disabling or changing routes, and adding a default route',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remove: 'removes route(s) {targets} from {menu}: traffic to those destinations, and replies to remote sessions, may have no way out',
      disable: 'disables route(s) {targets} in {menu}: traffic to those destinations, and replies to remote sessions, may have no way out',
      change: 'changes {properties} of route(s) {targets} in {menu}: replies to remote sessions may take a different, broken path',
      defaultRoute: 'adds a default route ({destination}) via {gateway}: it competes with the current way out, and replies to remote sessions may take it',
      computed: 'adds a route whose destination is computed at run time: it may be a default route',
      blackhole: 'adds a blackhole route for {destination}: traffic to it is silently dropped, including replies to a remote administrator in that range',
    },
    advice: `Give a new default route a higher distance than the working one first, then lower it once it is proven. ${SAFE_MODE} ${OTHER_PATH} ${SCHEDULED_REVERT}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (!MENUS.has(where)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command) };
      if (command.name === 'add') {
        if (bool(arg(command, 'disabled')) === true) continue;
        const destination = arg(command, 'dst-address');
        const gateway = literal(arg(command, 'gateway')) ?? '(no gateway)';
        const fallback = where === '/ipv6/route' ? '::/0' : '0.0.0.0/0';
        const text = destination === undefined ? fallback : literal(destination);
        // A route in another routing table only steers traffic that policy rules send there.
        const table = literal(arg(command, 'routing-table'));
        const otherTable = table !== null && table !== undefined && table !== 'main';
        const blackhole = command.args.some((a) => a.kind === 'positional' && literal(a.value) === 'blackhole') || bool(arg(command, 'blackhole')) === true || literal(arg(command, 'type')) === 'blackhole';
        if (text === null) context.report({ messageId: 'computed', command });
        else if (blackhole && !otherTable) context.report({ messageId: 'blackhole', command, data: { destination: text.trim() } });
        else if (/\/0+$/.test(text.trim()) && !otherTable) context.report({ messageId: 'defaultRoute', command, data: { destination: text.trim(), gateway } });
        else context.examined(command);
        continue;
      }
      if (!isChangeVerb(command.name)) continue;
      if (command.name === 'remove') context.report({ messageId: 'remove', command, data });
      else if (command.name === 'disable') context.report({ messageId: 'disable', command, data });
      else if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
      else if (changedProperties(command).includes('disabled')) context.report({ messageId: 'disable', command, data });
      else context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', ') || command.name } });
    }
  },
};
