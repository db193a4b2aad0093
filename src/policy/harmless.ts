/**
 * The reviewed table of harmless operations. The policy fails closed by
 * construction: a command is harmless only when this table clears it (or a
 * specific rule examined it and judged it safe). Everything else is
 * destructive, and `unknown-change` says what was not understood: an unknown
 * menu, an unknown command, a schema error, an add to a menu that changes
 * forwarding, NAT, routing, DNS or bridging, or a property nobody reviewed.
 *
 * Specific rules run before the table and explain the destructive shapes of
 * operations the table otherwise clears (a NAT rule without an incoming side,
 * a route that covers the default in two halves, a DNS regexp matching every
 * name): the table says what is harmless in general, a rule's finding wins.
 *
 * Facts: MikroTik's manual (Firewall, NAT, Mangle, Routing, DNS, Bridging,
 * Wireless, Scripting) and the RouterOS 7.24 command tree.
 */
import { isTrustedList } from './defaults.js';
import type { Command } from '../ast/nodes.js';
import { menuKey, menuLevels, SCHEMA } from '../../grammar/routeros/index.js';
import { validateMenuCommand } from '../rsc/validate.js';
import { arg, bool, changedProperties, literal, menu, menuText } from './args.js';
import { isWide, parsePrefix } from './prefixes.js';

/** What a menu changes, for the message when an add there is not cleared. */
export type Area = 'forwarding' | 'NAT' | 'routing' | 'DNS' | 'bridging' | 'firewall' | 'interfaces' | 'wireless' | 'management' | 'system';

/** Null when the command is harmless; otherwise what is not known harmless about it (`action=jump`). */
export type Check = (command: Command) => string | null;

export interface MenuRow {
  /** What the menu's items change. */
  readonly area: Area;
  /** `add` (an add with `disabled=yes` is always harmless: the item does nothing). */
  readonly add?: true | Check;
  /** `enable`, and `set disabled=no`. */
  readonly enable?: true | Check;
  /** `remove` and `disable` (and `set disabled=yes`). */
  readonly remove?: true | Check;
  /** `set`/`unset`: every property (`any`), the listed properties, or a check. */
  readonly set?: 'any' | ReadonlySet<string> | Check;
  /** Other commands of the menu that change nothing that matters (`force-update`, `make-static`). */
  readonly commands?: Readonly<Record<string, true | Check>>;
}

/** Why a command is not cleared: the message id of `unknown-change` and its data. */
export interface Unclear {
  readonly messageId: 'unknownMenu' | 'unknownCommand' | 'schema' | 'areaAdd' | 'notHarmless' | 'unknownSet';
  readonly data: Readonly<Record<string, string>>;
}

/** Commands that only read or measure, harmless in any menu (even one the table does not know). */
export const READ_ONLY: ReadonlySet<string> = new Set([
  'print', 'export', 'get', 'find', 'monitor', 'monitor-traffic', 'ping', 'traceroute', 'torch', 'profile',
  'reset-counters', 'reset-counters-all', 'reset-statistics', 'reset-alert', 'blink', 'check-for-updates',
  'show-client-config', 'info', 'warning', 'error', 'debug', 'check-status', 'flush-counters',
  // A timed bandwidth test loads the link only while it runs.
  'bandwidth-test',
]);

/**
 * Script commands at the root (`:put`, `:if`, `/export`). The code they hold
 * (`do={...}`, `:execute "..."`, `[:parse ...]`) is checked on its own, so the
 * command itself is harmless. Not here: `:import` (script-run), `:undo`/`:redo`
 * (they replay or revert changes nobody can see here), `:password` (changes
 * the logged-in user's password).
 */
const ROOT_HARMLESS: ReadonlySet<string> = new Set([
  'local', 'global', 'set', 'if', 'while', 'do', 'for', 'foreach', 'onerror', 'retry', 'put', 'delay', 'return', 'error',
  'len', 'typeof', 'tostr', 'tonum', 'toip', 'toip6', 'toid', 'tobool', 'totime', 'tonsec', 'toarray', 'tocrlf', 'tolf',
  'pick', 'find', 'parse', 'execute', 'serialize', 'deserialize', 'convert', 'jobname', 'beep', 'resolve', 'time',
  'timestamp', 'rndnum', 'rndstr', 'range', 'grep', 'lock', 'nothing', 'break', 'continue', 'exit', 'quit', 'export',
  'environment', 'log', 'ping', 'traceroute', 'recursive-print',
]);

