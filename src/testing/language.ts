/**
 * Arbitraries for the RouterOS script language around the menu commands:
 * `:local`, `:put`, `:if ... do={ } else={ }`, `:foreach`, blocks, calls,
 * expressions with every operator, `where` clauses, arrays, variables and
 * strings with `$var`, `$[ ]` and `$( )` inside.
 *
 * The trees have the shape the parser gives: operators nest by precedence
 * (a looser operator under a tighter one sits in a `group` node, as its
 * parentheses would), the right side of a comparison is a value, and
 * interpolated strings never have two text parts in a row. So
 * `parseScript(printScript(tree))` gives the tree back.
 */
import fc from 'fast-check';
import type {
  ArrayItem, ArrayValue, BinaryOperator, Block, Call, Command, Expression, InterpolatedString, InterpolationPart, Script,
  Statement, UnaryOperator, Value,
} from '../ast/nodes.js';
import { COMMAND_MODE_OPERATORS, PRECEDENCE, PREFIX_PRECEDENCE, RELATIONAL } from '../rsc/operators.js';
import { command, type CommandOptions } from './commands.js';
import { ipv4, quoted, stringText } from './values.js';

/** Variable and property names (`$count`, `dst-address`). */
const VARIABLES = ['i', 'n', 'count', 'name', 'x1', 'Result', 'f', 'ifaces'];
const FIELDS = ['chain', 'disabled', 'dst-address', 'comment', 'name', 'running', 'x', 'mtu', 'list'];
const WORD_VALUES = ['input', 'drop', 'ether1', 'LAN', 'main', 'true', 'false', 'yes', 'no'];

const variable = fc.constantFrom(...VARIABLES).map((name): Value => ({ kind: 'variable', name }));
const number = fc.integer({ min: 0, max: 100000 }).map((value): Value => ({ kind: 'number', value }));
const shortString = stringText(12).map(quoted);

const precedence = (e: Expression): number => (e.kind === 'binary' ? PRECEDENCE[e.operator] : e.kind === 'unary' ? PREFIX_PRECEDENCE : Number.POSITIVE_INFINITY);
const group = (expression: Expression): Expression => ({ kind: 'group', expression });

/** `left op right` as the parser would build it from the printed text. */
function binary(operator: BinaryOperator, left: Expression, right: Expression): Expression {
  const own = PRECEDENCE[operator];
  const l = precedence(left) < own ? group(left) : left;
  let r = precedence(right) <= own ? group(right) : right;
  // The right side of a comparison (`chain=input`) or an index (`$a->key`) is a value, not a property.
  if ((RELATIONAL.has(operator) || operator === '->') && r.kind === 'field') r = { kind: 'value', value: { kind: 'word', text: r.name } };
  return { kind: 'binary', operator, left: l, right: r };
}

function unary(operator: UnaryOperator, operand: Expression): Expression {
  return { kind: 'unary', operator, operand: precedence(operand) < PREFIX_PRECEDENCE ? group(operand) : operand };
}

const EXPRESSION_OPERATORS = (Object.keys(PRECEDENCE) as BinaryOperator[]).filter((op) => op !== ',' && op !== '<%%');
const UNARY_OPERATORS: UnaryOperator[] = ['!', '-', '~'];

export interface LanguageOptions {
  /** Menus the embedded menu commands come from (see CommandOptions.menus). */
  readonly menus?: readonly string[];
  /** How deep blocks, expressions and substitutions nest (default 3). */
  readonly maxDepth?: number;
}

interface Language {
  readonly expression: fc.Arbitrary<Expression>;
  readonly whereExpression: fc.Arbitrary<Expression>;
  readonly value: fc.Arbitrary<Value>;
  readonly statement: fc.Arbitrary<Statement>;
  readonly script: fc.Arbitrary<Script>;
}

const cache = new Map<string, Language>();

