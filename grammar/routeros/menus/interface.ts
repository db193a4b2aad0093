/**
 * /interface itself (commands that work on any interface), Ethernet ports,
 * interface lists, VLANs and WireGuard. Bridges, tunnels and wireless have
 * their own files. Manual: Interfaces, Ethernet, Interface Lists, VLAN, WireGuard.
 */
import { command, int, itemMenu, oneOf, oneOfOrName, setOf, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import {
  ARP_MODE, INTERFACE_LIST, LIST_COMMANDS, LIST_WITHOUT_DISABLE, LOOP_PROTECT, MONITOR_FLAGS, MTU, MTU_OR_AUTO, ON_ITEMS, PORT, VLAN_ID,
  withReadOnly, without,
} from './common.js';

/** Watch an interface (`monitor-traffic ether1 once`, `monitor ether1 once`). */
const monitor = (itemName: string) =>
  command({ [itemName]: { value: T.name, list: true }, duration: T.time, interval: T.time }, { positional: [itemName], flags: MONITOR_FLAGS });

/** Properties every interface has, as /interface shows them. */
export const anyInterface: MenuSpec = withReadOnly(itemMenu('/interface', {
  name: T.name,
  mtu: MTU_OR_AUTO,
  l2mtu: MTU,
}, {
  commands: ['set', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'edit', 'reset-counters'],
  extra: { blink: ON_ITEMS, 'monitor-traffic': monitor('interface') },
}), {
  type: T.name, running: T.yesno, dynamic: T.yesno, slave: T.yesno, inactive: T.yesno, 'default-name': T.name,
  'mac-address': T.mac, 'actual-mtu': MTU, 'max-l2mtu': MTU, 'link-downs': int(0, 4294967295), vrf: T.name,
});

const ETHERNET_SPEEDS = [
  '10M-baseT-half', '10M-baseT-full', '100M-baseT-half', '100M-baseT-full', '100M-baseFX-half', '100M-baseFX-full',
  '1G-baseT-half', '1G-baseT-full', '1G-baseX', '2.5G-baseT', '2.5G-baseX', '5G-baseT', '10G-baseT', '10G-baseSR-LR',
  '10G-baseCR', '25G-baseSR-LR', '25G-baseCR', '40G-baseSR4-LR4', '40G-baseCR4', '50G-baseSR-LR', '50G-baseCR',
  '50G-baseSR2-LR2', '50G-baseCR2', '100G-baseSR4-LR4', '100G-baseCR4', '100G-baseSR2-LR2', '100G-baseCR2',
  '200G-baseSR4-LR4', '200G-baseCR4', '400G-baseSR8-LR8', '400G-baseCR8',
];

/** Ethernet ports: built in, so they are set, never added. */
export const ethernet: MenuSpec = withReadOnly(itemMenu('/interface ethernet', {
  name: T.name,
  mtu: MTU,
  l2mtu: MTU,
  'mac-address': T.mac,
  arp: ARP_MODE,
  'arp-timeout': oneOfOrName('auto'),
  'auto-negotiation': T.yesno,
  // Without auto-negotiation: the one speed to use. With it: the speeds to advertise.
  speed: oneOf(...ETHERNET_SPEEDS),
  advertise: setOf(...ETHERNET_SPEEDS),
  'rx-flow-control': oneOf('auto', 'off', 'on'),
  'tx-flow-control': oneOf('auto', 'off', 'on'),
  'loop-protect': LOOP_PROTECT,
  'loop-protect-disable-time': T.time,
  'loop-protect-send-interval': T.time,
  'disable-running-check': T.yesno,
  'mdix-enable': T.yesno,
  'fec-mode': oneOf('auto', 'fec74', 'fec91', 'off'),
  'combo-mode': oneOf('auto', 'copper', 'sfp'),
  'cable-settings': oneOf('default', 'short', 'standard'),
  'sfp-rate-select': oneOf('high', 'low'),
  'sfp-ignore-rx-los': T.yesno,
  'sfp-shutdown-temperature': int(0, 255),
}, {
  commands: ['set', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'edit', 'unset', 'reset-counters'],
  extra: { blink: ON_ITEMS, monitor: monitor('numbers'), 'cable-test': monitor('numbers'), 'reset-mac-address': ON_ITEMS },
}), { 'default-name': T.name, running: T.yesno, slave: T.yesno, 'orig-mac-address': T.mac });

export const list: MenuSpec = without(withReadOnly(itemMenu('/interface list', {
  name: T.name,
  // Lists whose members this list includes or excludes.
  include: { value: INTERFACE_LIST, list: true },
  exclude: { value: INTERFACE_LIST, list: true },
}, { required: ['name'], commands: LIST_WITHOUT_DISABLE }), { builtin: T.yesno, dynamic: T.yesno }), ['disabled']);

export const listMember: MenuSpec = withReadOnly(itemMenu('/interface list member', {
  list: INTERFACE_LIST,
  interface: T.name,
}, { required: ['list', 'interface'], commands: LIST_COMMANDS }), { dynamic: T.yesno });

export const vlan: MenuSpec = withReadOnly(itemMenu('/interface vlan', {
  name: T.name,
  'vlan-id': VLAN_ID,
  interface: T.name,
  mtu: MTU,
  arp: ARP_MODE,
  'arp-timeout': oneOfOrName('auto'),
  'use-service-tag': T.yesno,
  mvrp: T.yesno,
  'loop-protect': LOOP_PROTECT,
  'loop-protect-disable-time': T.time,
  'loop-protect-send-interval': T.time,
}, { required: ['interface', 'vlan-id'], commands: LIST_COMMANDS }), { running: T.yesno, 'mac-address': T.mac, l2mtu: MTU });

export const wireguard: MenuSpec = withReadOnly(itemMenu('/interface wireguard', {
  name: T.name,
  'listen-port': PORT,
  mtu: MTU_OR_AUTO,
  'private-key': T.string,
  vrf: T.name,
}, {
  commands: LIST_COMMANDS,
  extra: {
    'wg-import': command({ 'config-file': T.string, 'config-string': T.string }),
    'wg-export': command({ number: { value: T.any }, file: T.string }, { positional: ['number'] }),
  },
}), { 'public-key': T.string, running: T.yesno });

export const wireguardPeers: MenuSpec = withReadOnly(itemMenu('/interface wireguard peers', {
  interface: T.name,
  name: T.name,
  'public-key': T.string,
  'preshared-key': oneOfOrName('auto', 'none'),
  'private-key': oneOfOrName('auto', 'none'),
  'endpoint-address': T.host,
  'endpoint-port': PORT,
  // IPv4 and IPv6 prefixes, comma separated.
  'allowed-address': { value: T.host, list: true },
  'persistent-keepalive': T.time,
  responder: T.yesno,
  'client-address': { value: T.host, list: true },
  'client-allowed-address': { value: T.host, list: true },
  'client-dns': { value: T.host, list: true },
  'client-endpoint': T.host,
  'client-keepalive': T.time,
  'client-listen-port': PORT,
}, {
  required: ['interface'],
  ordered: true,
  commands: LIST_COMMANDS,
  extra: { 'show-client-config': command({ number: { value: T.any } }, { positional: ['number'] }) },
}), {
  'current-endpoint-address': T.host, 'current-endpoint-port': PORT, 'last-handshake': T.time, rx: T.any, tx: T.any, dynamic: T.yesno,
});

/** Link aggregation (manual: Bonding): slaves are the member ports; 802.3ad is LACP. */
export const bonding: MenuSpec = withReadOnly(itemMenu('/interface bonding', {
  name: T.name,
  slaves: { value: T.name, list: true },
  mode: oneOf('802.3ad', 'active-backup', 'balance-alb', 'balance-rr', 'balance-tlb', 'balance-xor', 'broadcast'),
  'lacp-mode': oneOf('active', 'passive'),
  'lacp-rate': oneOf('1sec', '30secs'),
  'transmit-hash-policy': oneOf('encap-2-and-3', 'encap-3-and-4', 'layer-2', 'layer-2-and-3', 'layer-3-and-4'),
  'link-monitoring': oneOf('arp', 'mii', 'none'),
  'mii-interval': T.time,
  'arp-interval': T.time,
  'arp-ip-targets': { value: T.ip, list: true },
  'down-delay': T.time,
  'up-delay': T.time,
  'min-links': int(0, 4294967295),
  primary: oneOfOrName('none'),
  'forced-mac-address': T.mac,
  mtu: MTU,
  arp: ARP_MODE,
  'arp-timeout': oneOfOrName('auto'),
}, { required: ['slaves'], commands: [...LIST_COMMANDS, 'unset'], extra: { monitor: monitor('numbers'), 'monitor-slaves': command({ bond: T.name }, { flags: MONITOR_FLAGS }) } }), {
  running: T.yesno, 'mac-address': T.mac,
});

/** A virtual router address shared by several routers (manual: VRRP): the master answers for it. */
export const vrrp: MenuSpec = withReadOnly(itemMenu('/interface vrrp', {
  name: T.name,
  interface: T.name,
  vrid: int(1, 255),
  priority: int(1, 254),
  interval: T.time,
  'preemption-mode': T.yesno,
  authentication: oneOf('ah', 'none', 'simple'),
  password: T.string,
  version: oneOf('2', '3'),
  'v3-protocol': oneOf('ipv4', 'ipv6'),
  'remote-address': T.ip,
  'on-master': T.string,
  'on-backup': T.string,
  'on-fail': T.string,
  'sync-connection-tracking': T.yesno,
  'group-master': T.name,
  arp: ARP_MODE,
  'arp-timeout': oneOfOrName('auto'),
}, { required: ['interface'], commands: LIST_COMMANDS }), { running: T.yesno, 'mac-address': T.mac, master: T.yesno, backup: T.yesno });

export const INTERFACE_MENUS: readonly MenuSpec[] = [anyInterface, ethernet, list, listMember, vlan, wireguard, wireguardPeers, bonding, vrrp];
