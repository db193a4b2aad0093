/**
 * /system: the actions of /system itself (reboot, shutdown, reset-configuration)
 * and its menus: identity, clock, NTP, scheduler, scripts, logging, packages,
 * RouterBOARD, backup, note, resource, health. Manual: System.
 */
import { actionMenu, command, int, itemMenu, oneOf, oneOfOrName, setOf, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { LIST_COMMANDS, LIST_WITH_UNSET, MONITOR_FLAGS, ON_ITEMS, POLICIES, PORT, withoutCommands, withReadOnly, without } from './common.js';

/** /system is a menu of actions and also the parent of /system identity, clock, ... */
export const system: MenuSpec = actionMenu('/system', {
  reboot: command(),
  shutdown: command(),
  'reset-configuration': command({
    'keep-users': T.yesno,
    'no-defaults': T.yesno,
    'skip-backup': T.yesno,
    'run-after-reset': T.string,
    'caps-mode': T.yesno,
    shutdown: T.yesno,
    'keep-apps': T.yesno,
    'force-v6-to-v7-configuration-upgrade': T.yesno,
  }),
});

export const identity: MenuSpec = settingsMenu('/system identity', { name: T.string });

export const clock: MenuSpec = settingsMenu('/system clock', {
  time: T.time,
  // `2024-01-31` or the older `jan/31/2024`.
  date: T.any,
  // An IANA zone name (Europe/Riga); the list is RouterOS's own, too long to copy here.
  'time-zone-name': T.name,
  'time-zone-autodetect': T.yesno,
});

export const ntpClient: MenuSpec = settingsMenu('/system ntp client', {
  enabled: T.yesno,
  mode: oneOf('broadcast', 'manycast', 'multicast', 'unicast'),
  servers: { value: T.host, list: true },
  vrf: T.name,
}, { 'reset-freq-drift': command() });

export const ntpClientServers: MenuSpec = withReadOnly(itemMenu('/system ntp client servers', {
  address: T.host,
  iburst: T.yesno,
  'auth-key': oneOfOrName('none'),
  'min-poll': int(3, 17),
  'max-poll': int(3, 17),
}, { required: ['address'], commands: LIST_COMMANDS }), { dynamic: T.yesno });

export const ntpServer: MenuSpec = settingsMenu('/system ntp server', {
  enabled: T.yesno,
  broadcast: T.yesno,
  multicast: T.yesno,
  manycast: T.yesno,
  'broadcast-addresses': { value: T.ip, list: true },
  'local-clock-stratum': int(1, 15),
  'use-local-clock': T.yesno,
  'auth-key': oneOfOrName('none'),
  vrf: T.name,
});

export const scheduler: MenuSpec = withReadOnly(itemMenu('/system scheduler', {
  name: T.name,
  'on-event': T.string,
  // `startup`, or a time of day.
  'start-time': oneOfOrName('startup'),
  'start-date': T.any,
  interval: T.time,
  policy: setOf(...POLICIES),
  days: T.any,
}, { commands: LIST_WITH_UNSET }), { owner: T.string, 'next-run': T.any, 'run-count': int(0, 4294967295) });

export const script: MenuSpec = without(withReadOnly(itemMenu('/system script', {
  name: T.name,
  source: T.string,
  owner: T.string,
  policy: setOf('ftp', 'password', 'policy', 'read', 'reboot', 'romon', 'sensitive', 'sniff', 'test', 'write'),
  'dont-require-permissions': T.yesno,
}, {
  commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit', 'unset'],
  extra: { run: command({ number: { value: T.any } }, { positional: ['number'], required: ['number'], flags: ['use-script-permissions'] }) },
}), { 'last-started': T.any, 'run-count': int(0, 4294967295), invalid: T.yesno }), ['disabled']);

const LOG_TOPICS = [
  'account', 'acme-client', 'amt', 'async', 'backup', 'bfd', 'bgp', 'bridge', 'calc', 'caps', 'certificate', 'clock', 'cmr',
  'container', 'critical', 'ddns', 'debug', 'dhcp', 'disk', 'dns', 'dot1x', 'dude', 'e-mail', 'error', 'event', 'evpn', 'fetch',
  'firewall', 'gps', 'gsm', 'health', 'hotspot', 'igmp-proxy', 'info', 'interface', 'ipsec', 'iscsi', 'isdn', 'isis', 'kvm',
  'l2tp', 'ldp', 'lora', 'lte', 'manager', 'mme', 'mpls', 'mqtt', 'mvrp', 'natpmp', 'netwatch', 'ntp', 'ospf', 'ovpn', 'packet',
  'pim', 'poe-out', 'ppp', 'pppoe', 'pptp', 'ptp', 'queue', 'radius', 'radvd', 'raw', 'read', 'rip', 'route', 'rpki', 'rsvp',
  'script', 'sertcp', 'simulator', 'smb', 'snmp', 'socksify', 'ssh', 'sstp', 'state', 'store', 'stp', 'system', 'telephony',
  'tftp', 'timer', 'tr069', 'update', 'upnp', 'ups', 'vpls', 'vrrp', 'warning', 'watchdog', 'web-proxy', 'wireguard', 'wireless',
  'write', 'zerotier',
];

/** Logging rules. Topics may be negated inside the list (`topics=wireless,!debug`), so the enum stays open. */
export const logging: MenuSpec = withReadOnly(itemMenu('/system logging', {
  topics: { value: { type: 'enum', values: LOG_TOPICS, list: true, open: true } },
  action: oneOfOrName('disk', 'echo', 'memory', 'remote'),
  prefix: T.string,
  regex: T.string,
}, { commands: LIST_COMMANDS }), { default: T.yesno, invalid: T.yesno });

export const loggingAction: MenuSpec = without(withReadOnly(itemMenu('/system logging action', {
  name: T.name,
  target: oneOf('disk', 'echo', 'email', 'memory', 'remote', 'script'),
  remote: T.host,
  'remote-port': PORT,
  'remote-protocol': oneOf('tcp', 'udp'),
  'remote-log-format': oneOf('cef', 'default', 'syslog'),
  'src-address': T.host,
  'syslog-facility': oneOf(
    'auth', 'authpriv', 'cron', 'daemon', 'ftp', 'kern', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6',
    'local7', 'lpr', 'mail', 'news', 'ntp', 'syslog', 'user', 'uucp',
  ),
  'syslog-severity': oneOf('alert', 'auto', 'critical', 'debug', 'emergency', 'error', 'info', 'notice', 'warning'),
  'syslog-time-format': oneOf('bsd-syslog', 'iso8601'),
  'disk-file-name': T.string,
  'disk-file-count': int(1, 65535),
  'disk-lines-per-file': int(1, 4294967295),
  'disk-stop-on-full': T.yesno,
  'memory-lines': int(1, 4294967295),
  'memory-stop-on-full': T.yesno,
  remember: T.yesno,
  'email-to': T.string,
  'email-cc': T.string,
  'email-start-tls': T.yesno,
  script: T.name,
  vrf: T.name,
}, {
  required: ['name'],
  commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit'],
  extra: { clear: command({ action: T.name }) },
}), { default: T.yesno }), ['disabled']);

/** Installed packages: enabled, disabled or uninstalled on the next reboot. */
export const packages: MenuSpec = without(withReadOnly(itemMenu('/system package', {}, {
  commands: ['enable', 'disable', 'print', 'find', 'export', 'get'],
  extra: {
    uninstall: ON_ITEMS,
    unschedule: ON_ITEMS,
    'apply-changes': command({ 'ignore-missing': T.yesno }),
    downgrade: command(),
  },
}), { name: T.name, version: T.any, disabled: T.yesno, scheduled: T.string, available: T.yesno, 'build-time': T.any, size: T.any, bundle: T.name }), ['comment']);

export const packageUpdate: MenuSpec = settingsMenu('/system package update', {
  channel: oneOf('development', 'long-term', 'stable', 'testing'),
}, {
  'check-for-updates': command({}, { flags: MONITOR_FLAGS }),
  download: command({ 'ignore-missing': T.yesno }, { flags: MONITOR_FLAGS }),
  install: command({ 'ignore-missing': T.yesno }, { flags: MONITOR_FLAGS }),
  cancel: command(),
});

/**
 * RouterBOARD firmware (hardware only: the CHR command tree the crosscheck reads
 * has no /system routerboard). Manual: RouterBOARD.
 */
export const routerboard: MenuSpec = withoutCommands(settingsMenu('/system routerboard', {}, { upgrade: command() }), ['set']);

export const routerboardSettings: MenuSpec = settingsMenu('/system routerboard settings', {
  'auto-upgrade': T.yesno,
  'baud-rate': T.any,
  'boot-delay': T.time,
  // nand-if-fail-then-ethernet, try-ethernet-once-then-nand, ...: the values depend on the board.
  'boot-device': T.name,
  'boot-protocol': oneOf('bootp', 'dhcp'),
  'cpu-frequency': T.any,
  'enter-setup-on': oneOf('any-key', 'delete-key'),
  'force-backup-booter': T.yesno,
  'silent-boot': T.yesno,
  'protected-routerboot': oneOf('disabled', 'enabled'),
  'reformat-hold-button': T.time,
  'reformat-hold-button-max': T.time,
});

export const backup: MenuSpec = actionMenu('/system backup', {
  save: command({ name: T.string, password: T.string, 'dont-encrypt': T.yesno, encryption: oneOf('aes-sha256', 'rc4') }),
  load: command({ name: T.string, password: T.string, 'force-v6-to-v7-configuration-upgrade': T.yesno }, { required: ['name'] }),
});

export const note: MenuSpec = settingsMenu('/system note', {
  note: T.string,
  'show-at-login': T.yesno,
  'show-at-cli-login': T.yesno,
});

/** CPU, memory and uptime: read-only. */
export const resource: MenuSpec = withoutCommands(settingsMenu('/system resource', {}, { monitor: command({}, { flags: MONITOR_FLAGS }) }), ['set']);

/** Voltage and temperature sensors (hardware); CHR only has the setting. */
export const health: MenuSpec = settingsMenu('/system health', { 'state-after-reboot': oneOf('disabled', 'enabled') });

export const SYSTEM_MENUS: readonly MenuSpec[] = [
  system, identity, clock, ntpClient, ntpClientServers, ntpServer, scheduler, script, logging, loggingAction, packages,
  packageUpdate, routerboard, routerboardSettings, backup, note, resource, health,
];