/** Properties whose change never cuts anything, in any menu: names and comments (RouterOS follows references by id) and script hooks (their code is checked on its own). */
const HARMLESS_ANYWHERE: ReadonlySet<string> = new Set([
  'comment', 'name', 'on-event', 'source', 'up-script', 'down-script', 'test-script', 'lease-script', 'on-up', 'on-down',
  'on-login', 'on-logout', 'on-master', 'on-backup', 'on-fail',
]);

// ---------------------------------------------------------------------------
// Checks used by the table
// ---------------------------------------------------------------------------

/** The action of a new rule, `accept` when not given (RouterOS's default for filter, raw, mangle and NAT). */
function actionOf(command: Command, fallback = 'accept'): string | null {
  const value = arg(command, 'action');
  return value === undefined ? fallback : literal(value);
}

const actions = (allowed: readonly string[], what: string): Check => (command) => {
  const action = actionOf(command);
  if (action === null) return `an action computed at run time in ${what}`;
  return allowed.includes(action) ? null : `action=${action}`;
};

/** Filter actions that cannot cut traffic: they let it through or only note it (address lists act only through rules that name them). */
const FILTER_ADD = actions(['accept', 'log', 'passthrough', 'add-src-to-address-list', 'add-dst-to-address-list'], 'a filter rule');
/** Raw: the same, and `notrack` (without a matcher it is all-traffic-action's). */
const RAW_ADD = actions(['accept', 'log', 'passthrough', 'add-src-to-address-list', 'add-dst-to-address-list', 'notrack'], 'a raw rule');
/** NAT actions whose destructive shapes the nat-change rule knows; netmap, same, jump and the endpoint-independent NAT are not reviewed. */
const NAT_ADD = actions(['accept', 'log', 'passthrough', 'masquerade', 'src-nat', 'dst-nat', 'redirect', 'add-src-to-address-list', 'add-dst-to-address-list', 'return'], 'a NAT rule');
/** Mangle actions whose destructive shapes the mangle-change rule knows (marks, TTL, MSS, DSCP on all traffic). */
const MANGLE_ADD = actions([
  'accept', 'log', 'passthrough', 'add-src-to-address-list', 'add-dst-to-address-list', 'mark-connection', 'mark-packet',
  'mark-routing', 'change-mss', 'change-ttl', 'change-dscp', 'set-priority', 'sniff-tzsp', 'sniff-pc', 'strip-ipv4-options', 'clear-df',
], 'a mangle rule');
/** Bridge filter: accepting, logging and marking only; drops are firewall-drop's. */
const BRIDGE_FILTER_ADD = actions(['accept', 'log', 'passthrough', 'mark-packet', 'set-priority'], 'a bridge filter rule');
const BRIDGE_NAT_ADD = actions(['accept', 'log', 'passthrough', 'mark-packet'], 'a bridge NAT rule');

/** An address or prefix value narrower than a large part of the address space. */
function narrowAddress(name: string): Check {
  return (command) => {
    const value = arg(command, name);
    if (value === undefined) return null;
    const text = literal(value);
    if (text === null) return `${name} computed at run time`;
    for (const part of text.split(',')) {
      const prefix = parsePrefix(part.replace(/-.*$/, ''));
      if (prefix && isWide(prefix)) return `${name}=${part} (covers a large part of the address space)`;
    }
    return null;
  };
}

/** An IPsec policy sends what it matches into the tunnel: a wide destination takes over the internet path. */
const IPSEC_POLICY_ADD: Check = (command) => {
  if (arg(command, 'dst-address') === undefined) return 'a policy without dst-address (it matches every destination)';
  return narrowAddress('dst-address')(command);
};

/** Wireless access lists: accepting entries only (a rejecting or non-forwarding entry is wifi-change's). */
const ACCESS_LIST_ADD: Check = (command) => {
  if (bool(arg(command, 'authentication')) === false) return 'authentication=no';
  if (arg(command, 'forwarding') !== undefined && bool(arg(command, 'forwarding')) !== true) return 'forwarding=no';
  const action = literal(arg(command, 'action'));
  if (action !== null && action !== 'accept' && action !== 'query-radius') return `action=${action}`;
  return null;
};

/**
 * Interface list members: joining a LAN-like list only adds trust. Joining any
 * other list (WAN, a list that firewall rules drop) can cut the interface's
 * management; which rules use the list is not known here.
 */
