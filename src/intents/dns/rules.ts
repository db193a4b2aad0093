/**
 * The router's DNS (manual: IP > DNS): upstream servers (by address or by
 * provider name), answering the LAN (allow-remote-requests), static entries
 * (A/AAAA, CNAME, regexp), the cache, and DNS over HTTPS.
 *
 * `/ip dns set servers=` replaces the whole list, so the response says so;
 * static names are written as quoted strings (they are the user's text).
 */
import { command, find, positional, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import { addressesOf, keyAt, saysService, saysVerb, type Located } from '../../slots/keyed.js';
import { durations, timeText } from '../../slots/duration.js';
import { has, isNoun } from '../words.js';
import { MAPPING_VERBS } from '../../../grammar/english/cues.js';
import type { Address, Frame } from '../frame.js';
import { addressText } from '../traffic.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { providersIn, type DnsProvider } from './providers.js';

const DNS = ['ip', 'dns'];
const STATIC = ['ip', 'dns', 'static'];
const CACHE = ['ip', 'dns', 'cache'];

const SERVERS_EXAMPLE = 'Set the DNS servers to 1.1.1.1 and 1.0.0.1';
const STATIC_EXAMPLE = 'Add a static DNS entry nas.lan for 192.168.88.5';
const DOH_EXAMPLE = 'Use DNS over HTTPS with Cloudflare';

const OPEN_RESOLVER = 'Remote requests are answered on every interface, the WAN included, unless the firewall drops them: keep the default "drop all not coming from LAN" input rule, or add /ip firewall filter add chain=input in-interface-list=WAN protocol=udp dst-port=53 action=drop (and the same for tcp), or the router becomes an open resolver used in DDoS attacks.';

/** A clause about DNS at all (and not about DHCP, which hands DNS servers out). */
function aboutDns(frame: Frame): boolean {
  if (saysService(frame, 'dhcp') || has(frame, 'dhcp-server', 'dhcp-client', 'lease', 'static-lease')) return false;
  return saysService(frame, 'dns') || has(frame, 'dns-server', 'dns-entry', 'dns-cache', 'doh', 'remote-requests') || providersIn(frame.terms).length > 0;
}

const isResult = (x: unknown): x is IntentResult => typeof x === 'object' && x !== null && 'kind' in x;

/** Addresses, refusing a mistyped netmask; ip:port is never a DNS value here. */
function addresses(frame: Frame, id: string, example: string): Located<Address>[] | IntentResult {
  const read = addressesOf(frame, ['dns', 'ttl', 'cname']);
  if ('error' in read) return refuse(id, read.error, example);
  const withPort = read.addresses.find((a) => a.value.kind === 'ip' && a.value.port !== undefined);
  if (withPort && withPort.value.kind === 'ip') return refuse(id, `RouterOS asks DNS servers on port 53 only; ${withPort.value.address}:${withPort.value.port} cannot be used`, example);
  return read.addresses;
}

// ---------------------------------------------------------------------------
// Upstream servers.

/** "set the DNS servers to 1.1.1.1 and 8.8.8.8", "use Cloudflare DNS", "switch the resolver to quad9 and google". */
export const serversRule: IntentRule = {
  id: 'dns: set servers <ip>...|<provider>',
  once: true,
  match(frame) {
    if (!aboutDns(frame) || has(frame, 'doh', 'dns-entry', 'dns-cache', 'remote-requests', 'cname', 'regexp')) return 0;
    // "add 1.1.1.1 to list cloudflare", "add 8.8.8.8 to address list google-dns": a list named after a provider.
    if (has(frame, 'address-list') || frame.terms.some((t) => t.normal === 'list' || t.normal === 'lists')) return 0;
    if (frame.addresses.some((a) => a.value.kind === 'hostname') && !has(frame, 'dns-server')) return 0;
    // "remove DNS server 8.8.8.8": refused in build (the list is set whole).
    if (saysVerb(frame, 'remove') && has(frame, 'dns-server') && frame.addresses.length > 0) return 45;
    if (saysVerb(frame, 'remove', 'disable', 'block', 'flush', 'forward', 'redirect')) return 0;
    const values = frame.addresses.length > 0 || providersIn(frame.terms).length > 0;
    if (!values) return 0;
    if (frame.actions.length === 0) return 40;
    return saysVerb(frame, 'set', 'use', 'add', 'change', 'point', 'enable') ? 45 : 0;
  },
  build(frame) {
    const id = this.id;
    const read = addresses(frame, id, SERVERS_EXAMPLE);
    if (isResult(read)) return read;
    const bad = read.find((a) => a.value.kind !== 'ip' && a.value.kind !== 'ip6');
    if (bad?.value.kind === 'hostname') return refuse(id, `a DNS server is given by its address, not by a name like ${bad.value.name}`, SERVERS_EXAMPLE);
    if (bad) return refuse(id, `a DNS server is one address, not ${addressText(bad.value, true)}`, SERVERS_EXAMPLE);
    if (read.some((a) => a.value.kind === 'ip6' && a.value.length !== undefined)) return refuse(id, 'a DNS server is one address, not a prefix', SERVERS_EXAMPLE);
    if (saysVerb(frame, 'remove')) return refuse(id, 'RouterOS keeps the DNS servers as one list that is set whole; say the servers to keep', 'Set the DNS servers to 1.1.1.1 and 1.0.0.1');
    // "add 9.9.9.9 to the DNS servers": RouterOS has no "append"; the list is set whole.
    const dnsNoun = frame.terms.findIndex((t) => isNoun(t, 'dns-server'));
    if (saysVerb(frame, 'add') && !saysVerb(frame, 'set', 'use', 'change') && dnsNoun > 0 && frame.terms.slice(Math.max(0, dnsNoun - 3), dnsNoun).some((t) => t.normal === 'to')) {
      return refuse(id, 'RouterOS keeps the DNS servers as one list that is set whole; say every server you want (the current ones too)', 'Set the DNS servers to 192.168.1.1 and 9.9.9.9');
    }
    // Addresses and providers in the order they were said.
    const entries: { index: number; servers: readonly string[] }[] = [
      ...read.map((a) => ({ index: a.index, servers: [a.value.kind === 'ip' || a.value.kind === 'ip6' ? a.value.address : ''] })),
      ...providersIn(frame.terms).map((p) => ({ index: p.index, servers: p.provider.servers })),
    ].sort((a, b) => a.index - b.index);
    const servers = [...new Set(entries.flatMap((e) => e.servers))];
    for (const s of servers) {
      if (s === '0.0.0.0' || s.startsWith('127.') || s === '255.255.255.255' || /^(?:22[4-9]|2[3-5]\d)\./.test(s)) return refuse(id, `${s} cannot be a DNS server`, SERVERS_EXAMPLE);
    }
    const warnings = [
      'servers= replaces the whole list of static DNS servers; servers learned from DHCP or PPPoE (dynamic servers) are still used unless their client has use-peer-dns=no.',
    ];
    const providers = providersIn(frame.terms).map((p) => p.provider);
    if (providers.length > 0) warnings.push(`${providers.map((p) => `${p.name} is ${p.servers.join(', ')}`).join('; ')}.`);
    return { kind: 'commands', rule: id, commands: [command(DNS, 'set', { servers: servers.join(',') })], warnings };
  },
};


// ---------------------------------------------------------------------------
// Answering clients.

/** "allow remote DNS requests", "let the LAN use the router as DNS server", "disable remote requests". */
export const remoteRequestsRule: IntentRule = {
  id: 'dns: allow|disallow remote requests',
  once: true,
  match(frame) {
    if (saysService(frame, 'dhcp') || has(frame, 'dhcp-server', 'dhcp-client')) return 0;
    if (has(frame, 'remote-requests')) return 55;
    // The router as the LAN's DNS server.
    // ("allow nameserver from the lan" names the service, as "allow dns from the lan" does: the firewall's.)
    const serverNoun = frame.terms.some((t) => t.meanings[0]?.type === 'noun' && t.meanings[0].value === 'dns-server');
    const routerAsServer = has(frame, 'dns-server') && (serverNoun || !saysVerb(frame, 'allow', 'block')) && frame.places.some((p) => p.value === 'router' || p.value === 'lan') && frame.addresses.length === 0 && providersIn(frame.terms).length === 0;
    return routerAsServer && saysVerb(frame, 'add', 'set', 'use', 'enable', 'allow', 'disable') ? 50 : 0;
  },
  build(frame) {
    const off = frame.negated || saysVerb(frame, 'disable', 'block', 'remove');
    if (off) {
      return {
        kind: 'commands', rule: this.id,
        commands: [command(DNS, 'set', { 'allow-remote-requests': 'no' })],
        warnings: ['The router stops answering DNS queries from other devices: clients that use it as their DNS server (as DHCP usually tells them to) lose name resolution until they get another server.'],
      };
    }
    const warnings = [OPEN_RESOLVER];
    // "from the LAN only": the setting has no interface; only the firewall can say who may ask.
    if (frame.places.some((p) => p.value === 'lan') || has(frame, 'only')) warnings.unshift('allow-remote-requests has no per-interface option: it is the firewall that limits who may ask, so make sure DNS from the WAN is dropped as below.');
    return { kind: 'commands', rule: this.id, commands: [command(DNS, 'set', { 'allow-remote-requests': 'yes' })], warnings };
  },
};

// ---------------------------------------------------------------------------
// Static entries.

const NAME = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i;

/** The names a clause gives: host names the scanner found, or quoted names. */
function namesOf(frame: Frame, read: Located<Address>[]): { names: { name: string; index: number }[]; regexp?: string } | IntentResult {
  const names = read.filter((a) => a.value.kind === 'hostname').map((a) => ({ name: a.value.kind === 'hostname' ? a.value.name : '', index: a.index }));
  let regexp: string | undefined;
  for (const q of frame.quoted) {
    const index = frame.terms.indexOf(q.term);
    if (has(frame, 'regexp') && (keyAt(frame.terms, index, ['regexp']) === 'regexp' || frame.quoted.length === 1)) {
      regexp = q.text;
      continue;
    }
    if (q.label === 'comment') continue;
    if (!NAME.test(q.text)) return refuse('dns: static entry', `"${q.text}" is not a valid DNS name`, STATIC_EXAMPLE);
    names.push({ name: q.text.toLowerCase(), index });
  }
  names.sort((a, b) => a.index - b.index);
  return regexp === undefined ? { names } : { names, regexp };
}

/** "add a static DNS entry nas.lan for 192.168.88.5", "point printer.home.arpa to 192.168.88.20", "add a CNAME www.lan for nas.lan". */
export const staticEntryRule: IntentRule = {
  id: 'dns: static entry <name> → <address>|<cname>',
  once: true,
  match(frame) {
    if (saysService(frame, 'dhcp') || has(frame, 'dhcp-server', 'dhcp-client', 'address-list')) return 0;
    if (saysVerb(frame, 'remove', 'disable', 'block', 'flush', 'reject')) return 0;
    // A quoted comment ('with comment "by admin"') is no name.
    const hostnames = frame.addresses.filter((a) => a.value.kind === 'hostname').length + frame.quoted.filter((q) => q.label !== 'comment').length;
    const dnsWords = has(frame, 'dns-entry', 'cname', 'regexp') || (saysService(frame, 'dns') && has(frame, 'entry', 'static'));
    if (dnsWords && (hostnames > 0 || has(frame, 'regexp') || frame.addresses.length > 0)) return 50;
    // "point nas.lan to 192.168.88.5", "resolve nas.lan to 192.168.88.5": a name and an address.
    const address = frame.addresses.some((a) => a.value.kind === 'ip' || a.value.kind === 'ip6');
    if (hostnames === 0 || !address) return 0;
    // "map nas.lan to 192.168.88.5 in DNS": "map" is a port forward's verb unless DNS is named.
    const mapped = saysService(frame, 'dns') && frame.actions.some((a) => MAPPING_VERBS.has(a.term.normal) || a.value === 'add');
    return saysVerb(frame, 'point') || mapped ? 45 : 0;
  },
  build(frame) {
    const id = this.id;
    const read = addresses(frame, id, STATIC_EXAMPLE);
    if (isResult(read)) return read;
    const named = namesOf(frame, read);
    if (isResult(named)) return named;
    const { names, regexp } = named;
    const targets = read.filter((a) => a.value.kind === 'ip' || a.value.kind === 'ip6');
    const other = read.find((a) => a.value.kind !== 'ip' && a.value.kind !== 'ip6' && a.value.kind !== 'hostname');
    if (other) return refuse(id, `a DNS entry points to one address, not ${addressText(other.value, true)}`, STATIC_EXAMPLE);
    const ttl = durations(frame).find((d) => keyAt(frame.terms, d.start, ['ttl']) === 'ttl');
    const ttlArg: ValueInput | undefined = ttl ? { kind: 'time', text: timeText(ttl.seconds) } : undefined;
    if (ttl && ttl.seconds < 1) return refuse(id, 'a TTL must be longer than zero', STATIC_EXAMPLE);
    const comment = frame.quoted.find((q) => q.label === 'comment')?.text;
    const warnings: string[] = ['Static entries answer the router itself, and clients that use the router as their DNS server (allow-remote-requests=yes).'];

    // CNAME: "add a CNAME www.lan for nas.lan", "alias www.lan to nas.lan".
    if (has(frame, 'cname')) {
      if (names.length !== 2 || targets.length > 0 || regexp !== undefined) return refuse(id, 'a CNAME maps one name to another name (no addresses)', 'Add a CNAME www.lan pointing to nas.lan');
      const alias = names[0]!;
      const canonical = names[1]!;
      if (alias.name === canonical.name) return refuse(id, `a CNAME cannot point ${alias.name} to itself`, 'Add a CNAME www.lan pointing to nas.lan');
      return { kind: 'commands', rule: 'dns: CNAME <name> → <name>', commands: [command(STATIC, 'add', { name: str(alias.name), type: 'CNAME', cname: str(canonical.name), ttl: ttlArg, comment: comment === undefined ? undefined : str(comment) })], warnings };
    }

    if (targets.length === 0) return refuse(id, 'it does not say which address the name should resolve to', STATIC_EXAMPLE);
    // "router.lan 192.168.88.1 and nas.lan 192.168.88.5", "nas.lan to 192.168.88.5 and printer.lan to 192.168.88.6":
    // each name followed by its own address is one entry each.
    const pairs = pairsOf(names, targets);
    if (pairs && regexp === undefined) {
      const entries: Command[] = [];
      for (const [n, t] of pairs) {
        if (t.value.kind === 'ip6' && t.value.length !== undefined) return refuse(id, 'a DNS entry points to one address, not a prefix', STATIC_EXAMPLE);
        const at = t.value.kind === 'ip' || t.value.kind === 'ip6' ? t.value.address : '';
        entries.push(command(STATIC, 'add', { name: str(n.name), type: t.value.kind === 'ip6' ? 'AAAA' : undefined, address: at, ttl: ttlArg, comment: comment === undefined ? undefined : str(comment) }));
      }
      return { kind: 'commands', rule: 'dns: static entries <name> <address>, ...', commands: entries, warnings };
    }
    if (targets.length > 1) return refuse(id, 'one static entry holds one address; add one entry per address (or give each name its address: "nas.lan 192.168.88.5 and printer.lan 192.168.88.6")', STATIC_EXAMPLE);
    const target = targets[0]!.value;
    const address = target.kind === 'ip' || target.kind === 'ip6' ? target.address : '';
    if (target.kind === 'ip6' && target.length !== undefined) return refuse(id, 'a DNS entry points to one address, not a prefix', STATIC_EXAMPLE);
    const type = target.kind === 'ip6' ? 'AAAA' : undefined;

    // Regexp: only when asked for by name ("regexp", "regex").
    if (regexp !== undefined) {
      if (names.length > 0) return refuse(id, 'an entry matches either a name or a regexp, not both', 'Add a static DNS regexp ".*\\.ads\\.example$" for 0.0.0.0');
      try {
        new RegExp(regexp);
      } catch {
        return refuse(id, `"${regexp}" is not a valid regular expression`, 'Add a static DNS regexp ".*\\.ads\\.example$" for 0.0.0.0');
      }
      warnings.push('A regexp entry is checked against every query that no name entry answered, in order; keep the list short.');
      return { kind: 'commands', rule: 'dns: static regexp <pattern> → <address>', commands: [command(STATIC, 'add', { regexp: str(regexp), type, address, ttl: ttlArg, comment: comment === undefined ? undefined : str(comment) })], warnings };
    }
    if (names.length === 0) return refuse(id, 'it does not give the name for the entry (like nas.lan, or in quotes)', STATIC_EXAMPLE);
    const commands: Command[] = names.map((n) => command(STATIC, 'add', { name: str(n.name), type, address, ttl: ttlArg, comment: comment === undefined ? undefined : str(comment) }));
    return { kind: 'commands', rule: id, commands, warnings };
  },
};

/** Names and addresses said in turn, each name before its address: the entries they make, or undefined. */
function pairsOf(names: readonly { name: string; index: number }[], targets: readonly Located<Address>[]): [{ name: string; index: number }, Located<Address>][] | undefined {
  if (targets.length < 2 || names.length !== targets.length) return undefined;
  const pairs: [{ name: string; index: number }, Located<Address>][] = [];
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    const t = targets[k]!;
    const nextName = names[k + 1];
    if (!(n.index < t.index && (nextName === undefined || t.index < nextName.index))) return undefined;
    pairs.push([n, t]);
  }
  return pairs;
}

