/**
 * Scripts inside scripts. RouterOS keeps code in string properties — a
 * scheduler's `on-event`, a script's `source`, netwatch's `up-script` — and
 * runs it later; `:execute` and `:parse` take code as a string. The parser
 * reads those as plain strings, so the engine parses them here and runs the
 * rules on them too.
 */
import type { Command, Value } from '../ast/nodes.js';
import { parseScript } from '../rsc/parse.js';
import { arg, literal, menu, menuText } from './args.js';
import type { EmbeddedScript } from './types.js';

/** Deeper than this, a script inside a script is not inspected (and so counts as destructive). */
export const MAX_EMBEDDING_DEPTH = 8;

/**
 * Properties that hold code, and the menus they hold it in (null: any menu; the
 * names are specific enough). Manual: Scripting, Scheduler, Netwatch, DHCP,
 * PPP AAA, VRRP, HotSpot user profiles.
 */
const SCRIPT_PROPERTIES: ReadonlyMap<string, ReadonlySet<string> | null> = new Map<string, ReadonlySet<string> | null>([
  ['on-event', null],
  ['source', new Set(['/system/script'])],
  ['up-script', null],
  ['down-script', null],
  ['test-script', null],
  ['lease-script', null],
  ['on-up', null],
  ['on-down', null],
  ['on-master', null],
  ['on-backup', null],
  ['on-fail', null],
  ['on-login', null],
  ['on-logout', null],
  ['script', new Set(['/ip/dhcp-client', '/ipv6/dhcp-client', '/'])],
]);

/** Script commands (`:execute`, `:parse`) whose first unnamed argument is code. */
const CODE_COMMANDS = new Set(['execute', 'parse']);

/** The scripts held in one command's arguments. */
export function embeddedScripts(command: Command, depth: number): EmbeddedScript[] {
  const found: EmbeddedScript[] = [];
  const isScriptCommand = command.path.length === 0 && CODE_COMMANDS.has(command.name);
  for (const a of command.args) {
    if (a.kind !== 'named') continue;
    const menus = SCRIPT_PROPERTIES.get(a.name);
    if (menus === undefined || (menus !== null && !menus.has(menu(command)))) continue;
    if (a.name === 'script' && command.path.length === 0 && !isScriptCommand) continue;
    const where = isScriptCommand ? `:${command.name}` : `${a.name} of ${menuText(command)}`;
    found.push(inspect(command, where, a.value, depth));
  }
  if (isScriptCommand) {
    const first = command.args.find((a) => a.kind === 'positional');
    if (first?.kind === 'positional') found.push(inspect(command, `:${command.name}`, first.value, depth));
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

function inspect(command: Command, where: string, value: Value | null, depth: number): EmbeddedScript {
  if (depth >= MAX_EMBEDDING_DEPTH) return { command, where, script: null, problem: `scripts are nested more than ${MAX_EMBEDDING_DEPTH} levels deep` };
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