const LIST_MEMBER_ADD: Check = (command) => {
  const list = literal(arg(command, 'list'));
  if (list === null || list === undefined) return 'a member of a list not named here';
  return isTrustedList(list) ? null : `a member of list ${list}, whose firewall use is not known here`;
};

/** Hotspot IP bindings: `bypassed` and `regular` let a device through; `blocked` cuts it. */
const IP_BINDING_ADD: Check = (command) => (literal(arg(command, 'type')) === 'blocked' ? 'type=blocked' : null);

/** DNS settings that cannot take name resolution away (servers, cache and DoH tuning, opening the resolver). */
const DNS_SETTINGS: Check = (command) => {
  const bad = changedProperties(command).filter((p) => !DNS_PROPERTIES.has(p) || (p === 'allow-remote-requests' && bool(arg(command, p)) !== true));
  return bad.length === 0 ? null : bad.join(', ');
};
const DNS_PROPERTIES = new Set([
  'servers', 'allow-remote-requests', 'cache-size', 'cache-max-ttl', 'max-udp-packet-size', 'query-server-timeout',
  'query-total-timeout', 'max-concurrent-queries', 'max-concurrent-tcp-sessions', 'use-doh-server', 'verify-doh-cert',
  'doh-max-server-connections', 'doh-max-concurrent-queries', 'doh-timeout', 'address-list-extra-time', 'mdns-repeat-ifaces',
]);

const VPN_SERVER_ON: Check = (command) => (bool(arg(command, 'enabled')) === true ? null : changedProperties(command).join(', '));

const props = (...names: string[]): ReadonlySet<string> => new Set(names);

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

const FIREWALL = { area: 'firewall' as const, commands: {} };
const SETTINGS_ANY = (area: Area): MenuRow => ({ area, set: 'any', add: true, remove: true, enable: true });

/**
 * Per menu, what is harmless. A menu listed here with no entry for a command
 * means that command is not cleared (destructive, `unknown-change`). Menus the
 * schema knows but this table does not list clear nothing but reads.
 */
