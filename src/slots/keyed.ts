/**
 * Slot readers the DHCP, DNS and route families share: which value belongs to
 * which keyword ("gateway 10.0.0.1", "lease time 12 hours", "DNS 1.1.1.1 and
 * 8.8.8.8", "10.0.0.0 255.255.255.0"), durations, names and interfaces.
 *
 * They read the terms of a frame: the frame has the slots (addresses with
 * their roles, interfaces, MACs), these helpers add the keyword each value
 * was given under. A value belongs to the keyword before it when only small
 * words stand between ("gateway is 10.0.0.1", "lease time of 1 day"), to the
 * keyword after it with "as" ("10.0.0.1 as the gateway"), and a value joined
 * to a keyed one by "and" or a comma shares its keyword.
 */
import type { ResolvedOptions } from '../api/options.js';
import type { Term } from '../nlp/analyze.js';
import type { Address, Frame, Role } from '../intents/frame.js';
import { has, isNoun } from '../intents/words.js';
import { claim, isRecording } from '../intents/claims.js';
import { PLAIN_NAME } from './names.js';
import { DEFAULT_CONFIG_NAMES } from '../../grammar/english/protection.js';
import { looksLikeMask, maskLength } from './ipv4.js';
import { secondsOfTimeText } from './duration.js';

/** The keywords values can be given under. */
export type Key =
  | 'gateway' | 'pool' | 'lease-time' | 'dns' | 'domain' | 'netmask' | 'distance' | 'table' | 'mac' | 'ttl'
  | 'comment' | 'server' | 'interface' | 'cname' | 'regexp' | 'name' | 'address';

/** Canonical nouns (grammar/english) → the keyword they introduce. */
const KEY_NOUNS: Readonly<Record<string, Key>> = {
  gateway: 'gateway', 'default-gateway': 'gateway', 'next-hop': 'gateway',
  pool: 'pool',
  'lease-time': 'lease-time', lease: 'lease-time',
  'dns-server': 'dns',
  domain: 'domain',
  netmask: 'netmask',
  distance: 'distance', metric: 'distance',
  table: 'table',
  mac: 'mac',
  ttl: 'ttl',
  comment: 'comment',
  name: 'name',
  'dhcp-server': 'server', server: 'server',
  interface: 'interface',
  cname: 'cname',
  regexp: 'regexp',
};

/** Small words that may stand between a keyword and its value. */
const GLUE = new Set(['the', 'a', 'an', 'is', 'be', 'of', 'to', 'at', 'with', 'as', '=', ':', 'should', 'will', 'set', 'use', 'using', 'on', 'for', 'its', 'their', 'new', 'value', 'equal', 'equals']);

export function nounsOf(t: Term): string[] {
  return t.meanings.flatMap((m) => (m.type === 'noun' ? [m.value] : []));
}


/** Every verb the clause's action words can mean: "clear" is both remove and flush, "stop" both block and disable. */
export function verbSet(frame: Frame): Set<string> {
  const verbs = new Set<string>();
  for (const a of frame.actions) for (const m of a.term.meanings) if (m.type === 'action') verbs.add(m.value);
  return verbs;
}

/** `verbSet` outside recording (while the rules are scored), once per clause: its actions never change. */
let lastFrame: Frame | undefined;
let lastActions = 0;
let lastVerbs: ReadonlySet<string> = new Set();
function verbSetOnce(frame: Frame): ReadonlySet<string> {
  if (frame === lastFrame && lastActions === frame.actions.length) return lastVerbs;
  lastVerbs = verbSet(frame);
  lastFrame = frame;
  lastActions = frame.actions.length;
  return lastVerbs;
}

export function saysVerb(frame: Frame, ...verbs: string[]): boolean {
  const set = isRecording() ? verbSet(frame) : verbSetOnce(frame);
  return verbs.some((v) => set.has(v));
}

export function saysService(frame: Frame, name: string): boolean {
  return frame.terms.some((t) => t.meanings.some((m) => m.type === 'service' && m.value.name === name));
}

export function keyOfTerm(t: Term): Key | undefined {
  for (const noun of nounsOf(t)) {
    const key = KEY_NOUNS[noun];
    if (key) return key;
  }
  if (t.meanings.some((m) => m.type === 'service' && m.value.name === 'dns')) return 'dns';
  return undefined;
}

function isGlue(t: Term): boolean {
  if (GLUE.has(t.normal)) return true;
  return t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler' || (m.type === 'role' && m.value !== 'except'));
}

