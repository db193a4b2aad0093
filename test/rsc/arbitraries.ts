/**
 * fast-check arbitraries of RouterOS ASTs in the shape the parser gives
 * (canonical trees): operators nest by precedence with `group` nodes where
 * the text would need parentheses, the right side of a comparison is a value,
 * a bare word elsewhere in an expression is a property name, interpolated
 * strings never hold two text parts in a row, and commands sit in menus whose
 * paths resolve the same way when read back. For such trees
 * `parseScript(printScript(tree))` gives the tree back.
 *
 * Kept in test/: fast-check stays out of the library's import graph.
 */
import fc from 'fast-check';
import type {
  Arg, ArrayItem, BinaryOperator, Block, Call, Command, Expression, InterpolationPart, Navigate, Script, Statement,
  UnaryOperator, Value,
} from '../../src/ast/nodes.js';
import { COMMAND_MODE_OPERATORS, PRECEDENCE, PREFIX_PRECEDENCE, RELATIONAL } from '../../src/rsc/operators.js';

const VARIABLES = ['i', 'n', 'count', 'name', 'x1', 'Result', 'f', 'ifaces', '1'];
const QUOTED_VARIABLES = ['my-var', 'a b', 'x"y'];
const FIELDS = ['chain', 'disabled', 'dst-address', 'comment', 'name', 'running', 'x', 'mtu', 'list', 'remote.address'];
const EXPRESSION_FIELDS = FIELDS.filter((f) => !f.includes('.'));
const WORDS = ['input', 'drop', 'ether1', 'LAN', 'main', 'yes', 'no', 'bridge-lan', 'wlan1.100', 'a+b', "it's", '#tag', 'x?y', 'do', 'else'];
const LITERAL_WORDS = ['true', 'false', 'yes', 'no'];
const ARG_NAMES = ['comment', 'chain', 'action', 'src-address', 'disabled', 'name', 'interval', 'x.y', 'list', 'to-ports'];
const KEYS = ['a', 'b', 'name', 'mtu', 'x-y', 'k1'];
/** Array keys, some of which must be quoted. */
const ARRAY_KEYS = [...KEYS, 'aX', 'a b', 'say "hi"', '', 'x.y'];

/** Text that survives quoting: well-formed Unicode (lone surrogates are not text). */
const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof(fc.constantFrom('a', 'Z', ' ', '"', '\\', '$', '[', '(', '{', '#', ';', '\n', '\r', '\t', 'é', '😀', '\u0001', '\u00ff'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength });

const number: fc.Arbitrary<Value> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((value): Value => ({ kind: 'number', value: value || 0 })),
  fc.integer({ min: 0, max: 0xffffff }).map((value): Value => ({ kind: 'number', value, hex: true })),
  fc.constant<Value>({ kind: 'number', value: Number.MAX_SAFE_INTEGER }),
);
const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
const ip: fc.Arbitrary<Value> = fc.oneof(
  ipv4.map((address): Value => ({ kind: 'ip', address })),
  fc.tuple(ipv4, fc.constantFrom('ether1', 'bridge')).map(([address, scope]): Value => ({ kind: 'ip', address, scope })),
);
const prefix: fc.Arbitrary<Value> = fc.oneof(
  fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([address, length]): Value => ({ kind: 'prefix', address, length })),
  fc.tuple(fc.constantFrom('2001:db8::', '::', 'fd00:1:2::'), fc.integer({ min: 0, max: 128 })).map(([address, length]): Value => ({ kind: 'prefix', address, length })),
);
const ip6: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom('2001:db8::1', '::1', 'fe80::a:b', '::', '2001:db8:0:0:1:2:3:4', '::ffff:1.2.3.4').map((address): Value => ({ kind: 'ip6', address })),
  fc.constantFrom('fe80::1', 'fe80::20c:42ff:fe00:1').map((address): Value => ({ kind: 'ip6', address, scope: 'ether1' })),
);
const mac: fc.Arbitrary<Value> = fc.constantFrom('00:11:22:33:44:55', 'AA:BB:CC:DD:EE:FF', '4C:5E:0c:12:34:56').map((address): Value => ({ kind: 'mac', address }));
const time: fc.Arbitrary<Value> = fc.constantFrom('1d2h3m4s', '30s', '200ms', '00:05:00', '1w', '1d02:03:04', '10m').map((t): Value => ({ kind: 'time', text: t }));
const id: fc.Arbitrary<Value> = fc.constantFrom('*1', '*1A', '*FFFF').map((t): Value => ({ kind: 'id', text: t }));
const range: fc.Arbitrary<Value> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 })).map(([a, b]): Value => ({ kind: 'range', from: String(a), to: String(b) })),
  fc.tuple(ipv4, ipv4).map(([from, to]): Value => ({ kind: 'range', from, to })),
);
const word: fc.Arbitrary<Value> = fc.constantFrom(...WORDS).map((t): Value => ({ kind: 'word', text: t }));
const str: fc.Arbitrary<Value> = text(12).map((value): Value => ({ kind: 'string', value }));
const variable: fc.Arbitrary<Value> = fc
  .oneof({ weight: 4, arbitrary: fc.constantFrom(...VARIABLES) }, { weight: 1, arbitrary: fc.constantFrom(...QUOTED_VARIABLES) })
  .map((name): Value => ({ kind: 'variable', name }));
