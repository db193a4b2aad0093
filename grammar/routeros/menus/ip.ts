/**
 * /ip: addresses, routes, pools, ARP, services and the small settings menus
 * (cloud, UPnP, SSH, proxy, traffic-flow, neighbor discovery, kernel settings),
 * plus /ip firewall service-port. DHCP, DNS, IPsec and hotspot have their own files.
 * Manual: IP Addressing, IP Routing, IP Pools, Services, Cloud, UPnP, SSH, Traffic Flow.
 */
import { command, int, itemMenu, oneOf, oneOfOrName, setOf, settingsMenu, str, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { FIXED_LIST, INTERFACE_LIST, LIST_COMMANDS, LIST_WITH_UNSET, LIST_WITHOUT_DISABLE, PORT, withFlags, withReadOnly, without } from './common.js';

export const address: MenuSpec = withReadOnly(itemMenu('/ip address', {
  // RouterOS calls this an IP address, but it is written with its prefix length (192.168.88.1/24).
  address: T.ipPrefix,
  network: T.ip,
  netmask: T.ip,
  broadcast: T.ip,
  interface: T.name,
}, { required: ['address', 'interface'], commands: LIST_COMMANDS }), {
  dynamic: T.yesno, invalid: T.yesno, 'actual-interface': T.name, slave: T.yesno, vrf: T.name,
});

/** Routes: `gateway` may be an address, an interface, `address%interface` or a comma list of those. */
export const route: MenuSpec = withReadOnly(withFlags(itemMenu('/ip route', {
  'dst-address': T.ipPrefix,
  gateway: T.any,
  distance: int(0, 255),
  scope: int(0, 255),
  'target-scope': int(0, 255),
  'routing-table': T.name,
  'pref-src': T.ip,
  'check-gateway': oneOf('arp', 'bfd', 'none', 'ping'),
  'vrf-interface': T.name,
}, { commands: LIST_WITH_UNSET }), 'add', ['blackhole']), {
  blackhole: T.yesno, dynamic: T.yesno, active: T.yesno, static: T.yesno, inactive: T.yesno, ecmp: T.yesno,
  'immediate-gw': T.any, 'hw-offloaded': T.yesno, connect: T.yesno, dhcp: T.yesno, ospf: T.yesno, bgp: T.yesno,
});

export const pool: MenuSpec = without(itemMenu('/ip pool', {
  name: T.name,
  // `192.168.88.10-192.168.88.254`, a prefix, or a comma list of those.
  ranges: { value: T.ipRange, list: true },
  'next-pool': oneOfOrName('none'),
}, { commands: LIST_WITHOUT_DISABLE }), ['disabled']);

export const arp: MenuSpec = withReadOnly(itemMenu('/ip arp', {
  address: T.ip,
  'mac-address': T.mac,
  interface: T.name,
  published: T.yesno,
}, { required: ['address', 'interface'], commands: LIST_COMMANDS }), { dynamic: T.yesno, complete: T.yesno, invalid: T.yesno, status: T.name });

/** The built-in services (api, ssh, www, winbox, ...): a fixed list, changed with `set`. */
export const service: MenuSpec = without(withReadOnly(itemMenu('/ip service', {
  port: PORT,
  // Addresses or prefixes the service answers, IPv4 or IPv6.
  address: { value: T.host, list: true },
  certificate: oneOfOrName('none'),
  'tls-version': oneOf('any', 'only-1.2'),
  'max-sessions': int(1, 1000),
  vrf: T.name,
}, { commands: FIXED_LIST }), { name: T.name, invalid: T.yesno }), ['comment']);

export const neighborDiscovery: MenuSpec = settingsMenu('/ip neighbor discovery-settings', {
  'discover-interface-list': { value: INTERFACE_LIST, negatable: true },
  'discover-interval': T.time,
  protocol: setOf('cdp', 'lldp', 'mndp'),
  mode: oneOf('rx-only', 'tx-and-rx', 'tx-only'),
  'lldp-med-net-policy-vlan': oneOfOrName('disabled'),
  'lldp-mac-phy-config': T.yesno,
  'lldp-max-frame-size': T.yesno,
  'lldp-vlan-info': T.yesno,
  'add-dns-entries': T.any,
  'add-dns-entries-suffix': str(64),
});

export const cloud: MenuSpec = settingsMenu('/ip cloud', {
  'ddns-enabled': oneOf('auto', 'no', 'yes'),
  'ddns-update-interval': T.time,
  'update-time': T.yesno,
}, { 'force-update': command() });

export const upnp: MenuSpec = settingsMenu('/ip upnp', {
  enabled: T.yesno,
  'allow-disable-external-interface': T.yesno,
  'show-dummy-rule': T.yesno,
});

export const upnpInterfaces: MenuSpec = without(itemMenu('/ip upnp interfaces', {
  interface: T.name,
  type: oneOf('external', 'internal'),
  'forced-ip': T.ip,
}, { required: ['interface', 'type'], commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'get', 'edit', 'unset'] }), ['comment']);

