/**
 * The printer: AST → canonical RouterOS v7 text. It is the only code that
 * writes RouterOS. User text only ever reaches the output as a quoted string
 * with every character that RouterOS would interpret escaped.
 *
 * For every tree the parser can produce, `parse(print(ast))` gives the same
 * tree back (locations aside) and printing is idempotent. A hand-built tree
 * the parser could not produce (say, `a + b` as the left side of `*` without
 * a group node) is printed so that it means the same thing, which may read
 * back with an extra group node.
 */
import { classifyBare } from '../ast/classify.js';
import type { Arg, ArrayValue, Block, Call, Command, Expression, InterpolatedString, Script, Statement, Value } from '../ast/nodes.js';
import { COMMAND_MODE_COMMA_PRECEDENCE, COMMAND_MODE_OPERATORS, PRECEDENCE, PREFIX_PRECEDENCE, RELATIONAL } from './operators.js';
import { GENERIC_COMMANDS, ROOT_COMMANDS, SCRIPT_COMMANDS } from './language.js';
import { exprWordEnd } from './tokens.js';

export class PrintError extends Error {
  override readonly name = 'PrintError';
}

const INDENT = '    ';

/** How the text being written will be read back (see tokens.ts). */
type Mode = 'command' | 'expression';

export function printScript(script: Script): string {
  return script.statements.map((s) => printStatement(s)).join('\n') + (script.statements.length > 0 ? '\n' : '');
}

export function printStatement(statement: Statement, indent = ''): string {
  switch (statement.kind) {
    case 'navigate':
      return '/' + statement.path.join(' ');
    case 'command':
      return printCommand(statement, null, indent);
    case 'block':
      return printBlock(statement, indent);
    case 'call':
      return printCall(statement, indent);
    default:
      return assertNever(statement);
  }
}

/**
 * A command; relative (just its name) when it runs in `context`, the menu of
 * the menu command whose `[ ]` holds it (RouterOS resolves it there).
 */
function printCommand(command: Command, context: readonly string[] | null, indent: string): string {
  let head: string;
  if (context !== null && command.path.length > 0 && samePath(command.path, context)) head = command.name;
  // A root command: `/export` reads back as itself; any other name after `/` would read as a menu.
  else if (command.path.length === 0) head = (!SCRIPT_COMMANDS.has(command.name) && (ROOT_COMMANDS.has(command.name) || GENERIC_COMMANDS.has(command.name)) ? '/' : ':') + command.name;
  else head = '/' + command.path.join(' ') + ' ' + command.name;
  // Relative commands inside `[ ]` of a script command resolve against the current menu, which the printer
  // does not track: they are printed absolute.
  const inner = command.path.length > 0 ? command.path : null;
  const args = command.args.map((a) => printArg(a, inner, indent));
  return [head, ...args].join(' ');
}

function printCall(call: Call, indent: string): string {
  return [printValueIn(call.callee, null, indent, 'command'), ...call.args.map((a) => printArg(a, null, indent))].join(' ');
}

/**
 * What a call inside `[ ]` prints as. Several statements in one `[ ]`
 * (`[:set i ($i+1); ($i<3)]`) are read as a call of a block of them with no
 * arguments, and written back that way.
 */
function printBracketedCall(call: Call, context: readonly string[] | null, indent: string): string {
  if (call.callee.kind === 'block' && call.args.length === 0 && call.callee.statements.length >= 2) {
    return call.callee.statements.map((s) => (s.kind === 'command' ? printCommand(s, context, indent) : printStatement(s, indent))).join('; ');
  }
  return printCall(call, indent);
}

function printArg(arg: Arg, context: readonly string[] | null, indent: string): string {
  switch (arg.kind) {
    case 'named':
      if (arg.name === 'where' && arg.value?.kind === 'expression') return 'where ' + printExpression(arg.value.expression, context, indent, 'command');
      return `${checkName(arg.name)}=${arg.value === null ? '' : printValueIn(arg.value, context, indent, 'command')}`;
    case 'positional':
      if (arg.value.kind === 'word' && arg.value.text === 'where') throw new PrintError('cannot print the word `where` as an unnamed argument: it would start a where clause');
      return printValueIn(arg.value, context, indent, 'command');
    case 'unset':
      return '!' + checkName(arg.name);
    default:
      return assertNever(arg);
  }
}

