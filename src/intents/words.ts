/**
 * What a clause says, asked by the rules of every family: which nouns its
 * words can mean and which words it has.
 */
import type { Term } from '../nlp/analyze.js';
import type { Technical } from '../nlp/technical.js';
import type { Frame } from './frame.js';
import { claim, isRecording } from './claims.js';
import { SWITCH_WORDS, WHEN_WORDS } from '../../grammar/english/words.js';
import { FILTER_VERB_VALUES, NOT_THE_BRIDGE_BEFORE } from '../../grammar/english/classes.js';
import { BUT_WORDS, CREATE_WORDS, EVERYTHING_WORDS, LINKING_NOUNS, LIST_JOINERS } from '../../grammar/english/cues.js';

/** The term has one of these nouns among its meanings (not only its first one); a rule that asks reads it (claims.ts). */
export const isNoun = (t: Term | undefined, ...nouns: string[]): boolean => {
  const found = !!t && t.meanings.some((m) => m.type === 'noun' && nouns.includes(m.value));
  if (found) claim(t);
  return found;
};

/**
 * Every noun the clause's words can mean, and every word as typed (lower case, typos fixed): each rule of each family
 * asks these of the same clause, so they are gathered once per clause (its terms never change), and the last clause
 * asked is kept at hand (the rules ask of one clause many times in a row).
 */
function gatherer(read: (t: Term, into: Set<string>) => void): (frame: Frame) => ReadonlySet<string> {
  const cache = new WeakMap<readonly Term[], ReadonlySet<string>>();
  let lastTerms: readonly Term[] | undefined;
  let lastSet: ReadonlySet<string> = new Set();
  return (frame) => {
    const terms = frame.terms;
    if (terms === lastTerms) return lastSet;
    let set = cache.get(terms);
    if (!set) {
      const into = new Set<string>();
      // The words of an unquoted comment are its text, never a word of the request ("comment jump host" names no host).
      for (const t of terms) if (!frame.commentWords.has(t)) read(t, into);
      cache.set(terms, (set = into));
    }
    lastTerms = terms;
    lastSet = set;
    return set;
  };
}

const nounsIn = gatherer((t, into) => {
  for (const m of t.meanings) if (m.type === 'noun') into.add(m.value);
});
const wordsIn = gatherer((t, into) => void into.add(t.normal));

/** The clause names one of these nouns (any meaning of any word). */
export const has = (frame: Frame, ...nouns: string[]): boolean => {
  const set = nounsIn(frame);
  const found = nouns.some((n) => set.has(n));
  if (found && isRecording()) claim(...frame.terms.filter((t) => !frame.commentWords.has(t) && t.meanings.some((m) => m.type === 'noun' && nouns.includes(m.value))));
  return found;
};

/** The clause has one of these words as typed (lower case, typos fixed). */
export const says = (frame: Frame, ...words: string[]): boolean => {
  const set = wordsIn(frame);
  const found = words.some((w) => set.has(w));
  if (found && isRecording()) claim(...frame.terms.filter((t) => !frame.commentWords.has(t) && words.includes(t.normal)));
  return found;
};

export type Tech<K extends Technical['kind']> = Extract<Technical, { kind: K }>;

/** The index of the first term that passes `test`, or -1. */
export const indexOf = (frame: Frame, test: (t: Term) => boolean, from = 0): number => {
  for (let i = from; i < frame.terms.length; i++) if (test(frame.terms[i]!)) return i;
  return -1;
};

