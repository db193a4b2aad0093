/**
 * Management services (manual: IP > Services, SSH, MAC server, Neighbor
 * discovery): which of the router's own services run, on which port, and
 * from which addresses; SSH ciphers; MAC Telnet/WinBox; discovery.
 */
import type { ServiceSpec } from '../../../grammar/english/services.js';
import { command, type ValueInput } from '../../ast/build.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Address, Frame } from '../frame.js';
import { addressText, addressValue } from '../traffic.js';
import { ok, refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, mixedTargets, says } from '../words.js';
import { SPARING_WORDS } from '../../../grammar/english/cues.js';
import { changesOnly } from '../traits.js';
import { claim } from '../claims.js';
import { trafficVerb } from '../system/rules.js';
import { IP_SERVICE_NAMES, ipServicesWhere } from '../../../grammar/routeros/services.js';
import { REACH_WORDS } from '../../../grammar/english/cues.js';

const SERVICE = '/ip service';
/** Every /ip service entry in RouterOS 7. */
const ALL_SERVICES = IP_SERVICE_NAMES;
/** Services that send passwords in clear text. */
const INSECURE = ipServicesWhere((s) => s.plaintext);

const ipServices = (frame: Frame, roles?: readonly string[]): ServiceSpec[] =>
  frame.services.filter((s) => s.value.ipService !== undefined && (!roles || roles.includes(s.role))).map((s) => s.value);

/** The only place said is the LAN ("restrict ssh to the lan"). */
const lanOnly = (frame: Frame): boolean => frame.places.length > 0 && frame.places.every((p) => p.value === 'lan' || p.value === 'router');

// ("set winbox to only be reachable from 192.168.88.0/24": a service reachable only from some addresses is restricted to them.)
const restricting = (frame: Frame): boolean => says(frame, 'restrict', 'limit', 'lock', 'lock down') || (asks(frame, 'set') && (has(frame, 'allowed') || serviceAddressWord(frame))) ||
  (frame.nouns.has('only') && says(frame, ...REACH_WORDS));

/**
 * "set ssh address to 10.0.0.0/24", "change the winbox addresses to ...": "address" right after a service's name is
 * the service's own setting (`/ip service` `address=`, the addresses it answers), not an address for an interface.
 */
function serviceAddressWord(frame: Frame): boolean {
  const k = frame.terms.findIndex((t, i) => i > 0 && /^address(?:es)?$/.test(t.normal) && frame.services.some((s) => s.term === frame.terms[i - 1] && s.value.ipService !== undefined));
  if (k < 0 || frame.interfaces.length > 0) return false;
  claim(frame.terms[k]);
  return true;
}

