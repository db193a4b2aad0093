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
import { tokenMatcher } from './chevrotain.js';
import { classifyBare } from '../ast/classify.js';
import type {
  Arg, ArrayItem, ArrayValue, BinaryOperator, Block, Call, Command, Expression, InterpolationPart, Script, SourceLocation,
  Statement, Value,
} from '../ast/nodes.js';
import { menuKey, type Schema } from '../../grammar/routeros/index.js';
import type { Diagnostic } from './diagnostics.js';
import {
  BINARY_TOKENS, COMMAND_MODE_COMMA_PRECEDENCE, COMMAND_MODE_OPERATORS, PRECEDENCE, PREFIX_TOKENS, RELATIONAL,
} from './operators.js';
import { BLOCK_ARGS, BLOCK_POSITIONAL, CODE_PROPERTIES, GENERIC_COMMANDS, ROOT_COMMANDS, SCRIPT_ARITY, SCRIPT_COMMANDS, SCRIPT_FLAGS, SPACED_ARGS } from './language.js';
import { childOf, isCommandOf, treeAt, type MenuTree } from './menus.js';
import { unescapeString } from './strings.js';
import { AnyWord, SlashValue, StringLiteral, Variable } from './tokens.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const kids = (node: CstNode): Children => node.children as Children;
const nodes = (node: CstNode, key: string): CstNode[] => (kids(node)[key] ?? []) as CstNode[];
const tokens = (node: CstNode, key: string): IToken[] => (kids(node)[key] ?? []) as IToken[];
const node1 = (node: CstNode, key: string): CstNode | undefined => kids(node)[key]?.[0] as CstNode | undefined;
const token1 = (node: CstNode, key: string): IToken | undefined => kids(node)[key]?.[0] as IToken | undefined;
const isToken = (x: CstNode | IToken): x is IToken => 'image' in x;

/** Diagnostics are reported at positions of the outermost text. */
export interface TextPositions {
  at(offset: number): SourceLocation;
}

export interface ConvertContext {
  readonly schema: Schema;
  /** The schema's menus as a tree of path segments. */
  readonly menus: MenuTree;
  readonly diagnostics: Diagnostic[];
  /** The current menu, changed by context lines. */
  path: string[];
  readonly positions: TextPositions;
  /** null for the outermost text; for code held in a string, maps its offsets to the outermost text's. */
  readonly toRoot: ((offset: number) => number) | null;
  /** How many strings deep this code is held. */
  readonly embedding: number;
  /** Comments of the text being converted, in order (a comment may not stand inside an array). */
  comments: readonly IToken[];
  /** How many more tokens may be parsed again to find errors inside blocks (see parse.ts). */
  budget: { tokens: number };
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
    // An empty node (`[]`'s commands) has no token.
    const t: IToken | undefined = isToken(item) ? item : firstToken(item);
    if (t && (!best || t.startOffset < best.startOffset)) best = t;
  }
  return best!;
}

const quoteText = (t: IToken): string => '`' + t.image.slice(0, 40) + '`';

// ---------------------------------------------------------------------------
// Arguments as written

/**
 * An argument as written, before its words are typed: read from the CST, or
 * straight from the tokens for the plain command lines that make up most of
 * an `/export` (see `simpleStatement`).
 */
export type RawArg =
  /** `equals` is null for a flow command's argument written without `=` (`else {...}`, `from 1`). */
  | { readonly kind: 'named'; readonly name: IToken; readonly equals: IToken | null; readonly values: readonly RawValue[] | null }
  /** `expression` holds the clause's `units` and `operators`. */
  | { readonly kind: 'where'; readonly where: IToken; readonly expression: CstNode }
  /** `name~"re"`, `name!="x"`, `name<3`: a condition written as an argument. */
  | { readonly kind: 'matcher'; readonly name: IToken; readonly relation: IToken; readonly values: readonly RawValue[] }
  /** `&&` or `||` between conditions written as arguments. */
  | { readonly kind: 'joiner'; readonly token: IToken }
  /** `"aX"=1` (an array key in quotes); `key` is null when what stands before `=` is not one string. */
  | { readonly kind: 'quotedKey'; readonly key: IToken | null; readonly equals: IToken; readonly values: readonly RawValue[] | null }
  | { readonly kind: 'values'; readonly values: readonly RawValue[] };

/**
 * A value as written, maybe after `!`: a token (word, string, variable) or a
 * node (`[...]`, `(...)`, `{...}`, a string with `$` in it).
 */
export interface RawValue {
  readonly bang: IToken | null;
  readonly token: IToken | null;
  readonly node: CstNode | null;
  /** A string with only `$var` in it, read by the fast path: its tokens from `"` to `"`. */
  readonly template?: readonly IToken[];
}

/** A statement the fast path read: `:name args` or `[/] args`. */
export type RawStatement =
  | { readonly kind: 'script'; readonly colon: IToken; readonly name: IToken; readonly args: readonly RawArg[] }
  | { readonly kind: 'line'; readonly slash: IToken | null; readonly args: readonly RawArg[] };

const isWord = (t: IToken): boolean => tokenMatcher(t, AnyWord);

function rawStart(v: RawValue): IToken {
  return v.bang ?? v.token ?? v.template?.[0] ?? firstToken(v.node!);
}