const isAnd = (t: Term): boolean => t.normal === 'and' || t.normal === 'or' || t.normal === '&';

/** Does the term carry a value (address, number, duration, MAC, name)? */
function isValue(t: Term): boolean {
  return t.technical !== undefined || t.number !== undefined || secondsOfTimeText(t.normal) !== undefined;
}

/**
 * The keyword a value at `index` was given under, if it is one of `accept`.
 * A keyword outside `accept` ("DHCP server for 192.168.88.0/24") stops the search.
 */
export function keyAt(terms: readonly Term[], index: number, accept: readonly Key[]): Key | undefined {
  let sawGlue = false;
  for (let i = index - 1; i >= 0 && index - i <= 5; i--) {
    const t = terms[i]!;
    const key = keyOfTerm(t);
    if (key) return accept.includes(key) ? key : undefined;
    if (isAnd(t) || isGlue(t)) {
      sawGlue = true;
      continue;
    }
    // "DNS 1.1.1.1 and 8.8.8.8", "DNS 1.1.1.1, 8.8.8.8": a list shares its keyword.
    if (isValue(t) && (t.after.includes(',') || (sawGlue && terms.slice(i + 1, index).every((x) => isAnd(x) || x.normal === 'also')))) {
      return keyAt(terms, i, accept);
    }
    // "lease time of 12 hours": the number of a duration is a value of its own.
    if (i === index - 1 && t.number !== undefined) continue;
    break;
  }
  // "10.0.0.1 as the gateway", "1.1.1.1 for DNS"
  const next = terms[index + 1];
  if (next && (next.normal === 'as' || next.normal === 'for')) {
    for (let i = index + 2; i < terms.length && i <= index + 4; i++) {
      const key = keyOfTerm(terms[i]!);
      if (key) return accept.includes(key) ? key : undefined;
      if (!isGlue(terms[i]!)) break;
    }
  }
  return undefined;
}

export function indexOfTerm(frame: Frame, term: Term): number {
  return frame.terms.indexOf(term);
}

// ---------------------------------------------------------------------------
// Addresses, with dotted netmasks read into prefixes.

export interface Located<T> {
  readonly value: T;
  readonly role: Role;
  readonly term: Term;
  readonly index: number;
  readonly key: Key | undefined;
}

export type AddressRead = { readonly addresses: Located<Address>[] } | { readonly error: string };

/**
 * The clause's addresses with their keywords. "10.0.0.0 255.255.255.0" and
 * "10.0.0.0 netmask 255.255.255.0" become the prefix 10.0.0.0/24; a netmask
 * with ones that are not contiguous, or one with no address before it, is an error.
 */
export function addressesOf(frame: Frame, accept: readonly Key[]): AddressRead {
  const out: Located<Address>[] = [];
  const slots = frame.addresses;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    const index = indexOfTerm(frame, slot.term);
    const key = keyAt(frame.terms, index, [...accept, 'netmask']);
    const value = slot.value;
    if (value.kind === 'ip' && value.port === undefined && (key === 'netmask' || looksLikeMask(value.address))) {
      const previous = out[out.length - 1];
      const between = previous ? frame.terms.slice(previous.index + 1, index) : [];
      const attached = previous && previous.value.kind === 'ip' && previous.value.port === undefined && between.every((t) => isGlue(t) || keyOfTerm(t) === 'netmask');
      if (!attached) {
        if (key === 'netmask') return { error: `the netmask ${value.address} does not follow an address; write the network as 192.168.88.0/24 or "192.168.88.0 netmask 255.255.255.0"` };
        out.push({ value, role: slot.role, term: slot.term, index, key });
        continue;
      }
      const length = maskLength(value.address);
      if (length === null) return { error: `${value.address} is not a valid netmask (its ones must be contiguous, like 255.255.255.0)` };
      out[out.length - 1] = { ...previous, value: { kind: 'prefix', address: previous.value.address, length } };
      continue;
    }
    out.push({ value, role: slot.role, term: slot.term, index, key: key === 'netmask' ? undefined : key });
  }
  return { addresses: out };
}

// ---------------------------------------------------------------------------
// Names and interfaces.

/** Small words between a keyword and the name it introduces. */
const NAME_GLUE = new Set(['the', 'a', 'an', 'is', '=', ':', 'called', 'named', 'of']);

