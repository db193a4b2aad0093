/**
 * Site-to-site IPsec with a pre-shared key (manual: IP > IPsec, "Site to Site IPsec tunnel", RouterOS 7): a phase 1
 * profile, a peer, an identity holding the secret, a phase 2 proposal, a tunnel-mode policy between the two networks,
 * and the srcnat accept that keeps the traffic between them from being masqueraded (it must come before the
 * masquerade, so it is placed first).
 *
 * Choices (said in `error`, so the other end can match them): IKEv2 unless IKEv1 is said; AES-256 with SHA-256 and
 * DH group modp2048 in both phases. Which network is local is never guessed from nothing: it is marked ("local",
 * "our network", "from"), given as the router's LAN subnet, or the first of "between A and B" (said in `error`).
 */
import { command, str } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import type { Frame, Slot, Address } from '../frame.js';
import { claim } from '../claims.js';
import { addressText } from '../traffic.js';
import { refuse, type IntentResult, type IntentRule } from '../types.js';
import { building, has, says } from '../words.js';
import { secretOf, secretProblem, secretWarnings, valueAfter } from '../../slots/values.js';
import { inPrefix } from '../../slots/ipv4.js';
import { FAR_SIDE_WORDS, IKEV1_WORDS, IKEV2_WORDS, KEY_LABEL_WORDS, OWN_SIDE_WORDS, TUNNEL_WORDS } from '../../../grammar/english/peering.js';

interface Net { readonly address: string; readonly length: number }
/** `outer` holds every address of `inner`. */
const containsPrefix = (outer: Net, inner: Net): boolean => inner.length >= outer.length && inPrefix(inner.address, outer.address, outer.length);

const EXAMPLE = 'Create an IPsec tunnel to 198.51.100.2 from 192.168.1.0/24 to 192.168.2.0/24 with secret "Long-Shared-Secret-1"';

const saysIpsec = (frame: Frame): boolean => frame.terms.some((t) => t.normal === 'ipsec' || t.normal === 'ipsec tunnel');

/** The words before a network that say which side it is on. */
function sideOf(frame: Frame, slot: Slot<Address>): { side: 'local' | 'remote' | 'between'; by: Term } | undefined {
  const at = frame.terms.indexOf(slot.term);
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = frame.terms[k]!;
    if (t.technical) break;
    const noun = t.meanings.find((m) => m.type === 'noun')?.value;
    if (noun === 'local-network' || OWN_SIDE_WORDS.has(t.normal)) return { side: 'local', by: t };
    if (noun === 'remote-network' || FAR_SIDE_WORDS.has(t.normal)) return { side: 'remote', by: t };
    if (k === at - 1 && t.normal === 'from') return { side: 'local', by: t };
    if (k === at - 1 && t.normal === 'to') return { side: 'remote', by: t };
    if (k === at - 1 && t.normal === 'between') return { side: 'between', by: t };
  }
  return undefined;
}

