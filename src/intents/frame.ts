/**
 * A clause of the prompt, read into slots: what to do (actions), what to match
 * (services, protocols, ports) and where (addresses, places, interfaces), each
 * with the role its preposition gave it ("from", "to", "on", "except").
 * Family rules read frames; they never look at raw text.
 */
import type { ServiceSpec } from '../../grammar/english/services.js';
import type { Command } from '../ast/nodes.js';
import type { Term } from '../nlp/analyze.js';
import type { Technical } from '../nlp/technical.js';
import type { Meaning } from '../nlp/lexicon.js';
import { GROUP_POLICY_WORDS } from '../../grammar/english/admin.js';
import { SPLIT_PHRASAL_VERBS } from '../../grammar/english/words.js';
import { isNoun } from './words.js';
import { WHOLE_WORDS } from '../../grammar/english/words.js';
import { FILTER_VERB_VALUES } from '../../grammar/english/classes.js';
import { looksLikeMask, maskLength } from '../slots/ipv4.js';
import type { Referent } from './types.js';
import { COMMENT_LABELS, COMMENT_TAIL_NOUNS, COMMENT_VERBS } from '../../grammar/english/classes.js';
import { LINKING_NOUNS } from '../../grammar/english/cues.js';

export type Role = 'subject' | 'from' | 'to' | 'on' | 'except';

export type Address =
  | { readonly kind: 'ip'; readonly address: string; readonly port?: number }
  | { readonly kind: 'prefix'; readonly address: string; readonly length: number }
  | { readonly kind: 'ip-range'; readonly from: string; readonly to: string }
  | { readonly kind: 'ip6'; readonly address: string; readonly length?: number }
  | { readonly kind: 'hostname'; readonly name: string };

export interface Slot<T> {
  readonly value: T;
  readonly role: Role;
  readonly term: Term;
  /** Further words the slot was read from ("netmask 255.255.255.0" after an address): read with it. */
  readonly also?: readonly Term[];
}

export interface PortSlot {
  readonly from: number;
  readonly to: number;
}

export interface Frame {
  readonly terms: readonly Term[];
  readonly actions: readonly Slot<string>[];
  /** "don't", "not", "never" before the first action. */
  readonly negated: boolean;
  readonly services: readonly Slot<ServiceSpec>[];
  readonly protocols: readonly Slot<string>[];
  readonly ports: readonly Slot<PortSlot>[];
  readonly addresses: readonly Slot<Address>[];
  readonly places: readonly Slot<'wan' | 'lan' | 'router'>[];
  readonly interfaces: readonly Slot<string>[];
  readonly nouns: ReadonlySet<string>;
  /** Quoted text, with the noun that introduced it ("comment", "named"). */
  readonly quoted: readonly { readonly text: string; readonly label: string | null; readonly term: Term; readonly also?: readonly Term[] }[];
  /** The words of a comment given without quotes ("commented TEMP"): its text, which no other reader takes. */
  readonly commentWords: ReadonlySet<Term>;
  readonly invalid: readonly Extract<Technical, { kind: 'invalid' }>[];
  readonly code: readonly Extract<Technical, { kind: 'code' }>[];
  /** Numbers that were not read as ports. */
  readonly numbers: readonly Slot<number>[];
  readonly macs: readonly Slot<string>[];
  /** Words nothing in the lexicon explains (after typo correction). */
  readonly unknown: readonly string[];
  /**
   * "between A and B": A was read as where the traffic comes from, B as where it goes; the word, for a rule that writes
   * both directions (which claims it). Any other rule leaves it unread, so the prompt is refused.
   */
  readonly between?: Term | undefined;
  /** Words the typo fixer changed: a "Read X as Y" note each, unless the rule kept the word as typed (claims.ts). */
  readonly corrections: readonly Correction[];
  /** What "it" refers to: the interface the previous clause created or changed. */
  readonly previousSubject?: string | undefined;
  /** What the most recent earlier clause created or filled, for "it" / "them" ("from it": an address list). */
  readonly referent?: Referent | undefined;
  /** The previous clause already dropped everything it did not accept ("... and drop the rest" after a limit). */
  readonly previousDropsRest?: boolean | undefined;
  /** The drop the previous clause's accept makes "the rest" mean ("allow ssh from list admins and drop the rest"). */
  readonly previousRestDrop?: readonly Command[] | undefined;
}

