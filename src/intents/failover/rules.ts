/**
 * Gateway failover (manual: IP Routing, "Check gateway"; the "Failover (WAN Backup)" examples; Tools > Netwatch):
 * - two default routes, the primary with the lower distance, each with check-gateway=ping, so that the backup takes
 *   over when the primary gateway stops answering and hands back when it answers again;
 * - recursive failover through a probe host: a /32 route to the probe host via the primary gateway (scope=10) and the
 *   default route via the probe host (target-scope=11, check-gateway=ping), so the primary is given up when the
 *   internet behind the gateway stops answering, not only the gateway itself;
 * - netwatch: a /tool netwatch entry pinging a host whose down-script disables a route (found by its comment) and whose
 *   up-script enables it again.
 */
import { command, find, str } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import { printScript } from '../../rsc/print.js';
import type { Frame, Slot, Address } from '../frame.js';
import { claim } from '../claims.js';
import { nameIn } from '../../slots/keyed.js';
import { durations as durationsOf, timeText } from '../../slots/duration.js';
import { refuse, type IntentFamily, type IntentRule } from '../types.js';
import { has, isNoun, leads, otherVerbs, says } from '../words.js';
import { LABEL_LINKS, NETWATCH_VERB_WORDS, PING_WORDS, PROBING_WORDS, TAG_LABELS, TAG_LEAD_INS, UPLINK_WORDS, VIA_WORDS } from '../../../grammar/english/cues.js';
import { FAILOVER_ROLES, UPLINK_NAME } from '../../../grammar/english/protection.js';

const ROUTE = '/ip route';
const EXAMPLE = 'Set up failover with primary gateway 203.0.113.1 and backup gateway 198.51.100.1';
const RECURSIVE_EXAMPLE = 'Set up recursive failover with primary gateway 203.0.113.1, backup gateway 198.51.100.1 and probe host 8.8.8.8';
const NETWATCH_EXAMPLE = 'Add netwatch for 8.8.8.8 that disables the route commented ISP1 when it goes down';

type Label = 'primary' | 'backup' | 'probe';

const isFiller = (t: Term): boolean => t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler');

/**
 * The role one word gives the address next to it ("backup 10.0.1.1", "192.168.1.1 primary", "isp2 gateway B"): before
 * it, or right after it when that word ends the address's part ("A primary and B backup"). The word is read.
 */
function roleWordOf(frame: Frame, slot: Slot<Address>): Label | undefined {
  const at = frame.terms.indexOf(slot.term);
  const after = frame.terms[at + 1];
  if (after && FAILOVER_ROLES[after.normal] && (at + 2 >= frame.terms.length || isNoun(frame.terms[at + 2], 'and') || after.after.includes(',') || frame.terms[at + 2]!.technical !== undefined)) {
    claim(after);
    return FAILOVER_ROLES[after.normal];
  }
  return undefined;
}

/** The noun right before the address ("backup gateway 198.51.100.1", "probe host 8.8.8.8", "recursive via 8.8.8.8"), skipping filler. */
function labelOf(frame: Frame, slot: Slot<Address>): Label | undefined {
  for (let k = frame.terms.indexOf(slot.term) - 1; k >= 0; k--) {
    const t = frame.terms[k]!;
    if (isNoun(t, 'backup-gateway')) return 'backup';
    if (isNoun(t, 'primary-gateway')) return 'primary';
    // "backup 10.0.1.1", "primary gateway 10.0.0.1" with "primary" alone, "isp1 gateway A": one word naming the role.
    const role = FAILOVER_ROLES[t.normal];
    if (role && (t.meanings.length === 0 || t.meanings.some((m) => m.type === 'action' || m.type === 'noun'))) {
      claim(t);
      return role;
    }
    const uplink = UPLINK_NAME.exec(t.normal);
    if (uplink && (t.technical === undefined || t.technical.kind === 'name')) {
      claim(t);
      return uplink[1] === '1' ? 'primary' : 'backup';
    }
    if (isNoun(t, 'probe-host') || isNoun(t, 'netwatch') || PROBING_WORDS.has(t.normal)) return 'probe';
    // "recursive failover via 8.8.8.8", "recursive routing through 1.1.1.1": the recursive route's gateway is the probe host.
    // With a probe host named elsewhere ("recursive failover via 10.0.0.1 and 10.0.1.1 probe host 8.8.8.8"), "via" names the gateways.
    if (isNoun(t, 'recursive')) return frame.terms.slice(k + 1, frame.terms.indexOf(slot.term)).some((x) => VIA_WORDS.has(x.normal)) && !frame.terms.some((x) => x.meanings.some((m) => m.type === 'noun' && m.value === 'probe-host')) ? 'probe' : undefined;
    if (isNoun(t, 'gateway') || isFiller(t) || LABEL_LINKS.has(t.normal) || (isNoun(t, 'failover') && k > 0)) continue;
    return undefined;
  }
  return undefined;
}

