/**
 * Simple queues (manual: Queues > Simple queue; Queue types > PCQ): limit
 * a host or subnet, one or both directions, share a total equally with PCQ,
 * remove or switch a queue off. RouterOS writes `max-limit=upload/download`:
 * from the target's point of view, its upload comes first.
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Command, Value } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Frame } from '../frame.js';
import { addressText } from '../traffic.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, indexOf, isNoun, mixedTargets, whenWord } from '../words.js';
import { changesOnly } from '../traits.js';
import { quotedText, valueAfter } from '../../slots/values.js';
import { type Rate, rates, rateText } from '../../slots/rate.js';
import { CAP_WORDS, NAME_GIVING_WORDS, PER_USER_NOUNS } from '../../../grammar/english/classes.js';
import { EACH_WORDS, NAME_LABELS, RESTRICT_WORDS } from '../../../grammar/english/cues.js';

const QUEUE = '/queue simple';
const EXAMPLE = 'Limit 192.168.88.50 to 10M download and 2M upload';

interface Target {
  readonly value: ValueInput;
  readonly text: string;
  readonly warnings: string[];
}

/** What the queue applies to: a host (as /32), a subnet, an interface, or the LAN subnet. */
function targetOf(frame: Frame, options: ResolvedOptions): Target | IntentResult {
  const addresses = frame.addresses.map((a) => a.value);
  if (addresses.length > 1) return refuse('queues', 'a simple queue here limits one host or subnet; ask once per target, or name the subnet', EXAMPLE);
  const a = addresses[0];
  if (a) {
    if (a.kind === 'ip' && a.port === undefined) return { value: { kind: 'prefix', address: a.address, length: 32 }, text: a.address, warnings: [] };
    if (a.kind === 'prefix') return { value: { kind: 'prefix', address: a.address, length: a.length }, text: `${a.address}/${a.length}`, warnings: [] };
    return refuse('queues', `a queue targets an IPv4 address or subnet, not ${addressText(a)}`, EXAMPLE);
  }
  if (frame.interfaces.length === 1) return { value: frame.interfaces[0]!.value, text: frame.interfaces[0]!.value, warnings: [] };
  if (frame.places.some((p) => p.value === 'lan')) {
    const { address, length } = options.lanSubnet;
    return { value: { kind: 'prefix', address, length }, text: `${address}/${length}`, warnings: [`"The LAN" was taken to mean ${address}/${length}; pass the lanSubnet option if yours differs.`] };
  }
  return refuse('queues', 'it does not say which host, subnet or interface to limit', EXAMPLE);
}

type Direction = 'upload' | 'download';

/** Which direction a rate belongs to: the direction word just before it, or right after it ("10M down"). */
function directionOf(frame: Frame, rate: Rate): Direction | undefined {
  const dir = (k: number): Direction | undefined => {
    const t = frame.terms[k];
    return isNoun(t, 'download') ? 'download' : isNoun(t, 'upload') ? 'upload' : undefined;
  };
  // "upload 5M download 20M": when the first speed has its direction before it and the last none after it, every
  // direction word is the label of the speed after it, so a word between two speeds belongs to the second.
  const all = rates(frame);
  const labelsFirst = all.length > 1 && dir(all[0]!.index - 1) !== undefined && dir(all[all.length - 1]!.end + 1) === undefined;
  const after = labelsFirst ? undefined : dir(rate.end + 1);
  if (after) return after;
  for (let k = rate.index - 1; k >= Math.max(0, rate.index - 4); k--) {
    const d = dir(k);
    // "20M upload, at most 5M each": a direction word right after another rate is that rate's.
    if (d && !labelsFirst && all.some((r) => r.end === k - 1)) return undefined;
    if (d) return d;
    if (frame.terms[k]!.technical?.kind === 'amount' || frame.terms[k]!.number !== undefined) break;
  }
  return undefined;
}

/** upload/download limits (0 = unlimited) from the rates in a clause. */
function limitsOf(frame: Frame): { upload: number; download: number } | IntentResult {
  return limitsOfRates(frame, rates(frame));
}

