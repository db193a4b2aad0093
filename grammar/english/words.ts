/**
 * The core English the intent rules understand (firewall and NAT), as data:
 * what each word means. Inflections are handled by compromise (its `root`),
 * so list base forms. Other families add their own word sources.
 */
import { ICMP_WORDS, SERVICES } from './services.js';
import type { WordSource } from './types.js';

/** Verbs that say what to do with matching traffic or a setting. */
export const ACTION_WORDS: Readonly<Record<string, string>> = {
  // block
  block: 'block', deny: 'block', drop: 'block', stop: 'block', prevent: 'block', forbid: 'block', disallow: 'block',
  ban: 'block', blacklist: 'block', blocklist: 'block', refuse: 'block', filter: 'block', close: 'block',
  firewall: 'block', reject: 'reject', tarpit: 'tarpit', restrict: 'block', kill: 'block', 'lock down': 'block',
  // allow
  allow: 'allow', permit: 'allow', accept: 'allow', open: 'allow', whitelist: 'allow', allowlist: 'allow', let: 'allow',
  enable: 'enable', unblock: 'unblock',
  // NAT
  forward: 'forward', 'port-forward': 'forward', portforward: 'forward', map: 'forward', expose: 'forward', publish: 'forward',
  dnat: 'forward', 'dst-nat': 'forward', 'destination nat': 'forward', 'port forward': 'forward', 'port forwarding': 'forward',
  redirect: 'redirect', hijack: 'redirect', intercept: 'redirect', force: 'redirect', capture: 'redirect',
  masquerade: 'masquerade', masq: 'masquerade', nat: 'masquerade', share: 'masquerade',
  snat: 'srcnat', 'src-nat': 'srcnat', 'source nat': 'srcnat',
  // The NAT chains' names as words ("a dstnat rule", "srcnat masquerade"): RouterOS's chain names, read as the NAT action they hold.
  dstnat: 'forward', 'dst nat': 'forward', srcnat: 'srcnat', 'src nat': 'srcnat',
  // logging
  log: 'log',
  // removal
  remove: 'remove', delete: 'remove',
  disable: 'disable',
  add: 'add', create: 'add', make: 'add', set: 'set', configure: 'set', setup: 'add', 'set up': 'add',
};

/** Where traffic comes from or goes to, by name. */
export const PLACE_WORDS: Readonly<Record<string, 'wan' | 'lan' | 'router'>> = {
  internet: 'wan', wan: 'wan', outside: 'wan', external: 'wan', public: 'wan', world: 'wan', untrusted: 'wan',
  'the internet': 'wan', isp: 'wan', uplink: 'wan', upstream: 'wan', 'wan side': 'wan',
  'outside world': 'wan', 'wan interface': 'wan', 'wan port': 'wan',
  lan: 'lan', inside: 'lan', internal: 'lan', local: 'lan', 'local network': 'lan', 'home network': 'lan', 'lan side': 'lan',
  'internal network': 'lan', 'private network': 'lan', 'lan interface': 'lan', 'local lan': 'lan', 'my network': 'lan',
  'office network': 'lan', clients: 'lan', 'lan clients': 'lan', 'local clients': 'lan', 'local users': 'lan', users: 'lan',
  router: 'router', mikrotik: 'router', routerboard: 'router', 'the router': 'router', itself: 'router',
  gateway: 'router', 'this router': 'router', box: 'router', 'home router': 'router', 'edge router': 'router',
  // MikroTik's own product lines, as owners call their router ("my hap", "on the ccr").
  hap: 'router', 'hap ac': 'router', 'hap ax': 'router', 'hap lite': 'router', ccr: 'router', chr: 'router',
};

export const PROTOCOL_WORDS: Readonly<Record<string, 'tcp' | 'udp' | 'icmp' | 'gre' | 'ipsec-esp'>> = {
  tcp: 'tcp', udp: 'udp', icmp: 'icmp', ping: 'icmp', pings: 'icmp', pinging: 'icmp', 'echo request': 'icmp', 'echo requests': 'icmp', gre: 'gre', esp: 'ipsec-esp',
};

/** Prepositions that assign a role to what follows. */
export const ROLE_WORDS: Readonly<Record<string, 'from' | 'to' | 'on' | 'except' | 'for'>> = {
  for: 'for', 'on behalf of': 'for',
  from: 'from', source: 'from', src: 'from', originating: 'from', 'coming from': 'from', 'sourced from': 'from',
  to: 'to', towards: 'to', toward: 'to', into: 'to', destination: 'to', dst: 'to', 'destined for': 'to', 'going to': 'to', at: 'to', onto: 'to',
  on: 'on', via: 'on', over: 'on', through: 'on', in: 'on', across: 'on', 'out of': 'on', out: 'on', using: 'on', upon: 'on',
  except: 'except', 'apart from': 'except', 'aside from': 'except', 'other than': 'except', 'but not': 'except', excluding: 'except', unless: 'except',
};