export const TABLE: Readonly<Record<string, MenuRow>> = {
  // Firewall. Removing, disabling, moving and rewriting rules is firewall-rule-change's; enabling is cleared by it when the selector names a harmless action.
  '/ip/firewall/filter': { ...FIREWALL, add: FILTER_ADD },
  '/ipv6/firewall/filter': { ...FIREWALL, add: FILTER_ADD },
  '/ip/firewall/raw': { ...FIREWALL, add: RAW_ADD },
  '/ipv6/firewall/raw': { ...FIREWALL, add: RAW_ADD },
  '/ip/firewall/nat': { area: 'NAT', add: NAT_ADD },
  '/ipv6/firewall/nat': { area: 'NAT', add: NAT_ADD },
  '/ip/firewall/mangle': { area: 'forwarding', add: MANGLE_ADD },
  '/ipv6/firewall/mangle': { area: 'forwarding', add: MANGLE_ADD },
  '/ip/firewall/address-list': { area: 'firewall', add: narrowAddress('address') },
  '/ipv6/firewall/address-list': { area: 'firewall', add: narrowAddress('address') },
  '/ip/firewall/layer7-protocol': { area: 'firewall', add: true, set: props('regexp') },
  '/ip/firewall/service-port': { area: 'firewall', enable: true },
  // Known menus with nothing cleared but `enabled=yes`: connection tracking (short timeouts end idle sessions, `enabled=no` stops NAT), the SOCKS proxy, the bridge's firewall settings (use-ip-firewall puts bridged traffic through the forward chain's drops).
  '/ip/firewall/connection/tracking': { area: 'firewall' },
  '/ip/socks': { area: 'forwarding' },
  '/interface/bridge/settings': { area: 'bridging' },

  // Addressing and routing. Route adds, removals and changes are route-change's.
  '/ip/address': { area: 'forwarding', add: narrowAddress('address') },
  '/ipv6/address': { area: 'forwarding', add: narrowAddress('address') },
  '/ip/route': { area: 'routing' },
  '/ipv6/route': { area: 'routing' },
  '/ip/pool': { area: 'forwarding', add: true },
  '/ipv6/pool': { area: 'forwarding', add: true },
  '/routing/table': { area: 'routing', add: true },
  '/routing/rule': { area: 'routing', add: true },
  '/routing/ospf/instance': { area: 'routing', add: true },
  '/routing/ospf/area': { area: 'routing', add: true },
  '/routing/bgp/template': { area: 'routing', add: true },
  // A BGP instance holds the AS and router id; it learns and announces nothing until a connection names it.
  '/routing/bgp/instance': { area: 'routing', add: true },
  // Interfaces in OSPF, BGP sessions and route filters change which routes the router learns and announces.
  '/routing/ospf/interface-template': { area: 'routing' },
  '/routing/bgp/connection': { area: 'routing' },
  '/routing/filter/rule': { area: 'routing' },
  // A static ARP entry or a hotspot on an interface decides who reaches whom there.
  '/ip/arp': { area: 'forwarding' },
  '/ip/hotspot': { area: 'forwarding' },
  // A kid-control profile with a new name holds no device yet; a device added to one loses the internet outside its hours.
  '/ip/kid-control': { area: 'forwarding', add: true },
  '/ip/kid-control/device': { area: 'forwarding' },
  '/ip/vrf': { area: 'routing' },
  '/ip/dhcp-server': { area: 'forwarding', add: true, enable: true, set: props('lease-time', 'authoritative', 'add-arp', 'always-broadcast', 'use-radius', 'lease-script') },
  '/ip/dhcp-server/network': { area: 'forwarding', add: true },
  '/ip/dhcp-server/lease': { area: 'forwarding', add: true, enable: true, commands: { 'make-static': true } },
  '/ip/dhcp-server/option': { area: 'forwarding', add: true },
  '/ip/dhcp-server/option/sets': { area: 'forwarding', add: true },
  // A new address client's default route is client-default-route's.
  '/ip/dhcp-client': { area: 'forwarding', add: true, commands: { renew: true } },
  '/ipv6/dhcp-client': { area: 'forwarding', add: true, commands: { renew: true } },
  '/ipv6/nd': { area: 'forwarding', add: true },
  '/ipv6/nd/prefix': { area: 'forwarding', add: true },
  '/ip/ipsec/peer': { area: 'forwarding', add: true },
  '/ip/ipsec/identity': { area: 'forwarding', add: true },
  '/ip/ipsec/proposal': { area: 'forwarding', add: true },
  '/ip/ipsec/profile': { area: 'forwarding', add: true },
  '/ip/ipsec/policy': { area: 'forwarding', add: IPSEC_POLICY_ADD },
  '/ip/upnp': { area: 'forwarding', set: props('enabled', 'allow-disable-external-interface', 'show-dummy-rule') },
  '/ip/upnp/interfaces': { area: 'forwarding', add: true, remove: true, enable: true },
  '/ip/traffic-flow': { area: 'system', set: 'any' },
  '/ip/traffic-flow/target': { area: 'system', add: true, remove: true, enable: true },
  '/ip/cloud': { area: 'system', set: 'any', commands: { 'force-update': true } },

  // DNS. allow-remote-requests=no and static entries that match every name are dns-change's.
  '/ip/dns': { area: 'DNS', set: DNS_SETTINGS },
  '/ip/dns/static': { area: 'DNS', add: true, remove: true, enable: true, set: 'any' },
  '/ip/dns/cache': { area: 'DNS', commands: { flush: true } },
  '/ip/dns/forwarders': { area: 'DNS', add: true },
  '/ip/dns/adlist': { area: 'DNS', add: true, remove: true, enable: true },

  // Interfaces. Removing, disabling and MTU/ARP changes are interface-change's.
  '/interface': { area: 'interfaces', enable: true },
  '/interface/ethernet': { area: 'interfaces', enable: true },
  '/interface/vlan': { area: 'interfaces', add: true, enable: true },
  '/interface/list': { area: 'interfaces', add: true },
  '/interface/list/member': { area: 'interfaces', add: LIST_MEMBER_ADD },
  '/interface/wireguard': { area: 'interfaces', add: true, enable: true, commands: { 'wg-export': true } },
  '/interface/wireguard/peers': { area: 'interfaces', add: true, enable: true },
  '/interface/eoip': { area: 'interfaces', add: true, enable: true },
  '/interface/gre': { area: 'interfaces', add: true, enable: true },
  '/interface/ipip': { area: 'interfaces', add: true, enable: true },
  '/interface/vxlan': { area: 'interfaces', add: true, enable: true },
  '/interface/veth': { area: 'interfaces', add: true },
  '/interface/macvlan': { area: 'interfaces', add: true },
  '/interface/vrrp': { area: 'interfaces', add: true },
  '/interface/bonding': { area: 'interfaces', add: true },
  // Address clients: their default route is client-default-route's.
  '/interface/pppoe-client': { area: 'routing', add: true },
  '/interface/l2tp-client': { area: 'routing', add: true },
  '/interface/sstp-client': { area: 'routing', add: true },
  '/interface/ovpn-client': { area: 'routing', add: true },
  '/interface/pptp-client': { area: 'routing', add: true },
  // VPN servers: turning one on (with its secret and profile) opens a way in, it cuts nothing; changing a running one is not reviewed.
  '/interface/l2tp-server/server': { area: 'interfaces', set: VPN_SERVER_ON },
  '/interface/pptp-server/server': { area: 'interfaces', set: VPN_SERVER_ON },
  '/interface/sstp-server/server': { area: 'interfaces', set: VPN_SERVER_ON },
  '/interface/ovpn-server/server': { area: 'interfaces', set: VPN_SERVER_ON },

  // Bridging. Ports, VLAN filtering and the VLAN table's untagged members are bridge-port's and bridge-change's.
  // A new bridge has no ports, so it carries no traffic yet, VLAN filtering or not.
  '/interface/bridge': { area: 'bridging', add: true, enable: true },
  '/interface/bridge/port': { area: 'bridging' },
  '/interface/bridge/vlan': { area: 'bridging', add: true },
  '/interface/bridge/filter': { area: 'bridging', add: BRIDGE_FILTER_ADD },
  '/interface/bridge/nat': { area: 'bridging', add: BRIDGE_NAT_ADD },

  // Wireless. Changes to SSIDs, security and modes are wifi-change's.
  '/interface/wifi': { area: 'wireless', add: true, enable: true },
  '/interface/wifi/security': { area: 'wireless', add: true },
  '/interface/wifi/configuration': { area: 'wireless', add: true },
  '/interface/wifi/datapath': { area: 'wireless', add: true },
  '/interface/wifi/access-list': { area: 'wireless', add: ACCESS_LIST_ADD },
  '/interface/wireless': { area: 'wireless', add: true, enable: true },
  '/interface/wireless/security-profiles': { area: 'wireless', add: true },
  '/interface/wireless/access-list': { area: 'wireless', add: ACCESS_LIST_ADD },
  '/interface/wifiwave2/access-list': { area: 'wireless', add: ACCESS_LIST_ADD },
  '/caps-man/access-list': { area: 'wireless', add: ACCESS_LIST_ADD },
  '/caps-man/configuration': { area: 'wireless', add: true },
  '/caps-man/security': { area: 'wireless', add: true },

  // Management. Changes to services, users and MAC access are management-service's, user-change's and mac-access's.
  '/ip/service': { area: 'management', enable: true },
  // Strong crypto drops SHA-1 and 3DES-era ciphers and needs 2048-bit DH: every SSH client of this decade offers the strong set (see docs/policy-rules.md).
  '/ip/ssh': { area: 'management', set: props('strong-crypto', 'host-key-size'), commands: { 'export-host-key': true } },
  '/user': { area: 'management', add: true, enable: true },
  '/user/group': { area: 'management', add: true },
  '/user/ssh-keys': { area: 'management' },
  '/user/aaa': { area: 'management' },
  '/ppp/secret': { area: 'management', add: true, enable: true },
  '/ppp/profile': { area: 'management', add: true },
  '/ip/hotspot/user': { area: 'management', add: true, enable: true },
  '/ip/hotspot/user/profile': { area: 'management', add: true },
  '/ip/hotspot/profile': { area: 'management', add: true },
  '/ip/hotspot/walled-garden': { area: 'management', add: true, enable: true },
  '/ip/hotspot/walled-garden/ip': { area: 'management', add: true, enable: true },
  '/ip/hotspot/ip-binding': { area: 'management', add: IP_BINDING_ADD },
  '/snmp': SETTINGS_ANY('system'),
  '/snmp/community': SETTINGS_ANY('system'),
  '/radius': { area: 'management', add: true },
  '/certificate': { area: 'system', add: true, commands: { sign: true, 'create-certificate-request': true, 'export-certificate': true } },

  // Harmless settings: names, clocks, logging, notes, graphs, e-mail, the NTP client.
  '/system/identity': SETTINGS_ANY('system'),
  '/system/clock': SETTINGS_ANY('system'),
  '/system/clock/manual': SETTINGS_ANY('system'),
  '/system/note': SETTINGS_ANY('system'),
  '/system/ntp/client': { ...SETTINGS_ANY('system'), commands: { 'reset-freq-drift': true } },
  '/system/ntp/client/servers': SETTINGS_ANY('system'),
  '/system/ntp/server': SETTINGS_ANY('system'),
  '/system/logging': SETTINGS_ANY('system'),
  '/system/logging/action': SETTINGS_ANY('system'),
  '/system/leds': SETTINGS_ANY('system'),
  '/system/leds/settings': SETTINGS_ANY('system'),
  '/tool/e-mail': { ...SETTINGS_ANY('system'), commands: { send: true } },
  '/tool/graphing': SETTINGS_ANY('system'),
  '/tool/graphing/interface': SETTINGS_ANY('system'),
  '/tool/graphing/resource': SETTINGS_ANY('system'),
  '/tool/graphing/queue': SETTINGS_ANY('system'),
  '/tool/sniffer': { ...SETTINGS_ANY('system'), commands: { start: true, stop: true, save: true, quick: true } },
  '/tool/bandwidth-server': { area: 'system', set: 'any' },
  '/tool': { area: 'system', commands: { fetch: fetchCheck } },
  // Which interfaces announce the router (MNDP/CDP/LLDP): MAC WinBox logins go through /tool mac-server, not this.
  '/ip/neighbor/discovery-settings': SETTINGS_ANY('system'),
  '/ip/proxy': { area: 'forwarding', set: props('cache-administrator', 'max-cache-size', 'cache-on-disk'), commands: { 'clear-cache': true } },
  '/ip/smb': { area: 'system', set: 'any' },
  '/ip/smb/shares': SETTINGS_ANY('system'),
  '/ip/smb/users': SETTINGS_ANY('system'),

  // Queues: a new queue limits what it names; removing or disabling one lifts a limit. Changing a running queue's limits is not reviewed (it may throttle your own session).
  '/queue/simple': { area: 'forwarding', add: true, remove: true, enable: true },
  '/queue/tree': { area: 'forwarding', add: true, remove: true, enable: true },
  '/queue/type': { area: 'forwarding', add: true, remove: true },

  // Scripts, schedules and watchers: their code is checked as embedded scripts; removing them is data-removal's.
  '/system/script': { area: 'system', add: true },
  '/system/scheduler': { area: 'system', add: true },
  '/tool/netwatch': { area: 'system', add: true },
  '/system/script/environment': { area: 'system', remove: true },
  '/system/backup': { area: 'system', commands: { save: true } },
  '/file': { area: 'system', add: true },
  '/container': { area: 'system', add: true, commands: { start: true } },
  '/container/config': { area: 'system', set: 'any' },
  '/container/envs': { area: 'system', add: true },
  '/container/mounts': { area: 'system', add: true },

  // System: package updates are package-change's; the RouterBOARD and license are not cleared.
  '/system/package/update': { area: 'system', set: props('channel') },
  '/system/resource': { area: 'system' },
  '/system/license': { area: 'system' },
};

