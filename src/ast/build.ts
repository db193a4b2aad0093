/** Constructors for AST nodes, used by intent rules and tests. */
import { classifyBare } from './classify.js';
import type { Arg, Command, Expression, NamedArg, Script, Statement, Value } from './nodes.js';

export function script(statements: Statement[]): Script {
  return { kind: 'script', statements };
}

/** `command("/ip firewall filter", "add", { chain: "input", ... })`. Undefined args are left out. */
export function command(path: string | readonly string[], name: string, args: Readonly<Record<string, ValueInput | undefined>> | Arg[] = {}): Command {
  const segments = typeof path === 'string' ? [...segmentsOf(path)] : [...path];
  const list: Arg[] = Array.isArray(args)
    ? args
    : Object.entries(args).flatMap(([key, value]) => (value === undefined ? [] : [named(key, value)]));
  return { kind: 'command', path: segments, name, args: list };
}

/** The segments of a menu path as the rules write it ("/ip firewall filter"), split once per path. */
const SEGMENTS = new Map<string, readonly string[]>();
function segmentsOf(path: string): readonly string[] {
  let segments = SEGMENTS.get(path);
  if (segments === undefined) {
    segments = path.split(/[\s/]+/).filter(Boolean);
    // Paths come from the rules' source text; a bound keeps any other use from growing the map without end.
    if (SEGMENTS.size < 4096) SEGMENTS.set(path, segments);
  }
  return segments;
}

/**
 * What a builder accepts for a value: a Value node, a number, or a string that
 * is read as a bare RouterOS word (so `"22"` is a number and `"10.0.0.0/8"` a
 * prefix). Free text from the user must go through `str()` instead.
 */
export type ValueInput = Value | number | string;

export function value(input: ValueInput): Value {
  if (typeof input === 'number') return { kind: 'number', value: input };
  if (typeof input === 'string') {
    if (input.includes(',')) return { kind: 'list', items: input.split(',').map((s) => classifyBare(s)) };
    return classifyBare(input);
  }
  return input;
}

export function named(name: string, input: ValueInput | null): NamedArg {
  return { kind: 'named', name, value: input === null ? null : value(input) };
}

export function positional(input: ValueInput): Arg {
  return { kind: 'positional', value: value(input) };
}

/** A quoted string: the only way user-supplied text enters a script. */
export function str(text: string): Value {
  return { kind: 'string', value: text };
}

export function word(text: string): Value {
  return { kind: 'word', text };
}

export function list(items: ValueInput[]): Value {
  return items.length === 1 ? value(items[0]!) : { kind: 'list', items: items.map(value) };
}

export function negated(input: ValueInput): Value {
  return { kind: 'negated', value: value(input) };
}

/** `[find <matchers>]` relative to the enclosing command's menu. */
export function find(path: string | readonly string[], matchers: Readonly<Record<string, ValueInput | undefined>>): Value {
  return { kind: 'substitution', command: command(path, 'find', matchers) };
}

/** `[find where <expression>]`. */
export function findWhere(path: string | readonly string[], expression: Expression): Value {
  return { kind: 'substitution', command: command(path, 'find', [{ kind: 'named', name: 'where', value: { kind: 'expression', expression } }]) };
}
