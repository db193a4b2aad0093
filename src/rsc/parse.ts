/**
 * `parseScript(text)`: RouterOS text → `{ ast, diagnostics }`. Never throws.
 *
 * Before Chevrotain sees anything, one linear pass over the tokens matches
 * brackets (reporting unclosed and stray ones in the user's terms), caps the
 * nesting depth (so 10,000 nested `[` cannot overflow the stack), and splits the
 * text into statements at top-level `;` and line ends. Each statement is then
 * parsed on its own, so one bad line does not hide the errors of the next.
 */
import type { IToken } from 'chevrotain';
import type { Script, Statement } from '../ast/nodes.js';
import { menuLevels, SCHEMA, type Schema } from '../../grammar/routeros/index.js';
import type { Diagnostic } from './diagnostics.js';
import { lex } from './lexer.js';
import { getParser } from './parser.js';
import { statementToAst, type ConvertContext } from './to-ast.js';

export interface ParseResult {
  readonly ast: Script;
  readonly diagnostics: Diagnostic[];
}

export interface ParseOptions {
  readonly schema?: Schema;
  /** The menu relative commands start in (default: the root). */
  readonly path?: readonly string[];
}

/** Deeper nesting than this is reported, not parsed (RouterOS scripts never come close). */
export const MAX_NESTING = 200;
/** Longer input is refused with one diagnostic (RouterOS's own script size limits are far lower). */
export const MAX_SCRIPT_LENGTH = 16 * 1024 * 1024;

const OPENERS: Readonly<Record<string, string>> = { LBracket: '[', LParen: '(', LBrace: '{' };
const CLOSERS: Readonly<Record<string, string>> = { RBracket: '[', RParen: '(', RBrace: '{' };
const CLOSE_OF: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}' };

const levelCache = new WeakMap<Schema, ReadonlySet<string>>();

export function parseScript(text: string, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  if (typeof text !== 'string') {
    diagnostics.push({ severity: 'error', kind: 'syntax', line: 1, column: 1, message: 'input is not text' });
    return { ast: { kind: 'script', statements: [] }, diagnostics };
  }
  if (text.length > MAX_SCRIPT_LENGTH) {
    diagnostics.push({ severity: 'error', kind: 'syntax', line: 1, column: 1, message: `script is ${text.length} characters; at most ${MAX_SCRIPT_LENGTH} are parsed` });
    return { ast: { kind: 'script', statements: [] }, diagnostics };
  }
  const schema = options.schema ?? SCHEMA;
  let levels = levelCache.get(schema);
  if (!levels) levelCache.set(schema, (levels = menuLevels(schema)));
  const ctx: ConvertContext = { schema, levels, diagnostics, path: [...(options.path ?? [])] };
  const { tokens } = lex(text);
  const statements: Statement[] = [];
  for (const group of splitStatements(tokens, diagnostics)) {
    const statement = parseStatement(group, ctx);
    if (statement) statements.push(statement);
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ast: { kind: 'script', statements }, diagnostics };
}

function pos(t: IToken): { line: number; column: number } {
  return { line: t.startLine ?? 1, column: t.startColumn ?? 1 };
}

function syntax(diagnostics: Diagnostic[], t: IToken, message: string): void {
  diagnostics.push({ severity: 'error', kind: 'syntax', ...pos(t), message });
}

/** Splits tokens into statements; drops layout inside brackets; reports lexical and bracket errors. */
function splitStatements(tokens: IToken[], diagnostics: Diagnostic[]): IToken[][] {
  const groups: IToken[][] = [];
  let current: IToken[] = [];
  const stack: IToken[] = [];
  let broken = false; // the current statement has a bracket or lexical error: report it, do not parse it
  const flush = (): void => {
    if (current.length > 0 && !broken) groups.push(current);
    current = [];
    broken = false;
  };
  for (let index = 0; index < tokens.length; index++) {
    const t = tokens[index]!;
    const type = t.tokenType.name;
    if (type === 'Unknown') {
      syntax(diagnostics, t, `unexpected character ${JSON.stringify(t.image)}${t.image === '\\' ? ' (`\\` outside a string only joins lines at a line end)' : ''}`);
      broken = true;
      continue;
    }
    if (type === 'UnterminatedString') {
      syntax(diagnostics, t, 'unterminated string: expected a closing `"`');
      broken = true;
      continue;
    }
    const opener = OPENERS[type];
    if (opener) {
      stack.push(t);
      if (stack.length === MAX_NESTING + 1) {
        syntax(diagnostics, t, `brackets are nested deeper than ${MAX_NESTING} levels`);
        broken = true;
      }
    } else if (CLOSERS[type]) {
      const open = stack.pop();
      if (!open) {
        syntax(diagnostics, t, `unexpected \`${t.image}\`: no bracket is open`);
        broken = true;
        continue;
      }
      const want = OPENERS[open.tokenType.name]!;
      if (want !== CLOSERS[type]) {
        syntax(diagnostics, t, `expected \`${CLOSE_OF[want]}\` to close \`${want}\` opened at ${open.startLine}:${open.startColumn}, found \`${t.image}\``);
        broken = true;
      }
    }
    const separator = type === 'Semicolon' || type === 'Newline';
    if (separator && stack.length === 0) {
      flush();
      continue;
    }
    // Recovery: an unclosed `[` or `(` followed by a line that starts a new absolute command
    // (`/` or `:` in the first column) ends there, so the next line is still checked.
    const next = tokens[index + 1];
    if (type === 'Newline' && stack.length > 0 && next?.startColumn === 1 && (next.tokenType.name === 'Slash' || next.tokenType.name === 'Colon')) {
      for (const open of stack) syntax(diagnostics, open, `unclosed \`${open.image}\` opened at ${open.startLine}:${open.startColumn}`);
      stack.length = 0;
      broken = true;
      flush();
      continue;
    }
    // Inside ( ) and [ ], a line end is only layout.
    if (type === 'Newline' && stack.length > 0 && OPENERS[stack[stack.length - 1]!.tokenType.name] !== '{') continue;
    current.push(t);
  }
  for (const open of stack) syntax(diagnostics, open, `unclosed \`${open.image}\` opened at ${open.startLine}:${open.startColumn}`);
  if (stack.length > 0) broken = true;
  flush();
  return groups;
}

function parseStatement(tokens: IToken[], ctx: ConvertContext): Statement | null {
  const parser = getParser();
  parser.input = tokens;
  const cst = parser.statement();
  if (parser.errors.length > 0) {
    const e = parser.errors[0]!;
    const t = e.token.tokenType.name === 'EOF' ? tokens[tokens.length - 1]! : e.token;
    syntax(ctx.diagnostics, t, explain(e.name, e.token, e.message));
    return null;
  }
  return statementToAst(cst, ctx, null);
}

function explain(name: string, token: IToken, message: string): string {
  const found = token.tokenType.name === 'EOF' ? 'the end of the command' : `\`${token.image.slice(0, 40)}\``;
  if (name === 'NotAllInputParsedException') return `unexpected ${found}: expected the end of the command`;
  const expecting = /Expecting:? (?:token of type )?-->\s*(.+?)\s*<--/.exec(message)?.[1]
    ?? /one of these possible Token sequences:\s*([\s\S]*?)\s*but found/.exec(message)?.[1]?.replace(/\s+/g, ' ');
  return expecting ? `unexpected ${found}: expected ${expecting}` : `unexpected ${found}`;
}
