/**
 * `check --schema FILE`: a schema read from a RouterOS `/console/inspect`
 * command tree (the JSON format tikoci/restraml publishes: nested objects
 * keyed by path segment, each node with `_type` `dir`/`path` (a menu),
 * `cmd` or `arg`, and an optional `desc`, RouterOS's own type hint), so a
 * user can validate against their own RouterOS version.
 *
 * The tree does not say which arguments are required or unnamed, nor whether
 * a value may be negated or listed, so this schema is permissive there: no
 * argument is required, values may be negated and listed, and only the
 * usual unnamed arguments (`numbers`, `number value-name`, ...) are known.
 * Types come from the built-in schema where it knows the argument, else
 * from `desc`; an argument with neither takes anything.
 */
import type { ArgSpec, CommandSpec, MenuSpec, Schema, ValueType } from '../../grammar/routeros/index.js';
import { menuKey, SCHEMA } from '../../grammar/routeros/index.js';

export class InspectSchemaError extends Error {
  override readonly name = 'InspectSchemaError';
}

interface InspectNode {
  readonly _type?: unknown;
  readonly desc?: unknown;
  readonly [key: string]: unknown;
}

/** Unnamed arguments, in the order RouterOS binds them, when the command has them. */
const POSITIONAL_ORDER = ['numbers', 'number', 'value-name', 'destination'];
/** Commands whose first unnamed argument is one of these when present (`/ping 1.1.1.1`, `/log info "x"`). */
const LEADING_ARGS = ['address', 'message', 'url', 'interface'];
/** Arguments that take no value (`print detail`, `run x use-script-permissions`). */
const FLAGS = new Set([
  'detail', 'terse', 'brief', 'count-only', 'as-value', 'as-string', 'without-paging', 'show-ids', 'stats', 'all',
  'follow', 'follow-only', 'compact', 'verbose', 'show-sensitive', 'hide-sensitive', 'once', 'value-list', 'append',
  'fib', 'use-script-permissions', 'dont-require-permissions', 'dry-run', 'without-defaults',
]);
/** Arguments of print/export that take a value. */
const VALUED = new Set(['where', 'from', 'file', 'interval', 'proplist', 'group-by', 'order-by', 'path', 'on-event', 'duration']);

/**
 * `base` (the built-in schema by default) gives value types to the menus,
 * commands and arguments it shares with the tree (see `withBase`).
 */
export function loadInspectSchema(json: unknown, base: Schema = SCHEMA): Schema {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new InspectSchemaError('the schema file is not a /console/inspect tree (expected a JSON object of menus)');
  const menus = new Map<string, MenuSpec>();
  const stack: { node: InspectNode; path: string[] }[] = [{ node: json as InspectNode, path: [] }];
  let commandCount = 0;
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    const commands: Record<string, CommandSpec> = {};
    for (const [name, child] of Object.entries(node)) {
      if (name.startsWith('_') || child === null || typeof child !== 'object') continue;
      const type = (child as InspectNode)._type;
      if (type === 'cmd') {
        commands[name] = commandSpec(name, child as InspectNode);
        commandCount++;
      } else if (type === 'dir' || type === 'path') {
        if (path.length >= 32) throw new InspectSchemaError('the schema file nests menus more than 32 levels deep');
        stack.push({ node: child as InspectNode, path: [...path, name] });
      }
    }
    // Root commands are the script commands, which the language layer checks.
    if (path.length === 0 || Object.keys(commands).length === 0) continue;
    const properties: Record<string, ArgSpec> = {};
    for (const command of [commands.add, commands.set]) {
      if (!command) continue;
      for (const [name, spec] of Object.entries(command.args)) {
        if (name !== 'numbers' && name !== 'copy-from' && name !== 'place-before') properties[name] = spec;
      }
    }
    const key = menuKey(path);
    menus.set(key, withBase({ path, commands, properties }, base.menus.get(key)));
  }
  if (commandCount === 0) throw new InspectSchemaError('the schema file has no commands (`_type: "cmd"`): is it a /console/inspect tree?');
  return { menus };
}

/**
 * The user's menu (which commands and arguments exist: their RouterOS
 * version) with the built-in schema's knowledge of the same menu laid over
 * it: value types, negation and lists, unnamed arguments, flags and required
 * arguments, for the commands and arguments both know. A command tree says
 * little about values (`action` has no type in it), so without this
 * `action=dorp` would pass.
 */
