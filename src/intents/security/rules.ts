/**
 * Security patterns of the RouterOS manual and its forum (manual: Firewall > Filter, "Protect the device"; "Port
 * knocking"; Connection tracking): brute-force protection by address-list staging, port-scan detection with `psd`,
 * port knocking, and the connection-tracking timeouts.
 *
 * Every pattern is a known rule set: the words it reads are its service, the side the attempts come from, counts and
 * durations. Anything else in the clause refuses it, so nothing the user said is dropped on the floor.
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { ServiceSpec } from '../../../grammar/english/services.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { describeRef, sideArgs } from '../traffic.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, leads, otherVerbs, says } from '../words.js';
import { ATTEMPT_WINDOW_WORDS, BAN_WORDS, LASTING_WORDS, TRACKING_FILLER, WINDOW_WORDS } from '../../../grammar/english/cues.js';
import { durations, timeText, type Duration } from '../../slots/duration.js';
import type { InterfaceRef } from '../../api/options.js';

const FILTER = '/ip firewall filter';
const BRUTE_EXAMPLE = 'Protect SSH from brute force attacks';
const SCAN_EXAMPLE = 'Detect port scans from the internet and drop the scanners';
const KNOCK_EXAMPLE = 'Set up port knocking on ports 1111 and 2222 to open winbox';
const TRACKING_EXAMPLE = 'Set the TCP established timeout to 1 hour';

/** What else the clause names that a known rule set has no room for. */
function extras(frame: Frame, kinds: { addresses?: boolean; quoted?: boolean; macs?: boolean } = {}): string | undefined {
  const named = [
    ...(kinds.addresses ? [] : frame.addresses.map((a) => a.term.text)), ...(kinds.macs ? [] : frame.macs.map((m) => m.term.text)),
    ...(kinds.quoted ? [] : frame.quoted.map((q) => q.term.text)),
  ];
  return named.length > 0 ? named.map((n) => `"${n}"`).join(', ') : undefined;
}

/** The verbs of the clause other than the `allowed` ones, as typed (an allowed verb may be given by its word: "prevent", "detect"). */
const otherThan = (frame: Frame, allowed: readonly string[]): string[] => otherVerbs(frame, allowed, allowed);

/** What a protection rule (brute force, port scan, port knock) checks first: the request is not negated, and asks nothing beyond `verbs`. */
function beyondItsVerbs(frame: Frame, id: string, verbs: readonly string[], what: string, example: string): IntentResult | undefined {
  if (frame.negated) return refuse(id, 'the request is negated, so there is nothing to do', example);
  const other = otherThan(frame, verbs);
  return other.length > 0 ? refuse(id, `"${other.join('", "')}" is not part of ${what}; ask for it separately`, example) : undefined;
}

/** A duration given outside `min` to `max` seconds. */
const outside = (d: Duration | undefined, min: number, max: number): boolean => !!d && (d.seconds < min || d.seconds > max);

/** How long an offender may stay banned (brute force, port scans): 1 minute to 5 weeks. */
const BAN_SECONDS = { min: 60, max: 35 * 86400 };

/** Where the attempts come from: the WAN side by default, the LAN side or one interface when the clause says so. */
function sideOf(frame: Frame, options: ResolvedOptions): { ref: InterfaceRef; said: boolean } | IntentResult {
  const places = frame.places.filter((p) => p.value !== 'router');
  const sides = new Set(places.map((p) => p.value));
  if (sides.size + (frame.interfaces.length > 0 ? 1 : 0) > 1 || frame.interfaces.length > 1) return refuse('security', 'it names more than one side the attempts come from; ask for one side per request', BRUTE_EXAMPLE);
  frame.places.forEach((p) => claim(p.term));
  if (frame.interfaces.length === 1) return { ref: { interface: frame.interfaces[0]!.value }, said: true };
  if (sides.has('lan')) return { ref: options.lan, said: true };
  return { ref: options.wan, said: sides.has('wan') };
}

