/**
 * The RouterOS 7 command schema: one registry of every menu the project knows.
 * Add a menu by writing it in menus/<area>.ts and listing it in MENU_GROUPS.
 */
import { FIREWALL_MENUS } from './menus/firewall.js';
import { BRIDGE_MENUS } from './menus/bridge.js';
import { CERTIFICATE_MENUS } from './menus/certificate.js';
import { CONTAINER_MENUS } from './menus/container.js';
import { DHCP_MENUS } from './menus/dhcp.js';
import { DNS_MENUS } from './menus/dns.js';
import { FILE_MENUS } from './menus/files.js';
import { HOTSPOT_MENUS } from './menus/hotspot.js';
import { INTERFACE_MENUS } from './menus/interface.js';
import { IP_MENUS } from './menus/ip.js';
import { IPSEC_MENUS } from './menus/ipsec.js';
import { IPV6_MENUS } from './menus/ipv6.js';
import { PPP_MENUS } from './menus/ppp.js';
import { QUEUE_MENUS } from './menus/queue.js';
import { ROUTING_MENUS } from './menus/routing.js';
import { SNMP_MENUS } from './menus/snmp.js';
import { SYSTEM_MENUS } from './menus/system.js';
import { TOOL_MENUS } from './menus/tools.js';
import { TUNNEL_MENUS } from './menus/tunnels.js';
import { USER_MENUS } from './menus/users.js';
import { WIRELESS_MENUS } from './menus/wireless.js';
import type { ArgSpec, CommandSpec, MenuSpec, Schema } from './types.js';
import { UNTYPED_ARGS } from './menus/untyped-args.js';
import { UNTYPED_MENUS } from './menus/untyped-menus.js';

export * from './types.js';

const MENU_GROUPS: readonly (readonly MenuSpec[])[] = [
  FIREWALL_MENUS, IP_MENUS, DHCP_MENUS, DNS_MENUS, IPSEC_MENUS, HOTSPOT_MENUS, IPV6_MENUS, SYSTEM_MENUS,
  INTERFACE_MENUS, BRIDGE_MENUS, TUNNEL_MENUS, WIRELESS_MENUS,
  PPP_MENUS, ROUTING_MENUS, QUEUE_MENUS, USER_MENUS,
  TOOL_MENUS, SNMP_MENUS, CERTIFICATE_MENUS, FILE_MENUS, CONTAINER_MENUS, UNTYPED_MENUS,
];

export function menuKey(path: readonly string[]): string {
  return '/' + path.join('/');
}

function buildSchema(groups: readonly (readonly MenuSpec[])[]): Schema {
  const menus = new Map<string, MenuSpec>();
  for (const menu of groups.flat()) {
    const key = menuKey(menu.path);
    if (menus.has(key)) throw new Error(`schema: menu ${key} is declared twice`);
    menus.set(key, withUntypedArgs(menu, UNTYPED_ARGS[key]));
  }
  return { menus };
}

/** Any value, a list, maybe negated: what an argument without a declared type accepts. */
const UNTYPED: ArgSpec = { value: { type: 'any' }, list: true, negatable: true };

/** A menu whose `add`/`set` (and properties) also take the RouterOS 7.24 arguments it does not type yet. */
function withUntypedArgs(menu: MenuSpec, names: readonly string[] | undefined): MenuSpec {
  if (!names) return menu;
  const extra = Object.fromEntries(names.map((name) => [name, UNTYPED]));
  const commands: Record<string, CommandSpec> = { ...menu.commands };
  for (const name of ['add', 'set'] as const) {
    const command = commands[name];
    if (command) commands[name] = { ...command, args: { ...extra, ...command.args } };
  }
  return { ...menu, commands, properties: { ...extra, ...menu.properties } };
}

export const SCHEMA: Schema = buildSchema(MENU_GROUPS);

/**
 * Every menu path that exists as a level, including the intermediate ones
 * (`/ip`, `/ip/firewall`), so that a path can be told from a command.
 */
export function menuLevels(schema: Schema): ReadonlySet<string> {
  const levels = new Set<string>(['/']);
  for (const menu of schema.menus.values()) {
    for (let i = 1; i <= menu.path.length; i++) levels.add(menuKey(menu.path.slice(0, i)));
  }
  return levels;
}