const simpleVariable = fc.constantFrom(...VARIABLES).map((name) => ({ kind: 'variable' as const, name }));

/** A value printable as one command-mode word or token (no nesting). */
const scalar: fc.Arbitrary<Value> = fc.oneof(number, ip, prefix, ip6, mac, time, id, range, word, str, variable);

interface Depth {
  readonly depth: number;
}

export interface Arbitraries {
  readonly script: fc.Arbitrary<Script>;
  readonly statement: fc.Arbitrary<Statement>;
  readonly expression: fc.Arbitrary<Expression>;
  readonly value: fc.Arbitrary<Value>;
}

/** An unnamed value that reads back as itself: not `where` (a clause), `!word` (an unset) or `#...` (a comment). */
function positionalOk(v: Value): boolean {
  if (v.kind === 'word') return v.text !== 'where' && !v.text.startsWith('#');
  if (v.kind === 'negated') return !(v.value.kind === 'word' && /^[A-Za-z]/.test(v.value.text));
  if (v.kind === 'list') return v.items[0] === undefined || positionalOk(v.items[0]);
  return true;
}

const precedence = (e: Expression, mode: 'command' | 'expression'): number =>
  e.kind === 'binary' ? (mode === 'command' && e.operator === ',' ? 20 : PRECEDENCE[e.operator]) : e.kind === 'unary' ? PREFIX_PRECEDENCE : Number.POSITIVE_INFINITY;
const group = (expression: Expression): Expression => ({ kind: 'group', expression });

/** `left op right` as the parser builds it from the printed text. */
function binary(operator: BinaryOperator, left: Expression, right: Expression, mode: 'command' | 'expression'): Expression {
  const own = PRECEDENCE[operator];
  const l = precedence(left, mode) < own ? group(left) : left;
  let r = precedence(right, mode) <= own ? group(right) : right;
  if ((RELATIONAL.has(operator) || operator === '->') && r.kind === 'field') r = { kind: 'value', value: { kind: 'word', text: r.name } };
  return { kind: 'binary', operator, left: l, right: r };
}

function unary(operator: UnaryOperator, operand: Expression): Expression {
  return { kind: 'unary', operator, operand: operand.kind === 'binary' ? group(operand) : operand };
}

const BINARY: BinaryOperator[] = [',', 'or', 'and', 'in', '=', '!=', '<', '>', '<=', '>=', '~', '.', '<<', '>>', '|', '^', '&', '+', '-', '*', '/', '%', '<%%', '->'];
const COMMAND_BINARY = BINARY.filter((op) => COMMAND_MODE_OPERATORS.has(op) && op !== ',');
const UNARY: UnaryOperator[] = ['!', '-', '~', 'any', '>'];