/** upload/download limits (0 = unlimited) from some of the rates of a clause. */
function limitsOfRates(frame: Frame, found: readonly Rate[]): { upload: number; download: number } | IntentResult {
  // "ten megabits download and five upload": a speed without its unit is not guessed from the other one.
  const bare = frame.numbers.find((n) => isNoun(frame.terms[frame.terms.indexOf(n.term) + 1], 'download', 'upload'));
  if (bare) return refuse('queues', `"${bare.term.text} ${frame.terms[frame.terms.indexOf(bare.term) + 1]!.text}" has no unit; give each speed with its unit ("5M upload")`, EXAMPLE);
  if (found.length === 0) return refuse('queues', 'it does not say the speed (10M, 512k, 20 mbps)', EXAMPLE);
  const limits: Partial<Record<Direction, number>> = {};
  for (const rate of found) {
    if (rate.second !== undefined) {
      // "10M/2M" alone could be download/upload (how ISPs say it) or upload/download (how RouterOS writes it).
      const pair = frame.terms.slice(rate.end + 1, rate.end + 4).map((t) => /^(down|dl|up|ul)\w*\s*\/\s*(down|dl|up|ul)\w*$/.exec(t.normal)).find((m) => m);
      const words = pair ? [pair[1]!.startsWith('u') ? 'upload' : 'download'] : frame.terms.slice(rate.end + 1, rate.end + 4).filter((t) => isNoun(t, 'download', 'upload')).map((t) => (isNoun(t, 'upload') ? 'upload' : 'download'));
      if (words.length === 0) {
        // "max-limit 10M/2M" is RouterOS's own setting, written upload/download; "2M/2M" is the same either way.
        const before = frame.terms.slice(Math.max(0, rate.index - 2), rate.index).map((t) => t.normal).join(' ');
        if (rate.bps === rate.second || /(?:^|\s)max(?:-| )limit$/.test(before)) {
          limits.upload = rate.bps;
          limits.download = rate.second;
          continue;
        }
        return refuse('queues', `"${rateText(rate.bps)}/${rateText(rate.second)}" does not say which number is the download and which the upload; say "10M download, 2M upload" (or "max-limit 2M/10M", upload first as RouterOS writes it)`, EXAMPLE);
      }
      const first: Direction = words[0] === 'upload' ? 'upload' : 'download';
      limits[first] = rate.bps;
      limits[first === 'upload' ? 'download' : 'upload'] = rate.second;
      continue;
    }
    // "limit 192.168.88.20 to 10M up and down": one speed for both directions.
    if (found.length === 1 && has(frame, 'download') && has(frame, 'upload')) {
      limits.upload = rate.bps;
      limits.download = rate.bps;
      continue;
    }
    const d = directionOf(frame, rate);
    if (d === undefined) {
      if (found.length > 1) return refuse('queues', 'several speeds were given without saying which is download and which upload', EXAMPLE);
      const both = has(frame, 'download') && has(frame, 'upload');
      const one = has(frame, 'download') ? 'download' : has(frame, 'upload') ? 'upload' : undefined;
      if (one && !both) limits[one] = rate.bps;
      else {
        limits.upload = rate.bps;
        limits.download = rate.bps;
      }
      continue;
    }
    if (limits[d] !== undefined) return refuse('queues', `two ${d} speeds were given`, EXAMPLE);
    limits[d] = rate.bps;
  }
  for (const v of Object.values(limits)) if (v !== undefined && (v < 8000 || v > 100e9)) return refuse('queues', `${rateText(v)} is not a usable queue speed`, EXAMPLE);
  return { upload: limits.upload ?? 0, download: limits.download ?? 0 };
}

const maxLimit = (l: { upload: number; download: number }): Value => ({ kind: 'word', text: `${rateText(l.upload)}/${rateText(l.download)}` });

function nameOf(frame: Frame, fallback: string): Value {
  const at = indexOf(frame, (t) => NAME_LABELS.has(t.normal));
  // After "named"/"called" any word is the name, even one of ours ("a queue called camera").
  const comment = commentOf(frame);
  const quoted = quotedText(frame);
  const given = (at >= 0 ? valueAfter(frame, at, { plainWords: frame.terms[at]!.normal !== 'name' }) : undefined) ?? (quoted?.text === comment ? undefined : quoted);
  return str(given?.text ?? fallback);
}

