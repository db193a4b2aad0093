/** Helpers rules use to read commands. */
import type { Command, Value } from '../ast/nodes.js';

export function menu(command: Command): string {
  return '/' + command.path.join('/');
}

/** The value of `name=...`, or undefined. */
export function arg(command: Command, name: string): Value | null | undefined {
  for (const a of command.args) if (a.kind === 'named' && a.name === name) return a.value;
  return undefined;
}

/** A value's plain text when it is a literal word, string or number; null when computed at run time. */
export function literal(value: Value | null | undefined): string | null {
  if (!value) return null;
  switch (value.kind) {
    case 'word': case 'time': case 'id': return value.text;
    case 'string': return value.value;
    case 'number': return String(value.value);
    default: return null;
  }
}
