/**
 * Gateway failover (manual: IP Routing, "Check gateway"; the "Failover" examples): two default routes, the primary
 * with the lower distance, each with check-gateway=ping, so that the backup takes over when the primary gateway stops
 * answering and hands back when it answers again.
 */
import { command, str } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Frame, Slot, Address } from '../frame.js';
import { refuse, type IntentFamily, type IntentRule } from '../types.js';
import { has, isNoun, says } from '../words.js';

const ROUTE = '/ip route';
const EXAMPLE = 'Set up failover with primary gateway 203.0.113.1 and backup gateway 198.51.100.1';

/** The noun right before the address ("backup gateway 198.51.100.1"), skipping filler. */
function labelOf(frame: Frame, slot: Slot<Address>): 'primary' | 'backup' | undefined {
  for (let k = frame.terms.indexOf(slot.term) - 1; k >= 0; k--) {
    const t = frame.terms[k]!;
    if (isNoun(t, 'backup-gateway')) return 'backup';
    if (isNoun(t, 'primary-gateway')) return 'primary';
    if (isNoun(t, 'gateway') || (t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler')) || t.normal === 'is' || t.normal === 'via') continue;
    return undefined;
  }
  return undefined;
}

const route = (gateway: string, distance: number, role: string): Command =>
  command(ROUTE, 'add', { 'dst-address': '0.0.0.0/0', gateway, distance, 'check-gateway': 'ping', comment: str(`failover: ${role}`) });

/** "set up failover between gateway 203.0.113.1 and backup gateway 198.51.100.1", "failover from 203.0.113.1 to 198.51.100.1". */
export const failoverRule: IntentRule = {
  id: 'failover: primary and backup default routes with check-gateway',
  match: (frame) => (has(frame, 'failover', 'backup-gateway', 'primary-gateway') ? 70 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', EXAMPLE);
    const other = frame.actions.filter((a) => !['add', 'set'].includes(a.value)).map((a) => a.term.text);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to failover routes here`, EXAMPLE);
    const stray = [...frame.services, ...frame.ports, ...frame.numbers, ...frame.protocols, ...frame.interfaces, ...frame.macs, ...frame.quoted].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `failover here is between two gateway addresses; "${stray.join('", "')}" has no place in it (an interface as gateway, distances and probe hosts are not written)`, EXAMPLE);
    const gateways = frame.addresses.map((a) => a);
    const bad = gateways.find((g) => g.value.kind !== 'ip' || g.value.port !== undefined);
    if (bad) return refuse(this.id, `a gateway is one IPv4 address, not "${bad.term.text}"`, EXAMPLE);
    if (gateways.length === 0 || gateways.length > 2) return refuse(this.id, `failover needs the primary and the backup gateway's address (${gateways.length} given)`, EXAMPLE);
    const addressOf = (s: Slot<Address>): string => (s.value.kind === 'ip' ? s.value.address : '');
    const labels = gateways.map((g) => labelOf(frame, g) ?? (g.role === 'from' ? 'primary' : g.role === 'to' ? 'backup' : undefined));
    has(frame, 'gateway', 'failover', 'and');
    says(frame, 'between', 'via');
    for (const p of frame.places) if (p.value !== 'router') return refuse(this.id, `the failover routes are the router's default routes, not "${p.term.text}"'s`, EXAMPLE);
    const warnings: string[] = [];
    let primary: string | undefined;
    let backup: string;
    if (gateways.length === 1) {
      if (labels[0] !== 'backup') return refuse(this.id, 'it gives one gateway and does not say it is the backup; give both ("primary gateway A, backup gateway B"), or "add backup gateway B"', EXAMPLE);
      backup = addressOf(gateways[0]!);
      warnings.push('Only the backup route is added (distance 2): the primary default route must have a lower distance (1) and check-gateway=ping, or the backup never takes over while the primary gateway still answers ARP.');
    } else {
      if (addressOf(gateways[0]!) === addressOf(gateways[1]!)) return refuse(this.id, 'the primary and backup gateway are the same address', EXAMPLE);
      if (labels[0] !== undefined && labels[0] === labels[1]) return refuse(this.id, `both gateways are called ${labels[0]}`, EXAMPLE);
      const backupAt = labels[0] === 'backup' || labels[1] === 'primary' ? 0 : 1;
      if (labels[0] === undefined && labels[1] === undefined) warnings.push(`${addressOf(gateways[0]!)} was taken as the primary gateway (named first) and ${addressOf(gateways[1]!)} as the backup.`);
      primary = addressOf(gateways[1 - backupAt]!);
      backup = addressOf(gateways[backupAt]!);
    }
    const commands = [...(primary ? [route(primary, 1, 'primary')] : []), route(backup, 2, 'backup')];
    warnings.push(
      'check-gateway=ping pings each gateway every 10 seconds and takes its route out of use after it misses two answers; it sees only the gateway itself, not an outage further upstream (for that, route through a probe host with scope and target-scope).',
      'Other default routes with distance 1 or 2 (a static one, or one a DHCP or PPPoE client adds) share or take over the traffic: remove them, or give the client route another distance (default-route-distance).',
    );
    return { kind: 'commands', rule: this.id, commands, warnings };
  },
};

export const FAILOVER_FAMILY: IntentFamily = {
  id: 'failover',
  summary: 'gateway failover (primary and backup default routes with distances and check-gateway=ping)',
  example: EXAMPLE,
  rules: [failoverRule],
};
