/**
 * Tokens of the RouterOS script language, in three lexer modes, because
 * RouterOS itself reads the same characters differently by place:
 *
 * - `command` (the default, and inside `[ ]` and `{ }`): words are greedy, so
 *   `dst-port=1000-2000`, `comment=a+b`, `10.0.0.0/8` and `*1A` are one word
 *   each, and `/` and `:` start paths and script commands.
 * - `expression` (inside `( )` and `$( )`): operators split words, so
 *   `($i+1)` is `$i`, `+`, `1`, while number-like runs stay whole as on the
 *   device: `(10/2)` is the IP-ish word `10/2` and `(1.2)` an address.
 * - `string` (inside a `"..."` that holds `$`): text, escapes, `$var`,
 *   `$[command]` and `$(expression)`.
 *
 * Order matters inside a mode: Chevrotain tries patterns in order and takes
 * the first that matches.
 */
import type { CustomPatternMatcherFunc, IMultiModeLexerDefinition, IToken, TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

/**
 * `#` starts a comment only where a statement may start: at the start of the
 * text or a line, after `;`, or first thing inside `{` or `[`. Elsewhere it is
 * ordinary text (`comment=#test`), as on a real router.
 */
const matchComment: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 0x23 /* # */) return null;
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\uFEFF')) i--;
  if (i >= 0 && !'\n\r;{['.includes(text[i]!)) return null;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
  const match = [text.slice(offset, end)] as unknown as RegExpExecArray & { payload?: unknown };
  // The payload says whether the comment has a line of its own (it may then stand inside an array).
  match.payload = i < 0 || text[i] === '\n' || text[i] === '\r';
  return match;
};

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true, label: 'end of line' });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\uFEFF]+/, group: Lexer.SKIPPED });
/** `\` at the end of a line joins it with the next one. */
export const LineContinuation = createToken({ name: 'LineContinuation', pattern: /\\[ \t]*(?:\r\n|\r|\n)/, line_breaks: true, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: { exec: matchComment }, line_breaks: false, group: 'comments', start_chars_hint: ['#'] });

/**
 * Where a quoted run that starts at `offset` (on its `"`) ends, just past the
 * closing `"`; -1 when it is not closed, or (with `stopAtDollar`) holds a `$`.
 * A loop rather than a regular expression: an alternation under `*` costs the
 * regexp engine stack for each character, so a 10 MB string overflowed it.
 */
function quotedEnd(text: string, offset: number, stopAtDollar: boolean): number {
  for (let i = offset + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) return i + 1;
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x24 /* $ */ && stopAtDollar) return -1;
  }
  return -1;
}

const matchStringLiteral: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 0x22) return null;
  const end = quotedEnd(text, offset, true);
  return end < 0 ? null : ([text.slice(offset, end)] as unknown as RegExpExecArray);
};

/** A whole string without `$` in it (the common case, one token). */
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: { exec: matchStringLiteral }, line_breaks: true, label: 'string', start_chars_hint: ['"'] });
/** A string that holds `$`: its parts are lexed in the `string` mode. */
export const StringStart = createToken({ name: 'StringStart', pattern: /"/, push_mode: 'string', label: '"' });
export const StringEnd = createToken({ name: 'StringEnd', pattern: /"/, pop_mode: true, label: 'closing `"`' });
/**
 * Text up to the next `"`, `\` or `$`. Written as ranges, not `[^"\\$]`:
 * Chevrotain builds its first-character table from a regexp's ranges in a
 * few steps, but cannot from a negated set, which would need a hint listing
 * 65,000 characters (and cost start-up time).
 */
export const StringText = createToken({ name: 'StringText', pattern: /[\x00-\x21\x23\x25-\x5b\x5d-\uffff]+/, line_breaks: true, label: 'text' });
/** Any backslash pair (checked later, so the error says which escape is wrong); `\` + CRLF is one. */
export const StringEscape = createToken({ name: 'StringEscape', pattern: /\\(?:\r\n|[^])?/, line_breaks: true, label: 'escape' });
export const InterpolationCommand = createToken({ name: 'InterpolationCommand', pattern: /\$\[/, push_mode: 'command', label: '$[' });
export const InterpolationExpression = createToken({ name: 'InterpolationExpression', pattern: /\$\(/, push_mode: 'expression', label: '$(' });
/** A `$` not followed by a name, `"`, `[` or `(`: an error on the device. */
export const StringDollar = createToken({ name: 'StringDollar', pattern: /\$/, label: '$' });

/** `$name` (letters and digits, then `_` too) or `$"any name"`. */
const VARIABLE_NAME = /[A-Za-z0-9][A-Za-z0-9_]*/y;
const matchVariable: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 0x24 /* $ */) return null;
  if (text.charCodeAt(offset + 1) === 0x22) {
    const end = quotedEnd(text, offset + 1, false);
    return end < 0 ? null : ([text.slice(offset, end)] as unknown as RegExpExecArray);
  }
  VARIABLE_NAME.lastIndex = offset + 1;
  const m = VARIABLE_NAME.exec(text);
  return m ? (['$' + m[0]] as unknown as RegExpExecArray) : null;
};
export const Variable = createToken({ name: 'Variable', pattern: { exec: matchVariable }, line_breaks: true, label: '$variable', start_chars_hint: ['$'] });

export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, push_mode: 'command', label: '[' });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, pop_mode: true, label: ']' });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, push_mode: 'expression', label: '(' });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, pop_mode: true, label: ')' });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/, push_mode: 'command', label: '{' });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/, pop_mode: true, label: '}' });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/, label: ';' });

