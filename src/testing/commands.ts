/**
 * Arbitraries for RouterOS menu commands, built from the project's command
 * schema (grammar/routeros/): any menu it knows, any command of that menu,
 * with arguments of the right types. Every command validates against the
 * schema, and printing it then parsing the text gives the same AST back.
 */
import fc from 'fast-check';
import { menuKey, SCHEMA, type ArgSpec, type CommandSpec, type MenuSpec } from '../../grammar/routeros/index.js';
import type { Arg, Command, Navigate, Script, Statement, Value } from '../ast/nodes.js';
import { CODE_PROPERTIES } from '../rsc/language.js';
import { printScript } from '../rsc/print.js';
import { quoted, valueOfArg } from './values.js';

export interface CommandOptions {
  /**
   * Which menus to draw from, as paths (`/ip firewall filter` or
   * `/ip/firewall/filter`); a path also selects the menus below it. Default:
   * every menu of the schema.
   */
  readonly menus?: readonly string[];
  /** Which commands (`add`, `set`, ...); default: all of the menu's. */
  readonly commands?: readonly string[];
  /** At most this many optional arguments per command (default 6). */
  readonly maxArgs?: number;
  /** How deep scripts held in strings (`on-event=`, `source=`) may nest (default 1). */
  readonly maxEmbedding?: number;
}

/**
 * Properties whose strings RouterOS runs as scripts (the parser's table,
 * CODE_PROPERTIES in src/rsc/language.ts): their values are generated as
 * script text, since arbitrary text there would not parse.
 */
const isCodeProperty = (name: string, path: readonly string[]): boolean => {
  const menus = CODE_PROPERTIES.get(name);
  return menus !== undefined && (menus === null || menus.has(menuKey(path)));
};

/** Argument names the generator leaves out: `where` takes an expression, not a value. */
const SKIPPED_ARGS = new Set(['where']);

function normalizePath(path: string): string {
  return menuKey(path.split(/[\s/]+/).filter(Boolean));
}

/** The schema's menus that match the options (sorted, so the same seed gives the same values). */
export function menusOf(options: CommandOptions = {}): MenuSpec[] {
  const wanted = options.menus?.map(normalizePath);
  const menus = [...SCHEMA.menus.values()].filter((m) => {
    if (wanted === undefined) return true;
    const key = menuKey(m.path);
    return wanted.some((w) => key === w || key.startsWith(w + '/'));
  });
  const withCommands = menus.filter((m) => commandNames(m, options).length > 0);
  if (withCommands.length === 0) throw new Error(`routeros-gen/testing: no menu with the requested commands among ${JSON.stringify(options.menus ?? 'all')}`);
  return withCommands.sort((a, b) => menuKey(a.path).localeCompare(menuKey(b.path)));
}

function commandNames(menu: MenuSpec, options: CommandOptions): string[] {
  return Object.keys(menu.commands).filter((c) => options.commands === undefined || options.commands.includes(c)).sort();
}

