/**
 * Schema validation of a parsed or generated script: every command of a menu
 * the schema knows must exist, take the arguments it is given, and get values
 * of the right type. Menus outside the schema get one warning each.
 */
import { classifyBare } from '../ast/classify.js';
import { WHERE, type Arg, type Command, type Script, type Value } from '../ast/nodes.js';
import { menuKey, SCHEMA, type ArgSpec, type CommandSpec, type MenuSpec, type Schema, type ValueType } from '../../grammar/routeros/index.js';
import { closest } from '../util/distance.js';
import type { Diagnostic } from './diagnostics.js';
import { menuTree, type MenuTree } from './menus.js';
import { forEachCommand, forEachNavigate } from './walk.js';
import { checkScope } from './scope.js';

export function validateScript(script: Script, schema: Schema = SCHEMA): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const warned = new Set<string>();
  const tree = menuTree(schema);
  forEachCommand(script, (command) => {
    if (command.path.length === 0) {
      validateScriptCommand(command, diagnostics, warned);
      return;
    }
    const key = menuKey(command.path);
    const menu = schema.menus.get(key);
    const where = command.loc ?? { line: 1, column: 1 };
    if (!menu) {
      if (!warned.has(key)) {
        warned.add(key);
        diagnostics.push({ severity: 'warning', kind: 'schema', line: where.line, column: where.column, message: `menu /${command.path.join(' ')} is not in the schema; its commands are not checked${menuHint(tree, command.path)}` });
      }
      return;
    }
    validateCommand(command, menu, diagnostics);
  }, { embedded: true });
  // A menu line into a menu the schema does not know is most often a typo (`/ip adress`).
  forEachNavigate(script, (navigate, { holders }) => {
    // In `on-event="nightly"` a lone word is the name of a script to run, not a menu.
    if (holders.length > 0 && navigate.path.length === 1) return;
    let node: MenuTree | undefined = tree;
    let known = 0;
    for (const segment of navigate.path) {
      const next: MenuTree | undefined = node.children.get(segment);
      if (!next) break;
      node = next;
      known++;
    }
    if (known === navigate.path.length) return;
    const key = menuKey(navigate.path);
    if (warned.has(key)) return;
    warned.add(key);
    const where = navigate.loc ?? { line: 1, column: 1 };
    const wrong = navigate.path[known]!;
    const guess = closest(wrong, [...node.children.keys(), ...Object.keys(node.menu?.commands ?? {})]);
    const hint = guess ? `; did you mean \`${guess}\`?` : '';
    diagnostics.push({ severity: 'warning', kind: 'schema', line: where.line, column: where.column, message: `menu /${navigate.path.join(' ')} is not in the schema (no \`${wrong}\` in /${navigate.path.slice(0, known).join(' ')})${hint}` });
  }, { embedded: true });
  diagnostics.push(...checkScope(script));
  return diagnostics;
}

/**
 * The schema's diagnostics for one menu command on its own (its command name,
 * arguments and values; not the scripts held in its strings): what the policy
 * asks for each command it must judge, without walking a whole script.
 */
export function validateMenuCommand(command: Command, schema: Schema = SCHEMA): Diagnostic[] {
  const out: Diagnostic[] = [];
  const menu = schema.menus.get(menuKey(command.path));
  if (menu) validateCommand(command, menu, out);
  return out;
}

/** `; did you mean \`address\`?` for the first segment of `path` the schema does not know, when one is close. */
function menuHint(tree: MenuTree, path: readonly string[]): string {
  let node = tree;
  for (const segment of path) {
    const next = node.children.get(segment);
    if (!next) {
      const guess = closest(segment, node.children.keys());
      return guess ? `; did you mean \`${guess}\`?` : '';
    }
    node = next;
  }
  return '';
}

/** A global (root) command: positional names in order, named arguments, flags, required ones. */
interface ScriptSpec {
  readonly positional?: readonly string[];
  readonly args?: readonly string[];
  readonly flags?: readonly string[];
  readonly required?: readonly string[];
  /** Arguments are not checked. */
  readonly open?: boolean;
}

/**
 * The root commands of RouterOS 7.24 (`:put`, `:if`, `/export`...), their
 * arguments and which are unnamed, in order (manual: Scripting; argument
 * names as `/console/inspect` lists them).
 */
