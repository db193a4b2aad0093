/**
 * /snmp: the agent's settings and its communities. Manual: SNMP.
 */
import { command, itemMenu, oneOf, oneOfOrName, setOf, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { LIST_COMMANDS, withReadOnly } from './common.js';

export const snmp: MenuSpec = settingsMenu('/snmp', {
  enabled: T.yesno,
  contact: T.string,
  location: T.string,
  'engine-id-suffix': T.string,
  'trap-version': oneOf('1', '2', '3'),
  'trap-community': oneOfOrName('public'),
  'trap-target': { value: T.host, list: true },
  'trap-generators': setOf('interfaces', 'start-trap', 'temp-exception'),
  // Interface names, or `all`.
  'trap-interfaces': { value: T.name, list: true },
  'src-address': T.host,
  vrf: T.name,
}, {
  'send-trap': command({
    oid: T.string,
    type: oneOf('counter32', 'integer', 'ip-address', 'nullobj', 'obj-id', 'string', 'timeticks', 'unsigned'),
    value: T.string,
  }),
});

export const community: MenuSpec = withReadOnly(itemMenu('/snmp community', {
  name: T.name,
  // IPv4/IPv6 addresses or prefixes the community answers.
  addresses: { value: T.host, list: true },
  security: oneOf('authorized', 'none', 'private'),
  'read-access': T.yesno,
  'write-access': T.yesno,
  'authentication-protocol': oneOf('MD5', 'SHA1'),
  'authentication-password': T.string,
  'encryption-protocol': oneOf('AES', 'DES'),
  'encryption-password': T.string,
}, { required: ['name'], commands: LIST_COMMANDS }), { default: T.yesno });

export const SNMP_MENUS: readonly MenuSpec[] = [snmp, community];
