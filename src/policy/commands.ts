/** The commands the rules see, found wherever they sit in a script. */
import { classifyBare } from '../ast/classify.js';
import type { Arg, Command, Navigate, Script, SourceLocation } from '../ast/nodes.js';
import { isCodeArgument } from './embedded.js';
import { isKnownMenuLevel } from './harmless.js';

/**
 * Action words the parser may read as a menu level. Its schema only knows the
 * firewall menus and splits other paths at generic verbs (add, set, remove...),
 * so `/system reset-configuration` or `/system package downgrade` written
 * without arguments come back as a bare menu line (`navigate`). A menu line
 * whose path holds one of these words is read back as that command, so the
 * policy fails closed on it.
 */
const ACTION_IN_PATH = /^(?:reset|remove|clear|flush|delete|format|uninstall|downgrade|install|upgrade|restore|reboot|shutdown|revoke|erase|wipe|purge)(?:-|$)/;

/**
 * The same split for a command: `/disk format-drive disk1 file-system=ext4`
 * comes back as command `disk1` in menu /disk/format-drive, because the
 * parser takes the last leading word as the command when no generic verb is
 * present. Re-split at the action word, keeping the words after it as
 * unnamed arguments.
 */
export function resplitCommand(command: Command): Command {
  const index = command.path.findIndex((segment) => ACTION_IN_PATH.test(segment));
  if (index < 0) return command;
  const moved = [...command.path.slice(index + 1), command.name].map((text) => ({ kind: 'positional' as const, value: classifyBare(text) }));
  return { ...command, path: command.path.slice(0, index), name: command.path[index]!, args: [...moved, ...command.args] };
}

export function navigateAsCommand(navigate: Navigate): Command | null {
  const index = navigate.path.findIndex((segment) => ACTION_IN_PATH.test(segment));
  if (index < 0) return null;
  const command: Command = {
    kind: 'command',
    path: navigate.path.slice(0, index),
    name: navigate.path[index]!,
    args: navigate.path.slice(index + 1).map((text) => ({ kind: 'positional' as const, value: classifyBare(text) })),
  };
  return navigate.loc ? { ...command, loc: navigate.loc } : command;
}

export interface CollectOptions {
  /**
   * Read a line naming no RouterOS menu (`myscript`) as running the script of
   * that name: a scheduler's `on-event` may hold either code or a script name.
   */
  readonly scriptNames?: boolean;
}

/** A call of a code value (`$f a=1`, `[$f]`), and the command it sits in, if any. */
export interface CallSite {
  /** The `$name` called, or null when the callee is computed (`[[:parse ...]]`). */
  readonly variable: string | null;
  readonly loc: SourceLocation | undefined;
}

export interface Collected {
  readonly commands: Command[];
  readonly calls: CallSite[];
}

/**
 * Every command of a script in source order: statements, `[ ]` substitutions,
 * `{ }` blocks (`do={...}`), and substitutions inside strings the parser
 * reads as interpolated. The walk is generic over node kinds, so node kinds
 * the parser adds later are searched too (fail closed: a command is found
 * wherever it sits). Two places are left to the engine's embedded-script
 * check, which labels their findings: quoted strings, and `{ }` code held in
 * code properties (`source={...}`).
 */
export function collectCommands(script: Script, options: CollectOptions = {}): Command[] {
  return walkScript(script, options).commands;
}

export function walkScript(script: Script, options: CollectOptions = {}): Collected {
  const out: Collected = { commands: [], calls: [] };
  walkStatements(script.statements, out, options);
  return out;
}

function walkStatements(statements: readonly unknown[], out: Collected, options: CollectOptions): void {
  for (const [index, statement] of statements.entries()) {
    if (isKind(statement, 'navigate')) {
      const navigate = statement as Navigate;
      const command = navigateAsCommand(navigate) ?? (options.scriptNames ? scriptReference(navigate) : null) ?? unknownLevel(navigate, statements, index + 1);
      if (command) out.commands.push(command);
      continue;
    }
    walkNode(statement, out, options);
  }
}

function walkNode(node: unknown, out: Collected, options: CollectOptions): void {
  if (Array.isArray(node)) {
    for (const item of node) walkNode(item, out, options);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const kind = (node as { kind?: unknown }).kind;
  // A quoted string's code (and its parsed `script`, when the parser adds one) is the embedded check's.
  if (kind === 'string') return;
  if (kind === 'command') {
    const command = resplitCommand(node as Command);
    out.commands.push(command);
    for (const a of command.args) if (!holdsBlockCode(command, a)) walkNode(a, out, options);
    return;
  }
  if (kind === 'block') {
    walkStatements((node as { statements?: unknown[] }).statements ?? [], out, options);
    return;
  }
  if (kind === 'call') {
    const callee = (node as { callee?: unknown }).callee;
    const variable = isKind(callee, 'variable') ? (callee as { name: string }).name : null;
    out.calls.push({ variable, loc: (node as { loc?: SourceLocation }).loc });
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'loc') walkNode(value, out, options);
}

function isKind(node: unknown, kind: string): boolean {
  return node !== null && typeof node === 'object' && (node as { kind?: unknown }).kind === kind;
}

/** `source={ ... }`: code the embedded check reads (and labels), so the walk skips it. */
function holdsBlockCode(command: Command, a: Arg): boolean {
  return a.kind !== 'unset' && isKind(a.value, 'block') && isCodeArgument(command, a);
}

/**
 * A menu line to a path no known menu has, that no following line uses as
 * its menu, is a command written without arguments whose menu the parser
 * does not know (`/system license generate-new-id`): read its last word as
 * the command, so the policy judges it (fail closed) instead of skipping a
 * menu change.
 */
function unknownLevel(navigate: Navigate, statements: readonly unknown[], from: number): Command | null {
  if (navigate.path.length < 2 || isKnownMenuLevel(navigate.path)) return null;
  for (let i = from; i < statements.length; i++) {
    const statement = statements[i];
    if (isKind(statement, 'navigate')) break;
    if (isKind(statement, 'command') && startsWith((statement as Command).path, navigate.path)) return null;
  }
  const command: Command = { kind: 'command', path: navigate.path.slice(0, -1), name: navigate.path[navigate.path.length - 1]!, args: [] };
  return navigate.loc ? { ...command, loc: navigate.loc } : command;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

/** `myscript` as `/system script run myscript`. */
function scriptReference(navigate: Navigate): Command | null {
  const first = navigate.path[0];
  if (first === undefined || TOP_MENUS.has(first)) return null;
  const command: Command = {
    kind: 'command',
    path: ['system', 'script'],
    name: 'run',
    args: [{ kind: 'positional', value: { kind: 'string', value: navigate.path.join(' ') } }],
  };
  return navigate.loc ? { ...command, loc: navigate.loc } : command;
}

/**
 * First-level menus of RouterOS 7. In a script held in a string (a scheduler's
 * `on-event`), a line naming anything else is the name of a script to run.
 */
export const TOP_MENUS: ReadonlySet<string> = new Set([
  'app', 'caps-man', 'certificate', 'console', 'container', 'disk', 'dude', 'file', 'interface', 'iot', 'ip', 'ipv6',
  'log', 'lora', 'mpls', 'partitions', 'port', 'ppp', 'queue', 'radius', 'routing', 'snmp', 'special-login', 'system',
  'task', 'tool', 'user', 'user-manager', 'zerotier',
]);