/** The text of a term that can be a name: quoted text, a word with digits, or an unknown plain word. */
export function nameIn(t: Term | undefined): string | undefined {
  if (!t) return undefined;
  if (t.technical?.kind === 'quoted') return t.technical.text;
  if (t.technical?.kind === 'name') return t.technical.text;
  // "the dhcp server defconf": the default configuration's own name for its item.
  if (t.technical === undefined && DEFAULT_CONFIG_NAMES.includes(t.normal)) return t.text;
  if (t.technical === undefined && t.meanings.length === 0 && !t.negative && PLAIN_NAME.test(t.text) && /^[A-Za-z]/.test(t.text) && !GLUE.has(t.normal) && !NAMED_INTERFACE.test(t.text)) return t.text;
  return undefined;
}

/** The name given right after one of the keywords `keys` ("table isp2", "named \"guest\"", "server called lan-dhcp"). */
export function nameAfterKey(frame: Frame, keys: readonly Key[]): { text: string; index: number } | undefined {
  const terms = frame.terms;
  for (let i = 0; i < terms.length; i++) {
    const key = keyOfTerm(terms[i]!);
    if (!key || !keys.includes(key)) continue;
    for (let j = i + 1; j < terms.length && j <= i + 3; j++) {
      const t = terms[j]!;
      const name = nameIn(t);
      if (name !== undefined) return { text: name, index: j };
      if (keyOfTerm(t) !== undefined && ['comment', 'name'].includes(keyOfTerm(t)!)) continue;
      // "server guest", "table is isp2", "named \"guest\"": not "server on bridge-lan".
      if (!NAME_GLUE.has(t.normal)) break;
    }
  }
  return undefined;
}

const NAMED_INTERFACE = /^(?:bridge|vlan|ether|wlan|wifi|sfp|lte|pppoe|wg|wireguard|bond|gre|eoip|veth|l2tp|ovpn|sstp)[-_][a-z0-9][\w-]*$/i;

export interface InterfaceRead {
  readonly name: string;
  readonly role: Role;
  readonly index: number;
  /** Set when the name came from an option ("the bridge", "the LAN"), so the response can say so. */
  readonly from?: 'lanBridge' | 'referent';
}

/**
 * Interfaces the clause names: `ether2`, `vlan10`, "the bridge" (the lanBridge
 * option), `bridge-lan` (compromise splits it at the hyphen) and quoted names
 * after "interface".
 */
export function interfacesOf(frame: Frame, options: ResolvedOptions): InterfaceRead[] {
  const out: InterfaceRead[] = [];
  for (const slot of frame.interfaces) out.push({ name: slot.value, role: slot.role, index: indexOfTerm(frame, slot.term) });
  const terms = frame.terms;
  let role: Role = 'subject';
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const roleMeaning = t.meanings.find((m) => m.type === 'role');
    if (roleMeaning && roleMeaning.type === 'role' && t.meanings[0]?.type === 'role') role = roleMeaning.value === 'for' ? 'subject' : roleMeaning.value;
    if (t.normal === 'bridge' && isNoun(t, 'bridge')) {
      const next = terms[i + 1];
      if (t.after === '-' && next && /^[a-z0-9][\w-]*$/i.test(next.text)) {
        out.push({ name: `bridge-${next.text.toLowerCase()}`, role, index: i });
        i++;
      } else out.push({ name: options.lanBridge, role, index: i, from: 'lanBridge' });
      continue;
    }
    if (t.technical?.kind === 'quoted' && isNoun(terms[i - 1], 'interface') && PLAIN_NAME.test(t.technical.text) && /^[A-Za-z]/.test(t.technical.text)) out.push({ name: t.technical.text, role, index: i });
    // "bridge-lan", "vlan-guest": an interface kind with a name after a hyphen, kept as one word.
    else if (t.technical === undefined && t.meanings.length === 0 && NAMED_INTERFACE.test(t.text)) out.push({ name: t.text.toLowerCase(), role, index: i });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Text typed as a MAC address that is not one (`AA:BB:CC:DD:EE:GG`); the scanner leaves such words to the English pass. */
export function malformedMac(frame: Frame): string | undefined {
  return frame.terms.find((t) => t.technical === undefined && /^[0-9a-z]{2}(?:[:-][0-9a-z]{2}){3,}$/i.test(t.text))?.text;
}

/** "don't", "no", "without" within the two words before `index` ("without a default route", "no peer DNS"). */
export function negatedAt(frame: Frame, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const t = frame.terms[i]!;
    if (t.negative || t.normal === 'without' || t.normal === 'no') {
      claim(t);
      return true;
    }
    if (!isGlue(t) && !['use', 'add', 'install', 'accept', 'take', 'get', 'create'].includes(t.normal)) return false;
  }
  return false;
}
