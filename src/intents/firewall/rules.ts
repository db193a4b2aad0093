/**
 * Firewall filter: "block ssh from the internet", "allow winbox from
 * 10.0.0.0/8", "only allow ssh from 192.168.88.0/24", "drop ping from WAN",
 * "block facebook.com", "block 203.0.113.7".
 *
 * Chains (manual: IP > Firewall > Filter): traffic to the router itself is
 * `input`, traffic through it is `forward`, traffic the router sends is `output`.
 */
import type { Term } from '../../nlp/analyze.js';
import { SERVICES } from '../../../grammar/english/services.js';
import { IP_SERVICES, type IpService } from '../../../grammar/routeros/services.js';
import { ownAddresses } from '../../model/sides.js';
import { isNoun, lanBridgeWord } from '../words.js';
import { claim } from '../claims.js';
import { command, find, list as valueList, negated, str, type ValueInput } from '../../ast/build.js';
import { nameAfter } from '../../slots/names.js';
import type { Command, Value } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Address, Frame, Role } from '../frame.js';
import { addressText, addressValue, describeRef, isPrivateIpv4, placeRef, portsValue, portText, sideArgs, slotsWithRole, trafficOf, type Traffic, type TrafficGroup } from '../traffic.js';
import { listName, mentionsList } from '../addresslist/rules.js';
import { refuse, verbScore, type IntentFamily, type IntentResult, type IntentRule, type Referent } from '../types.js';
import { CARRIER_WORDS, GENERIC_PARTY_NOUNS, RULE_NAME_LABELS } from '../../../grammar/english/classes.js';
import { FIREWALL_TABLE_NAMES, OBJECT_PRONOUNS, PER_WORDS, REFERRING_PRONOUNS, REST_WORDS } from '../../../grammar/english/cues.js';

const FILTER = ['ip', 'firewall', 'filter'];
const FILTER6 = ['ipv6', 'firewall', 'filter'];
const ADDRESS_LIST = ['ip', 'firewall', 'address-list'];

type Chain = 'input' | 'forward' | 'output' | 'prerouting';

const CONNECTION_STATES = ['established', 'related', 'new', 'invalid', 'untracked'] as const;

const ACTIONS: Readonly<Record<string, string>> = { block: 'drop', reject: 'reject', tarpit: 'tarpit', allow: 'accept', log: 'log' };

const EXAMPLE = 'Block SSH from the internet';

/** Verbs that carry a rule's own verb ("add a rule to drop ...", "create a rule that blocks ..."). */
const RULE_CARRIER_VERBS: ReadonlySet<string> = new Set(['add', 'set', 'show']);

interface Matchers {
  readonly args: Record<string, ValueInput | undefined>;
}

function filterAction(frame: Frame): { action: string; log: boolean } | IntentResult {
  // "log all dropped traffic", "allow the blocked hosts": a participle after the verb describes, it does not ask.
  const verbs = frame.actions.filter((a, k) => k === 0 || !a.term.participle).map((a) => a.value);
  const main = verbs.find((v) => v !== 'log' && v in ACTIONS) ?? (verbs.includes('log') ? 'log' : undefined);
  const log = main !== 'log' && (verbs.includes('log') || frame.nouns.has('log'));
  if (main === undefined) return refuse('firewall', 'the request does not say whether to block or allow', EXAMPLE);
  // "block ssh from the internet | reboot": a second verb of another kind is a request of its own, which one filter
  // rule does not do (reading it to find the filter verb would count it as read).
  // (A word right after a protocol names something of it, not a request: "reject ssh with tcp reset".)
  const afterProtocol = (t: Term): boolean => frame.terms[frame.terms.indexOf(t) - 1]?.meanings.some((m) => m.type === 'protocol') === true;
  const other = frame.actions.find((a) => !a.term.participle && !(a.value in ACTIONS) && !RULE_CARRIER_VERBS.has(a.value) && !afterProtocol(a.term));
  if (other) return refuse('firewall', `"${other.term.text}" asks for something a firewall rule does not do; join separate requests with "and" or "then" ("block ssh from the internet, then reboot")`, EXAMPLE);
  // "log dropped telnet attempts": what another rule drops is logged by that rule (log=yes); a log rule added at the
  // end of the chain comes after the drop and never sees the traffic.
  const described = frame.actions.find((a, k) => k > 0 && a.term.participle && a.value !== 'log' && a.value in ACTIONS);
  if (main === 'log' && described) {
    return refuse('firewall', `"${described.term.text}" traffic is logged by the rule that ${ACTIONS[described.value] === 'accept' ? 'accepts' : 'drops'} it (log=yes on that rule); a log rule added after it never sees the traffic; ask for that rule and "log it"`, 'Drop telnet from the WAN and log it');
  }
  if (frame.negated) {
    if (main === 'allow') return { action: 'drop', log };
    return refuse('firewall', `"${frame.actions[0]!.term.text}" is negated, which does not say what to do instead`, 'Allow SSH from 192.168.88.0/24');
  }
  return { action: ACTIONS[main]!, log };
}

/** "3 per minute", "10 pings per second", "5/s": a packet rate for the `limit` matcher (count/time,burst:packet). */
export function readRate(frame: Frame): { limit: string; text: string } | null {
  const units: Readonly<Record<string, string>> = { second: '1s', sec: '1s', s: '1s', minute: '1m', min: '1m', m: '1m', hour: '1h', hr: '1h', h: '1h' };
  const terms = frame.terms;
  for (let i = 0; i < terms.length; i++) {
    const n = terms[i]!.number;
    if (n === undefined) continue;
    // the unit after "per"/"a"/"every", with a few words ("connections", "pings") in between
    for (let j = i + 1; j < Math.min(terms.length, i + 5); j++) {
      if (!PER_WORDS.has(terms[j]!.normal)) continue;
      const unit = units[terms[j + 1]?.normal ?? ''];
      if (unit) return { limit: `${n}/${unit},${n}:packet`, text: `${n} per ${terms[j + 1]!.normal}` };
    }
  }
  return null;
}

const isRaw = (frame: Frame): boolean => frame.terms.some((t) => t.normal === 'raw' || t.normal === 'prerouting');