/** Labels for every address; an address joined by "and"/a comma to a labeled probe host is a probe host too ("probe hosts 8.8.8.8 and 1.1.1.1"). */
function labels(frame: Frame, slots: readonly Slot<Address>[]): (Label | undefined)[] {
  const out: (Label | undefined)[] = [];
  slots.forEach((slot, i) => {
    let label = labelOf(frame, slot) ?? roleWordOf(frame, slot);
    const previous = slots[i - 1];
    if (label === undefined && previous && out[i - 1] === 'probe') {
      const between = frame.terms.slice(frame.terms.indexOf(previous.term) + 1, frame.terms.indexOf(slot.term));
      if (between.every((t) => t.normal === 'and' || isFiller(t)) && (between.length > 0 || previous.term.after.includes(','))) label = 'probe';
    }
    out.push(label);
  });
  return out;
}

const route = (gateway: string, distance: number, role: string, recursive = false): Command =>
  command(ROUTE, 'add', {
    'dst-address': '0.0.0.0/0', gateway, distance, ...(recursive ? { 'target-scope': 11 } : {}), 'check-gateway': 'ping', comment: str(`failover: ${role}`),
  });

/** The /32 route that sends the probe host out through one gateway only (scope=10, so a target-scope=11 route can resolve through it). */
const probeRoute = (probe: string, gateway: string, role: string, scoped: boolean): Command =>
  command(ROUTE, 'add', { 'dst-address': `${probe}/32`, gateway, ...(scoped ? { scope: 10 } : {}), comment: str(`failover: probe via ${role}`) });

/** RouterOS script text of one command (for netwatch up/down scripts). */
const scriptOf = (c: Command): string => printScript({ kind: 'script', statements: [c] }).trim();

/** A probe host or gateway RouterOS can route to: one IPv4 host address, not 0.0.0.0, loopback, multicast or broadcast. */
function unroutable(address: string): boolean {
  const first = Number(address.split('.')[0]);
  return address === '0.0.0.0' || address === '255.255.255.255' || first === 127 || first >= 224;
}

/** "every 10 seconds", "interval 30s": netwatch's interval, or undefined (RouterOS's default, 10s). */
function intervalOf(frame: Frame): { text?: string; error?: string } {
  const found = durationsOf(frame);
  if (found.length === 0) return {};
  if (found.length > 1) return { error: 'it gives more than one interval' };
  const d = found[0]!;
  claim(...frame.terms.slice(d.start, d.end + 1));
  says(frame, 'every', 'interval', 'each');
  if (d.seconds < 1) return { error: 'netwatch checks at most once a second' };
  return { text: timeText(d.seconds) };
}

