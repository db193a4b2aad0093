/**
 * What traffic a firewall rule matches, read from its properties, and how two rules' traffic relate: whether one
 * covers the other, whether they overlap. Used to place a new filter rule where it takes effect and to see that a
 * request is already satisfied. Only new connections are compared (a rule that names no connection state is read
 * as being about new connections: the accept-established rule at the top of a chain is not "broader" than a new
 * accept, and the drop-invalid rule does not stand in its way).
 */
import { ipToInt } from '../slots/ipv4.js';
import type { Props, RouterModel } from './model.js';

/** Properties that say what the rule does, not which packets it matches. */
const NOT_MATCHERS = new Set([
  'chain', 'action', 'comment', 'disabled', 'log', 'log-prefix', 'jump-target', 'reject-with', 'address-list', 'address-list-timeout',
  'to-addresses', 'to-ports', 'place-before', 'passthrough', 'hw-offload', 'new-connection-mark', 'new-packet-mark', 'new-routing-mark',
]);

/** Matchers on where the traffic enters or leaves, or on its connection's state: a rule limited only by these is about a whole side. */
const SIDE_MATCHERS = new Set(['in-interface', 'in-interface-list', 'out-interface', 'out-interface-list', 'connection-state', 'connection-nat-state']);

const STATES = ['established', 'related', 'new', 'invalid', 'untracked'];
const NAT_STATES = ['srcnat', 'dstnat'];

/** A set of things (interfaces, states, numbers as ranges) or everything but a set. */
type NameSet = { readonly not: boolean; readonly names: ReadonlySet<string> } | 'any' | 'unknown';

interface Interval {
  readonly lo: number;
  readonly hi: number;
}
type Ranges = { readonly not: boolean; readonly ranges: readonly Interval[] } | 'any' | 'unknown';

export interface Traffic {
  readonly chain: string;
  readonly action: string;
  readonly props: Readonly<Props>;
  /** Keys this reader understood, each as a set; any other matcher is `others`. */
  readonly sets: ReadonlyMap<string, NameSet | Ranges>;
  readonly others: readonly string[];
}

const RANGE_KEYS = new Set(['src-address', 'dst-address', 'dst-port', 'src-port', 'port']);

export function readTraffic(props: Readonly<Props>, model: RouterModel): Traffic {
  const sets = new Map<string, NameSet | Ranges>();
  const others: string[] = [];
  const members = model.listMembers();
  for (const [key, raw] of Object.entries(props)) {
    if (NOT_MATCHERS.has(key)) continue;
    if (key === 'in-interface' || key === 'out-interface' || key === 'in-interface-list' || key === 'out-interface-list') {
      const side = key.startsWith('in-') ? 'in' : 'out';
      const not = raw.startsWith('!');
      const name = raw.replace(/^!/, '');
      let set: NameSet;
      if (key.endsWith('-list')) {
        const m = name === 'all' ? undefined : members.get(name);
        set = name === 'all' ? (not ? { not: false, names: new Set() } : 'any') : m === undefined ? 'unknown' : { not, names: new Set(m) };
      } else set = { not, names: new Set([name]) };
      sets.set(side, intersectNames(sets.get(side) as NameSet | undefined, set));
    } else if (key === 'connection-state' || key === 'connection-nat-state') {
      sets.set(key, nameList(raw));
    } else if (key === 'protocol') {
      sets.set(key, nameList(raw.replace(/^6$/, 'tcp').replace(/^17$/, 'udp').replace(/^1$/, 'icmp')));
    } else if (key === 'src-address-list' || key === 'dst-address-list' || key === 'ipsec-policy') {
      // Named lists: equal names are the same set; anything else is not known here.
      sets.set(key, nameList(raw));
    } else if (RANGE_KEYS.has(key)) {
      sets.set(key, key.endsWith('address') ? addressRanges(raw) : portRanges(raw));
    } else others.push(key);
  }
  return { chain: props.chain ?? '', action: props.action ?? 'accept', props, sets, others };
}

function nameList(raw: string): NameSet {
  const not = raw.startsWith('!');
  return { not, names: new Set(raw.replace(/^!/, '').split(',').filter(Boolean)) };
}

function intersectNames(a: NameSet | undefined, b: NameSet): NameSet {
  if (a === undefined || a === 'any') return b;
  if (b === 'any') return a;
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  if (!a.not && !b.not) return { not: false, names: new Set([...a.names].filter((n) => b.names.has(n))) };
  if (a.not && b.not) return { not: true, names: new Set([...a.names, ...b.names]) };
  const [pos, neg] = a.not ? [b, a] : [a, b];
  return { not: false, names: new Set([...pos.names].filter((n) => !neg.names.has(n))) };
}

