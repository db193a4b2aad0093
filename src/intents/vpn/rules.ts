/**
 * VPNs and tunnels (manual: Interfaces > WireGuard, PPPoE, L2TP, EoIP, GRE;
 * PPP AAA): WireGuard interfaces and peers, a PPPoE client to the ISP, an
 * L2TP/IPsec server with PPP secrets and profiles, EoIP and GRE tunnels; site-to-site IPsec (ipsec.ts).
 */
import { command, str, type ValueInput } from '../../ast/build.js';
import type { Value } from '../../ast/nodes.js';
import type { Address, Frame } from '../frame.js';
import { addressText } from '../traffic.js';
import { claim } from '../claims.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule, type Referent } from '../types.js';
import { asks, has, indexOf, isNoun, says, techs } from '../words.js';
import { NAME_LABELS, PPPOE_UNWRITTEN_WORDS } from '../../../grammar/english/cues.js';
import { changesOnly } from '../traits.js';
import { durations } from '../../slots/duration.js';
import { ipsecSiteRule } from './ipsec.js';
import { quotedText, secretOf, secretProblem, secondName, secretWarnings, valueAfter } from '../../slots/values.js';

/** A clause that made an interface: it is the subject and the referent of "it" in the next clause. */
const madeInterface = (name: string, ipOnly = false): { subject: string; referent: Referent } => ({ subject: name, referent: { kind: 'interface', name, ...(ipOnly ? { ipOnly } : {}) } });

const isWireguard = (frame: Frame): boolean => has(frame, 'wireguard') || frame.services.some((s) => s.value.name === 'wireguard') || techs(frame, 'wg-key').length > 0;

/** "allowed 10.10.0.3/32" on a peer names its allowed addresses; it is not the firewall's "allow". */
const allowedAddresses = (t: Frame['terms'][number]): boolean => /^allowed$/.test(t.normal);

/** Verbs, by canonical value, that make a clause about a VPN something else than building one (filtering it, removing it). */
const UNBUILDING_VERBS: readonly string[] = ['block', 'allow', 'forward', 'remove', 'disable'];

/** The clause creates or changes something, and no firewall or removal verb says otherwise. */
const building = (frame: Frame): boolean =>
  asks(frame, 'add', 'set', 'enable', 'connect') &&
  !frame.actions.some((a) => UNBUILDING_VERBS.includes(a.value) && !(a.value === 'allow' && allowedAddresses(a.term)));

/**
 * A clause with no verb that describes a thing by its settings ("eoip tunnel to 198.51.100.20 tunnel id 7",
 * "wireguard peer for wg0: pubkey ..., allowed 10.8.0.0/24"): a request to create it.
 */
const describing = (frame: Frame): boolean => frame.actions.every((a) => allowedAddresses(a.term)) && !frame.negated;

/** A clause about a WireGuard peer: peer or public-key words, or a key itself, on WireGuard (by word, key or a wg interface). */
/** "with private key <key>": the interface's own key, never a peer's. */
const privateKeyOf = (frame: Frame): { key: string; valid: boolean } | undefined => {
  const k = techs(frame, 'wg-key').find((x) => frame.terms.slice(Math.max(0, x.index - 3), x.index).some((t) => t.normal === 'private'));
  return k ? { key: k.tech.key, valid: k.tech.valid } : undefined;
};

const aboutPeer = (frame: Frame): boolean =>
  !privateKeyOf(frame) && (has(frame, 'peer', 'public-key') || techs(frame, 'wg-key').length > 0) &&
  (isWireguard(frame) || frame.interfaces.some((i) => /^(?:wg|wireguard)/.test(i.value)));

function nameAfterWords(frame: Frame): string | undefined {
  const at = indexOf(frame, (t) => NAME_LABELS.has(t.normal));
  return (at >= 0 ? valueAfter(frame, at)?.text : undefined) ?? quotedText(frame)?.text;
}

const prefixOf = (a: Address): Value | undefined =>
  a.kind === 'prefix' ? { kind: 'prefix', address: a.address, length: a.length } : a.kind === 'ip' && a.port === undefined ? { kind: 'prefix', address: a.address, length: 32 } : a.kind === 'ip6' ? { kind: 'prefix', address: a.address, length: a.length ?? 128 } : undefined;