/** Binary operators; `Operator` is their category. */
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA, label: 'operator' });
const op = (name: string, pattern: RegExp, label: string, extra: TokenType[] = []): TokenType =>
  createToken({ name, pattern, label, categories: [BinaryOp, ...extra] });

export const Comma = op('Comma', /,/, ',');
export const Arrow = op('Arrow', /->/, '->');
export const Apply = op('Apply', /<%%/, '<%%');
export const ShiftLeft = op('ShiftLeft', /<</, '<<');
export const ShiftRight = op('ShiftRight', />>/, '>>');
export const NotEquals = op('NotEquals', /!=/, '!=');
export const LessEquals = op('LessEquals', /<=/, '<=');
export const GreaterEquals = op('GreaterEquals', />=/, '>=');
export const AndAnd = op('AndAnd', /&&/, '&&');
export const OrOr = op('OrOr', /\|\|/, '||');
export const Less = op('Less', /</, '<');
/** `>` is also the prefix "quote" operator (`(>[:put hi])`). */
export const Greater = op('Greater', />/, '>');
export const Equals = op('Equals', /=/, '=');
export const Tilde = op('Tilde', /~/, '~');
export const Plus = op('Plus', /\+/, '+');
export const Minus = op('Minus', /-/, '-');
export const Star = op('Star', /\*/, '*');
export const Percent = op('Percent', /%/, '%');
export const Dot = op('Dot', /\./, '.');
export const Pipe = op('Pipe', /\|/, '|');
export const Caret = op('Caret', /\^/, '^');
export const Amp = op('Amp', /&/, '&');
/** `/` is a path separator in commands and division in expressions. */
export const Slash = op('Slash', /\//, '/');

export const Bang = createToken({ name: 'Bang', pattern: /!/, label: '!' });
export const Colon = createToken({ name: 'Colon', pattern: /:(?!:)/, label: ':' });

/**
 * An unquoted value that starts with `/` right after `=` (`comment=/tmp`,
 * `file=/flash/x`): RouterOS reads it as text there, not as a menu path.
 */
const matchSlashValue: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 0x2f /* / */ || text.charCodeAt(offset - 1) !== 0x3d /* = */) return null;
  SLASH_VALUE.lastIndex = offset;
  const m = SLASH_VALUE.exec(text);
  return m && m[0].length > 1 ? ([m[0]] as unknown as RegExpExecArray) : null;
};

/** A token category for everything that can stand where a word can. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA, label: 'word' });

/** Characters a command-mode word may hold after its first. */
const WORD_CHARS = "A-Za-z0-9_.*@%+\\-#?'^:/";

/**
 * A bare word in command mode: menu names, command names, argument names and
 * unquoted values (`drop`, `ether1`, `10.0.0.0/8`, `00:05:00`, `*1A`, `::1`,
 * `fe80::1%ether1`). It cannot start with `/` or `:` (those start paths and
 * script commands) except for IPv6 `::`.
 */