/** "remove the DNS entry for nas.lan", "delete static dns record printer.lan". */
export const staticRemoveRule: IntentRule = {
  id: 'dns: remove static entry <name>',
  once: true,
  match(frame) {
    if (!saysVerb(frame, 'remove') || has(frame, 'dns-cache', 'cache', 'address-list')) return 0;
    const hostnames = frame.addresses.some((a) => a.value.kind === 'hostname') || frame.quoted.length > 0;
    if (has(frame, 'dns-entry', 'cname')) return 50;
    return hostnames && saysService(frame, 'dns') && has(frame, 'entry', 'static') ? 50 : 0;
  },
  build(frame) {
    const read = addresses(frame, this.id, 'Remove the static DNS entry nas.lan');
    if (isResult(read)) return read;
    const named = namesOf(frame, read);
    if (isResult(named)) return named;
    if (named.names.length === 0) return refuse(this.id, 'it does not name the entry to remove', 'Remove the static DNS entry nas.lan');
    if (read.some((a) => a.value.kind !== 'hostname')) return refuse(this.id, 'a static entry is removed by its name alone', 'Remove the static DNS entry nas.lan');
    return {
      kind: 'commands', rule: this.id,
      commands: named.names.map((n) => command(STATIC, 'remove', [positional(find(STATIC, { name: str(n.name) }))])),
      warnings: ['Clients may keep the old answer until its TTL runs out.'],
    };
  },
};