const SCRIPT_SPECS: Readonly<Record<string, ScriptSpec>> = {
  local: { positional: ['name', 'value'], args: ['do'] },
  global: { positional: ['name', 'value'], args: ['do'] },
  set: { positional: ['name', 'value'], args: ['do'] },
  if: { positional: ['condition'], args: ['do', 'else'], required: ['condition', 'do'] },
  while: { positional: ['condition'], args: ['do'], required: ['condition', 'do'] },
  do: { positional: ['command'], args: ['while', 'if', 'on-error'], required: ['command'] },
  for: { positional: ['counter'], args: ['from', 'to', 'step', 'do', 'on-error'], required: ['counter', 'to', 'do'] },
  foreach: { positional: ['counter'], args: ['in', 'do', 'on-error'], required: ['counter', 'in', 'do'] },
  onerror: { positional: ['error', 'in'], args: ['do'], required: ['error', 'in'] },
  retry: { positional: ['command'], args: ['delay', 'max', 'on-error'], required: ['command'] },
  put: { positional: ['message'] },
  delay: { positional: ['delay-time'] },
  return: { positional: ['value'] },
  error: { positional: ['message'] },
  len: { positional: ['value'] },
  typeof: { positional: ['value'] },
  tostr: { positional: ['value'] },
  tonum: { positional: ['value'] },
  toip: { positional: ['value'] },
  toip6: { positional: ['value'] },
  toid: { positional: ['value'] },
  tobool: { positional: ['value'] },
  totime: { positional: ['value'] },
  tonsec: { positional: ['value'] },
  toarray: { positional: ['value'], args: ['delimiter'] },
  tocrlf: { positional: ['input'] },
  tolf: { positional: ['input'] },
  pick: { positional: ['counter', 'begin', 'end'] },
  find: { positional: ['in', 'key', 'from'] },
  parse: { positional: ['value'] },
  execute: { positional: ['script'], args: ['file'], flags: ['as-string'] },
  serialize: { positional: ['value'], args: ['delimiter', 'file-name', 'options', 'order', 'to'] },
  deserialize: { positional: ['value'], args: ['delimiter', 'from', 'options'] },
  convert: { positional: ['value'], args: ['from', 'from-scheme', 'to', 'to-scheme', 'transform', 'transform-scheme'] },
  jobname: {},
  beep: { args: ['frequency', 'length'], flags: ['as-value'] },
  resolve: { positional: ['domain-name'], args: ['server', 'server-port', 'type'] },
  time: { positional: ['command'] },
  timestamp: { args: ['use-tz'] },
  rndnum: { args: ['from', 'to'] },
  rndstr: { args: ['from', 'length'] },
  range: { positional: ['from', 'to'] },
  grep: { positional: ['pattern'], args: ['after', 'before', 'filename', 'script'], flags: ['as-array'] },
  lock: { args: ['delay'] },
  nothing: {},
  break: {},
  continue: {},
  exit: {},
  quit: {},
  redo: {},
  undo: {},
  import: { positional: ['file-name'], args: ['from-line'], flags: ['dry-run', 'verbose'] },
  export: { args: ['file', 'path', 'where'], flags: ['compact', 'terse', 'verbose', 'show-sensitive', 'hide-sensitive'] },
  password: { args: ['old-password', 'new-password', 'confirm-new-password'], flags: ['as-value'] },
  'recursive-print': {},
  environment: { positional: ['command'] },
  log: { positional: ['topic', 'message'] },
  // Console shortcuts for /tool commands, whose arguments are not checked here.
  ping: { open: true },
  traceroute: { open: true },
};

/** `:log <topic> "message"` is the /log menu: these are its commands. */
const LOG_TOPICS = ['info', 'warning', 'error', 'debug'];