const SLASH_VALUE = new RegExp(`/[${WORD_CHARS}]*`, 'y');
export const SlashValue = createToken({ name: 'SlashValue', pattern: { exec: matchSlashValue }, line_breaks: false, label: 'word', categories: [AnyWord], start_chars_hint: ['/'] });

export const Word = createToken({ name: 'Word', pattern: new RegExp(`(?:::|[A-Za-z0-9_.*@%+\\-#?'^&|])[${WORD_CHARS}]*`), label: 'word', categories: [AnyWord] });

/** Keywords are words too (`comment=and` is legal): they belong to AnyWord. */
const keyword = (name: string, text: string, extra: TokenType[] = []): TokenType =>
  createToken({ name, pattern: new RegExp(text + `(?![${WORD_CHARS}])`), categories: [AnyWord, ...extra], label: text });
export const Where = keyword('Where', 'where');
export const And = keyword('And', 'and', [BinaryOp]);
export const Or = keyword('Or', 'or', [BinaryOp]);
export const In = keyword('In', 'in', [BinaryOp]);
/** `any $x`: whether $x holds a value (undocumented prefix operator). */
export const Any = createToken({ name: 'Any', pattern: /any(?![A-Za-z0-9_-])/, label: 'any' });
const exprKeyword = (name: string, text: string): TokenType =>
  createToken({ name, pattern: new RegExp(text + '(?![A-Za-z0-9_-])'), categories: [BinaryOp], label: text });
export const ExprAnd = exprKeyword('ExprAnd', 'and');
export const ExprOr = exprKeyword('ExprOr', 'or');
export const ExprIn = exprKeyword('ExprIn', 'in');

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isNameChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 0x5f /* _ */ || c === 0x2d; /* - */
/** Number-like runs keep `.`, `:` and `/` as the device does: `10.0.0.0/8`, `00:05:00`, `2001:db8::/32`, `1d2h`. */
const isNumberChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e || c === 0x3a || c === 0x2f;

/** Token types after which an expression expects an operand (so `-1` is a number and `*1` an id). */
const VALUE_ENDS = new Set(['ExprWord', 'Word', 'Variable', 'RParen', 'RBracket', 'RBrace', 'StringLiteral', 'StringEnd']);

function operandPosition(tokens: IToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last === undefined || !VALUE_ENDS.has(last.tokenType.name);
}

/** `%ether1` after an address: the interface scope. */
function scopeEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x25 /* % */ || !isLetter(text.charCodeAt(i + 1))) return i;
  let j = i + 1;
  while (j < text.length && (isNameChar(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2e) && !(text.charCodeAt(j) === 0x2d && text.charCodeAt(j + 1) === 0x3e)) j++;
  return j;
}

const ADDRESSY = /^[0-9A-Fa-f:.]+$/;
const IPV4_RUN = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * Where a literal or name inside `( )` that starts at `offset` ends (or
 * `offset` when none starts there): numbers, addresses, prefixes, times, MACs,
 * `*1A` ids, negative numbers where an operand is expected, and names
 * (`dst-address`, `true`).
 */
export function exprWordEnd(text: string, offset: number, operandExpected: boolean): number {
  const c = text.charCodeAt(offset);
  let end = offset;
  if (isDigit(c) || (c === 0x3a && text.charCodeAt(offset + 1) === 0x3a)) {
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    // `fe80::1%ether1`, `10.0.0.1%ether1`: an address on an interface (otherwise `%` is modulo).
    const run = text.slice(offset, end);
    if (run.includes(':') || IPV4_RUN.test(run)) end = scopeEnd(text, end);
  } else if (c === 0x2d /* - */ && operandExpected && text.charCodeAt(offset + 1) === 0x29 /* ) */) {
    // `(name=-)`: a lone `-` where a value is expected is the value `-`.
    end = offset + 1;
  } else if ((c === 0x2d /* - */ || c === 0x2e /* . */) && isDigit(text.charCodeAt(offset + 1)) && operandExpected) {
    end = offset + 1;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
  } else if (c === 0x2a /* * */ && isHex(text.charCodeAt(offset + 1)) && operandExpected) {
    end = offset + 1;
    while (end < text.length && isHex(text.charCodeAt(end))) end++;
  } else if (isLetter(c) || c === 0x5f) {
    // A name runs over `-` (`dst-address`), but not into `->` (`$a->b`, `name->x`).
    while (end < text.length && isNameChar(text.charCodeAt(end)) && !(text.charCodeAt(end) === 0x2d && text.charCodeAt(end + 1) === 0x3e)) end++;
    // `fe80::1`, `ab:cd:ef:01:02:03`: an address that starts with a letter.
    if (text.charCodeAt(end) === 0x3a || text.charCodeAt(end) === 0x2e) {
      let j = offset;
      while (j < text.length && isNumberChar(text.charCodeAt(j))) j++;
      const address = text.slice(offset, j).replace(/\/\d+$/, '');
      if (ADDRESSY.test(address) && address.includes(':')) end = scopeEnd(text, j);
    }
  }
  return end;
}

