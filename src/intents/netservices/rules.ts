/**
 * Services the router offers to its network or uses from it (issue 15): the NTP server for LAN clients (manual: NTP;
 * the server answers once the router's own NTP client is synchronized) and RADIUS (manual: RADIUS): a server entry
 * per service, and `use-radius` for the services that have one switch (PPP in /ppp aaa, router logins in /user aaa).
 * Secrets are written into the script only, never into a note.
 */
import { command, str } from '../../ast/build.js';
import type { Arg, Value } from '../../ast/nodes.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { addressText, addressValue } from '../traffic.js';
import { ok, refuse, type IntentFamily, type IntentRule } from '../types.js';
import { asks, has, isNoun, leads, says } from '../words.js';
import { secretOf, secretProblem, secretWarnings } from '../../slots/values.js';
import { ospfRule } from './ospf.js';
import { bgpRule } from './bgp.js';
import { UPSTREAM_WORDS } from '../../../grammar/english/classes.js';
import { SERVED_HOST_WORDS } from '../../../grammar/english/cues.js';

const saysNtp = (frame: Frame): boolean => has(frame, 'ntp') || frame.services.some((s) => s.value.name === 'ntp');

/**
 * The clause asks the router to answer NTP: it serves ("serve time", "provide ntp"), or names the NTP server together
 * with whom it serves (the LAN, clients) or the router itself ("make the router an ntp server").
 */
function serves(frame: Frame): boolean {
  if (says(frame, 'serve', 'serves', 'serving', 'provide', 'provides')) return true;
  // ("use our internal ntp server" is a server the router syncs from: whom it serves comes after the server.)
  const server = frame.terms.findIndex((t) => /\bserver\b/.test(t.normal));
  if (server < 0 || leads(frame, 'set', 'sync')) return false;
  // "enable ntp server", "turn on the ntp server": turning on a server that is named by no address is the router's
  // own (the NTP client's servers are addresses: "enable ntp server 10.0.0.1" stays the client's).
  const ntpServer = /\bntp\b/.test(frame.terms[server]!.normal) || /\bntp\b/.test(frame.terms[server - 1]?.normal ?? '');
  if (ntpServer && leads(frame, 'enable') && frame.addresses.length === 0 && !says(frame, 'client', 'sync', 'use')) return true;
  const after = (t: Frame['terms'][number]): boolean => frame.terms.indexOf(t) > server;
  // "enable ntp server with upstream time.cloudflare.com", "the ntp server syncing from 0.pool.ntp.org": a server with its own upstream.
  return frame.places.some((p) => p.value === 'router' || (p.value === 'lan' && after(p.term))) || frame.terms.some((t) => after(t) && (SERVED_HOST_WORDS.has(t.normal) || UPSTREAM_WORDS.has(t.normal)));
}

/** "enable the ntp server for lan clients", "make the router an ntp server syncing from pool.ntp.org", "serve time to the lan". */
export const ntpServerRule: IntentRule = {
  id: 'netservices: ntp server [upstream servers]',
  // ("let/deny the time server from the LAN" filters NTP traffic: the firewall's, not this rule's.)
  match: (frame) => ((saysNtp(frame) || has(frame, 'time', 'clock')) && serves(frame) && !leads(frame, 'show') && !asks(frame, 'block', 'allow', 'reject', 'tarpit') ? 60 : 0),
  build(frame) {
    const example = 'Enable the NTP server for LAN clients, syncing from 0.pool.ntp.org';
    if (frame.negated || leads(frame, 'disable', 'block', 'remove')) return refuse(this.id, 'turning the NTP server off is "disable the ntp server" on its own; this request does not say it clearly', example);
    saysNtp(frame);
    has(frame, 'time', 'clock');
    serves(frame);
    claim(...frame.places.map((p) => p.term));
    says(frame, 'server', 'clients', 'devices', 'hosts', 'network', 'sync', 'syncing', 'synchronizing', 'upstream', 'from', ...UPSTREAM_WORDS);
    const upstream = frame.addresses.filter((a) => a.role === 'from' || a.role === 'subject' || a.role === 'on');
    const wrong = frame.addresses.find((a) => !upstream.includes(a) || !(a.value.kind === 'ip' || a.value.kind === 'hostname' || a.value.kind === 'ip6') || (a.value.kind === 'ip' && a.value.port !== undefined));
    if (wrong) return refuse(this.id, `${wrong.term.text} is not an upstream NTP server (an address or host name, without a port, after "from")`, example);
    const commands = [command('/system ntp server', 'set', { enabled: 'yes' })];
    const warnings: string[] = [];
    if (upstream.length > 0) {
      // Host names as words, as the NTP client rule writes them (`servers=time.google.com,1.pool.ntp.org`).
      const values = upstream.map((a): Value => (a.value.kind === 'hostname' ? { kind: 'word', text: a.value.name } : addressValue(a.value)));
      commands.push(command('/system ntp client', 'set', { enabled: 'yes', servers: values.length === 1 ? values[0]! : { kind: 'list', items: values } }));
    } else {
      commands.push(command('/system ntp client', 'set', { enabled: 'yes' }));
      warnings.push('No upstream server was given: the NTP client is turned on with the servers it already has (add "syncing from 0.pool.ntp.org" to set them); the server answers clients only once the client is synchronized.');
    }
    warnings.push('Clients reach it on UDP 123 of the router\'s LAN address (the default firewall accepts the LAN and drops the WAN); point them, or the DHCP server\'s NTP option, at that address.');
    return ok(this.id, commands, warnings);
  },
};

