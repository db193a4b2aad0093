/**
 * Words of the links family (issue 15): bonding and its modes, VRRP, loopbacks, MAC addresses, proxy ARP and IPv6
 * prefix delegation, and RADIUS (the netservices family). The rules read most of them by their text; listing them keeps the typo fixer off them.
 */
import type { WordSource } from './types.js';

export const LINKS_WORDS: WordSource = {
  nouns: {
    bond: 'bond', bonding: 'bond', bonded: 'bond', 'bonding interface': 'bond', 'bond interface': 'bond',
    lacp: 'lacp', '802.3ad': 'lacp', lag: 'lacp', 'link aggregation': 'lacp', etherchannel: 'lacp', 'port channel': 'lacp', 'port-channel': 'lacp',
    'active-backup': 'bond-mode', 'active backup': 'bond-mode', 'balance-rr': 'bond-mode', 'round robin': 'bond-mode', 'round-robin': 'bond-mode',
    'balance-xor': 'bond-mode', 'balance-tlb': 'bond-mode', 'balance-alb': 'bond-mode', slaves: 'bond-member', slave: 'bond-member', members: 'bond-member',
    vrrp: 'vrrp', vrid: 'vrid', 'virtual router id': 'vrid', priority: 'priority', virtual: 'virtual', vip: 'virtual', 'virtual ip': 'virtual',
    loopback: 'loopback', 'loopback interface': 'loopback', 'loopback address': 'loopback',
    'proxy arp': 'proxy-arp', 'proxy-arp': 'proxy-arp',
    'prefix delegation': 'prefix-delegation', 'delegated prefix': 'prefix-delegation', pd: 'prefix-delegation', 'dhcpv6-pd': 'prefix-delegation',
    dhcpv6: 'dhcpv6', 'dhcpv6 client': 'dhcpv6', prefix: 'prefix',
    // Network services (the netservices family): RADIUS, and whom the NTP server serves.
    radius: 'radius', 'radius server': 'radius', 'radius client': 'radius',
    ospf: 'ospf', ospfv2: 'ospf', area: 'area', backbone: 'area', 'router id': 'router-id', 'router-id': 'router-id', redistribute: 'redistribute',
  },
  misspellings: { bonidng: 'bonding', lcap: 'lacp', vrpp: 'vrrp', loopbak: 'loopback', lopback: 'loopback' },
};

/** The words, as typed, of "proxy ARP" ("enable proxy-arp on ether2", "proxy arp"). */
export const PROXY_ARP_WORDS: ReadonlySet<string> = new Set(['proxy arp', 'proxy-arp', 'proxy', 'arp']);

/** Words, as typed, that ask for IPv6 prefix delegation ("ipv6 prefix delegation on ether1", "dhcpv6 pd"). */
export const PREFIX_DELEGATION_WORDS: ReadonlySet<string> = new Set(['prefix', 'delegation', 'pd', 'dhcpv6', 'prefix delegation']);

/** The words a prefix delegation request reads: the ones that ask for it, and "delegated". */
export const DELEGATED_PREFIX_WORDS: ReadonlySet<string> = new Set([...PREFIX_DELEGATION_WORDS, 'delegated']);

/** Words, as typed, of IPv6 settings other than IPv6 itself, which turning IPv6 on or off does not read ("ipv6 firewall"). */
export const IPV6_PART_WORDS: ReadonlySet<string> = new Set(['prefix', 'firewall', 'route', 'routes', 'address', 'addresses']);
