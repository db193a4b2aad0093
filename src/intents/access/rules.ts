/**
 * Access for people rather than traffic (manual: IP > Hotspot, User Profiles; IP > Kid Control): hotspot users with
 * limits (uptime, data), hotspot user profiles with a rate limit, and kid control (the hours a device may use the
 * internet, by MAC address).
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, indexOf, isNoun, says } from '../words.js';
import { durations, timeText } from '../../slots/duration.js';
import { rates, rateText } from '../../slots/rate.js';
import { secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';

const USER_EXAMPLE = 'Add hotspot user bob with password "Guest-2024" limited to 2 hours and 500MB';
const PROFILE_EXAMPLE = 'Create hotspot user profile vip with rate limit 5M/10M';
const KID_EXAMPLE = 'Allow AA:BB:CC:DD:EE:FF internet only from 8:00 to 21:00 with kid control';
/** A name RouterOS and a script take bare. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const ok = (rule: string, commands: Command[], warnings: string[] = []): IntentResult => ({ kind: 'commands', rule, commands, warnings });

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
  while (['named', 'called', 'name'].includes(frame.terms[k + 1]?.normal ?? '')) claim(frame.terms[++k]);
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
    const other = frame.actions.filter((a) => !['add', 'set', 'limit'].includes(a.value)).map((a) => a.term.text);
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
    const other = frame.actions.filter((a) => !['add', 'set', 'limit'].includes(a.value) && !['shared', 'limited'].includes(a.term.normal)).map((a) => a.term.text);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to a new hotspot user profile`, PROFILE_EXAMPLE);
    if (frame.addresses.length + frame.services.length + frame.ports.length + frame.interfaces.length + frame.places.length + frame.macs.length > 0) return refuse(this.id, 'a user profile takes a name, a rate limit, shared users and a session timeout here', PROFILE_EXAMPLE);
    const name = nameAfter(frame, (t) => isNoun(t, 'user-profile'));
    if (!name) return refuse(this.id, 'it does not say the profile\'s name', PROFILE_EXAMPLE);
    if (!NAME.test(name.text)) return refuse(this.id, `"${name.text}" is not a profile name this generator writes`, PROFILE_EXAMPLE);
    const limits = rates(frame);
    if (limits.length > 1) return refuse(this.id, 'give the rate limit as one value: "5M" for both directions or "5M/10M" for upload/download', PROFILE_EXAMPLE);
    const rate = limits[0];
    if (rate) claim(...frame.terms.slice(rate.index, rate.end + 1));
    const sharedAt = frame.numbers.find((n) => /^(?:shared|users?|devices?|logins?|sessions?)$/.test(frame.terms[frame.terms.indexOf(n.term) + 1]?.normal ?? ''));
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
  match: (frame) => (has(frame, 'kid-control') ? 75 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', KID_EXAMPLE);
    const block = asks(frame, 'block', 'disable');
    const allow = asks(frame, 'allow', 'enable');
    if (block === allow && (block || !asks(frame, 'add', 'set', 'limit'))) return refuse(this.id, 'it does not say whether the hours are when the internet is allowed or blocked', KID_EXAMPLE);
    const other = frame.actions.filter((a) => !['block', 'disable', 'allow', 'enable', 'add', 'set', 'limit'].includes(a.value)).map((a) => a.term.text);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not part of kid control here`, KID_EXAMPLE);
    for (const p of frame.places) if (p.value === 'wan') claim(p.term); else return refuse(this.id, `kid control limits the internet access of devices; "${p.term.text}" is not part of it`, KID_EXAMPLE);
    if (frame.addresses.length + frame.services.length + frame.ports.length + frame.interfaces.length > 0) return refuse(this.id, 'kid control matches devices by their MAC address; it takes no IP address, service, port or interface here', KID_EXAMPLE);
    const times = frame.terms.filter((t) => t.technical?.kind === 'time');
    if (times.length !== 2) return refuse(this.id, 'give one span of the day as "from <time> to <time>" (8:00, 9pm)', KID_EXAMPLE);
    const [from, to] = times.map((t) => t.technical as { hour: number; minute: number; second: number });
    const seconds = (t: { hour: number; minute: number; second: number }): number => t.hour * 3600 + t.minute * 60 + t.second;
    let start = seconds(from!);
    let end = seconds(to!);
    if (start === end) return refuse(this.id, 'the span starts and ends at the same time', KID_EXAMPLE);
    if (block) {
      // Blocked from start to end: allowed from end to start, which is one span only when the blocked one crosses midnight.
      if (start < end) return refuse(this.id, 'a blocked span that does not cross midnight leaves two allowed spans in a day, which one kid-control entry cannot hold; give the allowed hours instead ("allowed from 7:00 to 22:00")', KID_EXAMPLE);
      [start, end] = [end, start];
    } else if (start > end) {
      return refuse(this.id, 'allowed hours that cross midnight are two spans in a day, which one kid-control entry cannot hold; give them as blocked hours ("block from 22:00 to 7:00")', KID_EXAMPLE);
    }
    if (end === 0) return refuse(this.id, 'an allowed span ending at midnight is not written here; end it at 23:59', KID_EXAMPLE);
    claim(...times);
    // Days: named days, weekdays/weekend, every day; none said means every day.
    const days = new Set<(typeof DAYS)[number]>();
    for (const t of frame.terms) for (const m of t.meanings) if (m.type === 'noun' && DAY_NOUNS[m.value]) { claim(t); for (const d of DAY_NOUNS[m.value]!) days.add(d); }
    // A day kid control has no span for is not left open, so named days would also decide the others: refused.
    if (days.size > 0 && days.size < 7) return refuse(this.id, 'kid control is written here with the same hours every day; the days named would also decide the hours of the other days, which is not written here (ask without the days)', KID_EXAMPLE);
    const everyDay = true;
    // The profile's name: after "kid control"/"named"/"profile", a plain word; "kids" when none is given.
    const named = nameAfter(frame, (t) => isNoun(t, 'kid-control', 'profile') || t.normal === 'named' || t.normal === 'called');
    const name = named && NAME.test(named.text) && !frame.macs.some((m) => frame.terms.indexOf(m.term) === named.index) ? named.text : 'kids';
    const span = `${clock({ hour: Math.floor(start / 3600), minute: Math.floor(start % 3600 / 60), second: start % 60 })}-${clock({ hour: Math.floor(end / 3600), minute: Math.floor(end % 3600 / 60), second: end % 60 })}`;
    const perDay: Record<string, ValueInput> = {};
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) if (everyDay || days.has(d)) perDay[d] = span;
    // Days not named get no internet at all? No: a day without a span is blocked all day in kid control, so every
    // day left out is said in the response.
    const left: string[] = [];
    const macs = [...new Set(frame.macs.map((m) => m.value.toUpperCase()))];
    says(frame, 'internet', 'access', 'online', 'only', 'between', 'and', 'from', 'to', 'until', 'at', 'on', 'during', 'the', 'kids', 'kid', 'child', 'children', 'device', 'devices', 'tablet', 'phone', 'laptop', 'mac', 'schedule', 'time', 'times', 'hours', 'every', 'day', 'days', 'night', 'for', 'profile', 'named', 'called', 'with');
    has(frame, 'kid-control', 'mac', 'host', 'traffic', 'all', 'profile', 'only');
    const commands: Command[] = [command('/ip kid-control', 'add', { name: str(name), ...perDay })];
    macs.forEach((mac, k) => commands.push(command('/ip kid-control device', 'add', { name: str(`${name}-device${macs.length > 1 ? k + 1 : ''}`), 'mac-address': mac, user: str(name) })));
    const warnings = [
      `Kid control ${name}: the internet is allowed ${span.replace('-', ' to ')}${everyDay ? ' every day' : ` on ${DAYS.filter((d) => days.has(d)).join(', ')}`}; outside those hours the devices of ${name} get no internet.`,
      ...(left.length > 0 ? [`On ${left.join(', ')} no span is set, so the devices of ${name} have no internet at all on those days; say "every day" or name those days too.`] : []),
      ...(named === undefined || name !== named.text ? [`No kid-control name was given, so it is "${name}"; the name must be new.`] : []),
      ...(macs.length === 0 ? [`No device was named: add one with "/ip kid-control device add name=<name> mac-address=<mac> user=${name}".`] : []),
      'The hours follow the router\'s clock and time zone: set them first (NTP, "set the timezone to ...").',
    ];
    return ok(this.id, commands, warnings);
  },
};

export const ACCESS_FAMILY: IntentFamily = {
  id: 'access',
  summary: 'hotspot users with limits (uptime, data) and user profiles (rate limit, shared users), kid control (allowed hours by MAC address)',
  example: USER_EXAMPLE,
  usesMacs: true,
  rules: [hotspotUserRule, hotspotProfileRule, kidControlRule],
};