/** A WireGuard interface. */
export const wgInterfaceRule: IntentRule = {
  id: 'vpn: wireguard interface [name] [listen-port]',
  // Only a new interface: "set the mtu of the wireguard interface", "add 10.10.0.1/24 to the wireguard interface wg0",
  // "a route via the wireguard tunnel" and "enable the wireguard interface" are other families' (or refusals).
  // ("wireguard interface wg1 port 51820": an interface described with no verb is one to add.)
  match: (frame) => (isWireguard(frame) && ((building(frame) && (asks(frame, 'add') || (asks(frame, 'set') && frame.ports.length + frame.numbers.length > 0))) || (describing(frame) && frame.actions.length === 0 && frame.terms.some((t) => /\binterface$/.test(t.normal)))) &&
    frame.addresses.length === 0 && !says(frame, 'mtu', 'route', 'routes', 'address', 'addresses', 'ip', 'list') && !has(frame, 'peer') && (techs(frame, 'wg-key').length === 0 || privateKeyOf(frame) !== undefined) ? 50 : 0),
  build(frame) {
    const example = 'Create a WireGuard interface wg0 listening on port 51820';
    if (frame.interfaces.length > 1) return refuse(this.id, 'one WireGuard interface per request', example);
    const name = frame.interfaces[0]?.value ?? nameAfterWords(frame);
    const ports = [...frame.ports.map((p) => p.value.from), ...frame.numbers.map((n) => n.value)];
    if (ports.length > 1) return refuse(this.id, 'a WireGuard interface listens on one port', example);
    const port = ports[0];
    if (port !== undefined && (port < 1 || port > 65535)) return refuse(this.id, `port ${port} is outside 1-65535`, example);
    const warnings = ['RouterOS generates the private key; `/interface wireguard print` shows the public key to give your peers.'];
    warnings.push(`Allow UDP port ${port ?? 13231} in the input chain for peers to connect, and add an address to the interface.`);
    const privateKey = privateKeyOf(frame);
    if (privateKey && !privateKey.valid) return refuse(this.id, 'the private key is not a WireGuard key (44 base64 characters ending in "=")', example);
    if (privateKey) warnings[0] = 'The interface uses the private key you gave; `/interface wireguard print` shows the public key that goes with it.';
    // The new interface is what "it" means next ("... and give it 10.10.0.1/24").
    return { ...ok(this.id, [command('/interface wireguard', 'add', { name: name ? str(name) : 'wireguard1', 'listen-port': port ?? 13231, 'private-key': privateKey ? str(privateKey.key) : undefined })], warnings), subject: name ?? 'wireguard1' };
  },
};

