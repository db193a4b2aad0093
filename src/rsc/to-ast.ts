/**
 * CST → AST. This is where a command line's leading words are split into the
 * menu path, the command name and unnamed arguments, using the schema's menu
 * levels; where the current menu (set by context lines such as
 * `/ip firewall filter`) is applied to relative commands; where `{ }` becomes
 * a block or an array depending on where it stands; where operator
 * precedence is applied; and where code held in strings (`on-event="..."`)
 * is parsed as a script of its own.
 */
import type { CstNode, IToken } from 'chevrotain';
import { classifyBare } from '../ast/classify.js';
import type {
  Arg, ArrayItem, ArrayValue, BinaryOperator, Block, Call, Command, Expression, InterpolationPart, Script, SourceLocation,
  Statement, Value,
} from '../ast/nodes.js';
import { menuKey, type Schema } from '../../grammar/routeros/index.js';
import type { Diagnostic } from './diagnostics.js';
import {
  BINARY_TOKENS, COMMAND_MODE_COMMA_PRECEDENCE, PRECEDENCE, PREFIX_TOKENS, RELATIONAL,
} from './operators.js';
import { unescapeString } from './strings.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const kids = (node: CstNode): Children => node.children as Children;
const nodes = (node: CstNode, key: string): CstNode[] => (kids(node)[key] ?? []) as CstNode[];
const tokens = (node: CstNode, key: string): IToken[] => (kids(node)[key] ?? []) as IToken[];
const node1 = (node: CstNode, key: string): CstNode | undefined => kids(node)[key]?.[0] as CstNode | undefined;
const token1 = (node: CstNode, key: string): IToken | undefined => kids(node)[key]?.[0] as IToken | undefined;
const isToken = (x: CstNode | IToken): x is IToken => 'image' in x;

/** Words that are commands in (nearly) every menu: used to split paths of menus the schema does not know. */
const GENERIC_COMMANDS = new Set([
  'add', 'set', 'remove', 'enable', 'disable', 'print', 'export', 'find', 'get', 'edit', 'comment', 'move', 'unset',
  'reset', 'reset-counters', 'monitor', 'flush', 'run', 'import', 'reboot', 'shutdown', 'upgrade', 'install',
  'check-for-updates', 'download', 'save', 'load', 'make-static', 'release', 'renew', 'send', 'clear', 'blink', 'cancel',
]);

/**
 * The global script commands (`:put`, `:local`...), from the RouterOS 7.24
 * command tree's root. At the root menu they may be written without `:`.
 */
export const SCRIPT_COMMANDS: ReadonlySet<string> = new Set([
  'local', 'global', 'set', 'if', 'do', 'while', 'for', 'foreach', 'put', 'delay', 'return', 'error', 'onerror', 'retry',
  'parse', 'execute', 'len', 'pick', 'find', 'typeof', 'tostr', 'tonum', 'toip', 'toip6', 'toid', 'tobool', 'toarray',
  'totime', 'tonsec', 'tocrlf', 'tolf', 'serialize', 'deserialize', 'convert', 'jobname', 'beep', 'resolve', 'time',
  'timestamp', 'rndnum', 'rndstr', 'range', 'grep', 'lock', 'nothing', 'break', 'continue', 'exit', 'log', 'environment',
]);

/**
 * How many unnamed arguments a script command takes (manual: Scripting,
 * Global commands). More is an error, as on the device: this is what makes
 * `:local x 2 # c` fail there.
 */
const SCRIPT_ARITY: Readonly<Record<string, number>> = {
  local: 2, global: 2, set: 2, put: 1, delay: 1, return: 1, error: 1, if: 1, while: 1, do: 1, for: 1, foreach: 1,
  onerror: 1, parse: 1, execute: 1, len: 1, typeof: 1, tostr: 1, tonum: 1, toip: 1, toip6: 1, toid: 1, tobool: 1,
  toarray: 1, totime: 1, tonsec: 1, tocrlf: 1, tolf: 1, pick: 3, find: 3, break: 0, continue: 0, nothing: 0, exit: 0,
  log: 2, resolve: 1, time: 1, jobname: 0, beep: 0, rndnum: 0, rndstr: 0, timestamp: 0, retry: 0,
};

