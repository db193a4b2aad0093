/**
 * BGP basics (manual: Routing > BGP, RouterOS 7.20 and later): an instance holding the router's own AS, a connection
 * to one peer with its address and AS, and the networks to announce as a firewall address list the connection's
 * `output.network` names (RouterOS 7 has no BGP network menu).
 *
 * Nothing is guessed: both AS numbers and the peer's address must be said, and which AS is whose must be clear
 * ("my as 65000", "remote as 65001", or the AS right after the peer's address). The role follows from the two
 * numbers: `ebgp` when they differ, `ibgp` when they are the same. The instance is named `bgp-instance-1`, the name
 * RouterOS gives the first instance it creates; the connection `peer-<address>` unless named.
 */
import { command, str } from '../../ast/build.js';
import type { Arg, Command, Value } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { addressValue } from '../traffic.js';
import { refuse, type IntentRule } from '../types.js';
import { building, has, says } from '../words.js';
import { valueAfter } from '../../slots/values.js';
import { ANNOUNCED_WORDS, AS_LABEL_WORDS, AS_NOUNS, AS_WORD, BGP_WORDS, FAR_SIDE_WORDS, NAMING_WORDS, OWN_SIDE_WORDS, REDISTRIBUTED_KINDS, REDISTRIBUTE_WORDS, SESSION_WORDS } from '../../../grammar/english/peering.js';

const EXAMPLE = 'Set up BGP with peer 203.0.113.1 remote as 65001, my as 65000, and advertise 198.51.100.0/24';
export const BGP_INSTANCE = 'bgp-instance-1';
export const BGP_NETWORKS = 'bgp-networks';

/** The clause is about BGP: the word (service or noun), or "bgp peer"/"bgp session" as one phrase. */
export const saysBgp = (frame: Frame): boolean => frame.terms.some((t) => BGP_WORDS.includes(t.normal) || t.meanings.some((m) => m.type === 'noun' && m.value === 'bgp-peer'));


interface AsNumber {
  readonly value: number;
  side: 'local' | 'remote' | undefined;
  readonly terms: Term[];
  readonly at: number;
}

/**
 * Every AS number of the clause: "as 65001", "asn 65001", "AS65001", "remote as 65001", "local-as 65000", each with
 * the side its words say (undefined when they say none).
 */
function asNumbers(frame: Frame): AsNumber[] | string {
  const out: AsNumber[] = [];
  const terms = frame.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const joined = t.technical?.kind === 'name' ? /^as(\d+)$/i.exec(t.technical.text) : null;
    const labelled = t.normal === AS_WORD || t.meanings.some((m) => m.type === 'noun' && AS_NOUNS.has(m.value));
    if (!joined && !labelled) continue;
    let value: number | undefined;
    const used: Term[] = [t];
    if (joined) value = Number(joined[1]);
    else {
      let k = i + 1;
      while (terms[k] && AS_LABEL_WORDS.has(terms[k]!.normal)) used.push(terms[k++]!);
      const n = terms[k];
      // "as 65001"; a bare "as" before anything else is English ("use it as the gateway"): not an AS here.
      if (n?.number === undefined) {
        if (t.normal === AS_WORD) continue;
        return `"${t.text}" is not followed by an AS number`;
      }
      value = n.number;
      used.push(n);
      i = k;
    }
    if (!Number.isInteger(value) || value < 1 || value > 4294967295) return `AS ${value} is not an AS number (1-4294967295)`;
    const noun = t.meanings.find((m) => m.type === 'noun')?.value;
    let side: AsNumber['side'] = noun === 'remote-as' ? 'remote' : noun === 'local-as' ? 'local' : undefined;
    const at = terms.indexOf(t);
    if (!side) {
      // The words right before the label: "my as", "their asn", "peer 203.0.113.1 as 65001" (the peer's address).
      for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
        const b = terms[k]!;
        if (b.technical?.kind === 'ip' || b.technical?.kind === 'ip6') {
          if (k === at - 1) side = 'remote';
          break;
        }
        if (OWN_SIDE_WORDS.has(b.normal)) side = 'local';
        else if (FAR_SIDE_WORDS.has(b.normal) || b.meanings.some((m) => m.type === 'noun' && m.value === 'bgp-peer')) side = 'remote';
        if (side) {
          used.push(b);
          break;
        }
      }
    }
    out.push({ value, side, terms: used, at });
  }
  return out;
}

