/**
 * Arbitraries for English prompts whose answer is known: a verb, an object
 * and slot values drawn from the project's own lexicon (grammar/english/)
 * and from real values (services with their ports, sides of the router,
 * interfaces, addresses), each paired with the RouterOS commands
 * `generateScript` must produce for it.
 *
 * The expected commands are worked out here from the slot values alone, by
 * the rules the README states (a service of the router is filtered in the
 * input chain, a port without a protocol is TCP unless it is a well-known
 * UDP port, "from the internet" is the WAN side...), not by calling the
 * generator: a property that compares the two tests the generator.
 */
import fc from 'fast-check';
import { ACTION_WORDS, PLACE_WORDS } from '../../grammar/english/words.js';
import { SERVICES, type ServiceSpec } from '../../grammar/english/services.js';
import type { GenerateOptions, InterfaceRef } from '../api/options.js';
import { command as build, str, type ValueInput } from '../ast/build.js';
import type { Command } from '../ast/nodes.js';

export type PromptFamily = 'firewall' | 'nat';
export type SideKind = 'none' | 'place' | 'interface' | 'address';

/** A prompt and what it must produce. */
export interface ExpectedPrompt {
  readonly prompt: string;
  /** Options to pass with it (may be empty). */
  readonly options: GenerateOptions;
  readonly family: PromptFamily;
  /** The commands, in an order that may differ from the generator's: compare with `sameCommands`. */
  readonly expected: Command[];
  readonly destructive: boolean;
  /** What the prompt was made of (template, verb, services, side...), for test reports and for telling cases apart. */
  readonly slots: Slots;
}

export interface Slots {
  readonly template: 'service' | 'port' | 'address' | 'ping' | 'forward' | 'masquerade';
  /** The word typed for the action (`deny`) and what it means (`block`). */
  readonly verb: string;
  readonly action: string;
  /** Canonical names of the services named (`dns` for "name server"). */
  readonly services?: readonly string[];
  readonly side?: SideKind;
  readonly comment?: string;
  readonly protocol?: string;
  readonly toPort?: number;
}

// ---------------------------------------------------------------------------
// Slot values from the lexicon

/**
 * Verbs left out because they mean more than a filter action: "blacklist
 * ssh" also names an address list called blacklist, which the generator
 * matches; "restrict ssh from the lan" and "lock down ssh" more often mean
 * limiting who may use the router's own service (`/ip service set ssh
 * address=...`) than dropping its traffic.
 */
const AMBIGUOUS_VERBS = new Set(['blacklist', 'blocklist', 'whitelist', 'allowlist', 'restrict', 'lock down']);

const verbsFor = (action: string): string[] =>
  Object.entries(ACTION_WORDS).filter(([word, a]) => a === action && !AMBIGUOUS_VERBS.has(word)).map(([word]) => word).sort();

const FILTER_ACTIONS = { block: 'drop', allow: 'accept', reject: 'reject', tarpit: 'tarpit' } as const;
type FilterVerb = keyof typeof FILTER_ACTIONS;

/** Services by every name the lexicon knows. */
const NAMED_SERVICES: readonly { readonly word: string; readonly service: ServiceSpec }[] = SERVICES.flatMap((service) =>
  [service.name, ...service.aliases].map((word) => ({ word, service })),
);

const WAN_WORDS = Object.entries(PLACE_WORDS).filter(([, p]) => p === 'wan').map(([w]) => w).sort();
const LAN_WORDS = Object.entries(PLACE_WORDS).filter(([, p]) => p === 'lan').map(([w]) => w).sort();

const INTERFACES = ['ether1', 'ether2', 'ether5', 'ether24', 'sfp-sfpplus1', 'pppoe-out1', 'vlan10', 'wlan1', 'bridge1', 'wg0', 'lte1', 'combo1'];