function language(options: LanguageOptions): Language {
  const key = JSON.stringify([options.menus ?? null, options.maxDepth ?? 3]);
  const cached = cache.get(key);
  if (cached) return cached;
  const commandOptions: CommandOptions = { maxArgs: 3, maxEmbedding: 0, ...(options.menus ? { menus: options.menus } : {}) };
  const menuCommand = command(commandOptions);
  const depthSize = options.maxDepth ?? 3;

  const built = fc.letrec<{
    expression: Expression;
    leaf: Expression;
    value: Value;
    interpolated: Value;
    array: Value;
    substitution: Value;
    statement: Statement;
    block: Block;
  }>((tie) => ({
    leaf: fc.oneof(
      fc.constantFrom(...FIELDS).map((name): Expression => ({ kind: 'field', name })),
      fc.oneof(number, variable, shortString, ipv4(), fc.constantFrom('true', 'false', 'yes', 'no').map((text): Value => ({ kind: 'word', text }))).map((value): Expression => ({ kind: 'value', value })),
    ),
    expression: fc.oneof(
      { depthSize, withCrossShrink: true },
      tie('leaf'),
      fc.tuple(fc.constantFrom(...EXPRESSION_OPERATORS), tie('expression'), tie('expression')).map(([op, l, r]) => binary(op, l, r)),
      fc.tuple(fc.constantFrom(...UNARY_OPERATORS), tie('expression')).map(([op, e]) => unary(op, e)),
      tie('expression').map(group),
      tie('substitution').map((value): Expression => ({ kind: 'value', value })),
    ),
    substitution: fc.oneof(
      { depthSize },
      menuCommand.map((c): Value => ({ kind: 'substitution', command: c })),
      fc.tuple(fc.constantFrom('len', 'typeof', 'tostr', 'put'), tie('value')).map(([name, v]): Value => ({
        kind: 'substitution',
        command: { kind: 'command', path: [], name, args: [{ kind: 'positional', value: v }] },
      })),
    ),
    interpolated: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: stringText(8).filter((t) => t !== '').map((text): InterpolationPart => ({ kind: 'text', text })) },
          { weight: 2, arbitrary: variable as fc.Arbitrary<InterpolationPart> },
          { weight: 1, arbitrary: tie('expression').map((expression): InterpolationPart => ({ kind: 'expression', expression })) },
          { weight: 1, arbitrary: tie('substitution') as fc.Arbitrary<InterpolationPart> },
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map(mergeText)
      .filter((parts) => parts.some((p) => p.kind !== 'text'))
      .map((parts): InterpolatedString => ({ kind: 'interpolated', parts })),
    array: fc
      .array(
        fc.tuple(fc.option(fc.constantFrom('a', 'b', 'name', 'x-1'), { nil: null }), fc.option(tie('value'), { nil: null, freq: 8 })),
        { maxLength: 4 },
      )
      // `{}` holds no items; an unkeyed item needs a value (`{;}` is not an empty item).
      .map((items): ArrayValue => ({ kind: 'array', items: items.filter(([k, v]) => k !== null || v !== null).map(([key, value]): ArrayItem => ({ key, value })) })),
    value: fc.oneof(
      { depthSize, withCrossShrink: true },
      number,
      shortString,
      variable,
      fc.constantFrom(...WORD_VALUES).map((text): Value => ({ kind: 'word', text })),
      ipv4(),
      tie('interpolated'),
      tie('substitution'),
      tie('expression').map((e): Value => ({ kind: 'expression', expression: e.kind === 'group' ? e.expression : e })),
      tie('array'),
    ),
    block: fc.array(tie('statement'), { maxLength: 3 }).map((statements): Block => ({ kind: 'block', statements })),
    statement: fc.oneof(
      { depthSize, withCrossShrink: true },
      menuCommand,
      fc.tuple(fc.constantFrom('local', 'global'), fc.constantFrom(...VARIABLES), tie('value')).map(([which, name, v]) => script1(which, [{ kind: 'word', text: name }, v])),
      tie('value').map((v) => script1('put', [v])),
      fc.tuple(tie('expression'), tie('block'), fc.option(tie('block'), { nil: undefined })).map(([condition, then, otherwise]): Command => ({
        kind: 'command',
        path: [],
        name: 'if',
        args: [
          { kind: 'positional', value: { kind: 'expression', expression: condition.kind === 'group' ? condition.expression : condition } },
          { kind: 'named', name: 'do', value: then },
          ...(otherwise ? [{ kind: 'named' as const, name: 'else', value: otherwise }] : []),
        ],
      })),
      fc.tuple(fc.constantFrom(...VARIABLES), tie('array'), tie('block')).map(([counter, items, body]): Command => ({
        kind: 'command',
        path: [],
        name: 'foreach',
        args: [{ kind: 'positional', value: { kind: 'word', text: counter } }, { kind: 'named', name: 'in', value: items }, { kind: 'named', name: 'do', value: body }],
      })),
      tie('block'),
      fc.tuple(variable, fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), tie('value')), { maxLength: 2 })).map(([callee, args]): Call => ({
        kind: 'call',
        callee,
        args: dedupe(args).map(([name, value]) => ({ kind: 'named', name, value })),
      })),
    ),
  }));

  const whereExpression = whereClause();
  const statement = fc.oneof(
    { weight: 4, arbitrary: built.statement },
    { weight: 1, arbitrary: fc.tuple(command({ ...commandOptions, commands: ['print', 'find'] }), whereExpression).map(([query, where]) => withWhere(query, where)) },
  );
  const result: Language = {
    expression: built.expression,
    whereExpression,
    value: built.value,
    statement,
    script: fc.array(statement, { maxLength: 5 }).map((statements): Script => ({ kind: 'script', statements })),
  };
  cache.set(key, result);
  return result;
}

