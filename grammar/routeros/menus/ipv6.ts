/**
 * /ipv6: addresses, routes, firewall filter and address lists, neighbor
 * discovery (router advertisements), the DHCPv6 client and settings.
 * Manual: IPv6 (Address, Routing, Firewall, ND, DHCP client).
 */
import { int, itemMenu, neg, oneOf, oneOfOrName, setOf, settingsMenu, str, T, type PropInput } from '../build.js';
import type { MenuSpec } from '../types.js';
import { INTERFACE_LIST, LIST_COMMANDS, LIST_WITH_UNSET, ON_ITEMS, withFlags, withReadOnly, without } from './common.js';
import { COMMON_MATCHERS } from './firewall.js';

export const address: MenuSpec = withReadOnly(itemMenu('/ipv6 address', {
  // Optional with from-pool (then only the host part is given, `::1/64`).
  address: T.ip6Prefix,
  'from-pool': T.name,
  interface: T.name,
  advertise: T.yesno,
  'eui-64': T.yesno,
  'no-dad': T.yesno,
  'auto-link-local': T.yesno,
}, { required: ['interface'], commands: LIST_COMMANDS }), {
  dynamic: T.yesno, invalid: T.yesno, 'link-local': T.yesno, global: T.yesno, deprecated: T.yesno, 'actual-interface': T.name,
});

export const route: MenuSpec = withReadOnly(withFlags(itemMenu('/ipv6 route', {
  'dst-address': T.ip6Prefix,
  // An address, an interface, `address%interface`, or a comma list of those.
  gateway: T.any,
  distance: int(0, 255),
  scope: int(0, 255),
  'target-scope': int(0, 255),
  'routing-table': T.name,
  'pref-src': T.host,
  'check-gateway': oneOf('arp', 'none', 'ping'),
  'vrf-interface': T.name,
}, { commands: LIST_WITH_UNSET }), 'add', ['blackhole']), {
  blackhole: T.yesno, dynamic: T.yesno, active: T.yesno, static: T.yesno, inactive: T.yesno, 'immediate-gw': T.any,
});

const ADDRESS_TYPES = ['anycast', 'local', 'multicast', 'unicast', 'unreachable'];

/** The IPv6 filter's matchers (IPv6 addresses; `hop-limit` and `headers` instead of IPv4's TTL and options). */
const FILTER: Record<string, PropInput> = {
  chain: oneOfOrName('forward', 'input', 'output'),
  action: oneOf(
    'accept', 'add-dst-to-address-list', 'add-src-to-address-list', 'drop', 'fasttrack-connection', 'jump', 'log', 'passthrough',
    'reject', 'return',
  ),
  'reject-with': oneOf(
    'icmp-address-unreachable', 'icmp-admin-prohibited', 'icmp-err-src-routing-header', 'icmp-headers-too-long', 'icmp-no-route',
    'icmp-not-neighbour', 'icmp-port-unreachable', 'tcp-reset',
  ),
  ...COMMON_MATCHERS,
  'src-address': neg(T.ip6Prefix),
  'dst-address': neg(T.ip6Prefix),
  'src-address-type': neg(oneOf(...ADDRESS_TYPES)),
  'dst-address-type': neg(oneOf(...ADDRESS_TYPES)),
  // `equal:1`, `less-than:255`.
  'hop-limit': T.any,
  headers: neg(setOf('ah', 'dst', 'esp', 'frag', 'hop', 'none', 'proto', 'route')),
  priority: neg(T.any),
  'tcp-mss': neg(T.any),
};

export const firewallFilter: MenuSpec = withReadOnly(itemMenu('/ipv6 firewall filter', FILTER, {
  required: ['chain'],
  ordered: true,
  commands: [...LIST_WITH_UNSET, 'reset-counters'],
}), { dynamic: T.yesno, invalid: T.yesno, bytes: int(0, Number.MAX_SAFE_INTEGER), packets: int(0, Number.MAX_SAFE_INTEGER) });

export const firewallAddressList: MenuSpec = withReadOnly(itemMenu('/ipv6 firewall address-list', {
  list: T.name,
  // A prefix, an address or a DNS name.
  address: T.host,
  timeout: T.time,
}, { required: ['list', 'address'], commands: LIST_COMMANDS, addOnly: { dynamic: T.yesno } }), { dynamic: T.yesno, 'creation-time': T.any });

