import type { Command } from '../../ast/nodes.js';
import type { PolicyRule } from '../types.js';

/**
 * Fail closed on text the parser could not read. A statement with a syntax
 * error (including `{ }` blocks such as `:if (...) do={ ... }`, which the
 * parser does not read yet) is left out of the AST; it may still run on a
 * router that reads it differently. Fires only when the caller passes the
 * parse diagnostics to `runPolicy`.
 */
export const unparsedStatement: PolicyRule = {
  meta: {
    id: 'unparsed-statement',
    description: 'statements the parser could not read, so no rule could check them',
    category: 'unknown',
    severity: 'destructive',
    messages: {
      unparsed: 'line {line} could not be read ({reason}), so what it does cannot be checked; it is treated as destructive',
    },
    advice: 'Fix the syntax error, or review that line by hand before running the script; apply it in Safe Mode (Ctrl+X).',
  },
  check(context) {
    for (const error of context.unparsed) {
      // A stand-in command carrying the error's position: the statement itself is not in the AST.
      const command: Command = { kind: 'command', path: [], name: '(unparsed)', args: [], loc: { line: error.line, column: error.column, offset: 0 } };
      context.report({ messageId: 'unparsed', command, data: { line: error.line, reason: error.message.replace(/: expected[\s\S]*$/, '') } });
    }
  },
};