const matchExprWord: CustomPatternMatcherFunc = (text, offset, tokens) => {
  const end = exprWordEnd(text, offset, operandPosition(tokens));
  return end === offset ? null : ([text.slice(offset, end)] as unknown as RegExpExecArray);
};

export const ExprWord = createToken({
  name: 'ExprWord',
  pattern: { exec: matchExprWord },
  line_breaks: false,
  label: 'value',
  categories: [AnyWord],
  start_chars_hint: [...'0123456789:-.*_', ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'],
});

/**
 * Characters nothing else matches, one token per run (so binary junk costs
 * little), listed last in each mode; parse.ts reports them. A catch-all `[^]`
 * would turn off Chevrotain's first-character optimisation. The run is of
 * characters that never start or continue a token outside strings: controls
 * (not tab, CR, LF), backquote, DEL and anything past ASCII but the byte
 * order mark; first, single characters that are junk only where no other
 * token took them (`\` not before a line end, a lone `$`, `#` inside `( )`...).
 */
export const Junk = createToken({
  name: 'Junk',
  pattern: /[\\$#@?']|[\x00-\x08\x0b\x0c\x0e-\x1f\x60\x7f-\ufefe\uff00-\uffff]+/,
  line_breaks: false,
  label: 'character',
});

/**
 * Characters nothing else matches. The lexer skips them and reports where
 * (lexer.ts turns each run into an Unknown token), so the modes keep
 * Chevrotain's first-character optimisation, which a catch-all pattern
 * would turn off.
 */
export const Unknown = createToken({ name: 'Unknown', pattern: Lexer.NA, label: 'character' });

const COMMAND_MODE: TokenType[] = [
  Newline, LineContinuation, WhiteSpace, Comment,
  StringLiteral, StringStart, Variable,
  LBracket, RBracket, LParen, RParen, LBrace, RBrace, Semicolon, Comma,
  Arrow, NotEquals, LessEquals, GreaterEquals, Less, Greater, AndAnd, OrOr, Equals, Tilde, Bang, SlashValue, Slash,
  Where, And, Or, In, Word, Colon,
  Junk,
];

const EXPRESSION_MODE: TokenType[] = [
  Newline, LineContinuation, WhiteSpace,
  StringLiteral, StringStart, Variable,
  LBracket, RBracket, LParen, RParen, LBrace, RBrace, Semicolon, Comma,
  Arrow, Apply, ShiftLeft, ShiftRight, NotEquals, LessEquals, GreaterEquals, AndAnd, OrOr,
  Less, Greater, Equals, Tilde, Bang,
  ExprAnd, ExprOr, ExprIn, Any, ExprWord,
  Plus, Minus, Star, Percent, Dot, Pipe, Caret, Amp, Slash, Colon,
  Junk,
];

const STRING_MODE: TokenType[] = [
  StringEnd, StringText, StringEscape, Variable, InterpolationCommand, InterpolationExpression, StringDollar,
];

export const LEXER_DEFINITION: IMultiModeLexerDefinition = {
  modes: { command: COMMAND_MODE, expression: EXPRESSION_MODE, string: STRING_MODE },
  defaultMode: 'command',
};

/** Every token type, for the parser (it does not care about modes). */
export const ALL_TOKENS: TokenType[] = [
  ...new Set([...COMMAND_MODE, ...EXPRESSION_MODE, ...STRING_MODE, AnyWord, BinaryOp, Unknown]),
];
