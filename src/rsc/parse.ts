/**
 * `parseScript(text)`: RouterOS text → `{ ast, diagnostics }`. Never throws.
 *
 * Before Chevrotain sees anything, one linear pass over the tokens matches
 * brackets and string quotes (reporting unclosed and stray ones in the user's
 * terms), caps the nesting depth (so 10,000 nested `[` cannot overflow the
 * stack), and splits the text into statements at top-level `;` and line ends.
 * Each statement is then parsed on its own, so one bad line does not hide the
 * errors of the next; a statement that fails inside `{ }` has the statements
 * of its blocks parsed one by one too, for the same reason.
 */
import type { IToken } from 'chevrotain';
import type { Script, SourceLocation, Statement } from '../ast/nodes.js';
import { SCHEMA, type Schema } from '../../grammar/routeros/index.js';
import type { Diagnostic } from './diagnostics.js';
import { lex } from './lexer.js';
import { getParser } from './parser.js';
import { maxDepthExceeds } from './depth.js';
import { menuTree } from './menus.js';
import { simpleStatement } from './fast-path.js';
import { rawStatementToAst, statementToAst, type ConvertContext, type TextPositions } from './to-ast.js';
import * as T from './tokens.js';

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
export const MAX_NESTING = 100;
/** Longer input is refused with one diagnostic (RouterOS's own script size limits are far lower). */
export const MAX_SCRIPT_LENGTH = 16 * 1024 * 1024;
/** A statement whose tree is deeper than this is reported, not kept (printers and walkers recurse). */
export const MAX_TREE_DEPTH = 2000;
/** More diagnostics than this are summed up in one (junk input would otherwise give one per line). */
export const MAX_DIAGNOSTICS = 1000;
/** After an unclosed `{` or string, parsing restarts on the next line this many times at most. */
const MAX_RESYNCS = 16;

/** Openers and closers by token type index (faster than by name in the hot loop). */
const OPENERS: string[] = [];
const CLOSES: (readonly string[])[] = [];
for (const [type, text] of [
  [T.LBracket, '['], [T.LParen, '('], [T.LBrace, '{'], [T.StringStart, '"'], [T.InterpolationCommand, '$['], [T.InterpolationExpression, '$('],
] as const) OPENERS[type.tokenTypeIdx!] = text;
for (const [type, closes] of [
  [T.RBracket, ['[', '$[']], [T.RParen, ['(', '$(']], [T.RBrace, ['{']], [T.StringEnd, ['"']],
] as const) CLOSES[type.tokenTypeIdx!] = closes;
const CLOSE_OF: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}', '"': '"', '$[': ']', '$(': ')' };

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
  const positions = new Positions(text);
  const ctx: ConvertContext = {
    schema,
    menus: menuTree(schema),
    diagnostics,
    path: [...(options.path ?? [])],
    positions,
    toRoot: null,
    embedding: 0,
    comments: [],
    budget: { tokens: 0 },
    parseEmbedded: (code, toRoot, embedding, label) => parseEmbedded(code, toRoot, embedding, label, ctx),
  };
  let statements: Statement[] = [];
  try {
    statements = parseText(text, ctx, { offset: 0, line: 0 }, true);
  } catch (error) {
    // A bug must not take the caller down: report it as a diagnostic.
    diagnostics.push({ severity: 'error', kind: 'syntax', line: 1, column: 1, message: `internal parser error: ${(error as Error).message}` });
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  const unique = dedupe(diagnostics);
  if (unique.length > MAX_DIAGNOSTICS) {
    const rest = unique.length - MAX_DIAGNOSTICS;
    const last = unique[MAX_DIAGNOSTICS]!;
    unique.length = MAX_DIAGNOSTICS;
    unique.push({ severity: 'error', kind: 'syntax', line: last.line, column: last.column, message: `${rest} more problems from here on are not listed` });
  }
  return { ast: { kind: 'script', statements }, diagnostics: unique };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.severity}:${d.kind}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Line and column of offsets in the text being parsed (the outermost text, for embedded scripts). */
class Positions implements TextPositions {
  private lineStarts: number[] | undefined;
  constructor(private readonly text: string) {}

  at(offset: number): SourceLocation {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }
}