/** "add a wireguard peer on wg0 with public key ... allowed 10.10.0.2/32 endpoint vpn.example.com:51820 keepalive 25s". */
export const wgPeerRule: IntentRule = {
  id: 'vpn: wireguard peer <public-key> <allowed-address> [endpoint] [keepalive]',
  // Above every networking rule (addressing's "add <prefix> to <interface>" is 25): a peer's allowed address is no interface address.
  match: (frame) => (aboutPeer(frame) && (building(frame) || describing(frame)) ? 70 : 0),
  build(frame) {
    const example = 'Add a WireGuard peer on wg0 with public key <44-character key> allowed 10.10.0.2/32';
    const keys = techs(frame, 'wg-key');
    if (keys.length === 0) {
      const secret = techs(frame, 'secret')[0];
      return refuse(this.id, secret ? 'a preshared key is optional; the peer\'s public key is needed' : 'a peer needs its public key (44 base64 characters ending in "=")', example);
    }
    const bad = keys.find((k) => !k.tech.valid);
    if (bad) return refuse(this.id, `the public key is not a WireGuard key: it must be 44 base64 characters ending in "=" (this one has ${bad.tech.key.length})`, example);
    if (keys.length > 1) return refuse(this.id, 'add one peer at a time', example);
    const iface = frame.interfaces.find((i) => /^(?:wg|wireguard)/.test(i.value))?.value ?? frame.interfaces[0]?.value;
    if (!iface) return refuse(this.id, 'it does not say which WireGuard interface the peer belongs to', example);
    // "set mtu on ether1 to 1492 and wireguard peer for wg0 ...": what else the clause asks is not left out silently.
    const other = frame.interfaces.find((i) => i.value !== iface)?.value ?? frame.terms.find((t) => isNoun(t, 'route', 'default-route', 'gateway', 'mtu'))?.text;
    if (other) return refuse(this.id, `it also names ${other}, which is not part of a peer; ask for the peer in a sentence of its own`, example);
    const endpointAt = indexOf(frame, (t) => isNoun(t, 'endpoint'));
    const allowedAt = indexOf(frame, (t) => isNoun(t, 'allowed') || allowedAddresses(t));
    let endpoint: Address | undefined;
    const allowed: Value[] = [];
    for (const slot of frame.addresses) {
      const at = frame.terms.indexOf(slot.term);
      const a = slot.value;
      const nearEndpoint = endpointAt >= 0 && at > endpointAt && (allowedAt < endpointAt || at < allowedAt);
      if (nearEndpoint || a.kind === 'hostname' || (a.kind === 'ip' && a.port !== undefined && !(allowedAt >= 0 && at > allowedAt && (endpointAt < allowedAt)))) {
        if (endpoint) return refuse(this.id, 'a peer has one endpoint', example);
        endpoint = a;
        continue;
      }
      const p = prefixOf(a);
      if (!p) return refuse(this.id, `${addressText(a)} cannot be an allowed address`, example);
      allowed.push(p);
    }
    if (allowed.length === 0) return refuse(this.id, 'a peer needs its allowed addresses (the tunnel address or subnets routed to it, e.g. 10.10.0.2/32)', example);
    let endpointPort = endpoint?.kind === 'ip' ? endpoint.port : undefined;
    if (endpoint && endpointPort === undefined) {
      const n = [...frame.ports.map((p) => p.value.from), ...frame.numbers.map((x) => x.value)].filter((x) => x > 0 && x <= 65535);
      endpointPort = n[0];
      if (endpointPort === undefined) return refuse(this.id, 'the endpoint needs its port (e.g. vpn.example.com:51820)', example);
    }
    let keepalive: string | undefined;
    if (has(frame, 'keepalive')) {
      const d = durations(frame)[0]?.seconds ?? frame.numbers.find((n) => n.value !== endpointPort)?.value;
      if (d === undefined || d < 1 || d > 65535) return refuse(this.id, 'it does not say the keepalive interval (e.g. 25s)', example);
      keepalive = `${d}s`;
    }
    // "preshared key <key>": the scanner reads it as a secret; it must be a WireGuard key itself (or "auto").
    let preshared: Value | undefined;
    const psk = techs(frame, 'secret')[0];
    if (psk) {
      if (psk.tech.text.toLowerCase() === 'auto') preshared = { kind: 'word', text: 'auto' };
      else if (/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(psk.tech.text)) preshared = str(psk.tech.text);
      else return refuse(this.id, 'a preshared key must be a WireGuard key too (44 base64 characters ending in "="), or "auto"', example);
    }
    const endpointHost = endpoint ? (endpoint.kind === 'hostname' ? str(endpoint.name) : endpoint.kind === 'ip' ? endpoint.address : addressText(endpoint)) : undefined;
    const args: Record<string, ValueInput | undefined> = {
      interface: iface,
      'public-key': str(keys[0]!.tech.key),
      'allowed-address': allowed.length === 1 ? allowed[0]! : { kind: 'list', items: allowed },
      'endpoint-address': endpointHost,
      'endpoint-port': endpointPort,
      'persistent-keepalive': keepalive,
      'preshared-key': preshared,
      comment: nameAfterWords(frame) ? str(nameAfterWords(frame)!) : undefined,
    };
    const warnings = endpoint ? [] : ['No endpoint was given: the router waits for the peer to connect first.'];
    return ok(this.id, [command('/interface wireguard peers', 'add', args)], warnings);
  },
};

