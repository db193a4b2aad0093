/**
 * Wireless: the `wifi` driver of RouterOS 7 (interfaces, security and
 * configuration profiles) and the older `wireless` package (interfaces and
 * security profiles). Manual: WiFi; Wireless Interface.
 */
import { command, int, itemMenu, oneOf, oneOfOrName, setOf, str, T, type PropInput } from '../build.js';
import type { MenuSpec } from '../types.js';
import {
  ARP_MODE, INTERFACE_LIST, LIST_COMMANDS, LIST_WITH_UNSET, LIST_WITHOUT_DISABLE, MONITOR_FLAGS, MTU, ON_ITEMS, withReadOnly, without,
} from './common.js';

/** The same properties reached through a profile's prefix (`security.passphrase`, `channel.band`). */
function prefixed(prefix: string, props: Readonly<Record<string, PropInput>>): Record<string, PropInput> {
  return Object.fromEntries(Object.entries(props).map(([name, value]) => [`${prefix}.${name}`, value]));
}

const WIFI_SECURITY: Record<string, PropInput> = {
  'authentication-types': setOf('wpa-psk', 'wpa2-psk', 'wpa2-psk-sha2', 'wpa-eap', 'wpa2-eap', 'wpa3-psk', 'owe', 'wpa3-eap', 'wpa3-eap-192'),
  passphrase: T.string,
  encryption: setOf('tkip', 'ccmp', 'gcmp', 'ccmp-256', 'gcmp-256'),
  'group-encryption': oneOf('ccmp', 'ccmp-256', 'gcmp', 'gcmp-256', 'tkip'),
  'group-key-update': T.time,
  'management-protection': oneOf('allowed', 'disabled', 'required'),
  'management-encryption': oneOf('cmac', 'cmac-256', 'gmac', 'gmac-256'),
  'disable-pmkid': T.yesno,
  ft: T.yesno,
  'ft-over-ds': T.yesno,
  'ft-mobility-domain': T.any,
  'ft-preserve-vlanid': T.yesno,
  'sae-pwe': oneOf('both', 'hash-to-element', 'hunting-and-pecking'),
  wps: oneOf('disable', 'push-button'),
  'connect-priority': T.any,
  'connect-group': T.string,
  'eap-methods': setOf('peap', 'tls', 'ttls'),
  'eap-username': T.string,
  'eap-password': T.string,
  'eap-anonymous-identity': T.string,
  'eap-tls-certificate': T.name,
  'eap-certificate-mode': oneOf('dont-verify-certificate', 'no-certificates', 'verify-certificate', 'verify-certificate-with-crl'),
  'eap-accounting': T.yesno,
  'owe-transition-interface': oneOfOrName('auto'),
  'beacon-protection': oneOf('disabled', 'enabled'),
  'multi-passphrase-group': T.name,
};

const WIFI_CHANNEL: Record<string, PropInput> = {
  band: oneOf('2ghz-ax', '2ghz-be', '2ghz-g', '2ghz-n', '5ghz-a', '5ghz-ac', '5ghz-ax', '5ghz-be', '5ghz-n', '6ghz-ax', '6ghz-be', 's1ghz-ah'),
  width: oneOf(
    '20mhz', '20/40mhz', '20/40mhz-Ce', '20/40mhz-eC', '20/40/80mhz', '20/40/80+80mhz', '20/40/80/160mhz', '20/40/80/160/320mhz',
    '1mhz', '1/2mhz', '1/2/4mhz', '1/2/4/8mhz',
  ),
  // MHz: one frequency, ranges and lists (`2412,2437,2462`, `5180-5240`).
  frequency: T.any,
  'secondary-frequency': oneOfOrName('disabled'),
  'skip-dfs-channels': oneOf('10min-cac', 'all', 'disabled'),
  'reselect-interval': T.any,
  'reselect-time': T.any,
};

const WIFI_DATAPATH: Record<string, PropInput> = {
  bridge: oneOfOrName('none'),
  'bridge-cost': int(1, 200000000),
  'bridge-horizon': oneOfOrName('none'),
  // A VLAN id (1..4094) or `none`.
  'vlan-id': oneOfOrName('none'),
  'client-isolation': T.yesno,
  'interface-list': INTERFACE_LIST,
};