export const filterRule: IntentRule = {
  id: 'filter: <block|allow> <traffic> [from <where>] [to <where>]',
  // A packet rate ("at most 5 pings per second") makes this a firewall limit, not a bandwidth queue.
  // Naming the traffic (a service, port or protocol) makes a filter rule the likelier reading than a generic "set"/"add".
  match: (frame) => {
    const named = frame.services.length + frame.protocols.length + frame.ports.length > 0;
    if (readRate(frame) && named) return 45;
    return verbScore(frame, ['block', 'reject', 'tarpit', 'allow', 'log'], named ? 30 : 20);
  },
  build(read, options) {
    // "block ssh from the internet and allow it from the lan": "it" is the traffic the filter clause before named.
    const reused = reusedTraffic(read);
    // "drop all udp from the internet except port 53": the rule is read without the traffic it leaves out, which is
    // written after it (exceptTraffic).
    const whole = reused ?? read;
    const excepted = [...whole.services, ...whole.protocols, ...whole.ports].filter((s) => s.role === 'except');
    const frame = excepted.length === 0 ? whole : { ...whole, services: whole.services.filter((x) => x.role !== 'except'), protocols: whole.protocols.filter((x) => x.role !== 'except'), ports: whole.ports.filter((x) => x.role !== 'except') };
    const rate = readRate(frame);
    const decided = rate ? { action: 'accept', log: false } : filterAction(frame);
    if ('kind' in decided) return decided;
    const { action, log } = decided;
    const raw = isRaw(frame);
    if (raw && (action === 'reject' || action === 'tarpit')) return refuse('firewall', `the raw table cannot ${action}; it can drop, accept or skip connection tracking (notrack)`, 'Drop traffic from 203.0.113.0/24 in the raw table');
    const warnings: string[] = [];
    // "deny access from 10.0.0.0/8 except ssh" needs an accept before a drop; one rule cannot say it.
    // An exception of traffic is left out of a drop; what an accept leaves out would be a drop nobody asked for.
    if (excepted.length > 0 && (action === 'accept' || action === 'log' || rate)) {
      return refuse('firewall', `an exception for "${excepted[0]!.term.text}" needs two rules in order; ask for the allow first, then the block`, 'Allow SSH from 10.0.0.0/8, then block all traffic from 10.0.0.0/8 to the router');
    }
    // "reject telnet with icmp", "allow ssh over wireguard", "block ssh using icmp": a second service, or a protocol
    // without ports, said with "with"/"over"/"using"/"via" is what answers or carries the first; no matcher here says that.
    const carrier = carriedBy(frame);
    if (carrier) return refuse('firewall', `"${carrier.word.text} ${carrier.slot.text}" says what carries or answers the traffic, which a filter rule here does not match; name the interface the traffic arrives on ("in on wg0") or ask for "${carrier.slot.text}" in its own request`, EXAMPLE);
    // "to port 80", "reach port 8291": a port said with the word "port" after "to" is the one matched (dst-port), not a
    // forwarding target; a bare number after "to" is not ("limit ssh to 3 per minute").
    const readTrafficOf = (f: Frame): Traffic => trafficOf(f, ['subject', 'on'], undefined, (p) => p.role === 'to' && isNoun(frame.terms[frame.terms.indexOf(p.term) - 1], 'port'));
    const traffic = readTrafficOf(frame);
    warnings.push(...traffic.warnings);
    const ports = frame.ports.filter((p) => p.role === 'from').map((p) => p.value);
    if (ports.length > 0 && traffic.groups.every((g) => g.protocol !== 'tcp' && g.protocol !== 'udp')) {
      return refuse('firewall', 'a source port needs a protocol (tcp or udp)', 'Block UDP from source port 53 on the WAN');
    }

    // Where the traffic comes from and goes to.
    const src = slotsWithRole(frame.addresses, 'from').map((a) => a.value);
    const dst = slotsWithRole(frame.addresses, 'to', 'on').map((a) => a.value);
    const except = slotsWithRole(frame.addresses, 'except').map((a) => a.value);
    const subject = slotsWithRole(frame.addresses, 'subject').map((a) => a.value);
    // "block telnet going out ether1", "outgoing smtp on pppoe-out1": the interface the traffic leaves by.
    const leaving = frame.nouns.has('outgoing');
    const inIfaces = slotsWithRole(frame.interfaces, ...(leaving ? ['from'] : ['from', 'on', 'subject'])).map((i) => i.value);
    const outIfaces = slotsWithRole(frame.interfaces, ...(leaving ? ['to', 'on', 'subject'] : ['to'])).map((i) => i.value);
    // "block ssh on the bridge", "drop traffic from the bridge to ether1": "the bridge" alone is the lanBridge option's.
    const bridgeWord = lanBridgeWord(frame);
    if (bridgeWord && bridgeWord.role !== 'subject') {
      (bridgeWord.role === 'to' || (leaving && bridgeWord.role === 'on') ? outIfaces : inIfaces).push(options.lanBridge);
      warnings.push(`"The bridge" was taken to mean ${options.lanBridge} (the lanBridge option).`);
    }
    const fromPlaces = slotsWithRole(frame.places, 'from', 'on').map((p) => p.value);
    const toPlaces = slotsWithRole(frame.places, 'to').map((p) => p.value);
    const subjectPlaces = slotsWithRole(frame.places, 'subject').map((p) => p.value);
    const exceptPlaces = slotsWithRole(frame.places, 'except').map((p) => p.value);

    // "block 1.1.1.1 dns for the lan": an address and a side both as the object; which one is the source is not said.
    if (subject.some((a) => a.kind === 'ip' || a.kind === 'prefix') && subjectPlaces.includes('lan')) {
      return refuse('firewall', `it does not say whether ${addressText(subject[0]!)} is where the traffic comes from or where the LAN's traffic goes; say "from" or "to"`, 'Block traffic from the LAN to 1.1.1.1');
    }
    // "block internet for 192.168.88.50": the host is the source, the internet the destination.
    if (subjectPlaces.includes('wan') && (subject.length > 0 || src.length > 0 || fromPlaces.includes('lan')) && !fromPlaces.includes('wan')) toPlaces.push('wan');
    else for (const p of subjectPlaces) fromPlaces.push(p);
    if (leaving && toPlaces.length === 0 && outIfaces.length === 0 && !fromPlaces.includes('wan')) toPlaces.push('wan');
    // "block incoming rdp", "drop inbound traffic to port 8080": from the WAN, unless the clause says where from.
    if (frame.nouns.has('incoming') && fromPlaces.length === 0 && subject.length + src.length === 0 && slotsWithRole(frame.interfaces, 'from', 'on', 'subject').length === 0 && !mentionsList(frame)) fromPlaces.push('wan');
    // "block 192.168.88.0/24 from the router": traffic the router itself sends (the output chain) or the subnet kept
    // off the router? Either way not the input and forward drops the words alone would give.
    if (slotsWithRole(frame.places, 'from').some((p) => p.value === 'router')) return refuse('firewall', 'traffic "from the router" is what the router itself sends (the output chain), which is not written here; to keep hosts off the router say "block <address> from reaching the router"', 'Block 192.168.88.0/24 from reaching the router');
    // "block 192.168.88.50 from the internet": a LAN host never arrives from the WAN; it is kept from reaching it.
    if (fromPlaces.includes('wan') && subject.length > 0 && subject.every((a) => a.kind === 'ip' || a.kind === 'prefix') && subject.every((a) => isPrivateIpv4(a.kind === 'ip' || a.kind === 'prefix' ? a.address : '')) && slotsWithRole(frame.places, 'from').length > 0 && !frame.nouns.has('incoming')) {
      fromPlaces.splice(fromPlaces.indexOf('wan'), 1);
      toPlaces.push('wan');
      warnings.push(`"From the internet" was read as keeping ${addressText(subject[0]!)} from reaching it: a private address never arrives from the WAN.`);
    }
    // A bare address is where the traffic comes from ("block 203.0.113.7", "allow ssh for 10.0.0.5"),
    // unless it is a site ("block facebook.com") or a destination was also given.
    const hostnames = [...dst, ...subject].filter((a) => a.kind === 'hostname');
    for (const a of subject) (a.kind === 'hostname' ? dst : src).push(a);
    if (src.some((a) => a.kind === 'hostname')) return refuse('firewall', 'blocking traffic from a DNS name is not supported; name the address or subnet', 'Block 203.0.113.0/24');

    const ip6 = [...src, ...dst, ...except].some((a) => a.kind === 'ip6');
    if (ip6 && [...src, ...dst, ...except].some((a) => a.kind !== 'ip6' && a.kind !== 'hostname')) {
      return refuse('firewall', 'the request mixes IPv4 and IPv6 addresses; ask for each family separately', 'Block 2001:db8::/32 from the internet');
    }

    const states = CONNECTION_STATES.filter((state) => frame.nouns.has(state));
    // "block everything from wan except established and related": the states are the exception (connection-state=!...).
    const exceptAt = frame.terms.findIndex((t) => t.meanings.some((m) => m.type === 'role' && m.value === 'except'));
    const isState = (t: Term): boolean => CONNECTION_STATES.some((state) => t.meanings.some((m) => m.type === 'noun' && m.value === state));
    const exceptedStates = exceptAt >= 0 && frame.terms.slice(exceptAt + 1).some(isState);
    if (exceptedStates && frame.terms.slice(0, exceptAt).some(isState)) {
      return refuse('firewall', 'it names connection states both to match and as the exception; say one', 'Drop everything from the WAN except established and related connections');
    }
    // A pronoun for something another clause named: "drop ssh from wan and allow it from 10.0.0.0/8" (which traffic:
    // without it the rule matches everything from there), "add 10.0.0.5 to list trusted and allow it to winbox" (whose
    // traffic: without it, everyone's). "block ssh and log it" names both.
    const pronoun = frame.terms.findIndex((t) => REFERRING_PRONOUNS.has(t.normal));
    const said = frame.terms[pronoun];
    // "create address list mgmt with ... then allow winbox from it": a pronoun after "from"/"to" is a side, which is the
    // address list an earlier clause made; with no such list it is refused (without it the rule would match anyone).
    const sideRole = said ? frame.terms[pronoun - 1]?.meanings.find((m) => m.type === 'role')?.value : undefined;
    // "add 1.2.3.4 to list bad, then block it": the pronoun right after the verb is the list's entries, the source.
    const objectOfVerb = !!said && sideRole === undefined && !!frame.terms[pronoun - 1]?.meanings.some((m) => m.type === 'action') && frame.terms[pronoun + 1]?.normal !== 'to';
    const referredList = (sideRole === 'from' || sideRole === 'to' || objectOfVerb) && frame.referent?.kind === 'address-list' ? frame.referent.name : undefined;
    if (said && referredList === undefined && traffic.groups.length === 0 && states.length === 0) {
      return refuse('firewall', `"${said.text}" does not say which traffic; name the service or port again`, 'Drop ssh from the WAN and allow ssh from 10.0.0.0/8');
    }
    const asSource = !!said && OBJECT_PRONOUNS.has(said.normal) && frame.terms[pronoun + 1]?.normal === 'to' && !!frame.terms[pronoun - 1]?.meanings.some((m) => m.type === 'action');
    if (said && (asSource || (sideRole !== undefined && referredList === undefined))) return refuse('firewall', `"${said.text}" does not say whose traffic; name the address or the address list`, 'Allow winbox from the address list trusted');
    // "block ssh and log it": the pronoun is the traffic this clause names (or the list it refers to).
    claim(said);
    // An "except" whose exception nothing here reads is refused, not dropped (the rule would be wider than asked).
    // "block port 53 from lan except the router": traffic to the router is not something a rule here leaves out.
    if (exceptPlaces.includes('router')) {
      return refuse('firewall', 'an exception for the router itself needs a separate rule; ask for the rule to the router and the rule through it separately', 'Block DNS from the LAN to 8.8.8.8');
    }
    const exceptionRead = exceptedStates || excepted.length > 0 || except.length + exceptPlaces.length + slotsWithRole(frame.interfaces, 'except').length > 0;
    if (exceptAt >= 0 && !exceptionRead) {
      return refuse('firewall', `the exception after "${frame.terms[exceptAt]!.text}" is not something one rule can leave out here; ask for the allow first, then the block`, 'Allow SSH from 10.0.0.0/8, then block all traffic from 10.0.0.0/8 to the router');
    }
    const hasTraffic = traffic.groups.length > 0 || states.length > 0;
    // "block traffic from the address list blocked": the list is matched on the side its preposition says.
    const list = referredList ?? (mentionsList(frame) ? listName(frame.terms) : null);
    if (referredList === undefined && mentionsList(frame) && list === null) return refuse('firewall', 'it mentions an address list without naming it', 'Block all traffic from the address list blocked');
    const listSide = list === null ? null : (referredList !== undefined ? sideRole : roleBefore(frame, list)) === 'to' ? 'dst' : 'src';
    // "drop ssh from anything not in list mgmt": the list is what is left out (src-address-list=!mgmt).
    const listNot = list === null || referredList !== undefined ? undefined : negationBefore(frame, list);
    claim(listNot);
    const hasWhere = (list === null ? 0 : 1) + src.length + dst.length + except.length + inIfaces.length + outIfaces.length + fromPlaces.length + toPlaces.length + exceptPlaces.length > 0;
    const all = frame.nouns.has('all');
    // "... and drop the rest": after a limit or an "only allow", the rest is already dropped.
    const rest = frame.terms.some((t) => REST_WORDS.has(t.normal));
    // "allow ssh from 10.0.0.5 and block it from everywhere else": the same traffic from every other source is the drop
    // the accept before it leaves for "the rest".
    const sameAsBefore = reused !== undefined || (frame.referent?.kind === 'traffic' && trafficKey(trafficSlots(frame)) === frame.referent.name);
    if (rest && sameAsBefore && frame.previousRestDrop && action === 'drop' && list === null && frame.addresses.length + frame.places.length + frame.interfaces.length === 0) {
      claim(...frame.terms.filter((t) => REST_WORDS.has(t.normal)));
      return { kind: 'commands', rule: 'filter: drop the rest (of the traffic allowed before)', commands: [...frame.previousRestDrop], warnings: ['"Everywhere else" was read as the traffic the accept before it names, from every other source; the drop comes right after the accept, so that order must be kept.'], dropsRest: true };
    }
    if (rest && !hasTraffic && list === null && frame.addresses.length + frame.places.length + frame.interfaces.length === 0) {
      if (frame.previousDropsRest && action === 'drop') {
        return { kind: 'commands', rule: 'filter: drop the rest (already done)', commands: [], warnings: ['"The rest" is already dropped by the drop rule that follows the accept.'] };
      }
      // "allow ssh from the address list admins and drop the rest": the same traffic from everywhere else.
      if (frame.previousRestDrop && action === 'drop') {
        return { kind: 'commands', rule: 'filter: drop the rest (of the traffic allowed before)', commands: [...frame.previousRestDrop], warnings: ['"The rest" was read as the traffic the accept before it names, from everywhere else; the drop comes right after the accept, so that order must be kept.'], dropsRest: true };
      }
      return refuse('firewall', '"the rest" does not say what traffic to match', 'Allow ssh from 10.0.0.0/8, then block ssh from the internet');
    }
    // "allow admin only from 192.168.88.0/24", "let bob log in only from 10.0.0.0/24": where a router user may log in
    // from is the user's own setting (/user set address=), never a firewall rule that drops all other input.
    // ("LAN users", people on the LAN, are no router account.)
    const userWord = frame.terms.find((t) => (!/s$/.test(t.normal) && t.meanings.some((m) => m.type === 'noun' && (m.value === 'user' || m.value === 'admin' || m.value === 'username'))) || (t.normal === 'log' && frame.terms[frame.terms.indexOf(t) + 1]?.normal === 'in'));
    if (userWord && !hasTraffic) {
      return refuse('firewall', `it is about a router user ("${userWord.text}"): where a user may log in from is set on the user (/user set <name> address=<subnet>), which this generator does not write from this wording; for the firewall, name the service (e.g. winbox or ssh)`, 'Only allow winbox from 192.168.88.0/24');
    }
    // "reject ssh with tcp reset", "... with icmp admin prohibited", "log it with prefix SSH": reject-with= and a
    // prefix of the user's own are not written; the rule is not written without them either.
    const unread = frame.terms.find((t) => /^(?:reset|prohibited|unreachable|prefix)$/.test(t.normal));
    if (unread) return refuse('firewall', `"${unread.text}" asks for an option (reject-with= or a log prefix of your own) this generator does not write; ask without it`, 'Reject ssh from the internet');
    // "limit ssh to 5 per minute and log it": the limit's rules are written without logging.
    if (rate && frame.actions.some((a) => a.value === 'log')) return refuse('firewall', 'a rate limit is written without logging here; ask for the limit alone', 'Limit SSH connections from the internet to 3 per minute');
    // "block google dns for lan clients": a DNS provider is matched by its addresses, which a rule here does not list.
    const provider = frame.terms.find((t) => t.meanings.some((m) => m.type === 'noun' && m.value.startsWith('provider-')));
    if (provider) return refuse('firewall', `"${provider.text}" is a DNS provider; name its addresses (or put them in an address list) to filter traffic to it`, 'Block 8.8.8.8 and 8.8.4.4 for the LAN');
    // "block ssh from the wan but allow it from 198.51.100.5", "allow the lan out but block port 25": two rules in one
    // clause, in an order that matters.
    const filterVerbs = new Set(frame.actions.filter((a) => !a.term.participle).map((a) => a.term.meanings[0]).filter((m) => m?.type === 'action' && (m.value === 'block' || m.value === 'allow' || m.value === 'reject')).map((m) => (m as { value: string }).value === 'allow' ? 'allow' : 'block'));
    if (filterVerbs.size > 1) return refuse('firewall', 'it asks to block and to allow in one sentence, which takes two rules in order; ask for the allow first, then the block', 'Allow ssh from 198.51.100.5, then block ssh from the internet');
    // "block youtube for 192.168.88.0/24": a thing we do not know is not "all traffic".
    // ("chain" after a chain's name is that name's: "in the forward chain".)
    const chainWord = (t: Term): boolean => t.normal === 'chain' && !!frame.terms[frame.terms.indexOf(t) - 1]?.meanings.some((m) => m.type === 'noun' && m.value.endsWith('-chain'));
    const mystery = frame.terms.find((t) => t.meanings.length === 0 && !t.technical && t.noun && !t.negative && t.number === undefined && !GENERIC_PARTY_NOUNS.has(t.normal) && !frame.commentWords.has(t) && !chainWord(t));
    if (!hasTraffic && list === null && mystery) {
      return refuse('firewall', `"${mystery.text}" is not a service, port, protocol or address this generator knows; name the port or protocol, or the site's domain (e.g. youtube.com)`, 'Block facebook.com for 192.168.88.0/24');
    }
    // "open port 8080 for 192.168.88.5", "open port 25565 for my game server 192.168.88.77": a port opened "for" a LAN
    // host is most likely a port forward to it, not traffic from it.
    const forHost = slotsWithRole(frame.addresses, 'subject').find((a) => a.value.kind === 'ip' && isPrivateIpv4(a.value.address));
    // (A port of the router's own services, "open port 8291 for 10.10.10.10", lets that host manage the router.)
    const routerPorts = frame.services.length > 0 ? frame.services.every((x) => x.value.router) : frame.ports.every((p) => SERVICES.some((x) => x.router && x.ports.includes(p.value.from) && p.value.from === p.value.to));
    if (action === 'accept' && frame.actions.some((a) => a.term.normal === 'open') && forHost && !routerPorts && slotsWithRole(frame.addresses, 'from').length === 0 && fromPlaces.length === 0 && traffic.groups.length > 0) {
      const host = addressText(forHost.value);
      return refuse('firewall', `"open" for ${host} could mean forwarding the port from the internet to it or allowing traffic from it; say "forward port ... to ${host}" or "allow ... from ${host}"`, `Forward port 8080 to ${host}`);
    }
    // "open port 443 to 192.168.88.20": opening a port towards a LAN host usually means port forwarding.
    if (action === 'accept' && frame.actions.some((a) => a.term.normal === 'open') && dst.some((a) => a.kind === 'ip' && isPrivateIpv4(a.address)) && src.length === 0 && fromPlaces.length === 0) {
      return refuse('firewall', `"open" towards ${addressText(dst[0]!)} could mean forwarding the port from the internet or allowing traffic to it; say "forward port ... to ${addressText(dst[0]!)}" or "allow ... to ${addressText(dst[0]!)} from <where>"`, `Forward port 443 to ${addressText(dst[0]!)}`);
    }
    if (!hasTraffic && !hasWhere) {
      return refuse('firewall', 'it does not say what traffic to match: name a service, port, protocol, address or interface', EXAMPLE);
    }
    if (!hasTraffic && list === null && src.length + dst.length + except.length === 0 && action !== 'drop' && action !== 'reject' && action !== 'tarpit') {
      return refuse('firewall', `${action === 'log' ? 'logging' : 'allowing'} everything from a whole side of the router is too broad to guess; name the service, port or address to ${action === 'log' ? 'log' : 'allow'}`, 'Allow winbox from 192.168.88.0/24');
    }

    // Chains.
    const own = ownAddresses(options);
    const explicit = (['input', 'forward', 'output'] as const).filter((c) => frame.nouns.has(`${c}-chain`));
    let chains: Chain[];
    let perChain: Map<string, TrafficGroup[]> | undefined;
    const why: string[] = [];
    if (raw) {
      // The raw table sees packets before routing and connection tracking: prerouting, or output for the router's own.
      if (states.length > 0) return refuse('firewall', 'the raw table runs before connection tracking, so it cannot match connection states', 'Drop invalid connections in the forward chain');
      chains = [explicit.includes('output') ? 'output' : 'prerouting'];
    } else if (explicit.length > 0) chains = [...explicit];
    else if (throughRouter(frame)) chains = ['forward'];
    else if (toPlaces.includes('router') || slotsWithRole(frame.places, 'on').some((p) => p.value === 'router')) chains = ['input'];
    // "block traffic to 192.168.88.1 from the lan": the router's own address is the router (input), not a host behind it.
    else if (dst.length > 0 && dst.every((a) => a.kind === 'ip' && own.has(a.address)) && outIfaces.length === 0 && !toPlaces.some((p) => p === 'wan' || p === 'lan')) {
      chains = ['input'];
      why.push(`${dst.map((a) => addressText(a)).join(', ')} is ${own.get((dst[0] as { address: string }).address)}, so the rule is in the input chain`);
    } else if (toPlaces.includes('wan') || toPlaces.includes('lan') || outIfaces.length > 0 || dst.length > 0 || listSide === 'dst') chains = ['forward'];
    else if (traffic.services.length > 0) {
      const router = traffic.services.some((s) => s.router);
      const through = traffic.services.some((s) => !s.router);
      chains = router && through ? ['input', 'forward'] : router ? ['input'] : ['forward'];
      // "allow l2tp, dns and smb": each service is accepted where it is, the router's in input and the hosts' in forward
      // (in both chains each would be opened where it was not asked for: SMB to the router, L2TP through it).
      if (router && through && action === 'accept') {
        const split = (mine: boolean): TrafficGroup[] => readTrafficOf({ ...frame, services: frame.services.filter((x) => x.value.router === mine) }).groups;
        perChain = new Map([['input', split(true)], ['forward', split(false)]]);
        why.push(`${traffic.services.filter((x) => x.router).map((x) => x.name).join(', ')} (the router's own) in the input chain, ${traffic.services.filter((x) => !x.router).map((x) => x.name).join(', ')} (hosts behind it) in the forward chain`);
      }
      if (router && !through) why.push(`${traffic.services.map((s) => s.name).join(', ')} ${traffic.services.length > 1 ? 'are services' : 'is a service'} of the router itself, so the rule is in the input chain; say "to the LAN" or name a host to filter traffic passing through instead`);
    } else if (traffic.groups.some((g) => g.protocol === 'icmp') && traffic.groups.length === 1) chains = ['input'];
    else if (states.length > 0 && traffic.groups.length === 0) chains = ['input', 'forward'];
    else if (action === 'accept') {
      chains = ['input'];
      why.push('the rule is in the input chain (traffic to the router); name a destination host to allow traffic through the router instead');
    } else chains = ['input', 'forward'];
    if (explicit.length === 0 && chains.length === 2 && !perChain) why.push('the rule is added to both the input chain (the router itself) and the forward chain (hosts behind it)');

    // Sides.
    const sideSet: Record<string, ValueInput> = {};
    const sideNames: string[] = [];
    const addSide = (place: 'wan' | 'lan', direction: 'in' | 'out', negate = false): void => {
      const ref = placeRef(place, options);
      Object.assign(sideSet, sideArgs(ref, direction, negate));
      sideNames.push(`${place.toUpperCase()} = ${describeRef(ref)}`);
    };
    const fromSide = fromPlaces.find((p) => p !== 'router');
    // "block ssh from the lan and the internet": one rule matches one side; the other would be dropped unsaid.
    const sides = [...new Set(fromPlaces.filter((p) => p !== 'router'))];
    if (sides.length > 1) return refuse('firewall', `it names ${sides.map((p) => `the ${p.toUpperCase()}`).join(' and ')} as where the traffic comes from, and one rule matches one side; ask for each side, or for the traffic from everywhere (without a side)`, 'Block SSH from the internet');
    const toSides = [...new Set(toPlaces.filter((p) => p !== 'router'))];
    if (toSides.length > 1) return refuse('firewall', `it names ${toSides.map((p) => `the ${p.toUpperCase()}`).join(' and ')} as where the traffic goes, and one rule matches one side; ask for each side`, 'Block SSH from the internet');
    if (fromSide === 'wan' || fromSide === 'lan') addSide(fromSide, 'in');
    for (const p of exceptPlaces) {
      if (p === 'router') continue;
      // "allow ssh from the lan but not from the wan": the side named is the rule; the other side is left out by it.
      if (fromSide === 'wan' || fromSide === 'lan') {
        if (p === fromSide) return refuse('firewall', `it names the ${p.toUpperCase()} both as where the traffic comes from and as the exception`, EXAMPLE);
        continue;
      }
      // "allow ssh except from the wan": an accept of every interface but one side opens guest, VPN and other ports too.
      if (action === 'accept') return refuse('firewall', `an accept of everything except the ${p.toUpperCase()} also opens every interface in neither list (guest, VPN, hotspot ports); say where the traffic may come from ("from the lan")`, 'Allow SSH from the LAN');
      addSide(p, 'in', true);
    }
    if (inIfaces.length > 1 || outIfaces.length > 1) return refuse('firewall', 'a rule matches one interface; name an interface list for several', 'Block telnet on ether1');
    if (inIfaces[0]) {
      if (fromSide) return refuse('firewall', `both ${fromSide.toUpperCase()} and ${inIfaces[0]} were given as where the traffic comes from`, 'Block telnet on ether1');
      sideSet['in-interface'] = inIfaces[0];
    }
    const toSide = toPlaces.find((p): p is 'wan' | 'lan' => p === 'wan' || p === 'lan');
    if (toSide && chains.every((c) => c === 'forward' || c === 'output')) addSide(toSide, 'out');
    if (outIfaces[0]) sideSet['out-interface'] = outIfaces[0];
    if (options.wanIsDefault && sideNames.some((n) => n.startsWith('WAN'))) {
      warnings.push(`"WAN" was taken to mean ${describeRef(options.wan)}, as in RouterOS's default configuration; pass the wan option (e.g. ether1) if your router differs.`);
    }

    // Domains: "block facebook.com" becomes an address list RouterOS resolves, matched by dst-address-list.
    const commands: Command[] = [];
    const dstIps = dst.filter((a) => a.kind !== 'hostname');
    if (hostnames.length > 0) {
      if (action !== 'drop' && action !== 'reject') return refuse('firewall', 'only blocking is supported for sites named by domain', 'Block facebook.com');
      if (dstIps.length > 0) return refuse('firewall', 'the request mixes a domain with destination addresses; ask for each separately', 'Block facebook.com');
      for (const h of hostnames) commands.push(command(ADDRESS_LIST, 'add', { list: 'blocked-sites', address: addressValue(h), comment: str(`routeros-gen: ${addressText(h)}`) }));
      warnings.push('RouterOS resolves the domain names in the blocked-sites address list and refreshes them; sites behind many or changing addresses (CDNs) may still get through, and HTTPS to the same addresses is blocked for every site sharing them.');
    }

    const comment = frame.quoted.find((q) => q.label === null || q.label === 'comment' || q.label === 'named' || q.label === 'called')?.text;
    const menu = raw ? (ip6 ? ['ipv6', 'firewall', 'raw'] : ['ip', 'firewall', 'raw']) : ip6 ? FILTER6 : FILTER;
    const srcValues = listOrOne(src);
    const dstValue = hostnames.length > 0 ? undefined : listOrOne(dstIps);
    if (src.length > 1 || dstIps.length > 1 || except.length > 1) {
      return refuse('firewall', 'a rule matches one address or subnet on each side; put several in an address list first', 'Add 10.0.0.5 and 10.0.0.6 to the address list blocked, then block the address list blocked');
    }
    const groups: readonly (TrafficGroup | null)[] = traffic.groups.length > 0 ? traffic.groups : [null];
    const onlyAllow = action === 'accept' && frame.nouns.has('only');
    if (onlyAllow && src.length === 0 && !fromSide && !inIfaces[0] && listSide !== 'src') {
      return refuse('firewall', '"only allow" needs to say from where (an address, subnet, interface or side)', 'Only allow winbox from 192.168.88.0/24');
    }
    // "only allow https from the internet to 192.168.88.20", "let 10.0.0.5 reach the router only on ssh": whether "only"
    // limits who may come or what they may reach is not clear when both are said.
    const onlyAt = frame.terms.findIndex((t) => t.normal === 'only');
    let after = onlyAt + 1;
    while (frame.terms[after] && /^(?:on|to|for|over|via|with|using)$/.test(frame.terms[after]!.normal)) after++;
    const onlyTraffic = onlyAt >= 0 && !!frame.terms[after] && [...frame.services, ...frame.protocols, ...frame.ports].some((x) => x.term === frame.terms[after]);
    // ("allow only 192.168.88.10 to use the internet", "from 10.0.0.0/8 only": "only" next to the source limits the source.)
    const sourceTerms = new Set<Term>([...slotsWithRole(frame.addresses, 'subject', 'from'), ...slotsWithRole(frame.places, 'from'), ...slotsWithRole(frame.interfaces, 'from')].map((x) => x.term));
    const nextToSource = [onlyAt - 1, onlyAt + 1].some((k) => k >= 0 && sourceTerms.has(frame.terms[k]!));
    const bothSides = (src.length > 0 || fromSide || inIfaces.length > 0) && (dst.length > 0 || toPlaces.some((p) => p !== 'router'));
    if (onlyAllow && (onlyTraffic || (bothSides && !nextToSource))) {
      return refuse('firewall', '"only" could limit who may connect or what they may reach here; say "only allow <service> from <where>"', 'Only allow winbox from 192.168.88.0/24');
    }
    // "allow only from 10.0.0.0/8" with nothing named would drop every other packet to the router, replies included.
    if (onlyAllow && traffic.groups.length === 0 && dst.length === 0 && !toPlaces.some((p) => p !== 'router')) {
      return refuse('firewall', '"only allow" needs the service or port it limits; with none named it would drop all other traffic to the router, its own replies included', 'Only allow winbox from 192.168.88.0/24');
    }
    // An accept of named traffic from a named source: what "the rest" in a next clause would drop.
    const restAllowed = action === 'accept' && !onlyAllow && !rate && traffic.groups.length > 0 && (src.length > 0 || listSide === 'src' || 'in-interface-list' in sideSet || 'in-interface' in sideSet);
    const restDrop: Command[] = [];
    // "drop connections from the WAN" says the whole of a side as "all" does: replies to what the LAN opened still come
    // back. (Between two interfaces, "block traffic from ether1 to ether2" drops every packet.)
    const allNew = action === 'drop' && !hasTraffic && (all || (frame.nouns.has('traffic') && fromPlaces.some((p) => p === 'wan' || p === 'lan'))) && list === null && src.length === 0 && dstIps.length === 0 && hostnames.length === 0;
    for (const chain of chains) {
      for (const group of perChain?.get(chain) ?? groups) {
        const args: Record<string, ValueInput | undefined> = {
          chain,
          'connection-state': allNew ? 'new' : states.length > 0 ? (exceptedStates ? valueList([negated(states[0]!), ...states.slice(1)]) : states.join(',')) : undefined,
          protocol: group?.protocol,
          'icmp-options': group?.icmpOptions,
          'src-address': srcValues,
          'dst-address': dstValue,
          'dst-address-list': hostnames.length > 0 ? 'blocked-sites' : listSide === 'dst' ? listArg(list!, listNot) : undefined,
          'src-address-list': listSide === 'src' ? listArg(list!, listNot) : undefined,
          ...(except[0] ? { 'src-address': { kind: 'negated', value: addressValue(except[0]) } as Value } : {}),
          ...portArgs(group, ports),
          ...sideSet,
          action,
          limit: rate?.limit,
          // A connection rate limits new connections; packets of established ones are not counted.
          ...(rate && (group?.protocol === 'tcp' || group?.protocol === 'udp') && states.length === 0 ? { 'connection-state': 'new' } : {}),
          'log': log ? 'yes' : undefined,
          'log-prefix': log ? str(logPrefix(action, frame)) : undefined,
          comment: comment === undefined ? undefined : str(comment),
        };
        if (except[0] && srcValues !== undefined) return refuse('firewall', 'the request gives both a source and an exception', 'Block SSH from the internet except 203.0.113.10');
        commands.push(command(menu, 'add', args));
        // A limit accepts traffic up to the rate; what is over it falls through to the drop rule after it.
        if (rate) commands.push(command(menu, 'add', { ...args, limit: undefined, action: 'drop' }));
        if (onlyAllow || restAllowed) {
          const dropArgs: Record<string, ValueInput | undefined> = { ...args, action: 'drop', 'src-address': undefined, comment: comment === undefined ? undefined : str(comment) };
          for (const key of Object.keys(sideSet)) if (key.startsWith('in-')) delete dropArgs[key];
          if (src.length > 0) dropArgs['src-address'] = { kind: 'negated', value: addressValue(src[0]!) };
          else if (listSide === 'src') dropArgs['src-address-list'] = { kind: 'negated', value: { kind: 'word', text: list! } };
          else if ('in-interface-list' in sideSet || 'in-interface' in sideSet) Object.assign(dropArgs, negateSides(sideSet));
          delete dropArgs.log;
          delete dropArgs['log-prefix'];
          (onlyAllow ? commands : restDrop).push(command(menu, 'add', dropArgs));
        }
      }
    }
    if (excepted.length > 0) {
      const left = exceptTraffic(frame, whole, commands, menu);
      if ('kind' in left) return left;
      commands.splice(0, commands.length, ...left.commands);
      warnings.push(left.note);
    }
    if (rate) warnings.push(`Up to ${rate.text} (with a burst of the same size) is accepted and the rest dropped; the limit is for all sources together. For a limit per source address, use dst-limit or an address list instead.`);
    if (raw) warnings.push('Raw rules run before connection tracking: a drop there costs the router least, but replies to your own connections are dropped too if they match.');
    if (allNew) warnings.push('Only new connections are dropped, so replies to connections opened from elsewhere still pass; established and related traffic is not affected.');
    for (const w of why) warnings.push(`Chain: ${w}.`);
    // "allow ssh from the internet": asked in words, so written, but said plainly: the login is open to everyone there.
    if (action === 'accept' && !rate && fromSide === 'wan' && src.length === 0 && listSide !== 'src' && chains.includes('input')) {
      const logins = openedLogins(perChain?.get('input') ?? groups);
      const clear = logins.filter((s) => s.plaintext).map((s) => s.label);
      const plain = clear.length > 0 ? ` (${clear.join(', ')} ${clear.length > 1 ? 'send' : 'sends'} the password in clear text)` : '';
      if (logins.length > 0) warnings.push(`This opens ${logins.map((s) => s.label).join(', ')} on the router to the whole internet${plain}: anyone there can try to log in. Limit the rule to your own addresses ("allow ssh from 203.0.113.7 ...", or an address list), or reach the router through a VPN such as WireGuard.`);
    }
    if (action === 'accept' && !rate) warnings.push('`add` puts the accept rule at the end of the chain: if a drop rule earlier in the chain matches the same traffic (the default configuration has one), move this rule above it, e.g. `/ip firewall filter move [find comment="..."] destination=0`, or add it with place-before=.');
    else warnings.push('`add` puts the rule at the end of the chain: if an earlier rule accepts this traffic, this one never matches; use place-before= to put it first. Apply it in Safe Mode so a lockout rolls back.');
    // "between A and B": the same rule the other way too (A to B was read; B to A is its mirror).
    // (What "the rest" after it would mean differs by direction: a later "drop the rest" is not read after "between".)
    const both = bothWays(frame, commands, rate !== null || onlyAllow);
    if ('kind' in both) return both;
    const mirrored = both.length > commands.length;
    if (mirrored) warnings.push('"Between" was read as both directions: a rule from the first to the second and its mirror from the second to the first.');
    // What "it" in a next clause is: the traffic named here (unless "it" here was an address list, which stays the referent).
    const named = referredList === undefined && traffic.groups.length > 0 ? { referent: trafficReferent(frame) } : {};
    return { kind: 'commands', rule: rate ? 'filter: limit <traffic> to <rate>' : onlyAllow ? 'filter: only allow <traffic> from <where>' : this.id, commands: both, warnings, ...(rate || onlyAllow ? { dropsRest: true } : {}), ...(restDrop.length > 0 && !mirrored ? { restDrop } : {}), ...named };
  },
};

