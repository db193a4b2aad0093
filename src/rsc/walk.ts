import type { Command, Expression, Script, Value } from '../ast/nodes.js';

/** Calls `visit` for every command in a script, including those inside `[ ]` and `( )`. */
export function forEachCommand(script: Script, visit: (command: Command) => void): void {
  const inValue = (value: Value | null): void => {
    if (!value) return;
    switch (value.kind) {
      case 'substitution':
        inCommand(value.command);
        break;
      case 'list':
        value.items.forEach(inValue);
        break;
      case 'negated':
        inValue(value.value);
        break;
      case 'expression':
        inExpression(value.expression);
        break;
      default:
        break;
    }
  };
  const inExpression = (e: Expression): void => {
    if (e.kind === 'binary') {
      inExpression(e.left);
      inExpression(e.right);
    } else if (e.kind === 'unary') inExpression(e.operand);
    else if (e.kind === 'group') inExpression(e.expression);
    else if (e.kind === 'value') inValue(e.value);
  };
  const inCommand = (command: Command): void => {
    visit(command);
    for (const arg of command.args) if (arg.kind !== 'unset') inValue(arg.value);
  };
  for (const statement of script.statements) if (statement.kind === 'command') inCommand(statement);
}