/** "... comment cam", "with description \"guest cap\"": the queue's comment. */
function commentOf(frame: Frame): string | undefined {
  return frame.quoted.find((q) => q.label === 'comment')?.text;
}

/** Where a clause says "each user", "every device", "per client", "per-user", or a rate ends in "each"/"apiece". */
function perUserMarks(frame: Frame): number[] {
  const marks: number[] = [];
  frame.terms.forEach((t, i) => {
    const next = frame.terms[i + 1];
    if (/^per-(?:user|device|host|client|ip)$/.test(t.normal)) marks.push(i);
    else if ((isNoun(t, 'every') || t.normal === 'per') && next && PER_USER_NOUNS.has(next.normal)) marks.push(i);
    else if (EACH_WORDS.has(t.normal) && (i === 0 || frame.terms[i - 1]!.technical?.kind === 'amount' || rates(frame).some((r) => r.end === i - 1) || frame.terms[i + 1]?.normal === 'of')) marks.push(i);
  });
  return marks;
}

/**
 * Rates for one user ("at most 10M each", "each user max 5M", "limit every device to 5M"), and the totals.
 * After "each user" a rate is one user's when a ceiling word leads to it, or when nothing is shared
 * ("limit each user on the LAN to 5M"); "a fair share of 100M" stays the total.
 */
function splitRates(frame: Frame): { perUser: Rate[]; total: Rate[] } {
  const marks = perUserMarks(frame);
  const shared = has(frame, 'pcq');
  const perUser: Rate[] = [];
  const total: Rate[] = [];
  for (const rate of rates(frame)) {
    const totalSaid = isNoun(frame.terms[rate.end + 1], 'total') || isNoun(frame.terms[rate.index - 1], 'total');
    const eachAfter = marks.some((m) => m === rate.end + 1 || m === rate.end + 2);
    // "limit each user on the LAN to 5M with pcq": a ceiling word right before "each user" caps each user too.
    const markBefore = marks.some((m) => m < rate.index && (!shared || frame.terms.slice(m, rate.index).some((t) => CAP_WORDS.has(t.normal)) || CAP_WORDS.has(frame.terms[m - 1]?.normal ?? '')));
    (!totalSaid && (eachAfter || markBefore) ? perUser : total).push(rate);
  }
  return { perUser, total };
}

/** "during the day", "at night": simple queues have a time setting this generator does not write. */
function timeWindow(frame: Frame): string | null {
  const word = whenWord(frame);
  return word ? `it limits the queue to some hours ("${word.text}"), which this generator does not write (a simple queue's time setting); ask for the limit alone` : null;
}

/** A verb that blocks traffic, not one that limits its speed. */
const blocking = (frame: Frame): boolean => frame.actions.some((a) => a.value === 'block' && !RESTRICT_WORDS.has(a.term.normal));

/** The clause asks for a speed limit: a limiting verb, a queue or bandwidth word, or a direction with "restrict". */
const limiting = (frame: Frame): boolean =>
  asks(frame, 'limit', 'add', 'set') || has(frame, 'queue', 'bandwidth') || frame.actions.some((a) => RESTRICT_WORDS.has(a.term.normal));

