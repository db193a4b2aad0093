/**
 * What the parser knows about the RouterOS script language itself, as data:
 * the global commands, how many unnamed arguments they take, which of their
 * arguments hold code, and which menu properties hold code in strings.
 */

/** Words that are commands in (nearly) every menu: used to split paths of menus the schema does not know. */
export const GENERIC_COMMANDS: ReadonlySet<string> = new Set([
  'add', 'set', 'remove', 'enable', 'disable', 'print', 'export', 'find', 'get', 'edit', 'comment', 'move', 'unset',
  'reset', 'reset-counters', 'monitor', 'flush', 'run', 'import', 'reboot', 'shutdown', 'upgrade', 'install',
  'check-for-updates', 'download', 'save', 'load', 'make-static', 'release', 'renew', 'send', 'clear', 'blink', 'cancel',
]);

/**
 * The global script commands (`:put`, `:local`...), from the RouterOS 7.24
 * command tree's root. At the root menu they may be written without `:`.
 */
export const SCRIPT_COMMANDS: ReadonlySet<string> = new Set([
  'local', 'global', 'set', 'if', 'do', 'while', 'for', 'foreach', 'put', 'delay', 'return', 'error', 'onerror', 'retry',
  'parse', 'execute', 'len', 'pick', 'find', 'typeof', 'tostr', 'tonum', 'toip', 'toip6', 'toid', 'tobool', 'toarray',
  'totime', 'tonsec', 'tocrlf', 'tolf', 'serialize', 'deserialize', 'convert', 'jobname', 'beep', 'resolve', 'time',
  'timestamp', 'rndnum', 'rndstr', 'range', 'grep', 'lock', 'nothing', 'break', 'continue', 'exit', 'log', 'environment',
]);

/**
 * Other commands of the root menu (`/ping 8.8.8.8`, `/export`): their first
 * word is the command, never a menu.
 */
export const ROOT_COMMANDS: ReadonlySet<string> = new Set([
  'ping', 'traceroute', 'export', 'import', 'password', 'quit', 'redo', 'undo', 'setup', 'recursive-print',
]);

/**
 * How many unnamed arguments a script command takes (manual: Scripting,
 * Global commands). More is an error, as on the device: this is what makes
 * `:local x 2 # c` fail there.
 */
export const SCRIPT_ARITY: Readonly<Record<string, number>> = {
  local: 2, global: 2, set: 2, put: 1, delay: 1, return: 1, error: 1, if: 1, while: 1, do: 1, for: 1, foreach: 1,
  onerror: 2, parse: 1, execute: 1, len: 1, typeof: 1, tostr: 1, tonum: 1, toip: 1, toip6: 1, toid: 1, tobool: 1,
  toarray: 1, totime: 1, tonsec: 1, tocrlf: 1, tolf: 1, pick: 3, find: 3, break: 0, continue: 0, nothing: 0, exit: 0,
  log: 2, resolve: 1, time: 1, jobname: 0, beep: 0, rndnum: 0, rndstr: 0, timestamp: 0, retry: 1,
};

/** Script commands whose first unnamed argument in `{ }` is code, not an array. */
export const BLOCK_POSITIONAL: ReadonlySet<string> = new Set(['do', 'time', 'execute', 'retry']);

/**
 * Arguments of the flow commands that RouterOS also reads without `=`: a bare
 * argument name followed by a value is that argument (`else {`, `on-error {`,
 * `while (...)`, `in $x`, `from 1`), as RouterOS 7's own parser reads them.
 */
export const SPACED_ARGS: Readonly<Record<string, ReadonlySet<string>>> = {
  if: new Set(['do', 'else']),
  while: new Set(['do', 'on-error']),
  do: new Set(['while', 'if', 'on-error']),
  for: new Set(['from', 'to', 'step', 'do', 'on-error']),
  foreach: new Set(['in', 'do', 'on-error']),
  onerror: new Set(['in', 'do']),
  retry: new Set(['command', 'delay', 'max', 'on-error']),
};

/** Flag words of script commands: they take no value and do not count as unnamed arguments. */
export const SCRIPT_FLAGS: Readonly<Record<string, ReadonlySet<string>>> = {
  execute: new Set(['as-string']),
  beep: new Set(['as-value']),
  grep: new Set(['as-array']),
  import: new Set(['dry-run', 'verbose']),
};

/** Arguments of script commands whose `{ }` is code, not an array. */
export const BLOCK_ARGS = new Set(['do', 'else', 'on-error', 'command']);

/**
 * Menu properties that hold code, and the menus they hold it in (null: any
 * menu). Manual: Scripting, Scheduler, Netwatch, DHCP, PPP, VRRP, HotSpot.
 */
export const CODE_PROPERTIES: ReadonlyMap<string, ReadonlySet<string> | null> = new Map<string, ReadonlySet<string> | null>([
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
  ['on-error', null],
  ['script', new Set(['/ip/dhcp-client', '/ipv6/dhcp-client'])],
]);
