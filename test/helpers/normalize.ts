/**
 * A canonical form of a script for comparing meaning, not layout: every
 * command absolute, named arguments sorted, values compared by their text
 * (so `comment=x` and `comment="x"` are equal, as they are to RouterOS).
 */
import type { Command, Value } from '../../src/ast/nodes.js';
import { parseScript } from '../../src/rsc/parse.js';
import { printValue } from '../../src/rsc/print.js';

export function normalizeScript(text: string): string[] {
  const { ast, diagnostics } = parseScript(text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`script does not parse: ${errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}\n${text}`);
  return ast.statements.filter((s): s is Command => s.kind === 'command').map(normalizeCommand);
}

function valueText(value: Value | null): string {
  if (value === null) return '';
  if (value.kind === 'string') return value.value;
  if (value.kind === 'list') return value.items.map(valueText).join(',');
  if (value.kind === 'negated') return '!' + valueText(value.value);
  return printValue(value);
}

function normalizeCommand(command: Command): string {
  const positional: string[] = [];
  const named: string[] = [];
  for (const arg of command.args) {
    if (arg.kind === 'positional') positional.push(valueText(arg.value));
    else if (arg.kind === 'unset') named.push('!' + arg.name);
    else named.push(`${arg.name}=${valueText(arg.value)}`);
  }
  named.sort();
  return ['/' + command.path.join('/'), command.name, ...positional, ...named].join(' ');
}
