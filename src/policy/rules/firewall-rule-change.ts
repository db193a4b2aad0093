import { MANAGEMENT_ACCEPT_FIRST, SAFE_MODE } from '../advice.js';
import type { Command } from '../../ast/nodes.js';
import { arg, bool, changedProperties, describeTargets, findMatcher, isChangeVerb, menu, menuText } from '../args.js';
import type { PolicyRule } from '../types.js';

const RULE_TABLES = new Set([
  '/ip/firewall/filter', '/ip/firewall/nat', '/ip/firewall/raw', '/ip/firewall/mangle',
  '/ipv6/firewall/filter', '/ipv6/firewall/nat', '/ipv6/firewall/raw', '/ipv6/firewall/mangle',
]);
const ADDRESS_LISTS = new Set(['/ip/firewall/address-list', '/ipv6/firewall/address-list']);

/**
 * Names of lists that hold addresses to block. Taking an address off such a
 * list only lets more traffic through; taking it off any other list (admins,
 * mgmt, trusted, or a name that says nothing) can stop an accept rule from
 * matching your own address.
 */
const BLOCK_LIST = /block|black|ban|bogon|deny|drop|reject|tarpit|spam|attack|abuse|scan|brute|bad|quarantine/i;

/** `remove [find list=blocked ...]`: whether every list the command touches is a block list. */
function onlyBlockLists(command: Command): boolean {
  const lists = findMatcher(command, 'list');
  return lists !== null && lists.length > 0 && lists.every((name) => BLOCK_LIST.test(name));
}

/**
 * Actions that cannot cut traffic, per table: re-enabling a rule the selector
 * says is one of these (`enable [find action=accept comment="allow-winbox"]`)
 * only lets traffic through or notes it. Not NAT: a NAT `accept` skips the
 * masquerade below it.
 */
const LETS_THROUGH: Readonly<Record<string, ReadonlySet<string>>> = {
  '/ip/firewall/filter': new Set(['accept', 'log', 'passthrough', 'add-src-to-address-list', 'add-dst-to-address-list']),
  '/ipv6/firewall/filter': new Set(['accept', 'log', 'passthrough', 'add-src-to-address-list', 'add-dst-to-address-list']),
  '/ip/firewall/raw': new Set(['accept', 'log', 'add-src-to-address-list', 'add-dst-to-address-list']),
  '/ipv6/firewall/raw': new Set(['accept', 'log', 'add-src-to-address-list', 'add-dst-to-address-list']),
  '/ip/firewall/mangle': new Set(['accept', 'log', 'passthrough']),
  '/ipv6/firewall/mangle': new Set(['accept', 'log', 'passthrough']),
};

/** Whether the selector (`[find action=accept ...]`, `[find where action=accept and ...]`) says every enabled rule lets traffic through. */
function enablesOnlyHarmless(command: Command): boolean {
  const harmless = LETS_THROUGH[menu(command)];
  const actions = findMatcher(command, 'action');
  return harmless !== undefined && actions !== null && actions.length > 0 && actions.every((a) => harmless.has(a));
}

/** Properties of an existing rule that change nothing it matches or does (`action` is firewall-drop's). */
const HARMLESS = new Set(['comment', 'log', 'log-prefix', 'action']);

/**
 * Removing, disabling, reordering or rewriting existing firewall rules: the
 * rule that accepts your management connection may be the one that changes.
 * Enabling counts too: the rule's action is not known from here.
 */
export const firewallRuleChange: PolicyRule = {
  meta: {
    id: 'firewall-rule-change',
    description: 'removing, disabling, enabling, moving or rewriting existing firewall rules and address-list entries',
    category: 'connectivity',
    severity: 'destructive',
    messages: {
      remove: 'removes {table} rule(s) {targets}: what they accepted may now hit a drop rule, what they blocked gets through',
      disable: 'disables {table} rule(s) {targets}: what they accepted may now hit a drop rule, what they blocked gets through',
      enable: 'enables {table} rule(s) {targets}, whose action is not known here: a drop rule takes effect at once',
      move: 'reorders {table} rules: a drop rule moved above an accept rule cuts what that rule let in',
      change: 'changes {properties} of {table} rule(s) {targets}: an accept rule that no longer matches your connection lets a later drop rule cut it',
      other: '{verb} on {table} rules changes what the firewall lets through',
      addressList: '{verb} on address-list entries {targets}: rules that accept by address list stop matching those addresses',
    },
    advice: `${MANAGEMENT_ACCEPT_FIRST} ${SAFE_MODE}`,
  },
  check(context) {
    for (const command of context.commands) {
      const where = menu(command);
      const data = { table: menuText(command), targets: describeTargets(command), verb: command.name };
      if (ADDRESS_LISTS.has(where)) {
        if (command.name === 'set' || command.name === 'unset') {
          const changed = changedProperties(command).filter((p) => p !== 'comment');
          if (changed.length === 0) context.examined(command);
          else context.report({ messageId: 'addressList', command, data });
        } else if ((command.name === 'remove' || command.name === 'disable') && onlyBlockLists(command)) context.examined(command);
        else if (isChangeVerb(command.name)) context.report({ messageId: 'addressList', command, data });
        continue;
      }
      if (!RULE_TABLES.has(where)) continue;
      switch (command.name) {
        case 'remove':
          context.report({ messageId: 'remove', command, data });
          break;
        case 'disable':
          context.report({ messageId: 'disable', command, data });
          break;
        case 'enable':
          if (enablesOnlyHarmless(command)) context.examined(command);
          else context.report({ messageId: 'enable', command, data });
          break;
        case 'move':
          context.report({ messageId: 'move', command, data });
          break;
        case 'set':
        case 'unset': {
          if (command.args.some((a) => (a.kind === 'named' || a.kind === 'unset') && a.name === 'disabled')) {
            const disabled = bool(arg(command, 'disabled'));
            const rest = changedProperties(command).filter((p) => p !== 'disabled' && !HARMLESS.has(p));
            if (disabled === false && rest.length === 0 && enablesOnlyHarmless(command)) context.examined(command);
            else context.report({ messageId: disabled === false ? 'enable' : 'disable', command, data });
            break;
          }
          const changed = changedProperties(command).filter((p) => !HARMLESS.has(p));
          if (changed.length > 0) context.report({ messageId: 'change', command, data: { ...data, properties: changed.join(', ') } });
          else context.examined(command);
          break;
        }
        default:
          if (isChangeVerb(command.name)) context.report({ messageId: 'other', command, data });
      }
    }
  },
};
