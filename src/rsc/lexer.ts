import { Lexer, type IToken } from 'chevrotain';
import { ALL_TOKENS } from './tokens.js';

let lexer: Lexer | undefined;

/** The lexer is built once, on first use (it analyses its patterns when built). */
export function getLexer(): Lexer {
  lexer ??= new Lexer(ALL_TOKENS, { positionTracking: 'full', ensureOptimizations: false });
  return lexer;
}

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
}

export function lex(text: string): LexResult {
  const result = getLexer().tokenize(text);
  return { tokens: result.tokens, comments: (result.groups.comments as IToken[] | undefined) ?? [] };
}

/** RouterOS lexer tokens in a script, what `tokenUsage.completion` counts (comments included, layout not). */
export function countTokens(text: string): number {
  const { tokens, comments } = lex(text);
  return tokens.length + comments.length;
}