/** "limit 192.168.88.50 to 10M", "cap the guest subnet 10.0.20.0/24 at 20M down and 5M up", "limit downloads of 192.168.88.20 to 2 mbps". */
export const limitRule: IntentRule = {
  id: 'queues: limit <target> to <rate> [down|up]',
  match: (frame) => (rates(frame).length > 0 && limiting(frame) && !has(frame, 'pcq') && perUserMarks(frame).length === 0 && !asks(frame, 'remove', 'disable', 'unlimit') && !blocking(frame) ? 50 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated', EXAMPLE);
    const when = timeWindow(frame);
    if (when) return refuse(this.id, when, EXAMPLE);
    // "set ether3 speed to 100 mbps": an interface's speed is its link speed (negotiation), not a queue on it.
    const linkSpeed = frame.interfaces.length > 0 && frame.terms.some((t) => t.normal === 'speed') && !asks(frame, 'limit') && !frame.terms.some((t) => CAP_WORDS.has(t.normal) || isNoun(t, 'queue'));
    if (linkSpeed) return refuse(this.id, `"speed" of ${frame.interfaces[0]!.value} reads as its link speed (/interface ethernet speed and auto-negotiation), which is not generated here; to cap the traffic through it, say "limit ${frame.interfaces[0]!.value} to 100M"`, EXAMPLE);
    const target = targetOf(frame, options);
    if ('kind' in target) return target;
    const limits = limitsOf(frame);
    if ('kind' in limits) return limits;
    const warnings = [...target.warnings];
    if (limits.upload === 0) warnings.push('Only downloads are limited (upload 0 = unlimited).');
    if (limits.download === 0) warnings.push('Only uploads are limited (download 0 = unlimited).');
    warnings.push(`max-limit is upload/download as seen from ${target.text}. FastTrack (in the default firewall) bypasses simple queues: disable the fasttrack rule for the queue to act on established connections.`);
    const comment = commentOf(frame);
    return ok(this.id, [command(QUEUE, 'add', { name: nameOf(frame, `limit-${target.text}`), target: target.value, 'max-limit': maxLimit(limits), comment: comment === undefined ? undefined : str(comment) })], warnings);
  },
};

/** "share 100M equally among the LAN", "split 50M down 10M up fairly between 10.0.0.0/24 users", "share 100M equally, at most 10M each", "limit each user on the LAN to 5M". */
export const pcqRule: IntentRule = {
  id: 'queues: share <rate> equally (pcq) [at most <rate> each] among <subnet>',
  // ("set up pcq for fair sharing on the lan": PCQ for a side or subnet, answered or refused for what it lacks.)
  match: (frame) => ((has(frame, 'pcq') && (rates(frame).length > 0 || has(frame, 'bandwidth', 'queue') || frame.places.some((p) => p.value === 'lan') || frame.addresses.some((a) => a.value.kind === 'prefix'))) || (perUserMarks(frame).length > 0 && splitRates(frame).perUser.length > 0 && !asks(frame, 'remove', 'disable', 'block')) ? 55 : 0),
  build(frame, options) {
    const example = 'Share 100M download and 20M upload equally among the LAN, at most 10M each';
    if (frame.negated) return refuse(this.id, 'the request is negated', example);
    const when = timeWindow(frame);
    if (when) return refuse(this.id, when, example);
    const target = targetOf(frame, options);
    if ('kind' in target) return refuse(this.id, 'it does not say whose traffic to share (a subnet, or "the LAN")', example);
    if (typeof target.value !== 'object' || target.value.kind !== 'prefix' || target.value.length === 32) {
      return refuse(this.id, 'sharing a link equally, or capping each user, needs a subnet (or "the LAN"), not one host or an interface', example);
    }
    if (rates(frame).length === 0) return refuse(this.id, 'equal sharing needs the total speed of the link (e.g. 100M down, 20M up); without a limit the queue never fills and shares nothing', example);
    const { perUser, total } = splitRates(frame);
    const totals = total.length > 0 ? limitsOfRates(frame, total) : { upload: 0, download: 0 };
    if ('kind' in totals) return totals;
    const caps = perUser.length > 0 ? limitsOfRates(frame, perUser) : { upload: 0, download: 0 };
    if ('kind' in caps) return caps;
    if (perUser.length === 0 && (totals.upload === 0 || totals.download === 0)) return refuse(this.id, 'equal sharing needs the total for both directions', example);
    for (const d of ['upload', 'download'] as const) {
      if (caps[d] > 0 && totals[d] > 0 && caps[d] > totals[d]) return refuse(this.id, `the ${d} cap for each user (${rateText(caps[d])}) is above the ${d} total (${rateText(totals[d])})`, example);
    }
    const commands: Command[] = [];
    const types = { upload: 'pcq-upload-default', download: 'pcq-download-default' };
    // PCQ with pcq-rate caps every sub-stream (one per address); the classifier picks the address: the LAN host is the destination of downloads, the source of uploads.
    for (const d of ['upload', 'download'] as const) {
      if (caps[d] === 0) continue;
      types[d] = `pcq-${d}-${rateText(caps[d])}`;
      commands.push(command('/queue type', 'add', { name: types[d], kind: 'pcq', 'pcq-rate': { kind: 'word', text: rateText(caps[d]) }, 'pcq-classifier': d === 'upload' ? 'src-address' : 'dst-address' }));
    }
    const hasTotal = totals.upload > 0 || totals.download > 0;
    commands.push(command(QUEUE, 'add', {
      name: nameOf(frame, hasTotal ? 'fair-share' : 'per-user-limit'),
      target: target.value,
      'max-limit': hasTotal ? maxLimit(totals) : undefined,
      queue: { kind: 'word', text: `${types.upload}/${types.download}` },
    }));
    const warnings = [...target.warnings];
    if (hasTotal) warnings.push('PCQ gives each active address an equal share of the total; set the totals a little below your real line speed so the queue, not the ISP, decides.');
    if (perUser.length > 0) {
      warnings.push(`Each address in ${target.text} gets at most ${caps.download > 0 ? `${rateText(caps.download)} download` : ''}${caps.download > 0 && caps.upload > 0 ? ' and ' : ''}${caps.upload > 0 ? `${rateText(caps.upload)} upload` : ''}.`);
      if (caps.upload === 0 || caps.download === 0) warnings.push(`Only ${caps.upload === 0 ? 'downloads' : 'uploads'} are capped per user; the other direction uses the default PCQ type.`);
    }
    warnings.push('FastTrack (in the default firewall) bypasses simple queues: disable the fasttrack rule for the queue to act on established connections.');
    return ok(this.id, commands, warnings);
  },
};

