import { OTHER_PATH, SAFE_MODE } from '../advice.js';
import { arg, bool, COSMETIC, describeTargets, hasArg, isChangeVerb, literal, menu, onlyHarmlessChanges } from '../args.js';
import type { PolicyRule } from '../types.js';

/** What narrows a routing rule to some traffic (manual: Routing > Policy Routing, /routing rule). */
const RULE_MATCHERS = ['src-address', 'dst-address', 'interface', 'routing-mark'];
/** What narrows a mangle rule to some packets (the ones a routing mark is put on). */
const MARK_MATCHERS = ['src-address', 'dst-address', 'in-interface', 'in-interface-list', 'src-address-list', 'dst-address-list', 'connection-mark', 'per-connection-classifier', 'protocol', 'dst-port', 'src-port'];

/**
 * Routing rules are read before the main table. `lookup-only-in-table`,
 * `drop` and `unreachable` force the matched traffic into one table or stop
 * it; a `lookup` with no matcher sends everything through another table
 * first. A VRF takes its interfaces out of the main routing table, with their
 * addresses and the management sessions reaching the router through them
 * (manual: Routing > VRF).
 */
export const policyRouting: PolicyRule = {
  meta: {
    id: 'policy-routing',
    description: 'routing rules that force a routing table or catch all traffic, mangle routing marks, and VRFs that take interfaces out of the main table',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      forces: 'adds a routing rule with action={action}{scope}: the traffic it matches can only use table {table} (or is stopped), and loses its way out when that table has no route for it',
      everything: 'adds a routing rule (action={action}) with no src-address, dst-address, interface or routing-mark: all traffic looks up table {table} first, replies to remote sessions included',
      vrf: '{verb} on VRF {targets}: interfaces in a VRF leave the main routing table, so their addresses, and management sessions through them, stop working with the main table\'s routes',
      change: '{verb} on routing rules {targets}: which table traffic uses changes, replies to remote sessions included',
      marks: 'adds a mangle rule marking packets{scope} with routing mark {table}: they use table {table} instead of the main table, and lose their way out when that table has no route for them',
    },
    advice: `Add routing rules narrowed to the sources that should use the other table, with action=lookup (it falls back to main). Move the interface you manage the router through into a VRF last. ${SAFE_MODE} ${OTHER_PATH}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      if (where === '/ip/vrf') {
        if (command.name === 'add' && bool(arg(command, 'disabled')) !== true) context.report({ messageId: 'vrf', command, data: { verb: command.name, targets: literal(arg(command, 'name')) ?? 'new VRF' } });
        else if (isChangeVerb(command.name) || command.name === 'enable') context.report({ messageId: 'vrf', command, data: { verb: command.name, targets: describeTargets(command) } });
        continue;
      }
      // A routing mark is policy routing by mangle (manual: Firewall Marking): the marked packets use the mark's table.
      if (where === '/ip/firewall/mangle' || where === '/ipv6/firewall/mangle') {
        if (command.name === 'add' && literal(arg(command, 'action')) === 'mark-routing' && bool(arg(command, 'disabled')) !== true) {
          const narrowed = MARK_MATCHERS.some((name) => hasArg(command, name));
          context.report({ messageId: 'marks', command, data: { table: literal(arg(command, 'new-routing-mark')) ?? '(not given)', scope: narrowed ? '' : ' (all traffic of its chain)' } });
        }
        continue;
      }
      if (where !== '/routing/rule') continue;
      if (command.name !== 'add') {
        if ((command.name === 'set' || command.name === 'unset') && onlyHarmlessChanges(command, COSMETIC)) context.examined(command);
        else if (isChangeVerb(command.name) || command.name === 'enable') context.report({ messageId: 'change', command, data: { verb: command.name, targets: describeTargets(command) } });
        continue;
      }
      if (bool(arg(command, 'disabled')) === true) continue;
      const action = literal(arg(command, 'action')) ?? 'lookup';
      const table = literal(arg(command, 'table')) ?? '(not given)';
      const narrowed = RULE_MATCHERS.some((name) => hasArg(command, name));
      if (action !== 'lookup') context.report({ messageId: 'forces', command, data: { action, table, scope: narrowed ? '' : ' and no matcher (all traffic)' } });
      else if (!narrowed) context.report({ messageId: 'everything', command, data: { action, table } });
      else context.examined(command);
    }
  },
};