function rawArgStart(a: RawArg): IToken {
  if (a.kind === 'named' || a.kind === 'matcher') return a.name;
  if (a.kind === 'quotedKey') return a.key ?? a.equals;
  if (a.kind === 'where') return a.where;
  if (a.kind === 'joiner') return a.token;
  return rawStart(a.values[0]!);
}

function rawArgs(csts: readonly CstNode[]): RawArg[] {
  return csts.map((cst) => {
    const children = kids(cst);
    if (children.wordArgument) {
      const word = children.wordArgument[0] as CstNode;
      const name = token1(word, 'name')!;
      const equals = token1(word, 'Equals');
      if (equals) {
        const list = node1(word, 'valueList');
        return { kind: 'named', name, equals, values: list ? rawValues(list) : null };
      }
      const relation = token1(word, 'relation');
      if (relation) return { kind: 'matcher', name, relation, values: rawValues(node1(word, 'valueList')!) };
      const first: RawValue = { bang: null, token: name, node: null };
      const rest = nodes(word, 'rest');
      if (rest.length === 0) return { kind: 'values', values: [first] };
      return { kind: 'values', values: [first, ...pairBangs(rest, tokens(word, 'Bang'))] };
    }
    if (children.whereClause) {
      const where = children.whereClause[0] as CstNode;
      return { kind: 'where', where: token1(where, 'Where')!, expression: where };
    }
    if (children.joiner) return { kind: 'joiner', token: children.joiner[0] as IToken };
    const list = children.valueList![0] as CstNode;
    const equals = token1(list, 'keyEquals');
    if (equals) {
      const before = rawValues(list);
      const only = before.length === 1 && !before[0]!.bang ? before[0]!.token : null;
      const value = node1(list, 'keyValue');
      return { kind: 'quotedKey', key: only?.tokenType === StringLiteral ? only : null, equals, values: value ? rawValues(value) : null };
    }
    return { kind: 'values', values: rawValues(list) };
  });
}

function rawValues(list: CstNode): RawValue[] {
  return pairBangs(nodes(list, 'item'), tokens(list, 'Bang'));
}

/** Each item, with the `!` right before it if there is one. */
function pairBangs(items: readonly CstNode[], bangs: readonly IToken[]): RawValue[] {
  let b = 0;
  return items.map((item) => {
    const raw = itemToRaw(item, null);
    const start = rawStart(raw).startOffset;
    // Bangs before this item that belong to no item cannot happen (the grammar puts each before one item).
    if (b < bangs.length && bangs[b]!.startOffset < start) return { ...raw, bang: bangs[b++]! };
    return raw;
  });
}

function itemToRaw(item: CstNode, bang: IToken | null): RawValue {
  for (const key in item.children) {
    const child = item.children[key]![0]!;
    return isToken(child) ? { bang, token: child, node: null } : { bang, token: null, node: child };
  }
  throw new Error('empty value');
}

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
  if (children.scriptCommand) {
    const cmd = children.scriptCommand[0] as CstNode;
    return scriptCommandToAst(token1(cmd, 'Colon')!, token1(cmd, 'name')!, rawArgs(nodes(cmd, 'argument')), ctx, enclosing);
  }
  if (children.call) return callToAst(children.call[0] as CstNode, ctx, enclosing);
  const line = children.commandLine![0] as CstNode;
  return commandLineToAst(token1(line, 'Slash') ?? null, rawArgs(nodes(line, 'argument')), ctx, enclosing);
}

/** A statement the fast path read (see `simpleStatement` in parse.ts). */
export function rawStatementToAst(raw: RawStatement, ctx: ConvertContext): Statement | null {
  if (raw.kind === 'script') return scriptCommandToAst(raw.colon, raw.name, raw.args, ctx, null);
  return commandLineToAst(raw.slash, raw.args, ctx, null);
}

function scriptCommandToAst(colon: IToken, name: IToken, args: readonly RawArg[], ctx: ConvertContext, enclosing: readonly string[] | null): Command {
  if (name.startOffset !== colon.startOffset + 1) error(ctx, name, `no space is allowed between \`:\` and \`${name.image}\``);
  const holder: Holder = { path: [], name: name.image, kind: 'script', sub: enclosing ?? ctx.path };
  return { kind: 'command', path: [], name: name.image, args: argumentsToAst(args, ctx, holder, [], []), loc: loc(ctx, colon) };
}

function callToAst(cst: CstNode, ctx: ConvertContext, enclosing: readonly string[] | null, asArrayItem = false): Call {
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
    callee = { kind: 'expression', expression: groupToAst(group, ctx, sub) };
    start = token1(group, 'LParen')!;
  }
  const comma = token1(cst, 'Comma');
  if (comma && !asArrayItem) error(ctx, comma, 'unexpected `,`: a call takes its arguments after a space');
  const holder: Holder = { path: [], name: '', kind: 'call', sub };
  return { kind: 'call', callee, args: argumentsToAst(rawArgs(nodes(cst, 'argument')), ctx, holder, [], []), loc: loc(ctx, start) };
}

/** `{$a,$b}`: the items after the first, when an array item starts like a call. */
function callRest(cst: CstNode): RawValue[] {
  return pairBangs(nodes(cst, 'rest'), tokens(cst, 'Bang'));
}