/** "remove the queue for 192.168.88.50", "delete queue \"guest\"", "disable the queue limit-192.168.88.50". */
export const removeRule: IntentRule = {
  id: 'queues: remove|disable|enable queue <target|name>',
  // "stop limiting 192.168.88.50", "remove the limit on ...", "unthrottle ...": above the firewall's "stop" (block, 20).
  match: (frame) => (has(frame, 'queue', 'bandwidth') && asks(frame, 'remove', 'disable', 'enable', 'unlimit') ? 50
    : (asks(frame, 'unlimit') || (asks(frame, 'limit') && says(frame, 'remove', 'stop', 'delete', 'lift', 'drop', 'undo', 'cancel'))) && rates(frame).length === 0 ? 50 : 0),
  build(frame, options) {
    const example = 'Remove the queue for 192.168.88.50';
    const verb = asks(frame, 'remove', 'unlimit', 'limit') ? 'remove' : asks(frame, 'disable') ? 'disable' : 'enable';
    const mixed = mixedTargets(frame, ['queue', 'interface', 'wifi']);
    if (mixed) return refuse(this.id, mixed, example);
    const at = indexOf(frame, (t) => isNoun(t, 'queue') || NAME_GIVING_WORDS.has(t.normal));
    const named = quotedText(frame) ?? (frame.addresses.length === 0 && at >= 0 ? valueAfter(frame, at) : undefined);
    let which: Value;
    if (named) which = { kind: 'substitution', command: command(QUEUE, 'find', { name: str(named.text) }) };
    else {
      const target = targetOf(frame, options);
      if ('kind' in target) return refuse(this.id, 'it does not say which queue (its target address or its name in quotes)', example);
      which = { kind: 'substitution', command: command(QUEUE, 'find', { target: target.value }) };
    }
    return ok(this.id, [command(QUEUE, verb, [{ kind: 'positional', value: which }])]);
  },
};

function says(frame: Frame, ...words: string[]): boolean {
  return frame.terms.some((t) => words.includes(t.normal));
}

export const QUEUES_FAMILY: IntentFamily = {
  id: 'queues',
  reads: { nouns: ['traffic', 'all', 'host'], places: ['lan'], words: ['queue', 'bandwidth', 'between', 'among', 'everyone', 'everybody', 'device', 'devices', 'max', 'maximum', 'most', 'user', 'users', 'client', 'clients', 'per', 'each', 'every', 'evenly', 'fairly', 'equally', 'download/upload', 'guest', 'speed', 'simple', 'simple queue', 'max-limit', 'limiting', 'limited', 'limit'] }, example: 'Limit 192.168.88.50 to 10M', summary: 'bandwidth limits (simple queues per host or subnet, equal sharing with PCQ)',
  rules: changesOnly([limitRule, pcqRule, removeRule]),
};