/** Arguments of script commands whose `{ }` is code, not an array. */
const BLOCK_ARGS = new Set(['do', 'else', 'on-error', 'command']);

/**
 * Menu properties that hold code, and the menus they hold it in (null: any
 * menu). Manual: Scripting, Scheduler, Netwatch, DHCP, PPP, VRRP, HotSpot.
 */
const CODE_PROPERTIES: ReadonlyMap<string, ReadonlySet<string> | null> = new Map<string, ReadonlySet<string> | null>([
  ['on-event', null],
  ['source', new Set(['/system/script'])],
  ['up-script', null],
  ['down-script', null],
  ['test-script', null],
  ['lease-script', null],
  ['on-up', null],
  ['on-down', null],
  ['on-master', null],
  ['on-backup', null],
  ['on-fail', null],
  ['on-login', null],
  ['on-logout', null],
  ['on-error', null],
  ['script', new Set(['/ip/dhcp-client', '/ipv6/dhcp-client'])],
]);

/** Diagnostics are reported at positions of the outermost text. */
export interface TextPositions {
  at(offset: number): SourceLocation;
}

export interface ConvertContext {
  readonly schema: Schema;
  readonly levels: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
  /** The current menu, changed by context lines. */
  path: string[];
  readonly positions: TextPositions;
  /** null for the outermost text; for code held in a string, maps its offsets to the outermost text's. */
  readonly toRoot: ((offset: number) => number) | null;
  /** How many strings deep this code is held. */
  readonly embedding: number;
  /** Parses code held in a string; its diagnostics are added to this context's. */
  readonly parseEmbedded: (code: string, toRoot: (offset: number) => number, embedding: number, label: string) => { script: Script; errors: number };
}

/** Scripts held in strings deeper than this are left as strings (with a warning). */
const MAX_EMBEDDING = 8;

/** What the arguments being converted belong to. */
interface Holder {
  /** Menu of a menu command; [] for script commands and calls. */
  readonly path: readonly string[];
  readonly name: string;
  readonly kind: 'menu' | 'script' | 'call';
  /** Menu that relative commands in `[ ]` use. */
  readonly sub: readonly string[];
}

/** Where a single value stands: how to read `{ }` and strings there. */
interface Slot {
  readonly braces: 'block' | 'array' | 'menu-array';
  /** The menu blocks start in. */
  readonly blockPath: readonly string[];
  /** For code held in a string: how to name the place in messages (`on-event=`). */
  readonly code: string | null;
}

const ARRAY_SLOT: Slot = { braces: 'array', blockPath: [], code: null };

function loc(ctx: ConvertContext, t: IToken): SourceLocation {
  if (ctx.toRoot === null) return { line: t.startLine ?? 1, column: t.startColumn ?? 1, offset: t.startOffset };
  return ctx.positions.at(ctx.toRoot(t.startOffset));
}

function locAt(ctx: ConvertContext, offset: number): SourceLocation {
  return ctx.positions.at(ctx.toRoot === null ? offset : ctx.toRoot(offset));
}

function error(ctx: ConvertContext, t: IToken, message: string): void {
  const at = loc(ctx, t);
  ctx.diagnostics.push({ severity: 'error', kind: 'syntax', line: at.line, column: at.column, message });
}

function errorAt(ctx: ConvertContext, at: SourceLocation, message: string, severity: Diagnostic['severity'] = 'error'): void {
  ctx.diagnostics.push({ severity, kind: 'syntax', line: at.line, column: at.column, message });
}

/** The first token of a CST node: the earliest of the first items of its children. */
export function firstToken(node: CstNode): IToken {
  let best: IToken | undefined;
  for (const key in node.children) {
    const item = node.children[key]![0];
    if (item === undefined) continue;
    const t = isToken(item) ? item : firstToken(item);
    if (!best || t.startOffset < best.startOffset) best = t;
  }
  return best!;
}