/** Words that name things in the prompt (nouns the rules look at). */
export const NOUN_WORDS: Readonly<Record<string, string>> = {
  port: 'port', ports: 'port', 'port number': 'port', 'port range': 'port',
  traffic: 'traffic', connection: 'traffic', connections: 'traffic', access: 'traffic', packet: 'traffic', packets: 'traffic',
  request: 'traffic', requests: 'traffic', query: 'traffic', queries: 'traffic', attempts: 'traffic', attempt: 'traffic', lookups: 'traffic', flows: 'traffic', sessions: 'traffic', everything: 'all', all: 'all', any: 'all', anything: 'all', 'all traffic': 'all',
  host: 'host', ip: 'host', address: 'host', 'ip address': 'host', machine: 'host', server: 'host', pc: 'host', computer: 'host',
  subnet: 'host', network: 'host', range: 'host', device: 'host', camera: 'host', nas: 'host',
  interface: 'interface', 'address list': 'address-list', 'address-list': 'address-list', list: 'address-list',
  rule: 'rule', rules: 'rule', comment: 'comment', named: 'comment', called: 'comment', label: 'comment', labeled: 'comment', labelled: 'comment', commented: 'comment',
  incoming: 'incoming', inbound: 'incoming', ingress: 'incoming', outgoing: 'outgoing', outbound: 'outgoing', egress: 'outgoing',
  'going out': 'outgoing', 'heading out': 'outgoing', 'coming in': 'incoming',
  invalid: 'invalid', established: 'established', related: 'related', new: 'new', untracked: 'untracked',
  input: 'input-chain', forward: 'forward-chain', output: 'output-chain',
  both: 'both', and: 'and', also: 'and', then: 'then', only: 'only', just: 'only',
  log: 'log', logging: 'log', logged: 'log', 'with logging': 'log',
};

/** Words that carry no meaning for the rules ("please", "can you"). Listed so the trace can say they were read. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'please', 'pls', 'plz', 'kindly', 'can', 'could', 'would', 'will', 'you', 'u', 'ya', 'i', 'we', 'me', 'my', 'our', 'want', 'wanna',
  'need', 'like', 'to', 'a', 'an', 'the', 'some', 'rule', 'firewall', 'that', 'which', 'so', 'it', 'is', 'are', 'be',
  'should', 'must', 'just', 'now', 'thanks', 'thank', 'hey', 'yo', 'hi', 'hello', 'ok', 'okay', 'also', 'go', 'ahead', 'do',
  'for', 'of', 'this', 'these', 'there', 'here', 'let', 'us', 'make', 'sure', 'ensure', 'yes', 'mikrotik', 'routeros',
  // Chat sign-offs and fillers of forum posts ("... thx", "ok so basically ...").
  'thx', 'thnx', 'tks', 'ty', 'kthx', 'kthxbye', 'cheers', 'basically', 'actually', 'quickly',
]);

/**
 * Words that hold a sentence together and name nothing ("and", "with", "of"): like filler, no rule has to read them.
 * (Prepositions are roles and need no reading either: what they introduce does.)
 */
export const STRUCTURE_WORDS: ReadonlySet<string> = new Set([
  // ("or" and "nor" are not here: a choice must be read by a rule that understands it, or the prompt is refused.)
  'and', 'plus', 'also', 'with', 'as', 'of', 'by', 'then', 'both', 's',
  // Motion words around a side ("coming in on ether1", "going out pppoe-out1"): the preposition and the side carry the meaning.
  'coming', 'going', 'arriving', 'entering', 'heading', 'headed', 'originating', 'sourced', 'bound', 'passing',
]);

/**
 * Nouns that label the value said right after them ("port 22", "comment \"x\"", "the address 10.0.0.1/24", "called
 * lab-7", "distance 5"): read when that value is read (src/intents/claims.ts).
 */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'port', 'id', 'comment', 'host', 'address-list', 'interface', 'name', 'password', 'passphrase', 'key', 'distance', 'mtu', 'vlan', 'pvid',
  'timeout', 'gateway', 'pool', 'lease-time', 'dns-server', 'domain', 'identity', 'timezone', 'ntp', 'server', 'client', 'user',
  'group', 'bridge', 'ssid', 'table', 'wireguard', 'vlan', 'tunnel', 'eoip', 'gre', 'pppoe', 'route', 'next-hop', 'metric', 'file', 'entry', 'hostname', 'dns-entry', 'addresses', 'netmask',
]);

/** Words that join a label to its value ("a lease time of one day", "commented as TEMP"); other prepositions do not. */
export const LABEL_LINKS: ReadonlySet<string> = new Set(['of', 'as', 'is', 'be', '=', ':']);