/** A value as RouterOS text; `path` is the menu relative commands in `[ ]` run in. */
export function printValue(value: Value, path: readonly string[] = []): string {
  return printValueIn(value, path.length > 0 ? path : null, '', 'command');
}

function printValueIn(value: Value, context: readonly string[] | null, indent: string, mode: Mode): string {
  switch (value.kind) {
    case 'string':
      return quote(value.value);
    case 'interpolated':
      return printInterpolated(value, context, indent);
    case 'word':
      return bareWord(value.text, mode);
    case 'number':
      return value.hex ? '0x' + value.value.toString(16).toUpperCase() : String(value.value);
    case 'ip':
    case 'ip6':
      return value.address + (value.scope === undefined ? '' : '%' + value.scope);
    case 'mac':
      return value.address;
    case 'prefix':
      return `${value.address}/${value.length}`;
    case 'range':
      return `${value.from}-${value.to}`;
    case 'time':
    case 'id':
      return value.text;
    case 'list':
      return value.items.map((v) => printValueIn(v, context, indent, mode)).join(',');
    case 'negated':
      return '!' + printValueIn(value.value, context, indent, mode);
    case 'variable':
      return printVariable(value.name);
    case 'substitution':
      return '[' + printCommand(value.command, context, indent) + ']';
    case 'call':
      return '[' + printBracketedCall(value, context, indent) + ']';
    case 'expression':
      return '(' + printExpression(value.expression, context, indent, 'expression') + ')';
    case 'array':
      return printArray(value, context, indent);
    case 'block':
      return printBlock(value, indent);
    default:
      return assertNever(value);
  }
}

function printVariable(name: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_]*$/.test(name) ? '$' + name : '$' + quote(name);
}

function printBlock(block: Block, indent: string): string {
  if (block.statements.length === 0) return '{}';
  const inner = indent + INDENT;
  return '{\n' + block.statements.map((s) => inner + printStatement(s, inner)).join('\n') + '\n' + indent + '}';
}

function printArray(array: ArrayValue, context: readonly string[] | null, indent: string): string {
  const items = array.items.map((item) => {
    const value = item.value === null ? '' : printValueIn(item.value, context, indent, 'command');
    // Keys with anything but lower-case letters, digits and `-` are quoted, as RouterOS wants for `->` too.
    return item.key === null ? value : `${/^[a-z][a-z0-9-]*$/.test(item.key) ? item.key : quote(item.key)}=${value}`;
  });
  return '{' + items.join(';') + '}';
}

function printInterpolated(value: InterpolatedString, context: readonly string[] | null, indent: string): string {
  let out = '"';
  let afterVariable = false;
  for (const part of value.parts) {
    switch (part.kind) {
      case 'text': {
        let text = part.text;
        // `"$a\62c"`: a letter right after `$a` would extend the name, so it is written as a hex escape.
        if (afterVariable && /^[A-Za-z0-9_]/.test(text)) {
          out += '\\' + text.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
          text = text.slice(1);
        }
        out += escapeBody(text);
        break;
      }
      case 'variable':
        // Inside a string only plain names can follow `$`; others are written as an expression.
        out += /^[A-Za-z0-9][A-Za-z0-9_]*$/.test(part.name) ? '$' + part.name : '$($' + quote(part.name) + ')';
        break;
      case 'substitution':
        out += '$[' + printCommand(part.command, context, indent) + ']';
        break;
      case 'call':
        out += '$[' + printBracketedCall(part, context, indent) + ']';
        break;
      case 'expression':
        out += '$(' + printExpression(part.expression, context, indent, 'expression') + ')';
        break;
      default:
        return assertNever(part);
    }
    afterVariable = part.kind === 'variable';
  }
  return out + '"';
}

// ---------------------------------------------------------------------------
// Expressions

function precedenceOf(e: Expression, mode: Mode): number {
  if (e.kind === 'binary') return mode === 'command' && e.operator === ',' ? COMMAND_MODE_COMMA_PRECEDENCE : PRECEDENCE[e.operator];
  if (e.kind === 'unary') return PREFIX_PRECEDENCE;
  return Number.POSITIVE_INFINITY;
}

/** Whether the expression can be written without `( )` in a `where` clause (command words). */
function commandModeSafe(e: Expression): boolean {
  if (e.kind === 'binary') return COMMAND_MODE_OPERATORS.has(e.operator);
  if (e.kind === 'unary') return e.operator === '!';
  return true;
}