/** Offsets where lines start; `\r\n`, `\r` and `\n` end lines, as in the lexer. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

interface Base {
  readonly offset: number;
  /** Lines before the start of the text. */
  readonly line: number;
}

/**
 * Parses `text` (which starts `base` into the text `ctx` describes). Only the
 * first pass keeps its statements (`keep`); passes restarted after an
 * unclosed `{` or string only add diagnostics.
 */
function parseText(text: string, ctx: ConvertContext, base: Base, keep: boolean, resyncs = { count: 0 }): Statement[] {
  const { tokens, comments } = lex(text);
  if (base.offset !== 0 || base.line !== 0) {
    for (const t of [...tokens, ...comments]) {
      t.startOffset += base.offset;
      t.startLine = (t.startLine ?? 1) + base.line;
    }
  }
  const savedComments = ctx.comments;
  ctx.comments = comments;
  if (keep) ctx.budget.tokens += tokens.length * 2;
  const split = splitStatements(tokens, ctx);
  const statements: Statement[] = [];
  for (const group of split.groups) {
    const statement = parseStatement(group, ctx);
    if (statement && keep) statements.push(statement);
  }
  ctx.comments = savedComments;
  // Unclosed `{` or string at the end: everything after it was swallowed. Read the lines after it again
  // (diagnostics only), so errors further down are still reported.
  const restart = split.unclosedAt;
  if (restart !== null && resyncs.count < MAX_RESYNCS) {
    resyncs.count++;
    const local = restart - base.offset;
    let next = local;
    while (next < text.length && text[next] !== '\n' && text[next] !== '\r') next++;
    if (text[next] === '\r' && text[next + 1] === '\n') next++;
    next++;
    if (next < text.length) {
      const saved = ctx.path;
      ctx.path = [...saved];
      const lineBase = ctx.toRoot === null ? ctx.positions.at(base.offset + next).line - 1 : lineCount(text, next) + base.line;
      parseText(text.slice(next), ctx, { offset: base.offset + next, line: lineBase }, false, resyncs);
      ctx.path = saved;
    }
  }
  return statements;
}

function lineCount(text: string, end: number): number {
  let lines = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lines++;
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      lines++;
    }
  }
  return lines;
}

function syntax(ctx: ConvertContext, t: IToken, message: string): void {
  const at = ctx.toRoot === null ? { line: t.startLine ?? 1, column: t.startColumn ?? 1 } : ctx.positions.at(ctx.toRoot(t.startOffset));
  ctx.diagnostics.push({ severity: 'error', kind: 'syntax', line: at.line, column: at.column, message });
}

function where(ctx: ConvertContext, t: IToken): string {
  const at = ctx.toRoot === null ? { line: t.startLine ?? 1, column: t.startColumn ?? 1 } : ctx.positions.at(ctx.toRoot(t.startOffset));
  return `${at.line}:${at.column}`;
}

interface Split {
  readonly groups: IToken[][];
  /** Offset of the outermost `{` or `"` still open at the end, if any. */
  readonly unclosedAt: number | null;
}

/** Of brackets still open at the end, the outermost and this many innermost ones are reported. */
const MAX_UNCLOSED_REPORTED = 5;

const UNKNOWN_HINTS: Readonly<Record<string, string>> = {
  '\\': ' (`\\` outside a string only joins lines at a line end)',
  $: ': `$` must be followed by a variable name (`$x`, `$"my-var"`)',
  '#': ': a comment cannot start inside `( )`; put it on its own line',
};