/** Addresses as people write them: private and documentation ranges, hosts and aligned subnets. */
export function hostAddress(): fc.Arbitrary<string> {
  const octet = fc.integer({ min: 1, max: 254 });
  return fc.oneof(
    fc.tuple(octet, octet, octet).map(([a, b, c]) => `10.${a}.${b}.${c}`),
    fc.tuple(fc.integer({ min: 16, max: 31 }), octet, octet).map(([a, b, c]) => `172.${a}.${b}.${c}`),
    fc.tuple(octet, octet).map(([a, b]) => `192.168.${a}.${b}`),
    fc.tuple(fc.constantFrom('192.0.2', '198.51.100', '203.0.113'), octet).map(([net, h]) => `${net}.${h}`),
  );
}

/** A subnet with its host bits clear (`10.20.0.0/16`). */
export function subnet(): fc.Arbitrary<string> {
  return fc.tuple(hostAddress(), fc.integer({ min: 8, max: 30 })).map(([address, length]) => {
    const n = address.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
    const mask = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
    const network = (n & mask) >>> 0;
    return `${[24, 16, 8, 0].map((s) => (network >>> s) & 255).join('.')}/${length}`;
  });
}

const portNumber = fc.integer({ min: 1, max: 65535 });

/** The protocols a port stands for when none is said (trafficOf in src/intents/traffic.ts, stated in the README). */
function defaultProtocols(ports: readonly Port[]): readonly ('tcp' | 'udp')[] {
  if (ports.length === 1 && ports[0]!.from === ports[0]!.to) {
    const known = SERVICES.find((s) => s.ports.length === 1 && s.ports[0] === ports[0]!.from);
    if (known) return known.protocols;
  }
  return ['tcp'];
}

interface Port {
  readonly from: number;
  readonly to: number;
}

