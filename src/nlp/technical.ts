/**
 * Our own scanner for the technical tokens in a prompt: addresses, prefixes,
 * `ip:port`, ranges, MACs, interface names, quoted text and raw RouterOS
 * syntax. compromise never sees them: each is replaced by a placeholder word
 * before the English pass, and restored after it.
 */
import { isIpv4, isIpv6 } from '../ast/classify.js';

export type Technical =
  | { readonly kind: 'ip'; readonly address: string; readonly port?: number }
  | { readonly kind: 'prefix'; readonly address: string; readonly length: number }
  | { readonly kind: 'ip-range'; readonly from: string; readonly to: string }
  | { readonly kind: 'ip6'; readonly address: string; readonly length?: number }
  | { readonly kind: 'mac'; readonly address: string }
  | { readonly kind: 'port-range'; readonly from: number; readonly to: number }
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'interface'; readonly name: string }
  | { readonly kind: 'hostname'; readonly name: string }
  | { readonly kind: 'quoted'; readonly text: string }
  | { readonly kind: 'arrow' }
  /** Something that looks like a value but is not a valid one (`192.168.1.300`, `/33`, `99999`). */
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: string }
  /** RouterOS syntax typed into the prompt (`/system reset-configuration`, `:put`, `$[...]`). */
  | { readonly kind: 'code'; readonly text: string };

export interface Scanned {
  /** The prompt with each technical token replaced by ` zzt<N>zz `. */
  readonly text: string;
  readonly technical: Technical[];
}

const INTERFACE = /^(?:ether|sfp-sfpplus|sfpplus|sfp|qsfp\d*-|combo|wlan|wifi|bridge|vlan|pppoe-out|pppoe-in|pppoe-client|l2tp-out|l2tp-in|ovpn-out|sstp-out|pptp-out|wg|wireguard|lte|eoip|gre|ipip|bond|veth|lo)[\w-]*?\d+(?:[./-]\d+)*$/i;

const TLDS = 'com|net|org|io|co|uk|de|fr|ru|cn|info|biz|tv|me|app|dev|edu|gov|us|ca|au|jp|in|br|it|es|nl|pl|se|no|fi|dk|ch|at|be|cz|lv|lt|ee|ua|xyz|online|site|tk|ly|gg|to|fm|ai|cloud|local|lan|home|arpa|tiktok';
const HOSTNAME = new RegExp(`^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS})$`, 'i');

/**
 * One regex alternation over the raw text; each alternative is classified
 * by `classify`. Order: quotes, code, then the longest technical shapes.
 */
const SCANNER = new RegExp(
  [
    /"[^"]*"|“[^”]*”|‘[^’]*’|(?<=^|[\s(,;:])'[^'\n]*'(?=$|[\s),.;:!?])/.source,
    /(?<=^|[\s;,"'(])(?:\/[a-z][\w-]*|:[a-z]+\b|\$[[(\w"]|\[[\s/:]*[a-z/:])/.source,
    /[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b/.source,
    /(?:\d{1,3}\.){3}\d{1,3}\s*-\s*(?:\d{1,3}\.){3}\d{1,3}/.source,
    /(?:\d+\.){3,}\d+(?:\/\d+|:\d+)?/.source,
    /(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:\/\d{1,3})?(?![\w:])/.source,
    /\b\d{1,6}\s*-\s*\d{1,6}\b(?![.\d])/.source,
    /->|=>|→/.source,
    /\b[a-z][\w-]*\d+(?:[./-]\d+)*\b/.source,
    /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}\b/.source,
    /\b\d+\b(?![.:]\d)/.source,
  ].join('|'),
  'giu',
);

export function scanTechnical(prompt: string): Scanned {
  const technical: Technical[] = [];
  const text = prompt.replace(SCANNER, (match) => {
    const token = classify(match);
    if (token === null) return match;
    technical.push(token);
    return ` zzt${technical.length - 1}zz `;
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
  if (first === '/' || first === ':' || first === '$' || first === '[') return { kind: 'code', text: raw };
  if (raw === '->' || raw === '=>' || raw === '→') return { kind: 'arrow' };
  const compact = raw.replace(/\s+/g, '');
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
  if (INTERFACE.test(compact)) return { kind: 'interface', name: compact.toLowerCase() };
  if (HOSTNAME.test(compact) && !/^\d/.test(compact.split('.').pop()!)) return { kind: 'hostname', name: compact.toLowerCase() };
  return null;
}