// ---------------------------------------------------------------------------
// The cache.

/** Flushing the DNS cache. */
export const flushRule: IntentRule = {
  id: 'dns: flush the cache',
  match(frame) {
    const cache = has(frame, 'dns-cache') || (has(frame, 'cache') && saysService(frame, 'dns'));
    return cache && saysVerb(frame, 'flush', 'remove') ? 55 : 0;
  },
  build() {
    return { kind: 'commands', rule: this.id, commands: [command(CACHE, 'flush')], warnings: ['Static entries stay; the router asks its upstream servers again for everything else.'] };
  },
};

// ---------------------------------------------------------------------------
// DNS over HTTPS.

/** "use DNS over HTTPS with Cloudflare", "enable DoH with quad9", "set the DoH server to \"https://dns.example/dns-query\"", "disable DoH". */
export const dohRule: IntentRule = {
  id: 'dns: DNS over HTTPS <provider>|<url>',
  once: true,
  match(frame) {
    return has(frame, 'doh') && !saysService(frame, 'dhcp') ? 55 : 0;
  },
  build(frame) {
    const id = this.id;
    if (frame.negated || saysVerb(frame, 'disable', 'remove')) {
      return {
        kind: 'commands', rule: id,
        commands: [command(DNS, 'set', { 'use-doh-server': str(''), 'verify-doh-cert': 'no' })],
        warnings: ['The router goes back to plain DNS over port 53 to its servers= (and dynamic) servers; make sure servers= is not empty.'],
      };
    }
    const providers: DnsProvider[] = providersIn(frame.terms).map((p) => p.provider);
    const urls = frame.quoted.map((q) => q.text);
    if (providers.length + urls.length === 0) return refuse(id, 'DNS over HTTPS needs the provider (Cloudflare, Google, Quad9, OpenDNS) or the DoH URL in quotes', DOH_EXAMPLE);
    if (providers.length + urls.length > 1) return refuse(id, 'RouterOS uses one DoH server; name one provider or URL', DOH_EXAMPLE);
    const read = addresses(frame, id, DOH_EXAMPLE);
    if (isResult(read)) return read;
    if (read.length > 0) return refuse(id, 'give the DoH server as a provider name or an https:// URL in quotes, not as an address', DOH_EXAMPLE);
    const certificate = 'verify-doh-cert=yes checks the server\'s certificate against the router\'s trusted CAs: import the provider\'s root CA certificate (from the CA\'s own site) into /certificate first, and keep the clock right (NTP); without a trusted CA, name resolution stops.';
    const provider = providers[0];
    if (provider) {
      return {
        kind: 'commands', rule: id,
        commands: [command(DNS, 'set', { servers: provider.servers.join(','), 'use-doh-server': str(provider.doh), 'verify-doh-cert': 'yes' })],
        warnings: [
          certificate,
          `servers= is set to ${provider.name}'s plain addresses (${provider.servers.join(', ')}), replacing the list: the router needs them to resolve ${new URL(provider.doh).hostname} itself.`,
        ],
      };
    }
    const url = urls[0]!;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return refuse(id, `"${url}" is not a URL`, DOH_EXAMPLE);
    }
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || /[\s"\\$]/.test(url)) return refuse(id, `"${url}" is not an https:// URL`, DOH_EXAMPLE);
    return {
      kind: 'commands', rule: id,
      commands: [command(DNS, 'set', { 'use-doh-server': str(url), 'verify-doh-cert': 'yes' })],
      warnings: [certificate, `The router must be able to resolve ${parsed.hostname} itself: keep a plain DNS server in servers=, or add a static entry for it.`],
    };
  },
};

/** "don't use the ISP's DNS" after a DHCP client clause: say it with the client. */
export const peerDnsRule: IntentRule = {
  id: 'dns: peer DNS (belongs to the DHCP client)',
  once: true,
  match(frame) {
    return has(frame, 'peer-dns') && !saysService(frame, 'dhcp') && !has(frame, 'dhcp-client') ? 30 : 0;
  },
  build() {
    return refuse(this.id, 'whether to use the DNS servers the ISP offers is a setting of the DHCP client; say it in the same request as the client', 'Add a DHCP client on ether1 without peer DNS');
  },
};

export const DNS_FAMILY: IntentFamily = {
  id: 'dns',
  reads: { nouns: ['provider-cloudflare', 'provider-google', 'provider-quad9', 'provider-opendns', 'dns-server', 'only'], places: ['router', 'lan'], words: ['dns', 'ttl', 'names', 'resolve', 'cloudfare', 'router\'s'] }, example: 'Set dns servers to 1.1.1.1 and 8.8.8.8', summary: 'DNS (upstream servers and providers, remote requests, static entries, cache flush, DNS over HTTPS)',
  rules: [serversRule, remoteRequestsRule, staticEntryRule, staticRemoveRule, flushRule, dohRule, peerDnsRule],
};

