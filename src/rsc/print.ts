/**
 * The printer: AST → canonical RouterOS v7 text. It is the only code that
 * writes RouterOS. User text only ever reaches the output as a quoted string
 * with every character that RouterOS would interpret escaped.
 */
import { classifyBare } from '../ast/classify.js';
import type { Arg, Command, Expression, Script, Statement, Value } from '../ast/nodes.js';

export class PrintError extends Error {
  override readonly name = 'PrintError';
}

export function printScript(script: Script): string {
  return script.statements.map((s) => printStatement(s)).join('\n') + (script.statements.length > 0 ? '\n' : '');
}

export function printStatement(statement: Statement): string {
  switch (statement.kind) {
    case 'navigate':
      return '/' + statement.path.join(' ');
    case 'command':
      return printCommand(statement, null);
    default:
      return assertNever(statement);
  }
}

function printCommand(command: Command, context: readonly string[] | null): string {
  const relative = context !== null && samePath(command.path, context);
  let head: string;
  if (relative) head = command.name;
  else if (command.path.length === 0) head = ':' + command.name;
  else head = '/' + command.path.join(' ') + ' ' + command.name;
  const args = command.args.map((a) => printArg(a, command.path));
  return [head, ...args].join(' ');
}

function printArg(arg: Arg, path: readonly string[]): string {
  switch (arg.kind) {
    case 'named':
      if (arg.name === 'where' && arg.value?.kind === 'expression') return 'where ' + printExpression(arg.value.expression, path);
      return `${checkName(arg.name)}=${arg.value === null ? '' : printValue(arg.value, path)}`;
    case 'positional':
      return printValue(arg.value, path);
    case 'unset':
      return '!' + checkName(arg.name);
    default:
      return assertNever(arg);
  }
}

export function printValue(value: Value, path: readonly string[] = []): string {
  switch (value.kind) {
    case 'string':
      return quote(value.value);
    case 'word':
      return bareWord(value.text);
    case 'number':
      return value.hex ? '0x' + value.value.toString(16).toUpperCase() : String(value.value);
    case 'ip':
    case 'ip6':
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
      return value.items.map((v) => printValue(v, path)).join(',');
    case 'negated':
      return '!' + printValue(value.value, path);
    case 'variable':
      return /^[A-Za-z0-9_]+$/.test(value.name) ? '$' + value.name : '$' + quote(value.name);
    case 'substitution':
      return '[' + printCommand(value.command, path) + ']';
    case 'expression':
      return '(' + printExpression(value.expression, path) + ')';
    default:
      return assertNever(value);
  }
}

function printExpression(expression: Expression, path: readonly string[]): string {
  switch (expression.kind) {
    case 'binary': {
      // `chain=input and !disabled`: comparisons are written tight, as RouterOS's own examples do.
      const spaced = expression.operator === 'and' || expression.operator === 'or' || expression.operator === 'in';
      const op = spaced ? ` ${expression.operator} ` : expression.operator;
      return printExpression(expression.left, path) + op + printExpression(expression.right, path);
    }
    case 'unary':
      return '!' + printExpression(expression.operand, path);
    case 'group':
      return '(' + printExpression(expression.expression, path) + ')';
    case 'field':
      return checkName(expression.name);
    case 'value':
      return printValue(expression.value, path);
    default:
      return assertNever(expression);
  }
}

/**
 * Quotes a string for RouterOS. `"` `\` `$` and control characters are
 * escaped, so the text can neither end the string nor start a `$var`,
 * `$[command]` or `$(expression)` substitution. Bytes outside printable
 * ASCII are written as `\XX` (RouterOS strings are bytes; hex must be upper case).
 */
export function quote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\' || ch === '$') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += '\\' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out + '"';
}

/** Exactly what the lexer reads as one Word token (see tokens.ts). */
const SAFE_BARE = /^(?:::|[A-Za-z0-9_.*@%+\-#?'^&|])[A-Za-z0-9_.*@%+\-#?'^:/]*$/;
const KEYWORDS = new Set(['and', 'or', 'in', 'where', 'do', 'else', 'from', 'to']);

/** A bare word must read back as the same word: anything else is a bug in the caller. */
function bareWord(text: string): string {
  if (!SAFE_BARE.test(text) || KEYWORDS.has(text) || classifyBare(text).kind !== 'word') {
    throw new PrintError(`cannot print ${JSON.stringify(text)} as a bare word; build it with str()`);
  }
  return text;
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