/** Failover between a primary and a backup gateway. */
export const failoverRule: IntentRule = {
  id: 'failover: primary and backup default routes with check-gateway [through probe hosts] [with netwatch]',
  // "show the failover routes", "display the netwatch entries": looking at them is the print rule's.
  match: (frame) => (!leads(frame, 'show') && has(frame, 'failover', 'backup-gateway', 'primary-gateway', 'recursive') ? 70 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', EXAMPLE);
    // "backup 10.0.1.1": the word names the backup gateway here, it does not save a backup.
    const roleWord = (t: Term): boolean => FAILOVER_ROLES[t.normal] !== undefined && frame.terms.some((x, k) => x.technical?.kind === 'ip' && (frame.terms[k - 1] === t || frame.terms[k + 1] === t || (frame.terms[k - 2] === t && isNoun(frame.terms[k - 1], 'gateway'))));
    const roles = new Set(frame.actions.filter((a) => roleWord(a.term)).map((a) => a.term.text));
    const other = otherVerbs(frame, ['add', 'set']).filter((text) => !roles.has(text));
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to failover routes here`, EXAMPLE);
    const pinging = (t: Term): boolean => PING_WORDS.has(t.normal) && frame.terms[frame.terms.indexOf(t) + 1]?.technical?.kind === 'ip';
    // "every 5 seconds": netwatch's interval (read there), not a stray number.
    const timed = has(frame, 'netwatch') ? durationsOf(frame).flatMap((d) => frame.terms.slice(d.start, d.end + 1)) : [];
    // "with check gateway ping", "check-gateway ping": what every failover route is written with.
    const checkPing = (t: Term): boolean => PING_WORDS.has(t.normal) && isNoun(frame.terms[frame.terms.indexOf(t) - 1], 'check-gateway');
    // "failover with two gateways A and B": the count of the gateways given.
    const counted = (t: Term): boolean => t.number === 2 && UPLINK_WORDS.has(frame.terms[frame.terms.indexOf(t) + 1]?.normal ?? '');
    const stray = [...frame.services, ...frame.ports, ...frame.numbers, ...frame.protocols, ...frame.interfaces, ...frame.macs, ...frame.quoted].filter((s) => !pinging(s.term) && !timed.includes(s.term) && !checkPing(s.term) && !counted(s.term)).map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `failover here is between two gateway addresses; "${stray.join('", "')}" has no place in it (an interface as gateway and distances are not written)`, EXAMPLE);
    const slots = frame.addresses.map((a) => a);
    const bad = slots.find((g) => g.value.kind !== 'ip' || g.value.port !== undefined);
    if (bad) return refuse(this.id, `a gateway is one IPv4 address (a probe host too), not "${bad.term.text}"`, EXAMPLE);
    const addressOf = (s: Slot<Address>): string => (s.value.kind === 'ip' ? s.value.address : '');
    const read = labels(frame, slots);
    const gateways = slots.filter((_, i) => read[i] !== 'probe');
    const probes = slots.filter((_, i) => read[i] === 'probe').map(addressOf);
    const gatewayLabels = read.filter((l) => l !== 'probe').map((l, i) => l ?? (frame.between ? undefined : gateways[i]!.role === 'from' ? 'primary' : gateways[i]!.role === 'to' ? 'backup' : undefined));
    const recursive = has(frame, 'recursive');
    const netwatch = has(frame, 'netwatch');
    const warnings0: string[] = [];
    if (gateways.length === 0 || gateways.length > 2) return refuse(this.id, `failover needs the primary and the backup gateway's address (${gateways.length} given)`, EXAMPLE);
    // "between isp2 gateway A and isp1 gateway B": the links' numbers say which is the primary, against the order named.
    const uplinks = frame.terms.filter((t) => UPLINK_NAME.test(t.normal) && (t.technical === undefined || t.technical.kind === 'name'));
    if (uplinks.length > 0 && UPLINK_NAME.exec(uplinks[0]!.normal)![1] !== '1') return refuse(this.id, `"${uplinks[0]!.text}" is named first, so it is not clear which gateway is the primary; say "primary gateway A, backup gateway B"`, EXAMPLE);
    if (uplinks.length > 0 && gateways.length === 2) warnings0.push(`The gateway of ${uplinks[0]!.text} was taken as the primary (distance 1) and the other as the backup (distance 2).`);
    const count = frame.numbers.find((n) => counted(n.term));
    if (count) {
      if (gateways.length !== 2) return refuse(this.id, `it says two gateways but gives ${gateways.length}`, EXAMPLE);
      claim(count.term);
    }
    for (const p of frame.protocols) if (checkPing(p.term)) claim(p.term);
    has(frame, 'gateway', 'failover', 'and', 'route');
    says(frame, 'between', 'via', 'through', 'using', 'default', 'internet', 'ping', 'pinging', 'checking', 'check', 'monitor', 'monitoring');
    for (const p of frame.places) if (p.value !== 'router') return refuse(this.id, `the failover routes are the router's default routes, not "${p.term.text}"'s`, EXAMPLE);
    const warnings: string[] = [...warnings0];
    let primary: string | undefined;
    let backup: string;
    if (gateways.length === 1) {
      if (gatewayLabels[0] !== 'backup') return refuse(this.id, 'it gives one gateway and does not say it is the backup; give both ("primary gateway A, backup gateway B"), or "add backup gateway B"', EXAMPLE);
      backup = addressOf(gateways[0]!);
      if (probes.length > 0 || recursive || netwatch) return refuse(this.id, 'a probe host tests the primary link, and the primary gateway is not given; name both gateways', RECURSIVE_EXAMPLE);
      warnings.push('Only the backup route is added (distance 2): the primary default route must have a lower distance (1) and check-gateway=ping, or the backup never takes over while the primary gateway still answers ARP.');
    } else {
      if (addressOf(gateways[0]!) === addressOf(gateways[1]!)) return refuse(this.id, 'the primary and backup gateway are the same address', EXAMPLE);
      if (gatewayLabels[0] !== undefined && gatewayLabels[0] === gatewayLabels[1]) return refuse(this.id, `both gateways are called ${gatewayLabels[0]}`, EXAMPLE);
      const backupAt = gatewayLabels[0] === 'backup' || gatewayLabels[1] === 'primary' ? 0 : 1;
      if (gatewayLabels[0] === undefined && gatewayLabels[1] === undefined) warnings.push(`${addressOf(gateways[0]!)} was taken as the primary gateway (named first) and ${addressOf(gateways[1]!)} as the backup.`);
      primary = addressOf(gateways[1 - backupAt]!);
      backup = addressOf(gateways[backupAt]!);
    }
    for (const g of [primary, backup]) if (g !== undefined && unroutable(g)) return refuse(this.id, `${g} cannot be a gateway`, EXAMPLE);

    // Plain failover: two default routes with check-gateway.
    if (probes.length === 0) {
      if (recursive) return refuse(this.id, 'recursive failover needs the probe host: an address on the internet pinged through the primary gateway (say "probe host 8.8.8.8")', RECURSIVE_EXAMPLE);
      if (netwatch) return refuse(this.id, 'netwatch needs the host to ping (say "probe host 8.8.8.8")', RECURSIVE_EXAMPLE);
      const commands = [...(primary ? [route(primary, 1, 'primary')] : []), route(backup, 2, 'backup')];
      warnings.push(
        'check-gateway=ping pings each gateway every 10 seconds and takes its route out of use after it misses two answers; it sees only the gateway itself, not an outage further upstream (for that, route through a probe host with scope and target-scope).',
        'Other default routes with distance 1 or 2 (a static one, or one a DHCP or PPPoE client adds) share or take over the traffic: remove them, or give the client route another distance (default-route-distance).',
      );
      return { kind: 'commands', rule: this.id, commands, warnings };
    }

    // Through probe hosts.
    const primaryGw = primary!;
    if (probes.length > 2) return refuse(this.id, `give one probe host for the primary gateway, or one for each gateway (${probes.length} given)`, RECURSIVE_EXAMPLE);
    if (new Set(probes).size !== probes.length) return refuse(this.id, 'the two probe hosts are the same address; each gateway needs its own (a /32 route sends a probe host through one gateway only)', RECURSIVE_EXAMPLE);
    for (const p of probes) {
      if (unroutable(p)) return refuse(this.id, `${p} cannot be a probe host`, RECURSIVE_EXAMPLE);
      if (p === primaryGw || p === backup) return refuse(this.id, `${p} is a gateway; the probe host is an address beyond it (a public DNS server such as 8.8.8.8, or your ISP's server)`, RECURSIVE_EXAMPLE);
    }
    if (recursive && netwatch) return refuse(this.id, 'it asks for recursive routes and for netwatch; these are two ways to fail over, choose one', RECURSIVE_EXAMPLE);
    const [primaryProbe, backupProbe] = probes as [string, string | undefined];
    if (netwatch) {
      if (backupProbe !== undefined) return refuse(this.id, 'a netwatch failover pings one probe host through the primary gateway; give one', NETWATCH_EXAMPLE);
      const toggle = (verb: 'enable' | 'disable'): string => scriptOf(command(ROUTE, verb, [{ kind: 'positional', value: find(ROUTE, { comment: str('failover: primary') }) }]));
      const interval = intervalOf(frame);
      if (interval.error) return refuse(this.id, interval.error, NETWATCH_EXAMPLE);
      const commands = [
        probeRoute(primaryProbe, primaryGw, 'primary', false),
        command(ROUTE, 'add', { 'dst-address': '0.0.0.0/0', gateway: primaryGw, distance: 1, comment: str('failover: primary') }),
        command(ROUTE, 'add', { 'dst-address': '0.0.0.0/0', gateway: backup, distance: 2, comment: str('failover: backup') }),
        command('/tool netwatch', 'add', { host: primaryProbe, ...(interval.text ? { interval: { kind: 'time', text: interval.text } } : {}), 'down-script': str(toggle('disable')), 'up-script': str(toggle('enable')), comment: str('failover: primary') }),
      ];
      warnings.push(
        `Netwatch pings ${primaryProbe} ${interval.text ? `every ${interval.text}` : 'every 10 seconds (its default interval)'}; when it stops answering the primary default route is disabled and the backup (distance 2) carries the traffic, and it is enabled again when ${primaryProbe} answers.`,
        `The /32 route keeps ${primaryProbe} reachable only through ${primaryGw}, so netwatch keeps testing the primary link while it is out of use; traffic of your own to ${primaryProbe} (as a DNS server, say) never fails over.`,
      );
      return { kind: 'commands', rule: this.id, commands, warnings };
    }
    const commands: Command[] = [probeRoute(primaryProbe, primaryGw, 'primary', true)];
    if (backupProbe !== undefined) commands.push(probeRoute(backupProbe, backup, 'backup', true));
    commands.push(route(primaryProbe, 1, 'primary', true));
    commands.push(backupProbe !== undefined ? route(backupProbe, 2, 'backup', true) : route(backup, 2, 'backup'));
    if (!recursive) warnings.push(`${probes.join(' and ')} ${probes.length > 1 ? 'were' : 'was'} read as probe host${probes.length > 1 ? 's' : ''}: the default route${probes.length > 1 ? 's resolve' : ' resolves'} recursively through ${probes.length > 1 ? 'them' : 'it'}.`);
    warnings.push(
      `The primary default route's gateway is ${primaryProbe}, reached through ${primaryGw} by a /32 route with scope=10 (target-scope=11 lets the default route resolve through it); check-gateway=ping pings ${primaryProbe}, so the backup takes over when the internet behind ${primaryGw} stops answering, not only when ${primaryGw} does.`,
      `Traffic of your own to ${probes.join(' or ')} (as a DNS server, say) always leaves through ${backupProbe !== undefined ? 'its gateway' : primaryGw} and never fails over: choose probe hosts you do not otherwise use.`,
      'Other default routes with distance 1 or 2 (a static one, or one a DHCP or PPPoE client adds) share or take over the traffic: remove them, or give the client route another distance (default-route-distance).',
    );
    return { kind: 'commands', rule: this.id, commands, warnings };
  },
};

