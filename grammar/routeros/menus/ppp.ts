/**
 * /ppp: secrets (local PPP users), profiles and AAA settings.
 * Manual: PPP AAA, PPP Profile.
 */
import { int, itemMenu, oneOf, oneOfOrName, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { INTERFACE_LIST, LIST_WITH_UNSET, PPP_PROFILE, QUEUE_TYPE, withReadOnly, without } from './common.js';

export const secret: MenuSpec = withReadOnly(itemMenu('/ppp secret', {
  name: T.name,
  password: T.string,
  profile: PPP_PROFILE,
  service: oneOf('any', 'async', 'l2tp', 'ovpn', 'pppoe', 'pptp', 'sstp'),
  'local-address': T.ip,
  'remote-address': T.ip,
  'remote-ipv6-prefix': T.ip6Prefix,
  'caller-id': T.string,
  routes: T.string,
  'ipv6-routes': T.string,
  'limit-bytes-in': int(0, Number.MAX_SAFE_INTEGER),
  'limit-bytes-out': int(0, Number.MAX_SAFE_INTEGER),
}, { required: ['name'], commands: LIST_WITH_UNSET }), {
  'last-logged-out': T.any, 'last-caller-id': T.string, 'last-disconnect-reason': T.string,
});

const DEFAULT_NO_YES = oneOf('default', 'no', 'yes');

export const profile: MenuSpec = without(withReadOnly(itemMenu('/ppp profile', {
  name: T.name,
  // An address, or the name of an /ip pool.
  'local-address': T.host,
  'remote-address': T.host,
  'dns-server': { value: T.ip, list: true },
  'wins-server': { value: T.ip, list: true },
  bridge: T.name,
  'bridge-horizon': int(0, 4294967295),
  'bridge-learning': DEFAULT_NO_YES,
  'bridge-path-cost': int(1, 200000000),
  'bridge-port-priority': int(0, 240),
  'change-tcp-mss': DEFAULT_NO_YES,
  'idle-timeout': T.time,
  'session-timeout': T.time,
  'only-one': DEFAULT_NO_YES,
  'use-compression': DEFAULT_NO_YES,
  'use-encryption': oneOf('default', 'no', 'required', 'yes'),
  'use-ipv6': oneOf('default', 'no', 'required', 'yes'),
  'use-mpls': oneOf('default', 'no', 'required', 'yes'),
  'use-upnp': DEFAULT_NO_YES,
  // rx/tx rates with optional bursts: `10M/10M`, `2M/4M 4M/8M 1M/2M 16/16`.
  'rate-limit': T.any,
  'address-list': { value: T.name, list: true },
  'interface-list': INTERFACE_LIST,
  'incoming-filter': oneOfOrName('forward', 'input', 'output'),
  'outgoing-filter': oneOfOrName('forward', 'input', 'output'),
  'on-up': T.string,
  'on-down': T.string,
  'parent-queue': oneOfOrName('none'),
  'queue-type': QUEUE_TYPE,
  'insert-queue-before': oneOfOrName('bottom', 'first'),
  'dhcpv6-pd-pool': T.name,
  'remote-ipv6-prefix-pool': T.name,
}, { commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit', 'unset'] }), { default: T.yesno }), ['disabled']);

export const aaa: MenuSpec = settingsMenu('/ppp aaa', {
  'use-radius': T.yesno,
  accounting: T.yesno,
  'interim-update': T.time,
  'use-circuit-id-in-nas-port-id': T.yesno,
  'enable-ipv6-accounting': T.yesno,
});

export const PPP_MENUS: readonly MenuSpec[] = [secret, profile, aaa];