/** Splits tokens into statements; drops layout inside brackets; reports lexical and bracket errors. */
function splitStatements(tokens: IToken[], ctx: ConvertContext): Split {
  const groups: IToken[][] = [];
  let current: IToken[] = [];
  const stack: IToken[] = [];
  let broken = false; // the current statement has a bracket or lexical error: report it, do not parse it
  let deepReported = false;
  let reportedJunk = false;
  const flush = (): void => {
    if (current.length > 0 && !broken) groups.push(current);
    current = [];
    broken = false;
    deepReported = false;
    reportedJunk = false;
  };
  const openerOf = (t: IToken): string => OPENERS[t.tokenTypeIdx]!;
  for (let index = 0; index < tokens.length; index++) {
    const t = tokens[index]!;
    const tokenType = t.tokenType;
    if (tokenType === T.Unknown || tokenType === T.Junk) {
      // One report per statement: junk input would otherwise give one per character run.
      if (broken && reportedJunk) continue;
      reportedJunk = true;
      const shown = t.image.length > 20 ? t.image.slice(0, 20) + '…' : t.image;
      const hint = UNKNOWN_HINTS[t.image[0]!] ?? (t.image.charCodeAt(0) >= 0x80 ? ': text with characters outside ASCII must be in quotes' : '');
      syntax(ctx, t, `unexpected character${t.image.length > 1 ? 's' : ''} ${JSON.stringify(shown)}${hint}`);
      broken = true;
      continue;
    }
    if (tokenType === T.StringDollar) {
      syntax(ctx, t, 'a `$` in a string must start a variable, `$[command]` or `$(expression)`: write `\\$` for a dollar sign');
      broken = true;
      continue;
    }
    const opener = OPENERS[t.tokenTypeIdx];
    if (opener !== undefined) {
      stack.push(t);
      if (stack.length > MAX_NESTING && !deepReported) {
        syntax(ctx, t, `brackets are nested deeper than ${MAX_NESTING} levels`);
        broken = true;
        deepReported = true;
      }
    } else {
      const closes = CLOSES[t.tokenTypeIdx];
      if (closes !== undefined) {
        let match = stack.length - 1;
        while (match >= 0 && !closes.includes(openerOf(stack[match]!))) match--;
        // A closer nothing open takes: an extra one (`]]`, or with nothing open) is reported and left out, so the
        // rest of the statement is still checked; otherwise it is read as a mistyped closer of the innermost bracket.
        const previous = tokens[index - 1];
        if (match < 0 && (stack.length === 0 || previous?.tokenType === tokenType)) {
          syntax(ctx, t, stack.length === 0 ? `unexpected \`${t.image}\`: no bracket is open` : `unexpected \`${t.image}\`: no \`${closes[0]}\` is open`);
          continue;
        }
        const mistyped = match < 0;
        if (mistyped) match = stack.length - 1;
        if (mistyped || match !== stack.length - 1) {
          const top = stack[stack.length - 1]!;
          const want = openerOf(top);
          // On another line the opener is where the mistake most likely is (as compilers point at an unclosed delimiter).
          if (top.startLine !== t.startLine) syntax(ctx, top, `unclosed \`${want}\`: expected \`${CLOSE_OF[want]}\` before the \`${t.image}\` at ${where(ctx, t)}`);
          else syntax(ctx, t, `expected \`${CLOSE_OF[want]}\` to close \`${want}\` opened at ${where(ctx, top)}, found \`${t.image}\``);
          broken = true;
        }
        stack.length = match;
      }
    }
    const newline = tokenType === T.Newline;
    if ((newline || tokenType === T.Semicolon) && stack.length === 0) {
      flush();
      continue;
    }
    if (newline) {
      const inner = openerOf(stack[stack.length - 1]!);
      // Recovery: an unclosed `[` or `(` followed by a line that starts a new absolute command
      // (`/` or `:` in the first column) ends there, so the next line is still checked.
      const next = tokens[index + 1];
      if (inner !== '{' && next?.startColumn === 1 && (next.tokenType === T.Slash || next.tokenType === T.Colon)) {
        for (const open of stack) syntax(ctx, open, unclosed(ctx, open));
        stack.length = 0;
        broken = true;
        flush();
        continue;
      }
      // Inside ( ) and [ ], a line end is only layout.
      if (inner !== '{') continue;
    }
    current.push(t);
  }
  let unclosedAt: number | null = null;
  for (const [index, open] of stack.entries()) {
    // The innermost few and the outermost one say enough.
    if (index === 0 || index >= stack.length - MAX_UNCLOSED_REPORTED) {
      const culprit = open.tokenType === T.StringStart ? runawayString(tokens, open) : null;
      if (culprit) {
        syntax(ctx, culprit, `a string runs over a line end here into code: a closing \`"\` is probably missing (the last string, opened at ${where(ctx, open)}, is never closed)`);
      } else syntax(ctx, open, unclosed(ctx, open));
    }
    const kind = openerOf(open);
    if (unclosedAt === null && (kind === '{' || kind === '"')) unclosedAt = open.startOffset;
  }
  if (stack.length > 0) broken = true;
  flush();
  return { groups, unclosedAt };
}