/** `/tool fetch`: downloading into memory (`output=user`) or to a new file; uploading or overwriting is not reviewed. */
function fetchCheck(command: Command): string | null {
  const mode = literal(arg(command, 'upload'));
  if (mode !== null && mode !== undefined && mode !== 'no') return 'upload=yes';
  return null;
}

/** Menus that RouterOS 7 has but the schema does not describe: listed in the table, or levels above them. */
let levels: ReadonlySet<string> | undefined;
export function isKnownMenuLevel(path: readonly string[]): boolean {
  if (!levels) {
    const all = new Set(menuLevels(SCHEMA));
    for (const key of Object.keys(TABLE)) {
      const parts = key.split('/').filter(Boolean);
      for (let i = 1; i <= parts.length; i++) all.add(menuKey(parts.slice(0, i)));
    }
    levels = all;
  }
  return levels.has(menuKey(path));
}

// ---------------------------------------------------------------------------
// Judging one command
// ---------------------------------------------------------------------------

function run(entry: true | Check | undefined, command: Command): string | null | undefined {
  if (entry === undefined) return undefined;
  return entry === true ? null : entry(command);
}

const AREA_TEXT: Readonly<Record<Area, string>> = {
  forwarding: 'how traffic is forwarded', NAT: 'NAT', routing: 'routing', DNS: 'DNS', bridging: 'bridging', firewall: 'the firewall',
  interfaces: 'interfaces', wireless: 'wireless access', management: 'management access', system: 'system state',
};

