/**
 * Wi-Fi (manual: WiFi for the RouterOS 7 `wifi` package; Wireless Interface
 * and Security Profiles for the legacy `wireless` package): SSID,
 * passphrase, security type, hiding, on and off. WPA2/WPA3 passphrases are
 * 8 to 63 characters.
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Command, Value } from '../../ast/nodes.js';
import type { Frame } from '../frame.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, indexOf, isNoun, mixedTargets, otherVerbs, says } from '../words.js';
import { NAME_GIVING_WORDS } from '../../../grammar/english/classes.js';
import { GUEST_WORDS, NETWORK_HEAD_NOUNS, NETWORK_HEAD_WORDS, NETWORKING_OBJECT_WORDS, RADIO_WORDS, WIFI_CLIENT_WORDS, WRITTEN_RADIO_WORDS } from '../../../grammar/english/cues.js';
import { changesOnly } from '../traits.js';
import { secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';
import { claim, keptAsTyped } from '../claims.js';
import { intToIp, ipToInt, networkOf } from '../../slots/ipv4.js';

const WIFI = '/interface wifi';
const WIRELESS = '/interface wireless';
const EXAMPLE = 'Set the SSID of wifi1 to "Office" with WPA2/WPA3 password "correct-horse-battery"';

const isWifi = (frame: Frame): boolean => has(frame, 'wifi', 'ssid', 'passphrase', 'hidden') || frame.interfaces.some((i) => /^(?:wifi|wlan)/.test(i.value)) || previousRadio(frame) !== undefined;

/** Security words: with one of these, "enable" sets the security, it does not switch a radio on ("enable WPA2 on wifi2"). */
const SECURITY = ['passphrase', 'wpa2', 'wpa3', 'wpa2-wpa3', 'password'];

/** "with key \"...\"": a Wi-Fi key said as "key" (the scanner knows "wpa key", "wifi key", not "key" alone). */
function keyOf(frame: Frame): { text: string; index: number; trailing: string } | undefined {
  const at = indexOf(frame, (t) => t.normal === 'key');
  const quoted = at >= 0 ? frame.terms[at + 1]?.technical : undefined;
  return quoted?.kind === 'quoted' ? { text: quoted.text, index: at + 1, trailing: '' } : undefined;
}

/** Words of the networking families: "add the wireless interface to the bridge", "a dhcp server for the guest wifi". */
const otherObject = (frame: Frame): boolean =>
  frame.terms.some((t) => NETWORKING_OBJECT_WORDS.has(t.text.toLowerCase()) || /dhcp|bridge/.test(t.text.toLowerCase()));

/** The single radio a clause changed, for "it" in the next one. */
const subjectOf = (radios: Value): { subject?: string } => (radios.kind === 'word' ? { subject: radios.text } : {});

