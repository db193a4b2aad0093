/** Helpers rules use to read commands. */
import type { Command, Expression, Value } from '../ast/nodes.js';
import { printValue } from '../rsc/print.js';

/** The menu as a slash path, `/ip/firewall/filter`: for comparing. */
export function menu(command: Command): string {
  // Every rule asks for every command: build each command's key once.
  let key = menuKeys.get(command);
  if (key === undefined) menuKeys.set(command, (key = '/' + command.path.join('/')));
  return key;
}
const menuKeys = new WeakMap<Command, string>();

/** The menu as a user writes it, `/ip firewall filter`: for messages. */
export function menuText(command: Command): string {
  return '/' + command.path.join(' ');
}

/** Whether the command's menu is one of `menus` (slash paths, `/ip/address`). */
export function inMenu(command: Command, menus: ReadonlySet<string>): boolean {
  return menus.has(menu(command));
}

/** The value of `name=...`, or undefined. */
export function arg(command: Command, name: string): Value | null | undefined {
  for (const a of command.args) if (a.kind === 'named' && a.name === name) return a.value;
  return undefined;
}

/** Whether the command has `name=...` or `!name`. */
export function hasArg(command: Command, name: string): boolean {
  return command.args.some((a) => (a.kind === 'named' || a.kind === 'unset') && a.name === name);
}

/** A value's plain text when it is a literal word, string or number; null when computed at run time. */
export function literal(value: Value | null | undefined): string | null {
  if (!value) return null;
  switch (value.kind) {
    case 'word': case 'time': case 'id': return value.text;
    case 'string': return value.value;
    case 'number': return String(value.value);
    case 'ip': case 'ip6': case 'mac': return value.address;
    case 'prefix': return `${value.address}/${value.length}`;
    case 'range': return `${value.from}-${value.to}`;
    case 'list': {
      const items = value.items.map(literal);
      return items.every((i): i is string => i !== null) ? items.join(',') : null;
    }
    case 'expression':
      // `("text")`: a parenthesised literal is still that literal.
      return value.expression.kind === 'value' ? literal(value.expression.value) : null;
    default: return null;
  }
}

/** A matcher's literal value and whether it is negated (`dst-port=!22`); null when computed at run time. */
export function matcherValue(value: Value | null | undefined): { readonly negated: boolean; readonly text: string } | null {
  if (value?.kind === 'negated') {
    const text = literal(value.value);
    return text === null ? null : { negated: true, text };
  }
  const text = literal(value);
  if (text === null) return null;
  return text.startsWith('!') ? { negated: true, text: text.slice(1) } : { negated: false, text };
}

/** RouterOS booleans: `yes`/`no`, also `true`/`false` in scripts. Null when not a literal boolean. */
export function bool(value: Value | null | undefined): boolean | null {
  const text = literal(value)?.toLowerCase();
  if (text === 'yes' || text === 'true') return true;
  if (text === 'no' || text === 'false') return false;
  return null;
}

/** `disabled=yes` (or computed, which could be yes): the command turns the item off. */
export function setsDisabled(command: Command): boolean {
  const value = arg(command, 'disabled');
  return value !== undefined && bool(value) !== false;
}

/** Arguments that select items rather than change them. */
const SELECTORS = new Set(['numbers', 'where', 'find']);

/** The names of the properties a `set`/`add`/`unset` changes (`!name` counts), without the selectors. */
export function changedProperties(command: Command): string[] {
  const names: string[] = [];
  for (const a of command.args) {
    if (a.kind === 'named' && !SELECTORS.has(a.name)) names.push(a.name);
    else if (a.kind === 'unset') names.push(a.name);
  }
  // `unset 0 value-name=address` or `unset 0 address` names the property to clear.
  if (command.name === 'unset') {
    const cleared = names.filter((n) => n !== 'value-name');
    const valueName = arg(command, 'value-name');
    if (valueName !== undefined) cleared.push(literal(valueName) ?? '(computed property)');
    const positional = command.args.filter((a) => a.kind === 'positional');
    for (const a of positional.slice(1)) if (a.kind === 'positional') cleared.push(literal(a.value) ?? '(computed property)');
    return cleared.length > 0 ? cleared : ['(unknown property)'];
  }
  return names;
}

/**
 * Whether every property the command changes is harmless: named in `harmless`,
 * or `disabled=no` (turning something on is not what these rules guard).
 */
export function onlyHarmlessChanges(command: Command, harmless: ReadonlySet<string>): boolean {
  return changedProperties(command).every((name) => harmless.has(name) || (name === 'disabled' && bool(arg(command, 'disabled')) === false));
}

/** A comment or a new name never cuts anything: RouterOS follows references by internal id. */
export const COSMETIC: ReadonlySet<string> = new Set(['comment', 'name']);

/** The values that select which items a command acts on: unnamed arguments and `numbers=`. */
export function targetValues(command: Command): Value[] {
  const values: Value[] = [];
  for (const a of command.args) {
    // `unset 0 address`: only the first unnamed argument selects; the rest name properties.
    if (a.kind === 'positional' && !(command.name === 'unset' && values.length > 0)) values.push(a.value);
    else if (a.kind === 'named' && a.name === 'numbers' && a.value) values.push(a.value);
  }
  return values;
}