/**
 * Null when the table clears the command; otherwise why it is not cleared.
 * The engine asks only about commands no specific rule reported or examined.
 */
export function judge(command: Command): Unclear | null {
  const where = menu(command);
  const data = { verb: command.name, menu: menuText(command) };
  if (command.path.length === 0) {
    if (ROOT_HARMLESS.has(command.name)) return null;
    return { messageId: 'unknownCommand', data: { ...data, menu: 'the root menu' } };
  }
  if (READ_ONLY.has(command.name)) return null;
  const row = TABLE[where];
  const spec = SCHEMA.menus.get(where);
  if (!row && !spec) return { messageId: 'unknownMenu', data };
  if (spec && !(command.name in spec.commands) && !row?.commands?.[command.name] && !GENERIC.has(command.name)) {
    return { messageId: 'unknownCommand', data };
  }
  // The table may know a command the schema leaves out (`/tool sniffer quick`): then only the arguments are the schema's to judge.
  if (spec && (command.name in spec.commands || GENERIC.has(command.name))) {
    const problem = schemaProblem(command);
    if (problem) return { messageId: 'schema', data: { ...data, problem } };
  }
  const notHarmless = (detail: string): Unclear => ({ messageId: 'notHarmless', data: { ...data, detail } });
  switch (command.name) {
    case 'add': {
      if (bool(arg(command, 'disabled')) === true) return null;
      const result = run(row?.add, command);
      if (result === null) return null;
      if (result === undefined) return row ? { messageId: 'areaAdd', data: { ...data, area: AREA_TEXT[row.area] } } : notHarmless('the table of harmless operations does not list this menu');
      return notHarmless(result);
    }
    case 'enable':
      return run(row?.enable, command) === null ? null : notHarmless('turning the selected items on');
    case 'remove':
    case 'disable':
      return run(row?.remove, command) === null ? null : notHarmless(command.name === 'remove' ? 'removing the selected items' : 'turning the selected items off');
    case 'comment':
      return null;
    case 'set':
    case 'unset':
      return judgeSet(command, row);
    default: {
      const entry = row?.commands?.[command.name];
      const result = run(entry, command);
      if (result === null) return null;
      return notHarmless(result ?? 'what this command does');
    }
  }
}