export const ssh: MenuSpec = settingsMenu('/ip ssh', {
  'strong-crypto': T.yesno,
  'forwarding-enabled': oneOf('both', 'local', 'no', 'remote'),
  'host-key-size': oneOf('1024', '1536', '2048', '4096', '8192'),
  'host-key-type': oneOf('ed25519', 'rsa'),
  'password-authentication': oneOf('no', 'yes', 'yes-if-no-key'),
  'publickey-authentication-options': oneOf('none', 'touch-required', 'verify-required'),
  ciphers: setOf('3des-cbc', 'aes-cbc', 'aes-ctr', 'aes-gcm', 'auto', 'null'),
}, {
  'regenerate-host-key': command(),
  'export-host-key': command({ 'key-file-prefix': T.string, passphrase: T.string }),
  'import-host-key': command({ 'private-key-file': T.string, passphrase: T.string }),
});

export const settings: MenuSpec = settingsMenu('/ip settings', {
  'ip-forward': T.yesno,
  'send-redirects': T.yesno,
  'accept-redirects': T.yesno,
  'accept-source-route': T.yesno,
  'secure-redirects': T.yesno,
  'allow-fast-path': T.yesno,
  'rp-filter': oneOf('loose', 'no', 'strict'),
  'tcp-syncookies': T.yesno,
  'tcp-timestamps': oneOf('disabled', 'enabled', 'random-offset'),
  'icmp-rate-limit': int(0, 4294967295),
  'icmp-rate-mask': T.any,
  'icmp-errors-use-inbound-interface-address': T.yesno,
  'arp-timeout': T.time,
  'max-neighbor-entries': int(0, 4294967295),
  'ipv4-multipath-hash-policy': oneOf('l3', 'l3-inner', 'l4'),
});

export const proxy: MenuSpec = settingsMenu('/ip proxy', {
  enabled: T.yesno,
  port: { value: T.ports },
  'src-address': T.host,
  'parent-proxy': T.host,
  'parent-proxy-port': PORT,
  'cache-administrator': T.string,
  'max-cache-size': oneOfOrName('none', 'unlimited'),
  'max-cache-object-size': T.any,
  'cache-on-disk': T.yesno,
  'cache-path': T.string,
  'max-client-connections': int(0, 4294967295),
  'max-server-connections': int(0, 4294967295),
  'max-fresh-time': T.time,
  'serialize-connections': T.yesno,
  'always-from-cache': T.yesno,
  'cache-hit-dscp': int(0, 63),
  anonymous: T.yesno,
}, { 'clear-cache': command(), 'reset-html': command() });

/** Connection-tracking helpers (ftp, sip, h323, ...): built-in items, switched on and off. */
export const firewallServicePort: MenuSpec = without(withReadOnly(itemMenu('/ip firewall service-port', {
  ports: T.ports,
  'sip-direct-media': T.yesno,
  'sip-timeout': T.time,
}, { commands: FIXED_LIST }), { name: T.name }), ['comment']);

export const trafficFlow: MenuSpec = settingsMenu('/ip traffic-flow', {
  enabled: T.yesno,
  interfaces: { value: { type: 'enum', values: ['all', 'dynamic', 'none', 'static'], list: true, open: true } },
  'cache-entries': oneOf('1k', '2k', '4k', '8k', '16k', '32k', '64k', '128k', '256k', '512k', '1M', '2M', '4M', '8M', '16M', '32M'),
  'active-flow-timeout': T.time,
  'inactive-flow-timeout': T.time,
  'packet-sampling': T.yesno,
  'sampling-interval': int(0, 4294967295),
  'sampling-space': int(0, 4294967295),
});

export const trafficFlowTarget: MenuSpec = without(itemMenu('/ip traffic-flow target', {
  'dst-address': T.host,
  'src-address': T.host,
  port: PORT,
  version: oneOf('1', '5', '9', 'ipfix'),
  'v9-template-refresh': int(0, 4294967295),
  'v9-template-timeout': T.time,
}, { required: ['dst-address'], commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'get', 'edit'] }), ['comment']);

/** Kid control (manual: IP > Kid Control): per day, the span the devices of a profile may use the internet (`8h-21h`). */
const KID_DAY = T.any;
export const kidControl: MenuSpec = without(itemMenu('/ip kid-control', {
  name: T.name,
  mon: KID_DAY, tue: KID_DAY, wed: KID_DAY, thu: KID_DAY, fri: KID_DAY, sat: KID_DAY, sun: KID_DAY,
  'tur-mon': KID_DAY, 'tur-tue': KID_DAY, 'tur-wed': KID_DAY, 'tur-thu': KID_DAY, 'tur-fri': KID_DAY, 'tur-sat': KID_DAY, 'tur-sun': KID_DAY,
  // `10M/10M`, or empty for no limit.
  'rate-limit': T.any,
}, { required: ['name'], commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'get', 'edit'], extra: { pause: command({ numbers: { value: T.name, list: true } }, { positional: ['numbers'] }), resume: command({ numbers: { value: T.name, list: true } }, { positional: ['numbers'] }) } }), ['comment']);

/** The devices of a kid-control profile, by MAC address. */
export const kidControlDevice: MenuSpec = without(itemMenu('/ip kid-control device', {
  name: T.name,
  'mac-address': T.mac,
  user: T.name,
}, { required: ['mac-address', 'user'], commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'get', 'edit'] }), ['comment']);

export const IP_MENUS: readonly MenuSpec[] = [
  address, route, pool, arp, service, neighborDiscovery, cloud, upnp, upnpInterfaces, ssh, settings, proxy,
  firewallServicePort, trafficFlow, trafficFlowTarget, kidControl, kidControlDevice,
];
