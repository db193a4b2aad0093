/**
 * Reads a bare (unquoted) RouterOS word as a typed value. The parser and the
 * builders both use this, so a value built by an intent rule and the same
 * value read back from text are the same node.
 */
import type { Value } from './nodes.js';

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const MAC = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;
const TIME_UNITS = /^(?:\d+w)?(?:\d+d)?(?:\d+h)?(?:\d+m(?!s))?(?:\d+s)?(?:\d+ms)?$/;
const TIME_CLOCK = /^(?:\d+d)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;
const ID = /^\*[0-9A-Fa-f]+$/;
const DECIMAL = /^-?\d+$/;
const HEX = /^0x[0-9A-Fa-f]+$/;
const ONLY_DIGITS = /^\d+$/;
const CLOCK_START = /^(?:\d+d)?\d{1,2}:\d\d(?::|$)/;
const SCOPE = /^[A-Za-z][A-Za-z0-9_.\-]*$/;

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

/** A strict IPv6 check (RFC 4291 text forms, with an optional embedded IPv4 tail). */
export function isIpv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || !text.includes(':')) return false;
  const parts = text.split('::');
  if (parts.length > 2) return false;
  const groups = (s: string): string[] | null => {
    if (s === '') return [];
    const g = s.split(':');
    const last = g[g.length - 1] ?? '';
    const out: string[] = [];
    for (let i = 0; i < g.length; i++) {
      const part = g[i] ?? '';
      if (i === g.length - 1 && last.includes('.')) {
        if (!IPV4.test(last)) return null;
        out.push('0', '0');
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(part)) out.push(part);
      else return null;
    }
    return out;
  };
  const head = groups(parts[0] ?? '');
  if (head === null) return false;
  if (parts.length === 1) return head.length === 8;
  const tail = groups(parts[1] ?? '');
  return tail !== null && head.length + tail.length <= 7;
}

export function isTime(text: string): boolean {
  return text !== '' && /\d/.test(text) && (TIME_UNITS.test(text) || TIME_CLOCK.test(text)) && !DECIMAL.test(text);
}

export function isMac(text: string): boolean {
  return MAC.test(text);
}

/** Classifies one bare word (no commas: lists are split by the parser). */
export function classifyBare(text: string): Value {
  // Fast paths: a word that starts with a letter and has no `:` can only be a word (addresses with letters,
  // IPv6 and MACs, have colons; numbers, IPv4, times and ranges start with a digit); one made of digits only
  // is a number.
  const c = text.charCodeAt(0);
  if (((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f) && !text.includes(':')) return { kind: 'word', text };
  // RouterOS numbers are 64-bit; those beyond 2^53 cannot be held exactly here and stay words.
  if (c >= 0x30 && c <= 0x39 && text.length <= 16 && ONLY_DIGITS.test(text) && Number.isSafeInteger(Number(text))) return { kind: 'number', value: Number(text) };
  if (DECIMAL.test(text) && text.length <= 17 && Number.isSafeInteger(Number(text))) return { kind: 'number', value: Number(text) || 0 };
  if (HEX.test(text) && text.length <= 16 && Number.isSafeInteger(Number.parseInt(text.slice(2), 16))) return { kind: 'number', value: Number.parseInt(text.slice(2), 16), hex: true };
  if (IPV4.test(text)) return { kind: 'ip', address: text };
  const percent = text.indexOf('%');
  if (percent > 0) {
    // `fe80::1%ether1`, `10.0.0.1%ether1`: an address on an interface.
    const address = text.slice(0, percent);
    const scope = text.slice(percent + 1);
    if (SCOPE.test(scope)) {
      if (IPV4.test(address)) return { kind: 'ip', address, scope };
      if (isIpv6(address)) return { kind: 'ip6', address, scope };
    }
  }
  const slash = text.indexOf('/');
  if (slash > 0) {
    const address = text.slice(0, slash);
    const length = text.slice(slash + 1);
    if (/^\d{1,3}$/.test(length)) {
      const n = Number(length);
      if ((IPV4.test(address) && n <= 32) || (isIpv6(address) && n <= 128)) return { kind: 'prefix', address, length: n };
    }
  }
  if (isMac(text)) return { kind: 'mac', address: text };
  // `03:00:00` is a time, never an IPv6 address: check the cheap case first.
  if (CLOCK_START.test(text) && isTime(text)) return { kind: 'time', text };
  if (isIpv6(text)) return { kind: 'ip6', address: text };
  const dash = text.indexOf('-');
  if (dash > 0) {
    const from = text.slice(0, dash);
    const to = text.slice(dash + 1);
    if ((/^\d{1,5}$/.test(from) && /^\d{1,5}$/.test(to)) || (IPV4.test(from) && IPV4.test(to))) return { kind: 'range', from, to };
  }
  if (ID.test(text)) return { kind: 'id', text };
  if (isTime(text)) return { kind: 'time', text };
  return { kind: 'word', text };
}
