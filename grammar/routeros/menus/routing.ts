/**
 * /routing: tables, policy rules, OSPF (instances, areas, interface templates)
 * and BGP (instances, connections, templates) as RouterOS 7 shapes them.
 * Manual: Routing > Policy Routing, OSPF, BGP.
 */
import { int, itemMenu, oneOf, oneOfOrName, setOf, str, T, type PropInput } from '../build.js';
import type { MenuSpec } from '../types.js';
import { INTERFACE_LIST, LIST_WITH_UNSET, PORT, withFlags, withReadOnly } from './common.js';

const AS_NUMBER = int(0, 4294967295);
const REDISTRIBUTE = setOf('bgp', 'bgp-mpls-vpn', 'connected', 'dhcp', 'fantasy', 'isis', 'modem', 'ospf', 'rip', 'slaac', 'static', 'vpn');

/** `fib` (no value) makes the table usable for forwarding: `/routing table add name=to-isp2 fib`. */
export const table: MenuSpec = withReadOnly(withFlags(itemMenu('/routing table', {
  name: T.name,
}, { required: ['name'], commands: LIST_WITH_UNSET }), 'add', ['fib']), { fib: T.yesno, dynamic: T.yesno, invalid: T.yesno, used: T.yesno });

export const rule: MenuSpec = withReadOnly(itemMenu('/routing rule', {
  // IPv4 or IPv6 prefixes.
  'src-address': T.host,
  'dst-address': T.host,
  interface: T.name,
  'routing-mark': T.name,
  // `main`, or a table from /routing table.
  table: oneOfOrName('local'),
  action: oneOf('drop', 'lookup', 'lookup-only-in-table', 'mangle', 'unreachable'),
  'min-prefix': int(0, 128),
  vrf: T.name,
}, { ordered: true, commands: LIST_WITH_UNSET }), { default: T.yesno, inactive: T.yesno });

export const ospfInstance: MenuSpec = withReadOnly(itemMenu('/routing ospf instance', {
  name: T.name,
  version: oneOf('2', '3'),
  // An IPv4 address, or the name of a /routing id entry.
  'router-id': T.any,
  'originate-default': oneOf('always', 'if-installed', 'never'),
  redistribute: REDISTRIBUTE,
  'in-filter-chain': T.name,
  'out-filter-chain': T.name,
  'out-filter-select': T.name,
  'routing-table': T.name,
  vrf: T.name,
  'domain-id': T.any,
  'domain-tag': T.any,
  'mpls-te-address': T.any,
  'mpls-te-area': T.ip,
  'use-dn': T.yesno,
}, { required: ['name'], commands: LIST_WITH_UNSET }), { inactive: T.yesno });

/** `no-summaries` is written without a value on stub and NSSA areas. */
export const ospfArea: MenuSpec = withReadOnly(withFlags(itemMenu('/routing ospf area', {
  name: T.name,
  instance: T.name,
  'area-id': T.ip,
  type: oneOf('default', 'nssa', 'stub'),
  'default-cost': int(0, 16777215),
  'no-summaries': T.any,
  'nssa-translator': oneOf('candidate', 'no', 'yes'),
}, { required: ['name', 'instance'], commands: LIST_WITH_UNSET }), 'add', ['no-summaries']), { dynamic: T.yesno, inactive: T.yesno });