/** A list name from the services it guards ("ssh", "ssh_winbox"). */
const prefixOf = (services: readonly ServiceSpec[]): string => services.map((s) => s.name.replace(/[^a-z0-9]/g, '')).join('_');

/** The TCP services of the router the clause names (ssh, winbox, telnet, ftp, api, ...), or why not. */
function routerTcpServices(frame: Frame, example: string): ServiceSpec[] | IntentResult {
  const services = [...new Map(frame.services.map((s) => [s.value.name, s.value])).values()];
  const wrong = services.filter((s) => !s.router || s.ipService === undefined || !s.protocols.includes('tcp') || s.ports.some((p) => typeof p !== 'number'));
  if (wrong.length > 0) return refuse('security', `${wrong.map((s) => `"${s.name}"`).join(', ')} is not a TCP login service of the router (ssh, winbox, telnet, ftp, api, www)`, example);
  return services;
}

const tcpPorts = (services: readonly ServiceSpec[]): string => services.flatMap((s) => s.ports as number[]).join(',');

/** A duration said after one of `words` ("for 1 day", "within 30 seconds"), or the durations not after any of `others`. */
function durationAfter(frame: Frame, all: readonly Duration[], words: ReadonlySet<string>): Duration | undefined {
  const found = all.find((d) => words.has(frame.terms[d.start - 1]?.normal ?? ''));
  if (found) claim(...frame.terms.slice(found.start, found.end + 1));
  return found;
}

/** "after 5 attempts", "3 tries": how many new connections within the window get the source blacklisted. */
const countedAttempts = (frame: Frame): Frame['numbers'] => frame.numbers.filter((n) => /^(?:attempts?|tries|try|times|connections?|logins?|failures?|guesses)$/.test(frame.terms[frame.terms.indexOf(n.term) + 1]?.normal ?? '')
  || /^(?:failed|wrong|bad|login|connection)$/.test(frame.terms[frame.terms.indexOf(n.term) + 1]?.normal ?? ''));

/**
 * "block ip after 3 failed ssh logins within 30 seconds", "ban the source after 5 winbox attempts": a block after a
 * count of attempts at a login service is brute-force protection, said without the word.
 */
const banAfterAttempts = (frame: Frame): boolean =>
  asks(frame, 'block') && frame.services.length > 0 && countedAttempts(frame).length > 0 && frame.terms.some((t, i) => t.normal === 'after' && frame.terms[i + 1]?.number !== undefined);

function attemptCount(frame: Frame): number | undefined | IntentResult {
  const counts = countedAttempts(frame);
  if (counts.length > 1) return refuse('security', 'it gives more than one number of attempts', BRUTE_EXAMPLE);
  const count = counts[0];
  if (!count) return undefined;
  says(frame, 'attempts', 'attempt', 'tries', 'try', 'times', 'connections', 'connection', 'logins', 'login', 'failures', 'failure', 'guesses', 'failed', 'wrong', 'bad');
  if (!Number.isInteger(count.value.valueOf()) || count.value < 2 || count.value > 10) return refuse('security', `the staging counts 2 to 10 attempts (${count.value} was asked for)`, BRUTE_EXAMPLE);
  return count.value;
}

/**
 * "protect ssh from brute force", "brute force protection for ssh and winbox", "ban ssh brute forcers for a week after 3
 * attempts": each new connection to the service moves its source one stage further (stage1, stage2, ... with a short
 * timeout each), the attempt after the last stage puts it on the blacklist, and the blacklist is dropped.
 */
