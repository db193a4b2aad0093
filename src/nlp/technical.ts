/**
 * Our own scanner for the technical tokens in a prompt: addresses, prefixes,
 * `ip:port`, ranges, MACs, interface names, quoted text and raw RouterOS
 * syntax. compromise never sees them: each is replaced by a placeholder word
 * before the English pass, and restored after it.
 */
import { isIpv4, isIpv6 } from '../ast/classify.js';
import { getLexicon } from './lexicon.js';
import { ianaTimeZone } from './timezones.js';

export type Technical =
  | { readonly kind: 'ip'; readonly address: string; readonly port?: number }
  | { readonly kind: 'prefix'; readonly address: string; readonly length: number }
  | { readonly kind: 'ip-range'; readonly from: string; readonly to: string }
  | { readonly kind: 'ip6'; readonly address: string; readonly length?: number }
  | { readonly kind: 'mac'; readonly address: string }
  | { readonly kind: 'port-range'; readonly from: number; readonly to: number }
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'interface'; readonly name: string }
  /** `ether2-ether5` or `ether2-5`: consecutive interfaces. */
  | { readonly kind: 'interface-range'; readonly names: readonly string[] }
  | { readonly kind: 'hostname'; readonly name: string }
  | { readonly kind: 'quoted'; readonly text: string }
  | { readonly kind: 'arrow' }
  /** A time of day: `23:30`, `3am`, `3:15 pm` (`hour` is 0-23). */
  | { readonly kind: 'time'; readonly hour: number; readonly minute: number; readonly second: number; readonly text: string }
  /** A number with a unit of time or bit rate: `30m`, `6 hours`, `10M`, `512k`, `10 mbps`; `10M/5M` has a `second`. */
  | { readonly kind: 'amount'; readonly value: number; readonly unit: AmountUnit; readonly text: string; readonly second?: { readonly value: number; readonly unit: AmountUnit } }
  /** An IANA time zone name (`Europe/Riga`); `valid` is false when it is not one. */
  | { readonly kind: 'timezone'; readonly name: string; readonly valid: boolean }
  /** A WireGuard key; `valid` when it has the 44-character base64 form of 32 bytes. */
  | { readonly kind: 'wg-key'; readonly key: string; readonly valid: boolean }
  /** What follows "password", "passphrase", "secret", "psk": never echoed in messages. */
  | { readonly kind: 'secret'; readonly text: string }
  /** A word with digits that is not an interface (`lab-7`, `rtr01`): a name. */
  | { readonly kind: 'name'; readonly text: string }
  /** An e-mail address (`ops@example.com`), kept whole: the e-mail tool's recipient or sender. */
  | { readonly kind: 'email'; readonly text: string }
  /** Something that looks like a value but is not a valid one (`192.168.1.300`, `/33`, `99999`). */
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: string }
  /** RouterOS syntax typed into the prompt (`/system reset-configuration`, `:put`, `$[...]`). */
  | { readonly kind: 'code'; readonly text: string }
  /**
   * The last part of an address within a subnet said elsewhere, in forum shorthand: `.1` (a host), `.10-.200` or
   * `.10-200` (a range). Only the rule that knows the subnet can make an address of it.
   */
  | { readonly kind: 'host-part'; readonly from: number; readonly to?: number; readonly text: string };

export interface Scanned {
  /** The prompt with each technical token replaced by ` zzt<N>zz `. */
  readonly text: string;
  readonly technical: Technical[];
}

const INTERFACE = /^(?:ether|sfp-sfpplus|sfpplus|sfp|qsfp\d*-|combo|wlan|wifi|bridge|vlan|pppoe-out|pppoe-in|pppoe-client|l2tp-out|l2tp-in|ovpn-out|sstp-out|pptp-out|wg|wireguard|lte|eoip|gre|ipip|bond|veth|lo)[\w-]*?\d+(?:[./-]\d+)*$/i;

const TLDS = 'com|net|org|io|co|uk|de|fr|ru|cn|info|biz|tv|me|app|dev|edu|gov|us|ca|au|jp|in|br|it|es|nl|pl|se|no|fi|dk|ch|at|be|cz|lv|lt|ee|ua|xyz|online|site|tk|ly|gg|to|fm|ai|cloud|local|lan|home|arpa|tiktok';
const HOSTNAME = new RegExp(`^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS})$`, 'i');