const quoteText = (t: IToken): string => '`' + t.image.slice(0, 40) + '`';

// ---------------------------------------------------------------------------
// Statements

export function statementToAst(cst: CstNode, ctx: ConvertContext, enclosing: readonly string[] | null): Statement | null {
  const children = kids(cst);
  if (children.braces) {
    const braces = children.braces[0] as CstNode;
    if (enclosing) {
      error(ctx, token1(braces, 'LBrace')!, 'expected a command inside `[ ]`, found a block');
      return null;
    }
    return bracesToBlock(braces, ctx, ctx.path);
  }
  if (children.scriptCommand) return scriptCommandToAst(children.scriptCommand[0] as CstNode, ctx, enclosing);
  if (children.call) return callToAst(children.call[0] as CstNode, ctx, enclosing);
  return commandLineToAst(children.commandLine![0] as CstNode, ctx, enclosing);
}

function scriptCommandToAst(cst: CstNode, ctx: ConvertContext, enclosing: readonly string[] | null): Command {
  const colon = token1(cst, 'Colon')!;
  const name = token1(cst, 'name')!;
  if (name.startOffset !== colon.startOffset + 1) error(ctx, name, `no space is allowed between \`:\` and \`${name.image}\``);
  const holder: Holder = { path: [], name: name.image, kind: 'script', sub: enclosing ?? ctx.path };
  const args = argumentsToAst(nodes(cst, 'argument'), ctx, holder, []);
  return { kind: 'command', path: [], name: name.image, args, loc: loc(ctx, colon) };
}

function callToAst(cst: CstNode, ctx: ConvertContext, enclosing: readonly string[] | null): Call {
  const sub = enclosing ?? ctx.path;
  const variable = token1(cst, 'Variable');
  let callee: Value;
  let start: IToken;
  if (variable) {
    callee = variableToAst(variable, ctx);
    start = variable;
  } else if (node1(cst, 'substitution')) {
    const substitution = node1(cst, 'substitution')!;
    callee = substitutionToAst(substitution, ctx, sub);
    start = token1(substitution, 'LBracket')!;
  } else {
    const group = node1(cst, 'group')!;
    callee = { kind: 'expression', expression: expressionToAst(node1(group, 'expression')!, ctx, sub, 'expression') };
    start = token1(group, 'LParen')!;
  }
  const holder: Holder = { path: [], name: '', kind: 'call', sub };
  return { kind: 'call', callee, args: argumentsToAst(nodes(cst, 'argument'), ctx, holder, []), loc: loc(ctx, start) };
}

/** A leading unnamed argument that is a single bare word (a menu or command name candidate). */
function leadingWord(arg: CstNode): IToken | null {
  const list = node1(arg, 'valueList');
  if (!list) return null;
  const values = nodes(list, 'value');
  if (values.length !== 1) return null;
  const value = values[0]!;
  if (token1(value, 'Bang')) return null;
  return token1(node1(value, 'operand')!, 'AnyWord') ?? null;
}

interface PathWord {
  readonly text: string;
  readonly token: IToken;
  /** The whole word (not a segment of a slash path). */
  readonly whole: boolean;
}

