/**
 * Slot readers shared by the administration families (system, scheduler,
 * services, users, queues, VPN, Wi-Fi, diagnostics): which words a clause
 * says, the value given for a setting ("name the router lab-7"), secrets,
 * durations and bit rates. They read the frame's terms, never raw text.
 */
import type { Term } from '../../nlp/analyze.js';
import type { AmountUnit, Technical } from '../../nlp/technical.js';
import type { Frame } from '../frame.js';
import { refuse, type IntentRule } from '../types.js';

export type Tech<K extends Technical['kind']> = Extract<Technical, { kind: K }>;

import { has, isNoun, says } from '../words.js';

export { has, isNoun, says };

/** The index of the first term that passes `test`, or -1. */
export const indexOf = (frame: Frame, test: (t: Term) => boolean, from = 0): number => {
  for (let i = from; i < frame.terms.length; i++) if (test(frame.terms[i]!)) return i;
  return -1;
};

/** The canonical verbs of the clause's action terms, every meaning, plus the words themselves. */
export function verbs(frame: Frame): Set<string> {
  const out = new Set<string>();
  // "stop ping on wlan1", "stop btest": with traffic named (a service, protocol or port), a verb whose first
  // meaning is the firewall's ("stop" = block) filters it; its other meanings ("stop" = disable) do not apply.
  const traffic = frame.services.length + frame.protocols.length + frame.ports.length > 0;
  for (const a of frame.actions) {
    out.add(a.term.normal);
    if (traffic && ['block', 'allow', 'reject', 'tarpit'].includes(a.value)) {
      out.add(a.value);
      continue;
    }
    for (const m of a.term.meanings) if (m.type === 'action') out.add(m.value);
    // "turn the wifi on", "turn wifi2 off": the particle comes after the object.
    if (a.term.normal === 'turn') {
      const rest = frame.terms.slice(frame.terms.indexOf(a.term) + 1);
      if (rest.some((t) => t.normal === 'on')) out.add('enable');
      if (rest.some((t) => t.normal === 'off')) out.add('disable');
    }
  }
  return out;
}

/** The clause's first verb is one of these (canonical value or the word itself). */
export function leads(frame: Frame, ...values: string[]): boolean {
  const first = frame.actions[0]?.term;
  if (!first) return false;
  return values.includes(first.normal) || first.meanings.some((m) => m.type === 'action' && values.includes(m.value));
}

/**
 * The rules of a family that changes settings, made to step aside for "show ...": a request to look
 * at something ("show the ntp status", "show ssh ciphers") never changes it.
 */
export function changesOnly(rules: readonly IntentRule[], options: { readsExceptions?: readonly IntentRule[] } = {}): IntentRule[] {
  return rules.map((rule) => ({
    id: rule.id,
    match: (frame: Frame) => (leads(frame, 'show') ? 0 : rule.match(frame)),
    build: (frame: Frame, resolved: Parameters<IntentRule['build']>[1]) => {
      // "disable all wifi except wifi1", "remove all queues except guest": a rule that does not read exceptions
      // would act on the one thing named, the exception itself.
      // "don't enable upnp" asks for nothing (it is not "disable upnp"): refused by every rule.
      if (frame.negated) return refuse(rule.id, `"${frame.actions[0]?.term.text ?? 'it'}" is negated, so there is nothing to do`, 'Set the time zone to Europe/Riga');
      const except = options.readsExceptions?.includes(rule) ? undefined : exception(frame);
      if (except) return refuse(rule.id, `it names an exception ("${except}"), which this request cannot express; name exactly what to change`, 'Disable wifi2');
      return rule.build(frame, resolved);
    },
  }));
}

/** The word that says "except" in a clause about all of something ("all ... except", "every ... but", "other than"), or undefined. */
export function exception(frame: Frame): string | undefined {
  const role = frame.terms.find((t) => t.meanings.some((m) => m.type === 'role' && m.value === 'except'));
  if (role) return role.text;
  const all = frame.nouns.has('all') || frame.nouns.has('both') || has(frame, 'every', 'all-radios') || frame.terms.some((t) => ['everything', 'everyone', 'everybody'].includes(t.normal));
  const but = frame.terms.find((t) => ['but', 'besides', 'apart', 'excluding'].includes(t.normal));
  return all && but ? but.text : undefined;
}