function addressRanges(raw: string): Ranges {
  const not = raw.startsWith('!');
  const ranges: Interval[] = [];
  for (const part of raw.replace(/^!/, '').split(',')) {
    const prefix = /^(\d+\.\d+\.\d+\.\d+)(?:\/(\d+))?$/.exec(part);
    const range = /^(\d+\.\d+\.\d+\.\d+)-(\d+\.\d+\.\d+\.\d+)$/.exec(part);
    if (prefix) {
      const len = prefix[2] === undefined ? 32 : Number(prefix[2]);
      const size = 2 ** (32 - len);
      const lo = Math.floor(ipToInt(prefix[1]!) / size) * size;
      ranges.push({ lo, hi: lo + size - 1 });
    } else if (range) ranges.push({ lo: ipToInt(range[1]!), hi: ipToInt(range[2]!) });
    else return 'unknown';
  }
  return { not, ranges };
}

function portRanges(raw: string): Ranges {
  const not = raw.startsWith('!');
  const ranges: Interval[] = [];
  for (const part of raw.replace(/^!/, '').split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return 'unknown';
    ranges.push({ lo: Number(m[1]), hi: Number(m[2] ?? m[1]) });
  }
  return { not, ranges };
}

/** Whether every value of `a` is in `b` (both sets of the same key). undefined: not known. */
function contained(a: NameSet | Ranges, b: NameSet | Ranges): boolean | undefined {
  if (b === 'any') return true;
  if (a === 'unknown' || b === 'unknown') return undefined;
  if (a === 'any') return false;
  if ('names' in a && 'names' in b) {
    if (!a.not && !b.not) return [...a.names].every((n) => b.names.has(n));
    if (!a.not && b.not) return [...a.names].every((n) => !b.names.has(n));
    if (a.not && b.not) return [...b.names].every((n) => a.names.has(n));
    return false;
  }
  if ('ranges' in a && 'ranges' in b) {
    if (!a.not && !b.not) return a.ranges.every((r) => b.ranges.some((s) => s.lo <= r.lo && r.hi <= s.hi));
    if (!a.not && b.not) return a.ranges.every((r) => b.ranges.every((s) => r.hi < s.lo || s.hi < r.lo));
    if (a.not && b.not) return b.ranges.every((s) => a.ranges.some((r) => r.lo <= s.lo && s.hi <= r.hi));
    return false;
  }
  return undefined;
}

/** Whether `a` and `b` share a value. undefined: not known (taken as yes where it matters). */
function meets(a: NameSet | Ranges, b: NameSet | Ranges): boolean | undefined {
  if (a === 'any' || b === 'any') return true;
  if (a === 'unknown' || b === 'unknown') return undefined;
  if ('names' in a && 'names' in b) {
    if (!a.not && !b.not) return [...a.names].some((n) => b.names.has(n));
    if (!a.not && b.not) return [...a.names].some((n) => !b.names.has(n));
    if (a.not && !b.not) return [...b.names].some((n) => !a.names.has(n));
    return true;
  }
  if ('ranges' in a && 'ranges' in b) {
    if (!a.not && !b.not) return a.ranges.some((r) => b.ranges.some((s) => r.lo <= s.hi && s.lo <= r.hi));
    if (!a.not && b.not) return a.ranges.some((r) => !b.ranges.some((s) => s.lo <= r.lo && r.hi <= s.hi));
    if (a.not && !b.not) return b.ranges.some((s) => !a.ranges.some((r) => r.lo <= s.lo && s.hi <= r.hi));
    return true;
  }
  return undefined;
}

/** The set a rule that does not name a key matches for it: every value, except the connection state, which is new. */
function implied(t: Traffic, key: string): NameSet | Ranges {
  const own = t.sets.get(key);
  if (own !== undefined) return own;
  if (key === 'connection-state') return { not: false, names: new Set(['new']) };
  return 'any';
}

/** Only the new connections of a rule's traffic. */
function keys(a: Traffic, b: Traffic): Set<string> {
  return new Set([...a.sets.keys(), ...b.sets.keys(), 'connection-state']);
}

