/**
 * Variable scope, as RouterOS checks it when it compiles a script: `:set`
 * of a variable that no `:local`/`:global` (or loop counter) declared in an
 * enclosing scope is a compile error on the device ("no such variable").
 *
 * Scopes follow the manual (Scripting, Variables): the script is one scope,
 * each `{ }` block opens one inside it, and a declaration counts from where
 * it stands to the end of its scope. Where the names in scope cannot be known
 * here the check stays quiet rather than guess: inside function bodies
 * (`do={...}` of `:local`/`:global`/`:set`, whose parameters come from the
 * caller), in code held in strings (run elsewhere, e.g. by the scheduler) and
 * in a scope where a name is declared through a variable or an expression.
 */
import type { Arg, Block, Command, Expression, Script, Statement, Value } from '../ast/nodes.js';
import type { Diagnostic } from './diagnostics.js';

interface Scope {
  readonly names: Set<string>;
  readonly parent: Scope | null;
  /** Names in this scope (and those inside it) cannot be known: report nothing. */
  open: boolean;
}

const declared = (scope: Scope | null, name: string): boolean => {
  for (let s = scope; s; s = s.parent) if (s.open || s.names.has(name)) return true;
  return false;
};

/** Commands that declare the name given as their first unnamed argument. */
const DECLARING = new Set(['local', 'global']);
/** Commands whose first unnamed argument names loop or error variables (`:for i`, `:foreach k,v`, `:onerror e`). */
const COUNTING = new Set(['for', 'foreach', 'onerror']);

export function checkScope(script: Script): Diagnostic[] {
  const out: Diagnostic[] = [];
  const root: Scope = { names: new Set(), parent: null, open: false };
  statements(script.statements, root, out);
  return out;
}

function statements(list: readonly Statement[], scope: Scope, out: Diagnostic[]): void {
  for (const statement of list) {
    switch (statement.kind) {
      case 'command':
        command(statement, scope, out);
        break;
      case 'block':
        block(statement, scope, out, false);
        break;
      case 'call':
        value(statement.callee, scope, out);
        args(statement.args, scope, out);
        break;
      default:
        break;
    }
  }
}

function block(b: Block, scope: Scope, out: Diagnostic[], open: boolean): void {
  statements(b.statements, { names: new Set(), parent: scope, open }, out);
}

/** The variable names an unnamed argument gives: `x`, `"my-var"`, `k,v`; null when they are computed. */
function namesOf(v: Value): string[] | null {
  if (v.kind === 'word') return [v.text];
  if (v.kind === 'string') return [v.value];
  if (v.kind === 'list') {
    const names: string[] = [];
    for (const item of v.items) {
      const inner = namesOf(item);
      if (inner === null) return null;
      names.push(...inner);
    }
    return names;
  }
  return null;
}

function command(c: Command, scope: Scope, out: Diagnostic[]): void {
  const first = c.path.length === 0 ? c.args.find((a) => a.kind === 'positional') : undefined;
  if (c.path.length === 0 && (DECLARING.has(c.name) || COUNTING.has(c.name)) && first?.kind === 'positional') {
    const names = namesOf(first.value);
    // `:global $x` declares nothing (RouterOS rejects it; to-ast reports it). Another computed name
    // (`:local [:pick ...]`) is unknown here: nothing in this scope is reported then.
    if (first.value.kind === 'variable') return commandArgs(c, scope, out);
    if (names === null) scope.open = true;
    else for (const name of names) scope.names.add(name);
  }
  if (c.path.length === 0 && c.name === 'set' && first?.kind === 'positional') {
    const names = namesOf(first.value);
    if (names !== null && names.length === 1 && !declared(scope, names[0]!)) {
      const at = first.loc ?? c.loc ?? { line: 1, column: 1 };
      out.push({
        severity: 'error',
        kind: 'scope',
        line: at.line,
        column: at.column,
        message: `\`:set ${names[0]}\`: no variable \`${names[0]}\` is declared here; declare it first with \`:local ${names[0]}\` or \`:global ${names[0]}\` (RouterOS refuses to run the script)`,
      });
    }
  }
  commandArgs(c, scope, out);
}

function commandArgs(c: Command, scope: Scope, out: Diagnostic[]): void {
  // A function's body: its parameters come from the caller.
  const defines = c.path.length === 0 && (c.name === 'local' || c.name === 'global' || c.name === 'set');
  for (const arg of c.args) {
    if (arg.kind === 'unset' || arg.value === null) continue;
    if (arg.value.kind === 'block') block(arg.value, scope, out, defines && arg.kind === 'named' && arg.name === 'do');
    else value(arg.value, scope, out);
  }
}

function args(list: readonly Arg[], scope: Scope, out: Diagnostic[]): void {
  for (const arg of list) if (arg.kind !== 'unset' && arg.value !== null) value(arg.value, scope, out);
}

function value(v: Value, scope: Scope, out: Diagnostic[]): void {
  switch (v.kind) {
    case 'substitution':
      command(v.command, scope, out);
      break;
    case 'call':
      value(v.callee, scope, out);
      args(v.args, scope, out);
      break;
    case 'block':
      block(v, scope, out, false);
      break;
    case 'list':
      for (const item of v.items) value(item, scope, out);
      break;
    case 'negated':
      value(v.value, scope, out);
      break;
    case 'array':
      for (const item of v.items) if (item.value) value(item.value, scope, out);
      break;
    case 'expression':
      expression(v.expression, scope, out);
      break;
    case 'interpolated':
      for (const part of v.parts) if (part.kind !== 'text') value(part, scope, out);
      break;
    default:
      break;
  }
}

function expression(e: Expression, scope: Scope, out: Diagnostic[]): void {
  switch (e.kind) {
    case 'binary':
      expression(e.left, scope, out);
      expression(e.right, scope, out);
      break;
    case 'unary':
      expression(e.operand, scope, out);
      break;
    case 'group':
      expression(e.expression, scope, out);
      break;
    case 'value':
      value(e.value, scope, out);
      break;
    default:
      break;
  }
}