function printExpression(e: Expression, context: readonly string[] | null, indent: string, mode: Mode): string {
  if (mode === 'command' && !commandModeSafe(e)) return '(' + printExpression(e, context, indent, 'expression') + ')';
  switch (e.kind) {
    case 'binary': {
      const own = precedenceOf(e, mode);
      const side = (child: Expression, needs: (p: number) => boolean): string =>
        needs(precedenceOf(child, mode)) ? '(' + printExpression(child, context, indent, 'expression') + ')' : printExpression(child, context, indent, mode);
      const left = side(e.left, (p) => p < own);
      const right = side(e.right, (p) => p <= own);
      return left + operatorText(e.operator, mode) + right;
    }
    case 'unary': {
      const operand = precedenceOf(e.operand, mode) < PREFIX_PRECEDENCE
        ? '(' + printExpression(e.operand, context, indent, 'expression') + ')'
        : printExpression(e.operand, context, indent, mode);
      if (e.operator === 'any') return 'any ' + operand;
      // `- 1` stays a negation of 1 (`-1` is the number), `> >x` is not `>>`.
      const spaced = (e.operator === '-' && /^[0-9.\->]/.test(operand)) || (e.operator === '>' && /^[<>=]/.test(operand));
      return e.operator + (spaced ? ' ' : '') + operand;
    }
    case 'group':
      return '(' + printExpression(e.expression, context, indent, 'expression') + ')';
    case 'field':
      return fieldName(e.name, mode);
    case 'value':
      return printValueIn(e.value, context, indent, mode);
    default:
      return assertNever(e);
  }
}

function operatorText(operator: string, mode: Mode): string {
  if (mode === 'command') {
    // `chain=input and !disabled`: comparisons are written tight, as RouterOS's own examples do.
    if (RELATIONAL.has(operator as never) || operator === ',') return operator;
    // `$c ->"key"`: a space before, so that a word on the left does not swallow the `-`.
    if (operator === '->') return ' ->';
    return ` ${operator} `;
  }
  if (operator === '->') return operator;
  if (operator === ',') return ', ';
  return ` ${operator} `;
}

// ---------------------------------------------------------------------------
// Words and strings

/**
 * Quotes a string for RouterOS. `"` `\` `$` and control characters are
 * escaped, so the text can neither end the string nor start a `$var`,
 * `$[command]` or `$(expression)` substitution. Bytes outside printable
 * ASCII are written as `\XX` (RouterOS strings are bytes; hex must be upper case).
 */
export function quote(text: string): string {
  return '"' + escapeBody(text) + '"';
}

function escapeBody(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\' || ch === '$') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += '\\' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Exactly what the lexer reads as one Word token in command mode (see tokens.ts). */
const SAFE_BARE = /^(?:::|[A-Za-z0-9_.*@%+\-#?'^&|])[A-Za-z0-9_.*@%+\-#?'^:/]*$/;
/** What it reads as one name inside `( )`. */
const SAFE_EXPRESSION_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const EXPRESSION_KEYWORDS = new Set(['and', 'or', 'in', 'any']);

/** A bare word must read back as the same word: anything else is a bug in the caller. */
function bareWord(text: string, mode: Mode): string {
  const safe = mode === 'command'
    ? SAFE_BARE.test(text) && !/^&&|^\|\|/.test(text)
    : text !== '' && exprWordEnd(text, 0, true) === text.length && !EXPRESSION_KEYWORDS.has(text);
  if (!safe || classifyBare(text).kind !== 'word') {
    throw new PrintError(`cannot print ${JSON.stringify(text)} as a bare word; build it with str()`);
  }
  return text;
}

function fieldName(name: string, mode: Mode): string {
  if (mode === 'expression' && (!SAFE_EXPRESSION_NAME.test(name) || EXPRESSION_KEYWORDS.has(name))) {
    throw new PrintError(`cannot print the property name ${JSON.stringify(name)} inside ( )`);
  }
  return checkName(name);
}

function checkName(name: string): string {
  if (!/^[a-z0-9][a-z0-9.\-_]*$/i.test(name)) throw new PrintError(`invalid argument name ${JSON.stringify(name)}`);
  return name;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function assertNever(x: never): never {
  throw new PrintError(`unknown node ${JSON.stringify(x)}`);
}