export interface Correction {
  readonly from: string;
  readonly to: string;
  readonly term: Term;
}

/** What earlier clauses of the prompt leave for this one to read ("it", "the rest"). */
export type ClauseContext = Pick<Frame, 'previousSubject' | 'referent' | 'previousDropsRest' | 'previousRestDrop'>;

/** A frame while `readFrame` fills it. */
type Filling = { -readonly [K in keyof Frame]: K extends 'terms' ? Frame[K] : Frame[K] extends ReadonlySet<infer E> ? Set<E> : Frame[K] extends readonly (infer E)[] ? E[] : Frame[K] };

function meaningOf<K extends Meaning['type']>(t: Term, type: K): Extract<Meaning, { type: K }> | undefined {
  return t.meanings.find((m): m is Extract<Meaning, { type: K }> => m.type === type);
}

/**
 * "block all not from the LAN": a "not" after the verb makes what follows an exception. It is read with the slots it
 * turned into exceptions (a rule that reads them reads the "not"); a "not" no exception slot follows stays unread, so
 * a rule that ignores it cannot answer ("drop ssh from anything not in list mgmt" is never the list's own drop).
 */
function exceptedBy(frame: Filling): void {
  const lists = [frame.services, frame.protocols, frame.ports, frame.addresses, frame.places, frame.interfaces, frame.macs, frame.numbers] as Slot<unknown>[][];
  for (const slots of lists) {
    slots.forEach((slot, k) => {
      if (slot.role !== 'except') return;
      const at = frame.terms.indexOf(slot.term);
      let not: Term | undefined;
      for (let i = at - 1; i >= 0 && !not; i--) {
        const t = frame.terms[i]!;
        if (t.negative) not = t;
        else if (t.meanings.some((m) => m.type === 'action')) break;
      }
      if (not) slots[k] = { ...slot, also: [...(slot.also ?? []), not] };
    });
  }
}

