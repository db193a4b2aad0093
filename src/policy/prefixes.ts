/**
 * Address prefixes as the policy reads them: how much of the address space a
 * destination covers, and whether a set of prefixes together covers all of it
 * (0.0.0.0/1 + 128.0.0.0/1 is a default route in two halves).
 */

export interface Prefix {
  readonly family: 4 | 6;
  /** The first address as a bigint (32 or 128 bits). */
  readonly start: bigint;
  readonly length: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

/** `10.0.0.0/8`, `8.8.8.8` (a /32), `::/0`, `2001:db8::/32`; null when it is not an address or prefix. */
export function parsePrefix(text: string): Prefix | null {
  const trimmed = text.trim();
  const v4 = IPV4.exec(trimmed);
  if (v4) {
    const octets = v4.slice(1, 5).map(Number);
    if (octets.some((o) => o > 255)) return null;
    const length = v4[5] === undefined ? 32 : Number(v4[5]);
    if (length > 32) return null;
    const value = octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n);
    return { family: 4, start: mask(value, length, 32), length };
  }
  const slash = trimmed.indexOf('/');
  const address = slash < 0 ? trimmed : trimmed.slice(0, slash);
  const length = slash < 0 ? 128 : Number(trimmed.slice(slash + 1));
  if (!Number.isInteger(length) || length < 0 || length > 128) return null;
  const value = parseIpv6(address.replace(/%.*$/, ''));
  return value === null ? null : { family: 6, start: mask(value, length, 128), length };
}

function mask(value: bigint, length: number, bits: number): bigint {
  const host = BigInt(bits - length);
  return (value >> host) << host;
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** Whether `prefixes` (of one family) together cover every address of that family. */
export function coversEverything(prefixes: readonly Prefix[], family: 4 | 6): boolean {
  const bits = family === 4 ? 32 : 128;
  const ranges = prefixes
    .filter((p) => p.family === family)
    .map((p) => ({ from: p.start, to: p.start + (1n << BigInt(bits - p.length)) - 1n }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let next = 0n;
  for (const r of ranges) {
    if (r.from > next) return false;
    if (r.to + 1n > next) next = r.to + 1n;
  }
  return next >= 1n << BigInt(bits);
}

/**
 * Prefixes shorter than this cover a large part of the internet (a /7 is 32
 * million IPv4 addresses, a /15 of IPv6 is more than every allocation made so
 * far): a route or an address that wide can take over the path to somebody,
 * a remote administrator included.
 */
export const WIDE_IPV4 = 8;
export const WIDE_IPV6 = 16;

export function isWide(prefix: Prefix): boolean {
  return prefix.length < (prefix.family === 4 ? WIDE_IPV4 : WIDE_IPV6);
}
