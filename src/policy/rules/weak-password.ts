import { arg, literal, menu, menuText } from '../args.js';
import type { Command } from '../../ast/nodes.js';
import type { PolicyRule } from '../types.js';

/** Shorter than this is weak. */
export const MIN_PASSWORD_LENGTH = 10;
const COMMON = new Set([
  'admin', 'password', 'passw0rd', 'password1', 'mikrotik', 'routeros', 'router', 'changeme', 'default', 'letmein', 'welcome',
  'qwerty', 'qwertyuiop', 'iloveyou', 'secret', 'administrator', '1234567890', '123456789', '12345678', '0123456789', 'abcdefghij',
]);

/** Which property holds a secret, per menu. */
const SECRET_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  '/user': ['password'],
  '/ppp/secret': ['password'],
  '/interface/wifi': ['security.passphrase'],
  '/interface/wifi/security': ['passphrase'],
  '/interface/wifiwave2': ['security.passphrase'],
  '/interface/wifiwave2/security': ['passphrase'],
  '/interface/wireless/security-profiles': ['wpa-pre-shared-key', 'wpa2-pre-shared-key'],
  '/caps-man/security': ['passphrase'],
  // IPsec pre-shared keys: a captured handshake lets a short one be guessed offline.
  '/ip/ipsec/identity': ['secret'],
  '/interface/l2tp-server/server': ['ipsec-secret'],
};

function weakness(secret: string, owner: string | null): string | null {
  if (secret.length === 0) return 'it is empty';
  if (COMMON.has(secret.toLowerCase())) return 'it is a well-known password';
  if (owner !== null && secret.toLowerCase().includes(owner.toLowerCase())) return 'it contains the name';
  if (/^(.)\1*$/.test(secret)) return 'it repeats one character';
  if (secret.length < MIN_PASSWORD_LENGTH) return `it is shorter than ${MIN_PASSWORD_LENGTH} characters`;
  return null;
}

/** Weak or missing passwords on users, PPP secrets, Wi-Fi and IPsec pre-shared keys. Values computed at run time are not judged. */
export const weakPassword: PolicyRule = {
  meta: {
    id: 'weak-password',
    description: 'empty, short or well-known passwords for users, PPP secrets, Wi-Fi and IPsec pre-shared keys',
    category: 'security',
    severity: 'warning',
    messages: {
      weak: 'weak {property} in {menu}: {reason}',
      missing: 'adds user {name} without a password: anyone who can reach a management service can log in',
    },
    advice: `Use a random passphrase of at least ${MIN_PASSWORD_LENGTH} characters (better 16+), different for every account and network.`,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.name !== 'add' && command.name !== 'set') continue;
      const where = menu(command);
      const properties = SECRET_PROPERTIES[where];
      if (!properties) continue;
      if (where === '/user' && command.name === 'add' && arg(command, 'password') === undefined) {
        context.report({ messageId: 'missing', command, data: { name: literal(arg(command, 'name')) ?? '(unnamed)' } });
        continue;
      }
      for (const property of properties) check(command, property);
    }
    function check(command: Command, property: string): void {
      const value = arg(command, property);
      if (value === undefined) return;
      const secret = value === null ? '' : literal(value);
      if (secret === null) return;
      const owner = literal(arg(command, 'name'));
      const reason = weakness(secret, owner && owner.length >= 3 ? owner : null);
      if (reason) context.report({ messageId: 'weak', command, data: { property, menu: menuText(command), reason } });
    }
  },
};