/** A leading unnamed argument that is a single bare word (a menu or command name candidate). */
function leadingWord(arg: RawArg): IToken | null {
  if (arg.kind !== 'values' || arg.values.length !== 1) return null;
  const value = arg.values[0]!;
  return value.bang === null && value.token !== null && isWord(value.token) ? value.token : null;
}

/** What a menu or command name looks like (`ip`, `dhcp-server`, `reset-configuration`, `6to4`). */
const MENU_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const KEYWORDS: ReadonlySet<string> = new Set(['where', 'and', 'or', 'in']);

interface PathWord {
  readonly text: string;
  readonly token: IToken;
  /** A whole word, not a segment of a slash-form path. */
  readonly whole: boolean;
}

function commandLineToAst(slash: IToken | null, args: readonly RawArg[], ctx: ConvertContext, enclosing: readonly string[] | null): Statement | null {
  const start = slash ?? rawArgStart(args[0]!);
  // Leading bare words, with slash-form paths (`ip/address/add`) split into their segments.
  const words: PathWord[] = [];
  let consumed = 0;
  for (const arg of args) {
    const word = leadingWord(arg);
    if (!word) break;
    consumed++;
    const image = word.image;
    if (image.includes('/') && classifyBare(image).kind === 'word') {
      for (const part of image.split('/')) if (part !== '') words.push({ text: part, token: word, whole: false });
    } else words.push({ text: image, token: word, whole: true });
  }
  const rest = args.slice(consumed);
  const path = slash ? [] : [...(enclosing ?? ctx.path)];

  // Walk the menu levels the schema knows.
  let node = treeAt(ctx.menus, path);
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!.text;
    if (w === '..') {
      path.pop();
      node = treeAt(ctx.menus, path);
      continue;
    }
    let next = node === undefined ? undefined : childOf(node, w);
    let segment = w;
    if (!next && node !== undefined && !isCommandOf(node, w) && !(path.length === 0 && (SCRIPT_COMMANDS.has(w) || ROOT_COMMANDS.has(w)))) {
      // `/system routerbo print`: RouterOS accepts a menu name cut short while only one menu starts that way.
      const full = abbreviatedChild(node, w);
      if (full !== undefined) {
        segment = full;
        next = node.children.get(full);
        const at = loc(ctx, words[i]!.token);
        ctx.diagnostics.push({ severity: 'warning', kind: 'schema', line: at.line, column: at.column, message: `\`${w}\` is short for the menu \`${full}\` (RouterOS accepts a name cut short while only one name starts that way); write \`${full}\`` });
      }
    }
    if (!next) break;
    path.push(segment);
    node = next;
  }
  let nameIndex = i;
  if (i < words.length && !isCommandOf(node, words[i]!.text)) {
    if (path.length === 0 && (SCRIPT_COMMANDS.has(words[i]!.text) || ROOT_COMMANDS.has(words[i]!.text))) {
      // `put "x"` at the root: a script command written without `:`; `/ping 8.8.8.8`: a root command.
      nameIndex = i;
    } else {
      // The rest of the path is a menu the schema does not know: split at the first generic command word,
      // or take the last leading word as the command when arguments follow.
      let generic = -1;
      for (let k = i; k < words.length; k++) {
        if (GENERIC_COMMANDS.has(words[k]!.text)) {
          generic = k;
          break;
        }
      }
      if (generic >= 0) nameIndex = generic;
      // Inside `[ ]` a command runs (`[/terminal inkey]`): the last word is its name.
      else if (rest.length > 0 || (enclosing !== null && words.length - i >= 2)) nameIndex = words.length - 1;
      else nameIndex = words.length;
      for (let k = i; k < nameIndex; k++) path.push(words[k]!.text);
    }
  }
  // Menu and command names are plain words: `where/system/add`, `::1 x=1` or `or/:global` are not. Every
  // segment of a slash-form path must be one, even past the command name (`if/:`).
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (k > nameIndex && word.whole) continue;
    if (word.text !== '..' && (!MENU_NAME.test(word.text) || KEYWORDS.has(word.text))) {
      error(ctx, word.token, `\`${word.text.slice(0, 40)}\` is not a menu or command name`);
      return null;
    }
  }
  if (nameIndex >= words.length) {
    // `/ip dns static { :put [:len [find]] }`: a block whose commands run in that menu.
    const only = rest.length === 1 ? rest[0]! : null;
    const block = only?.kind === 'values' && only.values.length === 1 ? only.values[0]! : null;
    if (block && !block.bang && block.node?.name === 'braces' && !enclosing) return bracesToBlock(block.node, ctx, path);
    if (rest.length > 0) {
      const first = rawArgStart(rest[0]!);
      error(ctx, first, enclosing ? 'expected a command name' : `expected a command name before ${quoteText(first)}`);
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
  const leading: Arg[] = [];
  const leadingTokens: IToken[] = [];
  for (let k = nameIndex + 1; k < words.length; k++) {
    const w = words[k]!;
    leading.push({ kind: 'positional', value: classifyBare(w.text), loc: loc(ctx, w.token) });
    leadingTokens.push(w.token);
  }
  return { kind: 'command', path, name, args: argumentsToAst(rest, ctx, holder, leading, leadingTokens), loc: loc(ctx, start) };
}

/** The one sub-menu of `node` whose name starts with `prefix`, when no command of it does too. */
function abbreviatedChild(node: MenuTree, prefix: string): string | undefined {
  let found: string | undefined;
  for (const name of node.children.keys()) {
    if (!name.startsWith(prefix)) continue;
    if (found !== undefined) return undefined;
    found = name;
  }
  if (found === undefined) return undefined;
  for (const command of Object.keys(node.menu?.commands ?? {})) if (command.startsWith(prefix)) return undefined;
  return found;
}

/**
 * `#` after a complete command is not a comment on RouterOS: it is an extra
 * argument, which the device rejects (`:local x 2 # c`). Menu commands report
 * it for `#` words; script commands for any argument past their arity.
 * Returns how many arguments to keep: a comment is left out of the tree.
 */
function checkExtraArguments(ctx: ConvertContext, holder: Holder, args: readonly Arg[], tokenAt: (index: number) => IToken): number {
  const arity = holder.kind === 'script' && Object.hasOwn(SCRIPT_ARITY, holder.name) ? SCRIPT_ARITY[holder.name] : undefined;
  const flags = holder.kind === 'script' && Object.hasOwn(SCRIPT_FLAGS, holder.name) ? SCRIPT_FLAGS[holder.name] : undefined;
  let index = 0;
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    if (arg.kind !== 'positional') continue;
    if (flags && arg.value.kind === 'word' && flags.has(arg.value.text)) continue;
    const comment = (arg.value.kind === 'word' && arg.value.text.startsWith('#')) || (arg.value.kind === 'list' && arg.value.items[0]?.kind === 'word' && arg.value.items[0].text.startsWith('#'));
    if (arity !== undefined && index >= arity) {
      const token = tokenAt(at);
      const hint = comment ? ' (a comment can only start where a command can: put it on its own line)' : '';
      error(ctx, token, `unexpected ${quoteText(token)}: expected the end of the command${hint}`);
      return comment ? at : args.length;
    }
    if (holder.kind === 'menu' && comment) {
      const token = tokenAt(at);
      error(ctx, token, `unexpected ${quoteText(token)}: a comment can only start where a command can; put it on its own line`);
      return at;
    }
    index++;
  }
  return args.length;
}

