/**
 * Menus that real scripts use and the typed menus do not describe yet, with
 * their commands and property names as RouterOS 7.24 has them (values
 * unchecked: any value is accepted). Hardware-only menus the 7.24 tree (read
 * off a virtual router) lacks come from MikroTik's manual (LCD, PoE-Out).
 */
import { actionMenu, itemMenu, settingsMenu, T, type ItemCommand } from '../build.js';
import type { CommandSpec, MenuSpec } from '../types.js';

const STANDARD: ReadonlySet<string> = new Set(['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'unset', 'edit', 'move', 'reset-counters']);
const items = (names: readonly string[]): ItemCommand[] => names.filter((n) => STANDARD.has(n)) as ItemCommand[];
/** An item menu whose items have no `comment`/`disabled` (serial ports, logged-in users). */
function withoutCommon(menu: MenuSpec): MenuSpec {
  const strip = <T>(record: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'comment' && k !== 'disabled'));
  const commands = Object.fromEntries(Object.entries(menu.commands).map(([name, spec]) => [name, { ...spec, args: strip(spec.args) }]));
  return { ...menu, commands, properties: strip(menu.properties) };
}

/** Commands beyond the standard ones: arguments unchecked. */
const extraOpen = (names: readonly string[]): Record<string, CommandSpec> =>
  Object.fromEntries(names.filter((n) => !STANDARD.has(n)).map((n) => [n, { args: {}, open: true }]));
/** Commands whose arguments are unchecked. */
const open = (names: readonly string[]): Record<string, CommandSpec> => Object.fromEntries(names.map((n) => [n, { args: {}, open: true }]));

export const port: MenuSpec = withoutCommon(itemMenu('/port', {
  'baud-rate': T.any, 'data-bits': T.any, 'dtr': T.any, 'flow-control': T.any, 'name': T.any, 'parity': T.any, 'rts': T.any,
  'stop-bits': T.any,
}, { commands: items(['edit', 'export', 'find', 'get', 'print', 'remove', 'reset', 'set']), extra: extraOpen(['edit', 'export', 'find', 'get', 'print', 'remove', 'reset', 'set']) }));

export const ipVrf: MenuSpec = itemMenu('/ip vrf', {
  'interfaces': T.any, 'name': T.any,
}, { commands: items(['add', 'comment', 'disable', 'edit', 'enable', 'export', 'find', 'get', 'move', 'print', 'remove', 'reset', 'set']), extra: extraOpen(['add', 'comment', 'disable', 'edit', 'enable', 'export', 'find', 'get', 'move', 'print', 'remove', 'reset', 'set']) });

export const bridgeFilter: MenuSpec = itemMenu('/interface bridge filter', {
  '802.3-sap': T.any, '802.3-type': T.any, 'action': T.any, 'arp-dst-address': T.any, 'arp-dst-mac-address': T.any, 'arp-gratuitous': T.any,
  'arp-hardware-type': T.any, 'arp-opcode': T.any, 'arp-packet-type': T.any, 'arp-src-address': T.any, 'arp-src-mac-address': T.any,
  'chain': T.any, 'dst-address': T.any, 'dst-address6': T.any, 'dst-mac-address': T.any, 'dst-port': T.any, 'in-bridge': T.any,
  'in-bridge-list': T.any, 'in-interface': T.any, 'in-interface-list': T.any, 'ingress-priority': T.any, 'ip-protocol': T.any,
  'jump-target': T.any, 'limit': T.any, 'log': T.any, 'log-prefix': T.any, 'mac-protocol': T.any, 'new-packet-mark': T.any,
  'new-priority': T.any, 'out-bridge': T.any, 'out-bridge-list': T.any, 'out-interface': T.any, 'out-interface-list': T.any,
  'packet-mark': T.any, 'packet-type': T.any, 'passthrough': T.any, 'src-address': T.any, 'src-address6': T.any, 'src-mac-address': T.any,
  'src-port': T.any, 'stp-flags': T.any, 'stp-forward-delay': T.any, 'stp-hello-time': T.any, 'stp-max-age': T.any, 'stp-msg-age': T.any,
  'stp-port': T.any, 'stp-root-address': T.any, 'stp-root-cost': T.any, 'stp-root-priority': T.any, 'stp-sender-address': T.any,
  'stp-sender-priority': T.any, 'stp-type': T.any, 'tls-host': T.any, 'vlan-encap': T.any, 'vlan-id': T.any, 'vlan-priority': T.any,
}, { commands: items(['add', 'comment', 'disable', 'edit', 'enable', 'export', 'find', 'get', 'move', 'print', 'remove', 'reset', 'reset-counters', 'reset-counters-all', 'set', 'unset']), extra: extraOpen(['add', 'comment', 'disable', 'edit', 'enable', 'export', 'find', 'get', 'move', 'print', 'remove', 'reset', 'reset-counters', 'reset-counters-all', 'set', 'unset']) });

export const bridgeMdb: MenuSpec = itemMenu('/interface bridge mdb', {
  'bridge': T.any, 'group': T.any, 'interface': T.any, 'vid': T.any,
}, { commands: items(['add', 'comment', 'disable', 'edit', 'enable', 'export', 'find', 'get', 'print', 'remove', 'reset', 'set', 'unset']), extra: extraOpen(['add', 'comment', 'disable', 'edit', 'enable', 'export', 'find', 'get', 'print', 'remove', 'reset', 'set', 'unset']) });

export const disk: MenuSpec = itemMenu('/disk', {
  'compress': T.any, 'crypted-backend': T.any, 'encryption-key': T.any, 'file-offset': T.any, 'file-path': T.any, 'file-size': T.any,
  'iscsi-address': T.any, 'iscsi-export': T.any, 'iscsi-iqn': T.any, 'iscsi-port': T.any, 'iscsi-server-iqn': T.any,
  'iscsi-server-port': T.any, 'media-interface': T.any, 'media-sharing': T.any, 'mount-filesystem': T.any, 'mount-point-template': T.any,
  'mount-read-only': T.any, 'nfs-address': T.any, 'nfs-share': T.any, 'nfs-sharing': T.any, 'nvme-tcp-address': T.any,
  'nvme-tcp-export': T.any, 'nvme-tcp-host-name': T.any, 'nvme-tcp-nqn': T.any, 'nvme-tcp-password': T.any, 'nvme-tcp-port': T.any,
  'nvme-tcp-server-allow-host-name': T.any, 'nvme-tcp-server-nqn': T.any, 'nvme-tcp-server-password': T.any, 'nvme-tcp-server-port': T.any,
  'parent': T.any, 'partition-number': T.any, 'partition-offset': T.any, 'partition-size': T.any, 'raid-chunk-size': T.any,
  'raid-device-count': T.any, 'raid-master': T.any, 'raid-max-component-size': T.any, 'raid-member-failed': T.any, 'raid-role': T.any,
  'raid-type': T.any, 'ramdisk-size': T.any, 'self-encryption-password': T.any, 'slot': T.any, 'smb-address': T.any,
  'smb-encryption': T.any, 'smb-password': T.any, 'smb-server-encryption': T.any, 'smb-server-password': T.any, 'smb-server-user': T.any,
  'smb-share': T.any, 'smb-sharing': T.any, 'smb-user': T.any, 'sshfs-address': T.any, 'sshfs-password': T.any, 'sshfs-path': T.any,
  'sshfs-port': T.any, 'sshfs-user': T.any, 'swap': T.any, 'tmpfs-max-size': T.any, 'type': T.any,
}, { commands: items(['add', 'blink', 'check', 'comment', 'copy', 'disable', 'edit', 'eject', 'enable', 'export', 'find', 'format', 'get', 'monitor-traffic', 'nvme-discover', 'print', 'raid-scrub', 'raid-scrub-cancel', 'remove', 'repair', 'reset', 'reset-counters', 'scan', 'set', 'smart-info', 'test', 'trim', 'unset']), extra: extraOpen(['add', 'blink', 'check', 'comment', 'copy', 'disable', 'edit', 'eject', 'enable', 'export', 'find', 'format', 'get', 'monitor-traffic', 'nvme-discover', 'print', 'raid-scrub', 'raid-scrub-cancel', 'remove', 'repair', 'reset', 'reset-counters', 'scan', 'set', 'smart-info', 'test', 'trim', 'unset']) });

export const userActive: MenuSpec = withoutCommon(itemMenu('/user active', {
 
}, { commands: items(['add', 'find', 'get', 'print', 'remove']), extra: extraOpen(['add', 'find', 'get', 'print', 'remove']) }));

/** The clients connected to each radio (read-only rows; `remove` disconnects one): `wifi` driver and legacy `wireless`. */
export const wifiRegistrationTable: MenuSpec = withoutCommon(itemMenu('/interface wifi registration-table', {
}, { commands: items(['find', 'get', 'print', 'remove']), extra: extraOpen(['find', 'get', 'print', 'remove']) }));

export const wirelessRegistrationTable: MenuSpec = withoutCommon(itemMenu('/interface wireless registration-table', {
}, { commands: items(['edit', 'find', 'get', 'print', 'remove', 'reset', 'reset-counters']), extra: extraOpen(['edit', 'find', 'get', 'print', 'remove', 'reset', 'reset-counters']) }));

export const wifiCapsman: MenuSpec = settingsMenu('/interface wifi capsman', {
  'ca-certificate': T.any, 'certificate': T.any, 'enabled': T.any, 'interfaces': T.any, 'package-path': T.any,
  'require-peer-certificate': T.any, 'upgrade-policy': T.any,
});

export const systemLicense: MenuSpec = actionMenu('/system license', open(['export', 'generate-new-id', 'get', 'print', 'renew']));

export const backupCloud: MenuSpec = actionMenu('/system backup cloud', open(['download-file', 'find', 'get', 'print', 'remove-file', 'upload-file']));

/** Hardware-only (not in the 7.24 tree read off a virtual router): the front-panel LCD (`/lcd set enabled=no`). */
export const lcd: MenuSpec = actionMenu('/lcd', open(['set', 'print', 'export', 'get', 'edit', 'reset']));

/** Hardware-only: PoE-Out ports (`/interface ethernet poe set ether2 poe-out=off`, `poe monitor`, `power-cycle`). */
export const ethernetPoe: MenuSpec = actionMenu('/interface ethernet poe', open(['set', 'print', 'export', 'get', 'edit', 'monitor', 'power-cycle', 'reset', 'find']));

export const UNTYPED_MENUS: readonly MenuSpec[] = [port, ipVrf, bridgeFilter, bridgeMdb, disk, userActive, wifiRegistrationTable, wirelessRegistrationTable, wifiCapsman, systemLicense, backupCloud, lcd, ethernetPoe];
