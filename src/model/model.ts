/**
 * The router's configuration as data: a `RouterModel` is built once from `/export` text (terse, verbose, compact,
 * with or without show-sensitive) by the project's own parser, and answers what the generator needs to know about
 * the router: which interfaces, bridges, lists, DHCP servers, address lists and users exist, the firewall rules in
 * order, the addresses and routes.
 *
 * The representation is generic: every menu (`ip firewall filter`) holds its entries in order, each a record of
 * property → value text (a quoted string's text, any other value as RouterOS prints it). Menus without items
 * (`/ip dns set ...`) hold one entry, their settings. Built-in items an export changes with
 * `set [ find default-name=ether1 ] ...` get an entry with `default-name` and their current `name`.
 */
import { createHash } from 'node:crypto';
import type { Command, Expression, Value } from '../ast/nodes.js';
import { parseScript } from '../rsc/parse.js';
import { printValue } from '../rsc/print.js';

/** One item of a menu: property → value text. */
export type Props = Record<string, string>;

export interface ModelEntry {
  readonly props: Readonly<Props>;
}

/** What the export held that the model does not follow (scripts, variables, commands other than add/set/remove...). */
export interface ModelNote {
  readonly line: number;
  readonly message: string;
}

/** Menus whose items are interfaces: `/interface <kind>` (every kind except the interface lists). */
export function isInterfaceMenu(menu: string): boolean {
  const parts = menu.split(' ');
  return parts.length === 2 && parts[0] === 'interface' && parts[1] !== 'list';
}

/** Built-in port names a compact export leaves out while their settings are at their defaults. */
export const BUILT_IN_PORT = /^(?:ether|sfp|sfp-sfpplus|sfp28-|qsfp|qsfpplus|qsfp28-|combo|wlan|wifi|lte)\d+(?:-\d+)?$/;

export class RouterModel {
  /** Menus in the order the export first named them, each with its entries in order. */
  readonly menus: Map<string, ModelEntry[]>;
  /** SHA-256 of the export text (hex): a response id depends on the configuration it was written for. */
  readonly digest: string;
  readonly notes: readonly ModelNote[];
  #cache = new Map<string, unknown>();

  constructor(menus: Map<string, ModelEntry[]>, digest: string, notes: readonly ModelNote[] = []) {
    this.menus = menus;
    this.digest = digest;
    this.notes = notes;
  }

  /** The entries of a menu (`"ip firewall filter"`), in order; empty when the export has none. */
  entries(menu: string): readonly ModelEntry[] {
    return this.menus.get(menu) ?? [];
  }

  /** The one settings entry of a menu without items (`ip dns`), or undefined. */
  settings(menu: string): Readonly<Props> | undefined {
    return this.menus.get(menu)?.[0]?.props;
  }

  #cached<T>(key: string, compute: () => T): T {
    if (!this.#cache.has(key)) this.#cache.set(key, compute());
    return this.#cache.get(key) as T;
  }

