/**
 * /ip dns: resolver settings, static entries and the cache.
 * Manual: IP > DNS.
 */
import { command, int, itemMenu, oneOf, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { withReadOnly, without } from './common.js';

export const dns: MenuSpec = settingsMenu('/ip dns', {
  // IPv4 or IPv6 resolvers, comma separated.
  servers: { value: T.host, list: true },
  'allow-remote-requests': T.yesno,
  // Written as 2048 or, as /export prints it, 2048KiB.
  'cache-size': T.any,
  'cache-max-ttl': T.time,
  'max-udp-packet-size': int(50, 65507),
  'query-server-timeout': T.time,
  'query-total-timeout': T.time,
  'max-concurrent-queries': int(0, 4294967295),
  'max-concurrent-tcp-sessions': int(0, 4294967295),
  'use-doh-server': T.string,
  'verify-doh-cert': T.yesno,
  'doh-max-server-connections': int(0, 4294967295),
  'doh-max-concurrent-queries': int(0, 4294967295),
  'doh-timeout': T.time,
  'address-list-extra-time': T.time,
  'mdns-repeat-ifaces': { value: T.name, list: true },
  vrf: T.name,
});

export const dnsStatic: MenuSpec = withReadOnly(itemMenu('/ip dns static', {
  name: T.name,
  regexp: T.string,
  // An IPv4 address for A records, IPv6 for AAAA.
  address: T.host,
  type: oneOf('A', 'AAAA', 'CNAME', 'FWD', 'MX', 'NS', 'NXDOMAIN', 'SRV', 'TXT'),
  ttl: T.time,
  cname: T.string,
  'forward-to': { value: T.host, list: true },
  'mx-exchange': T.string,
  'mx-preference': int(0, 65535),
  ns: T.string,
  'srv-port': int(0, 65535),
  'srv-priority': int(0, 65535),
  'srv-weight': int(0, 65535),
  'srv-target': T.string,
  text: T.string,
  'address-list': T.name,
  'match-subdomain': T.yesno,
}, { ordered: true, commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'comment', 'get', 'edit'] }), { dynamic: T.yesno });

/** The resolver cache: read-only entries, and `flush`. */
export const dnsCache: MenuSpec = without(withReadOnly(itemMenu('/ip dns cache', {}, { commands: ['print', 'find', 'get'], extra: { flush: command() } }), {
  name: T.name, type: T.name, data: T.any, ttl: T.time, static: T.yesno,
}), ['comment', 'disabled']);

export const DNS_MENUS: readonly MenuSpec[] = [dns, dnsStatic, dnsCache];