/** "connect to the ISP with PPPoE on ether1, user \"...\" password \"...\"". */
export const pppoeRule: IntentRule = {
  id: 'vpn: pppoe-client <interface> <user> <password>',
  // ("pppoe client on ether1 user ... password ...": a client described with no verb is one to add.)
  match: (frame) => (has(frame, 'pppoe') && (building(frame) || asks(frame, 'connect') || (describing(frame) && frame.terms.some((t) => /\bclient$/.test(t.normal)))) && !says(frame, 'list', 'bridge') && !frame.nouns.has('address-list') ? 50 : 0),
  build(frame, options) {
    const example = 'Set up a PPPoE client on ether1 with user "isp-login" and password "secret"';
    if (frame.interfaces.filter((i) => !/^pppoe/.test(i.value)).length > 1) return refuse(this.id, 'one PPPoE client per request, on one interface', example);
    const iface = frame.interfaces.find((i) => !/^pppoe/.test(i.value))?.value ?? ('interface' in options.wan ? options.wan.interface : undefined);
    if (!iface) return refuse(this.id, 'it does not say which interface faces the ISP (e.g. ether1)', example);
    const at = indexOf(frame, (t) => isNoun(t, 'user', 'username'));
    const user = at >= 0 ? valueAfter(frame, at) : undefined;
    if (!user) return refuse(this.id, 'it does not give the PPPoE user name', example);
    const nextText = frame.terms[user.index + 1]?.text ?? '';
    if (!user.quoted && (user.text.endsWith('@') || nextText.startsWith('@'))) return refuse(this.id, 'put a user name with "@" in double quotes', example);
    const secret = secretOf(frame);
    if (!secret) return refuse(this.id, 'it does not give the PPPoE password', example);
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, example);
    // MTU/MRU, VLAN and dial-on-demand settings are not generated: refused rather than left out.
    const unsupported = frame.terms.find((t) => PPPOE_UNWRITTEN_WORDS.has(t.normal));
    if (unsupported) return refuse(this.id, `the PPPoE client's ${unsupported.text} setting is not generated here; ask without it and change it afterwards`, example);
    const noRoute = has(frame, 'default-route') && (frame.negated || says(frame, 'no', 'without', 'not'));
    const noDns = has(frame, 'peer-dns') && (says(frame, 'no', 'without', 'not', 'own'));
    return ok(this.id, [command('/interface pppoe-client', 'add', {
      name: 'pppoe-out1', interface: iface, user: str(user.text), password: str(secret.text),
      'add-default-route': noRoute ? 'no' : 'yes', 'use-peer-dns': noDns ? 'no' : 'yes', disabled: 'no',
    })], [
      ...secretWarnings(secret),
      'Add pppoe-out1 to the WAN interface list (and masquerade out of it), since traffic now leaves through the PPPoE interface, not the Ethernet port.',
    ]);
  },
};

/** "enable the L2TP server with IPsec secret \"...\"". */
export const l2tpServerRule: IntentRule = {
  id: 'vpn: l2tp-server ipsec-secret',
  match: (frame) => ((has(frame, 'l2tp-server') || (frame.services.some((s) => s.value.name === 'l2tp') && says(frame, 'server'))) && (building(frame) || asks(frame, 'disable')) && !has(frame, 'ppp-secret', 'user') ? 50 : 0),
  build(frame) {
    const example = 'Enable the L2TP server with IPsec secret "long-shared-secret"';
    if (asks(frame, 'disable')) return ok(this.id, [command('/interface l2tp-server server', 'set', { enabled: 'no' })]);
    const secret = secretOf(frame, ['ipsec-secret', 'secret', 'password']);
    if (!secret) return refuse(this.id, 'L2TP without IPsec sends everything in clear text; give the IPsec secret', example);
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, example);
    return ok(this.id, [command('/interface l2tp-server server', 'set', {
      enabled: 'yes', 'use-ipsec': 'required', 'ipsec-secret': str(secret.text), 'default-profile': 'default-encryption',
    })], [...secretWarnings(secret), 'Allow UDP 500, 4500 and IPsec ESP in the input chain, and add a PPP secret for each user.']);
  },
};

const PPP_SERVICES: Readonly<Record<string, string>> = { l2tp: 'l2tp', pptp: 'pptp', sstp: 'sstp', openvpn: 'ovpn' };

