/**
 * Words of the security family (brute-force staging, port-scan detection, port knocking, connection-tracking
 * timeouts) and of the access family (kid control, hotspot users and profiles).
 */
import type { WordSource } from './types.js';

export const SECURITY_WORDS: WordSource = {
  actions: { detect: 'detect' },
  nouns: {
    'brute force': 'brute-force', 'brute-force': 'brute-force', bruteforce: 'brute-force', 'brute forcing': 'brute-force',
    'brute force attack': 'brute-force', 'brute force attacks': 'brute-force', 'brute-force attack': 'brute-force', 'brute-force attacks': 'brute-force',
    'brute force protection': 'brute-force', 'brute-force protection': 'brute-force', 'dictionary attack': 'brute-force', 'dictionary attacks': 'brute-force',
    'password guessing': 'brute-force', 'login attempts': 'brute-force', 'failed logins': 'brute-force', 'failed login attempts': 'brute-force',
    'port scan': 'port-scan', 'port scans': 'port-scan', 'port scanning': 'port-scan', 'port scanner': 'port-scan', 'port scanners': 'port-scan',
    'port-scan': 'port-scan', 'port-scans': 'port-scan', portscan: 'port-scan', portscans: 'port-scan', 'port scan detection': 'port-scan',
    'port knocking': 'port-knock', 'port knock': 'port-knock', 'port-knocking': 'port-knock', 'port-knock': 'port-knock',
    'knock sequence': 'port-knock', 'knocking sequence': 'port-knock', knock: 'port-knock', knocking: 'port-knock', knocks: 'port-knock',
    'connection tracking': 'conntrack', conntrack: 'conntrack', 'connection-tracking': 'conntrack', 'conn tracking': 'conntrack',
    'connection tracker': 'conntrack',
    // The tracked connections themselves (/ip firewall connection), not the tracking's settings.
    'conntrack table': 'conntrack-table', 'connection tracking table': 'conntrack-table', 'connection table': 'conntrack-table',
    'conntrack entries': 'conntrack-table', 'connection tracking entries': 'conntrack-table', 'tracked connections': 'conntrack-table',
  },
  known: ['against', 'attack', 'attacks', 'attacker', 'attackers', 'scanners', 'stream', 'sent', 'received', 'retrans', 'unacked', 'generic', 'liberal', 'loose', 'sequence'],
  misspellings: { bruteforse: 'bruteforce', conntrak: 'conntrack' },
};