  /** Every interface the configuration defines or uses: name → its kind (`ethernet`, `bridge`, `vlan`, ...; `port` when only used). */
  interfaces(): ReadonlyMap<string, string> {
    return this.#cached('interfaces', () => {
      const out = new Map<string, string>();
      for (const [menu, entries] of this.menus) {
        if (!isInterfaceMenu(menu)) continue;
        for (const e of entries) {
          const name = e.props.name ?? e.props['default-name'];
          if (name !== undefined) out.set(name, menu.split(' ')[1]!);
        }
      }
      // Ports and interfaces named by other menus exist too, even when the export did not change them.
      for (const [menu, key] of USES_INTERFACE) {
        for (const e of this.entries(menu)) {
          const name = e.props[key];
          if (name !== undefined && !out.has(name) && !/^(?:all|none|dynamic|static)$/.test(name)) out.set(name, 'port');
        }
      }
      return out;
    });
  }

  /** Names of the bridges (`/interface bridge`). */
  bridges(): string[] {
    return this.#cached('bridges', () => this.entries('interface bridge').flatMap((e) => (e.props.name !== undefined ? [e.props.name] : [])));
  }

  /** Bridge → its ports, in order. */
  bridgePorts(): ReadonlyMap<string, string[]> {
    return this.#cached('bridgePorts', () => groupBy(this.entries('interface bridge port'), 'bridge', 'interface'));
  }

  /** Interface lists: the built-in ones RouterOS always has (all, none, dynamic, static) are not listed. */
  interfaceLists(): string[] {
    return this.#cached('interfaceLists', () => {
      const names = this.entries('interface list').flatMap((e) => (e.props.name !== undefined ? [e.props.name] : []));
      for (const e of this.entries('interface list member')) if (e.props.list !== undefined && !names.includes(e.props.list)) names.push(e.props.list);
      return names;
    });
  }

  /** List → its member interfaces. */
  listMembers(): ReadonlyMap<string, string[]> {
    return this.#cached('listMembers', () => groupBy(this.entries('interface list member'), 'list', 'interface'));
  }

  /** `/ip address` entries: address (with prefix), interface, network. */
  addresses(): { address: string; interface: string; disabled: boolean }[] {
    return this.#cached('addresses', () =>
      this.entries('ip address').flatMap((e) => (e.props.address !== undefined && e.props.interface !== undefined ? [{ address: e.props.address, interface: e.props.interface, disabled: e.props.disabled === 'yes' }] : [])),
    );
  }

  /** DHCP server names (`/ip dhcp-server`). */
  dhcpServers(): string[] {
    return this.#cached('dhcpServers', () => this.entries('ip dhcp-server').flatMap((e) => (e.props.name !== undefined ? [e.props.name] : [])));
  }

  /** IP pool names. */
  pools(): string[] {
    return this.#cached('pools', () => this.entries('ip pool').flatMap((e) => (e.props.name !== undefined ? [e.props.name] : [])));
  }

  /** Address lists: those with entries and those the firewall rules match or fill. */
  addressLists(): string[] {
    return this.#cached('addressLists', () => {
      const names: string[] = [];
      const add = (n: string | undefined): void => {
        if (n !== undefined && n !== '' && !names.includes(n.replace(/^!/, ''))) names.push(n.replace(/^!/, ''));
      };
      for (const e of this.entries('ip firewall address-list')) add(e.props.list);
      for (const menu of ['ip firewall filter', 'ip firewall nat', 'ip firewall mangle', 'ip firewall raw']) {
        for (const e of this.entries(menu)) {
          add(e.props['src-address-list']);
          add(e.props['dst-address-list']);
          add(e.props['address-list']);
        }
      }
      return names;
    });
  }

  /** The firewall rules of a table (`filter`, `nat`, `mangle`, `raw`), in order. */
  rules(table: 'filter' | 'nat' | 'mangle' | 'raw'): readonly ModelEntry[] {
    return this.entries(`ip firewall ${table}`);
  }

  /** Routing tables: `main` and those the configuration adds. */
  routingTables(): string[] {
    return this.#cached('routingTables', () => ['main', ...this.entries('routing table').flatMap((e) => (e.props.name !== undefined && e.props.name !== 'main' ? [e.props.name] : []))]);
  }

  /** Users, when the export lists them (`/user`); undefined when it does not (an export normally leaves users out). */
  users(): string[] | undefined {
    return this.#cached('users', () => (this.menus.has('user') ? this.entries('user').flatMap((e) => (e.props.name !== undefined ? [e.props.name] : [])) : undefined));
  }

  /** The bridge the LAN is on: a bridge in the LAN list, else the only bridge. */
  lanBridge(): string | undefined {
    const bridges = this.bridges();
    const lan = this.listMembers().get('LAN') ?? [];
    const inLan = bridges.filter((b) => lan.includes(b));
    if (inLan.length === 1) return inLan[0];
    return bridges.length === 1 ? bridges[0] : undefined;
  }
}

/** (menu, property) pairs that name an interface. */
const USES_INTERFACE: readonly (readonly [string, string])[] = [
  ['interface bridge port', 'interface'],
  ['interface list member', 'interface'],
  ['ip address', 'interface'],
  ['ip dhcp-client', 'interface'],
  ['ip dhcp-server', 'interface'],
  ['interface vlan', 'interface'],
  ['ipv6 address', 'interface'],
];

function groupBy(entries: readonly ModelEntry[], key: string, value: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    const k = e.props[key];
    const v = e.props[value];
    if (k === undefined || v === undefined) continue;
    const list = out.get(k) ?? [];
    list.push(v);
    out.set(k, list);
  }
  return out;
}

