/**
 * The commands the rules see: every command of a script, including those in
 * `[ ]` substitutions, in source order.
 */
import { classifyBare } from '../ast/classify.js';
import type { Command, Navigate, Script } from '../ast/nodes.js';
import { forEachCommand } from '../rsc/walk.js';

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

export function collectCommands(script: Script, options: CollectOptions = {}): Command[] {
  const commands: Command[] = [];
  for (const statement of script.statements) {
    if (statement.kind === 'navigate') {
      const command = navigateAsCommand(statement) ?? (options.scriptNames ? scriptReference(statement) : null);
      if (command) commands.push(command);
      continue;
    }
    forEachCommand({ kind: 'script', statements: [statement] }, (c) => commands.push(resplitCommand(c)));
  }
  return commands;
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