/**
 * The names of the items a command acts on (`set ssh`, `set ssh,winbox`,
 * `set [find name=ssh]`, `[find where name="ssh"]`), or null when they cannot
 * be told without the router (`set 0`, `set [find]`, `set $x`). `key` is the
 * property that names items in the menu.
 */
export function targetNames(command: Command, key = 'name'): string[] | null {
  const values = targetValues(command);
  if (values.length === 0) return null;
  const names: string[] = [];
  for (const value of values) {
    const found = namesOf(value, key);
    if (found === null) return null;
    names.push(...found);
  }
  return names;
}

function namesOf(value: Value, key: string): string[] | null {
  switch (value.kind) {
    case 'word':
    case 'string':
      return [literal(value)!];
    case 'list': {
      const out: string[] = [];
      for (const item of value.items) {
        const names = namesOf(item, key);
        if (names === null) return null;
        out.push(...names);
      }
      return out;
    }
    case 'substitution': {
      const find = value.command;
      if (find.name !== 'find') return null;
      const direct = literal(arg(find, key));
      if (direct !== null && find.args.length === 1) return [direct];
      const where = arg(find, 'where');
      if (where?.kind === 'expression' && find.args.length === 1) return namesInExpression(where.expression, key);
      return null;
    }
    default:
      return null;
  }
}

/** `name=ssh` or `name=ssh or name=winbox`; anything else cannot be told. */
function namesInExpression(e: Expression, key: string): string[] | null {
  if (e.kind === 'group') return namesInExpression(e.expression, key);
  if (e.kind === 'binary' && e.operator === 'or') {
    const left = namesInExpression(e.left, key);
    const right = namesInExpression(e.right, key);
    return left && right ? [...left, ...right] : null;
  }
  if (e.kind === 'binary' && e.operator === '=' && e.left.kind === 'field' && e.left.name === key && e.right.kind === 'value') {
    const text = literal(e.right.value);
    return text === null ? null : [text];
  }
  return null;
}

/**
 * The values of one matcher in the `[find ...]` that selects the items, e.g.
 * `list` in `remove [find list=blocked address=1.2.3.4]` or
 * `[find where list="blocked" and dynamic]`; null when the items are not
 * selected that way (`remove 0`, `remove $id`, `[find]`).
 */
export function findMatcher(command: Command, key: string): string[] | null {
  const values = targetValues(command);
  if (values.length === 0) return null;
  const found: string[] = [];
  for (const value of values) {
    if (value.kind !== 'substitution' || value.command.name !== 'find') return null;
    const direct = arg(value.command, key);
    const where = arg(value.command, 'where');
    const text = direct !== undefined ? literal(direct) : where?.kind === 'expression' ? matcherInConjunction(where.expression, key) : null;
    if (text === null) return null;
    found.push(text);
  }
  return found;
}

function matcherInConjunction(e: Expression, key: string): string | null {
  if (e.kind === 'group') return matcherInConjunction(e.expression, key);
  if (e.kind === 'binary' && e.operator === 'and') return matcherInConjunction(e.left, key) ?? matcherInConjunction(e.right, key);
  if (e.kind === 'binary' && e.operator === '=' && e.left.kind === 'field' && e.left.name === key && e.right.kind === 'value') return literal(e.right.value);
  return null;
}

/** The items a command acts on, as written (`ether1`, `[find list=WAN]`), for messages. */
export function describeTargets(command: Command): string {
  const values = targetValues(command);
  if (values.length === 0) return 'all matching items';
  return values.map((v) => show(v, command.path)).join(' ');
}

/** A value as RouterOS text, for messages. */
export function show(value: Value | null | undefined, path: readonly string[] = []): string {
  if (value === null || value === undefined) return '(empty)';
  try {
    return printValue(value, path);
  } catch {
    return literal(value) ?? '(computed)';
  }
}

/** Verbs that change state; the catch-all treats them as destructive unless a rule knows better. */
const CHANGE_VERBS = new Set(['set', 'unset', 'remove', 'disable', 'move', 'reset', 'clear', 'flush', 'edit', 'release', 'load', 'import', 'run', 'execute', 'revoke', 'apply']);
const CHANGE_PREFIX = /^(?:reset|remove|clear|flush|delete|format|uninstall|downgrade|install|upgrade|restore|reboot|shutdown|revoke|erase|wipe|purge|kill|drop|disable|unset)(?:-|$)/;
/** "reset" that only zeroes statistics. */
const HARMLESS_RESETS = new Set(['reset-counters', 'reset-counters-all', 'reset-statistics', 'reset-alert']);

export function isChangeVerb(name: string): boolean {
  if (HARMLESS_RESETS.has(name)) return false;
  return CHANGE_VERBS.has(name) || CHANGE_PREFIX.test(name);
}

/** Verbs that remove or turn off the selected items. */
export function isRemoveOrDisable(name: string): boolean {
  return name === 'remove' || name === 'disable' || name === 'reset' || name === 'clear' || name === 'flush';
}