// ---------------------------------------------------------------------------
// Arguments

/**
 * `else {...}`, `from 1`, `in $x`: a flow command's argument name, bare,
 * followed by a value, is that argument (RouterOS reads `else {` as `else=`).
 */
function joinSpacedArgs(raws: readonly RawArg[], names: ReadonlySet<string>): readonly RawArg[] {
  let out: RawArg[] | null = null;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const next = raws[i + 1];
    const only = raw.kind === 'values' && raw.values.length === 1 ? raw.values[0]! : null;
    if (only && !only.bang && only.token && isWord(only.token) && names.has(only.token.image) && next?.kind === 'values' && !(next.values.length === 1 && next.values[0]!.token && isWord(next.values[0]!.token) && names.has(next.values[0]!.token.image))) {
      out ??= raws.slice(0, i);
      out.push({ kind: 'named', name: only.token, equals: null, values: next.values });
      i++;
      continue;
    }
    out?.push(raw);
  }
  return out ?? raws;
}

/**
 * `:global $x` declares nothing (RouterOS wants the name, not the value), and
 * `:local y($x)` is no name either: both are compile errors on the device.
 */
function checkDeclaredName(raws: readonly RawArg[], ctx: ConvertContext, command: string): void {
  const first = raws[0];
  if (first?.kind !== 'values' || first.values.length !== 1) return;
  const token = first.values[0]!.token;
  if (!token || first.values[0]!.bang) return;
  if (token.tokenType === Variable) {
    const name = token.image.slice(1);
    error(ctx, token, `\`:${command} ${token.image}\` declares nothing: \`:${command}\` takes the variable's name, not its value (\`:${command} ${name}\`)`);
    return;
  }
  const next = raws[1];
  const after = next?.kind === 'values' ? next.values[0]! : null;
  if (isWord(token) && after && !after.bang && after.node?.name === 'group' && rawStart(after).startOffset === token.startOffset + token.image.length) {
    error(ctx, rawStart(after), `\`${token.image}(\` is no variable name: put a space between the name and its value (\`:${command} ${token.image} (...)\`)`);
  }
}

