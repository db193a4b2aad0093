/**
 * /ip dhcp-server (servers, networks, leases, options) and /ip dhcp-client.
 * Manual: IP > DHCP (server, client). The IPv6 client is in ipv6.ts.
 */
import { command, int, itemMenu, oneOf, oneOfOrName, setOf, str, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { LIST_COMMANDS, LIST_WITH_UNSET, ON_ITEMS, QUEUE_TYPE, withReadOnly, without } from './common.js';

/** Queue placement of per-lease simple queues (server and lease share these). */
const QUEUE_PLACEMENT = {
  'insert-queue-before': oneOfOrName('bottom', 'first'),
  'parent-queue': oneOfOrName('none'),
  'allow-dual-stack-queue': T.yesno,
};

export const server: MenuSpec = withReadOnly(itemMenu('/ip dhcp-server', {
  name: T.name,
  interface: T.name,
  'address-pool': oneOfOrName('static-only'),
  'lease-time': T.time,
  authoritative: oneOf('after-10sec-delay', 'after-2sec-delay', 'no', 'yes'),
  'bootp-support': oneOf('dynamic', 'none', 'static'),
  'bootp-lease-time': oneOfOrName('forever', 'lease-time'),
  'add-arp': T.yesno,
  'always-broadcast': T.yesno,
  'conflict-detection': T.yesno,
  'lease-script': T.string,
  relay: T.ip,
  'server-address': T.ip,
  'use-radius': oneOf('accounting', 'no', 'yes'),
  'use-framed-as-classless': T.yesno,
  'use-reconfigure': T.yesno,
  'dhcp-option-set': oneOfOrName('none'),
  'address-lists': { value: T.name, list: true },
  'delay-threshold': T.time,
  'client-mac-limit': oneOfOrName('unlimited'),
  'dynamic-lease-identifiers': setOf('client-mac', 'client-id', 'opt-82'),
  'support-broadband-tr101': T.yesno,
  'add-dns-entries': T.any,
  'add-dns-entries-suffix': str(64),
  ...QUEUE_PLACEMENT,
}, { required: ['interface'], commands: LIST_COMMANDS, extra: { setup: command() } }), { dynamic: T.yesno, invalid: T.yesno });

export const network: MenuSpec = without(itemMenu('/ip dhcp-server network', {
  address: T.ipPrefix,
  gateway: { value: T.ip, list: true },
  netmask: int(0, 32),
  'dns-server': { value: T.ip, list: true },
  'ntp-server': { value: T.ip, list: true },
  'wins-server': { value: T.ip, list: true },
  'caps-manager': { value: T.ip, list: true },
  'next-server': T.ip,
  domain: T.string,
  'boot-file-name': T.string,
  'dhcp-option': { value: T.name, list: true },
  'dhcp-option-set': oneOfOrName('none'),
  'dns-none': T.yesno,
  'ntp-none': T.yesno,
}, { required: ['address'], commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit', 'unset'] }), ['disabled']);

export const lease: MenuSpec = withReadOnly(itemMenu('/ip dhcp-server lease', {
  // An address, or the name of a pool to take one from.
  address: T.host,
  'mac-address': T.mac,
  'client-id': T.string,
  server: oneOfOrName('all'),
  'lease-time': T.time,
  'address-lists': { value: T.name, list: true },
  'block-access': T.yesno,
  'always-broadcast': T.yesno,
  'rate-limit': T.any,
  'use-src-mac': T.yesno,
  'dhcp-option': { value: T.name, list: true },
  'dhcp-option-set': oneOfOrName('none'),
  'queue-type': QUEUE_TYPE,
  routes: T.any,
  'agent-circuit-id': T.string,
  'agent-remote-id': T.string,
  ...QUEUE_PLACEMENT,
}, { commands: LIST_WITH_UNSET, extra: { 'make-static': ON_ITEMS, 'check-status': ON_ITEMS, 'send-reconfigure': ON_ITEMS } }), {
  dynamic: T.yesno, blocked: T.yesno, radius: T.yesno, status: T.name, 'host-name': T.string, 'active-address': T.ip,
  'active-mac-address': T.mac, 'active-client-id': T.string, 'active-server': T.name, 'expires-after': T.time,
  'last-seen': T.time, 'class-id': T.string, age: T.time,
});

/** Custom DHCP options: `value` is RouterOS's own notation (`'text'`, `0x0a`, `$(NETWORK_GATEWAY)`). */
export const option: MenuSpec = without(itemMenu('/ip dhcp-server option', {
  name: T.name,
  // 1..254, or `vendor-specific`.
  code: oneOfOrName('vendor-specific'),
  value: T.string,
  force: T.yesno,
}, { required: ['name', 'code'], commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit'] }), ['disabled']);

/** Named groups of custom options, handed out together (`dhcp-option-set=` on a network or server). */
export const optionSets: MenuSpec = without(itemMenu('/ip dhcp-server option sets', {
  name: T.name,
  options: { value: T.name, list: true },
}, { required: ['name'], commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit'] }), ['disabled']);

export const client: MenuSpec = withReadOnly(itemMenu('/ip dhcp-client', {
  interface: T.name,
  name: T.name,
  'add-default-route': oneOf('no', 'special-classless', 'yes'),
  'default-route-distance': int(0, 255),
  'default-route-tables': { value: oneOfOrName('default'), list: true },
  'use-peer-dns': T.yesno,
  'use-peer-ntp': T.yesno,
  'dhcp-options': { value: { type: 'enum', values: ['clientid', 'clientid_duid', 'hostname'], list: true, open: true } },
  script: T.string,
  'check-gateway': oneOf('arp', 'bfd', 'none', 'ping'),
  'allow-reconfigure': T.yesno,
  'use-broadcast': oneOf('always', 'both', 'never'),
  dscp: int(0, 63),
  'vlan-priority': int(0, 7),
}, { required: ['interface'], commands: LIST_WITH_UNSET, extra: { release: ON_ITEMS, renew: ON_ITEMS } }), {
  status: T.name, address: T.ipPrefix, gateway: T.ip, 'dhcp-server': T.ip, 'expires-after': T.time, dynamic: T.yesno, invalid: T.yesno,
});

export const DHCP_MENUS: readonly MenuSpec[] = [server, network, lease, option, optionSets, client];
