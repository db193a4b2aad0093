/**
 * CST → AST. This is where a command line's leading words are split into the
 * menu path, the command name and unnamed arguments, using the schema's menu
 * levels, and where the current menu (set by context lines such as
 * `/ip firewall filter`) is applied to relative commands.
 */
import type { CstNode, IToken } from 'chevrotain';
import { classifyBare } from '../ast/classify.js';
import type { Arg, BinaryOperator, Command, Expression, Statement, Value } from '../ast/nodes.js';
import { menuKey, type Schema } from '../../grammar/routeros/index.js';
import type { Diagnostic } from './diagnostics.js';
import { unescapeString } from './strings.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const kids = (node: CstNode): Children => node.children as Children;
const nodes = (node: CstNode, key: string): CstNode[] => (kids(node)[key] ?? []) as CstNode[];
const tokens = (node: CstNode, key: string): IToken[] => (kids(node)[key] ?? []) as IToken[];
const node1 = (node: CstNode, key: string): CstNode | undefined => nodes(node, key)[0];
const token1 = (node: CstNode, key: string): IToken | undefined => tokens(node, key)[0];

/** Words that are commands in (nearly) every menu: used to split paths of menus the schema does not know. */
const GENERIC_COMMANDS = new Set([
  'add', 'set', 'remove', 'enable', 'disable', 'print', 'export', 'find', 'get', 'edit', 'comment', 'move', 'unset',
  'reset', 'reset-counters', 'monitor', 'flush', 'run', 'import', 'reboot', 'shutdown', 'upgrade', 'install',
  'check-for-updates', 'download', 'save', 'load', 'make-static', 'release', 'renew', 'send', 'clear', 'blink', 'cancel',
]);

export interface ConvertContext {
  readonly schema: Schema;
  readonly levels: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
  /** The current menu, changed by context lines. */
  path: string[];
}

const at = (t: IToken): { line: number; column: number } => ({ line: t.startLine ?? 1, column: t.startColumn ?? 1 });
const loc = (t: IToken) => ({ line: t.startLine ?? 1, column: t.startColumn ?? 1, offset: t.startOffset });

function error(ctx: ConvertContext, t: IToken, message: string): void {
  ctx.diagnostics.push({ severity: 'error', kind: 'syntax', ...at(t), message });
}

export function statementToAst(cst: CstNode, ctx: ConvertContext, enclosing: readonly string[] | null): Statement | null {
  const script = node1(cst, 'scriptCommand');
  if (script) {
    const name = token1(script, 'name')!;
    const args = nodes(script, 'argument').map((a) => argumentToAst(a, ctx, [])).filter((a): a is Arg => a !== null);
    const command: Command = { kind: 'command', path: [], name: name.image, args, loc: loc(token1(script, 'Colon')!) };
    return command;
  }
  return commandLineToAst(node1(cst, 'commandLine')!, ctx, enclosing);
}

/** A leading unnamed argument that is a single bare word (a menu or command name candidate). */
function leadingWord(arg: CstNode): IToken | null {
  const list = node1(arg, 'valueList');
  if (!list || nodes(list, 'value').length !== 1) return null;
  const value = nodes(list, 'value')[0]!;
  if (token1(value, 'Bang')) return null;
  const word = token1(node1(value, 'primary')!, 'AnyWord');
  return word ?? null;
}