/** Units of an `amount`: bit rates (k, M, G; `m` is a lower-case m, minutes or megabits by context) and times. */
export type AmountUnit = 'k' | 'M' | 'G' | 'm' | 's' | 'min' | 'h' | 'd' | 'w';

// Time, rate, key, time zone and secret shapes for the system, scheduler, queue, VPN and Wi-Fi families.
// Each is a named group, so the scanner knows which shape matched (a secret has no shape of its own).
// ("ppp secret john": after "ppp", "secret" names the PPP user menu, and what follows is the user's name.)
// "pass" is a password only after a user was named in the same part of the prompt ("add user ops pass 0ps!Pass").
const SECRET_WORDS = String.raw`(?:password|passwd|pwd|pw|passphrase|(?<=\b(?:user|users|admin|login|account)\b[^,;]*\s)pass|psk|(?<!\bppp[\s-]?)secret|pre-?shared[\s-]key|wpa[23]?[\s-]key|wi-?fi[\s-]key|ipsec[\s-]key)`;
const NOT_A_SECRET = String.raw`(?:to|is|of|as|for|be|and|with|the|on|in|from|set|should|will|must|that|it|was|user|users|account)\b`;
// "set the password on wifi1 to ...", "the passphrase of wlan2 is ...": the radio between the word and its value is no secret.
const RADIO_BETWEEN = String.raw`(?:on|of|for)\s+(?:the\s+)?(?:wifi|wlan)[\w-]*\s+(?:is|to|as|=|:)\s*`;
const NOT_A_RADIO = String.raw`(?<!\b(?:on|of|for)\s+)|(?!(?:wifi|wlan)[\w-]*\s+(?:is|to|as|=|:)\s)`;
const SECRET = new RegExp(String.raw`(?<secret>(?<=\b${SECRET_WORDS}\b\s*(?:(?:is|to|of|as|=|:)\s*|${RADIO_BETWEEN})?)(?:${NOT_A_RADIO})(?!${NOT_A_SECRET})(?<![\w])(?:"[^"]*"|“[^”]*”|[^\s"“”]+?(?=[,.;!?]*(?:\s|$))))`);
const WG_KEY = /(?<wgkey>(?<![\w+/=.-])(?=[A-Za-z0-9+/]*[0-9+/])[A-Za-z0-9+/]{30,60}={0,2}(?![\w+/=.-]))/;
const TIME_ZONE = /(?<tz>\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Brazil|Mexico|Chile)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?(?![\w/]))/;
const AM_PM = String.raw`(?:am|pm|a\.m\.|p\.m\.)`;
const TIME = new RegExp(String.raw`(?<time>\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?${AM_PM})?(?![\w:])|\b(?:1[0-2]|0?[1-9])\s?${AM_PM}(?!\w))`);
const RATE_UNIT = String.raw`(?:[kmg](?:bps|bit/s|bits?|b/s)?(?![\w/])|\s?(?:kbps|mbps|gbps|kbit/s|mbit/s|gbit/s|kbits?|mbits?|gbits?|kilobits?|megabits?|gigabits?|megs?|gigs?)(?![\w/]))`;
const TIME_UNIT = String.raw`(?:\s?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|wks?)|[hdws]|hr|min|sec)(?![\w/])`;
const NUM = String.raw`\d+(?:\.\d+)?`;
const RATE_UNIT_BEFORE_SLASH = RATE_UNIT.replaceAll('(?![\\w/])', '(?!\\w)');
const AMOUNT = new RegExp(String.raw`(?<amount>\b${NUM}${RATE_UNIT_BEFORE_SLASH}?\s?/\s?${NUM}${RATE_UNIT}|\b${NUM}(?:${RATE_UNIT}|${TIME_UNIT}))`);

function amountUnit(text: string): AmountUnit {
  const u = text.replace(/\s/g, '');
  if (u === 'm') return 'm';
  const l = u.toLowerCase();
  if (/^k|^kilo/.test(l)) return 'k';
  if (/^g/.test(l)) return 'G';
  if (/^(?:h|hr|hour)/.test(l)) return 'h';
  if (/^min/.test(l)) return 'min';
  if (/^(?:s|sec)/.test(l)) return 's';
  if (/^d/.test(l)) return 'd';
  if (/^w/.test(l)) return 'w';
  return 'M';
}