export const bruteForceRule: IntentRule = {
  id: 'security: brute-force protection (address-list staging) for <service>',
  match: (frame) => (has(frame, 'brute-force') || banAfterAttempts(frame) ? 80 : 0),
  build(frame, options) {
    const unasked = beyondItsVerbs(frame, this.id, ['add', 'set', 'secure', 'block', 'enable', 'install', 'limit', 'prevent', 'stop', 'detect'], 'brute-force protection', BRUTE_EXAMPLE);
    if (unasked) return unasked;
    // "block ip after ...", "ban the source ...": what is blocked is the source of the attempts.
    if (!has(frame, 'brute-force')) says(frame, 'ip', 'source', 'address', 'attacker', 'attackers', 'them', 'offender', 'offenders');
    const named = extras(frame);
    if (named) return refuse(this.id, `brute-force protection takes a service and the side attempts come from, not ${named}; to exempt your own address, add an accept for it first ("allow ssh from 10.0.0.5")`, BRUTE_EXAMPLE);
    if (frame.ports.length > 0 || frame.protocols.some((p) => p.value !== 'tcp')) return refuse(this.id, 'name the service to protect (ssh, winbox, telnet, ftp) rather than a port or protocol', BRUTE_EXAMPLE);
    const found = routerTcpServices(frame, BRUTE_EXAMPLE);
    if ('kind' in found) return found;
    const services = found.length > 0 ? found : [{ name: 'ssh', protocols: ['tcp'], ports: [22], router: true, aliases: [] } satisfies ServiceSpec];
    const side = sideOf(frame, options);
    if ('kind' in side) return side;
    const attempts = attemptCount(frame);
    if (typeof attempts === 'object') return attempts;
    const all = durations(frame);
    const window = durationAfter(frame, all, ATTEMPT_WINDOW_WORDS);
    const ban = durationAfter(frame, all, BAN_WORDS);
    if (all.length > (window ? 1 : 0) + (ban ? 1 : 0)) return refuse(this.id, 'it gives a duration without saying whether it is the ban ("for 10 days") or the window the attempts are counted in ("within 1 minute")', BRUTE_EXAMPLE);
    if (outside(window, 5, 3600)) return refuse(this.id, 'the window the attempts are counted in must be 5 seconds to 1 hour', BRUTE_EXAMPLE);
    if (outside(ban, BAN_SECONDS.min, BAN_SECONDS.max)) return refuse(this.id, 'the ban must be 1 minute to 5 weeks', BRUTE_EXAMPLE);
    says(frame, 'for', 'ban', 'banned', 'blacklist', 'blocked', 'within', 'per', 'protection', 'protect', 'attack', 'attacks', 'attacker', 'attackers', 'against',
      'rules', 'rule', 'firewall', 'router', 'stage', 'stages', 'staging', 'after', 'new');
    has(frame, 'stage', 'address-list', 'traffic', 'rule', 'service', 'input-chain', 'incoming', 'login');
    for (const p of frame.protocols) claim(p.term);
    const stages = (attempts ?? 4) - 1;
    const prefix = prefixOf(services);
    const ports = tcpPorts(services);
    const stageTime = timeText(window?.seconds ?? 60);
    const banTime = timeText(ban?.seconds ?? 10 * 86400);
    const list = (k: number): string => (k > stages ? `${prefix}_blacklist` : `${prefix}_stage${k}`);
    const rule = (args: Record<string, ValueInput>, comment: string): Command => command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'dst-port': ports, ...args, comment: str(comment) });
    const commands: Command[] = [rule({ 'src-address-list': `${prefix}_blacklist`, action: 'drop' }, `${prefix} brute force: drop blacklisted`)];
    // Last stage first: a new connection climbs one stage per rule pass, not all of them at once.
    for (let k = stages; k >= 0; k--) {
      commands.push(rule({
        'connection-state': 'new', ...(k > 0 ? { 'src-address-list': list(k) } : {}), ...sideArgs(side.ref, 'in'),
        action: 'add-src-to-address-list', 'address-list': list(k + 1), 'address-list-timeout': k === stages ? banTime : stageTime,
      }, k === stages ? `${prefix} brute force: blacklist` : `${prefix} brute force: stage ${k + 1}`));
    }
    const names = services.map((s) => s.name).join(' and ');
    const warnings = [
      ...(found.length === 0 ? ['No service was named, so SSH (port 22) is protected; name the service for another one ("brute force protection for winbox").'] : []),
      `A source opening ${stages + 1} new ${names} connections ${side.said ? 'from' : `from ${describeRef(side.ref)} (the WAN side; say "from the LAN" for the other side)`}${side.said ? ` ${describeRef(side.ref)}` : ''} within ${stageTime} of each other is put on ${prefix}_blacklist for ${banTime} and dropped; every new connection counts, successful logins too.`,
      `The rules are added at the end of the input chain: they must come before the rule that accepts ${names} (and before any drop of everything else), or they never see the connections; move them there (place-before).`,
      `To unban an address: /ip firewall address-list remove [find list=${prefix}_blacklist address=<address>].`,
    ];
    return ok(this.id, commands, warnings);
  },
};