/** Turning IP services on or off. */
export const toggleRule: IntentRule = {
  id: 'services: enable|disable <service>...',
  match: (frame) => (asks(frame, 'enable', 'disable') && !asks(frame, 'block', 'allow') && !(asks(frame, 'enable') && frame.ports.length + frame.numbers.length > 0) && (ipServices(frame).length > 0 || (has(frame, 'service') && (has(frame, 'insecure') || frame.nouns.has('all') || has(frame, 'every')))) && !has(frame, 'mac-server', 'mac-winbox', 'discovery', 'strong-crypto') ? 45 : 0),
  build(frame) {
    const example = 'Disable telnet, ftp and www';
    const disable = asks(frame, 'disable');
    if (disable && asks(frame, 'enable')) return refuse(this.id, 'it asks to enable and disable in one clause; ask one after the other', example);
    if (frame.negated) return refuse(this.id, `"${frame.actions[0]!.term.text}" is negated, so there is nothing to do`, example);
    const mixed = mixedTargets(frame, ['service']);
    if (mixed) return refuse(this.id, mixed, example);
    // "disable telnet on the wan", "disable ssh for 10.0.0.5": a service is on or off for every address and interface.
    if (frame.places.some((p) => p.value !== 'router') || frame.addresses.length > 0) {
      return refuse(this.id, 'a service is switched on or off for every address and interface; to allow it only from some addresses say "restrict ssh to 192.168.88.0/24", or block it from the WAN with a firewall rule ("block telnet from the internet")', example);
    }
    if (frame.ports.length + frame.numbers.length > 0 && disable) return refuse(this.id, 'a port is no part of switching a service off; say "disable telnet", or "move ssh to port 2222"', example);
    const others = frame.services.filter((s) => s.value.ipService === undefined).map((s) => s.value.name);
    if (others.length > 0) return refuse(this.id, `${others.join(', ')} ${others.length > 1 ? 'are not' : 'is not an'} /ip service entr${others.length > 1 ? 'ies' : 'y'} (the router's services are ${ALL_SERVICES.join(', ')})`, example);
    // "all services except ssh", "every service but winbox", "all apart from ssh", "telnet but keep ssh": what follows is kept as it is.
    const exceptAt = frame.terms.findIndex((t) => SPARING_WORDS.has(t.normal) || t.meanings.some((m) => m.type === 'role' && m.value === 'except'));
    const kept = (s: Frame['services'][number]): boolean => s.role === 'except' || (exceptAt >= 0 && frame.terms.indexOf(s.term) > exceptAt);
    const except = frame.services.filter((s) => s.value.ipService !== undefined && kept(s)).map((s) => s.value.ipService!);
    let names = frame.services.filter((s) => s.value.ipService !== undefined && !kept(s)).map((s) => s.value.ipService!);
    const warnings: string[] = [];
    if (has(frame, 'insecure') && names.length === 0) {
      names = INSECURE.filter((n) => !except.includes(n));
      warnings.push(`"Insecure" was taken to mean ${names.join(', ')} (clear-text passwords, or rarely needed).`);
    } else if ((frame.nouns.has('all') || has(frame, 'every')) && names.length === 0) {
      if (!disable) return refuse(this.id, 'enabling every service is not something to do in one go; name the services', 'Enable ssh and winbox');
      if (except.length === 0) return refuse(this.id, 'disabling every service locks you out of the router; say which to keep ("except ssh and winbox")', 'Disable all services except ssh and winbox');
      names = ALL_SERVICES.filter((n) => !except.includes(n));
    }
    names = [...new Set(names)];
    if (names.length === 0) return refuse(this.id, 'it does not say which services', example);
    if (disable && ['ssh', 'winbox', 'www-ssl'].every((n) => names.includes(n))) warnings.push('Every way to manage the router over IP except the ones left on is off; check you keep one you use.');
    return ok(this.id, [command(SERVICE, disable ? 'disable' : 'enable', [{ kind: 'positional', value: listValue(names) }])], warnings);
  },
};

function listValue(names: readonly string[]): ValueInput & object {
  return names.length === 1 ? { kind: 'word', text: names[0]! } : { kind: 'list', items: names.map((n) => ({ kind: 'word' as const, text: n })) };
}

/** "move ssh to port 2222", "change the winbox port to 8292", "run the web interface on port 8080". */
export const portRule: IntentRule = {
  id: 'services: set <service> port <port>',
  match: (frame) => (ipServices(frame).length > 0 && (frame.ports.length > 0 || frame.numbers.length > 0) && asks(frame, 'set', 'move', 'run', 'rename', 'add', 'enable') && !asks(frame, 'block', 'allow', 'forward', 'redirect', 'disable') ? 50 : 0),
  build(frame) {
    const example = 'Change the SSH port to 2222';
    const services = ipServices(frame);
    if (services.length !== 1) return refuse(this.id, 'change one service\'s port at a time', example);
    // "from 22 to 2222": the port said with "from" is the old one.
    const ports = [...frame.ports.filter((p) => p.role !== 'from').map((p) => p.value), ...frame.numbers.filter((n) => n.role !== 'from').map((n) => ({ from: n.value, to: n.value }))];
    if (ports.length !== 1 || ports[0]!.from !== ports[0]!.to) return refuse(this.id, 'it does not say the one new port', example);
    const port = ports[0]!.from;
    if (port < 1 || port > 65535) return refuse(this.id, `port ${port} is outside 1-65535`, example);
    const name = services[0]!.ipService!;
    // "enable ssh on port 2222": switched on as well.
    const enable = asks(frame, 'enable') ? [{ kind: 'named' as const, name: 'disabled', value: { kind: 'word' as const, text: 'no' } }] : [];
    return ok(this.id, [command(SERVICE, 'set', [{ kind: 'positional', value: { kind: 'word', text: name } }, { kind: 'named', name: 'port', value: { kind: 'number', value: port } }, ...enable])], [
      `Connect to ${name} on port ${port} from now on, and update firewall rules that allow the old port; apply it in Safe Mode.`,
    ]);
  },
};