function withBase(menu: MenuSpec, base: MenuSpec | undefined): MenuSpec {
  if (!base) return menu;
  const commands: Record<string, CommandSpec> = {};
  for (const [name, spec] of Object.entries(menu.commands)) {
    const known = Object.hasOwn(base.commands, name) ? base.commands[name] : undefined;
    if (!known || known.open) {
      commands[name] = spec;
      continue;
    }
    const args: Record<string, ArgSpec> = {};
    for (const [arg, argSpec] of Object.entries(spec.args)) args[arg] = Object.hasOwn(known.args, arg) ? known.args[arg]! : argSpec;
    const exists = (arg: string): boolean => Object.hasOwn(spec.args, arg);
    const merged: { -readonly [K in keyof CommandSpec]: CommandSpec[K] } = { args };
    const knownPositional = known.positional?.filter(exists);
    const positional = knownPositional && knownPositional.length > 0 ? knownPositional : spec.positional;
    if (positional) merged.positional = positional;
    const flags = [...new Set([...(known.flags ?? []).filter(exists), ...(spec.flags ?? [])])];
    if (flags.length > 0) merged.flags = flags;
    const required = known.required?.filter(exists);
    if (required && required.length > 0) merged.required = required;
    if (spec.matchers || known.matchers) merged.matchers = true;
    commands[name] = merged;
  }
  const properties: Record<string, ArgSpec> = {};
  for (const [name, spec] of Object.entries(menu.properties)) properties[name] = Object.hasOwn(base.properties, name) ? base.properties[name]! : spec;
  return { path: menu.path, commands, properties };
}

function commandSpec(name: string, node: InspectNode): CommandSpec {
  const args: Record<string, ArgSpec> = {};
  const flags: string[] = [];
  const listing = name === 'print' || name === 'export' || name.startsWith('monitor');
  for (const [argName, child] of Object.entries(node)) {
    if (argName.startsWith('_') || child === null || typeof child !== 'object' || (child as InspectNode)._type !== 'arg') continue;
    const desc = typeof (child as InspectNode).desc === 'string' ? ((child as InspectNode).desc as string) : undefined;
    args[argName] = { value: valueType(desc), negatable: true, list: true };
    if (desc === undefined && (FLAGS.has(argName) || (listing && !VALUED.has(argName)))) flags.push(argName);
  }
  const positional = POSITIONAL_ORDER.filter((p) => p in args);
  if (name === 'comment' && 'comment' in args) positional.push('comment');
  if (positional.length === 0) {
    const leading = LEADING_ARGS.find((p) => p in args);
    if (leading) positional.push(leading);
  }
  const spec: { -readonly [K in keyof CommandSpec]: CommandSpec[K] } = { args };
  if (positional.length > 0) spec.positional = positional;
  if (flags.length > 0) spec.flags = flags;
  if (name === 'find' || name === 'print') spec.matchers = true;
  return spec;
}

/** RouterOS's type hint → our value type. */
export function valueType(desc: string | undefined): ValueType {
  if (desc === undefined) return { type: 'any' };
  const text = desc.trim();
  if (/^(?:hexadecimal )?string value/.test(text)) {
    const max = /max length (\d+)/.exec(text);
    return max ? { type: 'string', maxLength: Number(max[1]) } : { type: 'string' };
  }
  if (text === 'script') return { type: 'string' };
  // RouterOS says "IP address" for `/ip address add address=`, which takes `10.0.0.1/24`: a prefix is allowed.
  if (/\(IP address\)$/.test(text) && text.startsWith('A.B.C.D ')) return { type: 'ip-prefix' };
  if (/\(IP prefix\)$/.test(text)) return { type: 'ip-prefix' };
  if (/\(IP address range\)$/.test(text)) return { type: 'ip-range' };
  if (/\(IPv6 prefix\)$/.test(text)) return { type: 'ip6-prefix' };
  if (/\(MAC address\)$/.test(text)) return { type: 'mac' };
  if (/time interval/.test(text)) return { type: 'time' };
  const range = /^(-?\d+)\.\.(-?\d+)$/.exec(text);
  if (range) return { type: 'integer', min: Number(range[1]), max: Number(range[2]) };
  const choices = /^([A-Za-z0-9_.+-]+(?:\|[A-Za-z0-9_.+-]+)+)(\[,\w+\*\])?$/.exec(text);
  if (choices) return choices[2] ? { type: 'enum', values: choices[1]!.split('|'), list: true } : { type: 'enum', values: choices[1]!.split('|') };
  return { type: 'any' };
}
