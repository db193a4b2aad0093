import { OTHER_PATH, SAFE_MODE, SCHEDULED_REVERT } from '../advice.js';
import type { Command } from '../../ast/nodes.js';
import { arg, bool, changedProperties, COSMETIC, describeTargets, findMatcher, isChangeVerb, literal, menu, menuText, onlyHarmlessChanges } from '../args.js';
import { coversEverything, isWide, parsePrefix, type Prefix } from '../prefixes.js';
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
      splitDefault: 'adds a route to {destination} via {gateway}: together with {others} it covers every address, so it overrides the default route, and replies to remote sessions take it',
      wide: 'adds a route to {destination} via {gateway}: it covers a large part of the internet and, being more specific than the default route, may take over the path back to a remote administrator',
      enable: 'enables route(s) {targets} in {menu}, whose destination is not known here: a disabled default route may come back and take over the current way out',
    },
    advice: `Give a new default route a higher distance than the working one first, then lower it once it is proven. ${SAFE_MODE} ${OTHER_PATH} ${SCHEDULED_REVERT}`,
  },
  check(context) {
    // Main-table destinations this text adds, per family: two halves (0.0.0.0/1 + 128.0.0.0/1) are a default route too.
    const added: { command: Command; prefix: Prefix; text: string; gateway: string }[] = [];
    for (const command of context.commands) {
      const where = menu(command);
      if (!MENUS.has(where)) continue;
      const data = { menu: menuText(command), targets: describeTargets(command) };
      if (command.name === 'enable' || ((command.name === 'set' || command.name === 'unset') && bool(arg(command, 'disabled')) === false && changedProperties(command).every((p) => p === 'disabled' || COSMETIC.has(p)))) {
        // The selector says which routes: `[find dst-address=172.16.0.0/12]` that is no default and no wide prefix is harmless.
        const destinations = findMatcher(command, 'dst-address');
        const prefixes = destinations?.map(parsePrefix) ?? null;
        if (prefixes && prefixes.length > 0 && prefixes.every((p) => p !== null && p.length > 0 && !isWide(p))) context.examined(command);
        else context.report({ messageId: 'enable', command, data });
        continue;
      }
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
        else {
          const prefix = parsePrefix(text);
          if (!otherTable && prefix) added.push({ command, prefix, text: text.trim(), gateway });
          // Wide routes are reported below, once it is known whether they are part of a split default.
          if (otherTable || !prefix || !isWide(prefix)) context.examined(command);
        }
        continue;
      }
      if (!isChangeVerb(command.name)) continue;
      if (command.name === 'remove') context.report({ messageId: 'remove', command, data });
      else if (command.name === 'disable') context.report({ messageId: 'disable', command, data });
      else if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
      else if (changedProperties(command).includes('disabled')) context.report({ messageId: 'disable', command, data });
      else context.report({ messageId: 'change', command, data: { ...data, properties: changedProperties(command).join(', ') || command.name } });
    }
    for (const family of [4, 6] as const) {
      const routes = added.filter((r) => r.prefix.family === family);
      const split = routes.length >= 2 && coversEverything(routes.map((r) => r.prefix), family);
      for (const route of routes) {
        const data = { destination: route.text, gateway: route.gateway };
        if (split) context.report({ messageId: 'splitDefault', command: route.command, data: { ...data, others: listed(routes.filter((r) => r !== route).map((r) => r.text)) } });
        else if (isWide(route.prefix)) context.report({ messageId: 'wide', command: route.command, data });
      }
    }
  },
};

/** `a, b, c and 5 more`: a message stays short however many routes the text adds. */
function listed(items: readonly string[]): string {
  return items.length <= 3 ? items.join(', ') : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
}