function validateScriptCommand(command: Command, out: Diagnostic[], warned: Set<string>): void {
  const at = command.loc ?? { line: 1, column: 1 };
  const report = (node: { loc?: { line: number; column: number } }, message: string): void => {
    const where = node.loc ?? at;
    out.push({ severity: 'error', kind: 'schema', line: where.line, column: where.column, message });
  };
  const spec = Object.hasOwn(SCRIPT_SPECS, command.name) ? SCRIPT_SPECS[command.name] : undefined;
  const name = `:${command.name}`;
  if (!spec) {
    const guess = closest(command.name, Object.keys(SCRIPT_SPECS));
    if (guess) report(command, `\`${command.name}\` is not a RouterOS command; did you mean \`:${guess}\`?`);
    else if (!warned.has('/' + command.name)) {
      warned.add('/' + command.name);
      out.push({ severity: 'warning', kind: 'schema', line: at.line, column: at.column, message: `command /${command.name} is not in the schema; it is not checked` });
    }
    return;
  }
  if (spec.open) return;
  const seen = new Set<string>();
  let index = 0;
  for (const arg of command.args) {
    if (arg.kind === 'unset') {
      report(arg, `${name} takes no \`!${arg.name}\``);
      continue;
    }
    if (arg.kind === 'positional') {
      if (arg.value.kind === 'word' && spec.flags?.includes(arg.value.text)) {
        seen.add(arg.value.text);
        continue;
      }
      const positional = spec.positional?.[index++];
      if (positional === undefined) continue; // extra arguments are syntax errors (to-ast.ts)
      if (command.name === 'log' && index === 1 && !(arg.value.kind === 'word' && LOG_TOPICS.includes(arg.value.text)) && arg.value.kind !== 'variable') {
        const text = arg.value.kind === 'word' ? arg.value.text : null;
        const guess = text === null ? undefined : closest(text, LOG_TOPICS);
        report(arg, `:log needs a topic first (${LOG_TOPICS.join(', ')})${guess ? `; did you mean \`${guess}\`?` : ''}`);
      }
      if (seen.has(positional)) report(arg, `\`${positional}\` is given twice`);
      seen.add(positional);
      continue;
    }
    const allowed = [...(spec.positional ?? []), ...(spec.args ?? []), ...(spec.flags ?? [])];
    const full = allowed.includes(arg.name) ? arg.name : abbreviated(arg.name, allowed);
    if (full !== undefined && full !== arg.name) {
      const where = arg.loc ?? at;
      out.push({ severity: 'warning', kind: 'schema', line: where.line, column: where.column, message: abbreviationMessage(arg.name, full) });
    }
    if (full === undefined) {
      const guess = closest(arg.name, allowed);
      report(arg, `\`${arg.name}\` is not an argument of ${name}${guess ? `; did you mean \`${guess}\`?` : ''}`);
      continue;
    }
    if (seen.has(full)) report(arg, `\`${full}\` is given twice`);
    seen.add(full);
  }
  for (const required of spec.required ?? []) {
    if (seen.has(required)) continue;
    if (command.name === 'onerror' && required === 'in') report(command, `${name} needs \`in\`: a block after the variable's name, or \`in={...}\``);
    else report(command, `${name} needs ${spec.positional?.includes(required) ? `a ${required}` : `\`${required}=\``}`);
  }
}

function validateCommand(command: Command, menu: MenuSpec, out: Diagnostic[]): void {
  const menuName = '/' + menu.path.join(' ');
  const report = (node: { loc?: { line: number; column: number } }, message: string): void => {
    const at = node.loc ?? command.loc ?? { line: 1, column: 1 };
    out.push({ severity: 'error', kind: 'schema', line: at.line, column: at.column, message });
  };
  const warnAbbreviated = (node: { loc?: { line: number; column: number } }, name: string, full: string): void => {
    const at = node.loc ?? command.loc ?? { line: 1, column: 1 };
    out.push({ severity: 'warning', kind: 'schema', line: at.line, column: at.column, message: abbreviationMessage(name, full) });
  };
  // Own properties only: a command named `constructor` is not Object's.
  const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
  const spec = own(menu.commands, command.name);
  if (!spec) {
    const guess = closest(command.name, Object.keys(menu.commands));
    report(command, `\`${command.name}\` is not a command of ${menuName}${guess ? `; did you mean \`${guess}\`?` : ''}`);
    return;
  }
  if (spec.open) return;
  const where = `${menuName} ${command.name}`;
  const seen = new Set<string>();
  let positionalIndex = 0;
  for (const arg of command.args) {
    const name = argName(arg, spec, positionalIndex);
    if (arg.kind === 'positional') {
      if (name === null) {
        report(arg, `unexpected value for ${where}`);
        continue;
      }
      if (isFlag(arg, spec)) continue;
      positionalIndex++;
    }
    if (name === null) continue;
    // `where` (or `name~"re"`) filters by an expression in find and print.
    if (name === WHERE && spec.matchers) continue;
    // `monitor-traffic ether1 once do={...}`: monitor commands run code on each refresh.
    if (name === 'do' && arg.kind === 'named' && arg.value?.kind === 'block' && command.name.startsWith('monitor')) continue;
    const full = own(spec.args, name) || (spec.matchers && own(menu.properties, name)) ? name : (abbreviated(name, [...Object.keys(spec.args), ...(spec.matchers ? Object.keys(menu.properties) : [])]) ?? name);
    if (full !== name) warnAbbreviated(arg, name, full);
    if (seen.has(full)) report(arg, `\`${full}\` is given twice`);
    seen.add(full);
    const asArg = own(spec.args, full);
    // `find type=backup`: a filter compares with what items hold, read-only values included, which are more
    // than `set` accepts; so a filter's enum is not closed.
    const asFilter = !asArg && spec.matchers ? own(menu.properties, full) : undefined;
    const argSpec = asArg ?? (asFilter && asFilter.value.type === 'enum' ? { ...asFilter, value: { ...asFilter.value, open: true } } : asFilter);
    if (arg.kind === 'unset') {
      if (!own(menu.properties, full)) report(arg, `\`${name}\` is not a property of ${menuName}`);
      continue;
    }
    if (!argSpec) {
      const names = [...Object.keys(spec.args), ...(spec.matchers ? Object.keys(menu.properties) : [])];
      const guess = closest(name, names);
      report(arg, `\`${name}\` is not an argument of ${where}${guess ? `; did you mean \`${guess}\`?` : ''}`);
      continue;
    }
    const value = arg.kind === 'named' ? arg.value : arg.value;
    if (value === null) continue; // `name=` clears or matches an empty value
    const problem = checkValue(value, argSpec);
    if (problem) report(arg, `${full}: ${problem}`);
  }
  for (const required of spec.required ?? []) {
    if (!seen.has(required) && !(command.name === 'add' && seen.has('copy-from'))) report(command, `${where} needs \`${required}\``);
  }
}