/** The manual's port-scan detector: weight 21 within 3 s, a privileged port weighing 3, a high port 1. */
const PSD = '21,3s,3,1';

/** "detect port scans", "block port scanners from the internet", "drop port scans for a week". */
export const portScanRule: IntentRule = {
  id: 'security: port-scan detection (psd) and drop',
  match: (frame) => (has(frame, 'port-scan') ? 80 : 0),
  build(frame, options) {
    const unasked = beyondItsVerbs(frame, this.id, ['add', 'set', 'secure', 'block', 'enable', 'detect', 'prevent', 'stop', 'install', 'log'], 'port-scan detection', SCAN_EXAMPLE);
    if (unasked) return unasked;
    const named = extras(frame);
    if (named || frame.services.length + frame.ports.length + frame.numbers.length > 0) return refuse(this.id, `port-scan detection watches every port; it takes no ${named ?? 'service or port'}`, SCAN_EXAMPLE);
    if (frame.protocols.some((p) => p.value !== 'tcp')) return refuse(this.id, 'psd detects TCP port scans only', SCAN_EXAMPLE);
    const side = sideOf(frame, options);
    if ('kind' in side) return side;
    const all = durations(frame);
    const ban = durationAfter(frame, all, BAN_WORDS);
    if (all.length > (ban ? 1 : 0)) return refuse(this.id, 'say how long a scanner stays blocked as "for <duration>"', SCAN_EXAMPLE);
    if (outside(ban, BAN_SECONDS.min, BAN_SECONDS.max)) return refuse(this.id, 'the block must be 1 minute to 5 weeks', SCAN_EXAMPLE);
    const detectOnly = asks(frame, 'detect', 'log') && !asks(frame, 'block', 'prevent', 'stop') && !says(frame, 'drop', 'block', 'ban');
    // "port scan detection only detect", "only detect port scans": detecting without dropping, said outright.
    if (detectOnly) says(frame, 'only', 'just');
    says(frame, 'for', 'ban', 'banned', 'blacklist', 'blocked', 'protection', 'protect', 'against', 'rules', 'rule', 'firewall', 'router', 'scanners', 'them', 'attack', 'attacks', 'attackers', 'detection');
    has(frame, 'address-list', 'traffic', 'rule', 'input-chain', 'incoming', 'host');
    for (const p of frame.protocols) claim(p.term);
    const banTime = timeText(ban?.seconds ?? 14 * 86400);
    const commands: Command[] = [
      command(FILTER, 'add', { chain: 'input', protocol: 'tcp', psd: PSD, ...sideArgs(side.ref, 'in'), action: 'add-src-to-address-list', 'address-list': SCANNERS, 'address-list-timeout': banTime, comment: str('port scan detection') }),
    ];
    if (!detectOnly) commands.push(dropScanners());
    const warnings = [
      `A source that probes about 7 privileged ports or 21 high ports within 3 seconds (psd=${PSD}) ${side.said ? 'from' : 'from'} ${describeRef(side.ref)}${side.said ? '' : ' (the WAN side)'} is put on the address list port_scanners for ${banTime}${detectOnly ? '; this rule drops nothing by itself' : ' and every packet it sends to the router is dropped'}.`,
      'The rules are added at the end of the input chain: move them above the rules that accept connections (place-before), or an accepted probe is never counted.',
    ];
    // "detect port scans and drop them": the next clause may drop what this one only listed.
    return { kind: 'commands', rule: this.id, commands, warnings, ...(detectOnly ? { referent: { kind: 'address-list' as const, name: SCANNERS } } : {}) };
  },
};

