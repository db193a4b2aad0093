import { Lexer, type IToken } from 'chevrotain';
import { LEXER_DEFINITION } from './tokens.js';

let lexer: Lexer | undefined;

/** The lexer is built once, on first use (it analyses its patterns when built). */
export function getLexer(): Lexer {
  // Only start positions are tracked: ends are computed from the image where needed (faster).
  lexer ??= new Lexer(LEXER_DEFINITION, { positionTracking: 'onlyStart', ensureOptimizations: false });
  return lexer;
}

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
}

/**
 * Tokens of a text. Lexer errors (a `]` with no `[` to pop its mode) are not
 * returned: the bracket pass in parse.ts reports those in the user's terms.
 */
export function lex(text: string): LexResult {
  const result = getLexer().tokenize(text);
  return { tokens: result.tokens, comments: (result.groups.comments as IToken[] | undefined) ?? [] };
}

/** RouterOS lexer tokens in a script, what `tokenUsage.completion` counts (comments included, layout not). */
export function countTokens(text: string): number {
  const { tokens, comments } = lex(text);
  return tokens.length + comments.length;
}

/** Offset just past a token (only start positions are tracked). */
export function endOf(token: IToken): number {
  return token.startOffset + token.image.length;
}
