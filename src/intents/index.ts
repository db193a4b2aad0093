/**
 * From prompt to commands: analyse the English, split it into clauses, read
 * each clause into a frame, and let the one family rule that answers the
 * clause's verb build the commands (or refuse). Any refusal refuses the whole
 * prompt: a partial script is never returned.
 */
import type { Command } from '../ast/nodes.js';
import type { ResolvedOptions } from '../api/options.js';
import { analyze, type Term } from '../nlp/analyze.js';
import { foreignCode } from '../nlp/foreign-code.js';
import { FILTER_VERB_VALUES } from '../../grammar/english/classes.js';
import { ADDRESSING } from './addressing/rules.js';
import { ADDRESS_LISTS } from './addresslist/rules.js';
import { DHCP_FAMILY } from './dhcp/rules.js';
import { DNS_FAMILY } from './dns/rules.js';
import { FIREWALL } from './firewall/rules.js';
import { ROUTES_FAMILY } from './routes/rules.js';
import { INTERFACES } from './interfaces/rules.js';
import { orderOwnRules } from '../model/order.js';
import { commandProps } from '../model/model.js';
import { readFrame, sharedVerbSplit, splitClauses, type Frame, type PortSlot, type Slot } from './frame.js';
import { NAT_FAMILY } from './nat/rules.js';
import { SYSTEM_FAMILY } from './system/rules.js';
import { SERVICES_FAMILY } from './services/rules.js';
import { USERS_FAMILY } from './users/rules.js';
import { QUEUES_FAMILY } from './queues/rules.js';
import { VPN_FAMILY } from './vpn/rules.js';
import { WIRELESS_FAMILY } from './wireless/rules.js';
import { DIAGNOSTICS_FAMILY } from './diagnostics/rules.js';
import { SCHEDULER_FAMILY } from './scheduler/rules.js';
import { PROTECTION_FAMILY } from './protection/rules.js';
import { INTERFACE_LISTS_FAMILY } from './interfacelists/rules.js';
import { EXPORT_FAMILY } from './export/rules.js';
import { FAILOVER_FAMILY } from './failover/rules.js';
import { POLICY_ROUTING_FAMILY } from './policyrouting/rules.js';
import { LOAD_BALANCING_FAMILY } from './loadbalancing/rules.js';
import { NOTIFY_FAMILY } from './notify/rules.js';
import { LINKS_FAMILY } from './links/rules.js';
import { NETSERVICES_FAMILY } from './netservices/rules.js';
import { SECURITY_FAMILY } from './security/rules.js';
import { ACCESS_FAMILY } from './access/rules.js';
import { CERTIFICATES_FAMILY } from './certificates/rules.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule, type Referent } from './types.js';
import { beyondOneRule } from './limits.js';
import { LABEL_NOUNS } from '../../grammar/english/words.js';
import { CONNECTIVE_NOUNS } from '../../grammar/english/cues.js';
import { danglingEnd, howToOpening, questionOf } from './asked.js';
import { broaderThanAsked } from './breadth.js';
import { claim, needsReading, readingsOf, recording, unwrittenInterfaces, unwrittenNames, watched, type Reading, type Record } from './claims.js';

/** Every family, in the order their rules are tried. Add a family here. */
export const FAMILIES: readonly IntentFamily[] = [NAT_FAMILY, FIREWALL, ADDRESS_LISTS, ADDRESSING, INTERFACES, SYSTEM_FAMILY, SERVICES_FAMILY, USERS_FAMILY, QUEUES_FAMILY, VPN_FAMILY, DHCP_FAMILY, WIRELESS_FAMILY, DIAGNOSTICS_FAMILY, SCHEDULER_FAMILY, DNS_FAMILY, ROUTES_FAMILY, PROTECTION_FAMILY, INTERFACE_LISTS_FAMILY, EXPORT_FAMILY, FAILOVER_FAMILY, POLICY_ROUTING_FAMILY, LOAD_BALANCING_FAMILY, NOTIFY_FAMILY, LINKS_FAMILY, NETSERVICES_FAMILY, SECURITY_FAMILY, ACCESS_FAMILY, CERTIFICATES_FAMILY];

/** The topics, short: a refusal names them, the README's "What it understands" says what each covers. */
const TOPICS = `${FAMILIES.map((f) => f.id).join(', ')} (the README's "What it understands" lists what each covers)`;