const SCANNERS = 'port_scanners';
const dropScanners = (): Command => command(FILTER, 'add', { chain: 'input', 'src-address-list': SCANNERS, action: 'drop', comment: str('drop port scanners') });

/** "... and drop them" after "detect port scans": the drop of the scanners the previous clause listed. */
export const dropScannersRule: IntentRule = {
  id: 'security: drop them (the port scanners detected before)',
  match: (frame) => (frame.referent?.kind === 'address-list' && frame.referent.name === SCANNERS && frame.nouns.has('it') && asks(frame, 'block') ? 85 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', SCAN_EXAMPLE);
    const other = otherThan(frame, ['block']);
    const named = extras(frame);
    if (other.length > 0 || named || frame.services.length + frame.ports.length + frame.protocols.length + frame.places.length + frame.interfaces.length + frame.numbers.length > 0) {
      return refuse(this.id, 'the port scanners are dropped from the router as a whole; ask "detect port scans and drop them" without more', SCAN_EXAMPLE);
    }
    has(frame, 'it', 'all', 'traffic');
    says(frame, 'them', 'all', 'too', 'also');
    return { kind: 'commands', rule: this.id, commands: [dropScanners()], warnings: ['Every packet from an address on port_scanners to the router is dropped until its entry times out.'] };
  },
};

/**
 * "port knocking on 1111 then 2222 to open winbox", "knock sequence 7000, 8000, 9000 for ssh from the internet": each
 * knock adds the source to the next stage's list (only from the stage before it), the last one to the allowed list,
 * and the service is accepted from that list.
 */
