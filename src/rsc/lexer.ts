import type { IToken } from 'chevrotain';
import { Lexer } from './chevrotain.js';
import { LEXER_DEFINITION, Unknown } from './tokens.js';

let lexer: Lexer | undefined;
/** The last text `lex` read and its number of tokens (comments and Unknown runs included), for `countTokens`. */
let lastLexed: string | undefined;
let lastCount = 0;

/**
 * A lexer of our token definition. `validate` runs Chevrotain's checks of the
 * definition (patterns that can never match, unsupported flags, ...), which
 * cost half the lexer's construction; the shared lexer skips them and a test
 * builds one with them on (test/rsc/grammar.test.ts).
 */
export function createLexer(options: { readonly validate?: boolean } = {}): Lexer {
  // Only start positions are tracked: ends are computed from the image where needed (faster).
  return new Lexer(LEXER_DEFINITION, { positionTracking: 'onlyStart', ensureOptimizations: true, skipValidations: !options.validate });
}

/** The lexer is built once, on first use (it analyses its patterns when built). */
export function getLexer(): Lexer {
  lexer ??= createLexer();
  return lexer;
}

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
}

/**
 * Tokens of a text. Characters no token matches come back as Unknown tokens
 * (one per run), in place, for parse.ts to report. Other lexer errors (a `]`
 * with no `[` to pop its mode) are dropped: the bracket pass in parse.ts
 * reports those in the user's terms.
 */
export function lex(text: string): LexResult {
  const result = getLexer().tokenize(text);
  const comments = (result.groups.comments as IToken[] | undefined) ?? [];
  const unknown = result.errors.filter((e) => e.message.startsWith('unexpected character'));
  lastLexed = text;
  lastCount = result.tokens.length + unknown.length + comments.length;
  if (unknown.length === 0) return { tokens: result.tokens, comments };
  const tokens: IToken[] = [];
  let u = 0;
  for (const t of result.tokens) {
    while (u < unknown.length && unknown[u]!.offset < t.startOffset) tokens.push(unknownToken(text, unknown[u++]!));
    tokens.push(t);
  }
  while (u < unknown.length) tokens.push(unknownToken(text, unknown[u++]!));
  return { tokens, comments };
}

function unknownToken(text: string, e: { offset: number; line?: number | undefined; column?: number | undefined; length: number }): IToken {
  return {
    image: text.substr(e.offset, e.length),
    startOffset: e.offset,
    startLine: e.line ?? 1,
    startColumn: e.column ?? 1,
    tokenType: Unknown,
    tokenTypeIdx: Unknown.tokenTypeIdx!,
  } as IToken;
}

/** RouterOS lexer tokens in a script, what `tokenUsage.completion` counts (comments included, layout not). */
export function countTokens(text: string): number {
  // generateScript counts the tokens of the script it has just parsed back: the count of the last text lexed is reused.
  if (text === lastLexed) return lastCount;
  const { tokens, comments } = lex(text);
  return tokens.length + comments.length;
}

/** Offset just past a token (only start positions are tracked). */
export function endOf(token: IToken): number {
  return token.startOffset + token.image.length;
}
