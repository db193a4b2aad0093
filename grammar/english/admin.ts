/**
 * Words of the administration families: system settings, the scheduler,
 * management services, users, queues, VPNs and tunnels, Wi-Fi and
 * diagnostics. Nouns name the thing a rule sets; the rules read every
 * meaning of a word, so a word may also mean something to another family.
 */
import type { WordSource } from './types.js';

/** RouterOS 7 user group policies (`/user group add policy=`), by the names users type. */
export const GROUP_POLICY_WORDS: ReadonlySet<string> = new Set([
  'local', 'telnet', 'ssh', 'ftp', 'reboot', 'read', 'write', 'policy', 'test', 'winbox', 'password', 'web', 'sniff', 'sensitive', 'api', 'romon', 'rest-api',
]);
/** The policies that let a member log in at all. */
export const LOGIN_POLICY_WORDS: ReadonlySet<string> = new Set(['local', 'telnet', 'ssh', 'ftp', 'winbox', 'web', 'api', 'rest-api']);

export const ADMIN_WORDS: WordSource = {
  actions: {
    reboot: 'reboot', restart: 'reboot', 'power cycle': 'reboot', 'power-cycle': 'reboot', reload: 'reboot', bounce: 'reboot',
    shutdown: 'shutdown', 'shut down': 'shutdown', 'power off': 'shutdown', poweroff: 'shutdown', 'power down': 'shutdown', halt: 'shutdown',
    reset: 'reset', 'factory reset': 'reset', wipe: 'reset',
    backup: 'backup', 'back up': 'backup', save: 'backup', snapshot: 'backup',
    restore: 'restore', load: 'restore', 'roll back': 'restore', rollback: 'restore',
    export: 'export', dump: 'export',
    upgrade: 'upgrade', update: 'upgrade', install: 'install', check: 'check', 'look for': 'check', 'switch to': 'set',
    name: 'rename', call: 'rename', rename: 'rename',
    change: 'set', use: 'set', sync: 'set', synchronize: 'set', synchronise: 'set', point: 'set',
    schedule: 'schedule', run: 'run', execute: 'run',
    traceroute: 'traceroute', tracert: 'traceroute', trace: 'traceroute', 'trace route': 'traceroute', mtr: 'traceroute',
    show: 'show', display: 'show', print: 'show', view: 'show', see: 'show', 'look at': 'show', tail: 'show',
    limit: 'limit', throttle: 'limit', cap: 'limit', shape: 'limit', 'rate limit': 'limit', 'rate-limit': 'limit', 'speed limit': 'limit',
    'slow down': 'limit', divide: 'limit', split: 'limit', distribute: 'limit', unlimit: 'unlimit', unthrottle: 'unlimit', uncap: 'unlimit',
    pause: 'disable', suspend: 'disable', resume: 'enable', unpause: 'enable',
    connect: 'connect', dial: 'connect',
    send: 'send',
    hide: 'hide', unhide: 'unhide', broadcast: 'unhide',
    // "turn the wifi on": the rules read "on"/"off" after it.
    turn: 'turn',
    harden: 'harden',
    // The same as the networking words, so these families read them on their own too.
    'turn off': 'disable', 'switch off': 'disable', deactivate: 'disable', 'shut off': 'disable',
    'turn on': 'enable', 'switch on': 'enable', activate: 'enable', start: 'enable', 'bring up': 'enable',
    move: 'set', give: 'add', modify: 'set', adjust: 'set', 'get rid of': 'remove', erase: 'remove',
    // "new user bob ...": a request to create one, with no other verb.
    'new user': 'add', 'new account': 'add', 'new login': 'add',
  },
  nouns: {
    identity: 'identity', hostname: 'identity', 'host name': 'identity', 'router name': 'identity', 'system name': 'identity',
    'device name': 'identity', 'system identity': 'identity', 'router identity': 'identity',
    clock: 'clock', 'system clock': 'clock', date: 'clock', time: 'time',
    timezone: 'timezone', 'time zone': 'timezone', 'time-zone': 'timezone', tz: 'timezone', utc: 'utc', gmt: 'utc', zulu: 'utc',
    ntp: 'ntp', 'ntp client': 'ntp', 'ntp server': 'ntp', 'ntp servers': 'ntp', sntp: 'ntp', 'time server': 'ntp', 'time servers': 'ntp', 'time sync': 'ntp',
    backup: 'backup', 'backup file': 'backup', 'binary backup': 'backup',
    config: 'config', configuration: 'config', settings: 'config', 'running config': 'config', 'running configuration': 'config', setup: 'config',
    defaults: 'defaults', default: 'defaults', 'default config': 'defaults', 'default configuration': 'defaults', 'factory defaults': 'defaults',
    'factory settings': 'defaults', factory: 'defaults',
    file: 'file', 'a file': 'file',
    package: 'package', packages: 'package', routeros: 'package', 'router os': 'package', software: 'package', os: 'package',
    version: 'package', updates: 'package', 'latest version': 'package', 'update channel': 'channel', 'release channel': 'channel',
    // "check for updates and install them" is one request: checking, then installing what the check found.
    'and install them': 'install-found', 'and install it': 'install-found', 'and install': 'install-found', 'then install them': 'install-found',
    'and then install them': 'install-found', 'and apply them': 'install-found', 'and install if available': 'install-found', 'and install any': 'install-found',
    firmware: 'firmware', routerboot: 'firmware', bootloader: 'firmware', 'boot loader': 'firmware', 'routerboard firmware': 'firmware', 'rb firmware': 'firmware',
    stable: 'channel', 'long-term': 'channel', 'long term': 'channel', testing: 'channel', development: 'channel', channel: 'channel',
    syslog: 'syslog', 'remote syslog': 'syslog', 'syslog server': 'syslog', 'log server': 'syslog', 'remote logging': 'syslog', 'remote log': 'syslog',
    'logging server': 'syslog', logs: 'logs', 'log messages': 'logs', 'log entries': 'logs', topic: 'topic', topics: 'topic',
    community: 'community', 'snmp community': 'community', contact: 'contact', location: 'location',
    ddns: 'ddns', 'dynamic dns': 'ddns', 'ip cloud': 'ddns', cloud: 'ddns', 'mikrotik cloud': 'ddns', 'cloud ddns': 'ddns',
    upnp: 'upnp', 'universal plug and play': 'upnp',
    'bandwidth test server': 'btest', 'btest server': 'btest', 'bandwidth server': 'btest', 'bandwidth-test server': 'btest',
    note: 'note', 'login note': 'note', banner: 'note', 'login banner': 'note', motd: 'note', 'message of the day': 'note',
    // scheduler
    every: 'every', each: 'every', daily: 'daily', nightly: 'daily', everyday: 'daily', 'every day': 'daily', 'each day': 'daily',
    'every night': 'daily', 'each night': 'daily', hourly: 'hourly', weekly: 'weekly', 'every week': 'weekly', 'once a week': 'weekly',
    'once a day': 'daily', 'once an hour': 'hourly', midnight: 'midnight', noon: 'noon', midday: 'noon',
    weekday: 'weekdays', weekdays: 'weekdays', workday: 'weekdays', workdays: 'weekdays', 'business days': 'weekdays', 'working days': 'weekdays',
    weekend: 'weekend', weekends: 'weekend',
    monday: 'monday', tuesday: 'tuesday', wednesday: 'wednesday', thursday: 'thursday', friday: 'friday', saturday: 'saturday', sunday: 'sunday',
    mondays: 'monday', tuesdays: 'tuesday', wednesdays: 'wednesday', thursdays: 'thursday', fridays: 'friday', saturdays: 'saturday', sundays: 'sunday',
    scheduler: 'schedule', 'scheduled task': 'schedule', cron: 'schedule', 'cron job': 'schedule', startup: 'startup', boot: 'startup',
    // services
    service: 'service', services: 'service', 'ip service': 'service', 'ip services': 'service', 'management services': 'service',
    'strong crypto': 'strong-crypto', 'strong-crypto': 'strong-crypto', 'strong ciphers': 'strong-crypto', 'strong encryption': 'strong-crypto',
    'weak ciphers': 'strong-crypto', 'weak crypto': 'strong-crypto', cipher: 'strong-crypto', ciphers: 'strong-crypto', crypto: 'strong-crypto',
    'ssh ciphers': 'strong-crypto', 'ssh crypto': 'strong-crypto',
    'mac server': 'mac-server', 'mac-server': 'mac-server', 'mac telnet': 'mac-server', 'mac-telnet': 'mac-server', 'mac access': 'mac-server',
    'mac winbox': 'mac-winbox', 'mac-winbox': 'mac-winbox', 'mac ping': 'mac-ping', 'mac-ping': 'mac-ping',
    'neighbour discovery': 'discovery', discovery: 'discovery', 'neighbor discovery': 'discovery', lldp: 'discovery', cdp: 'discovery', mndp: 'discovery',
    insecure: 'insecure', unencrypted: 'insecure', plaintext: 'insecure', 'clear-text': 'insecure', 'clear text': 'insecure', unused: 'insecure',
    // users
    // User Manager, RouterOS's RADIUS server package: not a router user named "manager".
    'user manager': 'user-manager', usermanager: 'user-manager', 'user-manager': 'user-manager', userman: 'user-manager',
    user: 'user', users: 'user', account: 'user', accounts: 'user', login: 'user', username: 'username', 'user name': 'username', admin: 'admin',
    'new user': 'user', 'new account': 'user', 'new login': 'user',
    group: 'group', 'user group': 'group', password: 'password', passwd: 'password', pw: 'password', pwd: 'password', passphrase: 'password', pass: 'password',
    'read-only': 'read-only', 'read only': 'read-only', readonly: 'read-only', policy: 'policy', policies: 'policy', permissions: 'policy',
    // queues
    queue: 'queue', queues: 'queue', 'simple queue': 'queue', bandwidth: 'bandwidth', speed: 'bandwidth', throughput: 'bandwidth',
    download: 'download', downloads: 'download', downstream: 'download', downlink: 'download', dl: 'download', down: 'download', inbound: 'download', incoming: 'download',
    upload: 'upload', uploads: 'upload', upstream: 'upload', uplink: 'upload', ul: 'upload', up: 'upload', outbound: 'upload', outgoing: 'upload',
    pcq: 'pcq', equally: 'pcq', evenly: 'pcq', fairly: 'pcq', 'fair share': 'pcq', 'fair sharing': 'pcq', 'equal sharing': 'pcq', 'equal share': 'pcq', 'fair queuing': 'pcq', 'fair queueing': 'pcq',
    total: 'total', combined: 'total', overall: 'total', altogether: 'total',
    // VPNs and tunnels
    peer: 'peer', peers: 'peer', 'public key': 'public-key', pubkey: 'public-key', 'public-key': 'public-key', 'peer key': 'public-key',
    endpoint: 'endpoint', 'end point': 'endpoint', keepalive: 'keepalive', 'keep alive': 'keepalive', 'keep-alive': 'keepalive', 'persistent keepalive': 'keepalive',
    'allowed ips': 'allowed', 'allowed ip': 'allowed', 'allowed address': 'allowed', 'allowed addresses': 'allowed', 'allowed-address': 'allowed', 'allowed subnets': 'allowed',
    'listen port': 'listen', 'listening port': 'listen', listen: 'listen', listening: 'listen',
    pppoe: 'pppoe', 'pppoe client': 'pppoe', 'pppoe-client': 'pppoe', 'pppoe connection': 'pppoe', dsl: 'pppoe', adsl: 'pppoe', vdsl: 'pppoe', fiber: 'pppoe', fibre: 'pppoe',
    'default route': 'default-route', 'default gateway': 'default-route', 'peer dns': 'peer-dns', "isp's dns": 'peer-dns', 'isp dns': 'peer-dns', 'provider dns': 'peer-dns',
    'l2tp server': 'l2tp-server', 'vpn server': 'l2tp-server', 'l2tp/ipsec': 'l2tp-server', 'ipsec secret': 'ipsec-secret', 'ipsec key': 'ipsec-secret',
    'pre-shared key': 'ipsec-secret', 'preshared key': 'ipsec-secret', psk: 'ipsec-secret', secret: 'secret', 'shared secret': 'ipsec-secret',
    'ppp secret': 'ppp-secret', 'vpn user': 'ppp-secret', 'vpn account': 'ppp-secret', 'ppp user': 'ppp-secret', 'vpn login': 'ppp-secret', 'l2tp user': 'ppp-secret',
    'ppp profile': 'profile', profile: 'profile', 'vpn profile': 'profile', pool: 'pool', 'address pool': 'pool', 'ip pool': 'pool',
    eoip: 'eoip', 'ethernet over ip': 'eoip', 'eoip tunnel': 'eoip', 'gre tunnel': 'gre', tunnel: 'tunnel', tunnels: 'tunnel',
    'tunnel id': 'tunnel-id', 'tunnel-id': 'tunnel-id', 'local address': 'local-address', 'remote address': 'remote-address', 'remote end': 'remote-address',
    vpn: 'vpn', 'wireguard interface': 'wireguard', wireguard: 'wireguard', wg: 'wireguard',
    // Wi-Fi
    wifi: 'wifi', 'wi-fi': 'wifi', wireless: 'wifi', 'wireless network': 'wifi', 'wifi network': 'wifi', 'wi-fi network': 'wifi', wlan: 'wifi', radio: 'wifi', radios: 'wifi',
    ssid: 'ssid', ssids: 'ssid', 'network name': 'ssid', 'wifi name': 'ssid', 'wireless name': 'ssid', 'wi-fi name': 'ssid',
    'wifi password': 'passphrase', 'wi-fi password': 'passphrase', 'wireless password': 'passphrase', 'wpa key': 'passphrase', 'wifi key': 'passphrase',
    wpa2: 'wpa2', wpa3: 'wpa3', 'wpa2/wpa3': 'wpa2-wpa3', wpa: 'wpa2', 'wpa2-psk': 'wpa2', 'wpa3-psk': 'wpa3', security: 'security', encryption: 'security',
    legacy: 'legacy', 'legacy wireless': 'legacy', 'old wireless': 'legacy', 'wireless package': 'legacy', 'legacy wireless package': 'legacy', 'legacy package': 'legacy', 'old wireless package': 'legacy', capsman: 'capsman',
    hidden: 'hidden', invisible: 'hidden', visible: 'visible', unhidden: 'visible', 'both bands': 'all-radios', 'all radios': 'all-radios', 'every radio': 'all-radios', 'all wifi interfaces': 'all-radios',
    // diagnostics and read-only
    times: 'times', count: 'times', pings: 'times', 'packet count': 'times',
    routes: 'routes', 'routing table': 'routes', 'route table': 'routes', leases: 'leases', 'dhcp leases': 'leases', 'arp table': 'arp', arp: 'arp',
    resources: 'resource', resource: 'resource', cpu: 'resource', memory: 'resource', uptime: 'resource', 'cpu load': 'resource',
    neighbors: 'neighbors', neighbours: 'neighbors', interfaces: 'interfaces', addresses: 'addresses', 'ip addresses': 'addresses',
    whole: 'whole', entire: 'whole', full: 'whole', complete: 'whole', section: 'section', compact: 'compact', verbose: 'verbose', sensitive: 'sensitive', 'show-sensitive': 'sensitive', 'show sensitive': 'sensitive', 'sensitive data': 'sensitive', 'sensitive info': 'sensitive', 'sensitive information': 'sensitive', 'sensitive values': 'sensitive', 'sensitive settings': 'sensitive',
  },
  // Common English words listed so the typo fixer leaves them alone ("leave" is not "lease").
  filler: ['router', 'mikrotik', 'box', 'device', 'the', 'new', 'please', 'with', 'using', 'named', 'called', 'as', 'then', 'again', 'now', 'immediately', 'right', 'away'],
  // Time words the rules read by their text (WHEN_WORDS): known, so "night" is never corrected to "right", and never
  // filler, so "reboot tonight" is refused by a rule that would act now. "leave" is not "lease".
  known: ['leave', 'leaves', 'night', 'nights', 'tonight', 'tomorrow', 'later', 'morning', 'mornings', 'evening', 'evenings', 'afternoon', 'afternoons', 'during',
    'until', 'daytime', 'nighttime',
    // Modal verbs a typo fix would turn into time words ("might" is not "night").
    'might'],
  misspellings: {
    reboto: 'reboot', rebot: 'reboot', reeboot: 'reboot', rebooot: 'reboot', restrat: 'restart', shutdwon: 'shutdown', shudown: 'shutdown',
    timezon: 'timezone', timzone: 'timezone', tiemzone: 'timezone', identiy: 'identity', idnetity: 'identity', hostanme: 'hostname',
    bakup: 'backup', backp: 'backup', bacup: 'backup', exprot: 'export', upgarde: 'upgrade', upgade: 'upgrade', udpate: 'update', updaet: 'update',
    firmwre: 'firmware', frimware: 'firmware', schedlue: 'schedule', shedule: 'schedule', scheudle: 'schedule',
    pasword: 'password', passowrd: 'password', pssword: 'password', passwrod: 'password', usr: 'user', uesr: 'user',
    queu: 'queue', qeue: 'queue', queeu: 'queue', bandwith: 'bandwidth', bandwidht: 'bandwidth', banwidth: 'bandwidth', downlaod: 'download', dowload: 'download', uplaod: 'upload',
    wiregaurd: 'wireguard', wireguad: 'wireguard', wirguard: 'wireguard', pppeo: 'pppoe', pppoo: 'pppoe', tunel: 'tunnel', tunnle: 'tunnel',
    wirless: 'wireless', wireles: 'wireless', wifii: 'wifi', sssid: 'ssid', passprase: 'passphrase',
    tracerout: 'traceroute', traceoute: 'traceroute', syslgo: 'syslog', servce: 'service', serivce: 'service', sevice: 'service', servcie: 'service',
    usre: 'user', acount: 'account', accout: 'account', limt: 'limit', lmit: 'limit', limti: 'limit', pign: 'ping', pnig: 'ping', creat: 'create',
    sycn: 'sync', snyc: 'sync', hiden: 'hide', idenity: 'identity', wrieguard: 'wireguard',
  },
};

/** The user groups RouterOS has built in, by the names people type ("add user bob to the read group", "full access"). */
export const BUILT_IN_GROUPS: readonly string[] = ['read', 'write', 'full'];