export const portKnockRule: IntentRule = {
  id: 'security: port knocking <ports> to open <service>',
  match: (frame) => (has(frame, 'port-knock') ? 80 : 0),
  build(frame, options) {
    const unasked = beyondItsVerbs(frame, this.id, ['add', 'set', 'enable', 'allow', 'install', 'secure', 'open', 'unlock'], 'port knocking', KNOCK_EXAMPLE);
    if (unasked) return unasked;
    const named = extras(frame);
    if (named) return refuse(this.id, `port knocking takes the knock ports and the service it opens, not ${named}`, KNOCK_EXAMPLE);
    const found = routerTcpServices(frame, KNOCK_EXAMPLE);
    if ('kind' in found) return found;
    if (found.length === 0) return refuse(this.id, 'it does not say which service the knock opens (ssh, winbox, ...); a port number alone could be a knock', KNOCK_EXAMPLE);
    const knocks = [...frame.ports.map((p) => ({ n: p.value.from, wide: p.value.from !== p.value.to, term: p.term })), ...frame.numbers.map((n) => ({ n: n.value, wide: false, term: n.term }))]
      .sort((a, b) => frame.terms.indexOf(a.term) - frame.terms.indexOf(b.term));
    if (knocks.some((k) => k.wide)) return refuse(this.id, 'a knock is one port, not a range', KNOCK_EXAMPLE);
    if (knocks.length === 0) return refuse(this.id, 'it does not say which ports to knock on', KNOCK_EXAMPLE);
    if (knocks.length > 6) return refuse(this.id, 'a knock sequence here has at most 6 ports', KNOCK_EXAMPLE);
    const ports = knocks.map((k) => k.n);
    const bad = ports.find((p) => !Number.isInteger(p) || p < 1 || p > 65535);
    if (bad !== undefined) return refuse(this.id, `${bad} is not a port (1-65535)`, KNOCK_EXAMPLE);
    if (new Set(ports).size !== ports.length) return refuse(this.id, 'a port appears twice in the knock sequence; each knock needs its own port', KNOCK_EXAMPLE);
    const guarded = found.flatMap((s) => s.ports as number[]);
    const clash = ports.find((p) => guarded.includes(p));
    if (clash !== undefined) return refuse(this.id, `port ${clash} is the service itself; knock on other ports`, KNOCK_EXAMPLE);
    const udp = frame.protocols.some((p) => p.value === 'udp');
    if (frame.protocols.some((p) => p.value !== 'udp' && p.value !== 'tcp') || (udp && frame.protocols.some((p) => p.value === 'tcp'))) return refuse(this.id, 'the knocks are either TCP or UDP', KNOCK_EXAMPLE);
    const places = frame.places.filter((p) => p.value !== 'router');
    const side = places.length > 0 || frame.interfaces.length > 0 ? sideOf(frame, options) : undefined;
    if (side && 'kind' in side) return side;
    const all = durations(frame);
    const open = durationAfter(frame, all, LASTING_WORDS);
    const window = durationAfter(frame, all, WINDOW_WORDS);
    if (all.length > (open ? 1 : 0) + (window ? 1 : 0)) return refuse(this.id, 'say how long the service stays open as "for <duration>" and the time between knocks as "within <duration>"', KNOCK_EXAMPLE);
    if (outside(open, 10, 86400)) return refuse(this.id, 'the service stays open 10 seconds to 1 day after the knock', KNOCK_EXAMPLE);
    if (outside(window, 1, 600)) return refuse(this.id, 'the time between knocks must be 1 second to 10 minutes', KNOCK_EXAMPLE);
    says(frame, 'then', 'for', 'within', 'open', 'opens', 'unlock', 'unlocks', 'access', 'sequence', 'ports', 'port', 'router', 'firewall', 'rules', 'after', 'followed', 'by');
    has(frame, 'port', 'traffic', 'address-list', 'rule');
    for (const p of frame.protocols) claim(p.term);
    const prefix = prefixOf(found);
    const stageTime = timeText(window?.seconds ?? 30);
    const openTime = timeText(open?.seconds ?? 3600);
    const sideArg = side ? sideArgs(side.ref, 'in') : {};
    const proto = udp ? 'udp' : 'tcp';
    const list = (k: number): string => (k === ports.length ? `${prefix}_knock_allowed` : `${prefix}_knock${k}`);
    const commands: Command[] = ports.map((port, k) => command(FILTER, 'add', {
      chain: 'input', protocol: proto, 'dst-port': port, ...sideArg, ...(k > 0 ? { 'src-address-list': list(k) } : {}),
      action: 'add-src-to-address-list', 'address-list': list(k + 1), 'address-list-timeout': k === ports.length - 1 ? openTime : stageTime,
      comment: str(`${prefix} port knock ${k + 1} of ${ports.length}`),
    }));
    commands.push(command(FILTER, 'add', { chain: 'input', protocol: 'tcp', 'dst-port': tcpPorts(found), ...sideArg, 'src-address-list': list(ports.length), action: 'accept', comment: str(`${prefix} open after port knock`) }));
    const names = found.map((s) => s.name).join(' and ');
    const warnings = [
      `Knock on ${proto.toUpperCase()} port${ports.length > 1 ? 's' : ''} ${ports.join(', then ')}${ports.length > 1 ? ` (each within ${stageTime} of the one before)` : ''}: the source may then open new ${names} connections for ${openTime}.`,
      `The rules are added at the end of the input chain: move them above the rule that drops what is not accepted (place-before). ${names} must stay dropped for everyone else${side ? '' : ' (the default configuration drops input from the WAN)'}, or the knock protects nothing.`,
    ];
    return ok(this.id, commands, warnings);
  },
};