/** How far back `runawayString` looks (tokens), so a huge file costs little. */
const RUNAWAY_LOOKBACK = 20_000;

/**
 * With a string left open at the end, the culprit is usually an earlier
 * string that lost its closing `"`: it then ran over a line end and took the
 * next line's code as text (`:put "b` then `:put "c"`). The last string
 * before `open` that holds a line end followed by what starts a command
 * (`:`, `/`, `}`) and is directly followed by a word, if any.
 */
function runawayString(tokens: readonly IToken[], open: IToken): IToken | null {
  let i = tokens.indexOf(open);
  const stop = Math.max(0, i - RUNAWAY_LOOKBACK);
  for (i--; i >= stop; i--) {
    const t = tokens[i]!;
    if (t.tokenType !== T.StringLiteral || !/[\r\n][ \t]*[:/}]/.test(t.image)) continue;
    // A string that took code ends where that code's own string began: a word follows its `"` directly
    // (`"b⏎:put "c"`), which a string that ends where it should seldom has.
    const next = tokens[i + 1];
    if (next && next.startOffset === t.startOffset + t.image.length && next.tokenType === T.Word) return t;
  }
  return null;
}

function unclosed(ctx: ConvertContext, open: IToken): string {
  if (open.tokenType.name === 'StringStart') return `unterminated string: expected a closing \`"\` for the string opened at ${where(ctx, open)}`;
  return `unclosed \`${open.image}\` opened at ${where(ctx, open)}`;
}

let fastPath = true;

/** For tests: turn the fast path for plain command lines off, to compare it with the grammar. @internal */
export function useFastPath(enabled: boolean): void {
  fastPath = enabled;
}

function parseStatement(tokens: IToken[], ctx: ConvertContext): Statement | null {
  try {
    return parseStatementUnguarded(tokens, ctx);
  } catch (error) {
    // The nesting cap keeps recursion far from the stack limit; if a deep statement still reaches it, that
    // statement alone is reported.
    if (!(error instanceof RangeError)) throw error;
    syntax(ctx, tokens[0]!, 'this statement is nested too deeply to be read');
    return null;
  }
}

function parseStatementUnguarded(tokens: IToken[], ctx: ConvertContext): Statement | null {
  const simple = fastPath ? simpleStatement(tokens) : null;
  if (simple) return rawStatementToAst(simple, ctx);
  const parser = getParser();
  parser.input = tokens;
  const cst = parser.statement();
  if (parser.errors.length > 0) {
    const e = parser.errors[0]!;
    const t = e.token.tokenType.name === 'EOF' ? tokens[tokens.length - 1]! : e.token;
    const before = ctx.diagnostics.length;
    diagnoseBlocks(tokens, ctx);
    const at = where(ctx, t);
    // A block's own statements, parsed alone, say more precisely what is wrong at the same place.
    const inner = ctx.diagnostics.slice(before).some((d) => `${d.line}:${d.column}` === at);
    if (!inner) syntax(ctx, t, explain(e.name, e.token, e.message, e.context.ruleStack));
    return null;
  }
  const statement = statementToAst(cst, ctx, null);
  if (statement && tokens.length > 400 && maxDepthExceeds(statement, MAX_TREE_DEPTH)) {
    syntax(ctx, tokens[0]!, `this statement nests expressions more than ${MAX_TREE_DEPTH} levels deep; it is not read`);
    return null;
  }
  return statement;
}

/**
 * After a statement failed to parse: parses the statements of its `{ }` blocks
 * one by one (diagnostics only), so each block reports its own errors.
 */