/** "add vpn user alice with password \"...\" and address 10.10.10.2", "create an l2tp user bob password ...". */
export const pppSecretRule: IntentRule = {
  id: 'vpn: ppp secret <name> <password> [service] [remote-address]',
  match: (frame) => ((has(frame, 'ppp-secret') || (has(frame, 'user') && (has(frame, 'vpn') || frame.services.some((s) => s.value.name in PPP_SERVICES)))) && asks(frame, 'add', 'set') ? 55 : 0),
  build(frame) {
    const example = 'Add VPN user alice with password "Str0ng-Pass" for l2tp';
    const at = indexOf(frame, (t) => isNoun(t, 'ppp-secret', 'user', 'username'));
    // "a ppp secret for john": the user the secret is for.
    const name = valueAfter(frame, frame.terms[at + 1]?.normal === 'for' ? at + 1 : at);
    if (!name) return refuse(this.id, 'it does not say the VPN user\'s name', example);
    if (secondName(frame, name.index)) return refuse(this.id, 'one VPN user per request', example);
    const secret = secretOf(frame);
    if (!secret) return refuse(this.id, 'a VPN user needs a password (in double quotes)', example);
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, example);
    // "l2tp user" is one phrase (a PPP secret): its first word still names the service.
    const service = frame.services.map((s) => PPP_SERVICES[s.value.name]).find((s) => s !== undefined)
      ?? frame.terms.map((t) => PPP_SERVICES[t.normal.split(' ')[0]!]).find((s) => s !== undefined);
    // "service l2tp": RouterOS's own label for it.
    const serviceAt = frame.services.find((s) => PPP_SERVICES[s.value.name] !== undefined)?.term;
    const label = serviceAt ? frame.terms[frame.terms.indexOf(serviceAt) - 1] : undefined;
    if (label?.normal === 'service') claim(label);
    const addresses = frame.addresses.map((a) => a.value);
    if (addresses.length > 1 || addresses.some((a) => a.kind !== 'ip' || a.port !== undefined)) return refuse(this.id, 'a VPN user gets one address', example);
    const profileAt = indexOf(frame, (t) => isNoun(t, 'profile'));
    const profile = profileAt >= 0 ? valueAfter(frame, profileAt, { plainWords: true }) : undefined;
    return ok(this.id, [command('/ppp secret', 'add', {
      name: str(name.text), password: str(secret.text), service, profile: profile ? str(profile.text) : undefined,
      'remote-address': addresses[0]?.kind === 'ip' ? addresses[0].address : undefined,
    })], secretWarnings(secret));
  },
};

/** "create a ppp profile vpn with local address 10.10.10.1 and remote address pool vpn-pool, dns 1.1.1.1". */
export const pppProfileRule: IntentRule = {
  id: 'vpn: ppp profile <name> local-address remote-address [dns]',
  match: (frame) => (has(frame, 'profile') && asks(frame, 'add') && !has(frame, 'user', 'ppp-secret') ? 50 : 0),
  build(frame) {
    const example = 'Create PPP profile vpn with local address 10.10.10.1 and remote address pool vpn-pool';
    const at = indexOf(frame, (t) => isNoun(t, 'profile'));
    const name = valueAfter(frame, at, { plainWords: true });
    if (!name) return refuse(this.id, 'it does not say the profile\'s name', example);
    // The words after the profile's name: "a profile called remote with ... remote address pool vpn-pool".
    const localAt = indexOf(frame, (t) => isNoun(t, 'local-address') || t.normal === 'local', name.index + 1);
    const remoteAt = indexOf(frame, (t) => isNoun(t, 'remote-address', 'pool') || t.normal === 'remote', name.index + 1);
    const dnsAt = indexOf(frame, (t) => t.meanings.some((m) => m.type === 'service' && m.value.name === 'dns'));
    let local: string | undefined;
    let remote: ValueInput | undefined;
    let dns: string | undefined;
    for (const slot of frame.addresses) {
      const i = frame.terms.indexOf(slot.term);
      if (slot.value.kind !== 'ip') return refuse(this.id, `${addressText(slot.value)} is not an address here`, example);
      const nearest = [localAt, remoteAt, dnsAt].filter((x) => x >= 0 && x < i).sort((a, b) => b - a)[0];
      if (nearest === localAt) local = slot.value.address;
      else if (nearest === remoteAt) remote = slot.value.address;
      else if (nearest === dnsAt) dns = slot.value.address;
    }
    if (remote === undefined && remoteAt >= 0) {
      const poolAt = indexOf(frame, (t) => isNoun(t, 'pool'), name.index + 1);
      const pool = valueAfter(frame, poolAt >= 0 ? poolAt : remoteAt);
      if (pool) remote = str(pool.text);
    }
    if (!local || remote === undefined) return refuse(this.id, 'a profile needs the router\'s local address and the remote address or pool for clients', example);
    return ok(this.id, [command('/ppp profile', 'add', { name: str(name.text), 'local-address': local, 'remote-address': remote, 'dns-server': dns })]);
  },
};