function argumentsToAst(raws: readonly RawArg[], ctx: ConvertContext, holder: Holder, leading: Arg[], leadingTokens: readonly IToken[]): Arg[] {
  if (holder.kind === 'script' && (holder.name === 'local' || holder.name === 'global')) checkDeclaredName(raws, ctx, holder.name);
  const spaced = holder.kind === 'script' && Object.hasOwn(SPACED_ARGS, holder.name) ? SPACED_ARGS[holder.name] : undefined;
  if (spaced) raws = joinSpacedArgs(raws, spaced);
  const all = leading;
  let positional = leading.length;
  const kept: RawArg[] = [];
  // Conditions written as arguments (`find comment~"x" gateway!="y"`, `&&`/`||`/`and`/`or` between them)
  // become one `where` argument.
  let conditions: { parts: Expression[]; ops: BinaryOperator[] } | null = null;
  const groups = new Map<Arg, { parts: Expression[]; ops: BinaryOperator[] }>();
  let joiner: IToken | null = null;
  let dotted: string | null = null;
  for (const raw of raws) {
    if (holder.kind === 'menu' && conditions !== null && joiner === null && isJoinerWord(raw)) {
      joiner = (raw as { values: readonly RawValue[] }).values[0]!.token!;
      continue;
    }
    if (raw.kind === 'joiner' && conditions !== null && joiner === null) {
      joiner = raw.token;
      continue;
    }
    let arg = argumentToAst(raw, ctx, holder, positional, dottedName(raw, dotted));
    let condition = arg !== null && isCondition(raw, arg);
    // `find name~"x" and disabled=no`: after `and`/`&&`, `name=value` is a condition too.
    if (joiner !== null && arg?.kind === 'named' && arg.name !== WHERE_NAME && arg.value !== null) {
      const expression: Expression = { kind: 'binary', operator: '=', left: { kind: 'field', name: arg.name }, right: { kind: 'value', value: arg.value } };
      arg = { kind: 'named', name: WHERE_NAME, value: { kind: 'expression', expression }, ...(arg.loc ? { loc: arg.loc } : {}) };
      condition = true;
    }
    if (joiner !== null && !condition) {
      error(ctx, joiner, `unexpected \`${joiner.image}\`: expected a condition after it`);
      joiner = null;
    }
    if (!arg) continue;
    if (arg.kind === 'named' && arg.name.includes('.') && arg.name !== WHERE_NAME) dotted = arg.name.slice(0, arg.name.lastIndexOf('.'));
    if (holder.kind === 'menu' && condition) {
      const expression = conditionOf(arg)!;
      if (conditions !== null) {
        conditions.parts.push(expression);
        conditions.ops.push(joiner === null ? 'and' : BINARY_TOKENS[joiner.tokenType.name]!);
        joiner = null;
        continue;
      }
      arg = { kind: 'named', name: WHERE_NAME, value: { kind: 'expression', expression }, ...(arg.loc ? { loc: arg.loc } : {}) };
      conditions = { parts: [expression], ops: [] };
      groups.set(arg, conditions);
    }
    if (arg.kind === 'positional') positional++;
    all.push(arg);
    kept.push(raw);
  }
  if (joiner !== null) error(ctx, joiner, `unexpected \`${joiner.image}\`: expected a condition after it`);
  // All conditions of a command are one `where`, which RouterOS reads to the end of the command: it goes last.
  for (let i = 0; i < all.length; i++) {
    const group = groups.get(all[i]!);
    if (!group) continue;
    const [where] = all.splice(i, 1) as [Arg & { kind: 'named' }];
    const [raw] = kept.splice(i - leadingTokens.length, 1);
    all.push(group.ops.length > 0 ? { ...where, value: { kind: 'expression', expression: combine(group.parts, group.ops, 'command') } } : where);
    kept.push(raw!);
    break;
  }
  if (holder.kind === 'call') return all;
  // What the user meant as a comment is reported, and left out of the tree.
  const keep = checkExtraArguments(ctx, holder, all, (i) => (i < leadingTokens.length ? leadingTokens[i]! : rawArgStart(kept[i - leadingTokens.length]!)));
  return keep === all.length ? all : all.slice(0, keep);
}

const WHERE_NAME = 'where';

/** `and`/`or` written between two conditions given as arguments. */
function isJoinerWord(raw: RawArg): boolean {
  if (raw.kind !== 'values' || raw.values.length !== 1) return false;
  const t = raw.values[0]!.token;
  return t !== null && !raw.values[0]!.bang && (t.image === 'and' || t.image === 'or') && isWord(t);
}

/** The condition an argument stands for: `where ...`, `name~"x"`, or `(expression)` given to `find`. */
function conditionOf(arg: Arg): Expression | null {
  if (arg.kind === 'named' && arg.name === WHERE_NAME && arg.value?.kind === 'expression') return arg.value.expression;
  if (arg.kind === 'positional' && arg.value.kind === 'expression') return arg.value.expression;
  return null;
}

function isCondition(raw: RawArg, arg: Arg): boolean {
  if (raw.kind === 'where' || raw.kind === 'matcher') return true;
  // `find (comment="x")`: an expression given to find is its condition.
  return raw.kind === 'values' && arg.kind === 'positional' && arg.value.kind === 'expression' && FIND_LIKE.has(lastHolderName);
}

/** Commands whose unnamed `( )` argument is a condition. */
const FIND_LIKE: ReadonlySet<string> = new Set(['find']);
let lastHolderName = '';

/** `.ssid=lab` after `configuration.mode=ap`: the shorthand `/export` writes for `configuration.ssid=lab`. */
function dottedName(raw: RawArg, previous: string | null): string | null {
  if (raw.kind !== 'named' || !raw.name.image.startsWith('.') || previous === null) return null;
  return previous + raw.name.image;
}

/** Operands and operators → a tree, by RouterOS precedence (shunting-yard: no recursion however long the chain). */
function combine(parts: readonly Expression[], ops: readonly BinaryOperator[], mode: 'command' | 'expression'): Expression {
  const operands: Expression[] = [parts[0]!];
  const pending: BinaryOperator[] = [];
  const precedence = (op: BinaryOperator): number => (mode === 'command' && op === ',' ? COMMAND_MODE_COMMA_PRECEDENCE : PRECEDENCE[op]);
  const reduce = (): void => {
    const op = pending.pop()!;
    const right = operands.pop()!;
    const left = operands.pop()!;
    operands.push(binary(op, left, right, mode));
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    while (pending.length > 0 && precedence(pending[pending.length - 1]!) >= precedence(op)) reduce();
    pending.push(op);
    operands.push(parts[i + 1]!);
  }
  while (pending.length > 0) reduce();
  return operands[0]!;
}