/** The radio "it" refers to: the one the previous clause changed ("set the ssid on wifi1 to Guest and hide it"). */
const previousRadio = (frame: Frame): string | undefined =>
  frame.previousSubject && /^(?:wifi|wlan)/.test(frame.previousSubject) && frame.interfaces.length === 0 &&
  // "... and hide it", or "set the ssid of wifi1 to Office, set the password to ...": no user is named, so the password is the radio's.
  (frame.nouns.has('it') || (has(frame, 'password', 'passphrase') && !has(frame, 'user', 'username', 'admin') && !frame.terms.some((t) => /['’]s$/.test(t.text))))
    ? frame.previousSubject : undefined;

/** Which radios: a named interface, every one ("both bands"), or none said. */
function radiosOf(frame: Frame, legacy: boolean): Value | IntentResult {
  const named = frame.interfaces.map((i) => i.value).filter((n) => /^(?:wifi|wlan)/.test(n));
  const previous = previousRadio(frame);
  if (named.length === 0 && previous) return { kind: 'word', text: previous };
  if (named.length === 1) return { kind: 'word', text: named[0]! };
  if (named.length > 1) return { kind: 'list', items: named.map((n) => ({ kind: 'word' as const, text: n })) };
  if (has(frame, 'all-radios') || frame.nouns.has('all') || frame.nouns.has('both')) return { kind: 'substitution', command: command(legacy ? WIRELESS : WIFI, 'find') };
  // No radio named: the two radios of RouterOS's dual-band default configuration (see DEFAULT_RADIOS_NOTE).
  const [a, b] = legacy ? ['wlan1', 'wlan2'] : ['wifi1', 'wifi2'];
  defaulted.add(frame);
  return { kind: 'list', items: [{ kind: 'word', text: a }, { kind: 'word', text: b }] };
}

/** Frames whose radios were not named and defaulted to the default configuration's two. */
const defaulted = new WeakSet<Frame>();

/** What the response says when no radio was named (radiosOf chose both radios of a dual-band default configuration). */
function defaultRadiosNote(frame: Frame, legacy: boolean): string[] {
  if (!defaulted.has(frame)) return [];
  const [a, b] = legacy ? ['wlan1', 'wlan2'] : ['wifi1', 'wifi2'];
  return [`No Wi-Fi interface was named, so both radios of a dual-band default configuration are changed (${a} and ${b}, one per band). A single-radio router has only ${a}: there the command stops with "no such item" and changes nothing; say "on ${a}". Virtual APs (a guest network) are not changed.`];
}

/** "set the ssid of wifi1 to Office and the password to ...", "change the wifi password on both bands to ...", "use WPA3 on wifi2". */
export const wifiRule: IntentRule = {
  id: 'wireless: set <radio> ssid|passphrase|security|hide',
  match: (frame) => ((has(frame, 'wifi', 'ssid', 'passphrase', 'hidden', 'wpa2', 'wpa3', 'wpa2-wpa3') || (isWifi(frame) && (has(frame, 'password') || asks(frame, 'hide', 'unhide')))) && frame.addresses.length === 0 &&
    (asks(frame, 'set', 'rename', 'add', 'hide', 'unhide') || (asks(frame, 'enable') && has(frame, 'ssid', ...SECURITY))) && !asks(frame, 'block', 'allow', 'forward') && !otherObject(frame) ? 55 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated', EXAMPLE);
    const ssidAt = indexOf(frame, (t) => isNoun(t, 'ssid') || (asks(frame, 'rename') && isNoun(t, 'wifi')));
    const toAt = ssidAt >= 0 ? indexOf(frame, (t) => t.normal === 'to' || t.normal === 'as', ssidAt) : -1;
    const ssidToAt = toAt >= 0 && !frame.terms.slice(ssidAt + 1, toAt).some((t) => isNoun(t, 'password', 'passphrase')) ? toAt : ssidAt;
    // "set ssid to Legacy on wlan1": a word capitalised mid-sentence right after "ssid to" is the name chosen, even one
    // of our words; it is then no request of its own ("Legacy" does not ask for the legacy package).
    const next = ssidAt >= 0 ? frame.terms[ssidToAt + 1] : undefined;
    const capitalised = !!next && !next.technical && ssidToAt + 1 > 0 && /^\p{Lu}\p{Ll}/u.test(next.text);
    const ssid = ssidAt >= 0 ? valueAfter(frame, ssidToAt, { skipInterfaces: true, plainWords: capitalised }) : undefined;
    const legacy = frame.terms.some((t, k) => k !== ssid?.index && isNoun(t, 'legacy')) || frame.interfaces.some((i) => i.value.startsWith('wlan'));
    const radios = radiosOf(frame, legacy);
    if ('rule' in radios) return radios;
    // "rename the wifi network on wifi1 to CoffeeShop": renaming the network is its SSID.
    // Radio settings this rule does not write are refused, not left out ("... on channel 6").
    const radio = frame.terms.find((t) => RADIO_WORDS.has(t.normal));
    if (radio) return refuse(this.id, `the radio's ${radio.text} is not set here (only SSID, passphrase, security type and hiding); ask without it`, EXAMPLE);
    // "wifi1 to Alpha and wifi2 to Beta": one setting for all the radios named, never the first value for both.
    // (With no radio named, "ssid to X and password to Y" sets both on every radio alike.)
    if (radios.kind === 'list' && !defaulted.has(frame) && frame.terms.filter((t) => t.normal === 'to').length > 1) return refuse(this.id, 'it gives each radio its own value; change one radio per request ("set the ssid of wifi1 to Alpha and set the ssid of wifi2 to Beta")', EXAMPLE);
    if (ssidAt >= 0 && !ssid && !asks(frame, 'hide', 'unhide') && !has(frame, 'hidden', 'visible')) return refuse(this.id, 'it does not say the new SSID', EXAMPLE);
    if (ssid && [...ssid.text].length > 32) return refuse(this.id, 'an SSID is at most 32 characters', EXAMPLE);
    const secret = secretOf(frame, ['password', 'passphrase']) ?? keyOf(frame);
    if (has(frame, 'password', 'passphrase') && !secret) return refuse(this.id, 'it does not give the passphrase (in double quotes)', EXAMPLE);
    if (secret) {
      const problem = secretProblem(secret);
      if (problem) return refuse(this.id, problem, EXAMPLE);
      const n = [...secret.text].length;
      if (n < 8 || n > 63) return refuse(this.id, `a WPA2/WPA3 passphrase must be 8 to 63 characters (this one has ${n})`, EXAMPLE);
    }
    const wpa3 = has(frame, 'wpa3') || has(frame, 'wpa2-wpa3');
    const wpa2 = has(frame, 'wpa2') || has(frame, 'wpa2-wpa3');
    // "make the ssid visible again", "broadcast the ssid": the opposite of hiding it.
    const unhide = asks(frame, 'unhide') || has(frame, 'visible');
    const hide = !unhide && (asks(frame, 'hide') || has(frame, 'hidden'));
    if (!ssid && !secret && !wpa2 && !wpa3 && !hide && !unhide) return refuse(this.id, 'it does not say what to change (SSID, passphrase, security type or hiding)', EXAMPLE);
    const warnings = secret ? secretWarnings(secret) : [];
    let types: string | undefined = wpa2 && wpa3 ? 'wpa2-psk,wpa3-psk' : wpa3 ? 'wpa3-psk' : wpa2 ? 'wpa2-psk' : undefined;
    if (legacy) {
      if (wpa3) return refuse(this.id, 'the legacy wireless package has no WPA3; use the wifi package (RouterOS 7) or WPA2', EXAMPLE);
      const commands: Command[] = [];
      if (secret) commands.push(command(`${WIRELESS} security-profiles`, 'set', [
        { kind: 'positional', value: { kind: 'word', text: 'default' } },
        ...named({ mode: 'dynamic-keys', 'authentication-types': 'wpa2-psk', 'wpa2-pre-shared-key': str(secret.text) }),
      ]));
      const settings = named({ ssid: ssid ? str(ssid.text) : undefined, 'hide-ssid': hide ? 'yes' : unhide ? 'no' : undefined });
      if (settings.length > 0) commands.push(command(WIRELESS, 'set', [{ kind: 'positional', value: radios }, ...settings]));
      if (secret) warnings.push('The passphrase is set on the security profile "default", which every wireless interface that uses it shares.');
      return { ...ok(this.id, commands, [...defaultRadiosNote(frame, legacy), ...warnings, 'Every client disconnects and must rejoin with the new settings.']), ...subjectOf(radios) };
    }
    if (secret && !types) {
      types = 'wpa2-psk,wpa3-psk';
      warnings.push('Security was set to WPA2 and WPA3 personal (wpa2-psk,wpa3-psk), so older clients still connect; say "WPA3 only" for WPA3 alone.');
    }
    // "enable wifi1 with ssid Guest": switched on as well.
    const enable = asks(frame, 'enable') && has(frame, 'ssid') ? 'no' : undefined;
    const settings = named({
      'configuration.ssid': ssid ? str(ssid.text) : undefined,
      'configuration.hide-ssid': hide ? 'yes' : unhide ? 'no' : undefined,
      'security.authentication-types': types,
      'security.passphrase': secret ? str(secret.text) : undefined,
      disabled: enable,
    });
    return { ...ok(this.id, [command(WIFI, 'set', [{ kind: 'positional', value: radios }, ...settings])], [...defaultRadiosNote(frame, legacy), ...warnings, 'Every client disconnects and must rejoin with the new settings.']), ...subjectOf(radios) };
  },
};

function named(args: Record<string, ValueInput | undefined>): { kind: 'named'; name: string; value: Value }[] {
  return Object.entries(args).flatMap(([name, v]) => (v === undefined ? [] : [{ kind: 'named' as const, name, value: typeof v === 'string' ? (v.includes(',') ? { kind: 'list' as const, items: v.split(',').map((text) => ({ kind: 'word' as const, text })) } : { kind: 'word' as const, text: v }) : typeof v === 'number' ? { kind: 'number' as const, value: v } : v }]));
}

/** "turn off wifi2", "disable the wireless on both bands", "enable wifi1". */
export const wifiToggleRule: IntentRule = {
  id: 'wireless: enable|disable <radio>',
  match: (frame) => (isWifi(frame) && asks(frame, 'enable', 'disable') && frame.addresses.length === 0 && frame.services.length === 0 && !otherObject(frame) && !says(frame, 'key') && !has(frame, 'ssid', 'hidden', ...SECURITY) ? 50 : 0),
  build(frame) {
    const legacy = has(frame, 'legacy') || frame.interfaces.some((i) => i.value.startsWith('wlan'));
    const radios = radiosOf(frame, legacy);
    if ('rule' in radios) return radios;
    if (frame.negated) return refuse(this.id, 'the request is negated', 'Disable wifi2');
    if (asks(frame, 'disable') && asks(frame, 'enable')) return refuse(this.id, 'it asks to switch the radio both on and off', 'Disable wifi2');
    const mixed = mixedTargets(frame, ['wifi']);
    if (mixed) return refuse(this.id, mixed, 'Disable wifi2');
    return { ...ok(this.id, [command(legacy ? WIRELESS : WIFI, asks(frame, 'disable') ? 'disable' : 'enable', [{ kind: 'positional', value: radios }])], defaultRadiosNote(frame, legacy)), ...subjectOf(radios) };
  },
};

/** "enable client isolation on wifi1", "isolate wireless clients", "turn off client isolation on both bands". */
export const clientIsolationRule: IntentRule = {
  id: 'wireless: client isolation on|off <radio>',
  match: (frame) => (has(frame, 'client-isolation') || (asks(frame, 'isolate') && says(frame, 'clients', 'client', 'stations') && isWifi(frame)) ? 62 : 0),
  build(frame) {
    const example = 'Enable client isolation on wifi1';
    if (frame.negated) return refuse(this.id, 'the request is negated; say "enable" or "disable client isolation"', example);
    const legacy = has(frame, 'legacy') || frame.interfaces.some((i) => i.value.startsWith('wlan'));
    if (legacy) return refuse(this.id, 'client isolation on the legacy wireless package is the access list\'s forwarding=no or default-forwarding=no, not written here', example);
    const off = asks(frame, 'disable', 'remove', 'allow');
    const on = asks(frame, 'enable', 'add', 'set', 'isolate');
    if (off === on) return refuse(this.id, 'it does not say whether to turn client isolation on or off', example);
    const other = otherVerbs(frame, ['disable', 'remove', 'allow', 'enable', 'add', 'set', 'isolate']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to client isolation`, example);
    const mixed = mixedTargets(frame, ['wifi']);
    if (mixed) return refuse(this.id, mixed, example);
    if (frame.addresses.length + frame.services.length + frame.ports.length + frame.macs.length + frame.places.filter((p) => !WIFI_CLIENT_WORDS.has(p.term.normal)).length > 0) return refuse(this.id, 'client isolation holds for every client of the radio; it takes no address, service or side', example);
    const radios = radiosOf(frame, false);
    if ('rule' in radios) return radios;
    says(frame, 'clients', 'client', 'stations', 'wireless', 'from', 'each', 'other', 'another');
    has(frame, 'wifi', 'client-isolation');
    const warnings = on
      ? ['Clients of the radio can no longer reach each other (printers, casting, file sharing over Wi-Fi); they still reach the wired LAN and the internet.']
      : ['Clients of the radio can reach each other again.'];
    return { ...ok(this.id, [command(WIFI, 'set', [{ kind: 'positional', value: radios }, ...named({ 'datapath.client-isolation': on ? 'yes' : 'no' })])], [...defaultRadiosNote(frame, false), ...warnings]), ...subjectOf(radios) };
  },
};

/** "block MAC aa:bb:cc:dd:ee:ff from the wifi", "allow only 11:22:33:44:55:66 on wifi1", "add aa:bb:... to the wifi access list". */
export const accessListRule: IntentRule = {
  id: 'wireless: access list accept|reject <mac> [on <radio>]',
  match: (frame) => (frame.macs.length > 0 && (has(frame, 'wifi-access-list') || (isWifi(frame) && asks(frame, 'block', 'reject', 'allow'))) && !has(frame, 'hotspot', 'kid-control') ? 62 : 0),
  build(frame) {
    const example = 'Block MAC AA:BB:CC:DD:EE:FF on the wifi';
    if (frame.negated) return refuse(this.id, 'the request is negated, which does not say whether to accept or reject the client', example);
    if (has(frame, 'legacy') || frame.interfaces.some((i) => i.value.startsWith('wlan'))) return refuse(this.id, 'the legacy wireless access list is not written here; the wifi package\'s /interface wifi access-list is', example);
    const reject = asks(frame, 'block', 'reject', 'remove', 'disable');
    const accept = asks(frame, 'allow', 'add', 'enable');
    if (reject && asks(frame, 'allow')) return refuse(this.id, 'it asks to accept and reject in one clause; ask one after the other', example);
    if (!reject && !accept) return refuse(this.id, 'it does not say whether to accept or reject the client', example);
    if (asks(frame, 'remove') && !asks(frame, 'block')) return refuse(this.id, 'removing an access-list entry is not written here; say "block MAC ..." to reject a client', example);
    const other = otherVerbs(frame, ['block', 'reject', 'allow', 'add', 'enable', 'disable']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do with a Wi-Fi access-list entry`, example);
    if (frame.addresses.length + frame.services.length + frame.ports.length + frame.places.length > 0) return refuse(this.id, 'a Wi-Fi access-list entry matches a client by its MAC address and the radio only', example);
    const radios = frame.interfaces.map((i) => i.value);
    if (radios.some((r) => !/^wifi/.test(r))) return refuse(this.id, 'the access list applies to wifi interfaces (wifi1, wifi2)', example);
    if (radios.length > 1) return refuse(this.id, 'name one radio, or none for every radio', example);
    const only = frame.nouns.has('only');
    if (only && reject) return refuse(this.id, '"only" with a block does not say what happens to the other clients', example);
    const macs = [...new Set(frame.macs.map((m) => m.value.toUpperCase()))];
    says(frame, 'mac', 'client', 'clients', 'device', 'wireless', 'joining', 'connecting', 'connect', 'join', 'list');
    has(frame, 'wifi', 'wifi-access-list', 'mac', 'host', 'address-list', 'traffic');
    const where = radios.length === 1 ? { interface: radios[0]! } : {};
    const commands = macs.map((mac) => command(`${WIFI} access-list`, 'add', { 'mac-address': mac, ...where, action: reject ? 'reject' : 'accept' }));
    const warnings: string[] = [];
    if (only) {
      commands.push(command(`${WIFI} access-list`, 'add', { ...where, action: 'reject', comment: str('reject every other client') }));
      warnings.push(`Only ${macs.join(', ')} can join${radios.length === 1 ? ` ${radios[0]}` : ' any radio'}: every other client, including one you may be using now, is rejected. Make this change from a wired connection.`);
    } else if (reject) {
      warnings.push(`${macs.join(', ')} can no longer join${radios.length === 1 ? ` ${radios[0]}` : ' any radio'}; a client already connected is disconnected.`);
    } else {
      warnings.push('Entries are tried in order and the first match decides; an accept only matters above an entry that rejects (clients with no matching entry are accepted anyway). Say "allow only <mac>" to reject every other client.');
    }
    if (!reject) warnings.push('The entries are added at the end of the access list: move them above any entry that rejects (place-before).');
    return ok(this.id, commands, warnings);
  },
};

/** RouterOS's names of common regulatory countries, by the words people type (manual: WiFi, configuration.country). */
const COUNTRIES: Readonly<Record<string, string>> = {
  latvia: 'Latvia', lithuania: 'Lithuania', estonia: 'Estonia', germany: 'Germany', france: 'France', 'united states': 'United States', usa: 'United States',
  us: 'United States', 'united states of america': 'United States', america: 'United States', 'united kingdom': 'United Kingdom', uk: 'United Kingdom',
  britain: 'United Kingdom', 'great britain': 'United Kingdom', england: 'United Kingdom', canada: 'Canada', australia: 'Australia',
  'new zealand': 'New Zealand', japan: 'Japan', china: 'China', india: 'India', brazil: 'Brazil', mexico: 'Mexico', spain: 'Spain', italy: 'Italy',
  netherlands: 'Netherlands', holland: 'Netherlands', belgium: 'Belgium', poland: 'Poland', czech: 'Czech', 'czech republic': 'Czech', czechia: 'Czech',
  slovakia: 'Slovakia', austria: 'Austria', switzerland: 'Switzerland', sweden: 'Sweden', norway: 'Norway', denmark: 'Denmark', finland: 'Finland',
  ireland: 'Ireland', portugal: 'Portugal', greece: 'Greece', ukraine: 'Ukraine', turkey: 'Turkey', israel: 'Israel', 'south africa': 'South Africa',
  'south korea': 'South Korea', korea: 'South Korea', singapore: 'Singapore', malaysia: 'Malaysia', indonesia: 'Indonesia', philippines: 'Philippines',
  thailand: 'Thailand', argentina: 'Argentina', chile: 'Chile', colombia: 'Colombia', hungary: 'Hungary', romania: 'Romania', bulgaria: 'Bulgaria',
  croatia: 'Croatia', slovenia: 'Slovenia', serbia: 'Serbia', 'united arab emirates': 'United Arab Emirates', uae: 'United Arab Emirates',
  'saudi arabia': 'Saudi Arabia', egypt: 'Egypt', kenya: 'Kenya', nigeria: 'Nigeria', pakistan: 'Pakistan', kazakhstan: 'Kazakhstan', taiwan: 'Taiwan',
  'hong kong': 'Hong Kong', vietnam: 'Viet Nam', 'viet nam': 'Viet Nam', iceland: 'Iceland', luxembourg: 'Luxembourg', peru: 'Peru', uruguay: 'Uruguay',
};

/** The country the clause names, with the terms it was read from (the longest name first: "south africa" before "africa"). */
function countryOf(frame: Frame): { name: string; terms: readonly Frame['terms'][number][] } | undefined {
  for (let i = 0; i < frame.terms.length; i++) {
    for (let n = 4; n >= 1; n--) {
      const terms = frame.terms.slice(i, i + n);
      if (terms.length < n) continue;
      const name = COUNTRIES[terms.map((t) => (t.corrected ? t.text.toLowerCase() : t.normal)).join(' ')];
      if (name) return { name, terms };
    }
  }
  return undefined;
}

/** A Wi-Fi channel number as the centre frequency of its 20 MHz channel (2.4 GHz: 1-13 and 14; 5 GHz: 36-177). */
function channelFrequency(channel: number): number | undefined {
  if (channel >= 1 && channel <= 13) return 2407 + 5 * channel;
  if (channel === 14) return 2484;
  if (channel >= 36 && channel <= 177 && channel % 4 === 0 || [149, 153, 157, 161, 165, 169, 173, 177].includes(channel)) return 5000 + 5 * channel;
  return undefined;
}

const validFrequency = (mhz: number): boolean => (mhz >= 2412 && mhz <= 2484) || (mhz >= 5150 && mhz <= 5895) || (mhz >= 5925 && mhz <= 7125);

/** "set country latvia": a known country said with "country" and no interface, address or other radio setting. */
const countryAlone = (frame: Frame): boolean =>
  has(frame, 'country') && !has(frame, 'frequency', 'channel') && frame.interfaces.length === 0 && frame.addresses.length === 0 && countryOf(frame) !== undefined;

/** "set the country of wifi1 to Latvia", "set wifi1 to channel 6", "use frequency 5180 on wifi2", "set the wifi country to United States". */
export const radioSettingsRule: IntentRule = {
  id: 'wireless: set <radio> country|channel|frequency',
  // "set country latvia": a country RouterOS regulates by is the radios' (the one country setting it has), Wi-Fi said or not.
  match: (frame) => (has(frame, 'country', 'frequency', 'channel') && (isWifi(frame) || countryAlone(frame)) && !has(frame, 'ssid', 'passphrase', 'password', 'hidden', 'wpa2', 'wpa3', 'wpa2-wpa3') && asks(frame, 'set', 'add', 'enable') && frame.addresses.length === 0 ? 60 : 0),
  build(frame) {
    const example = 'Set the country of wifi1 to Latvia';
    if (frame.negated) return refuse(this.id, 'the request is negated', example);
    const legacy = has(frame, 'legacy') || frame.interfaces.some((i) => i.value.startsWith('wlan'));
    if (legacy) return refuse(this.id, 'the legacy wireless package\'s country and frequency are not written here', example);
    const other = otherVerbs(frame, ['set', 'add', 'enable']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to a radio's country or channel`, example);
    const wantsCountry = has(frame, 'country');
    const wantsChannel = frame.terms.some((t) => isNoun(t, 'channel'));
    const wantsFrequency = has(frame, 'frequency');
    const settings: Record<string, ValueInput> = {};
    const warnings: string[] = [];
    if (wantsCountry) {
      const country = countryOf(frame);
      if (!country) return refuse(this.id, 'it does not name a country this generator knows by name; set it with configuration.country= and RouterOS\'s spelling of the country', example);
      country.terms.forEach((t) => { claim(t); keptAsTyped(t); });
      settings['configuration.country'] = str(country.name);
      warnings.push(`The country decides which channels and transmit power the radio may use; it must be where the router is (${country.name}).`);
      if (!isWifi(frame)) warnings.push('The country was read as the Wi-Fi radios\' regulatory country, the one country setting RouterOS has.');
    }
    if (wantsChannel || wantsFrequency) {
      if (frame.interfaces.length !== 1) return refuse(this.id, 'a channel belongs to one radio; name it ("set wifi2 to channel 6")', 'Set wifi2 to channel 6');
      const values = frame.numbers.map((n) => n.value);
      if (values.length !== 1) return refuse(this.id, 'it does not give one channel number or frequency', 'Set wifi2 to channel 6');
      const n = values[0]!;
      const mhz = wantsFrequency && !wantsChannel ? n : channelFrequency(n);
      if (mhz === undefined || !validFrequency(mhz)) return refuse(this.id, `${n} is not a ${wantsChannel ? '2.4 GHz (1-14) or 5 GHz (36-177) channel' : 'Wi-Fi frequency in MHz (2412-2484, 5150-5895, 5925-7125)'}`, 'Set wifi2 to channel 6');
      says(frame, 'mhz');
      settings['channel.frequency'] = mhz;
      warnings.push(`${frame.interfaces[0]!.value} is fixed to ${mhz} MHz${wantsChannel ? ` (channel ${n})` : ''}: it must be the ${mhz < 3000 ? '2.4' : mhz < 5900 ? '5' : '6'} GHz radio, or it stops transmitting; a channel the country does not allow also stops it.`);
    }
    if (Object.keys(settings).length === 0) return refuse(this.id, 'it does not say what to set (country, channel or frequency)', example);
    const named2 = frame.terms.find((t) => RADIO_WORDS.has(t.normal) && !WRITTEN_RADIO_WORDS.has(t.normal));
    if (named2) return refuse(this.id, `the radio's ${named2.text} is not set here (only country, channel and frequency)`, example);
    const radios = radiosOf(frame, false);
    if ('rule' in radios) return radios;
    says(frame, 'wireless', 'radio', 'code');
    has(frame, 'wifi', 'country', 'frequency', 'channel');
    return { ...ok(this.id, [command(WIFI, 'set', [{ kind: 'positional', value: radios }, ...named(settings)])], [...defaultRadiosNote(frame, false), ...warnings, 'The radio restarts with the new settings: every client disconnects and rejoins.']), ...subjectOf(radios) };
  },
};

/** "guest network", "visitor wifi", "guest ap": the word after "guest" says it is a network (not "ssid to Guest"). */
const isGuestHead = (t: Frame['terms'][number] | undefined): boolean =>
  !!t && (NETWORK_HEAD_WORDS.has(t.normal) || t.meanings.some((m) => m.type === 'noun' && NETWORK_HEAD_NOUNS.has(m.value)));

/** The guest network's own subnet when the prompt gives none: the /24 after the default configuration's 192.168.88.0/24. */
const GUEST_SUBNET = { address: '192.168.89.0', length: 24 };

/**
 * "create a guest wifi with ssid Visitors and password \"...\"", "set up a guest network on wifi1 on 10.10.10.0/24":
 * a virtual AP on each radio (client isolation on), its own bridge, address, pool, DHCP server and network, a forward
 * drop from the guest bridge to the LAN and accepts for DNS to the router.
 */
export const guestWifiRule: IntentRule = {
  id: 'wireless: guest wifi (virtual AP, own bridge, subnet and DHCP, no LAN access)',
  match: (frame) => ((has(frame, 'guest-wifi') || frame.terms.some((t, i) => GUEST_WORDS.has(t.normal) && !t.technical && isGuestHead(frame.terms[i + 1]))) && (asks(frame, 'add', 'set', 'enable') || frame.actions.length === 0) && !asks(frame, 'limit', 'block', 'remove', 'disable') ? 70 : 0),
  build(frame, options) {
    const example = 'Create a guest wifi with ssid Visitors and password "guest-pass-2024"';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    const other = otherVerbs(frame, ['add', 'set', 'enable', 'isolate']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not part of setting up a guest network; ask for it separately`, example);
    if (has(frame, 'legacy') || frame.interfaces.some((i) => i.value.startsWith('wlan'))) return refuse(this.id, 'a guest network is written for the wifi package (/interface wifi) only', example);
    const radios = [...new Set(frame.interfaces.map((i) => i.value))];
    if (radios.some((r) => !/^wifi\d+$/.test(r))) return refuse(this.id, `the guest network is a virtual AP on a radio (wifi1, wifi2), not on ${radios.filter((r) => !/^wifi\d+$/.test(r)).join(', ')}`, example);
    const masters = radios.length > 0 ? radios : ['wifi1', 'wifi2'];
    if (frame.services.length + frame.ports.length + frame.macs.length + frame.numbers.length > 0) return refuse(this.id, 'a guest network takes radios, an SSID, a passphrase and a subnet here; ask for other rules separately', example);
    // The subnet: a prefix given ("on 10.10.10.0/24", "with gateway 10.10.10.1/24"), or the /24 after the default LAN's.
    if (frame.addresses.length > 1) return refuse(this.id, 'give the guest network one subnet', example);
    const given = frame.addresses[0]?.value;
    if (given && given.kind !== 'prefix') return refuse(this.id, 'give the guest subnet with its length ("10.10.10.0/24" or the gateway "10.10.10.1/24")', example);
    const net = given && given.kind === 'prefix' ? given : GUEST_SUBNET;
    if (net.length < 16 || net.length > 29) return refuse(this.id, 'the guest subnet must be /16 to /29', example);
    const base = networkOf(net.address, net.length);
    const size = 2 ** (32 - net.length);
    const own = ipToInt(net.address) === base ? base + 1 : ipToInt(net.address);
    if (own === base + size - 1) return refuse(this.id, `${intToIp(own)} is the broadcast address of the subnet`, example);
    const lan = options.lanSubnet;
    const lanBase = networkOf(lan.address, lan.length);
    const overlaps = base < lanBase + 2 ** (32 - lan.length) && lanBase < base + size;
    if (overlaps) return refuse(this.id, `the guest subnet ${intToIp(base)}/${net.length} overlaps the LAN ${lan.address}/${lan.length}; give it a subnet of its own`, example);
    const first = own === base + 1 ? base + 2 : base + 1;
    const last = own === base + size - 2 ? base + size - 3 : base + size - 2;
    // SSID and passphrase.
    const ssidAt = indexOf(frame, (t) => isNoun(t, 'ssid') || NAME_GIVING_WORDS.has(t.normal));
    const ssid = ssidAt >= 0 ? valueAfter(frame, ssidAt, { skipInterfaces: true }) : undefined;
    if (ssidAt >= 0 && !ssid) return refuse(this.id, 'it does not say the SSID', example);
    if (ssid && [...ssid.text].length > 32) return refuse(this.id, 'an SSID is at most 32 characters', example);
    const secret = secretOf(frame, ['password', 'passphrase']) ?? keyOf(frame);
    if (!secret) return refuse(this.id, 'it does not give the guest passphrase (in double quotes); an open guest network is not written here', example);
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, example);
    const n = [...secret.text].length;
    if (n < 8 || n > 63) return refuse(this.id, `a WPA2/WPA3 passphrase must be 8 to 63 characters (this one has ${n})`, example);
    const name = ssid?.text ?? 'Guest';
    says(frame, 'guest', 'guests', 'visitor', 'visitors', 'network', 'wireless', 'separate', 'own', 'isolated', 'from', 'lan', 'subnet', 'on', 'with', 'new', 'for', 'ssid', 'named', 'called', 'gateway');
    has(frame, 'guest-wifi', 'wifi', 'ssid', 'virtual-ap', 'password', 'passphrase', 'host', 'bridge', 'client-isolation', 'dhcp', 'dhcp-server', 'subnet');
    for (const p of frame.places) if (p.value === 'lan') claim(p.term); else return refuse(this.id, `the guest network is kept from the LAN; "${p.term.text}" is not part of it`, example);
    for (const a of frame.addresses) claim(a.term);
    const BRIDGE = 'bridge-guest';
    const prefix = { kind: 'prefix' as const, address: intToIp(own), length: net.length };
    const commands: Command[] = [
      command('/interface bridge', 'add', { name: BRIDGE, comment: str('guest network') }),
      ...masters.map((m) => command(WIFI, 'add', [
        ...named({ name: `${m}-guest`, 'master-interface': m, 'configuration.ssid': str(name), 'security.authentication-types': 'wpa2-psk,wpa3-psk', 'security.passphrase': str(secret.text), 'datapath.bridge': BRIDGE, 'datapath.client-isolation': 'yes', disabled: 'no' }),
      ])),
      command('/ip address', 'add', { address: prefix, interface: BRIDGE, comment: str('guest network') }),
      command('/ip pool', 'add', { name: 'guest-pool', ranges: { kind: 'range', from: intToIp(first), to: intToIp(last) } }),
      command('/ip dhcp-server', 'add', { name: 'guest-dhcp', interface: BRIDGE, 'address-pool': 'guest-pool' }),
      command('/ip dhcp-server network', 'add', { address: { kind: 'prefix', address: intToIp(base), length: net.length }, gateway: { kind: 'ip', address: intToIp(own) }, 'dns-server': { kind: 'ip', address: intToIp(own) }, comment: str('guest network') }),
      command('/ip firewall filter', 'add', { chain: 'input', 'in-interface': BRIDGE, protocol: 'udp', 'dst-port': 53, action: 'accept', comment: str('guest: DNS to the router') }),
      command('/ip firewall filter', 'add', { chain: 'input', 'in-interface': BRIDGE, protocol: 'tcp', 'dst-port': 53, action: 'accept', comment: str('guest: DNS to the router') }),
      command('/ip firewall filter', 'add', { chain: 'forward', 'in-interface': BRIDGE, 'dst-address': { kind: 'prefix', address: intToIp(lanBase), length: lan.length }, action: 'drop', comment: str('guest: no access to the LAN') }),
    ];
    const warnings = [
      ...(radios.length === 0 ? [`No radio was named, so a guest AP is added on wifi1 and on wifi2 (both bands of a dual-band default configuration); on a single-radio router the second one fails with "no such item" and the script stops there: say "on wifi1".`] : []),
      ...(ssid ? [] : ['No SSID was given, so the guest network is called "Guest".']),
      ...(given ? [] : [`No subnet was given, so the guest network is ${intToIp(base)}/${net.length} (the router ${intToIp(own)}), the /24 after the default LAN's; it must not be in use elsewhere (on the WAN side too).`]),
      ...secretWarnings(secret),
      `Guests get addresses ${intToIp(first)}-${intToIp(last)}, the router as DNS server, and the internet through the masquerade of the default configuration (out of the WAN list); they cannot reach ${lan.address}/${lan.length} (the lanSubnet option) and, with client isolation, not each other.`,
      'The guest bridge is in no interface list, so the default firewall\'s input chain drops it (no management from the guest network); its DNS accepts are added at the end of the input chain: move them above the drop of everything not from the LAN (place-before), or guests cannot resolve names.',
    ];
    return ok(this.id, commands, warnings);
  },
};

export const WIRELESS_FAMILY: IntentFamily = {
  id: 'wireless',
  reads: { nouns: ['only'], words: ['only', 'back', 'off', 'on'] }, example: 'Set the ssid of wifi1 to Office', summary: 'Wi-Fi (SSID, WPA2/WPA3 passphrase, hiding, on/off; RouterOS 7 wifi or legacy wireless)',
  usesMacs: true,
  rules: changesOnly([wifiRule, wifiToggleRule, clientIsolationRule, accessListRule, radioSettingsRule, guestWifiRule]),
};
