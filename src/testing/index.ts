/**
 * `routeros-gen/testing`: fast-check arbitraries for property tests of code
 * that reads, writes or generates RouterOS scripts.
 *
 * - RouterOS values, commands and scripts for every menu of the project's
 *   command schema (`command`, `script`, `scriptText`), and the script
 *   language around them (`languageScript`, `expression`, `scriptValue`):
 *   each validates against the schema and reads back as itself after printing.
 * - English prompts with the commands they must produce (`expectedPrompt`
 *   and the per-family ones), built from the project's lexicon.
 * - Hostile prompts (`hostilePrompt`, `hostileText`) and a check that a
 *   generated script kept their text inert (`checkHostileOutput`).
 * - Prompts that must be refused (`foreignCommand`, `chitChat`,
 *   `unknownObjectPrompt`, `madeUpWord`).
 *
 * fast-check is a peer dependency of this entry point only; the main entry
 * (`routeros-gen`) never loads it.
 */
import { stripLocations } from '../ast/strip.js';
import type { Command, Script, Statement } from '../ast/nodes.js';
import { parseScript } from '../rsc/parse.js';
import { printValue } from '../rsc/print.js';

export {
  bareName, integer, ipv4, ipv4Prefix, ipv4Range, ipv6, ipv6Prefix, mac, port, rate, stringText, time, valueOfArg, valueOfType,
} from './values.js';
export { command, commandOf, menusOf, navigate, script, scriptText } from './commands.js';
export type { CommandOptions, ScriptShape } from './commands.js';
export { expression, languageScript, scriptValue, statement } from './language.js';
export type { LanguageOptions } from './language.js';
export {
  addressPrompt, commentText, expectedPrompt, FAMILY_COMMANDS, forwardPrompt, hostAddress, masqueradePrompt, numberWords, portPrompt,
  servicePrompt, subnet,
} from './prompts.js';
export type { ExpectedPrompt, PromptFamily } from './prompts.js';
export { checkHostileOutput, HOSTILE_PIECES, hostilePrompt, hostileText } from './hostile.js';
export { chitChat, foreignCommand, madeUpWord, unknownObjectPrompt } from './garbage.js';
export type { HostilePlacement, HostilePrompt } from './hostile.js';

/**
 * A command as one line that ignores layout and argument order:
 * `/ip/firewall/filter add action=drop chain=input dst-port=22`. Values keep
 * their type (`comment="x"` and `comment=x` differ).
 */
export function canonicalCommand(command: Command): string {
  const positional: string[] = [];
  const named: string[] = [];
  for (const arg of command.args) {
    if (arg.kind === 'positional') positional.push(printValue(arg.value, command.path));
    else if (arg.kind === 'unset') named.push('!' + arg.name);
    else named.push(`${arg.name}=${arg.value === null ? '' : printValue(arg.value, command.path)}`);
  }
  named.sort();
  return ['/' + command.path.join('/'), command.name, ...positional, ...named].join(' ');
}

/**
 * The commands of a script (text or AST) as sorted canonical lines. Two
 * scripts with the same lines hold the same commands, whatever their order,
 * layout or argument order; a script with syntax errors throws.
 */
export function canonicalCommands(script: string | Script | readonly Statement[]): string[] {
  let statements: readonly Statement[];
  if (typeof script === 'string') {
    const parsed = parseScript(script);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`the script does not parse: ${errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
    statements = parsed.ast.statements;
  } else statements = Array.isArray(script) ? script : (script as Script).statements;
  return statements
    .map((s) => stripLocations(s))
    .map((s) => (s.kind === 'command' ? canonicalCommand(s) : JSON.stringify(s)))
    .sort();
}

/** Whether two scripts hold the same commands (see `canonicalCommands`). */
export function sameCommands(a: string | Script | readonly Statement[], b: string | Script | readonly Statement[]): boolean {
  const x = canonicalCommands(a);
  const y = canonicalCommands(b);
  return x.length === y.length && x.every((line, i) => line === y[i]);
}