/** Connection-tracking timeouts by the words that name them. */
const TIMEOUTS: readonly { readonly words: readonly string[]; readonly protocol: 'tcp' | 'udp' | 'icmp' | 'generic'; readonly arg: string }[] = [
  { protocol: 'tcp', words: ['established'], arg: 'tcp-established-timeout' },
  { protocol: 'tcp', words: ['syn', 'sent'], arg: 'tcp-syn-sent-timeout' },
  { protocol: 'tcp', words: ['syn', 'received'], arg: 'tcp-syn-received-timeout' },
  { protocol: 'tcp', words: ['fin', 'wait'], arg: 'tcp-fin-wait-timeout' },
  { protocol: 'tcp', words: ['close', 'wait'], arg: 'tcp-close-wait-timeout' },
  { protocol: 'tcp', words: ['last', 'ack'], arg: 'tcp-last-ack-timeout' },
  { protocol: 'tcp', words: ['time', 'wait'], arg: 'tcp-time-wait-timeout' },
  { protocol: 'tcp', words: ['max', 'retrans'], arg: 'tcp-max-retrans-timeout' },
  { protocol: 'tcp', words: ['unacked'], arg: 'tcp-unacked-timeout' },
  { protocol: 'tcp', words: ['close'], arg: 'tcp-close-timeout' },
  { protocol: 'udp', words: ['stream'], arg: 'udp-stream-timeout' },
  { protocol: 'udp', words: [], arg: 'udp-timeout' },
  { protocol: 'icmp', words: [], arg: 'icmp-timeout' },
  { protocol: 'generic', words: [], arg: 'generic-timeout' },
];

/** The words of one timeout's name, split at hyphens ("tcp-established-timeout" typed as one token). */
function nameWords(frame: Frame, from: number, to: number): string[] {
  return frame.terms.slice(from, to).flatMap((t) => (t.technical?.kind === 'name' ? t.technical.text.toLowerCase().split('-') : t.normal.split('-')));
}

/**
 * "set the tcp established timeout to 1 hour", "udp timeout 30s", "tcp-established-timeout=1d" said in words,
 * "disable connection tracking": /ip firewall connection tracking set.
 */