/** Words that put a request at some other time ("tonight", "during the day"): a rule that acts now must not ignore them. */
export const WHEN_WORDS: readonly string[] = [
  'during', 'until', 'till', 'tonight', 'tomorrow', 'later', 'soon', 'daytime', 'nighttime', 'night', 'nights', 'morning', 'mornings',
  'evening', 'evenings', 'afternoon', 'afternoons', 'weekend', 'weekends', 'peak', 'hours', 'after', 'before', 'when', 'once',
];

/** The first word of `WHEN_WORDS` a clause says, or undefined. */
export const whenWord = (frame: Frame): Term | undefined => frame.terms.find((t) => WHEN_WORDS.includes(t.normal) || isNoun(t, 'weekend', 'weekdays'));

export type TargetKind = 'wifi' | 'interface' | 'user' | 'queue' | 'service';

const TARGET_WORDS: Readonly<Record<TargetKind, string>> = { wifi: 'a Wi-Fi interface', interface: 'an interface', user: 'a user', queue: 'a queue', service: 'a management service' };

/**
 * What kinds of things a clause names as objects. "Disable wifi1 and user bob" names two, and a rule
 * for one of them must not drop the other silently.
 */
export function targetKinds(frame: Frame): Set<TargetKind> {
  const kinds = new Set<TargetKind>();
  for (const i of frame.interfaces) kinds.add(/^(?:wifi|wlan)/.test(i.value) ? 'wifi' : 'interface');
  if (has(frame, 'wifi', 'ssid')) kinds.add('wifi');
  if (has(frame, 'user', 'username', 'admin')) kinds.add('user');
  if (has(frame, 'queue')) kinds.add('queue');
  if (frame.services.some((s) => s.value.ipService !== undefined)) kinds.add('service');
  return kinds;
}

/** A refusal reason when the clause also names things of other kinds than `own`, or null. */
export function mixedTargets(frame: Frame, own: readonly TargetKind[]): string | null {
  const others = [...targetKinds(frame)].filter((k) => !own.includes(k));
  if (others.length === 0) return null;
  return `it also names ${others.map((k) => TARGET_WORDS[k]).join(' and ')}; ask for each kind of thing with its own verb ("disable wifi1 and disable user bob")`;
}

/** Any verb of the clause is one of these. */
export const asks = (frame: Frame, ...values: string[]): boolean => {
  const v = verbs(frame);
  return values.some((x) => v.has(x));
};

export function techs<K extends Technical['kind']>(frame: Frame, kind: K): { tech: Tech<K>; index: number; term: Term }[] {
  const out: { tech: Tech<K>; index: number; term: Term }[] = [];
  frame.terms.forEach((term, index) => {
    if (term.technical?.kind === kind) out.push({ tech: term.technical as Tech<K>, index, term });
  });
  return out;
}

const SKIP = new Set(['to', 'as', 'is', 'be', 'named', 'called', 'of', 'the', 'a', 'an', 'new', '=', ':', 'it', 'into', 'now', 'name', 'its', 'should']);

export interface GivenValue {
  readonly text: string;
  readonly quoted: boolean;
  readonly index: number;
}

/**
 * The value given after term `i` ("the router lab-7", "identity to core-01",
 * "named \"Main Office\""): quoted text, a name, interface or host name, a
 * number, or one plain word nothing in the lexicon explains. Words compromise
 * split at a hyphen ("office-" "gw") are joined again.
 */