/** The canonical verbs of the clause's action terms, every meaning, plus the words themselves. */
export function verbs(frame: Frame): Set<string> {
  const out = new Set<string>();
  // "connection tracking on", "fasttrack off": with no verb, a switch word ending the clause is the request.
  const last = frame.terms[frame.terms.length - 1];
  if (frame.actions.length === 0 && last && SWITCH_WORDS[last.normal] && frame.terms.length > 1) {
    out.add(SWITCH_WORDS[last.normal]!);
    claim(last);
  }
  // "stop ping on wlan1", "stop btest": with traffic named (a service, protocol or port), a verb whose first
  // meaning is the firewall's ("stop" = block) filters it; its other meanings ("stop" = disable) do not apply.
  const traffic = frame.services.length + frame.protocols.length + frame.ports.length > 0;
  for (const a of frame.actions) {
    if (a.also) {
      out.add(a.value);
      continue;
    }
    out.add(a.term.normal);
    if (traffic && FILTER_VERB_VALUES.has(a.value)) {
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

/**
 * The verbs of a clause that a rule does not read, as typed: those whose canonical value is not among the rule's
 * `values` and whose word is not among its own `words`. A rule refuses a clause whose verbs ask for more than it does.
 */
export const otherVerbs = (frame: Frame, values: readonly string[], words: ReadonlySet<string> | readonly string[] = []): string[] =>
  frame.actions.filter((a) => !values.includes(a.value) && !('has' in words ? words.has(a.term.normal) : words.includes(a.term.normal))).map((a) => a.term.text);

/** The clause's first verb is one of these (canonical value or the word itself). */
export function leads(frame: Frame, ...values: string[]): boolean {
  const first = frame.actions[0]?.term;
  if (!first) return false;
  // "take 1.2.3.4 out of the list": a verb whose particle came later means its phrasal action.
  if (frame.actions[0]!.also) return values.includes(frame.actions[0]!.value);
  return values.includes(first.normal) || first.meanings.some((m) => m.type === 'action' && values.includes(m.value));
}

/** The word that says "except" in a clause about all of something ("all ... except", "every ... but", "other than"), or undefined. */
export function exception(frame: Frame): string | undefined {
  const role = frame.terms.find((t) => t.meanings.some((m) => m.type === 'role' && m.value === 'except'));
  if (role) return role.text;
  const all = frame.nouns.has('all') || frame.nouns.has('both') || has(frame, 'every', 'all-radios') || frame.terms.some((t) => EVERYTHING_WORDS.has(t.normal));
  const but = frame.terms.find((t) => BUT_WORDS.has(t.normal));
  return all && but ? but.text : undefined;
}

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
  const v = isRecording() ? verbs(frame) : verbsOnce(frame);
  return values.some((x) => v.has(x));
};

/**
 * `verbs` of a clause outside recording (every rule of every family asks while they are scored), computed once per
 * clause and traffic reading (the rules are scored on one clause after another): the actions and terms of a frame
 * never change, its traffic slots only grow (numbers read as ports), which the check follows. While recording, `verbs`
 * runs each time, for its claims.
 */
let lastFrame: Frame | undefined;
let lastActions = 0;
let lastTraffic = false;
let lastVerbs: ReadonlySet<string> = new Set();
function verbsOnce(frame: Frame): ReadonlySet<string> {
  const traffic = frame.services.length + frame.protocols.length + frame.ports.length > 0;
  if (frame === lastFrame && lastActions === frame.actions.length && lastTraffic === traffic) return lastVerbs;
  lastVerbs = verbs(frame);
  lastFrame = frame;
  lastActions = frame.actions.length;
  lastTraffic = traffic;
  return lastVerbs;
}

export function techs<K extends Technical['kind']>(frame: Frame, kind: K): { tech: Tech<K>; index: number; term: Term }[] {
  const out: { tech: Tech<K>; index: number; term: Term }[] = [];
  frame.terms.forEach((term, index) => {
    if (term.technical?.kind === kind) out.push({ tech: term.technical as Tech<K>, index, term });
  });
  return out;
}

/**
 * "disable the bridge", "rename bridge to br0", "block ssh on the bridge": the word "bridge" standing on its own as
 * the name of an interface, which is the LAN bridge (the `lanBridge` option; RouterOS's default configuration names
 * it "bridge"). Not when its own name follows ("bridge br-lan"), when a bridge is named in the clause ("bridge1"),
 * when it is a new one ("create a bridge"), or when the clause creates something. Returns the word and the role its
 * preposition gave it ("on", "from", "to"; "subject" with none); a rule that uses it reads the word.
 */
export function lanBridgeWord(frame: Frame): { term: Term; role: 'subject' | 'from' | 'to' | 'on' } | undefined {
  const at = frame.terms.findIndex((t) => t.normal === 'bridge' && t.technical === undefined);
  if (at < 0 || frame.terms.findIndex((t, k) => k > at && t.normal === 'bridge') >= 0) return undefined;
  if (frame.interfaces.some((i) => /^(?:bridge|br)/i.test(i.value))) return undefined;
  if (frame.actions.some((a) => CREATE_WORDS.has(a.term.normal))) return undefined;
  const before = frame.terms[at - 1];
  if (before && NOT_THE_BRIDGE_BEFORE.has(before.normal)) return undefined;
  const after = frame.terms[at + 1];
  // "bridge br-lan", "bridge vlan": a name or a word nothing else reads after it makes it a kind or a named bridge.
  // ("the bridge and ether2": a word that joins is no kind.)
  if (after && (after.meanings.length === 0 || after.meanings.some((m) => m.type === 'noun' && !LINKING_NOUNS.has(m.value)))) return undefined;
  let role: 'subject' | 'from' | 'to' | 'on' = 'subject';
  for (let k = at - 1; k >= 0; k--) {
    const t = frame.terms[k]!;
    const r = t.meanings.find((m) => m.type === 'role');
    if (r && r.type === 'role' && r.value !== 'except' && r.value !== 'for') {
      role = r.value;
      break;
    }
    if (t.meanings.some((m) => m.type === 'action') || t.technical !== undefined) break;
  }
  claim(frame.terms[at]!);
  return { term: frame.terms[at]!, role };
}

/**
 * The interfaces `names` a clause gives, with "the bridge" among them as the LAN bridge (`lanBridge`): listed with
 * others ("disable ether2 and the bridge") or, with none named, right after "on" ("set up ospf on bridge"); with the
 * note that says which bridge was taken. Otherwise the names as given (and the word left for someone else to read).
 */
export function withLanBridge(frame: Frame, names: readonly string[], lanBridge: string): { names: string[]; note?: string } {
  const at = frame.terms.findIndex((t) => t.normal === 'bridge' && t.technical === undefined);
  if (at < 0 || names.includes(lanBridge)) return { names: [...names] };
  let k = at - 1;
  while (k >= 0 && frame.terms[k]!.meanings.length > 0 && frame.terms[k]!.meanings.every((m) => m.type === 'filler')) k--;
  const before = frame.terms[k];
  const placed = names.length > 0
    ? (!!before && LIST_JOINERS.has(before.normal)) || LIST_JOINERS.has(frame.terms[at + 1]?.normal ?? '')
    : !!before && before.meanings.some((m) => m.type === 'role' && m.value === 'on');
  if (!placed || !lanBridgeWord(frame)) return { names: [...names] };
  return { names: [...names, lanBridge], note: `"The bridge" was taken to mean ${lanBridge} (the lanBridge option).` };
}

/**
 * The clause asks to create or turn on something, or describes it with no verb ("bgp neighbor 10.0.0.2 remote-as
 * 65000"): a verb that adds, sets, enables, connects or uses, and none that filters, removes, disables or shows.
 */
export function building(frame: Frame): boolean {
  if (leads(frame, 'show', 'list', 'print')) return false;
  if (asks(frame, 'block', 'allow', 'reject', 'tarpit', 'forward', 'redirect', 'remove', 'disable', 'show')) return false;
  return frame.actions.length === 0 || asks(frame, 'add', 'set', 'enable', 'connect', 'use');
}

/**
 * The interface "it" means: the one the clause before was about, unless that clause put ports on a bridge or took them
 * off ("add ether2 to bridge br0 and disable it": the port or the bridge?), where only a reading that needs a bridge
 * takes it.
 */
export function itInterface(frame: Frame): string | undefined {
  const subject = frame.previousSubject;
  if (subject === undefined || !frame.nouns.has('it')) return undefined;
  const ref = frame.referent;
  if (ref?.kind === 'bridge' && ref.name === subject && (ref.members?.length ?? 0) > 0) return undefined;
  return subject;
}