function commandLineToAst(cst: CstNode, ctx: ConvertContext, enclosing: readonly string[] | null): Statement | null {
  const slash = token1(cst, 'Slash');
  const args = nodes(cst, 'argument');
  const start = slash ?? firstToken(args[0]!);
  // Leading bare words, with slash-form paths (`ip/address/add`) split into their segments.
  const words: PathWord[] = [];
  let consumed = 0;
  for (const arg of args) {
    const word = leadingWord(arg);
    if (!word) break;
    consumed++;
    if (word.image.includes('/') && classifyBare(word.image).kind === 'word') {
      for (const part of word.image.split('/')) if (part !== '') words.push({ text: part, token: word, whole: false });
    } else words.push({ text: word.image, token: word, whole: true });
  }
  const rest = args.slice(consumed);
  const base = slash ? [] : [...(enclosing ?? ctx.path)];

  // Walk the menu levels the schema knows.
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
    if (path.length === 0 && SCRIPT_COMMANDS.has(words[i]!.text)) {
      // `put "x"` at the root: a script command written without `:`.
      nameIndex = i;
    } else {
      // The rest of the path is a menu the schema does not know: split at the first generic command word,
      // or take the last leading word as the command when arguments follow.
      const generic = words.findIndex((w, k) => k >= i && GENERIC_COMMANDS.has(w.text));
      if (generic >= 0) nameIndex = generic;
      else if (rest.length > 0) nameIndex = words.length - 1;
      else nameIndex = words.length;
      for (let k = i; k < nameIndex; k++) path.push(words[k]!.text);
    }
  }
  if (nameIndex >= words.length) {
    if (rest.length > 0) {
      error(ctx, firstToken(rest[0]!), enclosing ? 'expected a command name' : `expected a command name before ${quoteText(firstToken(rest[0]!))}`);
      return null;
    }
    if (enclosing) {
      error(ctx, start, 'expected a command inside `[ ]`');
      return null;
    }
    ctx.path = path;
    return { kind: 'navigate', path, loc: loc(ctx, start) };
  }
  const name = words[nameIndex]!.text;
  const isScript = path.length === 0 && SCRIPT_COMMANDS.has(name);
  const holder: Holder = { path, name, kind: isScript ? 'script' : 'menu', sub: isScript ? (enclosing ?? ctx.path) : path };
  const leading: Positioned[] = words.slice(nameIndex + 1).map((w) => ({
    arg: { kind: 'positional', value: classifyBare(w.text), loc: loc(ctx, w.token) },
    token: w.token,
  }));
  const outArgs = argumentsToAst(rest, ctx, holder, leading);
  return { kind: 'command', path, name, args: outArgs, loc: loc(ctx, start) };
}

/**
 * `#` after a complete command is not a comment on RouterOS: it is an extra
 * argument, which the device rejects (`:local x 2 # c`). Menu commands report
 * it for `#` words; script commands for any argument past their arity.
 */
function checkExtraArguments(ctx: ConvertContext, holder: Holder, args: readonly Positioned[]): void {
  const arity = holder.kind === 'script' ? SCRIPT_ARITY[holder.name] : undefined;
  let index = 0;
  for (const { arg, token } of args) {
    if (arg.kind !== 'positional') continue;
    const comment = token.image.startsWith('#');
    if (arity !== undefined && index >= arity) {
      const hint = comment ? ' (a comment can only start where a command can: put it on its own line)' : '';
      error(ctx, token, `unexpected ${quoteText(token)}: expected the end of the command${hint}`);
      return;
    }
    if (holder.kind === 'menu' && comment) {
      error(ctx, token, `unexpected ${quoteText(token)}: a comment can only start where a command can; put it on its own line`);
      return;
    }
    index++;
  }
}

// ---------------------------------------------------------------------------
// Arguments

/** An argument and its first token (for messages). */
interface Positioned {
  readonly arg: Arg;
  readonly token: IToken;
}

function argumentsToAst(csts: readonly CstNode[], ctx: ConvertContext, holder: Holder, leading: Positioned[]): Arg[] {
  const all = leading;
  let positional = leading.length;
  for (const cst of csts) {
    const arg = argumentToAst(cst, ctx, holder, positional);
    if (arg.kind === 'positional') positional++;
    all.push({ arg, token: firstToken(cst) });
  }
  if (holder.kind !== 'call') checkExtraArguments(ctx, holder, all);
  return all.map((p) => p.arg);
}