/** "create an eoip tunnel to 203.0.113.2 with tunnel id 10", "gre tunnel from 198.51.100.1 to 203.0.113.2". */
export const tunnelRule: IntentRule = {
  id: 'vpn: eoip|gre tunnel <remote> [local] [tunnel-id]',
  match: (frame) => ((has(frame, 'eoip') || has(frame, 'gre') || frame.protocols.some((p) => p.value === 'gre')) && (has(frame, 'tunnel', 'eoip', 'gre') || frame.nouns.has('interface')) && (building(frame) || describing(frame)) ? 60 : 0),
  build(frame) {
    const eoip = has(frame, 'eoip');
    const example = eoip ? 'Create an EoIP tunnel to 203.0.113.2 with tunnel id 10' : 'Create a GRE tunnel from 198.51.100.1 to 203.0.113.2';
    if (has(frame, 'ipsec-secret') || techs(frame, 'secret').length > 0) return refuse(this.id, 'IPsec on EoIP/GRE tunnels is not generated here; create the tunnel first', example);
    const remoteAt = indexOf(frame, (t) => isNoun(t, 'remote-address'));
    const localAt = indexOf(frame, (t) => isNoun(t, 'local-address'));
    let remote: string | undefined;
    let local: string | undefined;
    for (const slot of frame.addresses) {
      if (slot.value.kind !== 'ip' || slot.value.port !== undefined) return refuse(this.id, `${addressText(slot.value)} cannot be a tunnel end`, example);
      const i = frame.terms.indexOf(slot.term);
      const isLocal = (localAt >= 0 && i > localAt && (remoteAt < localAt || i < remoteAt)) || (localAt < 0 && slot.role === 'from');
      if (isLocal) local = slot.value.address;
      else if (remote) return refuse(this.id, 'a tunnel has one remote end', example);
      else remote = slot.value.address;
    }
    if (!remote) return refuse(this.id, 'it does not say the remote end\'s address', example);
    // "... and bridge it with ether3": another interface is another request (a bridge port), not the tunnel's name.
    const other = frame.interfaces.find((i) => !/^(?:eoip|gre)/.test(i.value));
    if (other) return refuse(this.id, `${other.value} is another interface; create the tunnel first, then add it to a bridge or give it an address in a second request`, example);
    const name = nameAfterWords(frame) ?? frame.interfaces[0]?.value;
    if (eoip) {
      const idAt = indexOf(frame, (t) => isNoun(t, 'tunnel-id') || t.normal === 'id');
      const id = frame.numbers.find((n) => frame.terms.indexOf(n.term) > idAt)?.value ?? frame.ports.find((p) => frame.terms.indexOf(p.term) > idAt)?.value.from;
      if (idAt < 0 || id === undefined) return refuse(this.id, 'an EoIP tunnel needs a tunnel id, the same at both ends', example);
      if (id > 65535) return refuse(this.id, `tunnel id ${id} is outside 0-65535`, example);
      // The new tunnel is what "it" means next ("... and add it to the bridge").
      return { ...ok(this.id, [command('/interface eoip', 'add', { name: name ? str(name) : 'eoip-tunnel1', 'remote-address': remote, 'local-address': local, 'tunnel-id': id })], [
        'Bridge the EoIP interface with a LAN port (or give it an address) on both routers.',
      ]), ...madeInterface(name ?? 'eoip-tunnel1') };
    }
    return { ...ok(this.id, [command('/interface gre', 'add', { name: name ? str(name) : 'gre-tunnel1', 'remote-address': remote, 'local-address': local })], [
      'Give the GRE interface an address (a /30 on both ends) and route the remote networks through it. Allow IP protocol 47 (GRE) from the remote end in the input chain.',
    ]), ...madeInterface(name ?? 'gre-tunnel1', true) };
  },
};

export const VPN_FAMILY: IntentFamily = {
  id: 'vpn',
  reads: { nouns: ['key', 'server'], words: ['key', 'id', 'preshared key', 'listening', 'listen', 'listen port', 'private', 'public', 'ipsec secret', 'server', 'psk', 'shared secret', 'secret'] }, example: 'Create a wireguard interface wg0 listening on port 51820', summary: 'VPNs and tunnels (WireGuard interfaces and peers, PPPoE client, L2TP/IPsec server, PPP secrets and profiles, EoIP, GRE, site-to-site IPsec)',
  rules: changesOnly([wgInterfaceRule, wgPeerRule, pppoeRule, l2tpServerRule, pppSecretRule, pppProfileRule, tunnelRule, ipsecSiteRule]),
};