export type Understanding =
  | { readonly kind: 'script'; readonly commands: Command[]; readonly warnings: string[]; readonly rules: string[]; readonly tokenCount: number }
  | { readonly kind: 'refusal'; readonly message: string; readonly rules: string[]; readonly tokenCount: number };

/** Nouns that make a number a count of tries ("3 failed attempts", "5 wrong passwords"). */
const COUNTED = /^(?:attempts?|tries|try|times|failures?|logins?|passwords?|guesses)$/;

/**
 * Why a number the rule would take as a port is something else, as a refusal: a size ("larger than 1500 bytes";
 * packet-size= is not written) or a count of tries ("after 3 failed attempts"; brute-force staging is not written).
 */
function notAPort(frame: Frame, term: Term): IntentResult | undefined {
  const k = frame.terms.indexOf(term);
  const word = (d: number): string => frame.terms[k + d]?.normal ?? '';
  if (word(-1) === 'than' || /^(?:bytes?|kb|mtu)$/.test(word(1))) {
    return refuse('none', `"${term.text}" is a size or an amount, not a port; matching packet sizes is not written here`, 'Block port 23 from the internet');
  }
  if (COUNTED.test(word(1)) || COUNTED.test(word(2))) {
    return refuse('none', `"${term.text}" counts attempts, not a port; blocking after failed logins is brute-force protection (a chain of address-list rules) for a login service: name it ("block ssh after ${term.text} failed attempts")`, 'Protect SSH from brute force attacks');
  }
  return undefined;
}