/** Arguments that say which traffic a rule matches (what an exception of traffic replaces). */
const TRAFFIC_ARGS: ReadonlySet<string> = new Set(['protocol', 'dst-port', 'src-port', 'icmp-options']);

/**
 * "drop all udp from the internet except port 53", "drop everything from 10.1.1.0/24 except ping": the drops with the
 * excepted traffic left out, exactly. Ports of the drop's own protocol are one negated matcher (`dst-port=!53`); traffic
 * of its own protocol within a drop of every protocol is an accept of the same packets right before the drop. An
 * exception that is not part of what is dropped, or a drop of some ports already, is refused: no rule here says it.
 */
function exceptTraffic(frame: Frame, whole: Frame, drops: readonly Command[], menu: readonly string[]): { commands: Command[]; note: string } | IntentResult {
  const excepted = <T extends { readonly role: Role }>(slots: readonly T[]): T[] => slots.filter((x) => x.role === 'except').map((x) => ({ ...x, role: 'subject' }));
  const services = excepted(whole.services);
  const protocols = excepted(whole.protocols);
  const ports = excepted(whole.ports);
  const at = [...services, ...protocols, ...ports].map((x) => whole.terms.indexOf(x.term)).filter((k) => k >= 0);
  const said = whole.terms.slice(Math.min(...at), Math.max(...at) + 1).map((t) => t.text).join(' ');
  const example = 'Drop all udp from the internet except port 53';
  // "udp ... except port 53", "tcp ... except ssh": ports and services alone are of the protocol the rule drops.
  const own = protocols.length > 0 ? protocols : frame.protocols.filter((p) => p.value === 'tcp' || p.value === 'udp');
  const left = trafficOf({ ...frame, services, protocols: own, ports }, ['subject']);
  // "except port 8080" on a drop of every protocol: which protocol is not said, and a guess would drop or pass the other.
  if (left.warnings.length > 0 || left.groups.some((g) => g.protocol === undefined)) return refuse('firewall', `the exception "${said}" does not say its protocol (tcp or udp); name it ("except tcp port 8080")`, example);
  const out: Command[] = [];
  let negatedPorts = false;
  for (const drop of drops) {
    if (drop.path.join(' ') !== menu.join(' ') || drop.name !== 'add') {
      out.push(drop);
      continue;
    }
    const args = new Map(drop.args.flatMap((a) => (a.kind === 'named' && a.value !== null ? [[a.name, a.value] as const] : [])));
    const given = args.get('protocol');
    const protocol = given?.kind === 'word' ? given.text : null;
    // "drop ssh from the wan except port 22": an exception inside a drop of some ports is not one matcher.
    if (args.has('dst-port') || args.has('src-port') || args.has('icmp-options')) return refuse('firewall', `the exception "${said}" is inside traffic already limited to some ports or types, which no rule here leaves out exactly; ask for the allow first, then the block`, example);
    // "drop all tcp from the wan except udp 53": the exception is not part of what is dropped.
    if (protocol !== null && left.groups.some((g) => g.protocol !== protocol)) return refuse('firewall', `the exception "${said}" is not part of the ${protocol} traffic the rule drops`, example);
    if (protocol !== null && left.groups.length === 1 && left.groups[0]!.ports.length > 0) {
      // One matcher says it exactly: protocol=udp dst-port=!53.
      // (A "!" before the first item of a list negates the whole list, as RouterOS reads it.)
      const [first, ...rest] = left.groups[0]!.ports.map(portText);
      out.push(command(drop.path, 'add', { ...Object.fromEntries(args), 'dst-port': valueList([negated(first!), ...rest]) }));
      negatedPorts = true;
      continue;
    }
    // "drop all icmp from the wan except ping": ICMP types of the protocol dropped are accepted right before it.
    if (protocol !== null && !left.groups.every((g) => g.icmpOptions !== undefined)) return refuse('firewall', `the exception "${said}" covers all the ${protocol} traffic the rule drops`, example);
    // Otherwise the excepted packets are accepted right before the drop, by the same matchers.
    for (const group of left.groups) {
      const accept: Record<string, ValueInput | undefined> = {};
      for (const [name, value] of args) if (!TRAFFIC_ARGS.has(name) && name !== 'log' && name !== 'log-prefix' && name !== 'action') accept[name] = value;
      out.push(command(drop.path, 'add', { ...accept, protocol: group.protocol, 'icmp-options': group.icmpOptions, ...portArgs(group, []), action: 'accept' }));
    }
    out.push(drop);
  }
  const note = negatedPorts
    ? `"Except ${said}" was read as leaving that traffic out of the drop (dst-port=!...): it is neither dropped nor accepted by this rule.`
    : `"Except ${said}" was read as an accept of that traffic right before the drop, with the same matchers; keep the two in that order.`;
  return { commands: out, note };
}

