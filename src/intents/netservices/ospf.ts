/**
 * OSPF basics (manual: Routing > OSPF, RouterOS 7): an instance, an area in it, and an interface template that runs
 * OSPF on the networks or interfaces named. RouterOS 7 has no "network" statement: the interface template's
 * `networks` (or `interfaces`) say where OSPF runs.
 *
 * Choices (said in `error`): the backbone (area 0.0.0.0) when no area is said; OSPFv2; the router id RouterOS picks
 * (`main`: the lowest address, a loopback's when there is one) unless one is given; the instance is named
 * `default-v2` and the backbone `backbone-v2`, the names of RouterOS 7's own examples.
 */
import { command } from '../../ast/build.js';
import type { Arg, Value } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { refuse, type IntentResult, type IntentRule } from '../types.js';
import { has, leads, says, withLanBridge } from '../words.js';

const EXAMPLE = 'Enable OSPF in area 0 on 10.0.0.0/30 and 192.168.88.0/24 with router id 10.255.255.1';

/** "area 0", "area 0.0.0.1", "area 5", "the backbone": the area id, and the terms that said it. */
function areaOf(frame: Frame): { id: string; terms: Term[] } | undefined | IntentResult {
  const at = frame.terms.findIndex((t) => t.normal === 'area');
  if (frame.terms.some((t) => t.normal === 'backbone')) return { id: '0.0.0.0', terms: frame.terms.filter((t) => t.normal === 'backbone' || t.normal === 'area') };
  if (at < 0) return undefined;
  const next = frame.terms[at + 1];
  if (next?.technical?.kind === 'ip' && next.technical.port === undefined) return { id: next.technical.address, terms: [frame.terms[at]!, next] };
  const n = next?.number;
  if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= 4294967295) {
    const id = [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
    return { id, terms: [frame.terms[at]!, next!] };
  }
  return refuse('ospf', 'it says "area" without the area id (a number or a dotted id such as 0.0.0.0)', EXAMPLE);
}

const isResult = (x: unknown): x is IntentResult => typeof x === 'object' && x !== null && 'kind' in x && 'rule' in x;