/**
 * RouterOS accepts an argument name cut short while only one name starts
 * that way (`/import file=x.rsc` for `file-name=`): the one it stands for.
 */
function abbreviated(name: string, names: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const candidate of names) {
    if (!candidate.startsWith(name)) continue;
    if (found !== undefined && found !== candidate) return undefined;
    found = candidate;
  }
  return found;
}

function abbreviationMessage(name: string, full: string): string {
  return `\`${name}\` is short for \`${full}\` (RouterOS accepts a name cut short while only one name starts that way); write \`${full}\``;
}

function isFlag(arg: Arg, spec: CommandSpec): boolean {
  return arg.kind === 'positional' && arg.value.kind === 'word' && (spec.flags ?? []).includes(arg.value.text);
}

function argName(arg: Arg, spec: CommandSpec, positionalIndex: number): string | null {
  if (arg.kind !== 'positional') return arg.name;
  if (isFlag(arg, spec)) return arg.value.kind === 'word' ? arg.value.text : null;
  return spec.positional?.[positionalIndex] ?? null;
}

/** Values computed at run time cannot be checked here. */
const DYNAMIC = new Set(['variable', 'substitution', 'expression', 'interpolated', 'call']);

export function checkValue(value: Value, spec: ArgSpec): string | null {
  if (DYNAMIC.has(value.kind)) return null;
  if (value.kind === 'negated') return spec.negatable ? checkValue(value.value, { ...spec, negatable: false }) : 'cannot be negated with `!`';
  if (value.kind === 'list') {
    const listable = spec.list || spec.value.type === 'ports' || (spec.value.type === 'enum' && spec.value.list) || spec.value.type === 'any' || spec.value.type === 'host';
    if (!listable) return 'takes one value, not a list';
    for (const [index, item] of value.items.entries()) {
      // `connection-state=!established,related`: a `!` before the first item negates the whole list.
      const negatedList = index === 0 && item.kind === 'negated';
      if (negatedList && !spec.negatable) return 'cannot be negated with `!`';
      const problem = checkOne(negatedList ? item.value : item, spec.value);
      if (problem) return problem;
    }
    return null;
  }
  return checkOne(value, spec.value);
}

const text = (v: Value): string | null => (v.kind === 'word' || v.kind === 'time' || v.kind === 'id' ? v.text : v.kind === 'string' ? v.value : null);