function amountOf(text: string): { value: number; unit: AmountUnit } {
  const m = /^(\d+(?:\.\d+)?)\s?(.*)$/s.exec(text.trim())!;
  return { value: Number(m[1]), unit: m[2] === '' ? 'M' : amountUnit(m[2]!) };
}

/** Classifies a match of one of the named shapes above; null when none of them matched. */
function classifyNamed(groups: unknown): Technical | null {
  if (typeof groups !== 'object' || groups === null) return null;
  const g = groups as Record<string, string | undefined>;
  if (g.secret !== undefined) return { kind: 'secret', text: g.secret.replace(/^["“](.*)["”]$/s, '$1') };
  if (g.wgkey !== undefined) {
    // A long time zone name (America/Argentina/ComodRivadavia) has the shape of a key without its padding.
    const zone = ianaTimeZone(g.wgkey);
    if (zone !== undefined) return { kind: 'timezone', name: zone, valid: true };
    if (!/[A-Z]/.test(g.wgkey) || !/[a-z]/.test(g.wgkey)) return null;
    return { kind: 'wg-key', key: g.wgkey, valid: /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(g.wgkey) };
  }
  if (g.tz !== undefined) {
    const name = ianaTimeZone(g.tz);
    return name === undefined ? { kind: 'timezone', name: g.tz, valid: false } : { kind: 'timezone', name, valid: true };
  }
  if (g.time !== undefined) {
    const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s?([ap])?/i.exec(g.time)!;
    let hour = Number(m[1]);
    const half = m[4]?.toLowerCase();
    if (half !== undefined && hour > 12) return { kind: 'invalid', text: g.time, reason: `${g.time} is not a valid time of day` };
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    return { kind: 'time', hour, minute: Number(m[2] ?? 0), second: Number(m[3] ?? 0), text: g.time };
  }
  if (g.amount !== undefined) {
    const [first, second] = g.amount.split('/') as [string, string | undefined];
    if (second === undefined) return { kind: 'amount', ...amountOf(first), text: g.amount };
    const b = amountOf(second);
    const a = /[a-z]\s*$/i.test(first) ? amountOf(first) : { value: Number(first.trim()), unit: b.unit };
    return { kind: 'amount', ...a, text: g.amount.replace(/\s+/g, ''), second: b };
  }
  return null;
}

/** A word with digits that is neither an interface, a host nor a word of the lexicon (`ipv6`, `wpa2`): a name, kept whole (`lab-7`, `rtr01`). */
function nameToken(raw: string): Technical | null {
  if (/^[A-Za-z0-9][\w.+-]*@[\w.+-]*[A-Za-z0-9]$/.test(raw)) return { kind: 'name', text: raw };
  if (!/^[A-Za-z][\w-]*\d[\w-]*$/.test(raw) || getLexicon().entries.has(raw.toLowerCase().replace(/-/g, ' '))) return null;
  return { kind: 'name', text: raw };
}

/**
 * One regex alternation over the raw text; each alternative is classified
 * by `classify`. Order: quotes, code, then the longest technical shapes.
 */