/** Reads one clause into a frame. */
export function readFrame(terms: readonly Term[], context: ClauseContext = {}): Frame {
  const frame: Filling = {
    terms, actions: [], negated: false, services: [], protocols: [], ports: [], addresses: [], places: [], interfaces: [],
    nouns: new Set(), quoted: [], commentWords: new Set(), invalid: [], code: [], numbers: [], macs: [], unknown: [], corrections: [],
    ...context,
  };
  let role: Role = 'subject';
  let negated = false;
  let portContext = false; // the previous term was "port(s)" or a port in a list
  let pluralPorts = false; // "ports" or "port range" was said
  let lastWasPort = false; // the last slot read was a port ("redirect port 80 to 8080")
  let pendingNot = false;
  let betweenFrom: number | undefined; // after "between": the count of ends read before it, until its "and"
  let roleBefore: Role = 'subject'; // the role before the current one ("to the proxy on port 3128": on after to) // "not" after the verb: what follows is an exception ("block all not from the LAN")
  const comment = unquotedComment(terms);
  if (comment) for (const t of comment.terms) frame.commentWords.add(t);
  if (comment) frame.quoted.push({ text: comment.text, label: 'comment', term: comment.terms[0]!, also: comment.terms.slice(1) });
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const prev = terms[i - 1];
    // The words of an unquoted comment are its text, nothing else ("commented TEMP", "with description mgmt access").
    if (comment?.terms.includes(t)) continue;
    if (t.corrected) frame.corrections.push({ from: t.text, to: t.corrected, term: t });
    // "block traffic between vlan10 and vlan20": the first end is a source, the one after "and" a destination.
    const ends = frame.addresses.length + frame.interfaces.length + frame.places.length;
    if (t.normal === 'between' && !t.technical && frame.between === undefined) {
      frame.between = t;
      betweenFrom = ends;
      role = 'from';
      continue;
    }
    if (betweenFrom !== undefined && isNoun(t, 'and') && role === 'from' && ends > betweenFrom) {
      betweenFrom = undefined;
      role = 'to';
      continue;
    }
    if (t.negative && frame.actions.length === 0) negated = true;
    else if (t.negative) {
      // "block ssh except not from the lan": an exception to an exception leaves the request's meaning to a guess.
      if (role === 'except' && prev?.meanings.some((m) => m.type === 'role' && m.value === 'except')) {
        frame.invalid.push({ kind: 'invalid', text: `${prev.text} ${t.text}`, reason: `"${prev.text} ${t.text}" is a double negation, which leaves to a guess what to leave out; name the traffic to leave out ("except from the LAN")` });
      }
      pendingNot = true;
      role = 'except';
      continue;
    }
    const tech = t.technical;
    if (tech) {
      switch (tech.kind) {
        case 'ip': case 'prefix': case 'ip-range': case 'ip6': case 'hostname': {
          // "172.16.5.0 255.255.255.0", "10.0.0.0 netmask 255.0.0.0": an address and its netmask are one prefix.
          const last = frame.addresses[frame.addresses.length - 1];
          const between = last ? terms.slice(terms.indexOf(last.term) + 1, i) : [];
          const mask = tech.kind === 'ip' && tech.port === undefined && looksLikeMask(tech.address) ? maskLength(tech.address) : null;
          if (last && last.value.kind === 'ip' && last.value.port === undefined && mask !== null && between.every((b) => /^(?:netmask|mask|subnet mask|with|and)$/.test(b.normal))) {
            frame.addresses[frame.addresses.length - 1] = { ...last, value: { kind: 'prefix', address: last.value.address, length: mask }, also: [...between, t] };
            break;
          }
          frame.addresses.push({ value: tech, role, term: t });
          portContext = false;
          lastWasPort = false;
          break;
        }
        case 'interface':
          frame.interfaces.push({ value: tech.name, role, term: t });
          break;
        case 'interface-range':
          for (const name of tech.names) frame.interfaces.push({ value: name, role, term: t });
          break;
        case 'mac':
          frame.macs.push({ value: tech.address, role, term: t });
          break;
        case 'quoted': {
          // "commented", "description", "labelled" before quoted text: a comment like "comment".
          const label = prev && (isNoun(prev, 'comment') || isNoun(prev, 'address-list')) ? (COMMENT_LABELS.has(prev.normal) ? 'comment' : prev.normal) : null;
          frame.quoted.push({ text: tech.text, label, term: t });
          break;
        }
        case 'invalid':
          frame.invalid.push(tech);
          break;
        case 'code':
          frame.code.push(tech);
          break;
        case 'port-range':
          frame.ports.push({ value: { from: tech.from, to: tech.to }, role: portRole(role, roleBefore), term: t });
          portContext = true;
          break;
        case 'number':
          break;
        case 'arrow':
          role = 'to';
          break;
      }
      if (tech.kind !== 'number') continue;
    }
    if (t.number !== undefined) {
      const n = t.number;
      const next = terms[i + 1];
      // "tcp 80", "80 tcp"; but "10 pings" counts pings.
      const protocolNear = (prev && meaningOf(prev, 'protocol')) || (next && meaningOf(next, 'protocol') && /^(?:tcp|udp|sctp|dccp|udplite)$/.test(next.normal));
      // "ports 1000 to 2000" is a range; "port 80 to 8080" is a mapping from one port to another.
      const rangeEnd = next && (meaningOf(next, 'role')?.value === 'to' || /^(?:through|thru)$/.test(next.normal)) && terms[i + 2]?.number !== undefined && pluralPorts;
      const afterRole = !!prev && !!meaningOf(prev, 'role') && lastWasPort;
      if (portContext || isNoun(prev, 'port') || protocolNear || afterRole) {
        if (n < 1 || n > 65535) frame.invalid.push({ kind: 'invalid', text: String(n), reason: `port ${n} is outside 1-65535` });
        else if (rangeEnd) {
          const end = terms[i + 2]!.number!;
          if (end > 65535 || end < n) frame.invalid.push({ kind: 'invalid', text: `${n}-${end}`, reason: `${n}-${end} is not a valid port range` });
          else frame.ports.push({ value: { from: n, to: end }, role: portRole(role, roleBefore), term: t });
          i += 2;
        } else frame.ports.push({ value: { from: n, to: n }, role: portRole(role, roleBefore), term: t });
        portContext = true;
        lastWasPort = true;
        continue;
      }
      frame.numbers.push({ value: n, role, term: t });
      lastWasPort = false;
      continue;
    }
    if (t.meanings.length === 0) {
      if (!t.negative && /[a-z]/i.test(t.normal)) frame.unknown.push(t.normal);
      portContext = false;
      continue;
    }
    const first = t.meanings[0]!;
    // "list the interfaces", "list users": "list" first in the clause (after filler only) is the verb, asking to show;
    // anywhere else it is the noun ("the LAN list", "add ether2 to the list").
    if (frame.actions.length === 0 && t.normal === 'list' && terms.slice(0, i).every((x) => x.meanings.length > 0 && x.meanings.every((m) => m.type === 'filler'))) {
      frame.actions.push({ value: 'show', role, term: t });
      continue;
    }
    // "forward chain", "input and forward chains": a chain name, not an action.
    // "block ssh in forward", "allow icmp on input": after the verb, a chain's name right after "in"/"on" names the chain too.
    // "in forward drop traffic from ...", "on input allow ssh": before the verb too, when a filter verb follows (after "chain").
    const verbAfter = terms[i + (terms[i + 1]?.normal === 'chain' ? 2 : 1)]?.meanings[0];
    const beforeFilterVerb = verbAfter?.type === 'action' && FILTER_VERB_VALUES.has(verbAfter.value);
    const inChain = (frame.actions.length > 0 || beforeFilterVerb) && !!prev && /^(?:in|on)$/.test(prev.normal);
    // "drop forward from ether5 to ether2", "accept input from 10.0.0.0/8": right after a filter verb, a chain's name is the chain.
    // Not before a port or a service ("allow forward port 80 to 192.168.88.10" is a port forward): only before where the traffic goes or comes from.
    const next = terms[i + 1];
    const beforeWhere = !!next && next.meanings.some((m) => m.type === 'role' || (m.type === 'noun' && (m.value === 'traffic' || m.value === 'all')));
    const afterFilterVerb = !!prev && beforeWhere && frame.actions.some((a) => a.term === prev && FILTER_VERB_VALUES.has(a.value));
    const chainNoun = /^chains?$/.test(terms[i + 1]?.normal ?? '') || inChain || afterFilterVerb ? t.meanings.find((m) => m.type === 'noun' && m.value.endsWith('-chain')) : undefined;
    const action = chainNoun ? undefined : meaningOf(t, 'action');
    // The first verb-like word is the action; after it, a word is another action only when that is
    // its first meaning ("drop ping": ping is the protocol here, not the ping tool).
    if (action && (frame.actions.length === 0 || first.type === 'action')) {
      const phrasal = SPLIT_PHRASAL_VERBS[t.normal];
      const particle = phrasal ? terms.slice(i + 2).find((x) => phrasal.particles.includes(x.normal)) : undefined;
      if (phrasal && particle) {
        frame.actions.push({ value: phrasal.action, role, term: t, also: [particle] });
        if (frame.actions.length === 1) role = 'subject';
        continue;
      }
      frame.actions.push({ value: action.value, role, term: t });
      if (frame.actions.length === 1) role = 'subject';
      portContext = isNoun(t, 'port') || t.normal.includes('port');
      continue;
    }
    const m = chainNoun ?? first;
    switch (m.type) {
      case 'role':
        roleBefore = role;
        // "except from 10.1.1.0/24" is one negated source: "from" right after "except" keeps the exception.
        const exceptFrom: boolean = role === 'except' && m.value === 'from' && !!prev?.meanings.some((x) => x.type === 'role' && x.value === 'except');
        role = exceptFrom || (pendingNot && m.value !== 'except') ? 'except' : m.value === 'for' ? 'subject' : m.value;
        pendingNot = false;
        // "stop the LAN from reaching 203.0.113.0/24": what follows "from <verb>ing" is where the traffic goes.
        // Only a gerund counts ("from reaching"); "from untrusted", "from users" name where traffic comes from.
        const next = terms[i + 1];
        if (m.value === 'from' && next?.verb && /ing$/.test(next.normal) && !next.meanings.some((x) => x.type === 'role' || x.type === 'place')) role = 'to';
        continue;
      case 'service':
        frame.services.push({ value: m.value, role, term: t });
        break;
      case 'protocol':
        frame.protocols.push({ value: m.value, role, term: t });
        break;
      case 'place':
        frame.places.push({ value: m.value, role, term: t });
        break;
      case 'noun':
        frame.nouns.add(m.value);
        if (m.value === 'port') {
          portContext = true;
          if (/ports$|range$/.test(t.normal) || t.normal === 'range') pluralPorts = true;
          continue;
        }
        if (m.value === 'and' && portContext) continue;
        break;
      case 'action':
        frame.actions.push({ value: m.value, role, term: t });
        break;
      case 'filler':
        break;
    }
    if (!(t.after === ',' && portContext)) portContext = false;
  }
  exceptedBy(frame);
  return { ...frame, negated };
}