/** The addresses an IP service accepts. */
export const addressRule: IntentRule = {
  id: 'services: restrict <service> to <addresses>',
  // "restrict ssh to the lan": the LAN subnet (the firewall would read "to the lan" as a destination).
  // "restrict ssh FROM 10.0.0.5" keeps that address out (a filter rule); "only ... from 10.0.0.0/8" is the allowed list.
  match: (frame) => (ipServices(frame).length > 0 && (frame.addresses.length > 0 || lanOnly(frame)) && restricting(frame) && !asks(frame, 'forward', 'redirect') && frame.ports.length === 0 && (frame.nouns.has('only') || !frame.addresses.some((a) => a.role === 'from')) ? 50 : 0),
  build(frame, options) {
    const example = 'Restrict winbox to 192.168.88.0/24';
    const services = [...new Set(ipServices(frame).map((s) => s.ipService!))];
    // "ssh to 10.0.0.0/8 and winbox to 192.168.0.0/16": one list of addresses per request, not pairs.
    if (services.length > 1 && frame.terms.filter((t) => t.normal === 'to').length > 1) return refuse(this.id, 'it gives each service its own addresses; restrict one service per request ("restrict ssh to 10.0.0.0/8 and restrict winbox to 192.168.0.0/16")', example);
    const lan = frame.addresses.length === 0 && lanOnly(frame);
    const addresses: Address[] = lan ? [{ kind: 'prefix', address: options.lanSubnet.address, length: options.lanSubnet.length }] : frame.addresses.map((a) => a.value);
    const bad = addresses.find((a) => a.kind === 'hostname' || a.kind === 'ip-range' || (a.kind === 'ip' && a.port !== undefined));
    if (bad) return refuse(this.id, `a service is restricted to addresses or subnets, not ${addressText(bad)}`, example);
    const value: ValueInput = addresses.length === 1 ? addressValue(addresses[0]!) : { kind: 'list', items: addresses.map(addressValue) };
    return ok(this.id, [command(SERVICE, 'set', [{ kind: 'positional', value: listValue(services) }, { kind: 'named', name: 'address', value }])], [
      ...(lan ? [`"The LAN" was taken to mean ${addressText(addresses[0]!)}; pass the lanSubnet option if yours differs.`] : []),
      `Only ${addresses.map((a) => addressText(a)).join(', ')} can reach ${services.join(', ')} afterwards; if you are connected from elsewhere you are cut off. Apply it in Safe Mode.`,
    ]);
  },
};

/** SSH strong crypto. */
export const sshCryptoRule: IntentRule = {
  id: 'services: ssh strong-crypto',
  match: (frame) => (has(frame, 'strong-crypto') ? 50 : 0),
  build(frame) {
    const weak = says(frame, 'weak') && !asks(frame, 'disable');
    const off = (asks(frame, 'disable') && !says(frame, 'weak')) || weak;
    return ok(this.id, [command('/ip ssh', 'set', { 'strong-crypto': off ? 'no' : 'yes' })], off ? [] : ['Old SSH clients that only know SHA-1 or CBC ciphers can no longer connect.']);
  },
};

/** MAC server, MAC WinBox and MAC ping. */
export const macServerRule: IntentRule = {
  id: 'services: mac-server|mac-winbox|mac-ping [interface list]',
  match: (frame) => (has(frame, 'mac-server', 'mac-winbox', 'mac-ping') && frame.actions.length > 0 ? 50 : 0),
  build(frame, options) {
    const example = 'Allow MAC WinBox only from the LAN';
    if (frame.negated) return refuse(this.id, 'the request is negated; say "disable" or "allow only on the LAN"', example);
    if (has(frame, 'mac-ping')) return ok(this.id, [command('/tool mac-server ping', 'set', { enabled: asks(frame, 'disable', 'block') ? 'no' : 'yes' })]);
    const menus = [...(has(frame, 'mac-server') ? ['/tool mac-server'] : []), ...(has(frame, 'mac-winbox') ? ['/tool mac-server mac-winbox'] : [])];
    const list = listFor(frame, options);
    if (typeof list === 'object') return list;
    return ok(this.id, menus.map((m) => command(m, 'set', { 'allowed-interface-list': list })), list === 'none' ? ['MAC access is the way back in when an IP change locks you out; with it off, only the console or a reset helps.'] : []);
  },
};