/** Radio and network settings, set directly or through a configuration profile. */
const WIFI_CONFIGURATION: Record<string, PropInput> = {
  mode: oneOf('ap', 'station', 'station-bridge', 'station-pseudobridge'),
  ssid: str(32),
  // A country name as RouterOS spells it (`latvia`, "united states").
  country: T.string,
  'hide-ssid': T.yesno,
  'tx-power': T.any,
  'antenna-gain': T.any,
  installation: oneOf('indoor', 'outdoor'),
  manager: oneOf('capsman', 'capsman-or-local', 'local'),
  chains: setOf('0', '1', '2', '3', '4', '5', '6', '7'),
  'tx-chains': setOf('0', '1', '2', '3', '4', '5', '6', '7'),
  'beacon-interval': T.time,
  'dtim-period': int(1, 255),
  'max-clients': int(1, 2007),
  distance: T.any,
  'multicast-enhance': oneOf('disabled', 'enabled'),
  'qos-classifier': oneOf('dscp-high-3-bits', 'priority'),
  'station-roaming': T.yesno,
  'hw-protection-mode': oneOf('cts-to-self', 'none', 'rts-cts'),
};

/** Profiles an interface or configuration refers to by name. */
const PROFILE_REFERENCES: Record<string, PropInput> = {
  security: T.name,
  channel: T.name,
  datapath: T.name,
  steering: T.name,
  aaa: T.name,
  interworking: T.name,
};

const scan = command({ number: { value: T.name }, duration: T.time, frequency: T.any, rounds: int(1, 1000), 'save-file': T.string }, {
  positional: ['number'],
  flags: ['as-value', 'without-paging'],
});
const monitor = command({ numbers: { value: T.name, list: true }, duration: T.time, interval: T.time }, { positional: ['numbers'], flags: MONITOR_FLAGS });

export const wifi: MenuSpec = withReadOnly(itemMenu('/interface wifi', {
  name: T.name,
  'master-interface': T.name,
  'mac-address': T.mac,
  'radio-mac': T.mac,
  mtu: MTU,
  l2mtu: MTU,
  arp: ARP_MODE,
  'arp-timeout': oneOfOrName('auto'),
  'disable-running-check': T.yesno,
  configuration: T.name,
  ...PROFILE_REFERENCES,
  ...prefixed('configuration', WIFI_CONFIGURATION),
  ...prefixed('security', WIFI_SECURITY),
  ...prefixed('channel', WIFI_CHANNEL),
  ...prefixed('datapath', WIFI_DATAPATH),
}, {
  commands: LIST_WITH_UNSET,
  extra: { monitor, scan, 'wps-push-button': ON_ITEMS, 'reset-mac-address': ON_ITEMS },
}), { running: T.yesno, bound: T.yesno, inactive: T.yesno, master: T.yesno, 'default-name': T.name, dynamic: T.yesno });

export const wifiSecurity: MenuSpec = itemMenu('/interface wifi security', { name: T.name, ...WIFI_SECURITY }, { commands: LIST_WITH_UNSET });

export const wifiConfiguration: MenuSpec = itemMenu('/interface wifi configuration', {
  name: T.name,
  ...WIFI_CONFIGURATION,
  ...PROFILE_REFERENCES,
  ...prefixed('security', WIFI_SECURITY),
  ...prefixed('channel', WIFI_CHANNEL),
  ...prefixed('datapath', WIFI_DATAPATH),
}, { commands: LIST_WITH_UNSET });

/**
 * The older wireless package (802.11ac and earlier). It is an extra package,
 * so RouterOS offers no completions for it in the tree the crosscheck reads;
 * the enums here follow the manual (Wireless Interface).
 */