export const connectionTrackingRule: IntentRule = {
  id: 'security: connection tracking <timeout> to <duration> | enable/disable',
  match: (frame) => {
    // ("show the conntrack table" is the print rule's.)
    if (leads(frame, 'show', 'list', 'print')) return 0;
    if (has(frame, 'conntrack')) return 75;
    // "tcp established timeout", "udp timeout": a timeout named by its protocol.
    const timeoutAt = frame.terms.findIndex((t) => t.normal === 'timeout' || t.normal === 'timeouts' || /-timeout$/.test(t.normal));
    return timeoutAt >= 0 && frame.terms.slice(0, timeoutAt + 1).some((t) => /^(?:tcp|udp|icmp|generic)(?:-|$)/.test(t.normal)) ? 75 : 0;
  },
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', TRACKING_EXAMPLE);
    const named = extras(frame);
    if (named || frame.services.length + frame.ports.length + frame.interfaces.length + frame.places.length > 0) return refuse(this.id, 'connection tracking timeouts hold for the whole router, not for one service, port, address or interface', TRACKING_EXAMPLE);
    const off = asks(frame, 'disable');
    const on = asks(frame, 'enable');
    const all = durations(frame);
    if (off || on) {
      if (off && on) return refuse(this.id, 'it asks to switch connection tracking both on and off', TRACKING_EXAMPLE);
      if (all.length > 0) return refuse(this.id, 'switch connection tracking on or off in one request and set timeouts in another', TRACKING_EXAMPLE);
      if (!has(frame, 'conntrack')) return refuse(this.id, 'timeouts are set, not switched on or off', TRACKING_EXAMPLE);
      const other = otherThan(frame, ['disable', 'enable']);
      if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to connection tracking`, TRACKING_EXAMPLE);
      says(frame, 'firewall', 'ip');
      const warnings = off
        ? ['Without connection tracking, NAT (masquerade, port forwarding), FastTrack and every rule matching connection-state stop working: the LAN loses internet access and the default firewall drops everything it would accept as established. Only for routers that do no NAT and no stateful filtering.']
        : ['Connection tracking is switched on for good (enabled=yes); the default, auto, switches it on only while a firewall rule needs it.'];
      return { kind: 'commands', rule: this.id, commands: [command('/ip firewall connection tracking', 'set', { enabled: off ? 'no' : 'yes' })], warnings };
    }
    const other = otherThan(frame, ['set', 'change', 'add', 'limit']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to a connection-tracking timeout`, TRACKING_EXAMPLE);
    // Each "... timeout" names one setting, from the word after the previous value (or the verb) up to it.
    const settings: Record<string, ValueInput> = {};
    let from = 0;
    const used = new Set<number>();
    for (let i = 0; i < frame.terms.length; i++) {
      const t = frame.terms[i]!;
      const tech = t.technical?.kind === 'name' ? t.technical.text.toLowerCase() : t.normal;
      if (!(tech === 'timeout' || tech === 'timeouts' || /-timeout$/.test(tech))) continue;
      const words = nameWords(frame, from, i + 1).filter((w) => w !== 'timeout' && w !== 'timeouts');
      const protocol = (['tcp', 'udp', 'icmp', 'generic'] as const).find((p) => words.includes(p));
      const value = all.find((d) => d.start > i && !used.has(d.start));
      if (!protocol) return refuse(this.id, `it does not say which timeout ("tcp established", "udp", "icmp", "generic") "${t.text}" is`, TRACKING_EXAMPLE);
      if (!value) return refuse(this.id, `it does not say what to set the ${words.join(' ')} timeout to`, TRACKING_EXAMPLE);
      const candidates = TIMEOUTS.filter((x) => x.protocol === protocol && x.words.every((w) => words.includes(w)));
      const best = candidates.sort((a, b) => b.words.length - a.words.length)[0];
      const unknown = words.filter((w) => w !== protocol && !best?.words.includes(w) && !TRACKING_FILLER.has(w));
      if (!best || (best.words.length === 0 && unknown.length > 0) || unknown.length > 0) return refuse(this.id, `"${words.join(' ')} timeout" is not a connection-tracking timeout RouterOS has (tcp established, syn sent, syn received, fin wait, close wait, last ack, time wait, close, max retrans, unacked; udp, udp stream; icmp; generic)`, TRACKING_EXAMPLE);
      if (value.seconds < 1 || value.seconds > 7 * 86400) return refuse(this.id, 'a connection-tracking timeout here is 1 second to 7 days', TRACKING_EXAMPLE);
      if (best.arg in settings) return refuse(this.id, `it sets the ${best.arg} twice`, TRACKING_EXAMPLE);
      settings[best.arg] = timeText(value.seconds);
      used.add(value.start);
      claim(...frame.terms.slice(from, i + 1), ...frame.terms.slice(value.start, value.end + 1));
      from = value.end + 1;
    }
    if (Object.keys(settings).length === 0) return refuse(this.id, 'it does not say which timeout to set ("tcp established timeout", "udp timeout")', TRACKING_EXAMPLE);
    if (all.some((d) => !used.has(d.start))) return refuse(this.id, 'a duration in it is not the value of any timeout', TRACKING_EXAMPLE);
    has(frame, 'conntrack', 'timeout');
    says(frame, 'firewall', 'ip', 'to', 'of');
    const warnings = ['Connections idle longer than their timeout are forgotten: a shorter timeout drops idle sessions (SSH, VPN, long downloads behind NAT); a longer one keeps more entries in the table.'];
    if ('tcp-established-timeout' in settings) warnings.push(`RouterOS's default tcp-established-timeout is 1d.`);
    return { kind: 'commands', rule: this.id, commands: [command('/ip firewall connection tracking', 'set', settings)], warnings };
  },
};

export const SECURITY_FAMILY: IntentFamily = {
  id: 'security',
  summary: 'security patterns (brute-force protection by address-list staging, port-scan detection, port knocking, connection-tracking timeouts)',
  example: BRUTE_EXAMPLE,
  rules: [bruteForceRule, portScanRule, dropScannersRule, portKnockRule, connectionTrackingRule],
};
