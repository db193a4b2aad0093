/**
 * Types of the project's own RouterOS 7 command schema. The schema is data:
 * each menu lists its properties with value types, and the commands it has.
 * It is written and curated by hand (checked against RouterOS 7.24 by a test
 * that reads ../shared/routeros when that folder exists).
 */

export type ValueType =
  | { readonly type: 'string'; readonly maxLength?: number }
  /** Any bare word or string: names and references (interface, list, chain names). */
  | { readonly type: 'name' }
  | { readonly type: 'yesno' }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly list?: boolean; readonly open?: boolean }
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  /** IPv4 address only. */
  | { readonly type: 'ip' }
  /** IPv4 address or prefix. */
  | { readonly type: 'ip-prefix' }
  /** IPv4 address, prefix or `a-b` range (to-addresses, src-address). */
  | { readonly type: 'ip-range' }
  /** IPv6 address or prefix. */
  | { readonly type: 'ip6-prefix' }
  /** IPv4 or IPv6 address, or a DNS name (address-list entries, endpoints). */
  | { readonly type: 'host' }
  /** Port number, range or comma list of those (1..65535). */
  | { readonly type: 'ports' }
  | { readonly type: 'mac' }
  | { readonly type: 'time' }
  /** Bits per second: 10M, 512k, or `upload/download` pairs. */
  | { readonly type: 'rate' }
  /** Anything: the schema does not constrain it. */
  | { readonly type: 'any' };

export interface ArgSpec {
  readonly value: ValueType;
  /** May be written `!value` (firewall matchers). */
  readonly negatable?: boolean;
  /** May be a comma list of values. */
  readonly list?: boolean;
}

export interface CommandSpec {
  readonly args: Readonly<Record<string, ArgSpec>>;
  /** Names of the arguments that may be given without `name=`, in order. */
  readonly positional?: readonly string[];
  /** Arguments that must be present. */
  readonly required?: readonly string[];
  /** Arguments that take no value (`print detail`). */
  readonly flags?: readonly string[];
  /** `find`/`print`: accepts the menu's properties as matchers and a `where` expression. */
  readonly matchers?: boolean;
  /** The command exists, but its arguments are not described: they are not checked. */
  readonly open?: boolean;
}

export interface MenuSpec {
  /** Path segments from the root, e.g. ["ip", "firewall", "filter"]. */
  readonly path: readonly string[];
  readonly commands: Readonly<Record<string, CommandSpec>>;
  /** Item properties (what `add` and `set` take), for matchers and suggestions. */
  readonly properties: Readonly<Record<string, ArgSpec>>;
}

export interface Schema {
  readonly menus: ReadonlyMap<string, MenuSpec>;
}