/** The interface list a MAC server or discovery setting is limited to: none for "disable", LAN for "only on the LAN", all for "enable". */
function listFor(frame: Frame, options: ResolvedOptions): string | IntentResult {
  const example = 'Allow MAC WinBox only from the LAN';
  const place = frame.places.find((p) => p.value === 'lan' || p.value === 'wan');
  if (asks(frame, 'disable', 'block') && !restricting(frame)) {
    // "turn off neighbor discovery on the wan": these settings name the interfaces where it runs, so off on the
    // WAN is on the LAN list only; off on one interface or on the LAN alone cannot be said with one list.
    if (frame.interfaces.length > 0) return refuse('services', 'this setting takes an interface list, not an interface: turn it off everywhere, or keep it to the LAN', 'Turn off neighbor discovery on the WAN');
    if (place?.value === 'lan') return refuse('services', 'turning it off on the LAN alone would leave it on the WAN; turn it off everywhere, or keep it to the LAN', 'Turn off neighbor discovery on the WAN');
    if (place?.value !== 'wan') return 'none';
  }
  if (place) {
    // "to the lan list", "the LAN interface list": the side's interface list, which is what this setting takes.
    const at = frame.terms.indexOf(place.term);
    const list = [frame.terms[at + 1], frame.terms[at + 2]];
    if (list[0]?.normal === 'list' || list[0]?.normal === 'interface list') claim(list[0]);
    else if (list[0]?.normal === 'interface' && list[1]?.normal === 'list') claim(list[0], list[1]);
    const ref = place.value === 'lan' ? options.lan : options.wan;
    if (!('list' in ref)) return refuse('services', `this setting takes an interface list, and ${place.value.toUpperCase()} was given as the interface ${ref.interface}`, example);
    if (place.value === 'wan' && !asks(frame, 'disable', 'block')) return refuse('services', 'offering management access on the WAN side is not something to generate; limit it to the LAN', example);
    if (place.value === 'wan') {
      const lan = options.lan;
      if (!('list' in lan)) return refuse('services', `off on the WAN means on the LAN list only, and the LAN was given as the interface ${lan.interface}`, example);
      return lan.list;
    }
    return ref.list;
  }
  if (frame.interfaces.length > 0) return refuse('services', 'this setting takes an interface list, not an interface; say "the LAN" or name a list', example);
  if (asks(frame, 'enable')) return 'all';
  return refuse('services', 'it does not say where to allow it', example);
}

/** "disable neighbor discovery", "only run discovery on the LAN". */
export const discoveryRule: IntentRule = {
  id: 'services: neighbor discovery [interface list]',
  // Not "tarpit mndp from the lan" or "forward mndp to ...": filter and NAT verbs are the firewall's.
  match: (frame) => (((has(frame, 'discovery') || frame.services.some((s) => s.value.name === 'winbox-discovery')) && frame.actions.length > 0) || (has(frame, 'discovery') && restricting(frame))) && !trafficVerb(frame) ? 50 : 0,
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated; say "disable" or "only on the LAN"', 'Disable neighbor discovery');
    const list = listFor(frame, options);
    if (typeof list === 'object') return list;
    return ok(this.id, [command('/ip neighbor discovery-settings', 'set', { 'discover-interface-list': list })]);
  },
};

export const SERVICES_FAMILY: IntentFamily = {
  id: 'services',
  reads: { nouns: ['port', 'all'], words: ['service', 'services', 'servce', 'but', 'except', 'keep', 'access', 'listen', 'reached', 'lock', 'down', 'only', 'ssh', 'it', 'everywhere'] }, example: 'Disable telnet and ftp', summary: 'management services (enable/disable, port, allowed addresses, SSH strong crypto, MAC server, neighbor discovery)',
  rules: changesOnly([toggleRule, portRule, addressRule, sshCryptoRule, macServerRule, discoveryRule], { readsExceptions: [toggleRule] }),
};