/** An argument; null for one that is reported and left out. */
function argumentToAst(raw: RawArg, ctx: ConvertContext, holder: Holder, positionalIndex: number, fullName: string | null = null): Arg | null {
  lastHolderName = holder.name;
  switch (raw.kind) {
    case 'named': {
      const { name, equals } = raw;
      const argName = fullName ?? name.image;
      if (!ARGUMENT_NAME.test(argName)) {
        error(ctx, name, `\`${argName.slice(0, 40)}\` is not an argument name`);
        return null;
      }
      if (equals && equals.startOffset !== name.startOffset + name.image.length) error(ctx, equals, `no space is allowed between \`${name.image}\` and \`=\``);
      const slot = slotOf(ctx, holder, argName, positionalIndex);
      return { kind: 'named', name: argName, value: raw.values ? valuesToAst(raw.values, ctx, holder.sub, slot) : null, loc: loc(ctx, name) };
    }
    case 'joiner':
      error(ctx, raw.token, `unexpected \`${raw.token.image}\`: it joins two conditions (\`name~"x" && disabled=no\`)`);
      return null;
    case 'where': {
      const expression = expressionToAst(raw.expression, ctx, holder.sub, 'command');
      return { kind: 'named', name: 'where', value: { kind: 'expression', expression }, loc: loc(ctx, raw.where) };
    }
    case 'quotedKey':
      error(ctx, raw.equals, 'unexpected `=`: a name in quotes is only a key in an array `{"key"=value}`');
      return null;
    case 'matcher': {
      // `name~"re"` is the `where name~"re"` clause written as an argument: the same tree. RouterOS also
      // accepts a space around the operator (`comment ~ "x"`).
      const { name, relation } = raw;
      if (!ARGUMENT_NAME.test(name.image)) {
        error(ctx, name, `\`${name.image.slice(0, 40)}\` is not a property name`);
        return null;
      }
      const value = valuesToAst(raw.values, ctx, holder.sub, MENU_SLOT);
      const expression: Expression = { kind: 'binary', operator: BINARY_TOKENS[relation.tokenType.name]!, left: { kind: 'field', name: name.image }, right: { kind: 'value', value } };
      return { kind: 'named', name: 'where', value: { kind: 'expression', expression }, loc: loc(ctx, name) };
    }
    default: {
      const first = rawStart(raw.values[0]!);
      // `!name`: unset a property.
      const only = raw.values.length === 1 ? raw.values[0]! : null;
      if (only?.bang && only.token && isWord(only.token) && PROPERTY_NAME.test(only.token.image)) return { kind: 'unset', name: only.token.image, loc: loc(ctx, first) };
      return { kind: 'positional', value: valuesToAst(raw.values, ctx, holder.sub, slotOf(ctx, holder, null, positionalIndex)), loc: loc(ctx, first) };
    }
  }
}

function slotOf(ctx: ConvertContext, holder: Holder, name: string | null, positionalIndex: number): Slot {
  switch (holder.kind) {
    case 'script': {
      // `:do {...}`, `:time {...}`, `:execute {...}`: code given as a block.
      const block = name === null
        ? positionalIndex === 0 && BLOCK_POSITIONAL.has(holder.name)
        : BLOCK_ARGS.has(name) || (name === 'in' && holder.name === 'onerror') || (name === 'script' && holder.name === 'execute');
      // `:onerror e {...} do={...}`: the block after the variable's name is `in`.
      const onerrorIn = name === null && positionalIndex === 1 && holder.name === 'onerror';
      const code = (name === null && positionalIndex === 0 && (holder.name === 'parse' || holder.name === 'execute'))
        || (name === 'script' && holder.name === 'execute') || name === 'on-error';
      return { braces: block || onerrorIn ? 'block' : 'array', blockPath: ctx.path, code: code ? (name === null ? `:${holder.name}` : `${name}=`) : null };
    }
    case 'menu': {
      // `/interface monitor-traffic ether1 once do={...}`: monitor commands run `do=` on each refresh.
      if (name === 'do') return { braces: 'block', blockPath: ctx.path, code: null };
      // Every code property is `on-...`, `...script` or `source`: most names are ruled out without a lookup.
      if (name === null || !(name.startsWith('on-') || name.endsWith('script') || name === 'source')) return MENU_SLOT;
      const menus = CODE_PROPERTIES.get(name);
      const code = menus !== undefined && (menus === null || menus.has(menuKey(holder.path)));
      return code ? { braces: 'block', blockPath: [], code: `${name}=` } : MENU_SLOT;
    }
    default:
      return ARRAY_SLOT;
  }
}

const MENU_SLOT: Slot = { braces: 'menu-array', blockPath: [], code: null };

/** What an argument name looks like (`chain`, `dst-port`, `configuration.ssid`, `6to4-relay`). */
const ARGUMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** `!port` unsets a property; `!5` or `!*1A` is a negated value. */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;

// ---------------------------------------------------------------------------
// Values

function listSlot(slot: Slot): Slot {
  return slot.braces === 'menu-array' ? MENU_SLOT : ARRAY_SLOT;
}

