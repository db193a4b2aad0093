/**
 * /user: router users, groups (policies) and SSH keys.
 * Manual: User; SSH (public keys).
 */
import { command, int, itemMenu, oneOf, oneOfOrName, setOf, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { LIST_COMMANDS, ON_ITEMS, POLICIES, withReadOnly, without } from './common.js';

export const user: MenuSpec = withReadOnly(itemMenu('/user', {
  name: T.name,
  group: oneOfOrName('full', 'read', 'write'),
  password: T.string,
  // Addresses or prefixes the user may log in from, IPv4 or IPv6.
  address: { value: T.host, list: true },
  'inactivity-policy': oneOf('lockscreen', 'logout', 'none'),
  'inactivity-timeout': T.time,
}, { required: ['name', 'group'], commands: LIST_COMMANDS, extra: { 'expire-password': ON_ITEMS } }), {
  'last-logged-in': T.any, expired: T.yesno,
});

export const group: MenuSpec = without(itemMenu('/user group', {
  name: T.name,
  // Items may be negated inside the list (`policy=read,write,!ftp`, as /export prints it): open enum.
  policy: { value: { type: 'enum', values: POLICIES, list: true, open: true } },
  skin: oneOfOrName('default'),
}, { required: ['name'], commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit'] }), ['disabled']);

/** Public keys for SSH login: added with `key=` or imported from a file; never edited. */
export const sshKeys: MenuSpec = without(itemMenu('/user ssh-keys', {
  user: oneOfOrName('admin'),
  key: T.string,
}, {
  required: ['key'],
  commands: ['add', 'remove', 'print', 'find', 'get'],
  extra: { import: command({ 'public-key-file': T.string, user: T.name, info: T.string }, { required: ['public-key-file'] }) },
}), ['disabled']);

/** RADIUS servers the router asks (manual: RADIUS): per service (ppp, login, hotspot, wireless, dhcp, ipsec, dot1x). */
export const radius: MenuSpec = withReadOnly(itemMenu('/radius', {
  service: setOf('dhcp', 'dot1x', 'hotspot', 'ipsec', 'login', 'ppp', 'wireless'),
  address: T.host,
  secret: T.string,
  'authentication-port': int(1, 65535),
  'accounting-port': int(1, 65535),
  'accounting-backup': T.yesno,
  timeout: T.time,
  'src-address': T.host,
  protocol: oneOf('radsec', 'udp'),
  certificate: oneOfOrName('none'),
  domain: T.string,
  realm: T.string,
  'called-id': T.string,
  'require-message-auth': oneOf('no', 'yes-for-request-resp'),
  'radsec-timeout': T.time,
}, { required: ['address', 'service'], ordered: true, commands: LIST_COMMANDS }), {});

/** Router logins through RADIUS (manual: User, "AAA"): local users are checked first. */
export const userAaa: MenuSpec = settingsMenu('/user aaa', {
  'use-radius': T.yesno,
  accounting: T.yesno,
  'interim-update': T.time,
  'default-group': oneOfOrName('full', 'read', 'write'),
  'exclude-groups': { value: oneOfOrName('full', 'read', 'write'), list: true },
});

export const USER_MENUS: readonly MenuSpec[] = [user, group, sshKeys, radius, userAaa];