/** The slots of what a clause filters: services, protocols and ports it names as the traffic (not a source port). */
function trafficSlots(frame: Frame): Pick<Frame, 'services' | 'protocols' | 'ports'> {
  const matched = (role: string): boolean => role === 'subject' || role === 'on';
  const asSubject = <T extends { readonly role: string }>(x: T): T => ({ ...x, role: 'subject' });
  return {
    services: frame.services.filter((x) => matched(x.role)).map(asSubject),
    protocols: frame.protocols.filter((x) => matched(x.role)).map(asSubject),
    // "to port 80": the port matched (dst-port), said after "to".
    ports: frame.ports.filter((p) => matched(p.role) || (p.role === 'to' && isNoun(frame.terms[frame.terms.indexOf(p.term) - 1], 'port'))).map(asSubject),
  };
}

/** One text for the traffic of a clause's slots, to tell whether two clauses name the same traffic. */
function trafficKey(slots: Pick<Frame, 'services' | 'protocols' | 'ports'>): string {
  return [...slots.services.map((x) => x.value.name), ...slots.protocols.map((x) => `protocol ${x.value}`), ...slots.ports.map((x) => `port ${x.value.from}-${x.value.to}`)].sort().join(',');
}

function trafficReferent(frame: Frame): Referent {
  const traffic = trafficSlots(frame);
  return { kind: 'traffic', name: trafficKey(traffic), traffic };
}

