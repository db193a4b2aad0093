/**
 * Arbitraries for RouterOS values, one per value type of the project's
 * command schema (grammar/routeros/types.ts). Every value they produce
 * passes the schema's check for its type, prints as canonical RouterOS text
 * and reads back as the same AST node: what the parser would make of the
 * printed text.
 */
import fc from 'fast-check';
import type { ArgSpec, ValueType } from '../../grammar/routeros/index.js';
import { classifyBare, isIpv6 } from '../ast/classify.js';
import type { Value } from '../ast/nodes.js';

const word = (text: string): Value => ({ kind: 'word', text });

/** Names people give interfaces, lists, chains and scripts: bare words, never a number, time or address. */
const NAME_WORDS = [
  'ether1', 'ether2', 'sfp-sfpplus1', 'bridge', 'bridge-lan', 'vlan10', 'wlan1', 'pppoe-out1', 'wg0', 'LAN', 'WAN',
  'blocked', 'admins', 'guest', 'office_net', 'srv.local', 'my-list', 'x', 'A1', 'default', 'main', 'none',
];

/** A bare word that the lexer reads as one word and classifyBare as a word (not a number, time or address). */
export function bareName(): fc.Arbitrary<string> {
  return (bareNames ??= makeBareName());
}
let bareNames: fc.Arbitrary<string> | undefined;

function makeBareName(): fc.Arbitrary<string> {
  const made = fc
    .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), fc.option(fc.stringMatching(/^[-_.][A-Za-z0-9]{1,6}$/), { nil: undefined }))
    .map(([head, tail]) => head + (tail ?? ''));
  return fc.oneof(fc.constantFrom(...NAME_WORDS), made).filter((w) => classifyBare(w).kind === 'word');
}

/** Any text a string may hold: every Unicode scalar value, quotes, `$`, `\`, control characters. */
export function stringText(maxLength = 40): fc.Arbitrary<string> {
  let arbitrary = texts.get(maxLength);
  if (!arbitrary) texts.set(maxLength, (arbitrary = makeStringText(maxLength)));
  return arbitrary;
}
const texts = new Map<number, fc.Arbitrary<string>>();

function makeStringText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ maxLength }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
      { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('"', '\\', '$', '[', ']', '(', ')', '{', '}', ';', '\n', '\r', '\t', ' ', 'a', ':', '/', '\0', 'é', '😀'), maxLength }) },
    )
    .filter((s) => s.length <= maxLength);
}

export const quoted = (text: string): Value => ({ kind: 'string', value: text });

export function ipv4(): fc.Arbitrary<Value> {
  return fc.ipV4().map((address) => ({ kind: 'ip', address }));
}

export function ipv4Prefix(): fc.Arbitrary<Value> {
  return fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([address, length]) => ({ kind: 'prefix', address, length }));
}

export function ipv4Range(): fc.Arbitrary<Value> {
  return fc.tuple(fc.ipV4(), fc.ipV4()).map(([from, to]) => ({ kind: 'range', from, to }));
}

/** IPv6 addresses in the text forms the parser reads as one address. */
export function ipv6(): fc.Arbitrary<Value> {
  return fc
    .ipV6()
    .filter((a) => isIpv6(a) && classifyBare(a).kind === 'ip6')
    .map((address) => ({ kind: 'ip6', address }));
}

export function ipv6Prefix(): fc.Arbitrary<Value> {
  return fc
    .tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 }))
    .filter(([a]) => isIpv6(a))
    .map(([address, length]) => ({ kind: 'prefix', address, length }));
}

export function mac(): fc.Arbitrary<Value> {
  return fc
    .tuple(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 6, maxLength: 6 }), fc.boolean())
    .map(([bytes, upper]) => {
      const text = bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
      return { kind: 'mac', address: upper ? text.toUpperCase() : text };
    });
}

/** `30s`, `1d2h`, `5m`, `200ms`, `00:05:00`, `1w`. */
export function time(): fc.Arbitrary<Value> {
  const n = (max: number): fc.Arbitrary<number> => fc.integer({ min: 1, max });
  const units = fc
    .tuple(fc.option(n(9), { nil: undefined }), fc.option(n(30), { nil: undefined }), fc.option(n(23), { nil: undefined }), fc.option(n(59), { nil: undefined }), fc.option(n(59), { nil: undefined }), fc.option(n(999), { nil: undefined }))
    .map(([w, d, h, m, s, ms]) => [w && `${w}w`, d && `${d}d`, h && `${h}h`, m && `${m}m`, s && `${s}s`, ms && `${ms}ms`].filter(Boolean).join(''));
  const clock = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m, s]) => [h, m, s].map((x) => String(x).padStart(2, '0')).join(':'));
  return fc.oneof(units, clock).filter((t) => t !== '' && classifyBare(t).kind === 'time').map((text) => ({ kind: 'time', text }));
}

