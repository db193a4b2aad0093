/**
 * Access for people rather than traffic (manual: IP > Hotspot, User Profiles; IP > Kid Control): hotspot users with
 * limits (uptime, data), hotspot user profiles with a rate limit, and kid control (the hours a device may use the
 * internet, by MAC address).
 */
import { command, find, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { ok, refuse, type IntentFamily, type IntentRule } from '../types.js';
import { asks, has, indexOf, isNoun, otherVerbs, says } from '../words.js';
import { DETERMINERS, KID_WORDS, LIMIT_PARTICIPLES, NAME_LABELS } from '../../../grammar/english/cues.js';
import { durations, timeText } from '../../slots/duration.js';
import { rates, rateText } from '../../slots/rate.js';
import { secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';
import { intToIp, ipToInt, networkOf } from '../../slots/ipv4.js';
import { addressValue, sideArgs } from '../traffic.js';

const USER_EXAMPLE = 'Add hotspot user bob with password "Guest-2024" limited to 2 hours and 500MB';
const PROFILE_EXAMPLE = 'Create hotspot user profile vip with rate limit 5M/10M';
const KID_EXAMPLE = 'Allow AA:BB:CC:DD:EE:FF internet only from 8:00 to 21:00 with kid control';
/** A name RouterOS and a script take bare. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Units of data, in bytes (binary: RouterOS counts and shows bytes in powers of 1024). */
const BYTE_UNITS: Readonly<Record<string, number>> = {
  kb: 1024, kib: 1024, kilobyte: 1024, kilobytes: 1024,
  mb: 1024 ** 2, mib: 1024 ** 2, megabyte: 1024 ** 2, megabytes: 1024 ** 2, meg: 1024 ** 2, megs: 1024 ** 2,
  gb: 1024 ** 3, gib: 1024 ** 3, gigabyte: 1024 ** 3, gigabytes: 1024 ** 3, gig: 1024 ** 3, gigs: 1024 ** 3,
};

/** Amounts of data: "500MB", "2 GB", "1.5 gigabytes", with the terms they were read from. */
function dataAmounts(frame: Frame): { bytes: number; terms: Term[] }[] {
  const out: { bytes: number; terms: Term[] }[] = [];
  frame.terms.forEach((t, i) => {
    const joined = /^(\d+(?:\.\d+)?)(kb|kib|mb|mib|gb|gib)$/.exec(t.normal);
    if (joined) {
      out.push({ bytes: Math.round(Number(joined[1]) * BYTE_UNITS[joined[2]!]!), terms: [t] });
      return;
    }
    const unit = frame.terms[i + 1] ? BYTE_UNITS[frame.terms[i + 1]!.normal] : undefined;
    if (t.number !== undefined && unit !== undefined) out.push({ bytes: Math.round(t.number * unit), terms: [t, frame.terms[i + 1]!] });
  });
  return out;
}

/** The name after the first term that passes `at` ("hotspot user bob", "profile named vip"). */
function nameAfter(frame: Frame, at: (t: Term) => boolean): { text: string; index: number } | undefined {
  const i = indexOf(frame, at);
  if (i < 0) return undefined;
  let k = i;
  while (NAME_LABELS.has(frame.terms[k + 1]?.normal ?? '')) claim(frame.terms[++k]);
  const value = valueAfter(frame, k);
  if (value && value.index <= k + 2) return { text: value.text, index: value.index };
  // A name that is also a word of the lexicon ("profile vip"): a noun right after the marker, as typed.
  const next = frame.terms[k + 1];
  if (next && !next.technical && next.meanings.length > 0 && next.meanings.every((m) => m.type === 'noun') && NAME.test(next.text)) {
    claim(next);
    return { text: next.text, index: k + 1 };
  }
  return undefined;
}

/** "add hotspot user bob with password ... limited to 2 hours and 500MB", "create hotspot user alice in profile vip". */
export const hotspotUserRule: IntentRule = {
  id: 'access: hotspot user <name> [password] [profile] [limit-uptime] [limit-bytes-total]',
  match: (frame) => ((has(frame, 'hotspot-user') || (has(frame, 'hotspot') && has(frame, 'user'))) && !has(frame, 'user-profile') && asks(frame, 'add', 'set', 'limit') ? 75 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', USER_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set', 'limit']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to a new hotspot user`, USER_EXAMPLE);
    if (frame.addresses.length + frame.services.length + frame.ports.length + frame.interfaces.length + frame.places.length > 0) return refuse(this.id, 'a hotspot user takes a name, password, profile and limits here; tie it to an address or server in a separate request', USER_EXAMPLE);
    if (frame.macs.length > 0) return refuse(this.id, 'a hotspot user bound to a MAC address is not written here', USER_EXAMPLE);
    const name = nameAfter(frame, (t) => isNoun(t, 'hotspot-user', 'user'));
    if (!name) return refuse(this.id, 'it does not say the user\'s name', USER_EXAMPLE);
    if (!NAME.test(name.text)) return refuse(this.id, `"${name.text}" is not a user name this generator writes (letters, digits, . - _)`, USER_EXAMPLE);
    const secret = secretOf(frame, ['password', 'passphrase', 'secret']);
    if (has(frame, 'password') && !secret) return refuse(this.id, 'it does not give the password (in double quotes)', USER_EXAMPLE);
    if (secret) {
      const problem = secretProblem(secret);
      if (problem) return refuse(this.id, problem, USER_EXAMPLE);
    }
    const profile = nameAfter(frame, (t) => isNoun(t, 'profile'));
    if (has(frame, 'profile') && !profile) return refuse(this.id, 'it does not say which user profile', USER_EXAMPLE);
    if (profile && !NAME.test(profile.text)) return refuse(this.id, `"${profile.text}" is not a profile name this generator writes`, USER_EXAMPLE);
    const times = durations(frame);
    if (times.length > 1) return refuse(this.id, 'it gives more than one time limit', USER_EXAMPLE);
    const data = dataAmounts(frame);
    if (data.length > 1) return refuse(this.id, 'it gives more than one data limit', USER_EXAMPLE);
    if (rates(frame).some((r) => !data.some((d) => d.terms.includes(frame.terms[r.index]!)))) return refuse(this.id, 'a rate limit belongs to a user profile ("create hotspot user profile vip with rate limit 5M/10M", then "add hotspot user bob in profile vip")', PROFILE_EXAMPLE);
    const uptime = times[0];
    if (uptime && (uptime.seconds < 60 || uptime.seconds > 365 * 86400)) return refuse(this.id, 'an uptime limit here is 1 minute to a year', USER_EXAMPLE);
    if (uptime) claim(...frame.terms.slice(uptime.start, uptime.end + 1));
    for (const d of data) claim(...d.terms);
    // "limit bytes total 500MB", as RouterOS names it (limit-bytes-total): the word for what the amount counts.
    if (data.length > 0) says(frame, 'bytes', 'byte');
    if (uptime || data.length > 0) {
      has(frame, 'resource');
      says(frame, 'limit', 'limited', 'limits', 'uptime', 'online', 'time', 'data', 'quota', 'traffic', 'total', 'of', 'download', 'usage', 'valid', 'cap');
    }
    says(frame, 'hotspot', 'new', 'account', 'with', 'in');
    has(frame, 'hotspot', 'hotspot-user', 'user', 'profile', 'password');
    const args: Record<string, ValueInput> = {
      name: str(name.text),
      ...(secret ? { password: str(secret.text) } : {}),
      ...(profile ? { profile: profile.text } : {}),
      ...(uptime ? { 'limit-uptime': timeText(uptime.seconds) } : {}),
      ...(data[0] ? { 'limit-bytes-total': data[0].bytes } : {}),
    };
    const warnings = secret ? secretWarnings(secret) : ['No password was given: the user logs in with the name alone (say "with password \\"...\\"").'];
    if (uptime) warnings.push(`limit-uptime counts the time the user is logged in, over all sessions: after ${timeText(uptime.seconds)} online the account cannot log in again until the limit is raised or its counters are reset.`);
    if (data[0]) warnings.push(`limit-bytes-total is ${data[0].bytes} bytes (1 MB read as 1,048,576 bytes), uploaded and downloaded together; then the user is logged out for good.`);
    if (profile) warnings.push(`The user profile ${profile.text} must exist ("create hotspot user profile ${profile.text} ...").`);
    return ok(this.id, [command('/ip hotspot user', 'add', args)], warnings);
  },
};

/** "create hotspot user profile vip with rate limit 5M/10M and 1 shared user", "add a hotspot profile guests limited to 2M". */
export const hotspotProfileRule: IntentRule = {
  id: 'access: hotspot user profile <name> [rate-limit] [shared-users] [session-timeout]',
  match: (frame) => (has(frame, 'user-profile') && (has(frame, 'hotspot') || frame.terms.some((t) => t.normal.startsWith('hotspot'))) && asks(frame, 'add', 'set', 'limit') ? 76 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', PROFILE_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set', 'limit'], LIMIT_PARTICIPLES);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to a new hotspot user profile`, PROFILE_EXAMPLE);
    if (frame.addresses.length + frame.services.length + frame.ports.length + frame.interfaces.length + frame.places.length + frame.macs.length > 0) return refuse(this.id, 'a user profile takes a name, a rate limit, shared users and a session timeout here', PROFILE_EXAMPLE);
    const name = nameAfter(frame, (t) => isNoun(t, 'user-profile'));
    if (!name) return refuse(this.id, 'it does not say the profile\'s name', PROFILE_EXAMPLE);
    if (!NAME.test(name.text)) return refuse(this.id, `"${name.text}" is not a profile name this generator writes`, PROFILE_EXAMPLE);
    const limits = rates(frame);
    if (limits.length > 1) return refuse(this.id, 'give the rate limit as one value: "5M" for both directions or "5M/10M" for upload/download', PROFILE_EXAMPLE);
    const rate = limits[0];
    if (rate) claim(...frame.terms.slice(rate.index, rate.end + 1));
    // "2 shared users", "2 devices", or the setting's name first: "shared users 2".
    const sharedAt = frame.numbers.find((n) => /^(?:shared|users?|devices?|logins?|sessions?)$/.test(frame.terms[frame.terms.indexOf(n.term) + 1]?.normal ?? '') ||
      isNoun(frame.terms[frame.terms.indexOf(n.term) + 1], 'shared-users') || isNoun(frame.terms[frame.terms.indexOf(n.term) - 1], 'shared-users'));
    const numbers = frame.numbers.filter((n) => n !== sharedAt && !(rate && frame.terms.slice(rate.index, rate.end + 1).includes(n.term)));
    const times = durations(frame);
    const timeout = times[0];
    if (times.length > 1) return refuse(this.id, 'it gives more than one time', PROFILE_EXAMPLE);
    if (timeout) claim(...frame.terms.slice(timeout.start, timeout.end + 1));
    if (numbers.some((n) => !timeout || frame.terms.indexOf(n.term) < timeout.start || frame.terms.indexOf(n.term) > timeout.end)) return refuse(this.id, `"${numbers[0]!.term.text}" is not a rate, a number of shared users or a session timeout`, PROFILE_EXAMPLE);
    if (sharedAt && (sharedAt.value < 1 || sharedAt.value > 1000)) return refuse(this.id, 'shared users is 1 to 1000', PROFILE_EXAMPLE);
    if (timeout && !says(frame, 'session', 'timeout', 'sessions')) return refuse(this.id, 'a time in a user profile is read as the session timeout only when it says "session timeout"', PROFILE_EXAMPLE);
    if (!rate && !sharedAt && !timeout) return refuse(this.id, 'it does not say what the profile limits (a rate limit, shared users or a session timeout)', PROFILE_EXAMPLE);
    says(frame, 'hotspot', 'rate', 'limit', 'limited', 'speed', 'shared', 'users', 'user', 'devices', 'device', 'logins', 'login', 'session', 'timeout', 'new', 'with', 'per', 'at', 'most', 'max', 'maximum', 'of', 'upload', 'download');
    has(frame, 'hotspot', 'user-profile', 'limit', 'timeout', 'user', 'traffic');
    if (sharedAt) claim(sharedAt.term);
    const rateValue = rate ? (rate.second !== undefined ? `${rateText(rate.bps)}/${rateText(rate.second)}` : rateText(rate.bps)) : undefined;
    const args: Record<string, ValueInput> = {
      name: str(name.text),
      ...(rateValue ? { 'rate-limit': rateValue } : {}),
      ...(sharedAt ? { 'shared-users': sharedAt.value } : {}),
      ...(timeout ? { 'session-timeout': timeText(timeout.seconds) } : {}),
    };
    const warnings: string[] = [];
    if (rateValue) warnings.push(rate!.second !== undefined ? `rate-limit=${rateValue} is read as RouterOS writes it, rx/tx from the router's side: each user uploads at most ${rateText(rate!.bps)} and downloads at most ${rateText(rate!.second)}.` : `rate-limit=${rateValue}: each user gets at most ${rateValue} up and ${rateValue} down (a dynamic simple queue per user).`);
    warnings.push(`Users get the profile with "add hotspot user <name> in profile ${name.text}".`);
    return ok(this.id, [command('/ip hotspot user profile', 'add', args)], warnings);
  },
};

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_NOUNS: Readonly<Record<string, readonly (typeof DAYS)[number][]>> = {
  sunday: ['sun'], monday: ['mon'], tuesday: ['tue'], wednesday: ['wed'], thursday: ['thu'], friday: ['fri'], saturday: ['sat'],
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], weekend: ['sat', 'sun'], daily: [...DAYS],
};