/** The comment that names the route netwatch switches: quoted text, or a name after "comment(ed)", "route" or "named"/"called", or right before "route". */
function routeComment(frame: Frame): { text: string; term: Term } | undefined {
  const quoted = frame.quoted[0];
  if (quoted) return { text: quoted.text, term: quoted.term };
  const terms = frame.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const keyword = isNoun(t, 'comment') || TAG_LABELS.has(t.normal) || (isNoun(t, 'route') && t.normal !== 'routes');
    if (keyword) {
      for (let j = i + 1; j < terms.length && j <= i + 3; j++) {
        const name = nameIn(terms[j]);
        if (name !== undefined) {
          claim(t);
          return { text: name, term: terms[j]! };
        }
        if (!TAG_LEAD_INS.has(terms[j]!.normal) && !isNoun(terms[j], 'comment')) break;
      }
    }
  }
  // "the ISP1 route"
  for (let i = 0; i + 1 < terms.length; i++) {
    const name = nameIn(terms[i]);
    if (name !== undefined && isNoun(terms[i + 1], 'route')) return { text: name, term: terms[i]! };
  }
  return undefined;
}

/** "add netwatch for 8.8.8.8 that disables the route commented ISP1 when it goes down", "netwatch 1.1.1.1 every 30s toggling route WAN1". */
export const netwatchRule: IntentRule = {
  id: 'failover: netwatch <host> disabling|enabling the route <comment> when down|up',
  match: (frame) => (!leads(frame, 'show') && has(frame, 'netwatch') && !has(frame, 'failover', 'backup-gateway', 'primary-gateway', 'recursive') ? 70 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', NETWATCH_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'set', 'enable', 'disable', 'monitor', 'toggle', 'route'], NETWATCH_VERB_WORDS);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something netwatch does here (it disables a route when the host stops answering and enables it again)`, NETWATCH_EXAMPLE);
    const timed = durationsOf(frame).flatMap((d) => frame.terms.slice(d.start, d.end + 1));
    const stray = [...frame.services, ...frame.ports, ...frame.numbers, ...frame.protocols, ...frame.interfaces, ...frame.macs].filter((s) => !PING_WORDS.has(s.term.normal) && !timed.includes(s.term)).map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" has no place in a netwatch entry here (it pings one host and switches one route)`, NETWATCH_EXAMPLE);
    const hosts = frame.addresses.map((a) => a);
    if (hosts.length !== 1) return refuse(this.id, `netwatch here pings one host (${hosts.length} given); to fail over between two gateways say "failover between gateway A and B with netwatch on probe host C"`, NETWATCH_EXAMPLE);
    const host = hosts[0]!.value;
    if (host.kind !== 'ip' || host.port !== undefined) return refuse(this.id, `the host netwatch pings is one IPv4 address, not "${hosts[0]!.term.text}"`, NETWATCH_EXAMPLE);
    if (unroutable(host.address)) return refuse(this.id, `${host.address} cannot be pinged`, NETWATCH_EXAMPLE);
    const comment = routeComment(frame);
    if (!comment) return refuse(this.id, 'it does not say which route netwatch switches; name the route by its comment ("the route commented ISP1")', NETWATCH_EXAMPLE);
    has(frame, 'route', 'probe-host', 'netwatch', 'comment');
    says(frame, 'when', 'if', 'once', 'down', 'up', 'goes', 'comes', 'back', 'fails', 'stops', 'answering', 'responding', 'unreachable', 'reachable', 'it', 'and', 'host', 'ping', 'pinging', 'monitor', 'monitoring', 'watch', 'watching', 'check', 'checking', 'to', 'that', 'which', 'again', 'is', 'toggle', 'toggles', 'toggling', 'switching', 'switches');
    for (const a of frame.actions) claim(a.term);
    const interval = intervalOf(frame);
    if (interval.error) return refuse(this.id, interval.error, NETWATCH_EXAMPLE);
    const toggle = (verb: 'enable' | 'disable'): string => scriptOf(command(ROUTE, verb, [{ kind: 'positional', value: find(ROUTE, { comment: str(comment.text) }) }]));
    return {
      kind: 'commands', rule: this.id,
      commands: [command('/tool netwatch', 'add', { host: host.address, ...(interval.text ? { interval: { kind: 'time', text: interval.text } } : {}), 'down-script': str(toggle('disable')), 'up-script': str(toggle('enable')) })],
      warnings: [
        `When ${host.address} stops answering, the route commented ${comment.text} is disabled; when it answers again, the route is enabled (a netwatch that only disabled it would leave it off for good). Netwatch pings ${interval.text ? `every ${interval.text}` : 'every 10 seconds (its default interval)'}.`,
        `${host.address} must be reached only through the link that route uses (a /32 route to it via that gateway): otherwise, once the route is disabled, the ping goes out another link, succeeds, and enables the route again.`,
      ],
    };
  },
};

export const FAILOVER_FAMILY: IntentFamily = {
  id: 'failover',
  summary: 'gateway failover (primary and backup default routes with distances and check-gateway=ping, recursive through probe hosts, netwatch)',
  example: EXAMPLE,
  rules: [failoverRule, netwatchRule],
};
