/**
 * RouterOS operator precedence, shared by the parser (to-ast.ts) and the
 * printer. Measured on RouterOS 7 (SYNTAX.md §5), loosest first:
 * `,` < `or` < `and` < `in` < relational (`< > = <= >= != ~`) < `.` <
 * `<< >>` < `|` < `^` < `&` < `+ -` < `* / %` < `<%%` < `->`; every binary
 * operator is left-associative, and prefix operators bind tighter than all.
 */
import type { BinaryOperator, UnaryOperator } from '../ast/nodes.js';

export const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  ',': 1,
  or: 2,
  and: 3,
  in: 4,
  '=': 5, '!=': 5, '<': 5, '>': 5, '<=': 5, '>=': 5, '~': 5,
  '.': 6,
  '<<': 7, '>>': 7,
  '|': 8,
  '^': 9,
  '&': 10,
  '+': 11, '-': 11,
  '*': 12, '/': 12, '%': 12,
  '<%%': 13,
  '->': 14,
};

/** Prefix operators bind tighter than any binary one. */
export const PREFIX_PRECEDENCE = 15;

export const RELATIONAL: ReadonlySet<BinaryOperator> = new Set(['=', '!=', '<', '>', '<=', '>=', '~']);

/**
 * In a `where` clause outside parentheses, RouterOS reads command words, so
 * only these operators exist there, and `a=1,2` compares with the list `1,2`
 * (the comma binds tightest).
 */
export const COMMAND_MODE_OPERATORS: ReadonlySet<BinaryOperator> = new Set(['or', 'and', 'in', '=', '!=', '<', '>', '<=', '>=', '~', ',', '->']);
export const COMMAND_MODE_COMMA_PRECEDENCE = 20;

/** Token type name → operator. */
export const BINARY_TOKENS: Readonly<Record<string, BinaryOperator>> = {
  Comma: ',',
  Or: 'or', ExprOr: 'or', OrOr: 'or',
  And: 'and', ExprAnd: 'and', AndAnd: 'and',
  In: 'in', ExprIn: 'in',
  Equals: '=', NotEquals: '!=', Less: '<', Greater: '>', LessEquals: '<=', GreaterEquals: '>=', Tilde: '~',
  Dot: '.',
  ShiftLeft: '<<', ShiftRight: '>>',
  Pipe: '|', Caret: '^', Amp: '&',
  Plus: '+', Minus: '-',
  Star: '*', Slash: '/', Percent: '%',
  Apply: '<%%',
  Arrow: '->',
};

export const PREFIX_TOKENS: Readonly<Record<string, UnaryOperator>> = {
  Bang: '!', Minus: '-', Tilde: '~', Any: 'any', Greater: '>',
};
