/**
 * /user: router users, groups (policies) and SSH keys.
 * Manual: User; SSH (public keys).
 */
import { command, itemMenu, oneOf, oneOfOrName, T } from '../build.js';
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

export const USER_MENUS: readonly MenuSpec[] = [user, group, sshKeys];