/** Half of a UTF-16 surrogate pair without its other half: no character, and nothing a script can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function understand(prompt: string, options: ResolvedOptions): Understanding {
  const { terms, tokenCount, technical } = analyze(prompt);
  const refusal = (message: string, rules: string[] = []): Understanding => ({ kind: 'refusal', message, rules, tokenCount });

  const broken = LONE_SURROGATE.exec(prompt);
  if (broken) {
    const code = broken[0].charCodeAt(0).toString(16).toUpperCase();
    return refusal(`The prompt contains a broken character (an unpaired UTF-16 surrogate, \\u${code}, at position ${broken.index + 1}), which no RouterOS script can hold; retype that part of the prompt.`);
  }

  const code = technical.find((t) => t.kind === 'code');
  if (code) {
    return refusal(`The prompt contains RouterOS syntax (${JSON.stringify(code.text.slice(0, 40))}); describe what you want in words instead, for example: "Block SSH from the internet".`);
  }
  const foreign = foreignCode(prompt);
  if (foreign) {
    return refusal(`The prompt looks like ${foreign.language} (${JSON.stringify(foreign.text.slice(0, 40))}), not a request in words; other languages' commands are not translated, since their semantics differ from RouterOS's. Describe what you want in words instead, for example: "Block SSH from the internet".`);
  }
  const question = questionOf(prompt, terms);
  if (question !== undefined) {
    return refusal(`Cannot generate this safely: the prompt reads as a question ("${question} ..."), not a request; answering it with a change would do what was not asked. To see how the router is set up, print the menu on the router (e.g. "/ip firewall filter print"); to change it, say what to do, for example: "Block SSH from the internet".`);
  }
  const invalid = technical.filter((t) => t.kind === 'invalid');
  if (invalid.length > 0) return refusal(`${invalid.map((i) => i.reason).join('; ')}. Correct the value and ask again, for example: "Forward port 8080 to 192.168.88.10:80".`);

  const cutShort = danglingEnd(terms);
  const cutShortRefusal = (word: Term, where: string, rules: string[] = []): Understanding =>
    refusal(`Cannot generate this safely: the request ends with "${word.text}", so what comes after it is missing${where}; finish the request. A prompt that works: "Block SSH from the internet".`, rules);
  if (cutShort) return cutShortRefusal(cutShort, '');

  const commands: Command[] = [];
  const warnings: string[] = [];
  const rules: string[] = [];
  const clauses = splitClauses(terms.slice(howToOpening(terms)));
  let subject: string | undefined;
  let referent: Referent | undefined;
  let dropsRest = false;
  let restDrop: readonly Command[] | undefined;
  const skipped: Term[] = [];
  let closedBy: string | undefined;
  const chainsOf: { words: string; said: readonly string[]; both: boolean }[] = [];
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const frame = readFrame(clause, { previousSubject: subject, referent, previousDropsRest: dropsRest || undefined, previousRestDrop: restDrop });
    if (frame.actions.length === 0 && isEmpty(frame) && !namesSomething(clause)) {
      // A part with no verb and nothing a rule reads: fine when it is only filler ("thanks!"), never silently dropped
      // from a request that goes on ("block ssh. grunk the rest").
      skipped.push(...clause.filter(needsReading));
      continue;
    }
    // "block port 22 from", "reboot and": the request was cut short, and what is there may be wider than the whole.
    const cut = danglingEnd(clause);
    if (cut) return cutShortRefusal(cut, clauses.length > 1 ? ` (in "${clause.map((t) => t.text).join(' ')}")` : '', rules);
    const tracedBefore = traced?.length ?? 0;
    const record: Record = { claimed: new Set(), typed: new Set() };
    const result = answer(frame, options, record);
    // "set the identity to edge-1 and the timezone to America/New_York": refused as one request, the verb is shared by two.
    const split = result.kind === 'refusal' ? sharedVerbSplit(clause) : undefined;
    if (split) {
      traced?.splice(tracedBefore);
      clauses.splice(c, 1, ...split);
      c--;
      continue;
    }
    // "port knocking 1000 2000 3000 then open ssh": refused alone, a part may be finished by the part after its "then"
    // (what the sequence opens). The two are one request only when one rule reads every word of both together.
    const joined = result.kind === 'refusal' ? joinedAtThen(terms, clause, clauses[c + 1]) : undefined;
    if (joined) {
      const tracedTrial = traced?.length ?? 0;
      const trial = answer(readFrame(joined, { previousSubject: subject, referent, previousDropsRest: dropsRest || undefined, previousRestDrop: restDrop }), options, { claimed: new Set(), typed: new Set() });
      traced?.splice(tracedTrial);
      if (trial.kind === 'commands') {
        traced?.splice(tracedBefore);
        clauses.splice(c, 2, joined);
        c--;
        continue;
      }
    }
    rules.push(result.rule);
    if (result.kind === 'refusal') {
      const which = clauses.length > 1 ? ` (in "${clause.map((t) => t.text).join(' ')}")` : '';
      return refusal(`Cannot generate this safely: ${result.reason}${which}. A prompt that works: "${result.example}".`, rules);
    }
    // The basic firewall ends the input chain with "drop all else": a filter rule a later clause adds would come after it and never match.
    if (closedBy !== undefined && result.commands.some((c) => c.name === 'add' && c.path.join(' ') === 'ip firewall filter')) {
      return refusal(`Cannot generate this safely: a filter rule asked for after the basic firewall would be added after its drop rules and never match; ask for it first ("allow winbox from 10.0.0.0/8, then set up a basic firewall"). A prompt that works: "Set up a basic firewall".`, rules);
    }
    if (result.wholeByDesign) closedBy = result.rule;
    const filters = result.commands.filter((x) => x.name === 'add' && FILTER_MENUS.has(x.path.join(' '))).map((x) => commandProps(x).chain);
    if (filters.length > 0) {
      chainsOf.push({ words: clause.map((t) => t.text).join(' '), said: CHAIN_NOUNS.filter((n) => frame.nouns.has(n)), both: filters.includes('input') && filters.includes('forward') });
    }
    commands.push(...result.commands);
    subject = result.subject ?? subject;
    referent = result.referent ?? referent;
    dropsRest = result.dropsRest === true;
    restDrop = result.restDrop;
    for (const w of result.warnings) if (!warnings.includes(w)) warnings.push(w);
    for (const c of frame.corrections.filter((x) => !record.typed.has(x.term))) {
      const note = `Read "${c.from}" as "${c.to}".`;
      if (!warnings.includes(note)) warnings.unshift(note);
    }
  }
  // "allow established and related then drop invalid on input": the chain said for one part is not the other part's,
  // which went to both chains; whether the user meant it for both is not known.
  const said = chainsOf.find((x) => x.said.length > 0);
  const unsaid = chainsOf.find((x) => x.said.length === 0 && x.both);
  if (said && unsaid) {
    const chain = said.said[0]!.replace('-chain', '');
    return refusal(`Cannot generate this safely: the ${chain} chain is named for "${said.words}" but not for "${unsaid.words}", which would go to both the input and the forward chain; name the chain in each part ("... on ${chain} and ... on ${chain}"). A prompt that works: "Accept established and related on input, then drop invalid on input".`, rules);
  }
  if (commands.length === 0) return refusal(`Nothing to do was found in the prompt: it has no verb this generator acts on (block, allow, forward, add, set, remove, enable, disable, ...). Topics it understands: ${TOPICS}. Example: "Block SSH from the internet".`, rules);
  if (skipped.length > 0) {
    return refusal(`Cannot generate this safely: ${notUnderstood(skipped, 'a part of the prompt with no request this generator knows')}. A prompt that works: "Block SSH from the internet".`, rules);
  }
  // "reboot then set the identity", "reset the configuration and add user bob": nothing after a reboot runs.
  const stop = commands.findIndex((c) => c.path.join(' ') === 'system' && STOPPING.has(c.name));
  if (stop >= 0 && stop < commands.length - 1) {
    const c = commands[stop]!;
    return refusal(`Cannot generate this safely: the script would stop at /${c.path.join(' ')} ${c.name} (${STOPPING.get(c.name)}), so what the request asks after it would never run; ${c.name === 'reset-configuration' ? 'reset on its own, then ask for the rest once the router is back' : `ask for the rest first and the ${c.name} last`}. A prompt that works: "Set the identity to edge-1 and reboot".`, rules);
  }
  // "block ssh from the internet, then allow ssh from 203.0.113.7": the exception goes before the rule it excepts.
  const ordered = orderOwnRules(commands);
  for (const note of ordered.notes) warnings.push(note);
  return { kind: 'script', commands: ordered.commands, warnings, rules, tokenCount };
}

/**
 * The clause's verb is a filter verb (its first meaning: "stop" is block before disable), it names two or more
 * kinds of traffic and where they come from or arrive on. ("restrict ssh and winbox to 10.0.0.0/8" says where they may come
 * from with "to": the services family's request.)
 */