/** RADIUS services by the words people use for them. */
const RADIUS_SERVICES: Readonly<Record<string, string>> = {
  ppp: 'ppp', vpn: 'ppp', pppoe: 'ppp', l2tp: 'ppp', sstp: 'ppp', pptp: 'ppp',
  login: 'login', logins: 'login', management: 'login', admin: 'login', admins: 'login', winbox: 'login', ssh: 'login',
  hotspot: 'hotspot', wireless: 'wireless', wifi: 'wireless', 'wi-fi': 'wireless', dhcp: 'dhcp', ipsec: 'ipsec', dot1x: 'dot1x', '802.1x': 'dot1x',
};

/** "add a radius server 10.0.0.5 with secret \"s3cret\" for ppp", "use radius 10.1.1.10 for logins and vpn, secret x". */
export const radiusRule: IntentRule = {
  id: 'netservices: radius <address> <secret> <services>',
  // Above the addressing (25) and VPN (55) rules: "add a radius server 10.0.0.5 ... for vpn" is neither an address nor a VPN user.
  match: (frame) => (frame.terms.some((t) => isNoun(t, 'radius')) && !leads(frame, 'show', 'remove', 'disable') ? 70 : 0),
  build(frame) {
    const example = 'Add a RADIUS server 10.0.0.5 with secret "s3cret-Key" for PPP';
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', example);
    has(frame, 'radius');
    has(frame, 'host');
    says(frame, 'server', 'authentication', 'auth', 'use', 'using');
    if (frame.addresses.length !== 1) return refuse(this.id, frame.addresses.length === 0 ? 'it does not give the RADIUS server\'s address' : 'add one RADIUS server at a time', example);
    const address = frame.addresses[0]!.value;
    if (address.kind !== 'ip' && address.kind !== 'ip6') return refuse(this.id, `${addressText(address)} is not one IP address (RouterOS asks RADIUS servers by address)`, example);
    if (address.kind === 'ip' && address.port !== undefined) return refuse(this.id, 'give the RADIUS server without a port (1812 and 1813 are used)', example);
    const services = [...new Set(frame.terms.flatMap((t) => {
      const s = RADIUS_SERVICES[t.normal] ?? (t.meanings.some((m) => m.type === 'service' && m.value.name === 'ssh') ? 'login' : undefined);
      if (s) claim(t);
      return s ? [s] : [];
    }))].sort();
    if (services.length === 0) return refuse(this.id, 'it does not say which service asks the RADIUS server (ppp, login, hotspot, wireless, dhcp, ipsec, dot1x)', example);
    const secret = secretOf(frame, ['secret', 'password', 'ipsec-secret']);
    if (!secret) return refuse(this.id, 'it does not give the shared secret (the same as the client\'s secret on the RADIUS server)', example);
    claim(frame.terms[secret.index]);
    has(frame, 'secret', 'password', 'ipsec-secret');
    const problem = secretProblem(secret);
    if (problem) return refuse(this.id, problem, example);
    const stray = [...frame.interfaces, ...frame.ports, ...frame.numbers].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `"${stray.join('", "')}" is not part of a RADIUS server entry this generator writes (address, secret, services)`, example);
    const args: Arg[] = [
      { kind: 'named', name: 'address', value: addressValue(address) },
      { kind: 'named', name: 'secret', value: str(secret.text) },
      { kind: 'named', name: 'service', value: services.length === 1 ? { kind: 'word', text: services[0]! } : { kind: 'list', items: services.map((s) => ({ kind: 'word' as const, text: s })) } },
    ];
    const commands = [command('/radius', 'add', args)];
    const warnings = [...secretWarnings(secret)];
    if (services.includes('ppp')) commands.push(command('/ppp aaa', 'set', { 'use-radius': 'yes' }));
    if (services.includes('login')) {
      commands.push(command('/user aaa', 'set', { 'use-radius': 'yes' }));
      warnings.push('Router logins are checked against local users first, then RADIUS; keep a local admin so you can log in when the RADIUS server is down.');
    }
    const others = services.filter((s) => s !== 'ppp' && s !== 'login');
    if (others.length > 0) warnings.push(`${others.join(', ')} ask${others.length === 1 ? 's' : ''} RADIUS only where turned on in ${others.length === 1 ? 'its' : 'their'} own settings (e.g. use-radius=yes on the hotspot profile or DHCP server).`);
    warnings.push('The RADIUS server must list this router as a client with the same secret; authentication uses UDP 1812, accounting 1813.');
    return ok(this.id, commands, warnings);
  },
};

export const NETSERVICES_FAMILY: IntentFamily = {
  id: 'netservices',
  example: 'Enable the NTP server for LAN clients',
  summary: 'network services (the NTP server for LAN clients, RADIUS servers for PPP, logins and other services, OSPF and BGP basics)',
  rules: [ntpServerRule, radiusRule, ospfRule, bgpRule],
};