function argumentToAst(cst: CstNode, ctx: ConvertContext, holder: Holder, positionalIndex: number): Arg {
  const children = kids(cst);
  if (children.namedArg) {
    const namedArg = children.namedArg[0] as CstNode;
    const name = token1(namedArg, 'name')!;
    const equals = token1(namedArg, 'Equals')!;
    if (equals.startOffset !== name.startOffset + name.image.length) error(ctx, equals, `no space is allowed between \`${name.image}\` and \`=\``);
    const list = node1(namedArg, 'valueList');
    const slot = slotOf(ctx, holder, name.image, positionalIndex);
    return { kind: 'named', name: name.image, value: list ? valueListToAst(list, ctx, holder.sub, slot) : null, loc: loc(ctx, name) };
  }
  if (children.whereClause) {
    const where = children.whereClause[0] as CstNode;
    const expression = expressionToAst(node1(where, 'expression')!, ctx, holder.sub, 'command');
    return { kind: 'named', name: 'where', value: { kind: 'expression', expression }, loc: loc(ctx, token1(where, 'Where')!) };
  }
  if (children.unsetArg) {
    const unset = children.unsetArg[0] as CstNode;
    return { kind: 'unset', name: token1(unset, 'name')!.image, loc: loc(ctx, token1(unset, 'Bang')!) };
  }
  const list = children.valueList![0] as CstNode;
  const first = firstToken(list);
  const value = valueListToAst(list, ctx, holder.sub, slotOf(ctx, holder, null, positionalIndex));
  return { kind: 'positional', value, loc: loc(ctx, first) };
}

function slotOf(ctx: ConvertContext, holder: Holder, name: string | null, positionalIndex: number): Slot {
  switch (holder.kind) {
    case 'script': {
      const block = name === null
        ? holder.name === 'do' && positionalIndex === 0
        : BLOCK_ARGS.has(name) || (name === 'in' && holder.name === 'onerror');
      const code = (name === null && positionalIndex === 0 && (holder.name === 'parse' || holder.name === 'execute'))
        || (name === 'script' && holder.name === 'execute') || name === 'on-error';
      return { braces: block ? 'block' : 'array', blockPath: ctx.path, code: code ? (name === null ? `:${holder.name}` : `${name}=`) : null };
    }
    case 'menu': {
      if (name === null) return { braces: 'menu-array', blockPath: [], code: null };
      const menus = CODE_PROPERTIES.get(name);
      const code = menus !== undefined && (menus === null || menus.has(menuKey(holder.path)));
      return { braces: code ? 'block' : 'menu-array', blockPath: [], code: code ? `${name}=` : null };
    }
    default:
      return ARRAY_SLOT;
  }
}

// ---------------------------------------------------------------------------
// Values

function valueListToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[], slot: Slot): Value {
  const values = nodes(cst, 'value');
  if (values.length === 1) return valueToAst(values[0]!, ctx, sub, slot);
  const listSlot: Slot = slot.braces === 'menu-array' ? { braces: 'menu-array', blockPath: [], code: null } : ARRAY_SLOT;
  return { kind: 'list', items: values.map((v) => valueToAst(v, ctx, sub, listSlot)) };
}

function valueToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[], slot: Slot): Value {
  const inner = operandToValue(node1(cst, 'operand')!, ctx, sub, slot);
  return token1(cst, 'Bang') ? { kind: 'negated', value: inner } : inner;
}

function operandToValue(cst: CstNode, ctx: ConvertContext, sub: readonly string[], slot: Slot): Value {
  const children = kids(cst);
  if (children.StringLiteral) return stringToAst(children.StringLiteral[0] as IToken, ctx, slot.code);
  if (children.AnyWord) return classifyBare((children.AnyWord[0] as IToken).image);
  if (children.Variable) return variableToAst(children.Variable[0] as IToken, ctx);
  if (children.stringTemplate) return templateToAst(children.stringTemplate[0] as CstNode, ctx, sub);
  if (children.substitution) return substitutionToAst(children.substitution[0] as CstNode, ctx, sub);
  if (children.group) {
    const group = children.group[0] as CstNode;
    return { kind: 'expression', expression: expressionToAst(node1(group, 'expression')!, ctx, sub, 'expression') };
  }
  const braces = children.braces![0] as CstNode;
  if (slot.braces === 'block') return bracesToBlock(braces, ctx, slot.blockPath);
  if (slot.braces === 'menu-array') {
    error(ctx, token1(braces, 'LBrace')!, 'RouterOS does not accept an array `{...}` as a value of a menu command; write a comma list (`a,b`)');
  }
  return bracesToArray(braces, ctx, sub);
}

