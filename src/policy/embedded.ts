/**
 * Scripts inside scripts. RouterOS keeps code in string properties — a
 * scheduler's `on-event`, a script's `source`, netwatch's `up-script` — and
 * runs it later; `:execute` and `:parse` take code as a string. The parser
 * reads those as plain strings, so the engine parses them here and runs the
 * rules on them too.
 */
import type { Arg, Command, Script, Statement, Value } from '../ast/nodes.js';
import { CODE_PROPERTIES } from '../rsc/language.js';
import { parseScript } from '../rsc/parse.js';
import { arg, literal, menu, menuText } from './args.js';
import type { EmbeddedScript } from './types.js';

/** Deeper than this, a script inside a script is not inspected (and so counts as destructive). */
export const MAX_EMBEDDING_DEPTH = 8;


/** Script commands (`:execute`, `:parse`) whose first unnamed argument is code. */
const CODE_COMMANDS = new Set(['execute', 'parse']);

/** Whether an argument of the command holds code: `on-event=` of a scheduler, the first unnamed argument of `:execute`. */
export function isCodeArgument(command: Command, a: Arg): boolean {
  if (a.kind === 'named') {
    // The parser's table of code-holding properties, plus `script=` of `:execute`.
    if (a.name === 'script' && isCodeCommand(command)) return true;
    const menus = CODE_PROPERTIES.get(a.name);
    return menus !== undefined && (menus === null || menus.has(menu(command)));
  }
  return a.kind === 'positional' && isCodeCommand(command) && command.args.find((x) => x.kind === 'positional') === a;
}

function isCodeCommand(command: Command): boolean {
  return command.path.length === 0 && CODE_COMMANDS.has(command.name);
}

/**
 * The scripts held in one command's arguments. (`$[ ]` and `$( )` inside a
 * string are not among them: the parser reads those as nodes of their own,
 * and the command walk visits the commands inside.)
 */
export function embeddedScripts(command: Command, depth: number): EmbeddedScript[] {
  const found: EmbeddedScript[] = [];
  for (const a of command.args) {
    if (a.kind === 'unset' || !isCodeArgument(command, a)) continue;
    const where = isCodeCommand(command) ? `:${command.name}` : `${a.kind === 'named' ? a.name : 'code'} of ${menuText(command)}`;
    found.push(inspect(command, where, a.value, depth));
  }
  return found;
}

/** The text of a code value, or why it cannot be read. */
export function codeText(value: Value | null | undefined): { text: string } | { problem: string } {
  if (value === null || value === undefined) return { text: '' };
  if (value.kind === 'string' || value.kind === 'word' || value.kind === 'expression') {
    const text = literal(value);
    if (text !== null) return { text };
  }
  return { problem: 'its value is computed at run time' };
}

/** `{ ... }` code (`source={...}`, `on-event={...}`): its statements, already parsed. */
function blockStatements(value: Value | null): Statement[] | null {
  if (value === null || (value as { kind: string }).kind !== 'block') return null;
  return (value as unknown as { statements: Statement[] }).statements;
}

function inspect(command: Command, where: string, value: Value | null, depth: number): EmbeddedScript {
  if (depth >= MAX_EMBEDDING_DEPTH) return { command, where, script: null, problem: `scripts are nested more than ${MAX_EMBEDDING_DEPTH} levels deep` };
  const block = blockStatements(value);
  if (block) return { command, where, script: { kind: 'script', statements: block } };
  // The parser already read code held in strings (StringValue.script): no second parse.
  const parsed = parsedCode(value);
  if (parsed) return { command, where, script: parsed };
  const code = codeText(value);
  if ('problem' in code) return { command, where, script: null, problem: code.problem };
  const { ast, diagnostics } = parseScript(code.text);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error) {
    // Chevrotain lists every token it would accept; the first clause says enough.
    const reason = error.message.replace(/: expected[\s\S]*$/, '');
    return { command, where, script: null, problem: `it does not parse (line ${error.line}, column ${error.column}: ${reason})` };
  }
  return { command, where, script: ast };
}

/** The script the parser stored on a string that holds code, if it did (it does only when the code parses). */
export function parsedCode(value: Value | null | undefined): Script | null {
  return value?.kind === 'string' && value.script ? value.script : null;
}

/** `/system script add name=x source=...` (and `set x source=...`): the scripts the text defines, by name. */
export function definedScripts(commands: readonly Command[]): Map<string, Value | null> {
  const scripts = new Map<string, Value | null>();
  for (const command of commands) {
    if (menu(command) !== '/system/script' || !command.args.some((a) => a.kind === 'named' && a.name === 'source')) continue;
    let name: string | null = null;
    if (command.name === 'add') name = literal(arg(command, 'name'));
    else if (command.name === 'set') {
      const target = command.args.find((a) => a.kind === 'positional');
      name = target?.kind === 'positional' ? literal(target.value) : null;
    }
    if (name !== null) scripts.set(name, arg(command, 'source') ?? null);
  }
  return scripts;
}
