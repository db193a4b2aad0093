/**
 * /ip hotspot (basic): servers, server profiles, users, user profiles, the
 * walled garden and IP bindings. Manual: IP > Hotspot.
 */
import { command, int, itemMenu, neg, oneOf, oneOfOrName, setOf, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { LIST_COMMANDS, LIST_WITH_UNSET, ON_ITEMS, QUEUE_TYPE, withReadOnly, without } from './common.js';

export const hotspot: MenuSpec = without(withReadOnly(itemMenu('/ip hotspot', {
  name: T.name,
  interface: T.name,
  'address-pool': oneOfOrName('none'),
  profile: oneOfOrName('default'),
  // Times, or `none`.
  'idle-timeout': T.time,
  'keepalive-timeout': T.time,
  'login-timeout': T.time,
  'addresses-per-mac': oneOfOrName('unlimited'),
}, {
  required: ['interface'],
  commands: ['add', 'set', 'remove', 'enable', 'disable', 'print', 'find', 'export', 'get', 'edit'],
  extra: { setup: command(), 'reset-html': ON_ITEMS },
}), { invalid: T.yesno }), ['comment']);

export const profile: MenuSpec = without(withReadOnly(itemMenu('/ip hotspot profile', {
  name: T.name,
  'hotspot-address': T.ip,
  'dns-name': T.string,
  'html-directory': T.string,
  'html-directory-override': T.string,
  'login-by': setOf('mac', 'cookie', 'http-chap', 'https', 'http-pap', 'trial', 'mac-cookie'),
  'use-radius': T.yesno,
  'radius-accounting': T.yesno,
  'radius-interim-update': oneOfOrName('received'),
  'rate-limit': T.any,
  'ssl-certificate': oneOfOrName('none'),
  'http-cookie-lifetime': T.time,
  'http-proxy': T.any,
  'smtp-server': T.ip,
  'split-user-domain': T.yesno,
  'trial-uptime-limit': T.time,
  'trial-uptime-reset': T.time,
  'trial-user-profile': oneOfOrName('default'),
  'mac-auth-mode': oneOf('mac-as-username', 'mac-as-username-and-password'),
  'mac-auth-password': T.string,
  'install-hotspot-queue': T.yesno,
}, { commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'get', 'edit'] }), { default: T.yesno }), ['comment', 'disabled']);

export const user: MenuSpec = withReadOnly(itemMenu('/ip hotspot user', {
  name: T.name,
  password: T.string,
  profile: oneOfOrName('default'),
  server: oneOfOrName('all'),
  address: T.ip,
  'mac-address': T.mac,
  email: T.string,
  'limit-uptime': T.time,
  'limit-bytes-in': int(0, Number.MAX_SAFE_INTEGER),
  'limit-bytes-out': int(0, Number.MAX_SAFE_INTEGER),
  'limit-bytes-total': int(0, Number.MAX_SAFE_INTEGER),
  routes: T.string,
}, { required: ['name'], commands: [...LIST_COMMANDS, 'reset-counters'] }), { dynamic: T.yesno, uptime: T.any });

export const userProfile: MenuSpec = without(withReadOnly(itemMenu('/ip hotspot user profile', {
  name: T.name,
  'rate-limit': T.any,
  'shared-users': oneOfOrName('unlimited'),
  'idle-timeout': T.time,
  'keepalive-timeout': T.time,
  'session-timeout': T.time,
  'address-pool': oneOfOrName('none'),
  'address-list': T.name,
  'mac-cookie-timeout': T.time,
  'add-mac-cookie': T.yesno,
  'transparent-proxy': T.yesno,
  'on-login': T.string,
  'on-logout': T.string,
  'open-status-page': oneOf('always', 'http-login'),
  'status-autorefresh': T.time,
  'incoming-filter': T.name,
  'outgoing-filter': T.name,
  'incoming-packet-mark': T.name,
  'outgoing-packet-mark': T.name,
  'parent-queue': oneOfOrName('none'),
  'queue-type': QUEUE_TYPE,
  'insert-queue-before': oneOfOrName('bottom', 'first'),
  advertise: T.yesno,
}, { commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'get', 'edit', 'unset'] }), { default: T.yesno }), ['comment', 'disabled']);

export const walledGarden: MenuSpec = withReadOnly(itemMenu('/ip hotspot walled-garden', {
  action: oneOf('allow', 'deny'),
  'dst-host': neg(T.string),
  'dst-port': neg(T.ports),
  path: neg(T.string),
  method: neg(oneOf('CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'TRACE')),
  server: neg(T.name),
  'src-address': neg(T.any),
}, { ordered: true, commands: [...LIST_WITH_UNSET, 'reset-counters'] }), { dynamic: T.yesno });

export const ipBinding: MenuSpec = itemMenu('/ip hotspot ip-binding', {
  address: T.ipRange,
  'mac-address': T.mac,
  'to-address': T.ip,
  server: oneOfOrName('all'),
  type: oneOf('blocked', 'bypassed', 'regular'),
}, { ordered: true, commands: LIST_COMMANDS });

export const HOTSPOT_MENUS: readonly MenuSpec[] = [hotspot, profile, user, userProfile, walledGarden, ipBinding];
