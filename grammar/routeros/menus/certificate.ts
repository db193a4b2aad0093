/**
 * /certificate: certificate templates, signing, import and export.
 * Manual: Certificates.
 */
import { command, int, itemMenu, oneOf, setOf, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { ON_ITEMS, withReadOnly, without } from './common.js';

const ITEM = { value: T.any } as const;

export const certificate: MenuSpec = without(withReadOnly(itemMenu('/certificate', {
  name: T.name,
  'common-name': T.string,
  // `DNS:router.example.com,IP:192.168.88.1`.
  'subject-alt-name': T.any,
  country: T.string,
  state: T.string,
  locality: T.string,
  organization: T.string,
  unit: T.string,
  'days-valid': int(1, 36500),
  'key-size': oneOf('1024', '1536', '2048', '4096', '8192', 'prime256v1', 'secp384r1', 'secp521r1'),
  'key-usage': setOf(
    'digital-signature', 'content-commitment', 'key-encipherment', 'data-encipherment', 'key-agreement', 'key-cert-sign',
    'crl-sign', 'encipher-only', 'decipher-only', 'tls-server', 'tls-client', 'code-sign', 'email-protect', 'timestamp',
    'ocsp-sign', 'dvcs',
  ),
  'digest-algorithm': oneOf('md5', 'sha1', 'sha256', 'sha384', 'sha512'),
  trusted: T.yesno,
}, {
  commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'get', 'edit', 'unset'],
  extra: {
    sign: command({ number: ITEM, ca: T.name, name: T.string, 'ca-crl-host': T.string }, { positional: ['number'], required: ['number'] }),
    import: command({ 'file-name': T.string, passphrase: T.string, name: T.string, trusted: T.yesno, 'no-key-export': T.yesno }),
    'export-certificate': command({
      numbers: { value: T.any, list: true },
      'export-passphrase': T.string,
      type: oneOf('pem', 'pkcs12'),
      'file-name': T.string,
    }, { positional: ['numbers'], required: ['numbers'] }),
    'create-certificate-request': command({ template: T.name, 'key-passphrase': T.string, 'challenge-passphrase': T.string }),
    'enable-ssl-certificate': command({ 'dns-name': T.string, 'directory-url': T.string }),
    'issued-revoke': ON_ITEMS,
  },
}), {
  fingerprint: T.string, 'private-key': T.yesno, 'key-type': T.name, issuer: T.string, 'invalid-after': T.any, 'invalid-before': T.any,
  expired: T.yesno, revoked: T.yesno, ca: T.yesno, authority: T.yesno, 'serial-number': T.string,
}), ['comment', 'disabled']);

export const CERTIFICATE_MENUS: readonly MenuSpec[] = [certificate];