function filtersList(frame: Frame): boolean {
  const lead = frame.actions[0]?.term.meanings[0];
  if (lead?.type !== 'action' || !FILTER_VERB_VALUES.has(lead.value)) return false;
  if (![...frame.addresses, ...frame.places, ...frame.interfaces].some((s) => s.role === 'from' || s.role === 'on')) return false;
  const traffic = new Set([...frame.services.map((s) => s.value.name), ...frame.protocols.map((p) => `protocol ${p.value}`), ...frame.ports.map((p) => `port ${p.value.from}-${p.value.to}`)]);
  return traffic.size >= 2;
}

/**
 * A part with no verb that names something a rule knows ("a basic firewall for my home router", "proxy arp on
 * bridge"): a request by its noun, for the rule of that noun to answer or refuse (never skipped as filler).
 */
function namesSomething(clause: readonly Term[]): boolean {
  // (A word nothing knows keeps the part what it was, a part no rule reads: "block ssh. grunk the rest"; unless it is
  // the value of the label before it: "ssid Visitors".)
  const labelled = (k: number): boolean => k > 0 && clause[k - 1]!.meanings.some((m) => m.type === 'noun' && LABEL_NOUNS.has(m.value));
  if (clause.some((t, k) => t.meanings.length === 0 && !t.technical && t.number === undefined && !t.negative && /[a-z]/i.test(t.normal) && !labelled(k))) return false;
  return clause.some((t) => t.meanings.some((m) => m.type === 'noun' && !CONNECTIVE_NOUNS.has(m.value)));
}

function isEmpty(frame: Frame): boolean {
  return frame.services.length + frame.ports.length + frame.addresses.length + frame.interfaces.length + frame.protocols.length + frame.numbers.length + frame.quoted.length + frame.macs.length === 0;
}

/** The clause and the next one as one, when only a "then" split them; undefined otherwise. */
function joinedAtThen(terms: readonly Term[], clause: readonly Term[], next: readonly Term[] | undefined): Term[] | undefined {
  if (!next || clause.length === 0 || next.length === 0) return undefined;
  const end = terms.indexOf(clause[clause.length - 1]!);
  const then = terms[end + 1];
  if (!then || terms[end + 2] !== next[0] || then.normal !== 'then') return undefined;
  return [...clause, then, ...next];
}