/**
 * The clause with the traffic of the filter clause before it, when its "it"/"them" is the object of its verb and it
 * names no traffic of its own ("block ssh from the internet and allow it from the lan"); otherwise undefined.
 */
function reusedTraffic(frame: Frame): Frame | undefined {
  const ref = frame.referent;
  if (ref?.kind !== 'traffic' || !ref.traffic) return undefined;
  if (frame.services.length + frame.protocols.length + frame.ports.length > 0) return undefined;
  const at = frame.terms.findIndex((t) => OBJECT_PRONOUNS.has(t.normal));
  if (at < 1) return undefined;
  const objectOfVerb = frame.actions.some((a) => a.term === frame.terms[at - 1]) && frame.terms[at + 1]?.normal !== 'to';
  if (!objectOfVerb) return undefined;
  return { ...frame, ...ref.traffic };
}

/** The router's login services (`/ip service` entries admins manage it through, and the legacy ones) a group of traffic reaches. */
function openedLogins(groups: readonly (TrafficGroup | null)[]): IpService[] {
  return Object.values(IP_SERVICES).filter((s) => groups.some((g) => g !== null && g.protocol !== 'udp' && g.protocol !== 'icmp' && g.ports.some((p) => p.from <= s.port && s.port <= p.to)));
}

/** Arguments that say where traffic comes from, with the one that says where it goes. */
const MIRROR: ReadonlyMap<string, string> = new Map([
  ['src-address', 'dst-address'], ['dst-address', 'src-address'], ['src-address-list', 'dst-address-list'], ['dst-address-list', 'src-address-list'],
  ['in-interface', 'out-interface'], ['out-interface', 'in-interface'], ['in-interface-list', 'out-interface-list'], ['out-interface-list', 'in-interface-list'],
]);