function valuesToAst(values: readonly RawValue[], ctx: ConvertContext, sub: readonly string[], slot: Slot): Value {
  if (values.length === 1) return rawToValue(values[0]!, ctx, sub, slot);
  const inList = listSlot(slot);
  return { kind: 'list', items: values.map((v) => rawToValue(v, ctx, sub, inList)) };
}

function rawToValue(raw: RawValue, ctx: ConvertContext, sub: readonly string[], slot: Slot): Value {
  const value = raw.token
    ? tokenToValue(raw.token, ctx, slot)
    : raw.template
      ? templatePartsToAst(raw.template[0]!, raw.template.slice(1, -1), ctx, sub)
      : nodeToValue(raw.node!, ctx, sub, slot);
  return raw.bang ? { kind: 'negated', value } : value;
}

function tokenToValue(t: IToken, ctx: ConvertContext, slot: Slot): Value {
  const type = t.tokenType;
  if (type === StringLiteral) return stringToAst(t, ctx, slot.code);
  if (type === Variable) return variableToAst(t, ctx);
  // `comment=/tmp`: text (a bare word cannot start with `/` anywhere else).
  if (type === SlashValue) return { kind: 'string', value: t.image };
  return classifyBare(t.image);
}

function nodeToValue(node: CstNode, ctx: ConvertContext, sub: readonly string[], slot: Slot): Value {
  switch (node.name) {
    case 'stringTemplate':
      return templateToAst(node, ctx, sub);
    case 'substitution':
      return substitutionToAst(node, ctx, sub);
    case 'group':
      return { kind: 'expression', expression: groupToAst(node, ctx, sub) };
    default:
      if (slot.braces === 'block') return bracesToBlock(node, ctx, slot.blockPath);
      if (slot.braces === 'menu-array') {
        error(ctx, token1(node, 'LBrace')!, 'RouterOS does not accept an array `{...}` as a value of a menu command; write a comma list (`a,b`)');
      }
      return bracesToArray(node, ctx, sub);
  }
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
  return templatePartsToAst(token1(cst, 'StringStart')!, kids(cst).part ?? [], ctx, sub);
}

function templatePartsToAst(start: IToken, pieces: readonly (IToken | CstNode)[], ctx: ConvertContext, sub: readonly string[]): Value {
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
  for (const part of pieces) {
    if (isToken(part)) {
      if (part.tokenType === Variable) {
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
      const value = bracketsToAst(node1(part, 'commands')!, ctx, sub, open);
      parts.push(value.kind === 'call' ? value : value as InterpolationPart);
    } else {
      parts.push({ kind: 'expression', expression: expressionToAst(node1(part, 'expression')!, ctx, sub, 'expression') });
    }
  }
  flush();
  if (parts.every((p) => p.kind === 'text')) return { kind: 'string', value: parts.map((p) => (p.kind === 'text' ? p.text : '')).join('') };
  return { kind: 'interpolated', parts, loc: loc(ctx, start) };
}

function substitutionToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): Value {
  return bracketsToAst(node1(cst, 'commands')!, ctx, sub, token1(cst, 'LBracket')!);
}

/**
 * What `[ ]` holds. `[]` is `[:nothing]` (RouterOS returns nothing for it);
 * `[ :len "x"; ]` is the one command; `[:set i ($i+1); ($i<3)]` runs each and
 * gives the last one's value: a call of those statements as a block, which
 * the printer writes back as `[a; b]`.
 */
function bracketsToAst(cst: CstNode, ctx: ConvertContext, sub: readonly string[], open: IToken): Value & (InterpolationPart | Call) {
  const statements = nodes(cst, 'statement');
  if (statements.length === 1) return commandInBrackets(statements[0]!, ctx, sub, open);
  if (statements.length === 0) return { kind: 'substitution', command: { kind: 'command', path: [], name: 'nothing', args: [], loc: loc(ctx, open) } };
  const inner: Statement[] = [];
  for (const s of statements) {
    const statement = statementToAst(s, ctx, sub);
    if (statement) inner.push(statement);
  }
  return { kind: 'call', callee: { kind: 'block', statements: inner, loc: loc(ctx, open) }, args: [], loc: loc(ctx, open) };
}

/** The command (or call) in `[ ]` / `$[ ]`; relative commands use the enclosing command's menu. */
function commandInBrackets(cst: CstNode, ctx: ConvertContext, sub: readonly string[], open: IToken): Value & (InterpolationPart | Call) {
  const inner = statementToAst(cst, ctx, sub);
  if (inner?.kind === 'command') return { kind: 'substitution', command: inner };
  if (inner?.kind === 'call') return inner;
  // Keep the tree well-formed after an error; the diagnostic already says what is wrong.
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
  // A comment on a line of its own may stand between items (RouterOS 7 accepts it); after an item it may not.
  const close = token1(cst, 'RBrace')!.startOffset;
  for (let comment = commentBetween(ctx.comments, open.startOffset, close); comment; comment = commentBetween(ctx.comments, comment.startOffset, close)) {
    if ((comment as IToken & { payload?: unknown }).payload === true) continue;
    error(ctx, comment, 'a comment cannot follow an item inside an array `{...}`; put it on a line of its own');
    break;
  }
  return { kind: 'array', items, loc: loc(ctx, open) };
}