function diagnoseBlocks(tokens: IToken[], ctx: ConvertContext): void {
  // Each level of nesting reads its tokens again: a budget keeps deeply nested input linear.
  if (ctx.budget.tokens < tokens.length) return;
  ctx.budget.tokens -= tokens.length;
  const saved = ctx.path;
  let depth = 0;
  let start = -1;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i]!.tokenType.name;
    if (type === 'LBrace') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (type === 'RBrace' && depth > 0) {
      depth--;
      if (depth === 0) {
        ctx.path = [...saved];
        let group: IToken[] = [];
        let nested = 0;
        for (let k = start; k < i; k++) {
          const t = tokens[k]!;
          const n = t.tokenType.name;
          if (n === 'LBrace' || n === 'LBracket' || n === 'LParen' || n === 'InterpolationCommand' || n === 'InterpolationExpression' || n === 'StringStart') nested++;
          else if (n === 'RBrace' || n === 'RBracket' || n === 'RParen' || n === 'StringEnd') nested--;
          if (nested === 0 && (n === 'Semicolon' || n === 'Newline')) {
            if (group.length > 0) parseStatement(group, ctx);
            group = [];
          } else group.push(t);
        }
        if (group.length > 0) parseStatement(group, ctx);
      }
    }
  }
  ctx.path = saved;
}

/** Diagnostics passed up from code held in strings. */
const fromDeeper = new WeakSet<Diagnostic>();

/**
 * Parses the code held in a string (`on-event="..."`), positions mapped to the
 * outer text. Returns how many errors the code itself has (errors in strings
 * nested inside it do not count: they only keep those strings unparsed).
 */
function parseEmbedded(code: string, toRoot: (offset: number) => number, embedding: number, label: string, outer: ConvertContext): { script: Script; errors: number } {
  const own: Diagnostic[] = [];
  const inner: ConvertContext = {
    ...outer,
    path: [],
    toRoot,
    embedding,
    diagnostics: own,
    parseEmbedded: (c, t, e, l) => parseEmbedded(c, t, e, l, inner),
  };
  let statements: Statement[] = [];
  try {
    statements = parseText(code, inner, { offset: 0, line: 0 }, true);
  } catch (error) {
    own.push({ severity: 'error', kind: 'syntax', line: 1, column: 1, message: `internal parser error: ${(error as Error).message}` });
  }
  const errors = own.filter((d) => d.severity === 'error' && !fromDeeper.has(d)).length;
  for (const d of own) {
    const labelled: Diagnostic = { ...d, message: `${d.message} (in the script in ${label})` };
    fromDeeper.add(labelled);
    outer.diagnostics.push(labelled);
  }
  return { script: { kind: 'script', statements }, errors };
}

/** Rule names as the user would say them. */
const RULE_WORDS: Readonly<Record<string, string>> = {
  namedArg: 'a value after `=`',
  unsetArg: 'a property name after `!`',
  whereClause: 'an expression after `where`',
  group: 'an expression',
  expression: 'an expression',
  unit: 'a value',
  item: 'a value',
  value: 'a value',
  operand: 'a value',
  valueList: 'a value',
  substitution: 'a command',
  interpolatedCommand: 'a command',
  interpolatedExpression: 'an expression',
  scriptCommand: 'a command name after `:`',
};

function explain(name: string, token: IToken, message: string, ruleStack: string[]): string {
  const atEnd = token.tokenType.name === 'EOF';
  const comment = token.image.startsWith('#') ? ' (a comment can only start where a command can: put it on its own line)' : '';
  const say = (expected: string): string => (atEnd ? `the command ends too early: expected ${expected}` : `unexpected \`${token.image.slice(0, 40)}\`: expected ${expected}${comment}`);
  if (name === 'NotAllInputParsedException') return say('the end of the command');
  const rule = ruleStack[ruleStack.length - 1] ?? '';
  const expecting = /Expecting:? (?:token of type )?-->\s*(.+?)\s*<--/.exec(message)?.[1];
  if (expecting) return say(describeToken(expecting));
  if (ruleStack.includes('whereClause') && (rule === 'unit' || rule === 'item') && atEnd) return say('an expression after `where`');
  const words = RULE_WORDS[rule];
  if (words) return say(words);
  if (rule === 'braces') return say('a command, `;` or `}`');
  return say('something else');
}

function describeToken(label: string): string {
  if (/^[[\](){};:,=!]$|^\$[[(]$/.test(label)) return '`' + label + '`';
  if (label === 'closing `"`') return 'a closing `"`';
  return label === 'word' ? 'a name' : label;
}
