/**
 * Words of Wi-Fi access and radio settings (client isolation, the access list, country and channel, the guest
 * network), kid control and the hotspot.
 */
import type { WordSource } from './types.js';

export const ACCESS_WORDS: WordSource = {
  actions: { isolate: 'isolate', separate: 'isolate' },
  nouns: {
    'client isolation': 'client-isolation', 'client-isolation': 'client-isolation', 'ap isolation': 'client-isolation', 'station isolation': 'client-isolation',
    'wireless isolation': 'client-isolation', 'wifi isolation': 'client-isolation', 'wi-fi isolation': 'client-isolation', 'client to client': 'client-isolation',
    'access list': 'wifi-access-list', 'access-list': 'wifi-access-list', 'mac filter': 'wifi-access-list', 'mac filtering': 'wifi-access-list',
    'mac access list': 'wifi-access-list', 'mac whitelist': 'wifi-access-list', 'mac allowlist': 'wifi-access-list', 'mac blacklist': 'wifi-access-list',
    country: 'country', 'regulatory domain': 'country', region: 'country', 'country code': 'country',
    frequency: 'frequency', freq: 'frequency', 'center frequency': 'frequency',
    'guest wifi': 'guest-wifi', 'guest wi-fi': 'guest-wifi', 'guest wireless': 'guest-wifi', 'guest ssid': 'guest-wifi',
    'guest wlan': 'guest-wifi', 'guest access point': 'guest-wifi', 'guest ap': 'guest-wifi', 'virtual ap': 'virtual-ap', 'virtual access point': 'virtual-ap',
    'kid control': 'kid-control', 'kid-control': 'kid-control', 'kids control': 'kid-control', 'parental control': 'kid-control', 'parental controls': 'kid-control',
    hotspot: 'hotspot', 'hot spot': 'hotspot', 'captive portal': 'hotspot', 'hotspot user': 'hotspot-user', 'hotspot users': 'hotspot-user',
    'user profile': 'user-profile', 'hotspot profile': 'user-profile', 'hotspot user profile': 'user-profile',
    // A profile's setting by RouterOS's name (shared-users): "shared users 2", "2 shared users".
    'shared users': 'shared-users', 'shared user': 'shared-users', 'shared-users': 'shared-users',
  },
  known: ['mhz', 'ghz', 'quota', 'isolated'],
  misspellings: { isolaton: 'isolation', hotpsot: 'hotspot' },
};
