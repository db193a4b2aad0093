/** Small builders that keep the menu tables short and uniform. */
import type { ArgSpec, CommandSpec, MenuSpec, ValueType } from './types.js';

export const T = {
  string: { type: 'string' },
  name: { type: 'name' },
  yesno: { type: 'yesno' },
  ip: { type: 'ip' },
  ipPrefix: { type: 'ip-prefix' },
  ipRange: { type: 'ip-range' },
  ip6Prefix: { type: 'ip6-prefix' },
  host: { type: 'host' },
  ports: { type: 'ports' },
  mac: { type: 'mac' },
  time: { type: 'time' },
  rate: { type: 'rate' },
  any: { type: 'any' },
} as const satisfies Record<string, ValueType>;

export const oneOf = (...values: string[]): ValueType => ({ type: 'enum', values });
/** An enum whose values may be combined in a comma list (`policy=read,write`). */
export const setOf = (...values: string[]): ValueType => ({ type: 'enum', values, list: true });
/** An enum that also accepts names of things the user created (interface lists, chains). */
export const oneOfOrName = (...values: string[]): ValueType => ({ type: 'enum', values, open: true });
export const int = (min: number, max: number): ValueType => ({ type: 'integer', min, max });
export const str = (maxLength?: number): ValueType =>
  maxLength === undefined ? { type: 'string' } : { type: 'string', maxLength };

/** A property given as a bare value type, or as a full ArgSpec. */
export type PropInput = ValueType | ArgSpec;
const isArgSpec = (p: PropInput): p is ArgSpec => 'value' in p;
export const neg = (value: ValueType): ArgSpec => ({ value, negatable: true });
export const list = (value: ValueType): ArgSpec => ({ value, list: true });

function specs(props: Readonly<Record<string, PropInput>>): Record<string, ArgSpec> {
  const out: Record<string, ArgSpec> = {};
  for (const [name, p] of Object.entries(props)) out[name] = isArgSpec(p) ? p : { value: p };
  return out;
}

const ITEM: ArgSpec = { value: T.any, list: true };
const EXPORT_FLAGS = ['compact', 'terse', 'verbose', 'show-sensitive', 'hide-sensitive'];
const PRINT_FLAGS = ['detail', 'terse', 'brief', 'count-only', 'as-value', 'without-paging', 'show-ids', 'stats', 'all', 'follow', 'follow-only'];

export type ItemCommand =
  | 'add' | 'set' | 'remove' | 'enable' | 'disable' | 'print' | 'find' | 'export'
  | 'comment' | 'move' | 'get' | 'unset' | 'reset-counters' | 'edit';

const ALL_ITEM_COMMANDS: readonly ItemCommand[] = [
  'add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'unset', 'edit',
];

export interface ItemMenuOptions {
  /** Arguments `add` requires. */
  readonly required?: readonly string[];
  /** Which standard commands exist (default: add set remove enable disable print find export comment get unset edit). */
  readonly commands?: readonly ItemCommand[];
  /** Ordered lists (firewall rules) take `place-before` on add and have `move`. */
  readonly ordered?: boolean;
  /** Arguments only `add` takes (not item properties). */
  readonly addOnly?: Readonly<Record<string, PropInput>>;
  /** Extra, menu-specific commands. */
  readonly extra?: Readonly<Record<string, CommandSpec>>;
}

/** A menu of items (rules, addresses, routes): add/set/remove/enable/disable/print/... */
export function itemMenu(path: string, props: Readonly<Record<string, PropInput>>, options: ItemMenuOptions = {}): MenuSpec {
  const properties = specs(props);
  const names = new Set<ItemCommand>(options.commands ?? ALL_ITEM_COMMANDS);
  if (options.ordered) names.add('move');
  const common: Record<string, ArgSpec> = { comment: { value: T.string }, disabled: { value: T.yesno } };
  const commands: Record<string, CommandSpec> = {};
  const withCommon = { ...common, ...properties };
  for (const name of names) {
    switch (name) {
      case 'add': {
        const addArgs: Record<string, ArgSpec> = { ...withCommon, 'copy-from': ITEM, ...specs(options.addOnly ?? {}) };
        if (options.ordered) addArgs['place-before'] = ITEM;
        commands.add = options.required ? { args: addArgs, required: options.required } : { args: addArgs };
        break;
      }
      case 'set':
        commands.set = { args: { numbers: ITEM, ...withCommon }, positional: ['numbers'] };
        break;
      case 'remove': case 'enable': case 'disable': case 'reset-counters': case 'edit':
        commands[name] = name === 'edit'
          ? { args: { numbers: ITEM, 'value-name': { value: T.name } }, positional: ['numbers', 'value-name'] }
          : { args: { numbers: ITEM }, positional: ['numbers'], required: ['numbers'] };
        break;
      case 'comment':
        commands.comment = { args: { numbers: ITEM, comment: { value: T.string } }, positional: ['numbers', 'comment'] };
        break;
      case 'move':
        commands.move = { args: { numbers: ITEM, destination: ITEM }, positional: ['numbers', 'destination'] };
        break;
      case 'get':
        commands.get = { args: { number: ITEM, 'value-name': { value: T.name } }, positional: ['number', 'value-name'] };
        break;
      case 'unset':
        commands.unset = { args: { numbers: ITEM, 'value-name': { value: T.name, list: true } }, positional: ['numbers', 'value-name'] };
        break;
      case 'print':
        commands.print = printCommand();
        break;
      case 'find':
        commands.find = { args: {}, matchers: true };
        break;
      case 'export':
        commands.export = exportCommand();
        break;
    }
  }
  return { path: splitPath(path), commands: { ...commands, ...options.extra }, properties: withCommon };
}

/** A settings menu (`/ip dns`, `/system identity`): `set` without an item, `print`, `export`. */
export function settingsMenu(path: string, props: Readonly<Record<string, PropInput>>, extra: Readonly<Record<string, CommandSpec>> = {}): MenuSpec {
  const properties = specs(props);
  return {
    path: splitPath(path),
    commands: { set: { args: properties }, print: printCommand(), export: exportCommand(), get: { args: { 'value-name': { value: T.name } }, positional: ['value-name'] }, ...extra },
    properties,
  };
}

/** A menu of actions only (`/system`, `/tool`): just the commands given. */
export function actionMenu(path: string, commands: Readonly<Record<string, CommandSpec>>): MenuSpec {
  return { path: splitPath(path), commands, properties: {} };
}

/** A command whose arguments are listed as value types. */
export function command(args: Readonly<Record<string, PropInput>> = {}, extra: Omit<CommandSpec, 'args'> = {}): CommandSpec {
  return { args: specs(args), ...extra };
}

function printCommand(): CommandSpec {
  return {
    args: { where: { value: T.any }, file: { value: T.string }, proplist: { value: T.name, list: true }, from: ITEM, interval: { value: T.time } },
    flags: PRINT_FLAGS,
    matchers: true,
  };
}

/** `export` of a menu: to the terminal or a file, with the usual flags. */
export function exportCommand(): CommandSpec {
  return { args: { file: { value: T.string }, where: { value: T.any } }, flags: EXPORT_FLAGS };
}

export function splitPath(path: string): string[] {
  return path.split(/[\s/]+/).filter(Boolean);
}