/** A clock time as kid control's time of day (`8h`, `21h30m`). */
const clock = (t: { hour: number; minute: number; second: number }): string => timeText(t.hour * 3600 + t.minute * 60 + t.second).replace(/^0s$/, '0s');

/**
 * "allow AA:BB:CC:DD:EE:FF internet only from 8:00 to 21:00 with kid control", "kid control kids: block the internet
 * from 22:00 to 7:00 on weekdays for aa:bb:...": /ip kid-control keeps the hours a device may use the internet per
 * day; outside them its traffic is dropped. A blocked span is written as the hours around it, so it must cross
 * midnight (22:00-7:00 blocked is 7:00-22:00 allowed).
 */
export const kidControlRule: IntentRule = {
  id: 'access: kid control <name> allowed|blocked <from>-<to> [days] [for <macs>]',
  // ("kids allowed from 8:00 to 21:00 device aa:bb:...": children's hours for a device by its MAC are kid control too.)
  match: (frame) => (has(frame, 'kid-control') || (says(frame, ...KID_WORDS) && frame.macs.length > 0 && frame.terms.some((t) => t.technical?.kind === 'time')) ? 75 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', KID_EXAMPLE);
    const block = asks(frame, 'block', 'disable');
    const allow = asks(frame, 'allow', 'enable');
    if (block === allow && (block || !asks(frame, 'add', 'set', 'limit'))) return refuse(this.id, 'it does not say whether the hours are when the internet is allowed or blocked', KID_EXAMPLE);
    const other = otherVerbs(frame, ['block', 'disable', 'allow', 'enable', 'add', 'set', 'limit']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not part of kid control here`, KID_EXAMPLE);
    for (const p of frame.places) if (p.value === 'wan') claim(p.term); else return refuse(this.id, `kid control limits the internet access of devices; "${p.term.text}" is not part of it`, KID_EXAMPLE);
    if (frame.addresses.length + frame.services.length + frame.ports.length + frame.interfaces.length > 0) return refuse(this.id, 'kid control matches devices by their MAC address; it takes no IP address, service, port or interface here', KID_EXAMPLE);
    const times = frame.terms.filter((t) => t.technical?.kind === 'time');
    if (times.length !== 2) return refuse(this.id, 'give one span of the day as "from <time> to <time>" (8:00, 9pm)', KID_EXAMPLE);
    const [from, to] = times.map((t) => t.technical as { hour: number; minute: number; second: number });
    const seconds = (t: { hour: number; minute: number; second: number }): number => t.hour * 3600 + t.minute * 60 + t.second;
    const start = seconds(from!);
    const end = seconds(to!);
    if (start === end) return refuse(this.id, 'the span starts and ends at the same time', KID_EXAMPLE);
    claim(...times);
    // Days: named days, weekdays/weekend, every day; none said means every day.
    const days = new Set<(typeof DAYS)[number]>();
    for (const t of frame.terms) for (const m of t.meanings) if (m.type === 'noun' && DAY_NOUNS[m.value]) { claim(t); for (const d of DAY_NOUNS[m.value]!) days.add(d); }
    const everyDay = days.size === 0 || days.size === 7;
    // Allowed hours on some days only would leave the other days' hours unsaid (none, or all day?): refused.
    if (!block && !everyDay) return refuse(this.id, 'allowed hours on some days leave the other days unsaid (no internet, or all day?); give the blocked hours instead ("block the internet from 22:00 to 7:00 on weekdays")', KID_EXAMPLE);
    // Each calendar day's allowed hours, over a week from Sunday 0:00: a blocked span belongs to the day it starts on
    // ("from 22:00 to 6:00 on weekdays" is the nights from Monday to Friday, so Saturday morning is blocked, Monday
    // morning is not). A day whose allowed hours fall apart in two cannot be written (one span per day).
    const WEEK = 7 * 86400;
    const blocked: [number, number][] = [];
    DAYS.forEach((d, k) => {
      if (!everyDay && !days.has(d)) return;
      const a = k * 86400 + (block ? start : end);
      const b = k * 86400 + (block ? end : start) + ((block ? end <= start : start <= end) ? 86400 : 0);
      blocked.push([a, Math.min(b, WEEK)]);
      if (b > WEEK) blocked.push([0, b - WEEK]);
    });
    const perDay: Record<string, ValueInput> = {};
    const spanText = (a: number, b: number): string => `${clock({ hour: Math.floor(a / 3600), minute: Math.floor(a % 3600 / 60), second: a % 60 })}-${b === 86400 ? '1d' : clock({ hour: Math.floor(b / 3600), minute: Math.floor(b % 3600 / 60), second: b % 60 })}`;
    const spans: string[] = [];
    for (const [k, d] of DAYS.entries()) {
      // The day's seconds that are blocked, then what is left as allowed runs.
      const dayStart = k * 86400;
      const cuts = blocked.map(([a, b]) => [Math.max(a, dayStart) - dayStart, Math.min(b, dayStart + 86400) - dayStart] as const).filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
      const runs: [number, number][] = [];
      let at = 0;
      for (const [a, b] of cuts) { if (a > at) runs.push([at, a]); at = Math.max(at, b); }
      if (at < 86400) runs.push([at, 86400]);
      if (runs.length > 1) {
        return refuse(this.id, block
          ? 'a blocked span that does not cross midnight leaves two allowed spans in a day, which one kid-control entry cannot hold; give the allowed hours instead ("allowed from 7:00 to 22:00")'
          : 'allowed hours that cross midnight are two spans in a day, which one kid-control entry cannot hold; give them as blocked hours ("block from 22:00 to 7:00")', KID_EXAMPLE);
      }
      const run = runs[0];
      perDay[d] = run ? spanText(run[0], run[1]) : str('');
      spans.push(`${d} ${run ? spanText(run[0], run[1]).replace('-', ' to ') : 'none'}`);
    }
    const ordered: Record<string, ValueInput> = {};
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) ordered[d] = perDay[d]!;
    const same = new Set(Object.values(ordered).map((v) => (typeof v === 'string' ? v : ''))).size === 1;
    // The profile's name: after "kid control"/"named"/"profile", a plain word; "kids" when none is given.
    const named = nameAfter(frame, (t) => isNoun(t, 'kid-control', 'profile') || t.normal === 'named' || t.normal === 'called');
    const name = named && NAME.test(named.text) && !frame.macs.some((m) => frame.terms.indexOf(m.term) === named.index) ? named.text : 'kids';
    const macs = [...new Set(frame.macs.map((m) => m.value.toUpperCase()))];
    says(frame, 'internet', 'access', 'online', 'only', 'between', 'and', 'from', 'to', 'until', 'at', 'on', 'during', 'the', 'kids', 'kid', 'child', 'children', 'device', 'devices', 'tablet', 'phone', 'laptop', 'mac', 'schedule', 'time', 'times', 'hours', 'every', 'day', 'days', 'night', 'for', 'profile', 'named', 'called', 'with');
    has(frame, 'kid-control', 'mac', 'host', 'traffic', 'all', 'profile', 'only');
    const commands: Command[] = [command('/ip kid-control', 'add', { name: str(name), ...ordered })];
    macs.forEach((mac, k) => commands.push(command('/ip kid-control device', 'add', { name: str(`${name}-device${macs.length > 1 ? k + 1 : ''}`), 'mac-address': mac, user: str(name) })));
    const warnings = [
      same ? `Kid control ${name}: the internet is allowed ${spans[0]!.slice(4)} every day; outside those hours the devices of ${name} get no internet.`
        : `Kid control ${name}: the internet is allowed ${spans.join(', ')} (a span past midnight counts on the day it starts; "1d" is the midnight that ends a day); outside those hours the devices of ${name} get no internet.`,
      ...(named === undefined || name !== named.text ? [`No kid-control name was given, so it is "${name}"; the name must be new.`] : []),
      ...(macs.length === 0 ? [`No device was named: add one with "/ip kid-control device add name=<name> mac-address=<mac> user=${name}".`] : []),
      'The hours follow the router\'s clock and time zone: set them first (NTP, "set the timezone to ...").',
    ];
    return ok(this.id, commands, warnings);
  },
};

const HOTSPOT_EXAMPLE = 'Set up a hotspot on ether5';
/** "a RADIUS server for the hotspot": the hotspot is what something else is for, not what is set up. */
const isFor = (frame: Frame): boolean => frame.terms.some((t, i) => isNoun(t, 'hotspot') && (frame.terms[i - 1]?.normal === 'for' || (DETERMINERS.has(frame.terms[i - 1]?.normal ?? '') && frame.terms[i - 2]?.normal === 'for')));
/** The hotspot setup wizard's own default network (`/ip hotspot setup`: "local address of network 10.5.50.1/24"). */
const HOTSPOT_SUBNET = { address: '10.5.50.1', length: 24 };
/** Ports that are bridge ports in RouterOS's default configuration, and so must leave the bridge to carry an address. */
const PORT = /^(?:ether|sfp|sfp-sfpplus|wifi|wlan)\d+$/;

/**
 * "set up a hotspot on ether5", "create a hotspot on wifi2 with subnet 10.20.0.1/24 and dns name login.example.net":
 * what `/ip hotspot setup` writes, as a script: the interface out of the bridge, its address, a pool, a DHCP server
 * and network, a hotspot server profile (hotspot-address, dns-name) and the hotspot server, a masquerade of the
 * hotspot network, and DNS accepts to the router. The interface must be named: a hotspot on the wrong one makes every
 * client on it log in, the admin too.
 */
/** "hotspot on wlan2 with dns name wifi.local": no verb, a hotspot said to be on an interface, as a request to set it up. */
const hotspotOnWithoutVerb = (frame: Frame): boolean => frame.actions.length === 0 && !frame.negated && frame.interfaces.some((i) => i.role === 'on');

export const hotspotSetupRule: IntentRule = {
  id: 'access: hotspot setup on <interface> [subnet] [dns name]',
  match: (frame) => (has(frame, 'hotspot') && !isFor(frame) && !has(frame, 'hotspot-user', 'user-profile') && !frame.terms.some((t) => /^(?:users?|accounts?)$/.test(t.normal)) && (asks(frame, 'add', 'set', 'enable') || hotspotOnWithoutVerb(frame)) && !asks(frame, 'remove', 'disable', 'block') ? 78 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', HOTSPOT_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set', 'enable']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not part of setting up a hotspot; ask for it separately`, HOTSPOT_EXAMPLE);
    // "with gateway 10.5.50.1/24": the router's own address on the hotspot network.
    const places = frame.places.filter((p) => !(p.value === 'router' && isNoun(p.term, 'gateway') && frame.addresses.length > 0));
    if (frame.services.length + frame.ports.length + frame.macs.length + frame.numbers.length + places.length > 0) return refuse(this.id, 'a hotspot setup takes an interface, a subnet and a DNS name here; ask for users, limits and rules separately', HOTSPOT_EXAMPLE);
    const names = [...new Set(frame.interfaces.map((i) => i.value))];
    if (names.length === 0 && says(frame, 'bridge')) return refuse(this.id, `name the bridge; "${options.lanBridge}", the LAN bridge, is not used: a hotspot there makes every LAN client log in (you too)`, HOTSPOT_EXAMPLE);
    if (names.length === 0) return refuse(this.id, 'it does not say on which interface (every client on it must log in, so it is never guessed)', HOTSPOT_EXAMPLE);
    if (names.length > 1) return refuse(this.id, 'a hotspot server runs on one interface; put the ports in a bridge first and name the bridge', HOTSPOT_EXAMPLE);
    const on = names[0]!;
    const wan = options.wan;
    if ('interface' in wan ? wan.interface === on : on === 'ether1') return refuse(this.id, `${on} is the WAN side${'interface' in wan ? '' : ' in RouterOS\'s default configuration'}; a hotspot runs on a LAN-side interface`, HOTSPOT_EXAMPLE);
    if (on === options.lanBridge) return refuse(this.id, `${on} is the LAN bridge: a hotspot there makes every LAN client log in (you too) and its DHCP server would clash with the LAN's; give the hotspot a port or bridge of its own`, HOTSPOT_EXAMPLE);
    // The subnet: the router's address with its length, or the wizard's 10.5.50.1/24.
    const nets = frame.addresses.filter((a) => a.value.kind !== 'hostname');
    const hosts = frame.addresses.filter((a) => a.value.kind === 'hostname');
    if (nets.length > 1) return refuse(this.id, 'give the hotspot network one subnet', HOTSPOT_EXAMPLE);
    const given = nets[0]?.value;
    if (given && given.kind !== 'prefix') return refuse(this.id, 'give the hotspot subnet with its length ("10.5.50.0/24" or the router\'s address "10.5.50.1/24")', HOTSPOT_EXAMPLE);
    const net = given && given.kind === 'prefix' ? given : HOTSPOT_SUBNET;
    if (net.length < 16 || net.length > 29) return refuse(this.id, 'the hotspot subnet must be /16 to /29', HOTSPOT_EXAMPLE);
    const base = networkOf(net.address, net.length);
    const size = 2 ** (32 - net.length);
    const own = ipToInt(net.address) === base ? base + 1 : ipToInt(net.address);
    if (own === base + size - 1) return refuse(this.id, `${intToIp(own)} is the broadcast address of the subnet`, HOTSPOT_EXAMPLE);
    const lan = options.lanSubnet;
    const lanBase = networkOf(lan.address, lan.length);
    if (base < lanBase + 2 ** (32 - lan.length) && lanBase < base + size) return refuse(this.id, `the hotspot subnet ${intToIp(base)}/${net.length} overlaps the LAN ${lan.address}/${lan.length}; give it a subnet of its own`, HOTSPOT_EXAMPLE);
    const first = own === base + 1 ? base + 2 : base + 1;
    const last = own === base + size - 2 ? base + size - 3 : base + size - 2;
    // The login page's DNS name: a host name after "dns name", "domain", "login page", "portal".
    if (hosts.length > 1) return refuse(this.id, 'give the login page one DNS name', HOTSPOT_EXAMPLE);
    const dnsName = hosts[0]?.value.kind === 'hostname' ? hosts[0].value.name : undefined;
    if (dnsName && !says(frame, 'dns', 'dns name', 'domain', 'name', 'login', 'page', 'portal', 'hostname')) return refuse(this.id, `say what ${dnsName} is ("dns name ${dnsName}")`, HOTSPOT_EXAMPLE);
    for (const a of frame.addresses) claim(a.term);
    says(frame, 'hotspot', 'server', 'setup', 'network', 'subnet', 'new', 'with', 'on', 'for', 'gateway', 'address', 'quick', 'basic', 'wizard');
    if (dnsName) says(frame, 'dns', 'dns name', 'domain', 'name', 'login', 'page', 'portal', 'hostname');
    has(frame, 'hotspot', 'host', 'server');
    const POOL = 'hs-pool-1';
    const prefix = { kind: 'prefix' as const, address: intToIp(own), length: net.length };
    const network = { kind: 'prefix' as const, address: intToIp(base), length: net.length };
    const router = { kind: 'ip' as const, address: intToIp(own) };
    const commands: Command[] = [
      ...(PORT.test(on) ? [command('/interface bridge port', 'remove', [{ kind: 'positional' as const, value: find('/interface bridge port', { interface: on }) }])] : []),
      command('/ip address', 'add', { address: prefix, interface: on, comment: str('hotspot network') }),
      command('/ip pool', 'add', { name: POOL, ranges: { kind: 'range', from: intToIp(first), to: intToIp(last) } }),
      command('/ip dhcp-server', 'add', { name: 'hs-dhcp1', interface: on, 'address-pool': POOL, 'lease-time': '1h' }),
      command('/ip dhcp-server network', 'add', { address: network, gateway: router, 'dns-server': router, comment: str('hotspot network') }),
      command('/ip hotspot profile', 'add', { name: 'hsprof1', 'hotspot-address': router, ...(dnsName ? { 'dns-name': str(dnsName) } : {}) }),
      command('/ip hotspot', 'add', { name: 'hotspot1', interface: on, 'address-pool': POOL, profile: 'hsprof1', disabled: 'no' }),
      command('/ip firewall nat', 'add', { chain: 'srcnat', 'src-address': network, 'out-interface-list': 'WAN', action: 'masquerade', comment: str('masquerade hotspot network') }),
      command('/ip firewall filter', 'add', { chain: 'input', 'in-interface': on, protocol: 'udp', 'dst-port': 53, action: 'accept', comment: str('hotspot: DNS to the router') }),
      command('/ip firewall filter', 'add', { chain: 'input', 'in-interface': on, protocol: 'tcp', 'dst-port': 53, action: 'accept', comment: str('hotspot: DNS to the router') }),
    ];
    const warnings = [
      ...(PORT.test(on) ? [`${on} is taken out of any bridge first (in RouterOS's default configuration ether2-ether5 and the Wi-Fi radios are ports of "bridge"): whoever is connected to ${on} loses the LAN, so do not run this from a computer on ${on}.`] : []),
      ...(given ? [] : [`No subnet was given, so the hotspot network is ${intToIp(base)}/${net.length} with the router at ${intToIp(own)}, the setup wizard's default; it must not be in use elsewhere.`]),
      `The names are the setup wizard's: pool ${POOL}, DHCP server hs-dhcp1 (lease 1 hour), server profile hsprof1, hotspot server hotspot1; each must be new.`,
      ...(dnsName ? [`The login page is at http://${dnsName}; that name should resolve nowhere else (a domain you own), or browsers may cache the wrong address.`] : ['No DNS name was given, so the login page is at the router\'s address; say "dns name login.example.net" for a name.']),
      `Clients get ${intToIp(first)}-${intToIp(last)}, must log in before anything else, and go out masqueraded through the WAN list. Nobody can log in yet: add users with "add hotspot user <name> with password \\"...\\"".`,
      'The DNS accepts are added at the end of the input chain: move them above the default configuration\'s drop of everything not from the LAN (place-before), or clients cannot resolve names.',
    ];
    return ok(this.id, commands, warnings);
  },
};