const portText = (p: Port): string => (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`);
const servicePorts = (s: ServiceSpec): Port[] => s.ports.map((p) => (typeof p === 'number' ? { from: p, to: p } : { from: p[0], to: p[1] }));

/** English number words for 1-99 ("twenty three"), which the analyser reads as numbers. */
const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export function numberWords(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? t : `${t} ${ONES[n % 10]}`;
}

// ---------------------------------------------------------------------------
// Sides and options

type Side =
  | { readonly kind: 'none' }
  | { readonly kind: 'place'; readonly place: 'wan' | 'lan'; readonly text: string }
  | { readonly kind: 'interface'; readonly name: string; readonly text: string }
  | { readonly kind: 'address'; readonly address: string; readonly text: string };

function side(): fc.Arbitrary<Side> {
  const article = fc.boolean();
  const place = (p: 'wan' | 'lan', words: string[]): fc.Arbitrary<Side> =>
    fc.tuple(fc.constantFrom(...words), article).map(([w, the]) => ({ kind: 'place', place: p, text: `from ${the && !w.startsWith('the ') ? 'the ' : ''}${w}` }));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Side>({ kind: 'none' }) },
    { weight: 3, arbitrary: place('wan', WAN_WORDS) },
    { weight: 2, arbitrary: place('lan', LAN_WORDS) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...INTERFACES), fc.constantFrom('on', 'from', 'coming in on')).map(([name, prep]): Side => ({ kind: 'interface', name, text: `${prep} ${name}` })) },
    { weight: 2, arbitrary: fc.oneof(hostAddress(), subnet()).map((address): Side => ({ kind: 'address', address, text: `from ${address}` })) },
  );
}

/** Options a caller may pass, and what WAN and LAN then mean. */
function generateOptions(): fc.Arbitrary<GenerateOptions> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<GenerateOptions>({}) },
    { weight: 1, arbitrary: fc.constantFrom<GenerateOptions>({ wan: 'ether1' }, { wan: 'pppoe-out1' }, { wan: { list: 'INTERNET' } }, { lan: 'bridge' }, { lan: { list: 'TRUSTED' } }, { wan: 'ether1', lan: 'bridge-lan' }) },
  );
}

function refOf(value: GenerateOptions['wan'], fallback: InterfaceRef): InterfaceRef {
  if (value === undefined) return fallback;
  if (typeof value === 'string') return /^[A-Z][A-Z0-9_-]*$/.test(value) ? { list: value } : { interface: value };
  return value;
}

function sideArgs(ref: InterfaceRef, direction: 'in' | 'out'): Record<string, ValueInput> {
  return 'list' in ref ? { [`${direction}-interface-list`]: ref.list } : { [`${direction}-interface`]: ref.interface };
}

function sideOf(s: Side, options: GenerateOptions): Record<string, ValueInput> {
  switch (s.kind) {
    case 'none': return {};
    case 'place': return sideArgs(s.place === 'wan' ? refOf(options.wan, { list: 'WAN' }) : refOf(options.lan, { list: 'LAN' }), 'in');
    case 'interface': return { 'in-interface': s.name };
    case 'address': return { 'src-address': s.address };
  }
}

// ---------------------------------------------------------------------------
// Assembling the prompt

/** Safe comment text: no quotes, and nothing the scanner reads as a secret or code. */
export function commentText(): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom('web', 'rule', 'office', 'temp', 'A1', 'fw', 'by admin', 'x', 'ticket-42', 'ok', 'lab'), { minLength: 1, maxLength: 3 })
    .map((words) => words.join(' '));
}

const FILLER_BEFORE = ['', '', '', 'please ', 'can you ', 'I want to ', 'kindly ', 'could you please '];
const FILLER_AFTER = ['', '', '', ' please', '.', '!', ' thanks'];

function dressed(core: fc.Arbitrary<{ english: string; tail?: string }>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...FILLER_BEFORE), core, fc.constantFrom(...FILLER_AFTER), fc.constantFrom('as-is', 'upper', 'lower', 'capitalised'))
    .map(([before, { english, tail }, after, casing]) => {
      // Case changes only the English words: not names and numbers (`ether1`, addresses), which RouterOS
      // compares case-sensitively, and never a quoted comment (its text is kept as typed).
      const words = (before + english).split(' ').map((w) => {
        if (/\d/.test(w)) return w;
        return casing === 'upper' ? w.toUpperCase() : casing === 'lower' ? w.toLowerCase() : w;
      });
      let text = words.join(' ');
      if (casing === 'capitalised') text = text.charAt(0).toUpperCase() + text.slice(1);
      return text + (tail ?? '') + after;
    });
}

const FILTER = ['ip', 'firewall', 'filter'];
const NAT = ['ip', 'firewall', 'nat'];

function filterCommands(chains: readonly string[], groups: readonly { protocol?: string; ports: readonly Port[]; icmpOptions?: string }[], extra: Record<string, ValueInput | undefined>): Command[] {
  const out: Command[] = [];
  for (const chain of chains) {
    for (const g of groups.length > 0 ? groups : [{ ports: [] as Port[] }]) {
      out.push(build(FILTER, 'add', {
        chain,
        protocol: g.protocol,
        'icmp-options': 'icmpOptions' in g ? g.icmpOptions : undefined,
        'dst-port': g.ports.length > 0 ? g.ports.map(portText).join(',') : undefined,
        ...extra,
      }));
    }
  }
  return out;
}

/** Protocol groups in the order the generator meets them (it does not matter for the comparison). */
function groupsOf(entries: readonly { protocols: readonly string[]; ports: readonly Port[] }[]): { protocol: string; ports: Port[] }[] {
  const byProtocol = new Map<string, Port[]>();
  for (const e of entries) {
    for (const protocol of e.protocols) {
      const list = byProtocol.get(protocol) ?? [];
      for (const p of e.ports) if (!list.some((q) => q.from === p.from && q.to === p.to)) list.push(p);
      byProtocol.set(protocol, list);
    }
  }
  return [...byProtocol.entries()].map(([protocol, ports]) => ({ protocol, ports }));
}

/** "block ssh, telnet and winbox from the internet with logging": filter rules for named services. */
export function servicePrompt(): fc.Arbitrary<ExpectedPrompt> {
  return fc
    .record({
      verb: fc.constantFrom<FilterVerb>('block', 'block', 'block', 'allow', 'allow', 'reject', 'tarpit'),
      services: fc.uniqueArray(fc.constantFrom(...NAMED_SERVICES), { minLength: 1, maxLength: 3, selector: (s) => s.service.name }),
      side: side(),
      options: generateOptions(),
      log: fc.boolean(),
      comment: fc.option(commentText(), { nil: undefined, freq: 4 }),
    })
    .chain((r) => fc.constantFrom(...verbsFor(r.verb)).map((word) => ({ ...r, word })))
    .chain(({ verb, word, services, side: where, options, log, comment }) => {
      const action = FILTER_ACTIONS[verb];
      const withLog = log && action !== 'accept';
      const names = services.map((s) => s.word);
      const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      const english = [word, list, where.kind === 'none' ? '' : where.text, withLog ? 'with logging' : ''].filter(Boolean).join(' ');
      const router = services.some((s) => s.service.router);
      const through = services.some((s) => !s.service.router);
      const chains = router && through ? ['input', 'forward'] : router ? ['input'] : ['forward'];
      // A tunnel's port-less protocol (IPsec's ESP, PPTP's GRE) is matched in a rule of its own.
      const groupsFor = (some: typeof NAMED_SERVICES): { protocol: string; ports: Port[] }[] => [
        ...groupsOf(some.map((s) => ({ protocols: s.service.protocols, ports: servicePorts(s.service) }))),
        ...[...new Set(some.flatMap((s) => s.service.alsoProtocols ?? []))].map((protocol) => ({ protocol, ports: [] as Port[] })),
      ];
      const args = {
        ...sideOf(where, options),
        action,
        log: withLog ? 'yes' : undefined,
        'log-prefix': withLog ? str(`${action}-${services.map((s) => s.service.name).join('-')}`.slice(0, 31)) : undefined,
        comment: comment === undefined ? undefined : str(comment),
      };
      // An accept of the router's services and hosts' services together: each in its own chain.
      const expected = router && through && action === 'accept'
        ? [...filterCommands(['input'], groupsFor(services.filter((s) => s.service.router)), args), ...filterCommands(['forward'], groupsFor(services.filter((s) => !s.service.router)), args)]
        : filterCommands(chains, groupsFor(services), args);
      return dressed(fc.constant({ english, ...(comment === undefined ? {} : { tail: ` with comment "${comment}"` }) })).map(
        (prompt): ExpectedPrompt => ({
          prompt, options, family: 'firewall', expected, destructive: action !== 'accept',
          slots: { template: 'service', verb: word, action: verb, services: services.map((x) => x.service.name), side: where.kind, ...(comment === undefined ? {} : { comment }) },
        }),
      );
    });
}

/** "block udp ports 1000-2000 and 3000 from ether2", "drop port twenty three": filter rules for ports. */
export function portPrompt(): fc.Arbitrary<ExpectedPrompt> {
  const port = fc.oneof(
    { weight: 4, arbitrary: portNumber.map((n): Port => ({ from: n, to: n })) },
    { weight: 1, arbitrary: fc.tuple(portNumber, portNumber).filter(([a, b]) => a !== b).map(([a, b]): Port => ({ from: Math.min(a, b), to: Math.max(a, b) })) },
  );
  return fc
    .record({
      verb: fc.constantFrom<FilterVerb>('block', 'block', 'allow', 'reject'),
      protocol: fc.constantFrom<'tcp' | 'udp' | undefined>(undefined, undefined, 'tcp', 'udp'),
      ports: fc.uniqueArray(port, { minLength: 1, maxLength: 3, selector: portText }),
      words: fc.boolean(),
      side: side(),
      options: generateOptions(),
    })
    .chain((r) => fc.constantFrom(...verbsFor(r.verb)).map((word) => ({ ...r, word })))
    .chain(({ verb, word, protocol, ports, words, side: where, options }) => {
      const action = FILTER_ACTIONS[verb];
      const spoken = ports.map((p) => (words && p.from === p.to && p.from < 100 ? numberWords(p.from) : portText(p)));
      const plural = ports.length > 1 || ports[0]!.from !== ports[0]!.to;
      const list = spoken.length === 1 ? spoken[0]! : `${spoken.slice(0, -1).join(', ')} and ${spoken[spoken.length - 1]}`;
      const english = [word, protocol ?? '', plural ? 'ports' : 'port', list, where.kind === 'none' ? '' : where.text].filter(Boolean).join(' ');
      const protocols = protocol ? [protocol] : defaultProtocols(ports);
      // Traffic to the router and through it, unless only accepting (then only to the router).
      const chains = action === 'accept' ? ['input'] : ['input', 'forward'];
      const expected = filterCommands(chains, groupsOf([{ protocols, ports }]), { ...sideOf(where, options), action });
      return dressed(fc.constant({ english })).map((prompt): ExpectedPrompt => ({
        prompt, options, family: 'firewall', expected, destructive: action !== 'accept',
        slots: { template: 'port', verb: word, action: verb, side: where.kind, ...(protocol ? { protocol } : {}) },
      }));
    });
}

/** "block 203.0.113.7", "drop all traffic from 10.0.0.0/8", "block ping from the internet". */
export function addressPrompt(): fc.Arbitrary<ExpectedPrompt> {
  const fromAddress = fc
    .record({ word: fc.constantFrom(...verbsFor('block')), address: fc.oneof(hostAddress(), subnet()), phrase: fc.constantFrom('', 'all traffic from ', 'everything from ', 'traffic from ') })
    .map(({ word, address, phrase }) => ({
      english: `${word} ${phrase}${address}`,
      expected: filterCommands(['input', 'forward'], [], { 'src-address': address, action: 'drop' }),
      options: {} as GenerateOptions,
      slots: { template: 'address', verb: word, action: 'block', side: 'address' } as Slots,
    }));
  const ping = fc
    .record({ word: fc.constantFrom(...verbsFor('block')), noun: fc.constantFrom('ping', 'pings', 'icmp'), side: side(), options: generateOptions() })
    .map(({ word, noun, side: where, options }) => ({
      english: [word, noun, where.kind === 'none' ? '' : where.text].filter(Boolean).join(' '),
      // A ping is an echo request (icmp-options=8:0); "icmp" is all of ICMP.
      expected: filterCommands(['input'], [{ protocol: 'icmp', ports: [], ...(noun === 'icmp' ? {} : { icmpOptions: '8:0' }) }], { ...sideOf(where, options), action: 'drop' }),
      options,
      slots: { template: 'ping', verb: word, action: 'block', side: where.kind, protocol: 'icmp' } as Slots,
    }));
  return fc.oneof(fromAddress, ping).chain(({ english, expected, options, slots }) =>
    dressed(fc.constant({ english })).map((prompt): ExpectedPrompt => ({ prompt, options, family: 'firewall', expected, destructive: true, slots })),
  );
}

/** "forward tcp port 8080 to 192.168.88.10:80", "expose rdp to 10.0.0.5 port 3390": dst-nat rules. */
export function forwardPrompt(): fc.Arbitrary<ExpectedPrompt> {
  const what = fc.oneof(
    fc.record({ protocol: fc.constantFrom<'tcp' | 'udp' | undefined>(undefined, undefined, 'tcp', 'udp'), port: portNumber }).map(({ protocol, port }) => ({
      text: `${protocol ? protocol + ' ' : ''}port ${port}`,
      protocols: protocol ? [protocol] : defaultProtocols([{ from: port, to: port }]),
      ports: [{ from: port, to: port }],
      services: [] as string[],
    })),
    // Services with one port, so a target port can translate it. Not syslog: "forward syslog to 10.0.0.5"
    // means sending the router's logs there.
    fc.constantFrom(...NAMED_SERVICES.filter((s) => s.service.ports.length === 1 && typeof s.service.ports[0] === 'number' && s.service.name !== 'syslog')).map(({ word, service }) => ({
      text: word,
      protocols: service.protocols,
      ports: servicePorts(service),
      services: [service.name],
    })),
  );
  return fc
    .record({
      word: fc.constantFrom(...verbsFor('forward')),
      what,
      target: hostAddress(),
      toPort: fc.option(portNumber, { nil: undefined }),
      portStyle: fc.constantFrom('colon', 'word'),
      fromInternet: fc.boolean(),
      options: generateOptions(),
      comment: fc.option(commentText(), { nil: undefined, freq: 4 }),
    })
    .chain(({ word, what: w, target, toPort, portStyle, fromInternet, options, comment }) => {
      const to = toPort === undefined ? target : portStyle === 'colon' ? `${target}:${toPort}` : `${target} port ${toPort}`;
      const english = [word, w.text, fromInternet ? 'from the internet' : '', 'to', to].filter(Boolean).join(' ');
      const wan = sideArgs(refOf(options.wan, { list: 'WAN' }), 'in');
      const expected = groupsOf([{ protocols: w.protocols, ports: w.ports }]).map((g) =>
        build(NAT, 'add', {
          chain: 'dstnat',
          ...wan,
          protocol: g.protocol,
          'dst-port': g.ports.map(portText).join(','),
          action: 'dst-nat',
          'to-addresses': target,
          'to-ports': toPort,
          comment: comment === undefined ? undefined : str(comment),
        }),
      );
      return dressed(fc.constant({ english, ...(comment === undefined ? {} : { tail: ` with comment "${comment}"` }) })).map(
        (prompt): ExpectedPrompt => ({
          prompt, options, family: 'nat', expected, destructive: false,
          slots: {
            template: 'forward', verb: word, action: 'forward', services: w.services, side: fromInternet ? 'place' : 'none',
            ...(comment === undefined ? {} : { comment }), ...(toPort === undefined ? {} : { toPort }),
          },
        }),
      );
    });
}

/** "masquerade 192.168.88.0/24 out ether1", "share the internet with the lan". */
export function masqueradePrompt(): fc.Arbitrary<ExpectedPrompt> {
  const masqueradeWords = verbsFor('masquerade');
  return fc
    .record({
      word: fc.constantFrom(...masqueradeWords),
      source: fc.oneof(fc.constant<string | null>(null), fc.constant<string | null>('lan'), subnet().map((s): string | null => s)),
      out: fc.option(fc.constantFrom(...INTERFACES), { nil: undefined }),
      options: generateOptions(),
    })
    .chain(({ word, source, out, options }) => {
      const sourceText = source === null ? '' : source === 'lan' ? 'the lan' : source;
      const english = [word, sourceText, out ? `out ${out}` : ''].filter(Boolean).join(' ');
      const src = source === null ? undefined : source === 'lan' ? (options.lanSubnet ?? '192.168.88.0/24') : source;
      const expected = [
        build(NAT, 'add', {
          chain: 'srcnat',
          'src-address': src,
          ...(out ? { 'out-interface': out } : sideArgs(refOf(options.wan, { list: 'WAN' }), 'out')),
          action: 'masquerade',
        }),
      ];
      return dressed(fc.constant({ english })).map((prompt): ExpectedPrompt => ({
        prompt, options, family: 'nat', expected, destructive: false, slots: { template: 'masquerade', verb: word, action: 'masquerade', side: out ? 'interface' : 'none' },
      }));
    });
}

/** Any prompt with a known answer: firewall filter rules and NAT. */
export function expectedPrompt(): fc.Arbitrary<ExpectedPrompt> {
  return fc.oneof(
    { weight: 4, arbitrary: servicePrompt() },
    { weight: 3, arbitrary: portPrompt() },
    { weight: 1, arbitrary: addressPrompt() },
    { weight: 3, arbitrary: forwardPrompt() },
    { weight: 1, arbitrary: masqueradePrompt() },
  );
}

/** The commands each family may emit (path and command name): anything else in its output is a bug. */
export const FAMILY_COMMANDS: Readonly<Record<PromptFamily, readonly string[]>> = {
  firewall: ['/ip firewall filter add', '/ipv6 firewall filter add', '/ip firewall address-list add'],
  nat: ['/ip firewall nat add'],
};
