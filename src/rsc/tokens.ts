/**
 * Tokens of the RouterOS script language. Order matters: Chevrotain tries the
 * patterns in this order and takes the first that matches.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

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
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const match = [text.slice(offset, end)] as unknown as RegExpExecArray;
  return match;
};

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true, label: 'end of line' });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\uFEFF]+/, group: Lexer.SKIPPED });
/** `\` at the end of a line joins it with the next one. */
export const LineContinuation = createToken({ name: 'LineContinuation', pattern: /\\[ \t]*(?:\r\n|\r|\n)/, line_breaks: true, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: { exec: matchComment }, line_breaks: false, group: 'comments', start_chars_hint: ['#'] });

export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"\\]|\\[\s\S])*"/, line_breaks: true, label: 'string' });
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"(?:[^"\\]|\\[\s\S])*/, line_breaks: true, label: 'unterminated string' });
export const Variable = createToken({ name: 'Variable', pattern: /\$(?:[A-Za-z0-9_]+|"(?:[^"\\]|\\[\s\S])*")/, label: '$variable' });

export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: '[' });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, label: ']' });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: '(' });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: ')' });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/, label: '{' });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/, label: '}' });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/, label: ';' });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: ',' });

export const NotEquals = createToken({ name: 'NotEquals', pattern: /!=/, label: '!=' });
export const LessEquals = createToken({ name: 'LessEquals', pattern: /<=/, label: '<=' });
export const GreaterEquals = createToken({ name: 'GreaterEquals', pattern: /\>=/, label: '>=' });
export const Less = createToken({ name: 'Less', pattern: /</, label: '<' });
export const Greater = createToken({ name: 'Greater', pattern: />/, label: '>' });
export const Equals = createToken({ name: 'Equals', pattern: /=/, label: '=' });
export const Tilde = createToken({ name: 'Tilde', pattern: /~/, label: '~' });
export const AndAnd = createToken({ name: 'AndAnd', pattern: /&&/, label: '&&' });
export const OrOr = createToken({ name: 'OrOr', pattern: /\|\|/, label: '||' });
export const Bang = createToken({ name: 'Bang', pattern: /!/, label: '!' });
export const Slash = createToken({ name: 'Slash', pattern: /\//, label: '/' });
export const Colon = createToken({ name: 'Colon', pattern: /:(?!:)/, label: ':' });

/** A token category for everything that can stand where a word can. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA, label: 'word' });

/**
 * A bare word: menu names, command names, argument names and unquoted values
 * (`drop`, `ether1`, `10.0.0.0/8`, `00:05:00`, `*1A`, `::1`). It cannot start
 * with `/` or `:` (those start paths and script commands) except for IPv6 `::`.
 */
export const Word = createToken({ name: 'Word', pattern: /(?:::|[A-Za-z0-9_.*@%+\-#?'^&|])[A-Za-z0-9_.*@%+\-#?'^:/]*/, label: 'word', categories: [AnyWord] });

/** Keywords are words too (`comment=and` is legal): they belong to AnyWord. */
const keyword = (name: string, text: string): TokenType =>
  createToken({ name, pattern: new RegExp(text + "(?![A-Za-z0-9_.*@%+\\-#?'^:/])"), categories: [AnyWord], label: text });
export const Where = keyword('Where', 'where');
export const And = keyword('And', 'and');
export const Or = keyword('Or', 'or');
export const In = keyword('In', 'in');

/** Any character nothing else matches: reported, never thrown. */
export const Unknown = createToken({ name: 'Unknown', pattern: /[^]/, label: 'character' });

export const ALL_TOKENS: TokenType[] = [
  Newline, LineContinuation, WhiteSpace, Comment,
  StringLiteral, UnterminatedString, Variable,
  LBracket, RBracket, LParen, RParen, LBrace, RBrace, Semicolon, Comma,
  NotEquals, LessEquals, GreaterEquals, Less, Greater, AndAnd, OrOr, Equals, Tilde, Bang, Slash,
  Where, And, Or, In, Word, Colon,
  AnyWord, Unknown,
];
