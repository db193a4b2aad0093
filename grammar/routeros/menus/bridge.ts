/**
 * /interface bridge: bridges, their ports, VLAN table and global settings.
 * Manual: Bridging and Switching.
 */
import { command, int, itemMenu, oneOf, oneOfOrName, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { ARP_MODE, LIST_COMMANDS, LIST_WITH_UNSET, MONITOR_FLAGS, MTU, MTU_OR_AUTO, VLAN_ID, withReadOnly } from './common.js';

const monitor = command({ numbers: { value: T.name, list: true }, duration: T.time, interval: T.time }, { positional: ['numbers'], flags: MONITOR_FLAGS });

const FRAME_TYPES = oneOf('admit-all', 'admit-only-untagged-and-priority-tagged', 'admit-only-vlan-tagged');
const MULTICAST_ROUTER = oneOf('disabled', 'permanent', 'temporary-query');

export const bridge: MenuSpec = withReadOnly(itemMenu('/interface bridge', {
  name: T.name,
  'protocol-mode': oneOf('mstp', 'none', 'rstp', 'stp'),
  'vlan-filtering': T.yesno,
  pvid: VLAN_ID,
  'frame-types': FRAME_TYPES,
  'ingress-filtering': T.yesno,
  // Written in hex (0x8100): the value checker reads it as a number, so the enum stays open.
  'ether-type': oneOfOrName('0x8100', '0x88a8', '0x9100'),
  // 0..65535, usually written in hex (0x8000).
  priority: int(0, 65535),
  'igmp-snooping': T.yesno,
  'igmp-version': oneOf('2', '3'),
  'mld-version': oneOf('1', '2'),
  'multicast-querier': T.yesno,
  'multicast-router': MULTICAST_ROUTER,
  'fast-forward': T.yesno,
  'auto-mac': T.yesno,
  'admin-mac': T.mac,
  'ageing-time': T.time,
  arp: ARP_MODE,
  'arp-timeout': oneOfOrName('auto'),
  mtu: MTU_OR_AUTO,
  'dhcp-snooping': T.yesno,
  'max-message-age': T.time,
  'forward-delay': T.time,
  'transmit-hold-count': int(1, 10),
  'max-hops': int(6, 40),
  'region-name': T.string,
  'region-revision': int(0, 65535),
  'port-cost-mode': oneOf('long', 'short'),
  mvrp: T.yesno,
  'max-learned-entries': oneOfOrName('auto', 'unlimited'),
  'forward-reserved-addresses': T.yesno,
  'query-interval': T.time,
  'query-response-interval': T.time,
  'querier-interval': T.time,
  'last-member-interval': T.time,
  'last-member-query-count': int(0, 4294967295),
  'membership-interval': T.time,
  'startup-query-count': int(0, 4294967295),
  'startup-query-interval': T.time,
}, { commands: LIST_WITH_UNSET, extra: { monitor } }), { running: T.yesno, dynamic: T.yesno, 'mac-address': T.mac, l2mtu: MTU, 'actual-mtu': MTU });

export const port: MenuSpec = withReadOnly(itemMenu('/interface bridge port', {
  bridge: T.name,
  interface: T.name,
  pvid: VLAN_ID,
  'frame-types': FRAME_TYPES,
  'ingress-filtering': T.yesno,
  // Ports with the same horizon do not forward to each other.
  horizon: oneOfOrName('none'),
  edge: oneOf('auto', 'no', 'no-discover', 'yes', 'yes-discover'),
  'point-to-point': oneOf('auto', 'no', 'yes'),
  learn: oneOf('auto', 'no', 'yes'),
  hw: T.yesno,
  trusted: T.yesno,
  'bpdu-guard': T.yesno,
  // 0..240 in steps of 16, usually written in hex (0x80).
  priority: int(0, 240),
  'path-cost': int(1, 200000000),
  'internal-path-cost': int(1, 200000000),
  'unknown-unicast-flood': T.yesno,
  'unknown-multicast-flood': T.yesno,
  'broadcast-flood': T.yesno,
  'multicast-router': MULTICAST_ROUTER,
  'fast-leave': T.yesno,
  'tag-stacking': T.yesno,
  'auto-isolate': T.yesno,
  'restricted-role': T.yesno,
  'restricted-tcn': T.yesno,
  'mvrp-applicant-state': oneOf('non-participant', 'normal-participant'),
  'mvrp-registrar-state': oneOf('fixed', 'normal'),
}, { required: ['bridge', 'interface'], ordered: true, commands: LIST_WITH_UNSET, extra: { monitor } }), {
  dynamic: T.yesno, inactive: T.yesno, role: T.name, status: T.name, 'hw-offload': T.yesno, forwarding: T.yesno, learning: T.yesno,
});

export const vlan: MenuSpec = withReadOnly(itemMenu('/interface bridge vlan', {
  bridge: T.name,
  // `10`, `10,20`, `100-200`: ids, lists and ranges.
  'vlan-ids': T.any,
  tagged: { value: T.name, list: true },
  untagged: { value: T.name, list: true },
  'mvrp-forbidden': { value: T.name, list: true },
}, { required: ['bridge', 'vlan-ids'], commands: LIST_COMMANDS }), {
  dynamic: T.yesno, 'current-tagged': { type: 'any' }, 'current-untagged': { type: 'any' },
});

export const settings: MenuSpec = settingsMenu('/interface bridge settings', {
  'use-ip-firewall': T.yesno,
  'use-ip-firewall-for-pppoe': T.yesno,
  'use-ip-firewall-for-vlan': T.yesno,
  'allow-fast-path': T.yesno,
});

export const BRIDGE_MENUS: readonly MenuSpec[] = [bridge, port, vlan, settings];
