/**
 * Wi-Fi (manual: WiFi for the RouterOS 7 `wifi` package; Wireless Interface
 * and Security Profiles for the legacy `wireless` package): SSID,
 * passphrase, security type, hiding, on and off. WPA2/WPA3 passphrases are
 * 8 to 63 characters.
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Command, Value } from '../../ast/nodes.js';
import type { Frame } from '../frame.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, indexOf, isNoun, mixedTargets, says } from '../words.js';
import { changesOnly } from '../traits.js';
import { secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';

const WIFI = '/interface wifi';
const WIRELESS = '/interface wireless';
const EXAMPLE = 'Set the SSID of wifi1 to "Office" with WPA2/WPA3 password "correct-horse-battery"';

const ok = (rule: string, commands: Command[], warnings: string[] = []): IntentResult => ({ kind: 'commands', rule, commands, warnings });

const isWifi = (frame: Frame): boolean => has(frame, 'wifi', 'ssid', 'passphrase', 'hidden') || frame.interfaces.some((i) => /^(?:wifi|wlan)/.test(i.value)) || previousRadio(frame) !== undefined;

/** Radio settings people mention next to an SSID that this family does not write. */
const RADIO_WORDS = ['channel', 'frequency', 'band', 'country', 'power', 'tx-power', 'width', 'mode', 'antenna', 'ghz', 'mhz', 'dfs'];

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
  frame.terms.some((t) => ['dhcp', 'server', 'address', 'bridge', 'vlan', 'port', 'list', 'route', 'mtu'].includes(t.text.toLowerCase()) || /dhcp|bridge/.test(t.text.toLowerCase()));

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
  return refuse('wireless', `it does not say which Wi-Fi interface (${legacy ? 'wlan1, wlan2' : 'wifi1, wifi2'}) or "all radios"`, EXAMPLE);
}

/** "set the ssid of wifi1 to Office and the password to ...", "change the wifi password on both bands to ...", "use WPA3 on wifi2". */
export const wifiRule: IntentRule = {
  id: 'wireless: set <radio> ssid|passphrase|security|hide',
  match: (frame) => ((has(frame, 'wifi', 'ssid', 'passphrase', 'hidden', 'wpa2', 'wpa3', 'wpa2-wpa3') || (isWifi(frame) && (has(frame, 'password') || asks(frame, 'hide', 'unhide')))) && frame.addresses.length === 0 &&
    (asks(frame, 'set', 'rename', 'add', 'hide', 'unhide') || (asks(frame, 'enable') && has(frame, 'ssid', ...SECURITY))) && !asks(frame, 'block', 'allow', 'forward') && !otherObject(frame) ? 55 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated', EXAMPLE);
    const legacy = has(frame, 'legacy') || frame.interfaces.some((i) => i.value.startsWith('wlan'));
    const radios = radiosOf(frame, legacy);
    if ('rule' in radios) return radios;
    // "rename the wifi network on wifi1 to CoffeeShop": renaming the network is its SSID.
    // Radio settings this rule does not write are refused, not left out ("... on channel 6").
    const radio = frame.terms.find((t) => RADIO_WORDS.includes(t.normal));
    if (radio) return refuse(this.id, `the radio's ${radio.text} is not set here (only SSID, passphrase, security type and hiding); ask without it`, EXAMPLE);
    const ssidAt = indexOf(frame, (t) => isNoun(t, 'ssid') || (asks(frame, 'rename') && isNoun(t, 'wifi')));
    const toAt = ssidAt >= 0 ? indexOf(frame, (t) => t.normal === 'to' || t.normal === 'as', ssidAt) : -1;
    const ssidToAt = toAt >= 0 && !frame.terms.slice(ssidAt + 1, toAt).some((t) => isNoun(t, 'password', 'passphrase')) ? toAt : ssidAt;
    const ssid = ssidAt >= 0 ? valueAfter(frame, ssidToAt, { skipInterfaces: true }) : undefined;
    // "wifi1 to Alpha and wifi2 to Beta": one setting for all the radios named, never the first value for both.
    if (radios.kind === 'list' && frame.terms.filter((t) => t.normal === 'to').length > 1) return refuse(this.id, 'it gives each radio its own value; change one radio per request ("set the ssid of wifi1 to Alpha and set the ssid of wifi2 to Beta")', EXAMPLE);
    if (ssidAt >= 0 && !ssid && !asks(frame, 'hide', 'unhide') && !says(frame, 'visible', 'unhidden')) return refuse(this.id, 'it does not say the new SSID', EXAMPLE);
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
    const unhide = asks(frame, 'unhide') || says(frame, 'visible', 'unhidden');
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
      return { ...ok(this.id, commands, [...warnings, 'Every client disconnects and must rejoin with the new settings.']), ...subjectOf(radios) };
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
    return { ...ok(this.id, [command(WIFI, 'set', [{ kind: 'positional', value: radios }, ...settings])], [...warnings, 'Every client disconnects and must rejoin with the new settings.']), ...subjectOf(radios) };
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
    return { ...ok(this.id, [command(legacy ? WIRELESS : WIFI, asks(frame, 'disable') ? 'disable' : 'enable', [{ kind: 'positional', value: radios }])]), ...subjectOf(radios) };
  },
};

export const WIRELESS_FAMILY: IntentFamily = {
  id: 'wireless',
  reads: { nouns: ['only'], words: ['only', 'back', 'off', 'on'] }, example: 'Set the ssid of wifi1 to Office', summary: 'Wi-Fi (SSID, WPA2/WPA3 passphrase, hiding, on/off; RouterOS 7 wifi or legacy wireless)',
  rules: changesOnly([wifiRule, wifiToggleRule]),
};