/** Which interfaces run OSPF, and how. `passive` is written without a value. */
export const ospfInterfaceTemplate: MenuSpec = withReadOnly(withFlags(itemMenu('/routing ospf interface-template', {
  area: T.name,
  interfaces: { value: INTERFACE_LIST, list: true },
  // IPv4 or IPv6 prefixes.
  networks: { value: T.host, list: true },
  cost: int(1, 65535),
  priority: int(0, 255),
  type: oneOf('broadcast', 'nbma', 'ptmp', 'ptmp-broadcast', 'ptp', 'ptp-unnumbered', 'virtual-link'),
  passive: T.any,
  auth: oneOf('md5', 'sha1', 'sha256', 'sha384', 'sha512', 'simple'),
  'auth-key': T.string,
  'auth-id': int(0, 255),
  'hello-interval': T.time,
  'dead-interval': T.time,
  'retransmit-interval': T.time,
  'transmit-delay': T.time,
  'instance-id': int(0, 255),
  'use-bfd': T.yesno,
  'prefix-list': T.name,
}, { required: ['area'], ordered: true, commands: LIST_WITH_UNSET }), 'add', ['passive']), { inactive: T.yesno });

/** BGP session settings shared by connections and templates. */
const BGP_SESSION: Record<string, PropInput> = {
  name: T.name,
  as: AS_NUMBER,
  afi: setOf('ip', 'ipv6', 'l2vpn', 'l2vpn-cisco', 'vpnv4', 'vpnv6', 'evpn'),
  'hold-time': oneOfOrName('infinity'),
  'keepalive-time': T.time,
  multihop: T.yesno,
  'nexthop-choice': oneOf('default', 'force-self', 'propagate'),
  'routing-table': T.name,
  templates: { value: oneOfOrName('default'), list: true },
  'use-bfd': T.yesno,
  vrf: T.name,
  'save-to': T.string,
  'input.filter': T.name,
  'input.affinity': oneOf('afi', 'alone', 'instance', 'main', 'remote-as', 'vrf'),
  'input.allow-as': int(0, 10),
  'input.accept-nlri': T.name,
  'output.filter-chain': T.name,
  'output.filter-select': T.name,
  'output.network': T.name,
  'output.redistribute': REDISTRIBUTE,
  'output.default-originate': oneOf('always', 'if-installed', 'never'),
  'output.default-prepend': int(0, 16),
  'output.remove-private-as': T.yesno,
  'output.as-override': T.yesno,
  'output.no-client-to-client-reflection': T.yesno,
  'output.keep-sent-attributes': T.yesno,
};

export const bgpConnection: MenuSpec = withReadOnly(itemMenu('/routing bgp connection', {
  ...BGP_SESSION,
  instance: T.name,
  connect: T.yesno,
  listen: T.yesno,
  'remote.address': T.host,
  'remote.as': AS_NUMBER,
  'remote.port': PORT,
  'remote.ttl': int(0, 255),
  'remote.allowed-as': T.any,
  'local.address': T.host,
  'local.role': oneOf('ebgp', 'ebgp-customer', 'ebgp-peer', 'ebgp-provider', 'ebgp-rs', 'ebgp-rs-client', 'ibgp', 'ibgp-rr'),
  'local.port': PORT,
  'local.ttl': int(0, 255),
  'tcp-md5-key': str(80),
}, { commands: LIST_WITH_UNSET }), { dynamic: T.yesno, inactive: T.yesno });

/** The BGP process (RouterOS 7.20 on): its AS and router id; every connection names one (`instance=`). */
export const bgpInstance: MenuSpec = withReadOnly(itemMenu('/routing bgp instance', {
  name: T.name,
  as: AS_NUMBER,
  // An IPv4 address, or the name of a /routing id entry.
  'router-id': T.any,
  'cluster-id': T.ip,
  'ignore-as-path-len': T.yesno,
  multipath: int(0, 4294967295),
  'routing-table': T.name,
  vrf: T.name,
}, { commands: LIST_WITH_UNSET }), { inactive: T.yesno });

export const bgpTemplate: MenuSpec = withReadOnly(itemMenu('/routing bgp template', BGP_SESSION, { commands: LIST_WITH_UNSET }), {
  default: T.yesno, inactive: T.yesno,
});

export const ROUTING_MENUS: readonly MenuSpec[] = [table, rule, ospfInstance, ospfArea, ospfInterfaceTemplate, bgpInstance, bgpConnection, bgpTemplate];