/** Commands every RouterOS list menu has even when the schema leaves them out. */
const GENERIC = new Set(['comment', 'enable', 'disable', 'unset']);

function judgeSet(command: Command, row: MenuRow | undefined): Unclear | null {
  const data = { verb: command.name, menu: menuText(command) };
  const unclear: string[] = [];
  for (const name of changedProperties(command)) {
    if (HARMLESS_ANYWHERE.has(name)) continue;
    if (name === 'disabled') {
      const on = bool(arg(command, 'disabled')) === false;
      if (run(on ? row?.enable : row?.remove, command) !== null) unclear.push(name);
      continue;
    }
    // Turning a feature on is judged like the `enable` verb: it takes nothing away (the warning rules look at what it opens).
    if (name === 'enabled' && bool(arg(command, 'enabled')) === true && !TURNS_OVER.has(menu(command))) continue;
    const set = row?.set;
    if (set === 'any') continue;
    if (set instanceof Set) {
      if (!set.has(name)) unclear.push(name);
      continue;
    }
    if (typeof set === 'function') {
      const result = set(command);
      if (result !== null) unclear.push(result);
      return unclear.length === 0 ? null : { messageId: 'unknownSet', data: { ...data, properties: [...new Set(unclear)].join(', ') } };
    }
    unclear.push(name);
  }
  return unclear.length === 0 ? null : { messageId: 'unknownSet', data: { ...data, properties: unclear.join(', ') } };
}

/** Menus where `enabled=yes` hands the device over to something else (CAPsMAN takes over the radios). */
const TURNS_OVER = new Set(['/interface/wireless/cap', '/interface/wifi/cap', '/caps-man/manager']);

/** The schema's objection to a command (an argument it does not know, a wrong value), or null. */
function schemaProblem(command: Command): string | null {
  for (const d of validateMenuCommand(command)) if (d.severity === 'error' && d.kind === 'schema') return d.message;
  return null;
}