export function valueAfter(frame: Frame, i: number, options: { plainWords?: boolean; skipInterfaces?: boolean } = {}): GivenValue | undefined {
  for (let k = i + 1; k < frame.terms.length; k++) {
    const t = frame.terms[k]!;
    // A word the typo fixer changed is the user's own value here ("brdige" is the SSID, not "bridge"):
    // it is kept as typed, so the "Read ... as ..." note for it would be wrong and is taken back.
    if (t.corrected && !t.technical && /^[\p{L}\p{N}_][\p{L}\p{N}_.@-]*$/u.test(t.text) && !SKIP.has(t.text.toLowerCase())) {
      keptAsTyped(frame, t);
      return { text: t.text, quoted: false, index: k };
    }
    if (options.skipInterfaces && t.technical?.kind === 'interface') continue;
    if (!t.technical && SKIP.has(t.normal)) continue;
    if (!t.technical && t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler')) continue;
    const tech = t.technical;
    if (tech?.kind === 'quoted') return { text: tech.text, quoted: true, index: k };
    if (tech?.kind === 'secret') return undefined;
    let text: string | undefined;
    if (tech?.kind === 'name') text = tech.text;
    else if (tech?.kind === 'interface' || tech?.kind === 'hostname') text = tech.name;
    else if (tech?.kind === 'number') text = tech.text;
    else if (!tech && (t.meanings.length === 0 || options.plainWords) && /^[\p{L}\p{N}_][\p{L}\p{N}_.@-]*$/u.test(t.text)) text = t.text;
    if (text === undefined) return undefined;
    let end = k;
    if (frame.terms[end]!.after === '-' && !text.endsWith('-')) text += '-';
    while (text.endsWith('-') && frame.terms[end + 1] && (!frame.terms[end]!.after || frame.terms[end]!.after === '-')) {
      const next = frame.terms[end + 1]!;
      const more = next.technical?.kind === 'name' ? next.technical.text : next.technical?.kind === 'number' ? next.technical.text : next.technical ? undefined : next.text;
      if (more === undefined) break;
      text += more;
      end++;
      if (frame.terms[end]!.after === '-') text += '-';
    }
    if (text.endsWith('-')) text = text.slice(0, -1);
    return { text, quoted: false, index: end };
  }
  return undefined;
}

/** Takes back the "Read X as Y" note of a term whose text a rule used as typed. */
export function keptAsTyped(frame: Frame, t: Term): void {
  const at = frame.corrections.findIndex((c) => c.from === t.text && c.to === t.corrected);
  if (at >= 0) frame.corrections.splice(at, 1);
}

/** "alice and bob": a second name right after the first, which one request cannot add. */
export const secondName = (frame: Frame, index: number): boolean => {
  const first = frame.terms[index];
  const next = first?.after === ',' ? frame.terms[index + 1] : frame.terms[index + 1]?.normal === 'and' ? frame.terms[index + 2] : undefined;
  return !!next && next.meanings.length === 0 && (!next.technical || next.technical.kind === 'name');
};

/** The first quoted text in the clause that is not a secret. */
export function quotedText(frame: Frame, from = 0): GivenValue | undefined {
  for (let k = from; k < frame.terms.length; k++) {
    const tech = frame.terms[k]!.technical;
    if (tech?.kind === 'quoted') return { text: tech.text, quoted: true, index: k };
  }
  return undefined;
}

/** A secret: the text after "password"/"passphrase"/"secret"/"psk", or quoted text soon after such a word. */
export function secretOf(frame: Frame, nouns: readonly string[] = ['password', 'passphrase', 'ipsec-secret', 'secret']): { text: string; index: number; trailing: string } | undefined {
  const found = techs(frame, 'secret')[0];
  if (found) return { text: found.tech.text, index: found.index, trailing: found.term.after };
  const at = indexOf(frame, (t) => isNoun(t, ...nouns));
  if (at < 0) return undefined;
  for (let k = at + 1; k < Math.min(frame.terms.length, at + 8); k++) {
    const tech = frame.terms[k]!.technical;
    if (tech?.kind === 'quoted') return { text: tech.text, index: k, trailing: '' };
  }
  return undefined;
}

/** Why a secret cannot be used as read, or null. Never includes the secret itself. */
export function secretProblem(secret: { text: string; trailing: string }): string | null {
  if (secret.text === '') return 'the password is empty';
  if (/[!?]/.test(secret.trailing)) return `the password is followed by "${secret.trailing}"; put the whole password in double quotes so it is read exactly`;
  return null;
}

export function secretWarnings(secret: { trailing: string }): string[] {
  return /[.,;]/.test(secret.trailing)
    ? [`The "${secret.trailing}" after the password was read as punctuation, not part of it; put the password in double quotes if it ends with "${secret.trailing}".`]
    : [];
}

const TIME_UNITS: Readonly<Record<string, number>> = {
  second: 1, seconds: 1, sec: 1, secs: 1, minute: 60, minutes: 60, min: 60, mins: 60, hour: 3600, hours: 3600, hr: 3600, hrs: 3600,
  day: 86400, days: 86400, week: 604800, weeks: 604800,
};
const UNIT_SECONDS: Readonly<Record<AmountUnit, number | undefined>> = { s: 1, min: 60, m: 60, h: 3600, d: 86400, w: 604800, k: undefined, M: undefined, G: undefined };

export interface Duration {
  readonly seconds: number;
  readonly index: number;
  /** Where the duration ends (the unit word, for "6 hours" said in words). */
  readonly end: number;
}

/** Durations: `30m`, `6h`, `6 hours`, "six hours", "an hour" (a lower-case `m` is minutes here). */
export function durations(frame: Frame): Duration[] {
  const out: Duration[] = [];
  frame.terms.forEach((t, index) => {
    const tech = t.technical;
    if (tech?.kind === 'amount' && tech.second === undefined) {
      const unit = UNIT_SECONDS[tech.unit];
      if (unit !== undefined) out.push({ seconds: Math.round(tech.value * unit), index, end: index });
      return;
    }
    const next = frame.terms[index + 1];
    const unit = next && !next.technical ? TIME_UNITS[next.normal] : undefined;
    if (unit === undefined) return;
    if (t.number !== undefined && !tech) out.push({ seconds: t.number * unit, index, end: index + 1 });
    else if (t.number !== undefined && tech?.kind === 'number') out.push({ seconds: tech.value * unit, index, end: index + 1 });
    else if (t.normal === 'an' || t.normal === 'a') out.push({ seconds: unit, index, end: index + 1 });
  });
  return out;
}

/** RouterOS time interval text: `1d`, `6h`, `30m`, `1h30m`, `45s`. */
export function intervalText(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [['w', 604800], ['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('') || '0s';
}

const RATE_WORDS: Readonly<Record<string, number>> = {
  kbps: 1e3, kbit: 1e3, kbits: 1e3, kilobit: 1e3, kilobits: 1e3, k: 1e3,
  mbps: 1e6, mbit: 1e6, mbits: 1e6, megabit: 1e6, megabits: 1e6, meg: 1e6, megs: 1e6, mb: 1e6, m: 1e6, mega: 1e6,
  gbps: 1e9, gbit: 1e9, gbits: 1e9, gigabit: 1e9, gigabits: 1e9, gig: 1e9, gigs: 1e9, gb: 1e9, g: 1e9, giga: 1e9,
};
const UNIT_BPS: Readonly<Record<AmountUnit, number | undefined>> = { k: 1e3, M: 1e6, m: 1e6, G: 1e9, s: undefined, min: undefined, h: undefined, d: undefined, w: undefined };

export interface Rate {
  readonly bps: number;
  /** `10M/5M`: the number after the slash. */
  readonly second?: number;
  readonly index: number;
  readonly end: number;
}

/** Bit rates: `10M`, `512k`, `10 mbps`, "ten megabits", `10M/5M` (a lower-case `m` is megabits here). */
export function rates(frame: Frame): Rate[] {
  const out: Rate[] = [];
  frame.terms.forEach((t, index) => {
    const tech = t.technical;
    if (tech?.kind === 'amount') {
      const unit = UNIT_BPS[tech.unit];
      if (unit === undefined) return;
      const second = tech.second ? UNIT_BPS[tech.second.unit] : undefined;
      if (tech.second && second === undefined) return;
      out.push({ bps: Math.round(tech.value * unit), ...(tech.second && second ? { second: Math.round(tech.second.value * second) } : {}), index, end: index });
      return;
    }
    const next = frame.terms[index + 1];
    const unit = next && !next.technical ? RATE_WORDS[next.normal.replace(/[/]s$/, '')] : undefined;
    if (unit === undefined || t.number === undefined) return;
    out.push({ bps: Math.round(t.number * unit), index, end: index + 1 });
  });
  return out;
}

/** RouterOS rate text: `10M`, `512k`, `1G`, `1500k`. */
export function rateText(bps: number): string {
  if (bps === 0) return '0';
  if (bps % 1e9 === 0) return `${bps / 1e9}G`;
  if (bps % 1e6 === 0) return `${bps / 1e6}M`;
  if (bps % 1e3 === 0) return `${bps / 1e3}k`;
  return String(bps);
}

/** `03:00:00`. */
export function clockText(t: { hour: number; minute: number; second: number }): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
}
