/**
 * /ip firewall: filter, nat, raw, mangle, address-list.
 * Matchers and actions follow RouterOS 7 (manual: IP > Firewall > Filter, NAT).
 */
import { actionMenu, exportCommand, itemMenu, neg, oneOf, oneOfOrName, setOf, settingsMenu, str, T, type PropInput } from '../build.js';
import type { MenuSpec } from '../types.js';
import { INTERFACE_LIST, without } from './common.js';

/** IP protocols by name (both firewalls; a number is accepted too). */
export const PROTOCOLS = [
  'dccp', 'ddp', 'egp', 'encap', 'etherip', 'ggp', 'gre', 'hmp', 'icmp', 'icmpv6', 'idpr-cmtp', 'igmp', 'ipencap',
  'ipip', 'ipsec-ah', 'ipsec-esp', 'ipv6-encap', 'ipv6-frag', 'ipv6-nonxt', 'ipv6-opts', 'ipv6-route', 'iso-tp4',
  'l2tp', 'ospf', 'pim', 'pup', 'rdp', 'rspf', 'rsvp', 'sctp', 'st', 'tcp', 'udp', 'udp-lite', 'vmtp', 'vrrp',
  'xns-idp', 'xtp',
];
const ADDRESS_TYPES = ['unicast', 'local', 'broadcast', 'multicast', 'blackhole'];

/**
 * Matchers the IPv4 and IPv6 firewalls share, with the same values (ipv6.ts
 * adds its own addresses, `hop-limit` and `headers`).
 */
export const COMMON_MATCHERS: Record<string, PropInput> = {
  'src-address-list': neg(T.name),
  'dst-address-list': neg(T.name),
  protocol: neg({ type: 'enum', values: PROTOCOLS, open: true }),
  'src-port': neg(T.ports),
  'dst-port': neg(T.ports),
  port: neg(T.ports),
  'in-interface': neg(T.name),
  'out-interface': neg(T.name),
  'in-interface-list': neg(INTERFACE_LIST),
  'out-interface-list': neg(INTERFACE_LIST),
  'in-bridge-port': neg(T.name),
  'out-bridge-port': neg(T.name),
  'connection-state': neg(setOf('invalid', 'established', 'related', 'new', 'untracked')),
  'connection-nat-state': neg(setOf('srcnat', 'dstnat')),
  'connection-mark': neg(T.name),
  'packet-mark': neg(T.name),
  'routing-mark': neg(T.name),
  'connection-limit': neg(T.any),
  'connection-rate': neg(T.any),
  'connection-type': neg(oneOf('ftp', 'h323', 'irc', 'pptp', 'quake3', 'sip', 'tftp')),
  'src-mac-address': neg(T.mac),
  'icmp-options': neg(T.any),
  'tcp-flags': neg(setOf('ack', 'cwr', 'ece', 'fin', 'psh', 'rst', 'syn', 'urg')),
  'packet-size': neg(T.any),
  content: neg(T.string),
  'tls-host': neg(T.string),
  limit: neg(T.any),
  'dst-limit': T.any,
  nth: neg(T.any),
  time: neg(T.any),
  dscp: neg(T.any),
  'ipsec-policy': T.any,
  'per-connection-classifier': neg(T.any),
  random: T.any,
  log: T.yesno,
  'log-prefix': str(31),
  'address-list': T.name,
  'address-list-timeout': T.any,
  'jump-target': T.name,
  'connection-bytes': neg(T.any),
  'in-bridge-port-list': neg(INTERFACE_LIST),
  'out-bridge-port-list': neg(INTERFACE_LIST),
  'ingress-priority': neg(T.any),
  tos: neg(T.any),
};

/** Matchers every IPv4 firewall table shares. */
const MATCHERS: Record<string, PropInput> = {
  chain: T.name,
  action: T.name,
  ...COMMON_MATCHERS,
  'src-address': neg(T.ipRange),
  'dst-address': neg(T.ipRange),
  'src-address-type': neg(oneOf(...ADDRESS_TYPES)),
  'dst-address-type': neg(oneOf(...ADDRESS_TYPES)),
  'layer7-protocol': neg(T.name),
  ttl: T.any,
  psd: T.any,
  fragment: T.yesno,
  hotspot: neg(T.any),
  'ipv4-options': neg(T.any),
  priority: neg(T.any),
  'tcp-mss': neg(T.any),
};

/** Matchers of the tables that see connections' payload and routing realm (filter, nat, mangle). */
const REALM_MATCHERS: Record<string, PropInput> = { realm: neg(T.any) };

const FILTER_ACTIONS = [
  'accept', 'add-dst-to-address-list', 'add-src-to-address-list', 'drop', 'fasttrack-connection', 'jump', 'log',
  'passthrough', 'reject', 'return', 'tarpit',
];

export const filter: MenuSpec = itemMenu('/ip firewall filter', {
  ...MATCHERS,
  ...REALM_MATCHERS,
  p2p: neg(T.any),
  chain: oneOfOrName('forward', 'input', 'output'),
  action: oneOf(...FILTER_ACTIONS),
  // fasttrack-connection rules in the default configuration carry hw-offload=yes.
  'hw-offload': T.yesno,
  'reject-with': oneOf(
    'icmp-admin-prohibited', 'icmp-host-prohibited', 'icmp-host-unreachable', 'icmp-net-prohibited',
    'icmp-network-unreachable', 'icmp-port-unreachable', 'icmp-protocol-unreachable', 'tcp-reset',
  ),
}, { required: ['chain'], ordered: true, commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'unset', 'edit', 'reset-counters'] });

