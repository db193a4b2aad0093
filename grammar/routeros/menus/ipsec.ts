/**
 * /ip ipsec: the main arguments of peers, identities, proposals, policies and
 * profiles (phase 1 and phase 2 settings). Manual: IP > IPsec.
 */
import { int, itemMenu, oneOf, oneOfOrName, setOf, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { LIST_COMMANDS, PORT, withReadOnly, without } from './common.js';

export const peer: MenuSpec = withReadOnly(itemMenu('/ip ipsec peer', {
  name: T.name,
  // An IPv4/IPv6 address or prefix, or a DNS name.
  address: T.host,
  'local-address': T.host,
  port: PORT,
  'exchange-mode': oneOf('aggressive', 'base', 'ike2', 'main'),
  passive: T.yesno,
  profile: oneOfOrName('default'),
  'send-initial-contact': T.yesno,
  'ppk-secret': T.string,
}, { commands: LIST_COMMANDS }), { dynamic: T.yesno, responder: T.yesno });

export const identity: MenuSpec = withReadOnly(itemMenu('/ip ipsec identity', {
  peer: T.name,
  'auth-method': oneOf('digital-signature', 'eap', 'eap-radius', 'pre-shared-key', 'pre-shared-key-xauth', 'rsa-key', 'rsa-signature-hybrid'),
  secret: T.string,
  certificate: { value: T.name, list: true },
  'remote-certificate': oneOfOrName('none'),
  'generate-policy': oneOf('no', 'port-override', 'port-strict'),
  'mode-config': oneOfOrName('none', 'request-only'),
  // `auto`, or a kind and a value: `fqdn:vpn.example.com`, `address:10.0.0.1`.
  'my-id': T.any,
  'remote-id': T.any,
  'match-by': oneOf('certificate', 'remote-id'),
  'policy-template-group': oneOfOrName('default'),
  'eap-methods': setOf('eap-mschapv2', 'eap-peap', 'eap-tls', 'eap-ttls'),
  username: T.string,
  password: T.string,
  key: T.name,
  'remote-key': T.name,
  'notrack-chain': T.string,
}, { required: ['peer'], commands: LIST_COMMANDS }), { dynamic: T.yesno });

export const proposal: MenuSpec = withReadOnly(itemMenu('/ip ipsec proposal', {
  name: T.name,
  'auth-algorithms': setOf('sha512', 'sha256', 'sha1', 'md5', 'null'),
  'enc-algorithms': setOf(
    'chacha20poly1305', 'aes-256-cbc', 'aes-256-ctr', 'aes-256-gcm', 'camellia-256', 'aes-192-cbc', 'aes-192-ctr', 'aes-192-gcm',
    'camellia-192', 'aes-128-cbc', 'aes-128-ctr', 'aes-128-gcm', 'camellia-128', '3des', 'blowfish', 'twofish', 'des', 'null',
  ),
  lifetime: T.time,
  'pfs-group': oneOf('ecp256', 'ecp384', 'ecp521', 'modp1024', 'modp1536', 'modp2048', 'modp3072', 'modp4096', 'modp6144', 'modp768', 'modp8192', 'none'),
}, { commands: LIST_COMMANDS }), { default: T.yesno });

export const policy: MenuSpec = withReadOnly(itemMenu('/ip ipsec policy', {
  'src-address': T.host,
  'dst-address': T.host,
  'src-port': oneOfOrName('any'),
  'dst-port': oneOfOrName('any'),
  // A protocol name or number.
  protocol: oneOfOrName('all', 'gre', 'icmp', 'icmpv6', 'ipencap', 'ipip', 'ipsec-ah', 'ipsec-esp', 'l2tp', 'ospf', 'tcp', 'udp'),
  action: oneOf('discard', 'encrypt', 'none'),
  level: oneOf('require', 'unique', 'use'),
  'ipsec-protocols': oneOf('ah', 'esp'),
  tunnel: T.yesno,
  peer: T.name,
  proposal: oneOfOrName('default'),
  group: oneOfOrName('default'),
  template: T.yesno,
  'sa-src-address': T.host,
  'sa-dst-address': T.host,
}, { ordered: true, commands: LIST_COMMANDS }), { dynamic: T.yesno, active: T.yesno, invalid: T.yesno, default: T.yesno });

/** Phase 1 settings, referred to by peers. */
export const profile: MenuSpec = without(itemMenu('/ip ipsec profile', {
  name: T.name,
  'dh-group': setOf('x25519', 'ecp256', 'ecp384', 'ecp521', 'modp8192', 'modp6144', 'modp4096', 'modp3072', 'modp2048', 'modp1536', 'modp1024', 'modp768'),
  'enc-algorithm': setOf('aes-256', 'aes-192', 'aes-128', '3des', 'des'),
  'hash-algorithm': oneOf('md5', 'sha1', 'sha256', 'sha384', 'sha512'),
  'prf-algorithm': oneOf('auto', 'sha1', 'sha256', 'sha384', 'sha512'),
  lifetime: T.time,
  lifebytes: int(0, 4294967295),
  // A time, or `disable-dpd`.
  'dpd-interval': oneOfOrName('disable-dpd'),
  'dpd-maximum-failures': int(1, 100),
  'nat-traversal': T.yesno,
  'proposal-check': oneOf('claim', 'exact', 'obey', 'strict'),
  ppk: oneOf('no', 'psk', 'psk-ike-initial', 'qkd'),
}, { commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'get', 'edit'] }), ['comment', 'disabled']);

export const IPSEC_MENUS: readonly MenuSpec[] = [peer, identity, proposal, policy, profile];
