import type { Arg, Block, Call, Command, Expression, Navigate, Script, Statement, Value } from '../ast/nodes.js';

export interface WalkOptions {
  /**
   * Also visit the commands of code held in strings (`on-event="..."`,
   * `source="..."`, `:execute "..."`), which the parser stores as the
   * string's `script`. Off by default: the policy engine reads those scripts
   * itself and places their findings on the command that holds them.
   */
  readonly embedded?: boolean;
}

export interface CommandVisit {
  /**
   * The commands whose string arguments hold the code this command is in,
   * outermost first; empty for a command of the script itself (including
   * commands in `{ }` blocks and `[ ]`).
   */
  readonly holders: readonly Command[];
}

/**
 * Calls `visit` for every command in a script, in source order: commands in
 * `{ }` blocks (`do={...}`, `:do {...}`, statement blocks), in `[ ]`
 * substitutions, in `( )` expressions, in arrays, in `"$[...]"` strings and in
 * function calls; with `{ embedded: true }`, also in code held in strings.
 */
export function forEachCommand(script: Script, visit: (command: Command, where: CommandVisit) => void, options: WalkOptions = {}): void {
  walkScript(script, { command: visit }, options);
}

/** Calls `visit` for every menu line (`/ip address`), in blocks too; with `{ embedded: true }`, also in code held in strings. */
export function forEachNavigate(script: Script, visit: (navigate: Navigate, where: CommandVisit) => void, options: WalkOptions = {}): void {
  walkScript(script, { navigate: visit }, options);
}

interface Visitor {
  readonly command?: (command: Command, where: CommandVisit) => void;
  readonly navigate?: (navigate: Navigate, where: CommandVisit) => void;
}

function walkScript(script: Script, visitor: Visitor, options: WalkOptions): void {
  const embedded = options.embedded === true;
  const walk = (holders: readonly Command[]): ((statements: readonly Statement[]) => void) => {
    const where: CommandVisit = { holders };
    const inValue = (value: Value | null, holder: Command | null): void => {
      if (!value) return;
      switch (value.kind) {
        case 'substitution':
          inCommand(value.command);
          break;
        case 'call':
          inCall(value);
          break;
        case 'list':
          for (const item of value.items) inValue(item, holder);
          break;
        case 'negated':
          inValue(value.value, holder);
          break;
        case 'expression':
          inExpression(value.expression);
          break;
        case 'array':
          for (const item of value.items) inValue(item.value, holder);
          break;
        case 'block':
          inStatements(value.statements);
          break;
        case 'interpolated':
          for (const part of value.parts) if (part.kind !== 'text') inValue(part, holder);
          break;
        case 'string':
          if (embedded && value.script && holder) walk([...holders, holder])(value.script.statements);
          break;
        default:
          break;
      }
    };
    const inExpression = (e: Expression): void => {
      switch (e.kind) {
        case 'binary':
          inExpression(e.left);
          inExpression(e.right);
          break;
        case 'unary':
          inExpression(e.operand);
          break;
        case 'group':
          inExpression(e.expression);
          break;
        case 'value':
          inValue(e.value, null);
          break;
        default:
          break;
      }
    };
    const inArgs = (args: readonly Arg[], holder: Command | null): void => {
      for (const arg of args) if (arg.kind !== 'unset') inValue(arg.value, holder);
    };
    const inCommand = (command: Command): void => {
      visitor.command?.(command, where);
      inArgs(command.args, command);
    };
    const inCall = (call: Call): void => {
      inValue(call.callee, null);
      inArgs(call.args, null);
    };
    const inBlock = (block: Block): void => inStatements(block.statements);
    const inStatements = (statements: readonly Statement[]): void => {
      for (const statement of statements) {
        switch (statement.kind) {
          case 'command':
            inCommand(statement);
            break;
          case 'block':
            inBlock(statement);
            break;
          case 'call':
            inCall(statement);
            break;
          case 'navigate':
            visitor.navigate?.(statement, where);
            break;
          default:
            break;
        }
      }
    };
    return inStatements;
  };
  walk([])(script.statements);
}