/** A word an unquoted comment can hold: a word or name with no meaning for the rules (so never one that widens a rule). */
function commentWord(t: Term): boolean {
  if (t.negative || t.number !== undefined) return false;
  if (t.technical) return t.technical.kind === 'name';
  if (WHOLE_WORDS.has(t.normal) || !/^[\p{L}\p{N}_][\p{L}\p{N}_.@-]*$/u.test(t.text)) return false;
  // A word with a meaning ("when", "down", "it", "access") may be the request's own: only words no rule reads are comment text.
  return t.meanings.length === 0;
}

/**
 * "block telnet commented TEMP", "add 10.0.0.5 to list blocked comment spammer", "... with description mgmt access":
 * a comment given without quotes. It is the one word after the label, or every word after it when they run to the end
 * of the clause; several words followed by more of the request are not split by guessing (quotes are asked for).
 */
function unquotedComment(terms: readonly Term[]): { text: string; terms: Term[] } | undefined {
  // "comment ether4 as printer port", "set the comment of ether4 to printer", "label ether2 as uplink": the label (or, first
  // in the clause, a verb that comments) with one interface and "as"/"to" before the text.
  const labelled = terms.findIndex((t, i) => !t.technical && (COMMENT_LABELS.has(t.normal) || (i === 0 && COMMENT_VERBS.has(t.normal))) &&
    (terms[i + 1]?.normal === 'of' ? terms[i + 2] : terms[i + 1])?.technical?.kind === 'interface' && /^(?:as|to)$/.test((terms[i + 1]?.normal === 'of' ? terms[i + 3] : terms[i + 2])?.normal ?? ''));
  const at = labelled >= 0 ? labelled : terms.findIndex((t) => !t.technical && COMMENT_LABELS.has(t.normal));
  if (at < 0) return undefined;
  let k = labelled >= 0 ? at + (terms[at + 1]!.normal === 'of' ? 4 : 3) : at + 1;
  while (terms[k] && /^(?:as|is|of|:)$/.test(terms[k]!.normal)) k++;
  const first = terms[k];
  // Right after the label a service's or protocol's name is the comment too ("forward port 8080 to ... comment web").
  const named = (t: Term): boolean => !t.technical && t.meanings.length > 0 && t.meanings.every((m) => m.type === 'service' || m.type === 'protocol');
  if (!first || first.technical?.kind === 'quoted' || !(commentWord(first) || named(first)) || first.meanings.some((m) => m.type === 'filler')) return undefined;
  // "with comment jump host": to the end of the clause, a noun that only describes ends the comment too.
  const tail = (t: Term): boolean => !t.technical && t.meanings.length > 0 && t.meanings.every((m) => m.type === 'noun' && COMMENT_TAIL_NOUNS.has(m.value));
  const rest = terms.slice(k + 1);
  while (rest.length > 0 && rest[rest.length - 1]!.meanings.length > 0 && rest[rest.length - 1]!.meanings.every((m) => m.type === 'filler')) rest.pop();
  if (rest.length > 0 && commentWord(first) && rest.every((t) => commentWord(t) || tail(t)) && rest.some(tail)) {
    const words = [first, ...rest];
    return { text: words.map((t) => (t.technical?.kind === 'name' ? t.technical.text : t.text)).join(' '), terms: words };
  }
  let end = k;
  while (terms[end + 1] && commentWord(terms[end + 1]!)) end++;
  // "with description mgmt access": a word that could end the comment or be the request's own ("access" is traffic) is not guessed.
  const after = terms[end + 1];
  if (after && !after.technical && after.number === undefined && !after.negative && after.meanings.length > 0 && after.meanings.every((m) => m.type === 'noun')) return undefined;
  // Filler at the end is not part of the comment ("commented temp please").
  while (end > k && terms[end]!.meanings.length > 0 && terms[end]!.meanings.every((m) => m.type === 'filler')) end--;
  const runsToEnd = terms.slice(end + 1).every((t) => t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler'));
  const words = runsToEnd ? terms.slice(k, end + 1) : [first];
  if (!runsToEnd && end > k) return undefined;
  return { text: words.map((t) => (t.technical?.kind === 'name' ? t.technical.text : t.text)).join(' '), terms: words };
}

/**
 * Ports said after "to" belong to the destination side (forwarding targets),
 * and so do ports "on" it ("to the proxy on port 3128"); others are matched ports.
 */
function portRole(role: Role, before: Role): Role {
  if (role === 'to' || (role === 'on' && before === 'to')) return 'to';
  return role === 'from' ? 'from' : role === 'except' ? 'except' : 'subject';
}

/**
 * Splits a prompt's terms into clauses: at `;`, `.`, "then", and at "and" or
 * a comma when what follows starts a new request with its own verb.
 */
export function splitClauses(terms: readonly Term[]): Term[][] {
  const clauses: Term[][] = [];
  let current: Term[] = [];
  // "log and drop ssh": "log" alone does not make a request of its own.
  const hasAction = (ts: readonly Term[]): boolean =>
    ts.some((t) => {
      const action = meaningOf(t, 'action');
      return !!action && action.value !== 'log' && (t.meanings[0]?.type === 'action' || t.verb);
    });
  const startsRequest = (from: number): boolean => {
    for (let k = from; k < terms.length; k++) {
      const t = terms[k]!;
      if (t.negative || t.meanings[0]?.type === 'filler' || isNoun(t, 'then') || isNoun(t, 'and')) continue;
      const action = meaningOf(t, 'action');
      // "the input and forward chains": a chain's name, not a verb.
      if (/^chains?$/.test(terms[k + 1]?.normal ?? '') && t.meanings.some((m) => m.type === 'noun' && m.value.endsWith('-chain'))) return false;
      // "enable snmp with community x, allowed from 10.0.0.0/24": a participle goes on describing the request before it.
      return !!action && action.value !== 'log' && !t.participle && (t.verb || t.meanings[0]?.type === 'action');
    }
    return false;
  };
  // "switch dns to google and block telnet": a part before "and" with no verb we know is a request of its own too,
  // or its objects would go to the next verb (telnet and dns blocked). A part that is only a verb ("log and drop
  // ssh") shares the next one's objects.
  const verbless = (ts: readonly Term[]): boolean => !ts.some((t) => meaningOf(t, 'action')) && ts.some((t) => !t.negative && t.meanings.some((m) => m.type !== 'filler') && !isNoun(t, 'and'));
  const ends = (ts: readonly Term[]): boolean => hasAction(ts) || verbless(ts);
  // "create group ops with read, write and reboot": in a clause about a user group, "and" between policy names
  // continues the list of policies ("reboot" is one), it does not start a reboot.
  // ("... and reboot the router" goes on past the name: that is a reboot.)
  const policyList = (ts: readonly Term[], at: number): boolean => {
    const next = terms[at];
    if (!next || !GROUP_POLICY_WORDS.has(next.normal) || !GROUP_POLICY_WORDS.has(ts[ts.length - 1]?.normal ?? '')) return false;
    return ts.some((x) => isNoun(x, 'group')) && (at === terms.length - 1 || /[,;.]/.test(next.after));
  };
  const flush = (): void => {
    if (current.length > 0) clauses.push(current);
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    // ("1111 then 2222": a sequence of numbers, one clause.)
    const isNumber = (x: Term | undefined): boolean => x?.technical?.kind === 'number';
    if (isNoun(t, 'then') && !(isNumber(terms[i - 1]) && isNumber(terms[i + 1]))) {
      flush();
      continue;
    }
    if (isNoun(t, 'and') && ends(current) && startsRequest(i + 1) && !policyList(current, i + 1)) {
      flush();
      continue;
    }
    current.push(t);
    // (Not a verbless part before a comma: "From the internet, block winbox" says where, and "peer for wg0: key X,
    // allowed 10.8.0.0/24" lists settings.)
    if (/[;.]/.test(t.after) || (t.after.includes(',') && hasAction(current) && startsRequest(i + 1))) flush();
  }
  flush();
  return clauses;
}

const isSetting = (t: Term | undefined): boolean =>
  !!t && !t.technical && t.meanings.some((m) => m.type === 'noun') && !t.meanings.some((m) => m.type === 'action' || m.type === 'role' || (m.type === 'noun' && LINKING_NOUNS.has(m.value)));

/**
 * "set the identity to edge-1 and the timezone to America/New_York": one setting verb over two settings, each a noun
 * with its own value and no verb of its own. The clause as two requests with the same verb ("set the identity to
 * edge-1", "set the timezone to America/New_York"), or undefined. Tried only when the clause as a whole was refused,
 * so a rule that reads both settings at once ("the ssid and the password of wifi1") keeps the clause.
 */
export function sharedVerbSplit(clause: readonly Term[]): [Term[], Term[]] | undefined {
  const verb = clause.find((t) => meaningOf(t, 'action'));
  if (!verb) return undefined;
  const v = clause.indexOf(verb);
  const ands = clause.map((t, k) => (k > v && isNoun(t, 'and') ? k : -1)).filter((k) => k >= 0);
  if (ands.length !== 1) return undefined;
  const at = ands[0]!;
  const value = meaningOf(verb, 'action')!.value;
  return (value === 'add' ? sharedCreate(clause, verb, at) : value === 'set' ? sharedSetting(clause, verb, at) : undefined) ?? gappedSplit(clause, verb, at);
}

/** "set the identity to edge-1 and the timezone to America/New_York": two settings under one "set" (see sharedVerbSplit). */
function sharedSetting(clause: readonly Term[], verb: Term, at: number): [Term[], Term[]] | undefined {
  const v = clause.indexOf(verb);
  // A value: a technical token, a number, or a hyphenated word no lexicon entry explains ("set identity core-rtr and
  // ...": a name; a plain English word such as "latvia" is not taken for one here).
  const isValue = (t: Term): boolean => !!t.technical || t.number !== undefined || (t.meanings.length === 0 && !t.negative && /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+$/u.test(t.text));
  const before = clause.slice(v + 1, at);
  if (!before.some(isSetting) || !before.some(isValue)) return undefined;
  let k = at + 1;
  while (clause[k] && clause[k]!.meanings.length > 0 && clause[k]!.meanings.every((m) => m.type === 'filler')) k++;
  if (!isSetting(clause[k])) return undefined;
  const rest = clause.slice(k + 1);
  if (!rest.some(isValue) || rest.some((t) => meaningOf(t, 'action'))) return undefined;
  return [clause.slice(0, at), [verb, ...clause.slice(at + 1)]];
}

/** A value the user gave: an address, a name, a number. */
const isValue = (t: Term): boolean => t.technical !== undefined || t.number !== undefined;

/**
 * "forward port 80 to 192.168.88.10 and 443 to 192.168.88.11", "block port 22 from 10.0.0.5 and 23 from 10.0.0.6": the
 * verb and its object said once for two pairs of values joined by the same preposition, the second with no verb of its
 * own. The clause as two requests, the second with the first's verb and object words ("forward port 443 to
 * 192.168.88.11"), or undefined. Tried only when the clause as a whole was refused.
 */
function gappedSplit(clause: readonly Term[], verb: Term, at: number): [Term[], Term[]] | undefined {
  const spoken = (ts: readonly Term[]): Term[] => ts.filter((t) => !(t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler')));
  const before = spoken(clause.slice(clause.indexOf(verb) + 1, at));
  const after = spoken(clause.slice(at + 1));
  // The second part is exactly <value> <preposition> [label words] <value> ("443 to 192.168.88.11", "10.0.0.6 to list b").
  const role = (t: Term | undefined): string | undefined => (t ? meaningOf(t, 'role')?.value : undefined);
  const label = (t: Term): boolean => !isValue(t) && role(t) === undefined && !meaningOf(t, 'action');
  // (The last may be a name the user chose, a word the lexicon does not know: "list beta".)
  const given = (t: Term): boolean => isValue(t) || t.meanings.length === 0;
  const n = after.length;
  if (n < 3 || !isValue(after[0]!) || role(after[1]) === undefined || !given(after[n - 1]!) || !after.slice(2, -1).every(label)) return undefined;
  // The first part ends the same way (the same preposition and labels), after the object words it shares ("port").
  const tail = before.slice(-n);
  if (tail.length !== n || !isValue(tail[0]!) || role(tail[1]) !== role(after[1]) || !given(tail[n - 1]!) || tail.slice(2, -1).some((t, k) => t.normal !== after[k + 2]!.normal)) return undefined;
  const head = before.slice(0, -n);
  if (head.some((t) => isValue(t) || meaningOf(t, 'action') || role(t) !== undefined)) return undefined;
  return [clause.slice(0, at), [verb, ...head, ...clause.slice(at + 1)]];
}

/**
 * "create vlan 40 on bridge with address 10.40.0.1/24 and a dhcp server on it": one creating verb over two things,
 * the second of which refers to the first ("on it"). The clause as two requests with the same verb, or undefined.
 * Tried only when the clause as a whole was refused; "it" cannot name something made in its own clause.
 */
function sharedCreate(clause: readonly Term[], verb: Term, at: number): [Term[], Term[]] | undefined {
  const before = clause.slice(clause.indexOf(verb) + 1, at);
  if (!before.some((t) => t.technical || t.number !== undefined)) return undefined;
  let k = at + 1;
  while (clause[k] && clause[k]!.meanings.length > 0 && clause[k]!.meanings.every((m) => m.type === 'filler')) k++;
  if (!isSetting(clause[k])) return undefined;
  const rest = clause.slice(k);
  // "on it", "for it": the pronoun after a preposition ("... and bridge it with ether3" uses the noun as a verb).
  const refers = rest.some((t, j) => j > 0 && t.meanings.some((m) => m.type === 'noun' && m.value === 'it') && !!meaningOf(rest[j - 1]!, 'role'));
  if (rest.some((t) => meaningOf(t, 'action')) || !refers) return undefined;
  return [clause.slice(0, at), [verb, ...clause.slice(at + 1)]];
}