/** "set up bgp with peer 203.0.113.1 as 65001, my as 65000", "bgp neighbor 10.0.0.2 remote-as 65000 local-as 65000 and announce 192.0.2.0/24". */
export const bgpRule: IntentRule = {
  id: 'routing: bgp instance <my as> + connection <peer address> <remote as> [networks] [redistribute] [router id]',
  // ("block bgp from the internet", "show the bgp sessions" are the firewall's and a print.)
  match: (frame) => (saysBgp(frame) && building(frame) ? 60 : 0),
  build(frame) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', EXAMPLE);
    saysBgp(frame);
    claim(...frame.terms.filter((t) => BGP_WORDS.includes(t.normal)));
    has(frame, 'bgp-peer', 'peer', 'ebgp', 'ibgp');
    const found = asNumbers(frame);
    if (typeof found === 'string') return refuse(this.id, found, EXAMPLE);
    for (const a of found) claim(...a.terms);
    // One side said, the other not: the other is the other side ("bgp as 65000 with peer 203.0.113.1 remote-as 65001").
    if (found.length === 2 && found.filter((a) => a.side === undefined).length === 1) {
      const said = found.find((a) => a.side !== undefined)!;
      found.find((a) => a.side === undefined)!.side = said.side === 'local' ? 'remote' : 'local';
    }
    const local = found.filter((a) => a.side === 'local');
    const remote = found.filter((a) => a.side === 'remote');
    if (found.some((a) => a.side === undefined)) return refuse(this.id, 'it does not say which AS number is the router\'s own and which the peer\'s ("my as 65000", "remote as 65001")', EXAMPLE);
    if (local.length > 1 || remote.length > 1 || found.length > 2) return refuse(this.id, 'give one AS number for the router and one for the peer (one peer per request)', EXAMPLE);
    if (local.length === 0) return refuse(this.id, 'it does not give the router\'s own AS number ("my as 65000")', EXAMPLE);
    if (remote.length === 0) return refuse(this.id, 'it does not give the peer\'s AS number ("remote as 65001")', EXAMPLE);
    const myAs = local[0]!.value;
    const peerAs = remote[0]!.value;

    // "router id 10.255.255.1": the address right after "id" (said after "router").
    const idAt = frame.terms.findIndex((t, k) => (t.normal === 'router-id' || t.normal === 'router id' || t.normal === 'id') && (t.normal !== 'id' || frame.terms[k - 1]?.meanings.some((m) => m.type === 'place' && m.value === 'router')));
    const idTerm = idAt >= 0 ? frame.terms[idAt + 1] : undefined;
    const routerId = idTerm?.technical?.kind === 'ip' && idTerm.technical.port === undefined ? idTerm.technical.address : undefined;
    if (idAt >= 0 && !routerId) return refuse(this.id, 'the router id is an IPv4 address ("router id 10.255.255.1")', EXAMPLE);
    // ("router" before a lone "id" is its label; "router id" and "router-id" are one word.)
    if (idAt >= 0) claim(frame.terms[idAt], frame.terms[idAt]!.normal === 'id' ? frame.terms[idAt - 1] : undefined, idTerm);

    const addresses = frame.addresses.filter((a) => a.term !== idTerm);
    const peers = addresses.filter((a) => (a.value.kind === 'ip' && a.value.port === undefined) || (a.value.kind === 'ip6' && a.value.length === undefined));
    const networks = addresses.filter((a) => a.value.kind === 'prefix' || (a.value.kind === 'ip6' && a.value.length !== undefined));
    const other = addresses.find((a) => !peers.includes(a) && !networks.includes(a));
    if (other) return refuse(this.id, `${other.term.text} is neither the peer's address nor a network to announce`, EXAMPLE);
    if (peers.length === 0) return refuse(this.id, 'it does not give the peer\'s address', EXAMPLE);
    if (peers.length > 1) return refuse(this.id, 'set up one BGP peer per request (the second address is not a network: networks are prefixes like 198.51.100.0/24)', EXAMPLE);
    const peer = peers[0]!.value;
    if (networks.length > 0 && !(has(frame, 'advertise') || says(frame, ...ANNOUNCED_WORDS))) {
      return refuse(this.id, `it does not say what ${networks[0]!.term.text} is for (to announce it: "advertise ${networks[0]!.term.text}")`, EXAMPLE);
    }
    says(frame, ...ANNOUNCED_WORDS, ...SESSION_WORDS);
    const redistribute = REDISTRIBUTED_KINDS.filter((r) => says(frame, r));
    if (redistribute.length > 0) says(frame, ...REDISTRIBUTE_WORDS);
    if (redistribute.length === 0 && networks.length === 0 && has(frame, 'advertise')) return refuse(this.id, 'it says to announce but not what (networks like 198.51.100.0/24, or "redistribute connected")', EXAMPLE);
    const stray = [...frame.ports.map((p) => p.term.text), ...frame.numbers.filter((n) => !found.some((a) => a.terms.includes(n.term))).map((n) => n.term.text), ...frame.interfaces.map((i) => i.term.text)];
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not part of the BGP setup this generator writes (the peer's address and AS, your AS, networks, router id)`, EXAMPLE);
    const namedAt = frame.terms.findIndex((t) => NAMING_WORDS.includes(t.normal));
    const named = namedAt >= 0 ? valueAfter(frame, namedAt) : undefined;
    if (namedAt >= 0 && !named) return refuse(this.id, 'it says "named" without the name', EXAMPLE);
    if (named) claim(frame.terms[namedAt], frame.terms[named.index]);
    const peerText = peer.kind === 'ip' ? peer.address : peer.kind === 'ip6' ? peer.address : '';
    const name = named?.text ?? `peer-${peerText.replace(/:/g, '-')}`;
    const role = myAs === peerAs ? 'ibgp' : 'ebgp';
    if ((says(frame, 'ebgp') && role === 'ibgp') || (says(frame, 'ibgp') && role === 'ebgp')) {
      return refuse(this.id, `it says ${role === 'ibgp' ? 'eBGP' : 'iBGP'}, but the two AS numbers make it ${role === 'ibgp' ? 'iBGP (the same AS)' : 'eBGP (different AS numbers)'}`, EXAMPLE);
    }

    const commands: Command[] = [];
    const instance: Arg[] = [
      { kind: 'named', name: 'name', value: { kind: 'word', text: BGP_INSTANCE } },
      { kind: 'named', name: 'as', value: { kind: 'number', value: myAs } },
    ];
    if (routerId) instance.push({ kind: 'named', name: 'router-id', value: { kind: 'ip', address: routerId } });
    commands.push(command('/routing bgp instance', 'add', instance));
    for (const n of networks) {
      const menu = n.value.kind === 'ip6' ? '/ipv6 firewall address-list' : '/ip firewall address-list';
      commands.push(command(menu, 'add', { list: BGP_NETWORKS, address: addressValue(n.value) }));
    }
    const connection: Arg[] = [
      { kind: 'named', name: 'name', value: named ? str(named.text) : { kind: 'word', text: name } },
      { kind: 'named', name: 'instance', value: { kind: 'word', text: BGP_INSTANCE } },
      { kind: 'named', name: 'remote.address', value: addressValue(peer) },
      { kind: 'named', name: 'remote.as', value: { kind: 'number', value: peerAs } },
      { kind: 'named', name: 'local.role', value: { kind: 'word', text: role } },
    ];
    if (networks.length > 0) connection.push({ kind: 'named', name: 'output.network', value: { kind: 'word', text: BGP_NETWORKS } });
    if (redistribute.length > 0) {
      const value: Value = redistribute.length === 1 ? { kind: 'word', text: redistribute[0]! } : { kind: 'list', items: redistribute.map((r) => ({ kind: 'word' as const, text: r })) };
      connection.push({ kind: 'named', name: 'output.redistribute', value });
    }
    commands.push(command('/routing bgp connection', 'add', connection));

    const warnings: string[] = [
      `AS ${myAs} is held by a new BGP instance, ${BGP_INSTANCE} (RouterOS 7.20 and later); if the router already has one (\`/routing bgp instance print\`: an upgrade creates one per AS), use its name in the connection instead.`,
    ];
    if (!routerId) warnings.push('No router id was given: RouterOS uses its own (/routing id, the highest address by default); give one ("router id 10.255.255.1") to keep it stable.');
    if (role === 'ebgp') warnings.push('eBGP expects the peer on a directly connected network; for a peer further away, add multihop=yes to the connection.');
    else warnings.push('iBGP peers usually connect between loopback addresses (local.address= on the connection) and need a route to each other, from OSPF or static routes.');
    if (networks.length > 0) warnings.push(`The networks go into the address list ${BGP_NETWORKS}; RouterOS announces one only while a route to exactly that prefix is active in the routing table (a connected or static route; add a blackhole route to announce an aggregate).`);
    warnings.push('No input filter is set: every route the peer sends is accepted and installed, a default route included; add input.filter= with a /routing filter rule chain to limit what is accepted.');
    warnings.push('The peer connects to TCP port 179: the default firewall drops new connections from the WAN in the input chain, so accept TCP 179 from the peer\'s address there if it is on that side.');
    return { kind: 'commands', rule: this.id, commands, warnings };
  },
};