/** A number, sometimes written in hex (`0x1F`) as RouterOS allows. */
export function integer(min: number, max: number): fc.Arbitrary<Value> {
  return fc
    .tuple(fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) }), fc.integer({ min: 0, max: 9 }))
    .map(([value, style]): Value => (style === 0 && value >= 0 ? { kind: 'number', value, hex: true } : { kind: 'number', value }));
}

/** One port or a port range (`80`, `1000-2000`). */
export function port(): fc.Arbitrary<Value> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 65535 }).map((value): Value => ({ kind: 'number', value })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 })).map(([a, b]): Value => ({ kind: 'range', from: String(Math.min(a, b)), to: String(Math.max(a, b)) })),
    },
  );
}

/** `10M`, `512k`, `5M/20M`, `1000000`. */
export function rate(): fc.Arbitrary<Value> {
  const one = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', 'k', 'M', 'G')).map(([n, u]) => `${n}${u}`);
  return fc.oneof(one, fc.tuple(one, one).map(([a, b]) => `${a}/${b}`)).map((text) => classifyBare(text));
}

function listOf(item: fc.Arbitrary<Value>): fc.Arbitrary<Value> {
  return fc.array(item, { minLength: 2, maxLength: 4 }).map((items): Value => ({ kind: 'list', items }));
}

const byType = new Map<string, fc.Arbitrary<Value>>();

/** One value of a schema value type (never a list). */
export function valueOfType(type: ValueType): fc.Arbitrary<Value> {
  // Arbitraries are values: build each type's once (building them is most of the cost of a run).
  const key = JSON.stringify(type);
  let arbitrary = byType.get(key);
  if (!arbitrary) byType.set(key, (arbitrary = makeValueOfType(type)));
  return arbitrary;
}

function makeValueOfType(type: ValueType): fc.Arbitrary<Value> {
  switch (type.type) {
    case 'string':
      return stringText(type.maxLength ?? 40).filter((s) => type.maxLength === undefined || s.length <= type.maxLength).map(quoted);
    case 'name':
      return fc.oneof({ weight: 4, arbitrary: bareName().map(word) }, { weight: 1, arbitrary: stringText(20).map(quoted) });
    case 'yesno':
      return fc.constantFrom('yes', 'no').map(word);
    case 'enum': {
      const fixed = fc.constantFrom(...type.values).map((v) => classifyBare(v));
      return type.open ? fc.oneof({ weight: 3, arbitrary: fixed }, { weight: 1, arbitrary: bareName().map(word) }) : fixed;
    }
    case 'integer':
      return integer(type.min, type.max);
    case 'ip':
      return ipv4();
    case 'ip-prefix':
      return fc.oneof(ipv4(), ipv4Prefix());
    case 'ip-range':
      return fc.oneof(ipv4(), ipv4Prefix(), ipv4Range());
    case 'ip6-prefix':
      return fc.oneof(ipv6(), ipv6Prefix());
    case 'host':
      return fc.oneof(ipv4(), ipv6(), ipv4Prefix(), fc.constantFrom('example.com', 'pool.ntp.org', 'router.lan').map(word), stringText(20).map(quoted));
    case 'ports':
      return port();
    case 'mac':
      return mac();
    case 'time':
      return time();
    case 'rate':
      return rate();
    case 'any':
      return fc.oneof(bareName().map(word), fc.integer({ min: 0, max: 1_000_000 }).map((value): Value => ({ kind: 'number', value })), stringText(20).map(quoted), ipv4());
  }
}

/** A value for an argument: its type, sometimes negated (`!LAN`) or a comma list where the schema allows them. */
export function valueOfArg(spec: ArgSpec): fc.Arbitrary<Value> {
  const one = valueOfType(spec.value);
  const options: fc.WeightedArbitrary<Value>[] = [{ weight: 6, arbitrary: one }];
  if (spec.negatable) options.push({ weight: 1, arbitrary: one.map((value): Value => ({ kind: 'negated', value })) });
  const listable = spec.list || spec.value.type === 'ports' || (spec.value.type === 'enum' && spec.value.list);
  if (listable) {
    const item = spec.value.type === 'enum' && spec.value.list ? fc.constantFrom(...spec.value.values).map((v) => classifyBare(v)) : one;
    options.push({ weight: 1, arbitrary: listOf(item) });
  }
  return fc.oneof(...options);
}
