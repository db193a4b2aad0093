/**
 * System (manual: System > Identity, Clock, NTP, Reset, Backup, Packages,
 * RouterBOARD, Log; IP > Cloud, UPnP; SNMP; Tools > Bandwidth Test): the
 * router's own settings and one-shot actions.
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import { addressText } from '../traffic.js';
import type { Frame } from '../frame.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, indexOf, isNoun, leads, says, techs, whenWord } from '../words.js';
import { changesOnly } from '../traits.js';
import { freeTextAfter, quotedText, secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';
import { WHEN_WORDS } from '../../../grammar/english/words.js';
import { CONFIG_PART_WORDS, NAME_GIVING_WORDS, PLAIN_REBOOT_WORDS, UPDATE_WORDS } from '../../../grammar/english/classes.js';
import { CHANNEL_WORDS, FILE_NAME_LABELS, KEEP_WORDS, NTP_WORDS, TRAFFIC_RULE_VERBS } from '../../../grammar/english/cues.js';
import { claim } from '../claims.js';

/** Verbs of the firewall and NAT families: a clause with one is theirs ("redirect ntp to the router"). */
export const trafficVerb = (frame: Frame): boolean => asks(frame, 'block', 'allow', 'redirect', 'forward', 'masquerade', 'srcnat', 'reject', 'tarpit');

/** "don't reboot": a negated request says what not to do, which is no request. */
function negatedRefusal(frame: Frame, id: string, example: string): IntentResult | null {
  return frame.negated ? refuse(id, `"${frame.actions[0]?.term.text ?? 'it'}" is negated, so there is nothing to do`, example) : null;
}

const onOff = (frame: Frame): 'yes' | 'no' | undefined => (asks(frame, 'disable', 'block') ? 'no' : asks(frame, 'enable', 'set', 'add', 'allow', 'rename', 'use', 'start') ? 'yes' : undefined);

/** "name the router lab-7", "set the identity to core-01", "change hostname to \"Main Office\"". */
export const identityRule: IntentRule = {
  id: 'system: set identity <name>',
  once: true,
  // "the router name", "the router's name", "rename the router": the router itself, when no interface is named.
  match: (frame) => (has(frame, 'identity') && asks(frame, 'set', 'rename', 'add') ? 50
    : frame.places.some((p) => p.value === 'router') && frame.interfaces.length === 0 && (leads(frame, 'rename') || (asks(frame, 'set', 'rename') && says(frame, 'name'))) ? 50 : 0),
  build(frame) {
    const example = 'Name the router lab-7';
    // "set router identity to branch-02 and timezone to Europe/London": the time zone is another setting, not left out.
    if (techs(frame, 'timezone').length > 0 || has(frame, 'timezone')) return refuse(this.id, 'it also sets the time zone; give each setting its own verb ("set the identity to r1 and set the time zone to Europe/Paris")', example);
    const anchor = indexOf(frame, (t) => isNoun(t, 'identity') || t.meanings.some((m) => m.type === 'place' && m.value === 'router'));
    const toAt = indexOf(frame, (t) => t.normal === 'to' || t.normal === 'as', Math.max(anchor, 0));
    const given = (toAt >= 0 ? valueAfter(frame, toAt) : undefined) ?? (anchor >= 0 ? valueAfter(frame, anchor) : undefined) ?? quotedText(frame);
    if (!given) return refuse(this.id, 'it does not say what to name the router', example);
    if (given.text.length > 64) return refuse(this.id, 'a router name is at most 64 characters here', example);
    return ok(this.id, [command('/system identity', 'set', { name: str(given.text) })]);
  },
};

/** "set the time zone to Europe/Riga", "use UTC". */
export const timeZoneRule: IntentRule = {
  id: 'system: set time zone <zone>',
  once: true,
  match: (frame) => (techs(frame, 'timezone').length > 0 || has(frame, 'timezone') || (has(frame, 'utc') && asks(frame, 'set'))) && !frame.negated ? 50 : 0,
  build(frame) {
    const example = 'Set the time zone to Europe/Riga';
    const zones = techs(frame, 'timezone');
    const bad = zones.find((z) => !z.tech.valid);
    if (bad) return refuse(this.id, `${bad.tech.name} is not a known time zone; use an IANA name such as Europe/Riga or America/New_York, or UTC`, example);
    let name = zones[0]?.tech.name;
    if (zones.length > 1) return refuse(this.id, 'the router has one time zone; name just one', example);
    // "GMT+2", "UTC-5": an offset is no zone RouterOS knows by that name (and UTC alone would be wrong).
    const offset = frame.terms.find((t, i) => (isNoun(t, 'utc') && (/[+-]/.test(t.after) || frame.terms[i + 1]?.number !== undefined)) || /^(?:utc|gmt)[+-]\d/i.test(t.text));
    if (offset) return refuse(this.id, 'RouterOS takes a zone name, not an offset from UTC (which also ignores daylight saving); use an IANA name such as Europe/Riga or America/New_York', example);
    if (name === undefined && has(frame, 'utc')) name = 'UTC';
    if (name === undefined) {
      const at = indexOf(frame, (t) => isNoun(t, 'timezone'));
      const said = valueAfter(frame, at, { plainWords: true });
      return refuse(this.id, said ? `"${said.text}" is not a known time zone; use an IANA name such as Europe/Riga or America/New_York, or UTC` : 'it does not say which time zone', example);
    }
    // "set the clock to Europe/Kyiv": the zone is the clock's.
    has(frame, 'clock');
    return ok(this.id, [command('/system clock', 'set', { 'time-zone-autodetect': 'no', 'time-zone-name': name })], [
      'Time zone autodetection is turned off so the zone you chose stays set.',
    ]);
  },
};