/** A command's named arguments as the model stores them (`chain=input`, `comment=text`). */
export function commandProps(c: Command): Props {
  const props: Props = {};
  for (const a of c.args) if (a.kind === 'named') props[a.name] = valueText(a.value);
  return props;
}

/** A value as the model stores it: a quoted string's own text, anything else as RouterOS prints it. */
export function valueText(value: Value | null): string {
  if (value === null) return '';
  if (value.kind === 'string') return value.value;
  if (value.kind === 'list') return value.items.map(valueText).join(',');
  if (value.kind === 'negated') return '!' + valueText(value.value);
  return printValue(value);
}

/** The largest export the model reads (the limit `check` uses for any script). */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/**
 * Builds the model of an `/export` (any of its forms). Syntax errors do not throw: what parsed is read, and
 * `notes` lists what was not (a model is never guessed from a statement the parser could not read).
 */
export function buildRouterModel(text: string): RouterModel {
  if (typeof text !== 'string') throw new TypeError('buildRouterModel needs the export as text');
  const digest = createHash('sha256').update(text).digest('hex');
  const { ast, diagnostics } = parseScript(text);
  const notes: ModelNote[] = diagnostics.filter((d) => d.severity === 'error').map((d) => ({ line: d.line, message: d.message }));
  const menus = new Map<string, ModelEntry[]>();
  for (const statement of ast.statements) {
    if (statement.kind === 'navigate') continue;
    if (statement.kind !== 'command' || statement.path.length === 0) {
      if (statement.kind === 'command' && statement.path.length === 0 && statement.name.startsWith(':')) notes.push({ line: statement.loc?.line ?? 0, message: `${statement.name} is not part of the configuration` });
      else if (statement.kind !== 'command') notes.push({ line: statement.loc?.line ?? 0, message: 'a block or call is not part of the configuration' });
      continue;
    }
    const problem = applyCommand(menus, statement);
    if (problem !== undefined) notes.push({ line: statement.loc?.line ?? 0, message: problem });
  }
  return new RouterModel(menus, digest, notes);
}

/**
 * A copy of a model's menus that `applyCommand` may change. With `only`, just those menus (and every interface menu
 * when `interface` is among them) are copied; the others are shared with the model and must not be changed.
 */
export function copyMenus(model: RouterModel, only?: ReadonlySet<string>): Map<string, ModelEntry[]> {
  const wanted = (k: string): boolean => only === undefined || only.has(k) || (only.has('interface') && isInterfaceMenu(k));
  return new Map([...model.menus].map(([k, v]) => [k, wanted(k) ? v.map((e) => ({ props: { ...e.props } })) : v]));
}

/**
 * Applies one command to the menus as RouterOS would: `add` (with `place-before`), `set`, `remove`, `enable`,
 * `disable`, `unset`. Returns why it could not, or undefined.
 */