/** Words that put a request at some other time ("tonight", "during the day"): a rule that acts now must not ignore them. */
export const WHEN_WORDS: readonly string[] = [
  'during', 'until', 'till', 'tonight', 'tomorrow', 'later', 'soon', 'daytime', 'nighttime', 'night', 'nights', 'morning', 'mornings',
  'evening', 'evenings', 'afternoon', 'afternoons', 'weekend', 'weekends', 'peak', 'hours', 'after', 'before', 'when', 'once',
];

/**
 * Verbs whose particle comes after the object ("take 1.2.3.4 out of the blacklist", "pull ether5 off the bridge"):
 * with the particle later in the clause, the verb means the action here, and the particle is read with it.
 */
export const SPLIT_PHRASAL_VERBS: Readonly<Record<string, { readonly particles: readonly string[]; readonly action: string }>> = {
  take: { particles: ['out', 'out of', 'off', 'off of'], action: 'remove' },
  pull: { particles: ['out', 'out of', 'off', 'off of'], action: 'remove' },
};

/** A word that ends a clause with no verb and switches what it names on or off ("connection tracking on", "fasttrack off"). */
export const SWITCH_WORDS: Readonly<Record<string, 'enable' | 'disable'>> = { on: 'enable', off: 'disable' };

/** Words that ask for everything, which alone let a rule match a whole side or a command touch a whole list (src/intents/breadth.ts). */
export const WHOLE_WORDS: ReadonlySet<string> = new Set([
  'all', 'everything', 'anything', 'every', 'entire', 'whole', 'rest', 'clear', 'flush', 'empty', 'wipe', 'all traffic', 'any',
]);

/** Common misspellings of the words above, fixed before matching (the edit-distance fallback catches the rest). */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  teh: 'the', hte: 'the',
  fomr: 'from', frmo: 'from', frm: 'from', fron: 'from',
  firewal: 'firewall', fierwall: 'firewall', frewall: 'firewall', firwall: 'firewall',
  blcok: 'block', bock: 'block', blokc: 'block', blok: 'block',
  alow: 'allow', allwo: 'allow', alllow: 'allow',
  foward: 'forward', forwad: 'forward', fwd: 'forward', forwrad: 'forward', frward: 'forward',
  masqurade: 'masquerade', masquarade: 'masquerade', masquerate: 'masquerade', masqerade: 'masquerade', maskerade: 'masquerade',
  intenet: 'internet', internt: 'internet', interent: 'internet', inet: 'internet',
  adress: 'address', addres: 'address', adresses: 'address', ip4: 'ip',
  prot: 'port', pot: 'port', porst: 'port',
  redirct: 'redirect', redriect: 'redirect',
  telent: 'telnet', winbx: 'winbox', wnbox: 'winbox', shh: 'ssh',
  trafic: 'traffic', trafffic: 'traffic',
  incomming: 'incoming', outgoign: 'outgoing',
  interace: 'interface', inteface: 'interface', iface: 'interface',
  conection: 'connection', connnection: 'connection',
};

/**
 * Real English words that are a common slip for a preposition ("block ssh form the internet"): never fixed by the
 * spelling fixer, since they are words, but read as the preposition where only a preposition fits — right before where
 * traffic comes from or goes to (an address, an interface, a side), and not after an article ("a form", "the form").
 */
export const PREPOSITION_SLIPS: Readonly<Record<string, string>> = { form: 'from', too: 'to' };

/** Words after which a noun is meant, not a preposition ("the form", "a form"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'its', 'their', 'each', 'every', 'any', 'some', 'no']);

/**
 * Forum shorthand: abbreviations people type for a word of ours, each standing for one word only. Read before phrases
 * ("primary gw" is "primary gateway") and said in the response ("Read "gw" as "gateway""). An abbreviation of several
 * words of ours ("fw": firewall or firmware) is not listed: it stays unread and the prompt is refused.
 */
export const SHORTHAND: Readonly<Record<string, string>> = {
  frm: 'from', thru: 'through', throu: 'through', pw: 'password', pwd: 'password', gw: 'gateway', lb: 'load-balancing', addr: 'address',
};

export const CORE_WORDS: WordSource = {
  actions: ACTION_WORDS,
  places: PLACE_WORDS,
  protocols: PROTOCOL_WORDS,
  roles: ROLE_WORDS,
  nouns: NOUN_WORDS,
  filler: [...FILLER_WORDS],
  // "conntrack off", "turn wifi2 off": read by the rule that switches what the clause names.
  known: ['off'],
  misspellings: MISSPELLINGS,
  shorthand: SHORTHAND,
  services: SERVICES,
  icmp: ICMP_WORDS,
};

/** Words whose next word is the name the request gives something ("a bridge called br-lan", "a file named cap1"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named']);