/** How the traffic of rule `r` relates to the (new-connection) traffic of `t`. */
export interface Relation {
  /** `r` matches every packet of `t`. */
  readonly covers: boolean;
  /** `r` may match some packet of `t`. */
  readonly overlaps: boolean;
  /** `r` matches part of `t` only because of matchers other than sides and states (addresses, lists, ports, ...): an exception the admin wrote. */
  readonly selective: boolean;
}

export function relate(r: Traffic, t: Traffic): Relation {
  if (r.chain !== t.chain) return { covers: false, overlaps: false, selective: false };
  let covers = r.others.length === 0;
  let overlaps = true;
  let selective = r.others.length > 0;
  for (const key of keys(r, t)) {
    const rs = implied(r, key);
    const ts = implied(t, key);
    // A port matcher needs a protocol: ports of different protocols never meet.
    const c = contained(ts, rs);
    const m = meets(ts, rs);
    if (m === false) overlaps = false;
    if (c !== true) {
      covers = false;
      if (!SIDE_MATCHERS.has(key === 'in' ? 'in-interface' : key === 'out' ? 'out-interface' : key)) selective = true;
    }
  }
  return { covers: covers && overlaps, overlaps, selective };
}

/** The union of name sets (`any` when it holds every name); undefined when one is not known. */
function unionNames(parts: readonly NameSet[]): NameSet | undefined {
  let pos = new Set<string>();
  let neg: Set<string> | undefined;
  for (const p of parts) {
    if (p === 'any') return 'any';
    if (p === 'unknown') return undefined;
    if (p.not) neg = neg === undefined ? new Set(p.names) : new Set([...neg].filter((n) => p.names.has(n)));
    else pos = new Set([...pos, ...p.names]);
  }
  if (neg === undefined) return { not: false, names: pos };
  const rest = [...neg].filter((n) => !pos.has(n));
  return rest.length === 0 ? 'any' : { not: true, names: new Set(rest) };
}

/**
 * Whether the rules `parts` together match every (new-connection) packet of `t`: each matches all of `t` on every key
 * but the side it comes in or goes out on, and their sides together hold all of `t`'s ("drop all not coming from
 * LAN" and "accept from LAN" together take everything). Only interfaces are joined; other matchers must cover.
 */
export function coveredTogether(t: Traffic, parts: readonly Traffic[]): boolean {
  if (parts.length === 0 || parts.some((p) => p.chain !== t.chain || p.others.length > 0)) return false;
  for (const side of ['in', 'out'] as const) {
    const rest = [...new Set(parts.flatMap((p) => [...keys(p, t)]))].filter((k) => k !== side);
    const elsewhere = parts.every((p) => rest.every((k) => contained(implied(t, k), implied(p, k)) === true));
    if (!elsewhere) continue;
    const union = unionNames(parts.map((p) => implied(p, side) as NameSet));
    if (union !== undefined && contained(implied(t, side), union) === true) return true;
  }
  return false;
}

export const DROPS = new Set(['drop', 'reject', 'tarpit']);

/**
 * Rule `r`, earlier in the chain and doing the opposite, takes (part of) the traffic of `t` first in a way `t` is
 * meant to override: they overlap, `r` is not limited by addresses, lists or ports `t` lacks (then `r` is the
 * exception, on purpose first), and either `r` covers all of `t` (`t` would never match) or `t` does not cover `r`
 * (when it does, `r` is the narrower rule and rightly first: "accept from LAN" before "drop all else").
 */
export function shadows(r: Traffic, t: Traffic): boolean {
  const rel = relate(r, t);
  return rel.overlaps && !rel.selective && (rel.covers || !relate(t, r).covers);
}

/** A short description of a rule for notes: its comment, or its chain, action and matchers. */
export function describeRule(props: Readonly<Props>): string {
  if (props.comment !== undefined && props.comment !== '') return `"${props.comment}"`;
  const matchers = Object.entries(props).filter(([k]) => !NOT_MATCHERS.has(k)).map(([k, v]) => `${k}=${v}`);
  return `[chain=${props.chain ?? '?'} action=${props.action ?? 'accept'}${matchers.length > 0 ? ' ' + matchers.join(' ') : ''}] (no comment)`;
}

/** The same rule: the same properties, comments and logging aside. */
export function sameRule(a: Readonly<Props>, b: Readonly<Props>): boolean {
  const norm = (p: Readonly<Props>): string =>
    JSON.stringify(Object.entries(p).filter(([k]) => !['comment', 'log', 'log-prefix', 'disabled', 'place-before'].includes(k)).sort(([x], [y]) => (x < y ? -1 : 1)));
  return norm(a) === norm(b);
}