function commandLineToAst(cst: CstNode, ctx: ConvertContext, enclosing: readonly string[] | null): Statement | null {
  const slash = token1(cst, 'Slash');
  const args = nodes(cst, 'argument');
  const start = slash ?? firstToken(args[0]!);
  // Leading bare words, with slash-form paths split into their segments.
  const words: { text: string; token: IToken }[] = [];
  let consumed = 0;
  for (const arg of args) {
    const word = leadingWord(arg);
    if (!word) break;
    consumed++;
    for (const part of word.image.split('/')) if (part !== '') words.push({ text: part, token: word });
  }
  const rest = args.slice(consumed);
  const base = slash ? [] : [...(enclosing ?? ctx.path)];

  // Walk menu levels the schema knows.
  const path = [...base];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!.text;
    if (w === '..') {
      path.pop();
      continue;
    }
    if (!ctx.levels.has(menuKey([...path, w]))) break;
    path.push(w);
  }
  let nameIndex = i;
  if (i < words.length && !ctx.schema.menus.get(menuKey(path))?.commands[words[i]!.text]) {
    // The rest of the path is a menu the schema does not know: split at the first generic command word,
    // or take the last leading word as the command when arguments follow.
    const generic = words.findIndex((w, k) => k >= i && GENERIC_COMMANDS.has(w.text));
    if (generic >= 0) nameIndex = generic;
    else if (rest.length > 0) nameIndex = words.length - 1;
    else nameIndex = words.length;
    for (let k = i; k < nameIndex; k++) path.push(words[k]!.text);
  }
  if (nameIndex >= words.length) {
    if (rest.length > 0) {
      error(ctx, firstToken(rest[0]!), enclosing ? 'expected a command name' : `expected a command name before ${describe(rest[0]!)}`);
      return null;
    }
    if (enclosing) {
      error(ctx, start, 'expected a command inside `[ ]`');
      return null;
    }
    ctx.path = path;
    return { kind: 'navigate', path, loc: loc(start) };
  }
  const nameWord = words[nameIndex]!;
  const outArgs: Arg[] = [];
  for (const w of words.slice(nameIndex + 1)) outArgs.push({ kind: 'positional', value: classifyBare(w.text), loc: loc(w.token) });
  for (const arg of rest) {
    const converted = argumentToAst(arg, ctx, path);
    if (converted) outArgs.push(converted);
  }
  return { kind: 'command', path, name: nameWord.text, args: outArgs, loc: loc(start) };
}

function describe(arg: CstNode): string {
  const t = firstToken(arg);
  return '`' + t.image.slice(0, 40) + '`';
}

export function firstToken(node: CstNode): IToken {
  let best: IToken | undefined;
  for (const list of Object.values(node.children)) {
    for (const item of list) {
      const t = 'image' in item ? item : firstToken(item);
      if (!best || t.startOffset < best.startOffset) best = t;
    }
  }
  return best!;
}

function argumentToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Arg | null {
  const namedArg = node1(cst, 'namedArg');
  if (namedArg) {
    const name = token1(namedArg, 'name')!;
    const equals = token1(namedArg, 'Equals')!;
    if (equals.startOffset !== name.endOffset! + 1) error(ctx, equals, `no space is allowed between \`${name.image}\` and \`=\``);
    const list = node1(namedArg, 'valueList');
    return { kind: 'named', name: name.image, value: list ? valueListToAst(list, ctx, path) : null, loc: loc(name) };
  }
  const where = node1(cst, 'whereClause');
  if (where) {
    const expression = orToAst(node1(where, 'orExpression')!, ctx, path);
    return { kind: 'named', name: 'where', value: { kind: 'expression', expression }, loc: loc(token1(where, 'Where')!) };
  }
  const unset = node1(cst, 'unsetArg');
  if (unset) return { kind: 'unset', name: token1(unset, 'name')!.image, loc: loc(token1(unset, 'Bang')!) };
  const list = node1(cst, 'valueList')!;
  return { kind: 'positional', value: valueListToAst(list, ctx, path), loc: loc(firstToken(list)) };
}

function valueListToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Value {
  const values = nodes(cst, 'value').map((v) => valueToAst(v, ctx, path));
  return values.length === 1 ? values[0]! : { kind: 'list', items: values };
}

function valueToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Value {
  const inner = primaryToAst(node1(cst, 'primary')!, ctx, path);
  return token1(cst, 'Bang') ? { kind: 'negated', value: inner } : inner;
}

function primaryToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Value {
  const str = token1(cst, 'StringLiteral');
  if (str) return stringToAst(str, ctx);
  const word = token1(cst, 'AnyWord');
  if (word) return classifyBare(word.image);
  const variable = token1(cst, 'Variable');
  if (variable) return variableToAst(variable, ctx);
  const sub = node1(cst, 'substitution');
  if (sub) return substitutionToAst(sub, ctx, path);
  const group = node1(cst, 'group')!;
  return { kind: 'expression', expression: orToAst(node1(group, 'orExpression')!, ctx, path) };
}

function stringToAst(t: IToken, ctx: ConvertContext): Value {
  const { value, errors } = unescapeString(t.image.slice(1, -1));
  for (const e of errors) {
    const before = t.image.slice(0, e.offset + 1);
    const lines = before.split(/\r\n|\r|\n/);
    const line = (t.startLine ?? 1) + lines.length - 1;
    const column = lines.length === 1 ? (t.startColumn ?? 1) + e.offset + 1 : lines[lines.length - 1]!.length + 1;
    ctx.diagnostics.push({ severity: 'error', kind: 'syntax', line, column, message: e.message });
  }
  return { kind: 'string', value };
}

function variableToAst(t: IToken, ctx: ConvertContext): Value {
  const raw = t.image.slice(1);
  if (!raw.startsWith('"')) return { kind: 'variable', name: raw };
  return { kind: 'variable', name: (stringToAst({ ...t, image: raw }, ctx) as { value: string }).value };
}

function substitutionToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Value {
  const open = token1(cst, 'LBracket')!;
  const statement = node1(cst, 'statement');
  const inner = statement ? statementToAst(statement, ctx, path) : null;
  if (!statement) error(ctx, open, 'empty `[ ]`: expected a command');
  if (inner?.kind === 'command') return { kind: 'substitution', command: inner };
  // Keep the tree well-formed after an error; the diagnostic already says what is wrong.
  return { kind: 'substitution', command: { kind: 'command', path: [...path], name: 'find', args: [] } };
}

function orToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Expression {
  return chain(nodes(cst, 'operands').map((n) => andToAst(n, ctx, path)), 'or');
}

function andToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Expression {
  return chain(nodes(cst, 'operands').map((n) => notToAst(n, ctx, path)), 'and');
}

function chain(operands: Expression[], operator: 'and' | 'or'): Expression {
  return operands.reduce((left, right) => ({ kind: 'binary', operator, left, right }));
}

function notToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Expression {
  const inner = node1(cst, 'notExpression');
  if (inner) return { kind: 'unary', operator: '!', operand: notToAst(inner, ctx, path) };
  const comparison = node1(cst, 'comparison')!;
  const operator = token1(comparison, 'operator');
  const left = operandToAst(node1(comparison, 'left')!, ctx, path, true);
  if (!operator) return left;
  const right = operandToAst(node1(comparison, 'right')!, ctx, path, false);
  return { kind: 'binary', operator: operator.image as BinaryOperator, left, right };
}

function operandToAst(cst: CstNode, ctx: ConvertContext, path: readonly string[], isLeft: boolean): Expression {
  const group = node1(cst, 'group');
  if (group) return { kind: 'group', expression: orToAst(node1(group, 'orExpression')!, ctx, path) };
  const sub = node1(cst, 'substitution');
  if (sub) return { kind: 'value', value: substitutionToAst(sub, ctx, path) };
  const variable = token1(cst, 'Variable');
  if (variable) return { kind: 'value', value: variableToAst(variable, ctx) };
  const items = [...tokens(cst, 'StringLiteral'), ...tokens(cst, 'Word')].sort((a, b) => a.startOffset - b.startOffset);
  if (items.length === 1 && isLeft && items[0]!.tokenType.name === 'Word') return { kind: 'field', name: items[0]!.image };
  const values = items.map((t) => (t.tokenType.name === 'Word' ? classifyBare(t.image) : stringToAst(t, ctx)));
  return { kind: 'value', value: values.length === 1 ? values[0]! : { kind: 'list', items: values } };
}