function stringToAst(t: IToken, ctx: ConvertContext, code: string | null): Value {
  const body = t.image.slice(1, -1);
  const { value, errors, map } = unescapeString(body, code !== null);
  for (const e of errors) errorAt(ctx, locAt(ctx, t.startOffset + 1 + e.offset), e.message);
  if (code === null || errors.length > 0 || !map) return { kind: 'string', value };
  if (ctx.embedding >= MAX_EMBEDDING) {
    errorAt(ctx, loc(ctx, t), `the script in ${code} is held in strings more than ${MAX_EMBEDDING} levels deep; it is not checked`, 'warning');
    return { kind: 'string', value };
  }
  const outer = ctx.toRoot;
  const start = t.startOffset + 1;
  const toRoot = (offset: number): number => {
    const local = start + (map[offset] ?? map[map.length - 1]!);
    return outer === null ? local : outer(local);
  };
  const nested = ctx.parseEmbedded(value, toRoot, ctx.embedding + 1, code);
  return nested.errors === 0 ? { kind: 'string', value, script: nested.script } : { kind: 'string', value };
}

function variableToAst(t: IToken, ctx: ConvertContext): Value {
  const raw = t.image.slice(1);
  if (!raw.startsWith('"')) return { kind: 'variable', name: raw };
  const { value, errors } = unescapeString(raw.slice(1, -1));
  for (const e of errors) errorAt(ctx, locAt(ctx, t.startOffset + 2 + e.offset), e.message);
  return { kind: 'variable', name: value };
}

/** `"up $n since $[:put 1] ($($a + 1))"` → text and computed parts. */
function templateToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): Value {
  const parts: InterpolationPart[] = [];
  let raw = '';
  let rawStart = -1;
  const flush = (): void => {
    if (rawStart < 0) return;
    const { value, errors } = unescapeString(raw);
    for (const e of errors) errorAt(ctx, locAt(ctx, rawStart + e.offset), e.message);
    if (value !== '') parts.push({ kind: 'text', text: value });
    raw = '';
    rawStart = -1;
  };
  for (const part of kids(cst).part ?? []) {
    if (isToken(part)) {
      if (part.tokenType.name === 'Variable') {
        flush();
        parts.push(variableToAst(part, ctx) as InterpolationPart);
        continue;
      }
      if (rawStart < 0) rawStart = part.startOffset;
      raw += part.image;
      continue;
    }
    flush();
    if (part.name === 'interpolatedCommand') {
      const open = token1(part, 'InterpolationCommand')!;
      const statement = node1(part, 'statement');
      const value = statement ? commandInBrackets(statement, ctx, sub, open) : emptyBrackets(ctx, open, sub);
      parts.push(value.kind === 'call' ? value : value as InterpolationPart);
    } else {
      parts.push({ kind: 'expression', expression: expressionToAst(node1(part, 'expression')!, ctx, sub, 'expression') });
    }
  }
  flush();
  if (parts.every((p) => p.kind === 'text')) return { kind: 'string', value: parts.map((p) => (p.kind === 'text' ? p.text : '')).join('') };
  return { kind: 'interpolated', parts, loc: loc(ctx, token1(cst, 'StringStart')!) };
}

function substitutionToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): Value {
  const open = token1(cst, 'LBracket')!;
  const statement = node1(cst, 'statement');
  return statement ? commandInBrackets(statement, ctx, sub, open) : emptyBrackets(ctx, open, sub);
}

/** The command (or call) in `[ ]` / `$[ ]`; relative commands use the enclosing command's menu. */
function commandInBrackets(cst: CstNode, ctx: ConvertContext, sub: readonly string[], open: IToken): Value & (InterpolationPart | Call) {
  const inner = statementToAst(cst, ctx, sub);
  if (inner?.kind === 'command') return { kind: 'substitution', command: inner };
  if (inner?.kind === 'call') return inner;
  // Keep the tree well-formed after an error; the diagnostic already says what is wrong.
  return { kind: 'substitution', command: { kind: 'command', path: [...sub], name: 'find', args: [], loc: loc(ctx, open) } };
}

