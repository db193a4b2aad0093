/**
 * The inverse of a script, computed from the router's configuration: what it adds is removed (found by every
 * property it was added with), what it changes gets its earlier values back, what it removes is added again (in
 * its place, for the ordered firewall tables), what it disables is enabled. Applying the script and then its undo
 * to the model gives back the model (test/model/undo.test.ts). Where the configuration does not say what a value
 * was (a default the export leaves out), the undo is refused rather than guessed.
 */
import { command, findWhere, named, str } from '../ast/build.js';
import type { Arg, Command, Expression, Value } from '../ast/nodes.js';
import { classifyBare } from '../ast/classify.js';
import { parseScript } from '../rsc/parse.js';
import { applyCommand, BUILT_IN_PORT, copyMenus, ORDERED_MENUS, select, valueText, type ModelEntry, type Props, type RouterModel } from './model.js';

export type Undo = { readonly kind: 'undo'; readonly commands: Command[] } | { readonly kind: 'refusal'; readonly reason: string };

/** Menus whose order matters: a removed item comes back in its place. */
const ORDERED = ORDERED_MENUS;

/** Values RouterOS shows for a property an export leaves out, where they are known for certain. */
const KNOWN_DEFAULTS: Readonly<Record<string, string>> = { disabled: 'no' };

/** The undo of the commands of a script, against a configuration. */
export function undoCommands(commands: readonly Command[], model: RouterModel): Undo {
  const menus = copyMenus(model, new Set(commands.map((c) => c.path.join(' '))));
  const inverses: Command[][] = [];
  for (const c of commands) {
    const menu = c.path.join(' ');
    const inverse = invert(menus, menu, c);
    if (typeof inverse === 'string') return { kind: 'refusal', reason: inverse };
    const problem = applyCommand(menus, c);
    if (problem !== undefined) return { kind: 'refusal', reason: `the configuration cannot follow "${menu} ${c.name}": ${problem}` };
    // An added item is found by its properties after it exists: they must pick it out alone.
    if (c.name === 'add') {
      const added = addedFinder(menus, menu, c);
      if (typeof added === 'string') return { kind: 'refusal', reason: added };
      inverses.push([added]);
    } else inverses.push(inverse);
  }
  return { kind: 'undo', commands: inverses.reverse().flat() };
}

/** Parses a script and computes its undo. */
export function undoText(script: string, model: RouterModel): Undo {
  const { ast, diagnostics } = parseScript(script);
  if (diagnostics.some((d) => d.severity === 'error')) return { kind: 'refusal', reason: 'the script does not parse' };
  const commands: Command[] = [];
  for (const s of ast.statements) {
    if (s.kind === 'navigate') continue;
    if (s.kind !== 'command') return { kind: 'refusal', reason: 'the script holds a block or call, whose effect is not known before it runs' };
    commands.push(s);
  }
  return undoCommands(commands, model);
}

/**
 * A find over the properties of an item (`[find where chain=input and dst-port=22 and ...]`), values typed as
 * written; negated matchers (`!10.0.0.0/8`) are left out, since a `where` cannot compare with them as written.
 */
function findAll(menu: string, props: Readonly<Props>): Value {
  const parts: Expression[] = Object.entries(props).filter(([, v]) => !v.startsWith('!')).map(([k, v]) => ({ kind: 'binary', operator: '=', left: { kind: 'field', name: k }, right: { kind: 'value', value: textValue(v) } }));
  if (parts.length === 0) parts.push({ kind: 'binary', operator: '=', left: { kind: 'field', name: 'disabled' }, right: { kind: 'value', value: { kind: 'word', text: props.disabled === 'yes' ? 'yes' : 'no' } } });
  const expression = parts.reduce((a, b) => ({ kind: 'binary', operator: 'and', left: a, right: b }));
  return findWhere(menu, expression);
}

/** `remove [find where ...]` for an item just added; refused when other items have the same properties. */
function addedFinder(menus: Map<string, ModelEntry[]>, menu: string, c: Command): Command | string {
  const props: Props = {};
  for (const a of c.args) if (a.kind === 'named' && a.name !== 'place-before' && a.name !== 'copy-from') props[a.name] = valueText(a.value);
  if (Object.keys(props).length === 0) return `an item added to /${menu} with no properties cannot be found again`;
  const list = menus.get(menu) ?? [];
  const item = list.find((e) => Object.entries(props).every(([k, v]) => e.props[k] === v));
  const finder = (item && byComment(menu, list, item)) ?? findAll(menu, props);
  const hits = select(menus, menu, finder);
  if (hits === undefined || hits.length !== 1) return `the item added to /${menu} has the same properties as one already there, so its undo could not tell them apart; give it a comment`;
  return command(menu, 'remove', [{ kind: 'positional', value: finder }]);
}