export function applyCommand(menus: Map<string, ModelEntry[]>, command: Command): string | undefined {
  const menu = command.path.join(' ');
  const entries = menus.get(menu) ?? [];
  const named: Props = {};
  const positional: Value[] = [];
  const unset: string[] = [];
  for (const a of command.args) {
    if (a.kind === 'named') named[a.name] = valueText(a.value);
    else if (a.kind === 'positional') positional.push(a.value);
    else unset.push(a.name);
  }
  switch (command.name) {
    case 'add': {
      const placeBefore = command.args.find((a) => a.kind === 'named' && a.name === 'place-before');
      delete named['place-before'];
      delete named['copy-from'];
      const entry = { props: named };
      if (placeBefore?.kind === 'named' && placeBefore.value?.kind === 'number') {
        // A rule number: the position in the list as the export shows it (dynamic rules an export leaves out are not counted).
        const n = placeBefore.value.value;
        if (!Number.isInteger(n) || n < 0 || n >= entries.length) return `${menu} add: place-before=${n} names no item of the configuration`;
        entries.splice(n, 0, entry);
      } else if (placeBefore?.kind === 'named' && placeBefore.value !== null) {
        const at = select(menus, menu, placeBefore.value);
        if (at === undefined || at.length !== 1) return `${menu} add: place-before does not name exactly one item`;
        entries.splice(entries.indexOf(at[0]!), 0, entry);
      } else entries.push(entry);
      menus.set(menu, entries);
      return undefined;
    }
    case 'set':
    case 'enable':
    case 'disable':
    case 'unset':
    case 'remove': {
      const selector = positional[0] ?? (named.numbers !== undefined ? ({ kind: 'word', text: named.numbers } as Value) : undefined);
      delete named.numbers;
      let targets: ModelEntry[] | undefined;
      if (selector === undefined) {
        if (command.name !== 'set') return `${menu} ${command.name} without an item`;
        // A menu without items: its one settings entry.
        if (entries.length === 0) {
          entries.push({ props: {} });
          menus.set(menu, entries);
        }
        targets = [entries[0]!];
      } else {
        targets = select(menus, menu, selector);
        if (targets === undefined) return `${menu} ${command.name}: the item selector is not one the model reads`;
        // `set [ find default-name=ether1 ]` on a built-in item the model has not seen yet: the item exists with its default name.
        if (targets.length === 0 && selector.kind === 'substitution') {
          const dn = selector.command.args.find((a) => a.kind === 'named' && a.name === 'default-name');
          if (dn?.kind === 'named' && dn.value !== null) {
            const name = valueText(dn.value);
            const entry = { props: { 'default-name': name, name } };
            entries.push(entry);
            menus.set(menu, entries);
            targets = [entry];
          }
        }
        // `/interface set ether5 ...`: the interface of whatever kind, or a built-in port the export did not list.
        if (targets.length === 0 && menu === 'interface' && (selector.kind === 'word' || selector.kind === 'string')) {
          const name = valueText(selector);
          if (BUILT_IN_PORT.test(name)) {
            const ethernet = menus.get('interface ethernet') ?? [];
            const entry = { props: { 'default-name': name, name } };
            ethernet.push(entry);
            menus.set('interface ethernet', ethernet);
            targets = [entry];
          }
        }
        // `/ip service set telnet ...`: a built-in item an export lists only once it changes it.
        if (targets.length === 0 && command.name === 'set' && (selector.kind === 'word' || selector.kind === 'string') && menu !== 'interface') {
          const entry = { props: { name: valueText(selector) } };
          entries.push(entry);
          menus.set(menu, entries);
          targets = [entry];
        }
        if (targets.length === 0) return `${menu} ${command.name}: no item matches`;
      }
      for (const target of targets) {
        const props = target.props as Props;
        if (command.name === 'remove') {
          for (const [m, list] of menus) {
            const k = list.indexOf(target);
            if (k >= 0) {
              list.splice(k, 1);
              if (list.length === 0 && m !== menu) menus.delete(m);
            }
          }
        } else if (command.name === 'enable') props.disabled = 'no';
        else if (command.name === 'disable') props.disabled = 'yes';
        else if (command.name === 'unset') {
          const v = named['value-name'];
          if (v !== undefined) delete props[v];
        } else {
          Object.assign(props, named);
          for (const u of unset) delete props[u];
        }
      }
      return undefined;
    }
    default:
      return `${menu} ${command.name} is not configuration`;
  }
}

/** The entries a selector names: a name, `[find ...]`, `[find where ...]`; undefined when the selector is not readable. */
export function select(menus: ReadonlyMap<string, readonly ModelEntry[]>, menu: string, selector: Value): ModelEntry[] | undefined {
  // `/interface` is every interface menu together.
  const pool: readonly ModelEntry[] = menu === 'interface' ? [...menus].filter(([m]) => isInterfaceMenu(m)).flatMap(([, list]) => list) : (menus.get(menu) ?? []);
  if (selector.kind === 'word' || selector.kind === 'string') {
    const name = valueText(selector);
    return pool.filter((e) => e.props.name === name || (e.props.name === undefined && e.props['default-name'] === name));
  }
  if (selector.kind === 'list') {
    const out: ModelEntry[] = [];
    for (const item of selector.items) {
      const part = select(menus, menu, item);
      if (part === undefined) return undefined;
      out.push(...part);
    }
    return out;
  }
  if (selector.kind === 'substitution' && selector.command.name === 'find') {
    const tests: ((p: Readonly<Props>) => boolean)[] = [];
    for (const a of selector.command.args) {
      if (a.kind === 'named' && a.name === 'where' && a.value?.kind === 'expression') {
        const expression = a.value.expression;
        tests.push((p) => evaluate(expression, p) === true);
      } else if (a.kind === 'named') {
        const want = valueText(a.value);
        const name = a.name;
        tests.push((p) => (p[name] ?? defaultOf(name)) === want);
      } else return undefined;
    }
    return pool.filter((e) => tests.every((t) => t(e.props)));
  }
  return undefined;
}