/** A command of one menu, with arguments of the right types; required ones always present. */
export function commandOf(menu: MenuSpec, name: string, options: CommandOptions = {}): fc.Arbitrary<Command> {
  const spec: CommandSpec = menu.commands[name]!;
  const embedding = options.maxEmbedding ?? 1;
  const argSpecs = new Map<string, ArgSpec>(Object.entries(spec.args));
  if (spec.matchers) for (const [k, v] of Object.entries(menu.properties)) if (!argSpecs.has(k)) argSpecs.set(k, v);
  for (const skipped of SKIPPED_ARGS) argSpecs.delete(skipped);
  const required = (spec.required ?? []).filter((r) => argSpecs.has(r));
  const optional = [...argSpecs.keys()].filter((k) => !required.includes(k)).sort();
  const flags = [...(spec.flags ?? [])];

  const cache = new Map<string, fc.Arbitrary<Value | null>>();
  const valueFor = (arg: string): fc.Arbitrary<Value | null> => {
    let arbitrary = cache.get(arg);
    if (!arbitrary) cache.set(arg, (arbitrary = makeValue(arg)));
    return arbitrary;
  };
  const makeValue = (arg: string): fc.Arbitrary<Value | null> => {
    if (isCodeProperty(arg, menu.path)) {
      if (embedding <= 0) return fc.constant(quoted(''));
      const inner: CommandOptions = { maxEmbedding: embedding - 1, maxArgs: Math.min(options.maxArgs ?? 6, 3) };
      return script(inner, { maxStatements: 2 }).map((s) => quoted(printScript(s)));
    }
    const argSpec = argSpecs.get(arg)!;
    const value = valueOfArg(argSpec);
    // `name=` (an empty value) is valid for any property that is not required.
    return required.includes(arg) ? value : fc.oneof({ weight: 12, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
  };

  const chosen = fc.tuple(
    fc.subarray(optional, { maxLength: Math.min(optional.length, options.maxArgs ?? 6) }),
    fc.subarray(flags, { maxLength: Math.min(flags.length, 2) }),
  );
  return chosen.chain(([names, flagNames]) => {
    const all = fc.shuffledSubarray([...required, ...names], { minLength: required.length + names.length });
    return all.chain((ordered) =>
      fc.tuple(...ordered.map((arg) => valueFor(arg).map((value): Arg => ({ kind: 'named', name: arg, value })))).map((args): Command => ({
        kind: 'command',
        path: [...menu.path],
        name,
        args: [...flagNames.map((f): Arg => ({ kind: 'positional', value: { kind: 'word', text: f } })), ...args],
      })),
    );
  });
}

/** A menu command from the schema: any menu (or those in `options.menus`), any of its commands. */
export function command(options: CommandOptions = {}): fc.Arbitrary<Command> {
  const key = JSON.stringify([options.menus ?? null, options.commands ?? null, options.maxArgs ?? null, options.maxEmbedding ?? null]);
  let arbitrary = commandCache.get(key);
  if (!arbitrary) {
    const pairs = menusOf(options).flatMap((menu) => commandNames(menu, options).map((name) => ({ menu, name })));
    // Built lazily, once per command: most of a run's cost would otherwise be building arbitraries.
    const built = new Map<string, fc.Arbitrary<Command>>();
    const of = (menu: MenuSpec, name: string): fc.Arbitrary<Command> => {
      const id = menuKey(menu.path) + ' ' + name;
      let a = built.get(id);
      if (!a) built.set(id, (a = commandOf(menu, name, options)));
      return a;
    };
    arbitrary = fc.constantFrom(...pairs).chain(({ menu, name }) => of(menu, name));
    commandCache.set(key, arbitrary);
  }
  return arbitrary;
}

const commandCache = new Map<string, fc.Arbitrary<Command>>();

/** A context line (`/ip firewall filter`) for a menu of the schema. */
export function navigate(options: CommandOptions = {}): fc.Arbitrary<Navigate> {
  return fc.constantFrom(...menusOf(options)).map((menu): Navigate => ({ kind: 'navigate', path: [...menu.path] }));
}

export interface ScriptShape {
  readonly minStatements?: number;
  readonly maxStatements?: number;
}

/** A script of menu commands and context lines (the AST; print it with `printScript`). */
export function script(options: CommandOptions = {}, shape: ScriptShape = {}): fc.Arbitrary<Script> {
  const statement: fc.Arbitrary<Statement> = fc.oneof({ weight: 8, arbitrary: command(options) }, { weight: 1, arbitrary: navigate(options) });
  return fc
    .array(statement, { minLength: shape.minStatements ?? 0, maxLength: shape.maxStatements ?? 8 })
    .map((statements): Script => ({ kind: 'script', statements }));
}

/** Script text: a generated script, printed as canonical RouterOS. */
export function scriptText(options: CommandOptions = {}, shape: ScriptShape = {}): fc.Arbitrary<string> {
  return script(options, shape).map(printScript);
}