/**
 * The commands, and for "between A and B" their mirrors (B to A). Only plain rules in the forward chain between two
 * ends are mirrored; a rate or an "only allow" between two ends is refused (what "the rest" is differs by direction),
 * and so is an end that is the router itself (its traffic is in the input and output chains).
 */
function bothWays(frame: Frame, commands: Command[], shaped: boolean): Command[] | IntentResult {
  if (!frame.between) return commands;
  claim(frame.between);
  const ends = (c: Command): number => c.args.filter((a) => a.kind === 'named' && MIRROR.has(a.name)).length;
  if (shaped || commands.some((c) => !c.args.some((a) => a.kind === 'named' && a.name === 'chain' && a.value?.kind === 'word' && a.value.text === 'forward') || ends(c) < 2)) {
    return refuse('firewall', '"between" asks for traffic both ways between two ends (hosts, subnets, interfaces or lists) through the router, each end named once; this request does not fit that', 'Block traffic between 192.168.10.0/24 and 192.168.20.0/24');
  }
  const mirror = (c: Command): Command => ({ ...c, args: c.args.map((a) => (a.kind === 'named' && MIRROR.has(a.name) ? { ...a, name: MIRROR.get(a.name)! } : a)) });
  return [...commands, ...commands.map(mirror)];
}