const POOL = ['0.pool.ntp.org', '1.pool.ntp.org', '2.pool.ntp.org', '3.pool.ntp.org'];

/** Public NTP services people name by company. */
const NTP_PROVIDERS: Readonly<Record<string, string>> = {
  google: 'time.google.com', cloudflare: 'time.cloudflare.com', apple: 'time.apple.com', microsoft: 'time.windows.com', windows: 'time.windows.com',
  nist: 'time.nist.gov', facebook: 'time.facebook.com', meta: 'time.facebook.com',
};

/** "sync time from pool.ntp.org", "enable the NTP client with servers 192.0.2.1 and 192.0.2.2", "disable ntp". */
/** DHCP words: an NTP server "on the DHCP server" or "handed out" is a DHCP option for clients, not the router's own NTP client. */
const aboutDhcp = (frame: Frame): boolean =>
  frame.terms.some((t) => /dhcp/.test(t.normal) || isNoun(t, 'dhcp-server', 'dhcp-client', 'lease', 'peer-ntp')) || asks(frame, 'serve');

export const ntpRule: IntentRule = {
  id: 'system: ntp client [servers]',
  once: true,
  match: (frame) => (!trafficVerb(frame) && !aboutDhcp(frame) && (has(frame, 'ntp') || frame.services.some((s) => s.value.name === 'ntp') || (says(frame, 'sync', 'synchronize', 'synchronise') && has(frame, 'time', 'clock'))) && frame.actions.length > 0 ? 50 : 0),
  build(frame) {
    const example = 'Sync time from 0.pool.ntp.org and 1.pool.ntp.org';
    const negated = negatedRefusal(frame, this.id, example);
    if (negated) return negated;
    if (asks(frame, 'disable', 'block') && !asks(frame, 'enable')) return ok(this.id, [command('/system ntp client', 'set', { enabled: 'no' })]);
    // ("ntp server" may be read as one term.)
    const server = frame.terms.some((t) => /\bserver\b/.test(t.normal));
    if (says(frame, 'serve', 'provide') || (asks(frame, 'enable') && frame.addresses.length === 0 && server && !says(frame, 'client', 'sync'))) {
      return refuse(this.id, 'it is not clear whether the router should sync its clock (NTP client) or answer NTP requests (NTP server); say "sync time from <server>"', example);
    }
    const servers = frame.addresses.map((a) => a.value);
    const wrong = servers.find((s) => s.kind !== 'ip' && s.kind !== 'hostname' && s.kind !== 'ip6');
    // The NTP client always asks port 123; "10.0.0.1:123" is that, any other port cannot be set.
    const port = servers.find((s) => s.kind === 'ip' && s.port !== undefined && s.port !== 123);
    if (port && port.kind === 'ip') return refuse(this.id, `the NTP client always uses port 123; port ${port.port} (in ${port.address}:${port.port}) cannot be set`, example);
    if (wrong) return refuse(this.id, `${addressText(wrong)} is not an NTP server address`, example);
    const warnings: string[] = [];
    let names = servers.map((s) => addressText(s));
    if (names.some((n) => n.includes(':') && !n.includes('::') && /\.\d+:\d+$/.test(n))) return refuse(this.id, 'NTP servers are given without a port', example);
    // "use google's ntp server", "sync time with cloudflare": the provider's public servers.
    const provider = frame.terms.map((t) => NTP_PROVIDERS[t.normal.replace(/['’]s$/, '')]).find((p) => p !== undefined);
    if (names.length === 0 && provider) names = [provider];
    // "use our internal ntp server": a server the prompt means but does not name.
    const unnamed = frame.places.length > 0 || frame.unknown.some((w) => !NTP_WORDS.has(w));
    if (names.length === 0 && unnamed) return refuse(this.id, 'it does not say the NTP server\'s address or host name', example);
    if (names.length === 0) {
      const count = frame.numbers[0]?.value ?? 2;
      if (count < 1 || count > 4) return refuse(this.id, 'name the NTP servers, or ask for one to four of pool.ntp.org', example);
      names = POOL.slice(0, count);
      warnings.push(`No NTP servers were named: ${names.join(', ')} (the public NTP pool) were used; name your own servers if you have them.`);
    }
    return ok(this.id, [command('/system ntp client', 'set', { enabled: 'yes', servers: names.join(',') })], warnings);
  },
};

/** The clock set by hand. */
export const clockRule: IntentRule = {
  id: 'system: set clock time',
  once: true,
  match: (frame) => (has(frame, 'clock', 'time') && asks(frame, 'set') && techs(frame, 'time').length > 0 && !has(frame, 'every', 'daily') ? 45 : 0),
  build(frame) {
    const time = techs(frame, 'time')[0]!.tech;
    const two = (n: number): string => String(n).padStart(2, '0');
    return ok(this.id, [command('/system clock', 'set', { time: `${two(time.hour)}:${two(time.minute)}:${two(time.second)}` })], [
      'A clock set by hand drifts and is lost at reboot on boards without a battery; an NTP client keeps it right.',
    ]);
  },
};

/**
 * "reboot", "restart the router now": the verb has no object but the router itself. "Restart ether1",
 * "shut down ether2" or "restart the dhcp client" are about something else, never the whole router.
 */
const aboutRouterOnly = (frame: Frame): boolean =>
  frame.interfaces.length + frame.addresses.length + frame.services.length + frame.protocols.length + frame.ports.length + frame.macs.length === 0 &&
  frame.terms.every((t) => frame.actions.some((a) => a.term === t) || t.meanings.length === 0 || t.meanings.every((m) => m.type === 'filler' || m.type === 'word' || (m.type === 'place' && m.value === 'router')) || isNoun(t, 'and', 'then', 'whole'));

/** "reboot tonight", "reboot in 5 minutes", "reboot after the upgrade": a reboot at another time, which is not a reboot now. */
function whenRefusal(frame: Frame, id: string, verb: string): IntentResult | null {
  const extra = [...frame.unknown.filter((w) => !PLAIN_REBOOT_WORDS.has(w) && !WHEN_WORDS.includes(w)), ...frame.numbers.map((n) => String(n.value))];
  const when = whenWord(frame);
  if (when) extra.unshift(when.text);
  if (frame.terms.some((t) => t.technical?.kind === 'amount')) extra.push(...frame.terms.filter((t) => t.technical?.kind === 'amount').map((t) => t.text));
  return extra.length === 0 ? null : refuse(id, `it says more than "${verb}" (${extra.map((w) => `"${w}"`).join(', ')}); this generator does it now, or on a schedule ("${verb} every day at 3am")`, `${verb[0]!.toUpperCase()}${verb.slice(1)} the router`);
}

export const rebootRule: IntentRule = {
  id: 'system: reboot',
  match: (frame) => (leads(frame, 'reboot') && aboutRouterOnly(frame) ? 40 : 0),
  build(frame) {
    return negatedRefusal(frame, this.id, 'Reboot the router') ?? whenRefusal(frame, this.id, 'reboot') ?? ok(this.id, [command('/system', 'reboot')]);
  },
};

export const shutdownRule: IntentRule = {
  id: 'system: shutdown',
  once: true,
  match: (frame) => (leads(frame, 'shutdown') && aboutRouterOnly(frame) ? 40 : 0),
  build(frame) {
    return negatedRefusal(frame, this.id, 'Shut the router down') ?? whenRefusal(frame, this.id, 'shut down') ?? ok(this.id, [command('/system', 'shutdown')], ['The router stays off until its power is cycled by hand.']);
  },
};

/** "factory reset without the default config", "reset the configuration but keep users, skip the backup". */
export const resetRule: IntentRule = {
  id: 'system: reset-configuration [no-defaults] [keep-users] [skip-backup]',
  once: true,
  match: (frame) => (leads(frame, 'reset') && !has(frame, 'password', 'queue') ? 45 : 0),
  build(frame) {
    const example = 'Reset the configuration to factory defaults, keep users';
    const negated = negatedRefusal(frame, this.id, example);
    if (negated) return negated;
    if (!has(frame, 'config', 'defaults') && !says(frame, 'factory reset')) {
      return refuse(this.id, '"reset" alone could mean a reboot or erasing the configuration; say "reset the configuration" (or "reboot")', example);
    }
    // "reset the firewall to default", "reset the bridge config": RouterOS resets only the whole configuration; a
    // request about one part must never wipe the router. ("keep the users" is the one part a reset can spare.)
    const keeps = indexOf(frame, (t) => KEEP_WORDS.has(t.normal));
    const part = frame.terms.find((t, k) => (keeps < 0 || k < keeps) && (t.normal.split(/[\s-]/).some((w) => CONFIG_PART_WORDS.has(w)) || t.technical?.kind === 'interface' || t.meanings.some((m) => m.type === 'service' || m.type === 'protocol')));
    if (part) return refuse(this.id, `RouterOS resets only the whole configuration (/system reset-configuration erases every setting, addresses and users included); resetting "${part.text}" alone is not a command. To clear rules say "remove all firewall filter rules", or ask for the part's settings one by one`, 'Remove all firewall filter rules');
    // RouterOS keeps only the users (keep-users=yes); "keep the IP address" cannot be honoured.
    const keepAt = indexOf(frame, (t) => KEEP_WORDS.has(t.normal));
    if (keepAt >= 0 && !frame.terms.slice(keepAt + 1).some((t) => isNoun(t, 'user'))) {
      return refuse(this.id, 'a configuration reset can keep only the users (keep-users); anything else you want back must be restored from a backup or an export afterwards', example);
    }
    if (says(frame, 'script')) return refuse(this.id, 'running a script after the reset (run-after-reset) is not generated here', example);
    // "with no defaults", "no default config": the "no" before the defaults is read with them.
    const noBefore = frame.terms.find((t, k) => t.negative && frame.terms.slice(k + 1, k + 3).some((x) => x.meanings.some((m) => m.type === 'noun' && m.value === 'defaults')));
    if (noBefore) claim(noBefore);
    const noDefaults = says(frame, 'blank', 'empty', 'clean', 'bare') || (has(frame, 'defaults') && (frame.terms.some((t) => t.negative) || says(frame, 'without'))) || says(frame, 'no-defaults');
    const keepUsers = says(frame, 'keep', 'keeping', 'preserve', 'retain') && has(frame, 'user');
    const skipBackup = (says(frame, 'skip', 'skipping') || says(frame, 'without')) && has(frame, 'backup');
    return ok(this.id, [command('/system', 'reset-configuration', {
      'no-defaults': noDefaults ? 'yes' : undefined,
      'keep-users': keepUsers ? 'yes' : undefined,
      'skip-backup': skipBackup ? 'yes' : undefined,
    })], noDefaults ? ['With no-defaults=yes the router comes back with no configuration at all: no IP address, no firewall; reach it by MAC address (WinBox) or console.'] : []);
  },
};

function fileNameAfter(frame: Frame): { text: string } | undefined {
  // "to a file called daily": "called" and "named" say the name even after "file".
  const called = indexOf(frame, (t) => NAME_GIVING_WORDS.has(t.normal));
  const at = called >= 0 ? called : indexOf(frame, (t) => FILE_NAME_LABELS.has(t.normal) || isNoun(t, 'file'));
  // After "named"/"called" any word is the name, even one of ours ("a backup named nightly").
  const plainWords = at >= 0 && NAME_GIVING_WORDS.has(frame.terms[at]!.normal);
  return (at >= 0 ? valueAfter(frame, at, { plainWords }) : undefined) ?? quotedText(frame);
}

/** "save a backup named before-upgrade", "back up the config with password \"...\"", "restore the backup before-upgrade". */
export const backupRule: IntentRule = {
  id: 'system: backup save|load [name] [password]',
  match: (frame) => (leads(frame, 'backup') || (asks(frame, 'add', 'set', 'take') && has(frame, 'backup')) ? 45 : leads(frame, 'restore') && has(frame, 'backup', 'config', 'file') ? 45 : 0),
  build(frame) {
    const load = leads(frame, 'restore');
    const example = load ? 'Restore the backup before-upgrade.backup' : 'Save a backup named before-upgrade';
    const negated = negatedRefusal(frame, this.id, example);
    if (negated) return negated;
    if (leads(frame, 'backup') && says(frame, 'save') && !has(frame, 'backup', 'config')) return refuse(this.id, 'it does not say what to save', example);
    // "to the ftp server 10.0.0.5", "to usb1": the file is saved on the router; sending or moving it is another step.
    const toAt = load ? -1 : indexOf(frame, (t) => t.normal === 'to');
    const elsewhere = frame.addresses[0]?.term.text ?? frame.interfaces[0]?.value ?? frame.services[0]?.term.text ?? (toAt >= 0 ? valueAfter(frame, toAt)?.text : undefined);
    if (elsewhere) return refuse(this.id, `a backup is saved on the router's own storage; sending it to ${elsewhere} is not generated here`, example);
    const secret = secretOf(frame);
    if (secret) {
      const problem = secretProblem(secret);
      if (problem) return refuse(this.id, problem, example);
    }
    const name = fileNameAfter(frame);
    if (load) {
      const at = indexOf(frame, (t) => isNoun(t, 'backup') && !t.meanings.some((m) => m.type === 'action' && m.value === 'restore'));
      const file = name ?? (at >= 0 ? valueAfter(frame, at) : undefined);
      if (!file) return refuse(this.id, 'it does not say which backup file to load', example);
      return loadBackup(this.id, file.text, secret);
    }
    const unencrypted = says(frame, 'unencrypted') || (says(frame, 'without', 'no') && has(frame, 'security') ) || says(frame, 'dont-encrypt');
    const warnings = secret ? secretWarnings(secret) : [];
    if (!secret && !unencrypted) warnings.push('No password was given: the backup is not encrypted, and it holds the router\'s users and keys; keep the file safe or ask again with a password.');
    if (!name) warnings.push('No name was given: RouterOS names the file after the identity and date.');
    return ok(this.id, [command('/system backup', 'save', {
      name: name ? str(name.text.replace(/\.backup$/i, '')) : undefined,
      password: secret ? str(secret.text) : undefined,
      'dont-encrypt': unencrypted && !secret ? 'yes' : undefined,
    })], warnings);
  },
};

function loadBackup(id: string, name: string, secret: { text: string; trailing: string } | undefined): IntentResult {
  const file = /\.backup$/i.test(name) ? name : `${name}.backup`;
  return ok(id, [command('/system backup', 'load', { name: str(file), password: secret ? str(secret.text) : undefined })], [
    ...(secret ? secretWarnings(secret) : []),
    'Loading a backup replaces the whole configuration and reboots the router.',
  ]);
}

/** Sections people export, as menus. */
const SECTIONS: readonly { words: readonly string[]; path: string }[] = [
  { words: ['nat'], path: '/ip firewall nat' },
  { words: ['filter', 'filters'], path: '/ip firewall filter' },
  { words: ['mangle'], path: '/ip firewall mangle' },
  { words: ['address list', 'address-list', 'address lists'], path: '/ip firewall address-list' },
  // "the firewall" after its tables: "firewall address lists" is the address lists; shown, it is the filter rules.
  { words: ['firewall'], path: '/ip firewall filter' },
  { words: ['dhcp', 'dhcp server'], path: '/ip dhcp-server' },
  { words: ['dns'], path: '/ip dns' },
  { words: ['routes', 'route', 'routing'], path: '/ip route' },
  { words: ['addresses', 'ip addresses'], path: '/ip address' },
  { words: ['interfaces', 'interface'], path: '/interface' },
  { words: ['bridge'], path: '/interface bridge' },
  { words: ['wireguard', 'wg'], path: '/interface wireguard' },
  { words: ['queue', 'queues'], path: '/queue simple' },
  { words: ['scheduler', 'schedule'], path: '/system scheduler' },
  { words: ['users', 'user'], path: '/user' },
  { words: ['services', 'service'], path: '/ip service' },
  { words: ['wifi', 'wireless', 'wi-fi'], path: '/interface wifi' },
];

/** The menu a clause names ("the firewall", "dhcp"), or undefined. */
export function sectionOf(frame: Frame): string | undefined {
  for (const s of SECTIONS) if (frame.terms.some((t) => s.words.includes(t.normal) || s.words.includes(t.text.toLowerCase()) || (t.meanings.some((m) => m.type === 'service' && s.words.includes(m.value.name))))) return s.path;
  return undefined;
}

/**
 * The menu an export names (`sectionOf`), where "the firewall" alone is the whole firewall: `/ip firewall export`
 * writes its filter, NAT, mangle and raw rules and its address lists ("the firewall filter" is the filter alone).
 */
function exportSection(frame: Frame): string | undefined {
  const section = sectionOf(frame);
  if (section !== '/ip firewall filter') return section;
  return says(frame, 'filter', 'filters') ? section : '/ip firewall';
}

/** "export the firewall", "export the whole config to a file called backup-2024", "export with passwords". */
export const exportRule: IntentRule = {
  id: 'system: export [section] [file]',
  once: true,
  match: (frame) => (leads(frame, 'export') ? 45 : 0),
  build(frame) {
    const example = 'Export the firewall configuration to a file named fw';
    const section = exportSection(frame);
    if (!section) return refuse(this.id, 'exporting the whole configuration needs the root /export command, which this generator cannot check yet; export one section (firewall, nat, dhcp, queues, ...)', example);
    if (frame.addresses.length > 0) return refuse(this.id, `an export is shown or saved to a file on the router; sending it to ${frame.addresses[0]!.term.text} is not generated here`, example);
    const fileAt = indexOf(frame, (t) => isNoun(t, 'file') || NAME_GIVING_WORDS.has(t.normal));
    const file = fileAt >= 0 ? valueAfter(frame, fileAt) : undefined;
    if (fileAt >= 0 && !file && has(frame, 'file')) return refuse(this.id, 'it does not say what to name the file', example);
    const flags: string[] = [];
    if (has(frame, 'verbose')) flags.push('verbose');
    if (has(frame, 'sensitive') || (has(frame, 'password') && says(frame, 'with', 'including', 'include'))) flags.push('show-sensitive');
    const args = [
      ...(file ? [{ kind: 'named' as const, name: 'file', value: str(file.text) }] : []),
      ...flags.map((f) => ({ kind: 'positional' as const, value: { kind: 'word' as const, text: f } })),
    ];
    const warnings = flags.includes('show-sensitive') ? ['show-sensitive puts passwords and keys in the export; keep the file safe.'] : [];
    return ok(this.id, [command(section, 'export', args)], warnings);
  },
};

/** "check for updates", "upgrade RouterOS", "switch to the long-term channel". */
export const packageRule: IntentRule = {
  id: 'system: package update check|install [channel]',
  match: (frame) => (((has(frame, 'package', 'channel') && asks(frame, 'check', 'upgrade', 'install', 'update', 'set')) || (has(frame, 'install-found') && asks(frame, 'check'))) && !has(frame, 'firmware') ? 45
    // "... and upgrade": an upgrade with no object is RouterOS's own.
    : leads(frame, 'upgrade', 'install') && frame.terms.every((t) => t === frame.actions[0]!.term || (t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler')) || isNoun(t, 'and', 'it')) ? 30 : 0),
  build(frame) {
    const example = 'Check for RouterOS updates and install them';
    // "install docker", "install the container package": a package by name is not an update of RouterOS.
    const named = has(frame, 'channel') ? undefined : frame.terms.find((t) => t.meanings.length === 0 && !!t.noun && !t.technical && t.number === undefined && !t.negative && !UPDATE_WORDS.has(t.normal) && /[a-z]/i.test(t.normal));
    if (named) return refuse(this.id, `installing "${named.text}" by name is not supported: extra packages come from the package archive of your RouterOS version; this generator only checks for and installs RouterOS updates`, example);
    const negated = negatedRefusal(frame, this.id, example);
    if (negated) return negated;
    const commands: Command[] = [];
    const channel = frame.terms.find((t) => isNoun(t, 'channel') && !CHANNEL_WORDS.has(t.normal));
    if (has(frame, 'channel') && !channel) return refuse(this.id, 'it does not say which channel (stable, long-term, testing or development)', example);
    if (channel) commands.push(command('/system package update', 'set', { channel: channel.normal.replace(/\s+/g, '-') }));
    // "update channel": "update" names the setting there, it is no request to install.
    const install = has(frame, 'install-found') || frame.actions.some((a) => (a.value === 'upgrade' || a.value === 'install') && !isNoun(frame.terms[frame.terms.indexOf(a.term) + 1], 'channel'));
    // "switch to the testing channel" only changes the channel; checking is asked for ("check for updates") or part of installing.
    if (install || asks(frame, 'check')) commands.push(command('/system package update', 'check-for-updates', [{ kind: 'positional', value: { kind: 'word', text: 'once' } }]));
    const warnings: string[] = [];
    if (install) {
      commands.push(command('/system package update', 'install'));
      warnings.push('install downloads the new version and reboots the router to install it; if the check finds nothing newer it does nothing. Take a backup first.');
    }
    return ok(this.id, commands, warnings);
  },
};

/** "upgrade the RouterBOARD firmware". */
export const firmwareRule: IntentRule = {
  id: 'system: routerboard upgrade',
  match: (frame) => (has(frame, 'firmware') && asks(frame, 'upgrade', 'install', 'update', 'set') ? 50 : 0),
  build(frame) {
    return negatedRefusal(frame, this.id, 'Upgrade the RouterBOARD firmware') ?? ok(this.id, [command('/system routerboard', 'upgrade')], [
      'The new firmware takes effect after the next reboot; ask "then reboot" or reboot when convenient. Upgrade RouterOS first: the firmware upgrade installs the version that matches it.',
    ]);
  },
};

const LOG_TOPICS = ['critical', 'error', 'warning', 'info', 'debug', 'firewall', 'system', 'dhcp', 'wireless', 'wifi', 'interface', 'account', 'ppp', 'ipsec', 'l2tp', 'pppoe', 'ospf', 'bgp', 'route', 'script', 'dns', 'ssh', 'web', 'ntp', 'caps', 'bridge', 'vrrp', 'certificate', 'backup', 'health', 'e-mail', 'ovpn', 'wireguard', 'snmp', 'pptp', 'sstp', 'hotspot', 'radius', 'ups'];
const TOPIC_ALIASES: Readonly<Record<string, string>> = { errors: 'error', warnings: 'warning', critical: 'critical', infos: 'info', accounts: 'account', logins: 'account', login: 'account', interfaces: 'interface' };

export function logTopics(frame: Frame): string[] {
  const topics: string[] = [];
  for (const t of frame.terms) {
    const word = TOPIC_ALIASES[t.normal] ?? (t.meanings.some((m) => m.type === 'service' && m.value.name === 'wireguard') ? 'wireguard' : t.normal);
    if (LOG_TOPICS.includes(word) && !topics.includes(word)) topics.push(word === 'wifi' ? 'wireless' : word);
  }
  return topics;
}

/** Remote syslog. */
export const syslogRule: IntentRule = {
  id: 'system: remote syslog <address> [topics]',
  once: true,
  // Not "drop syslog from the wan" or "allow syslog from 10.0.0.5": those filter syslog traffic (the firewall's).
  match: (frame) => ((has(frame, 'syslog') || (asks(frame, 'send', 'forward') && has(frame, 'logs', 'log')) || (frame.services.some((s) => s.value.name === 'syslog') && frame.addresses.length > 0)) &&
    // ("firewall" in "firewall logs" or "for firewall topics" names the topic, not a verb; "forward logs to" is this rule's own verb.)
    !frame.actions.some((a, i) => i === 0 && a.term.normal !== 'firewall' && a.value !== 'forward' && TRAFFIC_RULE_VERBS.has(a.value)) ? 50 : 0),
  build(frame) {
    const example = 'Send logs to a syslog server at 192.168.88.5';
    const negated = negatedRefusal(frame, this.id, example);
    if (negated) return negated;
    const targets = frame.addresses.map((a) => a.value);
    if (targets.length === 0) return refuse(this.id, 'it does not say the syslog server\'s address', example);
    if (targets.length > 1) return refuse(this.id, 'one syslog server per request', example);
    const target = targets[0]!;
    if (target.kind !== 'ip' && target.kind !== 'ip6') return refuse(this.id, `the syslog server must be an IP address, not ${addressText(target)}`, example);
    const port = (target.kind === 'ip' ? target.port : undefined) ?? frame.ports[0]?.value.from ?? frame.numbers.find((n) => n.value > 0 && n.value < 65536)?.value;
    const topics = logTopics(frame);
    const warnings: string[] = [];
    if (topics.length === 0) {
      topics.push('info', 'warning', 'error', 'critical');
      warnings.push('No topics were named: info, warning, error and critical messages are sent (as RouterOS logs to memory by default); debug is not.');
    }
    const action = 'remote-syslog';
    const commands: Command[] = [
      command('/system logging action', 'add', {
        name: action, target: 'remote', remote: target.address, 'remote-port': port ?? 514, 'remote-log-format': 'syslog',
      }),
      // One rule per topic: the topics of one rule must all match (firewall,info is firewall messages of level info).
      ...topics.map((topic) => command('/system logging', 'add', { topics: topic, action })),
    ];
    if (!port) warnings.push('The syslog server is reached on UDP port 514.');
    return ok(this.id, commands, warnings);
  },
};

/** SNMP on or off, with a community. */
export const snmpRule: IntentRule = {
  id: 'system: snmp [community] [addresses]',
  // Not "allow snmp from 10.0.0.0/24": that is the firewall's (accept UDP 161). "enable snmp ..., allowed from X" is ours.
  match: (frame) => (frame.services.some((s) => s.value.name === 'snmp') && asks(frame, 'enable', 'disable', 'set', 'add') && !leads(frame, 'block', 'allow') ? 45 : has(frame, 'community') && asks(frame, 'add', 'set') ? 45 : 0),
  build(frame) {
    const example = 'Enable SNMP with community monitoring, allowed from 10.0.0.0/24';
    const negated = negatedRefusal(frame, this.id, example);
    if (negated) return negated;
    if (asks(frame, 'disable')) return ok(this.id, [command('/snmp', 'set', { enabled: 'no' })]);
    // SNMPv3 users, authentication and privacy, and community rights, are not generated: refused rather than left out.
    const unsupported = frame.terms.find((t) => /^(?:v[123]c?|snmpv[123]c?|version|traps?|write|read-write|auth|authentication|privacy|encryption)$/.test(t.normal));
    if (unsupported) return refuse(this.id, `SNMP ${unsupported.text} settings are not generated here; ask for the community and its addresses only`, example);
    const at = indexOf(frame, (t) => isNoun(t, 'community'));
    const community = at >= 0 ? valueAfter(frame, at) : undefined;
    if (at >= 0 && !community && frame.terms[at + 1]?.normal === 'public') {
      return refuse(this.id, 'the community "public" exists by default (read-only, answering any address), so it cannot be added again; say "enable snmp" to use it, or name a community of your own', example);
    }
    if (at >= 0 && !community) return refuse(this.id, 'it does not say the community name', example);
    const addresses = frame.addresses.map((a) => a.value);
    if (addresses.some((a) => a.kind === 'hostname')) return refuse(this.id, 'SNMP community addresses are IP addresses or subnets', example);
    const contactAt = indexOf(frame, (t) => isNoun(t, 'contact'));
    const locationAt = indexOf(frame, (t) => isNoun(t, 'location'));
    const contact = contactAt >= 0 ? valueAfter(frame, contactAt) : undefined;
    const location = locationAt >= 0 ? valueAfter(frame, locationAt) : undefined;
    const commands: Command[] = [command('/snmp', 'set', { enabled: 'yes', contact: contact ? str(contact.text) : undefined, location: location ? str(location.text) : undefined })];
    const warnings: string[] = [];
    if (community) {
      commands.push(command('/snmp community', 'add', {
        name: str(community.text),
        addresses: addresses.length > 0 ? addresses.map((a) => addressText(a)).join(',') : undefined,
      }));
      if (addresses.length === 0) warnings.push('The community answers any address; add "from <subnet>" to limit it, and keep UDP 161 closed to the WAN.');
    } else {
      if (addresses.length > 0) return refuse(this.id, 'addresses are set on a community; name the community', example);
      warnings.push('No community was named: the default community "public" answers, read-only; add your own community and remove or restrict "public".');
    }
    return ok(this.id, commands, warnings);
  },
};

/** IP Cloud DDNS on or off. */
export const ddnsRule: IntentRule = {
  id: 'system: ip cloud ddns',
  match: (frame) => (has(frame, 'ddns') && onOff(frame) !== undefined ? 45 : 0),
  build(frame) {
    const on = onOff(frame) === 'yes' && !frame.negated;
    return ok(this.id, [command('/ip cloud', 'set', { 'ddns-enabled': on ? 'yes' : 'no' })], on ? ['The router gets a name <serial>.sn.mynetname.net that follows its public address; `/ip cloud print` shows it.'] : []);
  },
};

/** "enable UPnP" (with the WAN interface as external and the LAN bridge as internal). */
export const upnpRule: IntentRule = {
  id: 'system: upnp',
  match: (frame) => (has(frame, 'upnp') && onOff(frame) !== undefined ? 45 : 0),
  build(frame, options) {
    const example = 'Enable UPnP with ether1 as the external interface';
    if (onOff(frame) === 'no' || frame.negated) return ok(this.id, [command('/ip upnp', 'set', { enabled: 'no' })]);
    if (frame.interfaces.length > 1) return refuse(this.id, 'UPnP here takes one external interface', example);
    const external = frame.interfaces[0]?.value ?? ('interface' in options.wan ? options.wan.interface : undefined);
    if (!external) return refuse(this.id, 'UPnP needs the external (WAN) interface by name, not an interface list', example);
    return ok(this.id, [
      command('/ip upnp', 'set', { enabled: 'yes' }),
      command('/ip upnp interfaces', 'add', { interface: external, type: 'external' }),
      command('/ip upnp interfaces', 'add', { interface: options.lanBridge, type: 'internal' }),
    ], [
      `UPnP lets any LAN device open ports on ${external} without asking; ${options.lanBridge} was taken as the internal side.`,
    ]);
  },
};

/** "enable the bandwidth test server", "disable btest". */
export const btestRule: IntentRule = {
  id: 'system: bandwidth-test server',
  match: (frame) => ((has(frame, 'btest') || frame.services.some((s) => s.value.name === 'bandwidth-test')) && asks(frame, 'enable', 'disable') ? 45 : 0),
  build(frame) {
    const on = onOff(frame) === 'yes' && !frame.negated;
    return ok(this.id, [command('/tool bandwidth-server', 'set', { enabled: on ? 'yes' : 'no' })], on ? ['The server asks for a router user name and password (authenticate=yes); keep TCP/UDP 2000 closed to the WAN.'] : []);
  },
};

/** "set the login note to \"Authorized access only\"". */
export const noteRule: IntentRule = {
  id: 'system: note <text>',
  once: true,
  match: (frame) => (has(frame, 'note') && asks(frame, 'set', 'add', 'show') ? 45 : 0),
  build(frame) {
    const example = 'Set the login note to "Authorized access only"';
    // "set the login note to \"...\"", "add system note saying authorized access only": quoted, or the words after it to the clause end.
    const at = indexOf(frame, (t) => isNoun(t, 'note'));
    const text = quotedText(frame) ?? (at >= 0 ? freeTextAfter(frame, at) : undefined);
    if (text && 'ambiguous' in text) return refuse(this.id, `it is not clear where the note ends ("${text.ambiguous}" may be part of it or of the request); put the note in double quotes`, example);
    if (!text) return refuse(this.id, 'it does not give the note text', example);
    return ok(this.id, [command('/system note', 'set', { note: str(text.text), 'show-at-login': 'yes' })]);
  },
};

export const SYSTEM_FAMILY: IntentFamily = {
  id: 'system',
  reads: { nouns: ['config', 'timezone', 'identity', 'all', 'interface', 'address-list', 'rule', 'log', 'time'], places: ['router', 'wan'], words: ['mikrotik', 'tz', 'configuration', 'firewall', 'nat', 'rules', 'logs', 'latest', 'safely', 'topics', 'topic', 'but', 'keep', 'named', 'called', 'router\'s', 'it', 'blank', 'leave', 'system', 'section'] }, example: 'Name the router lab-7', summary: 'system settings (identity, time zone, NTP, reboot, reset, backup, export, updates, firmware, syslog, SNMP, DDNS, UPnP, note)',
  rules: changesOnly([identityRule, timeZoneRule, ntpRule, clockRule, rebootRule, shutdownRule, resetRule, backupRule, exportRule, packageRule, firmwareRule, syslogRule, snmpRule, ddnsRule, upnpRule, btestRule, noteRule]),
};

export type { ValueInput };