function emptyBrackets(ctx: ConvertContext, open: IToken, sub: readonly string[]): Value & InterpolationPart {
  error(ctx, open, `empty \`${open.image}]\`: expected a command`);
  return { kind: 'substitution', command: { kind: 'command', path: [...sub], name: 'find', args: [], loc: loc(ctx, open) } };
}

// ---------------------------------------------------------------------------
// Blocks and arrays

function bracesToBlock(cst: CstNode, ctx: ConvertContext, path: readonly string[]): Block {
  const open = token1(cst, 'LBrace')!;
  const saved = ctx.path;
  ctx.path = [...path];
  const statements: Statement[] = [];
  for (const s of nodes(cst, 'statement')) {
    const statement = statementToAst(s, ctx, null);
    if (statement) statements.push(statement);
  }
  ctx.path = saved;
  checkSeparators(cst, ctx, 'a command');
  return { kind: 'block', statements, loc: loc(ctx, open) };
}

/** Two statements in `{ }` need `;` or a line end between them. */
function checkSeparators(cst: CstNode, ctx: ConvertContext, what: string): void {
  const statements = nodes(cst, 'statement');
  if (statements.length < 2) return;
  const separators = tokens(cst, 'separator');
  let s = 0;
  for (let i = 1; i < statements.length; i++) {
    const previous = firstToken(statements[i - 1]!).startOffset;
    const next = firstToken(statements[i]!);
    while (s < separators.length && separators[s]!.startOffset < previous) s++;
    if (s >= separators.length || separators[s]!.startOffset > next.startOffset) {
      error(ctx, next, `unexpected ${quoteText(next)}: expected \`;\` or a line end before ${what}`);
    }
  }
}

function bracesToArray(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): ArrayValue {
  const open = token1(cst, 'LBrace')!;
  const items: ArrayItem[] = [];
  for (const s of nodes(cst, 'statement')) {
    const item = arrayItemToAst(s, ctx, sub);
    if (item) items.push(item);
  }
  checkSeparators(cst, ctx, 'the next item');
  return { kind: 'array', items, loc: loc(ctx, open) };
}

/** An array item is read as a statement by the grammar: `1`, `"x"`, `a=1`, `$x`, `[...]`, `(...)`, `{...}`. */
function arrayItemToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): ArrayItem | null {
  const children = kids(cst);
  if (children.braces) {
    const braces = children.braces[0] as CstNode;
    return { key: null, value: bracesToArray(braces, ctx, sub), loc: loc(ctx, token1(braces, 'LBrace')!) };
  }
  if (children.scriptCommand) {
    const colon = token1(children.scriptCommand[0] as CstNode, 'Colon')!;
    error(ctx, colon, 'expected a value in the array, found a command (an array `{...}` holds values; `do={...}` holds code)');
    return null;
  }
  if (children.call) {
    const call = callToAst(children.call[0] as CstNode, ctx, sub);
    if (call.args.length > 0) {
      errorAt(ctx, call.args[0]!.loc ?? call.loc!, 'expected `;` between array items');
      return null;
    }
    return { key: null, value: call.callee, loc: call.loc! };
  }
  const line = children.commandLine![0] as CstNode;
  const slash = token1(line, 'Slash');
  if (slash) {
    error(ctx, slash, 'expected a value in the array, found a command');
    return null;
  }
  const args = nodes(line, 'argument');
  if (args.length > 1) {
    error(ctx, firstToken(args[1]!), `unexpected ${quoteText(firstToken(args[1]!))}: expected \`;\` between array items`);
    return null;
  }
  const arg = kids(args[0]!);
  if (arg.namedArg) {
    const namedArg = arg.namedArg[0] as CstNode;
    const name = token1(namedArg, 'name')!;
    const equals = token1(namedArg, 'Equals')!;
    if (equals.startOffset !== name.startOffset + name.image.length) error(ctx, equals, `no space is allowed between \`${name.image}\` and \`=\` in an array key`);
    const list = node1(namedArg, 'valueList');
    return { key: name.image, value: list ? valueListToAst(list, ctx, sub, ARRAY_SLOT) : null, loc: loc(ctx, name) };
  }
  if (arg.valueList) {
    const list = arg.valueList[0] as CstNode;
    return { key: null, value: valueListToAst(list, ctx, sub, ARRAY_SLOT), loc: loc(ctx, firstToken(list)) };
  }
  error(ctx, firstToken(args[0]!), `unexpected ${quoteText(firstToken(args[0]!))}: expected a value in the array`);
  return null;
}

