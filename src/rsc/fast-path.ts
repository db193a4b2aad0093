/**
 * The fast path for plain command lines (most of an `/export`): see
 * `simpleStatement`. parse.ts tries it before the grammar.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { RawArg, RawStatement, RawValue } from './to-ast.js';
import * as T from './tokens.js';

/**
 * The fast path: a statement made only of words, `=`, `,`, `!` and strings
 * without `$` (most of an `/export`) is read straight from its tokens into
 * the same `RawArg`s the grammar's CST gives, skipping Chevrotain. It accepts
 * exactly what the grammar accepts for such token sequences and gives up
 * (null) on anything else, which then goes through the grammar (a test
 * compares both paths).
 */
export function simpleStatement(tokens: IToken[]): RawStatement | null {
  const n = tokens.length;
  let i = 0;
  const first = tokens[0]!.tokenType;
  let colon: IToken | null = null;
  let name: IToken | null = null;
  let slash: IToken | null = null;
  if (first === T.Colon) {
    if (n < 2 || tokens[1]!.tokenType !== T.Word) return null;
    colon = tokens[0]!;
    name = tokens[1]!;
    i = 2;
  } else if (first === T.Slash) {
    slash = tokens[0]!;
    i = 1;
  }
  const args: RawArg[] = [];
  const isItem = (t: IToken | undefined): boolean => t !== undefined && (t.tokenType === T.Word || t.tokenType === T.StringLiteral || t.tokenType === T.SlashValue);
  /** A string with only text and `$var` in it: its tokens from `"` to `"`, or null. */
  const template = (): IToken[] | null => {
    if (tokens[i]?.tokenType !== T.StringStart) return null;
    for (let k = i + 1; k < n; k++) {
      const type = tokens[k]!.tokenType;
      if (type === T.StringEnd) {
        const found = tokens.slice(i, k + 1);
        i = k + 1;
        return found;
      }
      if (type !== T.StringText && type !== T.StringEscape && type !== T.Variable) return null;
    }
    return null;
  };
  /** `[!] item (, [!] item)*` from `i`; null when it does not fit the fast path. */
  const valueList = (): RawValue[] | null => {
    const values: RawValue[] = [];
    for (;;) {
      let bang: IToken | null = null;
      if (tokens[i]?.tokenType === T.Bang) bang = tokens[i++]!;
      const item = tokens[i];
      if (isItem(item)) {
        values.push({ bang, token: item!, node: null });
        i++;
      } else {
        const parts = template();
        if (!parts) return null;
        values.push({ bang, token: null, node: null, template: parts });
      }
      if (tokens[i]?.tokenType !== T.Comma) return values;
      i++;
    }
  };
  while (i < n) {
    const t = tokens[i]!;
    const type = t.tokenType;
    if (type === T.Word) {
      const next = tokens[i + 1];
      if (next?.tokenType === T.Equals) {
        i += 2;
        const after = tokens[i];
        if (after === undefined) {
          args.push({ kind: 'named', name: t, equals: next, values: null });
          continue;
        }
        const afterType = after.tokenType;
        const startsValue = afterType === T.Word || afterType === T.StringLiteral || afterType === T.Bang || afterType === T.StringStart || afterType === T.SlashValue;
        const gated = tokens[i + 1]?.tokenType === T.Equals && after.startOffset > next.startOffset + 1;
        if (startsValue && !gated) {
          const values = valueList();
          if (!values) return null;
          args.push({ kind: 'named', name: t, equals: next, values });
        } else if (VALUE_STARTS.has(afterType) && !gated) return null;
        else if (afterType === T.Comma) return null;
        else args.push({ kind: 'named', name: t, equals: next, values: null });
        continue;
      }
      const values = valueList();
      if (!values) return null;
      args.push({ kind: 'values', values });
      continue;
    }
    if (type === T.StringLiteral || type === T.Bang || type === T.StringStart) {
      const values = valueList();
      if (!values) return null;
      args.push({ kind: 'values', values });
      continue;
    }
    return null;
  }
  if (colon) return { kind: 'script', colon, name: name!, args };
  if (!slash && args.length === 0) return null;
  return { kind: 'line', slash, args };
}

/** Tokens that start a value the fast path leaves to the grammar. */
const VALUE_STARTS: ReadonlySet<TokenType> = new Set([T.Variable, T.LBracket, T.LParen, T.LBrace, T.Where, T.And, T.Or, T.In]);