function script1(name: string, values: Value[]): Command {
  return { kind: 'command', path: [], name, args: values.map((value) => ({ kind: 'positional', value })) };
}

function dedupe<T>(pairs: [string, T][]): [string, T][] {
  const seen = new Set<string>();
  return pairs.filter(([k]) => !seen.has(k) && (seen.add(k), true));
}

/** Consecutive text parts read back as one. */
function mergeText(parts: InterpolationPart[]): InterpolationPart[] {
  const out: InterpolationPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + part.text };
    else out.push(part);
  }
  return out;
}

/**
 * A `where` condition as written after `print`/`find`: comparisons of
 * properties with values joined by `and`/`or`, `!property`, `(...)`.
 */
function whereClause(): fc.Arbitrary<Expression> {
  const comparison = fc
    .tuple(
      fc.constantFrom(...FIELDS),
      fc.constantFrom(...[...RELATIONAL].filter((op) => COMMAND_MODE_OPERATORS.has(op))),
      fc.oneof(fc.constantFrom(...WORD_VALUES).map((text): Value => ({ kind: 'word', text })), number, shortString, ipv4()),
    )
    .map(([name, op, value]): Expression => ({ kind: 'binary', operator: op, left: { kind: 'field', name }, right: { kind: 'value', value } }));
  const negatedField = fc.constantFrom(...FIELDS).map((name): Expression => ({ kind: 'unary', operator: '!', operand: { kind: 'field', name } }));
  const { tree } = fc.letrec<{ tree: Expression }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 2, withCrossShrink: true },
      comparison,
      negatedField,
      fc.tuple(fc.constantFrom<BinaryOperator>('and', 'or'), tie('tree'), tie('tree')).map(([op, l, r]) => binary(op, l, r)),
    ),
  }));
  return tree;
}

/**
 * `print ... where <condition>`: the condition comes last, since it takes the
 * rest of the line. An empty value (`comment=`) cannot stand right before it:
 * `comment= where` reads as `comment=where`.
 */
function withWhere(query: Command, where: Expression): Command {
  const args = query.args.filter((a) => !(a.kind === 'named' && a.value === null));
  return { ...query, args: [...args, { kind: 'named', name: 'where', value: { kind: 'expression', expression: where } }] };
}

/** An expression (what `( )` holds), shaped as the parser reads it. */
export function expression(options: LanguageOptions = {}): fc.Arbitrary<Expression> {
  return language(options).expression;
}

/** A value of the script language: numbers, strings, variables, `$[ ]`, `( )`, arrays, interpolated strings. */
export function scriptValue(options: LanguageOptions = {}): fc.Arbitrary<Value> {
  return language(options).value;
}

/** A statement: a menu command, `:local`, `:put`, `:if`, `:foreach`, a block or a call. */
export function statement(options: LanguageOptions = {}): fc.Arbitrary<Statement> {
  return language(options).statement;
}

/** A script in the whole language (menu commands among script commands and blocks). */
export function languageScript(options: LanguageOptions = {}): fc.Arbitrary<Script> {
  return language(options).script;
}