// ---------------------------------------------------------------------------
// Expressions

/** Bare words that are values wherever they stand, never property names. */
const LITERAL_WORDS = new Set(['true', 'false', 'yes', 'no']);
/** What can be a property name: `dst-address`, `remote.address`; `10/2` is a value. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.\-]*$/;

/**
 * A flat list of operands and operators → a tree, by RouterOS precedence
 * (shunting-yard: no recursion however long the chain). `mode` is how the
 * words were read: `where` clauses outside `( )` use command words, where
 * `a=1,2` compares with a list.
 */
function expressionToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[], mode: 'command' | 'expression'): Expression {
  const units = nodes(cst, 'units');
  const operators = tokens(cst, 'operators');
  const operands: Expression[] = [unitToAst(units[0]!, ctx, sub)];
  const pending: BinaryOperator[] = [];
  const precedence = (op: BinaryOperator): number => (mode === 'command' && op === ',' ? COMMAND_MODE_COMMA_PRECEDENCE : PRECEDENCE[op]);
  const reduce = (): void => {
    const op = pending.pop()!;
    const right = operands.pop()!;
    const left = operands.pop()!;
    operands.push(binary(op, left, right, mode));
  };
  for (let i = 0; i < operators.length; i++) {
    const op = BINARY_TOKENS[operators[i]!.tokenType.name]!;
    while (pending.length > 0 && precedence(pending[pending.length - 1]!) >= precedence(op)) reduce();
    pending.push(op);
    operands.push(unitToAst(units[i + 1]!, ctx, sub));
  }
  while (pending.length > 0) reduce();
  return operands[0]!;
}

function binary(operator: BinaryOperator, left: Expression, right: Expression, mode: 'command' | 'expression'): Expression {
  // The right side of a comparison (`chain=input`) and a key after `->` are values, not property names.
  if ((RELATIONAL.has(operator) || operator === '->') && right.kind === 'field') right = { kind: 'value', value: { kind: 'word', text: right.name } };
  if (mode === 'command' && operator === ',') {
    const l = asValue(left);
    const r = asValue(right);
    if (l && r) return { kind: 'value', value: { kind: 'list', items: [...(l.kind === 'list' ? l.items : [l]), r] } };
  }
  return { kind: 'binary', operator, left, right };
}

function asValue(e: Expression): Value | null {
  if (e.kind === 'value') return e.value;
  if (e.kind === 'field') return { kind: 'word', text: e.name };
  return null;
}

function unitToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): Expression {
  let expression = operandToExpression(node1(cst, 'operand')!, ctx, sub);
  const prefixes = tokens(cst, 'prefix');
  for (let i = prefixes.length - 1; i >= 0; i--) {
    expression = { kind: 'unary', operator: PREFIX_TOKENS[prefixes[i]!.tokenType.name]!, operand: expression };
  }
  return expression;
}

function operandToExpression(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): Expression {
  const children = kids(cst);
  if (children.group) return { kind: 'group', expression: expressionToAst(node1(children.group[0] as CstNode, 'expression')!, ctx, sub, 'expression') };
  if (children.AnyWord) {
    const text = (children.AnyWord[0] as IToken).image;
    const value = classifyBare(text);
    if (value.kind === 'word' && FIELD_NAME.test(text) && !LITERAL_WORDS.has(text)) return { kind: 'field', name: text };
    return { kind: 'value', value };
  }
  return { kind: 'value', value: operandToValue(cst, ctx, sub, ARRAY_SLOT) };
}
