/**
 * /tool: the one-shot commands (ping, traceroute, fetch, bandwidth-test) and
 * the tool menus: netwatch, bandwidth server, MAC server, e-mail, sniffer, RoMON.
 * Manual: Tools (Ping, Traceroute, Fetch, Netwatch, E-mail, Packet Sniffer, MAC server, RoMON).
 */
import { actionMenu, command, int, itemMenu, neg, oneOf, oneOfOrName, settingsMenu, str, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { INTERFACE_LIST, LIST_WITH_UNSET, MONITOR_FLAGS, PORT, withReadOnly } from './common.js';

/** Value-less arguments of the one-shot tools. */
const RESULT_FLAGS = ['as-value', 'without-paging'];

/**
 * /tool itself: its commands take the target as the first unnamed argument
 * (`/tool ping 8.8.8.8 count=3`). Since 7.23 ping lives only here, not at the root.
 */
export const tool: MenuSpec = actionMenu('/tool', {
  ping: command({
    address: T.host,
    count: int(1, 4294967295),
    interval: T.time,
    size: int(0, 65535),
    'src-address': T.host,
    interface: T.name,
    'arp-ping': T.yesno,
    ttl: int(1, 255),
    dscp: int(0, 63),
    vrf: T.name,
    proplist: { value: T.name, list: true },
  }, { positional: ['address'], required: ['address'], flags: ['do-not-fragment', ...RESULT_FLAGS] }),
  traceroute: command({
    address: T.host,
    count: int(1, 4294967295),
    protocol: oneOf('icmp', 'udp'),
    port: PORT,
    'max-hops': int(1, 255),
    size: int(0, 65535),
    timeout: T.time,
    'src-address': T.host,
    interface: T.name,
    'use-dns': T.yesno,
    dscp: int(0, 63),
    vrf: T.name,
    duration: T.time,
    proplist: { value: T.name, list: true },
  }, { positional: ['address'], required: ['address'], flags: ['do-not-fragment', ...RESULT_FLAGS] }),
  fetch: command({
    url: T.string,
    mode: oneOf('ftp', 'http', 'https', 'sftp', 'tftp'),
    address: T.host,
    port: PORT,
    host: T.string,
    user: T.string,
    password: T.string,
    'src-path': T.string,
    'dst-path': T.string,
    'src-address': T.host,
    upload: T.yesno,
    'keep-result': T.yesno,
    output: oneOf('file', 'none', 'user', 'user-with-headers'),
    'http-method': oneOf('delete', 'get', 'head', 'patch', 'post', 'put'),
    'http-data': T.string,
    // Comma-separated `Name: value` pairs, usually quoted.
    'http-header-field': T.string,
    'http-auth-scheme': oneOf('basic', 'digest'),
    'http-content-encoding': oneOf('deflate', 'gzip'),
    'http-max-redirect-count': int(0, 100),
    'check-certificate': oneOf('no', 'yes', 'yes-without-crl'),
    certificate: T.name,
    ascii: T.yesno,
    duration: T.time,
    'idle-timeout': T.time,
    proplist: { value: T.name, list: true },
  }, { positional: ['url'], flags: ['once', ...RESULT_FLAGS] }),
  // Per-connection traffic on one interface (manual: Torch); arguments as RouterOS 7.24 has them.
  torch: command({
    interface: T.name,
    'src-address': neg(T.ipPrefix),
    'dst-address': neg(T.ipPrefix),
    'src-address6': neg(T.ip6Prefix),
    'dst-address6': neg(T.ip6Prefix),
    'ip-protocol': T.name,
    'mac-protocol': T.name,
    port: T.any,
    'vlan-id': T.any,
    dscp: T.any,
    cpu: T.any,
    duration: T.time,
    'freeze-frame-interval': T.time,
    proplist: { value: T.name, list: true },
  }, { positional: ['interface'], required: ['interface'], flags: RESULT_FLAGS }),
  'bandwidth-test': command({
    address: T.host,
    user: str(32),
    password: str(32),
    protocol: oneOf('tcp', 'udp'),
    direction: oneOf('both', 'receive', 'transmit'),
    duration: T.time,
    interval: T.time,
    'local-tx-speed': T.rate,
    'remote-tx-speed': T.rate,
    'connection-count': int(1, 255),
    'random-data': T.yesno,
    'local-udp-tx-size': int(28, 64000),
    'remote-udp-tx-size': int(28, 64000),
  }, { positional: ['address'], required: ['address'], flags: MONITOR_FLAGS }),
});

export const netwatch: MenuSpec = withReadOnly(itemMenu('/tool netwatch', {
  name: T.name,
  host: T.host,
  type: oneOf('dns', 'http-get', 'https-get', 'icmp', 'simple', 'tcp-conn'),
  interval: T.time,
  timeout: T.time,
  'up-script': T.string,
  'down-script': T.string,
  'test-script': T.string,
  port: PORT,
  'src-address': T.host,
  'packet-count': int(1, 4294967295),
  'packet-interval': T.time,
  'packet-size': int(0, 65535),
  'start-delay': T.time,
  'startup-delay': T.time,
  'thr-avg': T.time,
  'thr-max': T.time,
  'thr-jitter': T.time,
  'thr-stdev': T.time,
  'thr-loss-count': int(0, 4294967295),
  'thr-loss-percent': T.any,
  'thr-tcp-conn-time': T.time,
  'thr-http-time': T.time,
  'http-codes': T.any,
  certificate: oneOfOrName('none'),
  'check-certificate': T.yesno,
  'dns-server': T.host,
  'record-type': oneOf('A', 'AAAA', 'MX', 'NS'),
  ttl: int(1, 255),
  'accept-icmp-time-exceeded': T.yesno,
}, { required: ['host'], commands: LIST_WITH_UNSET }), { status: T.name, since: T.any });

export const bandwidthServer: MenuSpec = settingsMenu('/tool bandwidth-server', {
  enabled: T.yesno,
  authenticate: T.yesno,
  'max-sessions': int(1, 1000),
  'allocate-udp-ports-from': PORT,
  'allowed-addresses4': { value: T.ipPrefix, list: true },
  'allowed-addresses6': { value: T.ip6Prefix, list: true },
});

export const macServer: MenuSpec = settingsMenu('/tool mac-server', { 'allowed-interface-list': INTERFACE_LIST });
/** In RouterOS 7 MAC Winbox is one setting (an interface list), not a list of interfaces as in 6.x. */
export const macWinbox: MenuSpec = settingsMenu('/tool mac-server mac-winbox', { 'allowed-interface-list': INTERFACE_LIST });
export const macPing: MenuSpec = settingsMenu('/tool mac-server ping', { enabled: T.yesno });

export const email: MenuSpec = settingsMenu('/tool e-mail', {
  server: T.host,
  port: PORT,
  from: T.string,
  user: str(255),
  password: str(255),
  tls: oneOf('no', 'starttls', 'yes'),
  'certificate-verification': oneOf('no', 'yes', 'yes-without-crl'),
  vrf: T.name,
}, {
  send: command({
    to: T.string,
    cc: T.string,
    subject: T.string,
    body: T.string,
    file: { value: T.string, list: true },
    from: T.string,
    server: T.host,
    port: PORT,
    user: T.string,
    password: T.string,
    tls: oneOf('no', 'starttls', 'yes'),
  }, { required: ['to'] }),
});

export const sniffer: MenuSpec = settingsMenu('/tool sniffer', {
  'file-name': T.string,
  'file-limit': T.any,
  'memory-limit': T.any,
  'only-headers': T.yesno,
  'streaming-enabled': T.yesno,
  'streaming-server': T.any,
  'filter-interface': { value: T.name, list: true },
  'filter-direction': oneOf('any', 'rx', 'tx'),
  'filter-ip-address': neg(T.any),
  'filter-src-ip-address': neg(T.any),
  'filter-dst-ip-address': neg(T.any),
  'filter-ipv6-address': neg(T.any),
  'filter-mac-address': neg(T.any),
  'filter-port': neg(T.any),
  'filter-src-port': neg(T.any),
  'filter-dst-port': neg(T.any),
  'filter-ip-protocol': neg(T.any),
  'filter-mac-protocol': neg(T.any),
  'filter-operator-between-entries': oneOf('and', 'or'),
  'filter-stream': T.yesno,
  'max-packet-size': int(0, 65535),
}, {
  start: command({ interface: { value: T.name, list: true }, 'ip-address': T.any, port: T.any, 'ip-protocol': T.any, 'mac-address': T.any, direction: oneOf('any', 'rx', 'tx') }),
  // The capture shown on the terminal (manual: Packet Sniffer, "Quick mode"); filters as RouterOS 7.24 has them.
  quick: command({
    interface: { value: T.name, list: true },
    direction: oneOf('any', 'rx', 'tx'),
    'ip-address': neg(T.any),
    'src-ip-address': neg(T.any),
    'dst-ip-address': neg(T.any),
    'ipv6-address': neg(T.any),
    'mac-address': neg(T.any),
    port: neg(T.any),
    'src-port': neg(T.any),
    'dst-port': neg(T.any),
    'ip-protocol': neg(T.any),
    'mac-protocol': neg(T.any),
    'vlan-id': neg(T.any),
    size: neg(T.any),
    cpu: neg(T.any),
    'operator-between-entries': oneOf('and', 'or'),
    'show-frame': T.yesno,
    duration: T.time,
    'freeze-frame-interval': T.time,
    rows: T.any,
    proplist: { value: T.name, list: true },
  }, { flags: ['as-value', 'without-paging'] }),
  stop: command(),
  save: command({ 'file-name': T.string }),
});

export const romon: MenuSpec = settingsMenu('/tool romon', {
  enabled: T.yesno,
  id: T.mac,
  secrets: { value: T.string, list: true },
});

/** `/terminal`: console input and output for interactive scripts (RouterOS 7.24 command tree). */
export const terminal: MenuSpec = actionMenu('/terminal', {
  ask: command({ preinput: T.string, prompt: T.string, 'value-name': T.name }, { flags: ['sensitive'] }),
  cuu: command({ count: int(0, 4294967295) }),
  el: command(),
  inkey: command({ timeout: T.time }),
  style: command({
    style: oneOf('ambiguous', 'comment', 'error', 'escaped', 'none', 'syntax-meta', 'syntax-noterm', 'syntax-old', 'syntax-val', 'varname', 'varname-global', 'varname-local'),
  }, { positional: ['style'] }),
});

export const TOOL_MENUS: readonly MenuSpec[] = [tool, netwatch, bandwidthServer, macServer, macWinbox, macPing, email, sniffer, romon, terminal];