/** Types whose values RouterOS also accepts in quotes (`address="10.0.0.1/24"`, `vlan-id="10"`). */
const TYPED = new Set(['yesno', 'integer', 'ip', 'ip-prefix', 'ip-range', 'ip6-prefix', 'ports', 'mac', 'time', 'rate']);

function checkOne(value: Value, type: ValueType): string | null {
  if (DYNAMIC.has(value.kind)) return null;
  // `source={ ... }`: code, which RouterOS stores as text. Arrays are reported by the parser.
  if (value.kind === 'block') return type.type === 'string' || type.type === 'any' || type.type === 'name' ? null : 'expected a value, not a block of code';
  if (value.kind === 'array') return null;
  if (value.kind === 'string' && TYPED.has(type.type)) {
    const items = value.value.split(',').map((part) => classifyBare(part));
    for (const item of items) {
      const problem = checkOne(item, type);
      if (problem) return problem;
    }
    return items.length > 1 && type.type !== 'ports' ? 'takes one value, not a list' : null;
  }
  switch (type.type) {
    case 'any':
    case 'name':
      return null;
    case 'string': {
      // A bare word is a string too (`name=core-1`).
      const t = value.kind === 'string' ? value.value : value.kind === 'word' ? value.text : null;
      if (type.maxLength !== undefined && t !== null && t.length > type.maxLength) return `at most ${type.maxLength} characters`;
      return null;
    }
    case 'yesno': {
      const t = text(value);
      if (t === 'yes' || t === 'no') return null;
      return t === 'true' || t === 'false' ? `\`${t}\` is not accepted here; use yes or no` : 'expected yes or no';
    }
    case 'enum': {
      const t = text(value) ?? (value.kind === 'number' ? String(value.value) : null);
      if (t !== null && (type.values.includes(t) || type.open)) return null;
      if (type.open && value.kind !== 'string' && value.kind !== 'word') return null;
      const guess = t === null ? undefined : closest(t, type.values);
      return `${t === null ? 'this value' : '`' + t + '`'} is not one of ${type.values.join(', ')}${guess ? `; did you mean \`${guess}\`?` : ''}`;
    }
    case 'integer':
      if (value.kind !== 'number') return 'expected a number';
      return value.value < type.min || value.value > type.max ? `${value.value} is outside ${type.min}..${type.max}` : null;
    case 'ip':
      return value.kind === 'ip' ? null : 'expected an IPv4 address';
    case 'ip-prefix':
      return value.kind === 'ip' || (value.kind === 'prefix' && !value.address.includes(':')) ? null : 'expected an IPv4 address or prefix';
    case 'ip-range':
      return value.kind === 'ip' || (value.kind === 'prefix' && !value.address.includes(':')) || (value.kind === 'range' && value.from.includes('.'))
        ? null
        : 'expected an IPv4 address, prefix or range';
    case 'ip6-prefix':
      return value.kind === 'ip6' || (value.kind === 'prefix' && value.address.includes(':')) ? null : 'expected an IPv6 address or prefix';
    case 'host':
      return value.kind === 'ip' || value.kind === 'ip6' || value.kind === 'prefix' || value.kind === 'range' || value.kind === 'word' || value.kind === 'string'
        ? null
        : 'expected an address or a DNS name';
    case 'ports':
      if (value.kind === 'number') return value.value >= 0 && value.value <= 65535 ? null : `port ${value.value} is outside 0..65535`;
      if (value.kind === 'range' && !value.from.includes('.')) {
        const from = Number(value.from);
        const to = Number(value.to);
        if (to > 65535) return `port ${to} is outside 0..65535`;
        return from <= to ? null : `port range ${from}-${to} is backwards`;
      }
      return 'expected a port, a port range or a list of them';
    case 'mac':
      return value.kind === 'mac' ? null : 'expected a MAC address such as 00:11:22:33:44:55';
    case 'time':
      return value.kind === 'time' || value.kind === 'number' || (value.kind === 'word' && value.text === 'none') ? null : 'expected a time such as 30s, 1h or 1d';
    case 'rate': {
      const t = value.kind === 'number' ? String(value.value) : text(value);
      return t !== null && /^\d+(?:\.\d+)?[kMG]?(?:\/\d+(?:\.\d+)?[kMG]?)?$/.test(t) ? null : 'expected a rate such as 10M or 5M/20M';
    }
    default:
      return null;
  }
}

export { loadInspectSchema, InspectSchemaError } from './inspect-schema.js';