const TIMED_EXAMPLE = 'Block internet for 192.168.88.50 from 22:00 to 06:00 on weekdays';

/**
 * "block internet for 192.168.88.50 from 22:00 to 06:00 on weekdays", "no internet for aa:bb:cc:dd:ee:ff between 9am
 * and 5pm": a forward drop of what one host, subnet or device sends out to the WAN, with the rule's `time=` matcher
 * (a time-of-day span and the days it holds on). A span past midnight is two rules: the evening part on the days named,
 * the morning part on the days after them (the night from Friday 22:00 ends on Saturday morning).
 */
export const timedBlockRule: IntentRule = {
  id: 'access: block internet for <host> from <time> to <time> [days] (firewall time=)',
  match: (frame) => (asks(frame, 'block') && !has(frame, 'kid-control') && frame.terms.filter((t) => t.technical?.kind === 'time').length === 2 && (says(frame, 'internet', 'online', 'web') || frame.places.some((p) => p.value === 'wan') || frame.addresses.some((a) => a.value.kind === 'hostname')) ? 85 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', TIMED_EXAMPLE);
    const other = frame.actions.filter((a) => a.value !== 'block').map((a) => a.term.text);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not part of a timed block; ask for it separately`, TIMED_EXAMPLE);
    if (frame.services.length + frame.ports.length + frame.protocols.length + frame.interfaces.length > 0) return refuse(this.id, 'a timed block here stops all of a host\'s internet; a service, port or interface with it is not written', TIMED_EXAMPLE);
    for (const p of frame.places) if (p.value === 'wan') claim(p.term); else return refuse(this.id, `"${p.term.text}" is not part of a timed internet block (it blocks what a host sends to the internet)`, TIMED_EXAMPLE);
    if (frame.addresses.some((a) => a.value.kind === 'hostname')) return refuse(this.id, 'a site blocked only at some hours is not written here (the site\'s address list and the time matcher in one rule); block the site at all hours, or the host at some hours', TIMED_EXAMPLE);
    const subjects = frame.addresses.length + frame.macs.length;
    if (subjects === 0) return refuse(this.id, 'it does not say whose internet to block (an address, a subnet or a MAC address); blocking everyone is not written as a timed rule', TIMED_EXAMPLE);
    if (subjects > 1) return refuse(this.id, 'give one address, subnet or MAC address (put several hosts in an address list and block the list)', TIMED_EXAMPLE);
    const address = frame.addresses[0]?.value;
    if (address && address.kind !== 'ip' && address.kind !== 'prefix') return refuse(this.id, 'give the host as an IPv4 address or subnet', TIMED_EXAMPLE);
    if (address?.kind === 'ip' && address.port !== undefined) return refuse(this.id, 'a port with the host is not read here', TIMED_EXAMPLE);
    const times = frame.terms.filter((t) => t.technical?.kind === 'time');
    const [from, to] = times.map((t) => t.technical as { hour: number; minute: number; second: number });
    const seconds = (t: { hour: number; minute: number; second: number }): number => t.hour * 3600 + t.minute * 60 + t.second;
    const start = seconds(from!);
    const end = seconds(to!);
    if (start === end) return refuse(this.id, 'the span starts and ends at the same time', TIMED_EXAMPLE);
    claim(...times);
    const days = new Set<(typeof DAYS)[number]>();
    for (const t of frame.terms) for (const m of t.meanings) if (m.type === 'noun' && DAY_NOUNS[m.value]) { claim(t); for (const d of DAY_NOUNS[m.value]!) days.add(d); }
    const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const on = days.size === 0 ? [...week] : week.filter((d) => days.has(d));
    const next = (d: (typeof week)[number]): (typeof week)[number] => week[(week.indexOf(d) + 1) % 7]!;
    const at = (n: number): string => (n === 0 ? '0s' : timeText(n));
    const spans: { time: string; days: string[] }[] = start < end
      ? [{ time: `${at(start)}-${at(end)}`, days: on }]
      : [
        { time: `${at(start)}-23h59m59s`, days: on },
        ...(end > 0 ? [{ time: `0s-${at(end)}`, days: week.filter((d) => on.some((o) => next(o) === d)) }] : []),
      ];
    const who: Record<string, ValueInput> = address ? { 'src-address': addressValue(address) } : { 'src-mac-address': frame.macs[0]!.value.toUpperCase() };
    for (const a of frame.addresses) claim(a.term);
    says(frame, 'internet', 'online', 'web', 'access', 'from', 'to', 'between', 'and', 'until', 'on', 'every', 'for', 'the', 'during', 'day', 'days', 'night', 'nights', 'device', 'host', 'computer', 'pc', 'laptop', 'phone', 'tablet', 'mac');
    has(frame, 'host', 'mac', 'traffic', 'all');
    const commands = spans.map((sp) => command('/ip firewall filter', 'add', {
      chain: 'forward', ...who, ...sideArgs(options.wan, 'out'), time: [sp.time, ...sp.days].join(','), action: 'drop',
      comment: str(`no internet ${clockWords(start)}-${clockWords(end)}`),
    }));
    const warnings = [
      `The rule${spans.length > 1 ? 's hold' : ' holds'} ${spans.map((sp) => `${sp.time.replace('-', ' to ')} on ${sp.days.join(',')}`).join(' and ')}${spans.length > 1 ? ' (a span past midnight is two rules: the evening on the days named, the morning on the days after; 23h59m59s leaves one second a night open, since a time of day ends before midnight)' : ''}.`,
      `The rule${spans.length > 1 ? 's are' : ' is'} appended to the forward chain: move ${spans.length > 1 ? 'them' : 'it'} above the default configuration's FastTrack and its accept of established connections (place-before=), or connections already open at the start time go on.`,
      'The times follow the router\'s clock and time zone: set them first (NTP, "set the timezone to ...").',
    ];
    return ok(this.id, commands, warnings);
  },
};

/** 22:00 → "22:00", for comments. */
const clockWords = (n: number): string => `${String(Math.floor(n / 3600)).padStart(2, '0')}:${String(Math.floor(n % 3600 / 60)).padStart(2, '0')}`;

export const ACCESS_FAMILY: IntentFamily = {
  id: 'access',
  summary: 'hotspot setup (server, subnet, DHCP), hotspot users with limits (uptime, data) and user profiles (rate limit, shared users), kid control (allowed hours by MAC address)',
  example: USER_EXAMPLE,
  usesMacs: true,
  rules: [hotspotUserRule, hotspotProfileRule, hotspotSetupRule, kidControlRule, timedBlockRule],
};