/** Router advertisements per interface. */
export const nd: MenuSpec = withReadOnly(itemMenu('/ipv6 nd', {
  interface: oneOfOrName('all'),
  // `3m20s-10m`: the minimum and maximum interval.
  'ra-interval': T.any,
  'ra-delay': T.time,
  'ra-lifetime': T.time,
  'ra-preference': oneOf('high', 'low', 'medium'),
  mtu: oneOfOrName('unspecified'),
  'reachable-time': oneOfOrName('unspecified'),
  'retransmit-interval': oneOfOrName('unspecified'),
  'hop-limit': oneOfOrName('unspecified'),
  'advertise-mac-address': T.yesno,
  'advertise-dns': oneOf('no', 'self', 'yes'),
  dns: { value: T.host, list: true },
  'managed-address-configuration': T.yesno,
  'other-configuration': T.yesno,
  pref64: T.ip6Prefix,
}, { commands: LIST_WITH_UNSET }), { default: T.yesno, invalid: T.yesno });

export const ndPrefix: MenuSpec = withReadOnly(itemMenu('/ipv6 nd prefix', {
  // An IPv6 prefix, or `none`: RouterOS offers both, and one enum cannot say "prefix or none".
  prefix: oneOfOrName('none'),
  interface: T.name,
  'on-link': T.yesno,
  autonomous: T.yesno,
  // A time, or `infinity`.
  'valid-lifetime': oneOfOrName('infinity'),
  'preferred-lifetime': oneOfOrName('infinity'),
  '6to4-interface': oneOfOrName('none'),
}, { commands: LIST_COMMANDS }), { dynamic: T.yesno, invalid: T.yesno });

export const dhcpClient: MenuSpec = withReadOnly(itemMenu('/ipv6 dhcp-client', {
  interface: T.name,
  request: setOf('info', 'address', 'prefix'),
  'pool-name': T.string,
  'pool-prefix-length': int(0, 128),
  'prefix-hint': T.ip6Prefix,
  'add-default-route': T.yesno,
  'default-route-distance': int(0, 255),
  'default-route-tables': { value: oneOfOrName('default'), list: true },
  'use-peer-dns': T.yesno,
  'rapid-commit': T.yesno,
  'dhcp-options': { value: T.name, list: true },
  script: T.string,
  'custom-duid': T.string,
  'use-interface-duid': T.yesno,
  'validate-server-duid': T.yesno,
  'accept-prefix-without-address': T.yesno,
  'allow-reconfigure': T.yesno,
  'check-gateway': oneOf('arp', 'bfd', 'none', 'ping'),
  'prefix-address-lists': { value: T.name, list: true },
}, { required: ['interface'], commands: LIST_WITH_UNSET, extra: { release: ON_ITEMS, renew: ON_ITEMS } }), {
  status: T.name, prefix: T.any, address: T.any, dynamic: T.yesno, invalid: T.yesno,
});

export const settings: MenuSpec = settingsMenu('/ipv6 settings', {
  forward: T.yesno,
  'disable-ipv6': T.yesno,
  'accept-redirects': oneOf('no', 'yes-if-forwarding-disabled'),
  'accept-router-advertisements': oneOf('no', 'yes', 'yes-if-forwarding-disabled'),
  'accept-router-advertisements-on': INTERFACE_LIST,
  'max-neighbor-entries': int(0, 4294967295),
  'allow-fast-path': T.yesno,
  'multipath-hash-policy': oneOf('l3', 'l3-inner', 'l4'),
  'disable-link-local-address': T.yesno,
});

/** Prefixes to hand out (manual: IPv6 Pool): from a DHCPv6 client's delegated prefix, or written by hand. */
export const pool: MenuSpec = without(withReadOnly(itemMenu('/ipv6 pool', {
  name: T.name,
  prefix: T.ip6Prefix,
  'prefix-length': int(1, 128),
}, { required: ['name', 'prefix', 'prefix-length'], commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit'] }), { dynamic: T.yesno }), ['disabled']);

export const IPV6_MENUS: readonly MenuSpec[] = [address, route, firewallFilter, firewallAddressList, nd, ndPrefix, dhcpClient, settings, pool];
