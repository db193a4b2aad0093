/**
 * Words of the router-protection family (the default configuration's firewall, FastTrack, removing every filter
 * rule), the interface-list family, the whole-configuration export and gateway failover.
 */
import type { WordSource } from './types.js';

/**
 * Names RouterOS's default configuration gives its own items (the DHCP server "defconf", comments "defconf: ..."):
 * after a noun or "on"/"of" ("the dhcp server defconf", "lease time on defconf") such a word is that item's name, not
 * the default firewall.
 */
export const DEFAULT_CONFIG_NAMES: readonly string[] = ['defconf'];

/**
 * A gateway's role in failover said by one word next to its address ("backup 10.0.1.1", "192.168.1.1 primary and
 * 192.168.2.1 backup"): read by the failover rule only, where the clause is about failover.
 */
export const FAILOVER_ROLES: Readonly<Record<string, 'primary' | 'backup'>> = {
  primary: 'primary', main: 'primary', backup: 'backup', secondary: 'backup', standby: 'backup', fallback: 'backup',
};

/** Names people give their two uplinks ("between isp1 gateway A and isp2 gateway B"): the word and the link's number. */
export const UPLINK_NAME = /^(?:isp|wan|uplink|link|line)-?([12])$/;

export const PROTECTION_WORDS: WordSource = {
  actions: {
    secure: 'secure', protect: 'secure', safeguard: 'secure',
  },
  nouns: {
    // The default configuration's firewall, by the names people give it.
    'basic firewall': 'basic-firewall', 'default firewall': 'basic-firewall', 'standard firewall': 'basic-firewall',
    'starter firewall': 'basic-firewall', 'minimal firewall': 'basic-firewall', 'simple firewall': 'basic-firewall',
    'baseline firewall': 'basic-firewall', 'defconf firewall': 'basic-firewall', defconf: 'basic-firewall',
    'default firewall rules': 'basic-firewall', 'basic firewall rules': 'basic-firewall', 'default rules': 'basic-firewall',
    'basic rules': 'basic-firewall', 'basic protection': 'basic-firewall', 'default protection': 'basic-firewall',
    'basic router protection': 'basic-firewall', 'router protection': 'basic-firewall', 'default router protection': 'basic-firewall', 'basic security': 'basic-firewall',
    fasttrack: 'fasttrack', 'fast track': 'fasttrack', 'fast-track': 'fasttrack', 'fasttrack rule': 'fasttrack',
    'fasttrack connection': 'fasttrack', 'fasttrack-connection': 'fasttrack',
    'interface list': 'interface-list', 'interface lists': 'interface-list', 'interface-list': 'interface-list', 'interface-lists': 'interface-list',
    'list member': 'list-member', 'list members': 'list-member', member: 'list-member', members: 'list-member',
    // Gateway failover (the failover family).
    failover: 'failover', 'fail over': 'failover', 'fail-over': 'failover', 'failover route': 'failover', 'failover routes': 'failover',
    'wan failover': 'failover', 'isp failover': 'failover', 'gateway failover': 'failover', 'internet failover': 'failover',
    'backup gateway': 'backup-gateway', 'secondary gateway': 'backup-gateway', 'backup isp': 'backup-gateway', 'backup wan': 'backup-gateway',
    'backup route': 'backup-gateway', 'backup link': 'backup-gateway', 'second gateway': 'backup-gateway',
    'primary gateway': 'primary-gateway', 'main gateway': 'primary-gateway', 'primary isp': 'primary-gateway', 'main isp': 'primary-gateway',
    'primary wan': 'primary-gateway', 'main wan': 'primary-gateway', 'primary route': 'primary-gateway', 'primary link': 'primary-gateway', 'first gateway': 'primary-gateway',
    terse: 'terse', 'one line per command': 'terse', 'one command per line': 'terse',
  },
  // "I need the defconf rules back": the basic firewall reads it (restored is added again).
  known: ['back'],
  misspellings: { fastrack: 'fasttrack', fasttrak: 'fasttrack', fastrak: 'fasttrack' },
};