function answer(read: Frame, options: ResolvedOptions, record: Record): IntentResult {
  let frame = read;
  if (frame.invalid.length > 0) return refuse('none', frame.invalid.map((i) => i.reason).join('; '), 'Block port 23 from the internet');
  let scored: { family: IntentFamily; rule: IntentRule; score: number }[] = [];
  for (const family of FAMILIES) {
    for (const rule of family.rules) {
      const score = rule.match(frame);
      if (score > 0) scored.push({ family, rule, score });
    }
  }
  // "stop dhcp and samba from the lan", "allow l2tp, name server and smb": a filter verb over a list of services asks
  // for firewall rules, though one of the services is also something the router runs (its DHCP server, DNS, syslog).
  // (The scheduler still competes: "block ssh every day at 3am" is its refusal to schedule firewall rules.)
  if (filtersList(frame) && scored.some((c) => c.family.filtersTraffic)) scored = scored.filter((c) => c.family.filtersTraffic || c.family.wrapsRequests);
  if (scored.length === 0) {
    const said = frame.actions[0]?.term.text;
    // The verb was read, but nothing the clause names is something a rule can apply it to: say what was missing.
    // Name the words nothing knows ("remove the grunk"), so the user sees what to change.
    const unknown = frame.terms.filter((t) => needsReading(t) && t.meanings.length === 0 && !t.technical && t.number === undefined && !t.negative);
    const what = unknown.length > 0
      ? `${unknown.map((t) => `"${t.text}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not something this generator knows`
      : 'what it names is missing or not something a rule here acts on (an address, interface, service, user, ...)';
    const reason = said
      ? `it says "${said}" but not what to ${said.toLowerCase()} that this generator can act on: ${what}; topics it understands: ${TOPICS}`
      : `the request has no action this generator understands; topics it understands: ${TOPICS}`;
    return refuse('none', reason, 'Block SSH from the internet');
  }
  const best = Math.max(...scored.map((c) => c.score));
  const top = scored.filter((c) => c.score === best);
  const families = [...new Set(top.map((c) => c.family.id))];
  if (families.length > 1) {
    return refuse('none', `it could mean ${top.map((c) => `"${c.rule.id}"`).join(' or ')}; say which`, 'Block SSH from the internet');
  }
  if (frame.numbers.length > 0 && top[0]!.family.numbersArePorts) {
    // A number nothing explains is most likely a port ("block 23", "forward 8080 to 10.0.0.5").
    // A number right before what it counts ("10 pings per second", "3 ssh connections", "2 ports 80 and 443", "10
    // hosts") or before "per" is a count, not a port: it stays a number, for a rule that reads counts or for a refusal.
    const counts = (n: Frame['numbers'][number]): boolean => {
      const next = frame.terms[frame.terms.indexOf(n.term) + 1];
      return !!next && next.technical === undefined && next.number === undefined && (next.normal === 'per' || (needsReading(next) && !next.meanings.some((m) => m.type === 'action')));
    };
    const ports: Slot<PortSlot>[] = [];
    for (const n of frame.numbers.filter((x) => !(x.role === 'to' && read.actions.some((a) => a.value === 'redirect')))) {
      const other = notAPort(frame, n.term);
      if (other) return other;
      if (counts(n)) continue;
      if (n.value < 1 || n.value > 65535) return refuse('none', `port ${n.value} is outside 1-65535`, 'Block port 23 from the internet');
      ports.push({ value: { from: n.value, to: n.value }, role: n.role === 'to' ? 'to' : n.role === 'from' ? 'from' : n.role === 'except' ? 'except' : 'subject', term: n.term });
    }
    // The frame as read stays as it was; the rule reads one with the numbers also as ports.
    if (ports.length > 0) frame = { ...frame, ports: [...frame.ports, ...ports] };
  }
  const limit = top[0]!.family.allHours ? beyondOneRule(frame, top[0]!.family, top[0]!.rule) : undefined;
  if (limit) return limit;
  if (frame.macs.length > 0 && !top[0]!.family.usesMacs) {
    return refuse('none', 'matching by MAC address is not supported for this request', 'Block 192.168.88.50 from the internet');
  }
  return readFully(frame, top[0]!.family, top[0]!.rule, options, record);
}

/** The filter tables whose rules have a chain a clause can name ("on input", "in the forward chain"). */
const FILTER_MENUS: ReadonlySet<string> = new Set(['ip firewall filter', 'ipv6 firewall filter']);
const CHAIN_NOUNS: readonly string[] = ['input-chain', 'forward-chain', 'output-chain'];

/** Commands after which a script does not go on: the router restarts, stops or loses its configuration. */
const STOPPING: ReadonlyMap<string, string> = new Map([
  ['reboot', 'the router restarts'],
  ['shutdown', 'the router turns off'],
  ['reset-configuration', 'the router restarts with its configuration wiped'],
]);