/** "enable ospf on 10.0.0.0/30 and 192.168.88.0/24", "run ospf in area 0 on ether2 and ether3 with router id 10.255.255.1". */
export const ospfRule: IntentRule = {
  id: 'routing: ospf instance + area + interface-template <networks|interfaces> [area] [router id]',
  match: (frame) => (frame.terms.some((t) => t.normal === 'ospf' || t.normal === 'ospfv2') && !frame.terms.some((t) => t.normal === 'bgp') && !leads(frame, 'show', 'list', 'remove', 'disable') ? 60 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', EXAMPLE);
    claim(...frame.terms.filter((t) => t.normal === 'ospf' || t.normal === 'ospfv2'));
    // "router id 10.255.255.1": the address right after "id" (said after "router").
    const idAt = frame.terms.findIndex((t, k) => (t.normal === 'id' || t.normal === 'router-id' || t.normal === 'router id') && (t.normal !== 'id' || frame.terms[k - 1]?.meanings.some((m) => m.type === 'place' && m.value === 'router')));
    const idTerm = idAt >= 0 ? frame.terms[idAt + 1] : undefined;
    const routerId = idTerm?.technical?.kind === 'ip' && idTerm.technical.port === undefined ? idTerm.technical.address : undefined;
    if (idAt >= 0 && !routerId) return refuse(this.id, 'the router id is an IPv4 address ("router id 10.255.255.1")', EXAMPLE);
    // ("router" before a lone "id" is its label; "router id" and "router-id" are one word.)
    if (idAt >= 0) claim(frame.terms[idAt], frame.terms[idAt]!.normal === 'id' ? frame.terms[idAt - 1] : undefined, idTerm);
    const area = areaOf(frame);
    if (isResult(area)) return area;
    if (area) claim(...area.terms);
    const networks = frame.addresses.filter((a) => a.term !== idTerm && !area?.terms.includes(a.term));
    const wrong = networks.find((a) => a.value.kind !== 'prefix');
    if (wrong) return refuse(this.id, `${wrong.term.text} is not a network (OSPF runs on the interfaces whose addresses are in the networks given, as prefixes like 10.0.0.0/30)`, EXAMPLE);
    // "set up ospf on bridge": "the bridge" alone is the LAN bridge (the lanBridge option).
    const named = [...new Set(frame.interfaces.map((i) => i.value))];
    const bridge = networks.length === 0 ? withLanBridge(frame, named, options.lanBridge) : { names: named };
    const interfaces = bridge.names;
    if (networks.length === 0 && interfaces.length === 0) return refuse(this.id, 'it does not say where OSPF runs (networks such as 10.0.0.0/30, or interfaces)', EXAMPLE);
    if (networks.length > 0 && interfaces.length > 0) return refuse(this.id, 'give either the networks or the interfaces OSPF runs on, not both (one interface template matches by either)', EXAMPLE);
    const redistribute = (['connected', 'static'] as const).filter((r) => says(frame, r));
    if (redistribute.length > 0) says(frame, 'redistribute', 'routes', 'advertise', 'announce');
    has(frame, 'host', 'interface');
    says(frame, 'network', 'networks', 'on', 'run', 'running');
    const instance: Arg[] = [{ kind: 'named', name: 'name', value: { kind: 'word', text: 'default-v2' } }, { kind: 'named', name: 'version', value: { kind: 'number', value: 2 } }];
    if (routerId) instance.push({ kind: 'named', name: 'router-id', value: { kind: 'ip', address: routerId } });
    if (redistribute.length > 0) instance.push({ kind: 'named', name: 'redistribute', value: redistribute.length === 1 ? { kind: 'word', text: redistribute[0]! } : { kind: 'list', items: redistribute.map((r) => ({ kind: 'word' as const, text: r })) } });
    const areaId = area?.id ?? '0.0.0.0';
    const areaName = areaId === '0.0.0.0' ? 'backbone-v2' : `area-${areaId}`;
    const where: Value = networks.length > 0
      ? (networks.length === 1 ? prefixValue(networks[0]!.value) : { kind: 'list', items: networks.map((n) => prefixValue(n.value)) })
      : interfaces.length === 1 ? { kind: 'word', text: interfaces[0]! } : { kind: 'list', items: interfaces.map((i) => ({ kind: 'word' as const, text: i })) };
    const warnings: string[] = [];
    if (bridge.note) warnings.push(bridge.note);
    if (!area) warnings.push('No area was given: the backbone, area 0.0.0.0, is used.');
    if (!routerId) warnings.push('No router id was given: RouterOS picks one (the lowest address; add a loopback with a /32 to make it stable).');
    warnings.push('Neighbours must use the same area and network type; OSPF installs the routes it learns, so check the routing table after the adjacency comes up.');
    return {
      kind: 'commands',
      rule: this.id,
      commands: [
        command('/routing ospf instance', 'add', instance),
        command('/routing ospf area', 'add', [
          { kind: 'named', name: 'name', value: { kind: 'word', text: areaName } },
          { kind: 'named', name: 'area-id', value: { kind: 'ip', address: areaId } },
          { kind: 'named', name: 'instance', value: { kind: 'word', text: 'default-v2' } },
        ]),
        command('/routing ospf interface-template', 'add', [
          { kind: 'named', name: 'area', value: { kind: 'word', text: areaName } },
          { kind: 'named', name: networks.length > 0 ? 'networks' : 'interfaces', value: where },
        ]),
      ],
      warnings,
    };
  },
};

function prefixValue(a: Frame['addresses'][number]['value']): Value {
  return a.kind === 'prefix' ? { kind: 'prefix', address: a.address, length: a.length } : { kind: 'word', text: '' };
}