const SCANNER = new RegExp(
  [
    SECRET.source,
    /"[^"]*"|“[^”]*”|‘[^’]*’|(?<=^|[\s(,;:])'[^'\n]*'(?=$|[\s),.;:!?])/.source,
    WG_KEY.source,
    TIME_ZONE.source,
    /(?<=^|[\s;,"'(])(?:\/[a-z][\w-]*|:[a-z]+\b|\$[[(\w"]|\[[\s/:]*[a-z/:])/.source,
    // A RouterOS menu or script command glued to any other symbol (`{/system reboot}`, `é/user set`, `#:execute`)
    // is code too; only ASCII letters and digits before it make it part of a word (`tcp/ip`, `10.0.0.0/8`), unless
    // they end a typed escape (`\n/user set`).
    /(?:(?<=\\[nrt])|(?<![A-Za-z0-9.]))(?:\/(?:system|user|ip|ipv6|interface|routing|tool|file|queue|ppp|certificate|snmp|export|import|log|disk|container|radius|caps-man|mpls|port|special-login|password|quit)\b|:(?:put|execute|parse|global|local|set|do|if|foreach|for|while|delay|log|return|error|onerror|retry|import|resolve)\b)/.source,
    // An e-mail address, before the host name inside it is read as a host.
    /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b/.source,
    // A word with "@" inside that is no e-mail address (`N3wP@ssw0rd`, `foo@isp`): one name, never split at the "@".
    /(?<![\w.+@-])[A-Za-z0-9][\w.+-]*@[\w.+-]*[A-Za-z0-9](?![\w@])/.source,
    /[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b/.source,
    /(?:\d{1,3}\.){3}\d{1,3}\s*-\s*(?:\d{1,3}\.){3}\d{1,3}/.source,
    /(?:\d+\.){3,}\d+(?:\/\d+|:\d+)?/.source,
    // Forum shorthand for the end of an address in a subnet named elsewhere: "pool .10-.200", "gw .1".
    /(?<=^|[\s(,=])\.\d{1,3}(?:\s*-\s*\.?\d{1,3})?(?![\w.])/.source,
    TIME.source,
    /(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:\/\d{1,3})?(?![\w:])/.source,
    // Not a date ("2025-01-01": three numbers joined by dashes are no port range).
    /(?<!\d\s*-\s*)\b\d{1,6}\s*-\s*\d{1,6}\b(?!\.\d|\d|\s*-\s*\d)/.source,
    AMOUNT.source,
    /->|=>|→/.source,
    // Not the first label of a host name (`ns1.example.com`), which the host name shape below reads whole.
    // `lab-7`, `Home-5G` (letters after the digits: one name, not "Home" and 5 gigabits), `vlan.10`.
    /\b[a-z][\w-]*(?:\d+[a-z]*|\.\d+)(?:[./-]\d+)*(?:-[a-z]\w*)*\b(?!\.[a-z])/.source,
    /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}\b/.source,
    /\b\d+\b(?![.:]\d)/.source,
  ].join('|'),
  'giu',
);

/**
 * "ether2 to ether5", "ether2 through ether5": a range of interfaces of one kind, written as `ether2-ether5` before
 * scanning. Not after "from" ("from ether1 to ether2" is where traffic goes).
 */
const SPOKEN_RANGE = /(?<!\bfrom\s+)\b([a-z][a-z-]*?)(\d+)\s+(?:to|through|thru|till|until)\s+\1(\d+)\b/gi;

/** "ether 3", "wlan 1": an interface name typed with a space (never "vlan 10", where the number is the VLAN id). */
const SPACED_INTERFACE = /\b(ether|wlan|wifi|sfp)\s+(\d{1,2})\b(?!\s*(?:-|to|through|\.\d))/gi;

export function scanTechnical(prompt: string): Scanned {
  const technical: Technical[] = [];
  const ranged = prompt.replace(SPACED_INTERFACE, '$1$2').replace(SPOKEN_RANGE, (match, base: string, from: string, to: string) =>
    Number(to) > Number(from) && INTERFACE.test(`${base}${from}`) ? `${base}${from}-${base}${to}` : match);
  const text = ranged.replace(SCANNER, (match, ...rest: unknown[]) => {
    const token = classifyNamed(rest[rest.length - 1]) ?? classify(match) ?? nameToken(match);
    if (token === null) return match;
    technical.push(token);
    // No space before punctuation typed right after the token, so compromise keeps it as the token's own ("lab-7, then").
    const next = String(rest[rest.length - 2] ?? '')[Number(rest[rest.length - 3]) + match.length] ?? '';
    return ` zzt${technical.length - 1}zz${/[,.;!?]/.test(next) ? '' : ' '}`;
  });
  return { text, technical };
}

function port(text: string): number | null {
  const n = Number(text);
  return /^\d+$/.test(text) && n >= 0 && n <= 65535 ? n : null;
}

function classify(raw: string): Technical | null {
  const first = raw[0]!;
  if (first === '"' || first === '“' || first === '‘' || first === "'") return { kind: 'quoted', text: raw.slice(1, -1) };
  if (/^[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}$/.test(raw)) return { kind: 'email', text: raw };
  if (first === '/' || first === ':' || first === '$' || first === '[') return { kind: 'code', text: raw };
  if (raw === '->' || raw === '=>' || raw === '→') return { kind: 'arrow' };
  const compact = raw.replace(/\s+/g, '');
  const hostPart = /^\.(\d{1,3})(?:-\.?(\d{1,3}))?$/.exec(compact);
  if (hostPart) {
    const from = Number(hostPart[1]);
    const to = hostPart[2] === undefined ? undefined : Number(hostPart[2]);
    if (from > 255 || (to !== undefined && to > 255)) return { kind: 'invalid', text: compact, reason: `${compact} is not the end of an IPv4 address (0-255)` };
    return to === undefined ? { kind: 'host-part', from, text: compact } : { kind: 'host-part', from, to, text: compact };
  }
  if (/^[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}$/.test(compact) && /[:-]/.test(compact)) {
    return { kind: 'mac', address: compact.replace(/-/g, ':').toUpperCase() };
  }
  const ipRange = /^((?:\d+\.){3}\d+)-((?:\d+\.){3}\d+)$/.exec(compact);
  if (ipRange) {
    const [, from, to] = ipRange as unknown as [string, string, string];
    if (!isIpv4(from) || !isIpv4(to)) return { kind: 'invalid', text: compact, reason: `${isIpv4(from) ? to : from} is not a valid IPv4 address` };
    return { kind: 'ip-range', from, to };
  }
  const ip = /^((?:\d+\.){3,}\d+)(?:\/(\d+)|:(\d+))?$/.exec(compact);
  if (ip) {
    const [, address, length, portText] = ip as unknown as [string, string, string | undefined, string | undefined];
    if (!isIpv4(address)) return { kind: 'invalid', text: compact, reason: `${address} is not a valid IPv4 address (four numbers 0-255)` };
    if (length !== undefined) {
      const n = Number(length);
      if (n > 32) return { kind: 'invalid', text: compact, reason: `/${length} is not a valid IPv4 prefix length (0-32)` };
      return { kind: 'prefix', address, length: n };
    }
    if (portText !== undefined) {
      const p = port(portText);
      if (p === null || p === 0) return { kind: 'invalid', text: compact, reason: `${portText} is not a valid port (1-65535)` };
      return { kind: 'ip', address, port: p };
    }
    return { kind: 'ip', address };
  }
  // Pairs of hex digits are a MAC address with a pair too many or too few (`AA:BB:CC:DD:EE`), not an IPv6 address.
  if (/^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){4,7}$/.test(compact) && !isIpv6(compact)) {
    return { kind: 'invalid', text: compact, reason: `${compact} is not a valid MAC address (six pairs of hex digits, like AA:BB:CC:DD:EE:FF)` };
  }
  if (compact.includes(':') && /^[0-9A-Fa-f:]+(?:\/\d+)?$/.test(compact)) {
    const [address, length] = compact.split('/') as [string, string | undefined];
    if (!isIpv6(address)) return /[0-9A-Fa-f]{2}/.test(address) && address.split(':').length > 2 ? { kind: 'invalid', text: compact, reason: `${address} is not a valid IPv6 address` } : null;
    if (length === undefined) return { kind: 'ip6', address: address.toLowerCase() };
    const n = Number(length);
    if (n > 128) return { kind: 'invalid', text: compact, reason: `/${length} is not a valid IPv6 prefix length (0-128)` };
    return { kind: 'ip6', address: address.toLowerCase(), length: n };
  }
  const range = /^(\d+)-(\d+)$/.exec(compact);
  if (range) {
    const from = port(range[1]!);
    const to = port(range[2]!);
    if (from === null || to === null) return { kind: 'invalid', text: compact, reason: `${compact} is not a valid port range (ports are 1-65535)` };
    if (from > to) return { kind: 'invalid', text: compact, reason: `port range ${compact} is backwards` };
    return { kind: 'port-range', from, to };
  }
  if (/^\d+$/.test(compact)) return { kind: 'number', value: Number(compact), text: compact };
  const ifaceRange = /^([a-z][a-z-]*?)(\d+)-(?:\1)?(\d+)$/i.exec(compact);
  if (ifaceRange && INTERFACE.test(`${ifaceRange[1]}${ifaceRange[2]}`)) {
    const [, base, fromText, toText] = ifaceRange as unknown as [string, string, string, string];
    const from = Number(fromText);
    const to = Number(toText);
    if (to <= from || to - from > 63) return { kind: 'invalid', text: compact, reason: `${compact} is not a valid range of interfaces` };
    return { kind: 'interface-range', names: Array.from({ length: to - from + 1 }, (_, k) => `${base.toLowerCase()}${from + k}`) };
  }
  if (INTERFACE.test(compact)) return { kind: 'interface', name: compact.toLowerCase() };
  if (HOSTNAME.test(compact) && !/^\d/.test(compact.split('.').pop()!)) return { kind: 'hostname', name: compact.toLowerCase() };
  return null;
}