/** The commands that undo `c`, read from the state before it; a string when it cannot be undone from the configuration. */
function invert(menus: Map<string, ModelEntry[]>, menu: string, c: Command): Command[] | string {
  if (c.name === 'add') return [];
  if (!['set', 'remove', 'enable', 'disable'].includes(c.name)) return `"${menu} ${c.name}" is not a change the configuration can take back`;
  const selector = c.args.find((a) => a.kind === 'positional');
  const entries = menus.get(menu) ?? [];
  let targets = selector?.kind === 'positional' ? select(menus, menu, selector.value) : c.name === 'set' ? entries.slice(0, 1) : undefined;
  // A built-in port the export does not list (its settings are at their defaults) is still there, with its name.
  if (targets?.length === 0 && menu === 'interface' && selector?.kind === 'positional' && selector.value.kind === 'word' && BUILT_IN_PORT.test(selector.value.text) && c.name !== 'remove') {
    targets = [{ props: { name: selector.value.text } }];
  }
  if (targets === undefined) return `the items "${menu} ${c.name}" changes are not known from the configuration`;
  if (targets.length === 0) return c.name === 'set' && selector === undefined ? [] : `"${menu} ${c.name}" names nothing in the configuration`;
  const out: Command[] = [];
  for (const target of targets) {
    const before = target.props;
    if (c.name === 'remove') {
      if (before['default-name'] !== undefined) return `a built-in item of /${menu} cannot be added back once removed`;
      const args: Arg[] = Object.entries(before).map(([k, v]) => named(k, textValue(v)));
      if (ORDERED.has(menu)) {
        // Back in its place: before the item that followed it, unless that one is removed too (then at the end).
        const list = menus.get(menu) ?? [];
        const next = list.slice(list.indexOf(target) + 1).find((e) => !targets.includes(e));
        if (next !== undefined) args.push(named('place-before', byComment(menu, list, next) ?? findAll(menu, next.props)));
      }
      out.push(command(menu, 'add', args));
      continue;
    }
    const want: Props = {};
    if (c.name === 'set') for (const a of c.args) if (a.kind === 'named') want[a.name] = valueText(a.value);
    if (c.name === 'enable' || c.name === 'disable') want.disabled = c.name === 'disable' ? 'yes' : 'no';
    const restore: Arg[] = [];
    for (const key of Object.keys(want)) {
      const old = before[key] ?? KNOWN_DEFAULTS[key];
      if (old === undefined) return `the configuration does not show the earlier ${key} of the item "${menu} ${c.name}" changes (the export leaves out values at their defaults), so it cannot be restored`;
      if (old !== want[key]) restore.push(named(key, textValue(old)));
    }
    if (restore.length === 0) continue;
    // Found after the change: by what the change leaves it with (a rename is undone by the new name).
    const after: Props = { ...before, ...want };
    const identity = selector === undefined ? undefined : { kind: 'positional' as const, value: after.name !== undefined && Object.keys(before).includes('name') ? ({ kind: 'word', text: after.name } as Value) : findAll(menu, after) };
    if (identity !== undefined && identity.value.kind === 'word' && !/^[A-Za-z][A-Za-z0-9_.-]*$/.test(identity.value.text)) identity.value = str(after.name!);
    out.push(command(menu, 'set', identity === undefined ? restore : [identity, ...restore]));
  }
  return out;
}

/** `[find where comment="..."]` when the item's comment is its own. */
function byComment(menu: string, list: readonly ModelEntry[], item: ModelEntry): Value | undefined {
  const comment = item.props.comment;
  if (comment === undefined || comment === '' || list.filter((e) => e.props.comment === comment).length !== 1) return undefined;
  return findWhere(menu, { kind: 'binary', operator: '=', left: { kind: 'field', name: 'comment' }, right: { kind: 'value', value: str(comment) } });
}

/** A value of the model as a script value: names, numbers, addresses bare; anything else quoted. */
function textValue(text: string): Value {
  if (text === '') return str('');
  if (text.startsWith('!') && text.length > 1) return { kind: 'negated', value: textValue(text.slice(1)) };
  if (/^[A-Za-z0-9_.:/,!*-]+$/.test(text) && !text.includes('//')) {
    const v = text.includes(',') ? ({ kind: 'list', items: text.split(',').map((p) => classifyBare(p)) } as Value) : classifyBare(text);
    if (v.kind !== 'string') return v;
  }
  return str(text);
}
