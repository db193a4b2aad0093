/**
 * Value types and menu adjustments that several menu files share. Kept apart
 * from build.ts because these are RouterOS facts (which lists lack `unset`,
 * what an interface-list reference looks like), not table-building helpers.
 */
import { int, oneOfOrName, T, type ItemCommand } from '../build.js';
import type { ArgSpec, CommandSpec, MenuSpec, ValueType } from '../types.js';

/** The commands of most RouterOS 7 item lists. Most lists have no `unset`; the few that do say so. */
export const LIST_COMMANDS: readonly ItemCommand[] = ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'edit'];
export const LIST_WITH_UNSET: readonly ItemCommand[] = [...LIST_COMMANDS, 'unset'];
/** Lists whose items cannot be disabled (pools, interface lists, profiles). */
export const LIST_WITHOUT_DISABLE: readonly ItemCommand[] = ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit'];
/** Fixed lists of built-in items: they can be changed but not added or removed (services, ethernet ports). */
export const FIXED_LIST: readonly ItemCommand[] = ['set', 'enable', 'disable', 'print', 'find', 'export', 'get', 'edit'];

/** A single TCP/UDP port. */
export const PORT: ValueType = int(1, 65535);
/** MTU and L2MTU sizes: RouterOS checks the real bound per interface; 16 bits is the most it stores. */
export const MTU: ValueType = int(0, 65535);
/** `auto` or a size (`mtu=auto` on tunnels and bridges). */
export const MTU_OR_AUTO: ValueType = oneOfOrName('auto');
export const VLAN_ID: ValueType = int(1, 4094);
/** Reference to an interface list: the built-in ones or one the user made. */
export const INTERFACE_LIST: ValueType = oneOfOrName('all', 'dynamic', 'none', 'static');
/** Built-in queue types; users add their own in /queue type. */
export const QUEUE_TYPE: ValueType = oneOfOrName(
  'default', 'default-small', 'ethernet-default', 'hotspot-default', 'multi-queue-ethernet-default', 'only-hardware-queue',
  'pcq-download-default', 'pcq-upload-default', 'synchronous-default', 'wireless-default',
);
export const ARP_MODE: ValueType = { type: 'enum', values: ['disabled', 'enabled', 'local-proxy-arp', 'proxy-arp', 'reply-only'] };
export const LOOP_PROTECT: ValueType = { type: 'enum', values: ['default', 'off', 'on'] };
/** PPP authentication protocols (`allow=`, `authentication=`). */
export const PPP_AUTH: ValueType = { type: 'enum', values: ['pap', 'chap', 'mschap1', 'mschap2'], list: true };
/** Built-in PPP profiles, or one the user made. */
export const PPP_PROFILE: ValueType = oneOfOrName('default', 'default-encryption');
/** User and script policies (`policy=read,write,test`). */
export const POLICIES = ['api', 'ftp', 'local', 'password', 'policy', 'read', 'reboot', 'rest-api', 'romon', 'sensitive', 'sniff', 'ssh', 'telnet', 'test', 'web', 'winbox', 'write'];

/** Rebuilds every command of a menu through `f`. */
function mapCommands(menu: MenuSpec, f: (name: string, spec: CommandSpec) => CommandSpec): MenuSpec {
  const commands: Record<string, CommandSpec> = {};
  for (const [name, spec] of Object.entries(menu.commands)) commands[name] = f(name, spec);
  return { ...menu, commands };
}

/**
 * Drops arguments a menu does not have. itemMenu gives every menu `comment`
 * and `disabled`, but RouterOS lacks them in some (/ip pool has no `disabled`).
 */
export function without(menu: MenuSpec, names: readonly string[]): MenuSpec {
  const drop = (args: Readonly<Record<string, ArgSpec>>): Record<string, ArgSpec> =>
    Object.fromEntries(Object.entries(args).filter(([name]) => !names.includes(name)));
  const adjusted = mapCommands(menu, (_, spec) => ({ ...spec, args: drop(spec.args) }));
  return { ...adjusted, properties: drop(menu.properties) };
}

/**
 * Adds read-only properties (`dynamic`, `running`, `default-name`) that `find`
 * and `print` may match on but `add`/`set` do not take.
 */
export function withReadOnly(menu: MenuSpec, props: Readonly<Record<string, ValueType>>): MenuSpec {
  const extra: Record<string, ArgSpec> = {};
  for (const [name, value] of Object.entries(props)) extra[name] = { value };
  return { ...menu, properties: { ...menu.properties, ...extra } };
}

/** Declares value-less arguments of a command (`/ip route add blackhole`). */
export function withFlags(menu: MenuSpec, command: string, flags: readonly string[]): MenuSpec {
  return mapCommands(menu, (name, spec) => (name === command ? { ...spec, flags: [...(spec.flags ?? []), ...flags] } : spec));
}

/** Drops commands a settings menu lacks (settingsMenu always gives set/print/export/get). */
export function withoutCommands(menu: MenuSpec, names: readonly string[]): MenuSpec {
  return { ...menu, commands: Object.fromEntries(Object.entries(menu.commands).filter(([name]) => !names.includes(name))) };
}

/** A command that acts on items (`make-static`, `renew`, `uninstall`): one positional `numbers`. */
export const ON_ITEMS: CommandSpec = { args: { numbers: { value: T.any, list: true } }, positional: ['numbers'], required: ['numbers'] };

/** Value-less arguments of monitor-like commands (`check-for-updates once`). */
export const MONITOR_FLAGS: readonly string[] = ['once', 'as-value', 'without-paging'];