/** The refusal's reason for words nobody read, naming each, with why the reader had no use for them. */
function notUnderstood(words: readonly Term[], why: string): string {
  return `${words.map((t) => `"${t.text}"`).join(', ')} ${words.length > 1 ? 'are' : 'is'} not understood here (${why}); nothing is written from a request that was not fully understood`;
}

/** One clause as `explain` shows it: the rule that answered it and how each word was read. */
export interface ClauseReading {
  readonly rule: string;
  readonly words: readonly { readonly word: string; readonly reading: Reading }[];
}

let traced: ClauseReading[] | undefined;

/**
 * What `understand` makes of a prompt, with each clause's rule and how each of its words was read (claimed by the
 * rule, written as a value, a value's label, filler, structure, or unread). A clause refused before a rule read it
 * is absent: the refusal says why.
 */
export function explain(prompt: string, options: ResolvedOptions): { understanding: Understanding; clauses: ClauseReading[] } {
  const clauses: ClauseReading[] = [];
  traced = clauses;
  try {
    return { understanding: understand(prompt, options), clauses };
  } finally {
    traced = undefined;
  }
}

/**
 * Builds the clause with `rule`, recording what it reads, and refuses when a word of the clause was read by nobody
 * ("block pinging from the internet": "pinging" would otherwise vanish and the rule drop everything from the WAN).
 */
function readFully(frame: Frame, family: IntentFamily, rule: IntentRule, options: ResolvedOptions, record: Record): IntentResult {
  const claimed = record.claimed;
  const view = watched(frame);
  const result = recording(record, () => {
    // The clause's verb chose the rule; the family's own vocabulary is read by its slot readers.
    claim(frame.actions[0]?.term, ...(frame.actions[0]?.also ?? []));
    const reads = family.reads;
    if (reads) claim(...frame.terms.filter((t) => reads.words?.includes(t.normal) || t.meanings.some((m) => (m.type === 'noun' && reads.nouns?.includes(m.value)) || (m.type === 'place' && reads.places?.includes(m.value)))));
    rule.match(view);
    return rule.build(view, options);
  });
  if (result.kind === 'refusal') return result;
  // Most clauses are read whole by their rule's claims; the values written and labels are looked at only when not.
  const pending = traced !== undefined || frame.terms.some((t) => !claimed.has(t) && needsReading(t));
  const readings = pending ? readingsOf(frame.terms, claimed, result.commands) : [];
  traced?.push({ rule: rule.id, words: frame.terms.map((t, k) => ({ word: t.text, reading: readings[k]! })) });
  const left = frame.terms.filter((_, k) => readings[k] === 'unread');
  // "disable ether1 or ether2": a choice is not a request; both would be done.
  const or = left.find((t) => t.normal === 'or' || t.normal === 'nor');
  if (or) return refuse(rule.id, `"${or.text}" offers a choice, which a script cannot make (every part of it would be done); ask for one, or for each with "and"`, family.example);
  if (left.length > 0) {
    return refuse(rule.id, notUnderstood(left, `this request was read as ${family.summary}, which has no use for ${left.length > 1 ? 'them' : 'it'}`), family.example);
  }
  const dropped = unwrittenInterfaces(frame, result.commands);
  if (dropped.length > 0) {
    return refuse(rule.id, `${dropped.map((t) => `"${t.text}"`).join(', ')} ${dropped.length > 1 ? 'were' : 'was'} read as ${dropped.length > 1 ? 'interfaces' : 'an interface'} but the script does not use ${dropped.length > 1 ? 'them' : 'it'}; nothing is written from a request that was not fully understood`, family.example);
  }
  const unnamed = unwrittenNames(frame, result.commands);
  if (unnamed.length > 0) {
    return refuse(rule.id, `${unnamed.map((t) => `"${t.text}"`).join(', ')} ${unnamed.length > 1 ? 'are given as names' : 'is given as a name'} (after "called" or "named") but the script does not use ${unnamed.length > 1 ? 'them' : 'it'}; say which thing ${unnamed.length > 1 ? 'they name' : 'it names'}, once`, family.example);
  }
  const broad = result.wholeByDesign ? undefined : broaderThanAsked(result.commands, frame.terms);
  if (broad !== undefined) {
    return refuse(rule.id, `${broad}; a rule that wide is written only when asked for in words ("all traffic", "everything", "clear the list")`, family.example);
  }
  return result;
}