/** The first comment between two offsets, by binary search. */
function commentBetween(comments: readonly IToken[], from: number, to: number): IToken | undefined {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid]!.startOffset <= from) lo = mid + 1;
    else hi = mid;
  }
  const found = comments[lo];
  return found && found.startOffset < to ? found : undefined;
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
    const node = children.call[0] as CstNode;
    const call = callToAst(node, ctx, sub, true);
    if (call.args.length > 0) {
      errorAt(ctx, call.args[0]!.loc ?? call.loc!, 'expected `;` between array items');
      return null;
    }
    const rest = callRest(node);
    if (rest.length === 0) return { key: null, value: call.callee, loc: call.loc! };
    return { key: null, value: { kind: 'list', items: [call.callee, ...rest.map((r) => rawToValue(r, ctx, sub, ARRAY_SLOT))] }, loc: call.loc! };
  }
  const line = children.commandLine![0] as CstNode;
  const slash = token1(line, 'Slash');
  if (slash) {
    error(ctx, slash, 'expected a value in the array, found a command');
    return null;
  }
  const args = rawArgs(nodes(line, 'argument'));
  if (args.length > 1) {
    const second = rawArgStart(args[1]!);
    error(ctx, second, `unexpected ${quoteText(second)}: expected \`;\` between array items`);
    return null;
  }
  const arg = args[0]!;
  if (arg.kind === 'named') {
    if (arg.equals && arg.equals.startOffset !== arg.name.startOffset + arg.name.image.length) error(ctx, arg.equals, `no space is allowed between \`${arg.name.image}\` and \`=\` in an array key`);
    return { key: arg.name.image, value: arg.values ? valuesToAst(arg.values, ctx, sub, ARRAY_SLOT) : null, loc: loc(ctx, arg.name) };
  }
  if (arg.kind === 'values') return { key: null, value: valuesToAst(arg.values, ctx, sub, ARRAY_SLOT), loc: loc(ctx, rawStart(arg.values[0]!)) };
  if (arg.kind === 'matcher') {
    error(ctx, arg.relation, `unexpected \`${arg.relation.image}\`: expected \`=\` or \`;\` in the array`);
    return null;
  }
  if (arg.kind === 'quotedKey') {
    if (!arg.key) {
      error(ctx, arg.equals, 'unexpected `=`: an array key is a name or one string in quotes');
      return null;
    }
    const key = stringToAst(arg.key, ctx, null);
    return { key: key.kind === 'string' ? key.value : '', value: arg.values ? valuesToAst(arg.values, ctx, sub, ARRAY_SLOT) : null, loc: loc(ctx, arg.key) };
  }
  const at = arg.kind === 'where' ? arg.where : arg.token;
  error(ctx, at, `unexpected \`${at.image}\`: expected a value in the array`);
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
  const parts = units.map((u) => unitToAst(u, ctx, sub));
  const ops: BinaryOperator[] = [];
  // A `where` clause may join conditions without an operator (`where a=1 b!=2`): that is `and`.
  let o = 0;
  for (let i = 1; i < units.length; i++) {
    const next = units.length === operators.length + 1 ? null : firstToken(units[i]!).startOffset;
    const token = operators[o];
    if (token !== undefined && (next === null || token.startOffset < next)) {
      o++;
      const op = BINARY_TOKENS[token.tokenType.name]!;
      if (mode === 'command' && !COMMAND_MODE_OPERATORS.has(op)) {
        error(ctx, token, `unexpected \`${op}\`: outside \`( )\` a where clause has only comparisons, \`in\`, \`and\`, \`or\`, \`->\` and \`!\`; put the expression in parentheses`);
      }
      ops.push(op);
    } else ops.push('and');
  }
  return combine(parts, ops, mode);
}

/** What `( )` holds: an expression, or a script command (`(:totime "15m")`, the same as `[:totime "15m"]`). */
function groupToAst(group: CstNode, ctx: ConvertContext, sub: readonly string[]): Expression {
  const command = node1(group, 'scriptCommand');
  if (!command) return expressionToAst(node1(group, 'expression')!, ctx, sub, 'expression');
  const statement = scriptCommandToAst(token1(command, 'Colon')!, token1(command, 'name')!, rawArgs(nodes(command, 'argument')), ctx, sub);
  return { kind: 'value', value: { kind: 'substitution', command: statement } };
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
  let expression = itemToExpression(node1(cst, 'item')!, ctx, sub);
  const prefixes = tokens(cst, 'prefix');
  for (let i = prefixes.length - 1; i >= 0; i--) {
    expression = { kind: 'unary', operator: PREFIX_TOKENS[prefixes[i]!.tokenType.name]!, operand: expression };
  }
  return expression;
}

function itemToExpression(cst: CstNode, ctx: ConvertContext, sub: readonly string[]): Expression {
  const raw = itemToRaw(cst, null);
  if (raw.node?.name === 'group') return { kind: 'group', expression: groupToAst(raw.node, ctx, sub) };
  if (raw.token && isWord(raw.token)) {
    const text = raw.token.image;
    // `(name=-)`: the lone `-` the lexer reads as a value before `)` is that text.
    if (text === '-') return { kind: 'value', value: { kind: 'string', value: '-' } };
    const value = classifyBare(text);
    if (value.kind === 'word' && FIELD_NAME.test(text) && !LITERAL_WORDS.has(text)) return { kind: 'field', name: text };
    return { kind: 'value', value };
  }
  return { kind: 'value', value: rawToValue(raw, ctx, sub, ARRAY_SLOT) };
}