/** The value RouterOS shows for a property an export leaves out because it is at its default. */
function defaultOf(name: string): string {
  // A route an export lists without a table is in the main table.
  return name === 'disabled' || name === 'dynamic' ? 'no' : name === 'routing-table' ? 'main' : '';
}

/** A `where` expression over one item's properties: true, false or undefined (not readable). */
function evaluate(e: Expression, p: Readonly<Props>): boolean | string | undefined {
  switch (e.kind) {
    case 'group':
      return evaluate(e.expression, p);
    case 'field':
      return p[e.name] ?? defaultOf(e.name);
    case 'value':
      return e.value.kind === 'word' && (e.value.text === 'yes' || e.value.text === 'true') ? true : e.value.kind === 'word' && (e.value.text === 'no' || e.value.text === 'false') ? false : valueText(e.value);
    case 'unary': {
      if (e.operator !== '!') return undefined;
      const v = truth(evaluate(e.operand, p));
      return v === undefined ? undefined : !v;
    }
    case 'binary': {
      if (e.operator === 'and' || e.operator === 'or') {
        const l = truth(evaluate(e.left, p));
        const r = truth(evaluate(e.right, p));
        if (l === undefined || r === undefined) return undefined;
        return e.operator === 'and' ? l && r : l || r;
      }
      const l = evaluate(e.left, p);
      const r = evaluate(e.right, p);
      if (l === undefined || r === undefined) return undefined;
      const ls = typeof l === 'boolean' ? (l ? 'yes' : 'no') : l;
      const rs = typeof r === 'boolean' ? (r ? 'yes' : 'no') : r;
      if (e.operator === '=') return ls === rs;
      if (e.operator === '!=') return ls !== rs;
      if (e.operator === '~') {
        try {
          return new RegExp(rs).test(ls);
        } catch {
          return undefined;
        }
      }
      return undefined;
    }
  }
}

/** A field used as a condition (`where disabled`): RouterOS reads yes/true as true. */
function truth(v: boolean | string | undefined): boolean | undefined {
  if (typeof v === 'boolean' || v === undefined) return v;
  if (v === 'yes' || v === 'true') return true;
  if (v === 'no' || v === 'false' || v === '') return false;
  return undefined;
}

/** Menus whose items act in order (the firewall tables); in any other menu the order of items changes nothing. */
export const ORDERED_MENUS: ReadonlySet<string> = new Set(['ip firewall filter', 'ip firewall nat', 'ip firewall mangle', 'ip firewall raw', 'ipv6 firewall filter', 'ipv6 firewall nat', 'ipv6 firewall mangle', 'ipv6 firewall raw']);

/**
 * Two models hold the same configuration: the same menus with the same items, in the same order where order acts
 * (the firewall tables); menus left empty count as absent.
 */
export function sameConfiguration(a: ReadonlyMap<string, readonly ModelEntry[]>, b: ReadonlyMap<string, readonly ModelEntry[]>): boolean {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const norm = (m: ReadonlyMap<string, readonly ModelEntry[]>): string =>
    JSON.stringify(
      [...m]
        .filter(([, list]) => list.length > 0)
        .sort(([x], [y]) => cmp(x, y))
        .map(([k, list]) => {
          // A property at the value RouterOS shows when it is left out (disabled=no) is the same as left out.
          const items = list
            .map((e) => Object.entries(e.props).filter(([p, v]) => !(v === 'no' && defaultOf(p) === 'no')).sort(([x], [y]) => cmp(x, y)))
            // A built-in item at its defaults, under its own name, is the same as one the export does not list.
            .filter((props) => !(props.length === 2 && props[0]![0] === 'default-name' && props[1]![0] === 'name' && props[0]![1] === props[1]![1]))
            .map((props) => JSON.stringify(props));
          return [k, ORDERED_MENUS.has(k) ? items : items.sort(cmp)] as const;
        })
        .filter(([, items]) => items.length > 0),
    );
  return norm(a) === norm(b);
}