/** "ipsec tunnel to 198.51.100.2 between 192.168.1.0/24 and 192.168.2.0/24 with key S3cret". */
export const ipsecSiteRule: IntentRule = {
  id: 'vpn: ipsec site-to-site <peer> <local network> <remote network> <pre-shared key>',
  // ("allow ipsec from the internet" is the firewall's; "show the ipsec peers" a print; the L2TP/IPsec server is its own rule.)
  match: (frame) => (saysIpsec(frame) && !has(frame, 'l2tp-server') && !frame.services.some((s) => s.value.name === 'l2tp') && building(frame) ? 60 : 0),
  build(frame, options): IntentResult {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', EXAMPLE);
    saysIpsec(frame);
    claim(...frame.terms.filter((t) => t.normal === 'ipsec'));
    has(frame, 'tunnel', 'site-to-site', 'vpn', 'peer');
    says(frame, ...TUNNEL_WORDS);
    const ikev1 = says(frame, ...IKEV1_WORDS);
    says(frame, ...IKEV2_WORDS);
    // The peer: one address; the networks: two prefixes.
    const peers = frame.addresses.filter((a) => a.value.kind === 'ip' && a.value.port === undefined);
    const networks = frame.addresses.filter((a) => a.value.kind === 'prefix');
    const other = frame.addresses.find((a) => !peers.includes(a) && !networks.includes(a));
    if (other) return refuse(this.id, `${other.term.text} is neither the remote router's address nor a network (IPv4 addresses and prefixes like 192.168.2.0/24)`, EXAMPLE);
    if (peers.length === 0) return refuse(this.id, 'it does not give the remote router\'s public address', EXAMPLE);
    if (peers.length > 1) return refuse(this.id, 'one tunnel per request, to one remote router (the networks are prefixes like 192.168.2.0/24)', EXAMPLE);
    if (networks.length !== 2) return refuse(this.id, networks.length < 2 ? 'it needs both networks: the local one and the remote one (e.g. from 192.168.1.0/24 to 192.168.2.0/24)' : 'one tunnel joins two networks: the local one and the remote one', EXAMPLE);
    const peer = peers[0]!.value;
    const peerAddress = peer.kind === 'ip' ? peer.address : '';

    // Which network is ours.
    const sides = networks.map((n) => sideOf(frame, n));
    for (const s of sides) if (s) claim(s.by);
    const warnings: string[] = [];
    let localAt: number | undefined;
    const lan = options.lanSubnet;
    const isLan = networks.map((n) => (n.value.kind === 'prefix' ? containsPrefix(n.value, lan) || containsPrefix(lan, n.value) : false));
    if (sides[0]?.side === 'local' || sides[1]?.side === 'remote') localAt = 0;
    if (sides[1]?.side === 'local' || sides[0]?.side === 'remote') {
      if (localAt === 0) return refuse(this.id, 'it marks both networks as the same side; say which is local and which is remote', EXAMPLE);
      localAt = 1;
    }
    if (localAt === undefined && isLan[0] !== isLan[1]) {
      localAt = isLan[0] ? 0 : 1;
      warnings.push(`${networks[localAt]!.term.text} was taken as the local network: it holds the LAN subnet (${lan.address}/${lan.length}, the lanSubnet option).`);
    }
    if (localAt === undefined && sides[0]?.side === 'between') {
      localAt = 0;
      warnings.push(`${networks[0]!.term.text}, named first, was taken as the local network and ${networks[1]!.term.text} as the remote one; if it is the other way round, say "from <local> to <remote>".`);
    }
    if (localAt === undefined) return refuse(this.id, 'it does not say which network is local and which is remote ("from 192.168.1.0/24 to 192.168.2.0/24", or "local 192.168.1.0/24 remote 192.168.2.0/24")', EXAMPLE);
    const local = networks[localAt]!.value;
    const remote = networks[1 - localAt]!.value;
    if (local.kind !== 'prefix' || remote.kind !== 'prefix') return refuse(this.id, 'the networks are prefixes', EXAMPLE);
    if (containsPrefix(local, remote) || containsPrefix(remote, local)) return refuse(this.id, 'the two networks overlap; a tunnel joins two different networks', EXAMPLE);

    // The pre-shared key: after "secret"/"psk"/"pre-shared key", quoted or not, or after "key".
    let secret = secretOf(frame, ['ipsec-secret', 'secret', 'password']);
    if (!secret) {
      const keyAt = frame.terms.findIndex((t) => t.normal === 'key');
      const value = keyAt >= 0 ? valueAfter(frame, keyAt) : undefined;
      if (value) {
        claim(frame.terms[keyAt], frame.terms[value.index]);
        secret = { text: value.text, index: value.index, trailing: frame.terms[value.index]!.after, quoted: value.quoted };
      }
    }
    if (!secret) return refuse(this.id, 'it does not give the pre-shared key (secret "..."), the same on both routers', EXAMPLE);
    claim(frame.terms[secret.index]);
    has(frame, 'ipsec-secret', 'secret', 'password');
    // "pre-shared key X": the label's words as the scanner left them.
    for (let k = secret.index - 1; k >= Math.max(0, secret.index - 2) && KEY_LABEL_WORDS.has(frame.terms[k]!.normal); k--) claim(frame.terms[k]);
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, EXAMPLE);
    const stray = [...frame.ports, ...frame.numbers, ...frame.interfaces].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not part of the site-to-site tunnel this generator writes (the remote router's address, the two networks, the key)`, EXAMPLE);

    const name = `ipsec-${peerAddress}`;
    const localText = addressText(local);
    const remoteText = addressText(remote);
    const commands: Command[] = [
      command('/ip ipsec profile', 'add', { name, 'dh-group': 'modp2048', 'enc-algorithm': 'aes-256', 'hash-algorithm': 'sha256' }),
      command('/ip ipsec peer', 'add', { name, address: { kind: 'prefix', address: peerAddress, length: 32 }, 'exchange-mode': ikev1 ? 'main' : 'ike2', profile: name }),
      command('/ip ipsec identity', 'add', { peer: name, 'auth-method': 'pre-shared-key', secret: str(secret.text) }),
      command('/ip ipsec proposal', 'add', { name, 'auth-algorithms': 'sha256', 'enc-algorithms': 'aes-256-cbc', 'pfs-group': 'modp2048' }),
      command('/ip ipsec policy', 'add', { 'src-address': { kind: 'prefix', address: local.address, length: local.length }, 'dst-address': { kind: 'prefix', address: remote.address, length: remote.length }, tunnel: 'yes', peer: name, proposal: name }),
      command('/ip firewall nat', 'add', {
        chain: 'srcnat', action: 'accept', 'src-address': { kind: 'prefix', address: local.address, length: local.length },
        'dst-address': { kind: 'prefix', address: remote.address, length: remote.length }, 'place-before': 0, comment: str(`${name}: no NAT to ${remoteText}`),
      }),
    ];
    warnings.push(...secretWarnings(secret));
    warnings.push(`The other router needs the mirror image: a peer at this router's public address with the same key, a policy from ${remoteText} to ${localText}, and the same settings: ${ikev1 ? 'IKEv1 main mode' : 'IKEv2'}, phase 1 AES-256/SHA-256/modp2048, phase 2 AES-256-CBC/SHA-256 with PFS modp2048.`);
    warnings.push(`The srcnat accept is placed first (place-before=0) so traffic from ${localText} to ${remoteText} is not masqueraded before IPsec sees it; it must stay above the masquerade rule, and place-before=0 needs a NAT rule to exist (the default configuration's masquerade).`);
    warnings.push(`Accept UDP 500 and 4500 and IPsec ESP from ${peerAddress} in the input chain if it drops input from the WAN (the default configuration does), and accept traffic from ${remoteText} in the forward chain (the default configuration's "accept in ipsec policy" does, above FastTrack).`);
    return { kind: 'commands', rule: this.id, commands, warnings };
  },
};