export const wireless: MenuSpec = withReadOnly(itemMenu('/interface wireless', {
  name: T.name,
  mode: oneOf(
    'alignment-only', 'ap-bridge', 'bridge', 'nstreme-dual-slave', 'station', 'station-bridge', 'station-pseudobridge',
    'station-pseudobridge-clone', 'station-wds', 'wds-slave',
  ),
  ssid: str(32),
  // 2ghz-b/g/n, 5ghz-a/n/ac, ...: the choices depend on the card.
  band: T.name,
  'channel-width': T.name,
  // MHz, or `auto`.
  frequency: oneOfOrName('auto'),
  'frequency-mode': oneOf('manual-txpower', 'regulatory-domain', 'superchannel'),
  'secondary-frequency': T.any,
  country: T.string,
  installation: oneOf('any', 'indoor', 'outdoor'),
  'wireless-protocol': T.name,
  'security-profile': T.name,
  'hide-ssid': T.yesno,
  'default-authentication': T.yesno,
  'default-forwarding': T.yesno,
  'master-interface': T.name,
  'mac-address': T.mac,
  'radio-name': T.string,
  'antenna-gain': T.any,
  'tx-power': T.any,
  'tx-power-mode': T.name,
  'wps-mode': T.name,
  'vlan-mode': oneOf('no-tag', 'use-service-tag', 'use-tag'),
  'vlan-id': int(1, 4095),
  'bridge-mode': oneOf('disabled', 'enabled'),
  'wmm-support': oneOf('disabled', 'enabled', 'required'),
  'skip-dfs-channels': T.name,
  distance: T.any,
  'max-station-count': int(1, 2007),
  'disable-running-check': T.yesno,
  'multicast-helper': T.name,
  'keepalive-frames': oneOf('disabled', 'enabled'),
  mtu: MTU,
  l2mtu: MTU,
  arp: ARP_MODE,
}, {
  commands: LIST_COMMANDS,
  extra: {
    monitor,
    scan: command({ number: { value: T.name }, duration: T.time, rounds: int(1, 1000), 'save-file': T.string, background: T.any, passive: T.any }, {
      positional: ['number'],
      flags: ['as-value', 'without-paging'],
    }),
    'reset-configuration': ON_ITEMS,
    'wps-push-button': ON_ITEMS,
  },
}), { running: T.yesno, 'default-name': T.name });

export const wirelessSecurityProfiles: MenuSpec = without(withReadOnly(itemMenu('/interface wireless security-profiles', {
  name: T.name,
  mode: oneOf('dynamic-keys', 'none', 'static-keys-optional', 'static-keys-required'),
  'authentication-types': setOf('wpa-psk', 'wpa2-psk', 'wpa-eap', 'wpa2-eap'),
  'unicast-ciphers': setOf('tkip', 'aes-ccm'),
  'group-ciphers': setOf('tkip', 'aes-ccm'),
  'wpa-pre-shared-key': T.string,
  'wpa2-pre-shared-key': T.string,
  'group-key-update': T.time,
  'management-protection': oneOf('allowed', 'disabled', 'required'),
  'management-protection-key': T.string,
  'disable-pmkid': T.yesno,
  'supplicant-identity': T.string,
  'eap-methods': T.any,
  'tls-mode': T.name,
  'tls-certificate': T.name,
}, { commands: LIST_WITHOUT_DISABLE }), { default: T.yesno }), ['disabled']);

/** Which clients may join (manual: WiFi > Access List): entries are tried in order, the first match decides. */
export const wifiAccessList: MenuSpec = itemMenu('/interface wifi access-list', {
  action: oneOf('accept', 'query-radius', 'reject'),
  'allow-signal-out-of-range': oneOfOrName('always'),
  'client-isolation': T.yesno,
  days: setOf('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'),
  interface: oneOfOrName('any', 'all', 'dynamic', 'none', 'static'),
  'mac-address': T.mac,
  'mac-address-mask': T.mac,
  'multi-passphrase-group': T.name,
  passphrase: T.string,
  'radius-accounting': T.yesno,
  // `-80..-40`: a signal strength range in dBm.
  'signal-range': T.any,
  'ssid-regexp': T.string,
  // `8h-17h`: a time-of-day range.
  time: T.any,
  'vlan-id': oneOfOrName('none'),
}, { ordered: true, commands: LIST_WITH_UNSET });

export const WIRELESS_MENUS: readonly MenuSpec[] = [wifi, wifiSecurity, wifiConfiguration, wireless, wirelessSecurityProfiles, wifiAccessList];