export function arbitraries(maxDepth = 3): Arbitraries {
  const memo = new Map<string, fc.Arbitrary<unknown>>();
  const at = <T>(key: string, depth: number, build: (d: Depth) => fc.Arbitrary<T>): fc.Arbitrary<T> => {
    const k = `${key}:${depth}`;
    let found = memo.get(k) as fc.Arbitrary<T> | undefined;
    if (!found) {
      found = fc.constant(null).chain(() => build({ depth }));
      memo.set(k, found);
    }
    return found;
  };

  /** Menu commands whose paths resolve the same way when read back. */
  const MENUS: readonly (readonly [readonly string[], readonly string[]])[] = [
    [['ip', 'firewall', 'filter'], ['add', 'set', 'remove', 'print', 'find', 'disable']],
    [['ip', 'address'], ['add', 'set', 'remove', 'find', 'print']],
    [['system', 'script'], ['add', 'run', 'find']],
    [['interface'], ['print', 'set', 'find']],
    [['ip', 'route'], ['add', 'find', 'print']],
    [[], ['export']],
  ];

  const menuCommand = (d: Depth, holder: readonly string[] | null): fc.Arbitrary<Command> =>
    fc.tuple(fc.constantFrom(...MENUS), fc.boolean()).chain(([[path, names], relative]) => {
      const usePath = holder !== null && holder.length > 0 && relative ? holder : path;
      return fc
        .tuple(fc.constantFrom(...names), fc.array(menuArg(d, usePath), { maxLength: 4 }))
        .map(([name, args]): Command => ({ kind: 'command', path: [...usePath], name, args: emptyValuesLast(conditionLast(name, args)) }));
    });

  /**
   * A `where` clause takes the rest of the command (RouterOS joins conditions
   * written one after the other with `and`), so at most one comes, last; and
   * an unnamed `( )` value of `find` is a condition, so there is none.
   */
  const conditionLast = (name: string, args: Arg[]): Arg[] => {
    const isWhere = (a: Arg): boolean => a.kind === 'named' && a.name === 'where';
    const where = args.find(isWhere);
    const rest = args.filter((a) => !isWhere(a) && !(name === 'find' && a.kind === 'positional' && a.value.kind === 'expression'));
    return where ? [...rest, where] : rest;
  };

  /**
   * `name=` with nothing after it reads back as empty only at the end or
   * before another `name=`; elsewhere (`comment= "x"`) the next token is its
   * value, so those get an empty string instead.
   */
  const emptyValuesLast = (args: Arg[]): Arg[] =>
    args.map((a, i) => {
      const next = args[i + 1];
      if (a.kind !== 'named' || a.value !== null || next === undefined || (next.kind === 'named' && next.name !== 'where')) return a;
      return { ...a, value: { kind: 'string', value: '' } };
    });

  const menuArg = (d: Depth, path: readonly string[]): fc.Arbitrary<Arg> =>
    fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...ARG_NAMES), fc.option(menuValue(d, path), { nil: null })).map(([name, value]): Arg => ({ kind: 'named', name, value })) },
      { weight: 2, arbitrary: positionalMenuValue(d, path).map((value): Arg => ({ kind: 'positional', value })) },
      { weight: 1, arbitrary: fc.constantFrom(...ARG_NAMES).map((name): Arg => ({ kind: 'unset', name })) },
      { weight: 1, arbitrary: commandExpression(d, path).map((expression): Arg => ({ kind: 'named', name: 'where', value: { kind: 'expression', expression } })) },
      { weight: d.depth > 0 ? 1 : 0, arbitrary: block({ depth: d.depth - 1 }).map((value): Arg => ({ kind: 'named', name: 'on-event', value })) },
    );

  /** A value after `name=` of a menu command. */
  const menuValue = (d: Depth, path: readonly string[]): fc.Arbitrary<Value> =>
    fc.oneof(
      { weight: 8, arbitrary: scalar },
      { weight: 2, arbitrary: list() },
      { weight: 1, arbitrary: scalar.filter((v) => v.kind !== 'variable').map((value): Value => ({ kind: 'negated', value })) },
      { weight: d.depth > 0 ? 2 : 0, arbitrary: computed({ depth: d.depth - 1 }, path) },
    );

  /** An unnamed value of a menu command: not a word that would read as `where`, `!name` or a comment. */
  const positionalMenuValue = (d: Depth, path: readonly string[]): fc.Arbitrary<Value> => menuValue(d, path).filter(positionalOk);

  const list = (): fc.Arbitrary<Value> =>
    fc
      .array(fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: scalar.filter((v) => v.kind !== 'variable').map((value): Value => ({ kind: 'negated', value })) }), { minLength: 2, maxLength: 4 })
      .map((items): Value => ({ kind: 'list', items }));

  /** Values computed at run time: `$x`, `[...]`, `(...)`, `"...$x..."`, `[$f]`. */
  const computed = (d: Depth, path: readonly string[]): fc.Arbitrary<Value> =>
    fc.oneof(
      substitution(d, path),
      expressionValue(d),
      interpolated(d, path),
      call(d).map((c): Value => c),
    );

  const substitution = (d: Depth, path: readonly string[]): fc.Arbitrary<Value> =>
    fc.oneof(menuCommand(d, path), scriptCommand(d)).map((command): Value => ({ kind: 'substitution', command }));

  const expressionValue = (d: Depth): fc.Arbitrary<Value> => expression(d).map((e): Value => ({ kind: 'expression', expression: e }));

  const interpolated = (d: Depth, path: readonly string[]): fc.Arbitrary<Value> => {
    const part: fc.Arbitrary<InterpolationPart> = fc.oneof(
      { weight: 3, arbitrary: text(8).filter((t) => t !== '').map((t): InterpolationPart => ({ kind: 'text', text: t })) },
      { weight: 2, arbitrary: simpleVariable },
      { weight: 1, arbitrary: substitution(d, path) as fc.Arbitrary<InterpolationPart> },
      { weight: 1, arbitrary: expression(d).map((e): InterpolationPart => ({ kind: 'expression', expression: e })) },
    );
    return fc
      .array(part, { minLength: 1, maxLength: 5 })
      .map((parts) => parts.filter((p, i) => !(p.kind === 'text' && parts[i - 1]?.kind === 'text')))
      .filter((parts) => parts.some((p) => p.kind !== 'text'))
      .map((parts): Value => ({ kind: 'interpolated', parts }));
  };

  const call = (d: Depth): fc.Arbitrary<Call> =>
    fc
      .tuple(
        fc.oneof(variable, scriptCommand(d).map((command): Value => ({ kind: 'substitution', command }))),
        fc.array(
          fc.oneof(
            fc.tuple(fc.constantFrom(...KEYS), scalar).map(([name, value]): Arg => ({ kind: 'named', name, value })),
            scalar.filter(positionalOk).map((value): Arg => ({ kind: 'positional', value })),
          ),
          { maxLength: 3 },
        ),
      )
      .map(([callee, args]): Call => ({ kind: 'call', callee, args }));

  const array = (d: Depth): fc.Arbitrary<Value> => {
    const item: fc.Arbitrary<ArrayItem> = fc.oneof(
      { weight: 3, arbitrary: scriptValue({ depth: d.depth - 1 }).filter(arrayItemValue).map((value): ArrayItem => ({ key: null, value })) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...ARRAY_KEYS), fc.option(scriptValue({ depth: d.depth - 1 }), { nil: null })).map(([key, value]): ArrayItem => ({ key, value })) },
    );
    return fc.array(item, { maxLength: 4 }).map((items): Value => ({ kind: 'array', items }));
  };
  /** An unkeyed array item cannot be a word that reads as `where` or a bare block. */
  const arrayItemValue = (v: Value): boolean => positionalOk(v) && v.kind !== 'block';

  /** A value in a script command's argument (arrays allowed). */
  const scriptValue = (d: Depth): fc.Arbitrary<Value> =>
    at('scriptValue', d.depth, () =>
      fc.oneof(
        { weight: 6, arbitrary: scalar },
        { weight: 1, arbitrary: list() },
        { weight: d.depth > 0 ? 2 : 0, arbitrary: computed({ depth: d.depth - 1 }, []) },
        { weight: d.depth > 0 ? 1 : 0, arbitrary: array(d) },
      ),
    );

  const expression = (d: Depth): fc.Arbitrary<Expression> =>
    at('expression', d.depth, () => {
      const leaf: fc.Arbitrary<Expression> = fc.oneof(
        { weight: 4, arbitrary: fc.oneof(number, ip, prefix, ip6, mac, time, id, str, variable).map((value): Expression => ({ kind: 'value', value })) },
        { weight: 1, arbitrary: fc.constantFrom(...LITERAL_WORDS).map((t): Expression => ({ kind: 'value', value: { kind: 'word', text: t } })) },
        { weight: 2, arbitrary: fc.constantFrom(...EXPRESSION_FIELDS).map((name): Expression => ({ kind: 'field', name })) },
        { weight: d.depth > 0 ? 1 : 0, arbitrary: fc.oneof(substitution({ depth: d.depth - 1 }, []), array(d), interpolated({ depth: d.depth - 1 }, [])).map((value): Expression => ({ kind: 'value', value })) },
      );
      if (d.depth <= 0) return leaf;
      const inner = expression({ depth: d.depth - 1 });
      return fc.oneof(
        { weight: 3, arbitrary: leaf },
        { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...BINARY), inner, inner).map(([op, l, r]) => binary(op, l, r, 'expression')) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...UNARY), inner).map(([op, e]) => unary(op, e)) },
        { weight: 1, arbitrary: inner.map(group) },
      );
    });

  /**
   * A `where` expression outside parentheses: command words and the
   * operators RouterOS reads there, `or` over `and` over comparisons, names,
   * `!name` and parenthesised expressions (which are read as expressions).
   */
  const commandExpression = (d: Depth, path: readonly string[]): fc.Arbitrary<Expression> =>
    at(`where${path.join('/')}`, d.depth, () => {
      const right: fc.Arbitrary<Expression> = fc
        .oneof(scalar, list())
        .filter((v) => !(v.kind === 'word' && ['where', 'and', 'or', 'in'].includes(v.text)) && !(v.kind === 'list' && v.items.some((i) => i.kind === 'negated')))
        .map((value): Expression => ({ kind: 'value', value }));
      const comparison = fc
        .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...COMMAND_BINARY.filter((op) => op !== 'and' && op !== 'or')), right)
        // After `in` a bare name reads as a property name (only comparisons and `->` take a value on the right).
        .map(([field, op, r]) => binary(op, { kind: 'field', name: field }, op === 'in' && r.kind === 'value' && r.value.kind === 'word' && /^[A-Za-z_][A-Za-z0-9_.\-]*$/.test(r.value.text) && !['true', 'false', 'yes', 'no'].includes(r.value.text) ? { kind: 'field', name: r.value.text } : r, 'command'));
      const field = fc.constantFrom(...FIELDS).map((name): Expression => ({ kind: 'field', name }));
      const leaf = fc.oneof(
        { weight: 4, arbitrary: comparison },
        { weight: 1, arbitrary: field },
        { weight: 1, arbitrary: field.map((f) => unary('!', f)) },
        { weight: d.depth > 0 ? 1 : 0, arbitrary: expression({ depth: d.depth - 1 }).map(group) },
        { weight: d.depth > 0 ? 1 : 0, arbitrary: expression({ depth: d.depth - 1 }).map((e) => unary('!', group(e))) },
      );
      const chain = (op: BinaryOperator, parts: Expression[]): Expression => parts.reduce((l, r) => ({ kind: 'binary', operator: op, left: l, right: r }));
      return fc
        .array(fc.array(leaf, { minLength: 1, maxLength: 3 }).map((ands) => chain('and', ands)), { minLength: 1, maxLength: 3 })
        .map((ors) => chain('or', ors));
    });

  const block = (d: Depth): fc.Arbitrary<Block> =>
    at('block', d.depth, () => fc.array(statement({ depth: Math.max(0, d.depth) }), { maxLength: 3 }).map((statements): Block => ({ kind: 'block', statements })));

  const condition = (d: Depth): fc.Arbitrary<Value> =>
    fc.oneof(expressionValue(d), simpleVariable as fc.Arbitrary<Value>);

  const named = (name: string, value: Value): Arg => ({ kind: 'named', name, value });
  const positional = (value: Value): Arg => ({ kind: 'positional', value });
  const script = (name: string, args: Arg[]): Command => ({ kind: 'command', path: [], name, args });
  const sub = (d: Depth): Depth => ({ depth: d.depth - 1 });

  const scriptCommand = (d: Depth): fc.Arbitrary<Command> =>
    at('scriptCommand', d.depth, () => {
      const name = fc.constantFrom('x', 'count', 'my-var').map((n): Value => (n.includes('-') ? { kind: 'string', value: n } : { kind: 'word', text: n }));
      const simple = fc.oneof(
        fc.tuple(fc.constantFrom('local', 'global', 'set'), name, fc.option(scriptValue(sub(d)).filter(positionalOk), { nil: null })).map(([cmd, n, v]) => script(cmd, v === null ? [positional(n)] : [positional(n), positional(v)])),
        fc.tuple(fc.constantFrom('put', 'return', 'error', 'len', 'typeof', 'tostr', 'toarray'), scriptValue(sub(d)).filter(positionalOk)).map(([cmd, v]) => script(cmd, [positional(v)])),
        time.map((t) => script('delay', [positional(t)])),
        fc.tuple(fc.constantFrom('info', 'warning', 'error', 'debug'), str).map(([topic, message]) => script('log', [positional({ kind: 'word', text: topic }), positional(message)])),
        fc.constantFrom('break', 'continue', 'nothing', 'jobname').map((cmd) => script(cmd, [])),
        fc.tuple(str, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([s, a, b]) => script('pick', [positional(s), positional({ kind: 'number', value: a }), positional({ kind: 'number', value: b })])),
      );
      if (d.depth <= 0) return simple;
      const body = block(sub(d));
      return fc.oneof(
        { weight: 3, arbitrary: simple },
        { weight: 1, arbitrary: fc.tuple(condition(sub(d)), body, fc.option(body, { nil: null })).map(([c, t, e]) => script('if', e === null ? [positional(c), named('do', t)] : [positional(c), named('do', t), named('else', e)])) },
        { weight: 1, arbitrary: fc.tuple(condition(sub(d)), body).map(([c, b]) => script('while', [positional(c), named('do', b)])) },
        { weight: 1, arbitrary: fc.tuple(number, number, body).map(([from, to, b]) => script('for', [positional({ kind: 'word', text: 'i' }), named('from', from), named('to', to), named('do', b)])) },
        { weight: 1, arbitrary: fc.tuple(fc.oneof(variable, array(d)), body).map(([list, b]) => script('foreach', [positional({ kind: 'list', items: [{ kind: 'word', text: 'k' }, { kind: 'word', text: 'v' }] }), named('in', list), named('do', b)])) },
        { weight: 1, arbitrary: fc.tuple(body, fc.oneof(body.map((b): Value => b), condition(sub(d)))).map(([b, tail]) => script('do', [positional(b), tail.kind === 'block' ? named('on-error', tail) : named('while', tail)])) },
        { weight: 1, arbitrary: fc.tuple(body, body).map(([a, b]) => script('onerror', [positional({ kind: 'word', text: 'e' }), named('in', a), named('do', b)])) },
        { weight: 1, arbitrary: body.map((b) => script('global', [positional({ kind: 'word', text: 'f' }), named('do', b)])) },
        { weight: 1, arbitrary: expression(sub(d)).map((e) => script('set', [positional({ kind: 'expression', expression: { kind: 'binary', operator: '->', left: { kind: 'value', value: { kind: 'variable', name: 'a' } }, right: { kind: 'value', value: { kind: 'string', value: 'k' } } } }), positional({ kind: 'expression', expression: e })])) },
      );
    });

  const NAVIGATIONS: readonly (readonly string[])[] = [[], ['ip', 'address'], ['ip', 'firewall', 'filter'], ['system', 'script'], ['interface']];

  const statement = (d: Depth): fc.Arbitrary<Statement> =>
    at('statement', d.depth, () =>
      fc.oneof(
        { weight: 4, arbitrary: menuCommand(d, null) },
        { weight: 4, arbitrary: scriptCommand(d) },
        { weight: 1, arbitrary: fc.constantFrom(...NAVIGATIONS).map((path): Navigate => ({ kind: 'navigate', path: [...path] })) },
        { weight: d.depth > 0 ? 1 : 0, arbitrary: block(sub(d)) },
        { weight: d.depth > 0 ? 1 : 0, arbitrary: call(sub(d)) },
      ),
    );

  const top: Depth = { depth: maxDepth };
  return {
    script: fc.array(statement(top), { maxLength: 6 }).map((statements): Script => ({ kind: 'script', statements })),
    statement: statement(top),
    expression: expression(top),
    value: scriptValue(top),
  };
}