/** A service, or a protocol without ports, said after "with"/"over"/"using" when other traffic was named before it. */
function carriedBy(frame: Frame): { word: Term; slot: Term } | undefined {
  const traffic = [...frame.services.map((x) => x.term), ...frame.protocols.filter((p) => p.value !== 'tcp' && p.value !== 'udp').map((x) => x.term)];
  const first = Math.min(...[...frame.services, ...frame.protocols, ...frame.ports].map((x) => frame.terms.indexOf(x.term)));
  for (const term of traffic) {
    const at = frame.terms.indexOf(term);
    if (at <= first) continue;
    let k = at - 1;
    while (k > first && frame.terms[k]!.meanings.length > 0 && frame.terms[k]!.meanings.every((m) => m.type === 'filler') && !CARRIER_WORDS.has(frame.terms[k]!.normal)) k--;
    const word = frame.terms[k];
    if (word && CARRIER_WORDS.has(word.normal)) return { word, slot: term };
  }
  return undefined;
}

/** "block ssh through the router", "traffic passing via the router": traffic the router forwards. */
function throughRouter(frame: Frame): boolean {
  return frame.places.some((p) => {
    if (p.value !== 'router' || p.role !== 'on') return false;
    const at = frame.terms.indexOf(p.term);
    for (let k = at - 1; k >= 0; k--) {
      const t = frame.terms[k]!;
      if (/^(?:through|thru|via|across)$/.test(t.normal)) return true;
      if (!(t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler'))) return false;
    }
    return false;
  });
}

/** The role word ("from", "to") said last before the list's name. */
function roleBefore(frame: Frame, name: string): string | null {
  const at = frame.terms.findIndex((t) => t.text === name || t.normal === name || (t.technical?.kind === 'quoted' && t.technical.text === name));
  for (let i = at - 1; i >= 0; i--) {
    const role = frame.terms[i]!.meanings.find((m) => m.type === 'role');
    // "to" before a verb ("use raw to block ...") marks an infinitive, not a destination.
    const infinitive = role && frame.terms[i + 1]?.meanings[0]?.type === 'action';
    if (role && role.type === 'role' && !infinitive) return role.value;
  }
  return null;
}

function listArg(name: string, not?: Term): ValueInput {
  const value = /^[A-Za-z][A-Za-z0-9_.-]*$/.test(name) ? name : str(name);
  return not ? negated(value) : value;
}

/** The "not" right before a list's name, with only prepositions and the words of "the ... list" between them. */
function negationBefore(frame: Frame, name: string): Term | undefined {
  const at = frame.terms.findIndex((t) => t.text === name || t.normal === name || (t.technical?.kind === 'quoted' && t.technical.text === name));
  for (let i = at - 1; i >= 0; i--) {
    const t = frame.terms[i]!;
    if (t.negative) return t;
    const skip = t.meanings.some((m) => m.type === 'role' || m.type === 'filler') || /^(?:list|lists|address|address list|address-list|addresses|the|a|an)$/.test(t.normal);
    if (!skip) return undefined;
  }
  return undefined;
}

function listOrOne(addresses: readonly Address[]): Value | undefined {
  return addresses[0] ? addressValue(addresses[0]) : undefined;
}

function portArgs(group: TrafficGroup | null, srcPorts: readonly { from: number; to: number }[]): Record<string, ValueInput | undefined> {
  if (!group || (group.protocol !== 'tcp' && group.protocol !== 'udp')) return {};
  return { 'src-port': portsValue(srcPorts), 'dst-port': portsValue(group.ports) };
}

function negateSides(sides: Record<string, ValueInput>): Record<string, ValueInput> {
  const out: Record<string, ValueInput> = {};
  for (const [k, v] of Object.entries(sides)) {
    if (!k.startsWith('in-')) continue;
    out[k] = typeof v === 'string' ? { kind: 'negated', value: { kind: 'word', text: v } } : v;
  }
  return out;
}

/** RouterOS limits log-prefix to 31 characters. */
function logPrefix(action: string, frame: Frame): string {
  const what = frame.services.map((s) => s.value.name).join('-') || frame.protocols.map((p) => p.value).join('-') || 'traffic';
  return `${action}-${what}`.slice(0, 31);
}

/** What the rule found by its comment does with it, by the verb's canonical value. */
const RULE_SWITCH_VALUES: readonly string[] = ['remove', 'disable', 'enable'];

/** "remove the firewall rule with comment block-ssh", "disable the nat rule called webcam". */
export const ruleByCommentRule: IntentRule = {
  id: 'firewall: remove|disable|enable the <filter|nat|raw|mangle> rule with comment <text>',
  readsComment: true,
  match: (frame) => (frame.nouns.has('rule') || frame.terms.some((t) => t.normal === 'rule' || t.normal === 'rules') ? verbScore(frame, RULE_SWITCH_VALUES, 40) : 0),
  build(frame) {
    const verb = frame.actions.find((a) => RULE_SWITCH_VALUES.includes(a.value))!.value;
    const table = frame.terms.find((t) => FIREWALL_TABLE_NAMES.has(t.normal))?.normal ?? (frame.actions.some((a) => a.value === 'masquerade') ? 'nat' : 'filter');
    const menu = ['ip', 'firewall', table];
    const comment = frame.quoted[0]?.text ?? nameAfter(frame.terms, RULE_NAME_LABELS)?.name;
    if (comment === undefined) {
      return refuse(this.id, 'it does not say which rule: name it by its comment (rule numbers only exist in an interactive print)', 'Remove the firewall rule with comment "block ssh"');
    }
    const commands = [command(menu, verb, [{ kind: 'positional', value: find(menu, { comment: str(comment) }) }])];
    const warnings = [`Every ${table} rule whose comment is exactly "${comment}" is ${verb === 'remove' ? 'removed' : verb + 'd'}; rules without that comment are not touched.`];
    if (verb !== 'enable') warnings.push('Removing or disabling a rule can open what it blocked or block what it allowed; apply it in Safe Mode.');
    return { kind: 'commands', rule: this.id, commands, warnings };
  },
};

export const FIREWALL: IntentFamily = { id: 'firewall', reads: { nouns: ['traffic', 'all', 'ipv6', 'rule'], words: ['service', 'services', 'state', 'states', 'access', 'accessing', 'reaching', 'reach', 'reached', 'raw', 'table', 'chain', 'filter', 'nat', 'everyone', 'everybody', 'anyone', 'people', 'networks', 'users', 'devices', 'hosts', 'per', 'most', 'max', 'maximum', 'second', 'minute', 'hour', 'rest', 'the rest', 'anywhere', 'everywhere'] }, example: 'Block SSH from the internet', summary: 'firewall filter rules (block or allow a service, port, protocol or address)', numbersArePorts: true, filtersTraffic: true, allHours: true, rules: [ruleByCommentRule, filterRule] };