/** Matchers RouterOS 7.24 offers in filter and mangle but not in nat (no connection state there). */
const NOT_IN_NAT = ['connection-state', 'connection-nat-state', 'tcp-flags', 'tls-host'];
/** The raw table runs before connection tracking: no connection matchers, marks or layer7. */
const NOT_IN_RAW = ['connection-bytes', 'connection-state', 'connection-nat-state', 'connection-mark', 'routing-mark', 'connection-limit', 'connection-rate', 'connection-type', 'layer7-protocol'];

export const nat: MenuSpec = without(itemMenu('/ip firewall nat', {
  ...MATCHERS,
  chain: oneOfOrName('dstnat', 'srcnat', 'input', 'output'),
  action: oneOf(
    'accept', 'add-dst-to-address-list', 'add-src-to-address-list', 'dst-nat', 'endpoint-independent-nat', 'jump',
    'log', 'masquerade', 'netmap', 'passthrough', 'redirect', 'return', 'same', 'src-nat',
  ),
  ...REALM_MATCHERS,
  'to-addresses': T.ipRange,
  'to-ports': T.ports,
  'randomise-ports': T.yesno,
  'same-not-by-dst': T.yesno,
  'socks5-port': T.ports,
  'socks5-server': T.any,
  'socksify-service': T.any,
}, { required: ['chain'], ordered: true, commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'unset', 'edit', 'reset-counters'] }), NOT_IN_NAT);

export const raw: MenuSpec = without(itemMenu('/ip firewall raw', {
  ...MATCHERS,
  chain: oneOfOrName('prerouting', 'output'),
  action: oneOf('accept', 'add-dst-to-address-list', 'add-src-to-address-list', 'drop', 'jump', 'log', 'notrack', 'passthrough', 'return'),
}, { required: ['chain'], ordered: true, commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'unset', 'edit', 'reset-counters'] }), NOT_IN_RAW);

export const mangle: MenuSpec = itemMenu('/ip firewall mangle', {
  ...MATCHERS,
  chain: oneOfOrName('prerouting', 'input', 'forward', 'output', 'postrouting'),
  action: oneOf(
    'accept', 'add-dst-to-address-list', 'add-src-to-address-list', 'change-dscp', 'change-mss', 'change-ttl',
    'clear-df', 'fasttrack-connection', 'jump', 'log', 'mark-connection', 'mark-packet', 'mark-routing',
    'passthrough', 'return', 'route', 'set-priority', 'sniff-pc', 'sniff-tzsp', 'strip-ipv4-options',
  ),
  'new-connection-mark': T.name,
  'new-packet-mark': T.name,
  'new-routing-mark': T.name,
  'new-mss': T.any,
  // Manual: IP > Firewall > Mangle (change-ttl, change-dscp, set-priority, route, sniff-tzsp).
  'new-ttl': T.any,
  'new-dscp': T.any,
  'new-priority': T.any,
  'route-dst': T.ip,
  'sniff-id': T.any,
  'sniff-target': T.ip,
  'sniff-target-port': T.ports,
  ...REALM_MATCHERS,
  p2p: neg(T.any),
  passthrough: T.yesno,
}, { required: ['chain'], ordered: true, commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'unset', 'edit', 'reset-counters'] });

export const addressList: MenuSpec = itemMenu('/ip firewall address-list', {
  list: T.name,
  address: T.host,
  timeout: T.time,
}, { required: ['list', 'address'], addOnly: { dynamic: T.yesno }, commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'edit'] });

export const connection: MenuSpec = without(itemMenu('/ip firewall connection', {
  'src-address': T.any,
  'dst-address': T.any,
  protocol: T.any,
}, { commands: ['remove', 'print', 'find', 'get'] }), ['comment', 'disabled']);

/** Connection tracking (manual: Firewall > Connection tracking): on/off and the timeouts of each protocol and TCP state. */
export const connectionTracking: MenuSpec = settingsMenu('/ip firewall connection tracking', {
  enabled: oneOf('auto', 'no', 'yes'),
  'generic-timeout': T.time,
  'icmp-timeout': T.time,
  'liberal-tcp-tracking': T.yesno,
  'loose-tcp-tracking': T.yesno,
  'tcp-close-timeout': T.time,
  'tcp-close-wait-timeout': T.time,
  'tcp-established-timeout': T.time,
  'tcp-fin-wait-timeout': T.time,
  'tcp-last-ack-timeout': T.time,
  'tcp-max-retrans-timeout': T.time,
  'tcp-syn-received-timeout': T.time,
  'tcp-syn-sent-timeout': T.time,
  'tcp-time-wait-timeout': T.time,
  'tcp-unacked-timeout': T.time,
  'udp-stream-timeout': T.time,
  'udp-timeout': T.time,
});

/** `/ip firewall` itself: its `export` writes the whole firewall (filter, NAT, mangle and raw rules, address lists, ...). */
export const firewall: MenuSpec = actionMenu('/ip firewall', { export: exportCommand() });

export const FIREWALL_MENUS: readonly MenuSpec[] = [firewall, filter, nat, raw, mangle, addressList, connection, connectionTracking];
