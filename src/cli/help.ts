/** The CLI's help texts: `routeros-gen help [command]`, `<command> --help`. */
import { FORMATS } from './formats.js';

export const MAIN_HELP = `routeros-gen: English to MikroTik RouterOS v7 scripts, offline.

Usage:
  routeros-gen [options] "<prompt>"        print the script for one request
  echo "<prompt>" | routeros-gen [options] the prompt from standard input (also: routeros-gen -)
  routeros-gen batch [options] < requests.jsonl
  routeros-gen check [options] FILE|DIR|GLOB... | -
  routeros-gen serve [options]
  routeros-gen explain [options] "<prompt>"  how each word was read (see: routeros-gen help explain)
  routeros-gen help [batch|check|serve|explain]

Options for a prompt, batch and serve:
  --wan NAME          the internet side: an interface list in capitals (WAN) or an interface (ether1)
  --lan NAME          the LAN side, same forms (default: interface list LAN)
  --lan-bridge NAME   the LAN bridge (default: bridge)
  --lan-subnet CIDR   what "the LAN" is where an address is needed (default: 192.168.88.0/24)
  --config FILE       the router's current configuration (/export text): rules placed where they take
                      effect, names checked, what is already there not written again, defaults read from it
  --undo              with --config: print the script that undoes the prompt's script on that router
  --safe-apply MIN    with --config: wrap a destructive script in a scheduled revert (its undo runs after
                      MIN minutes unless you cancel it with the command in the notes)
  --json              print the whole AiScriptResponse as JSON
  --color, --no-color colour on or off (default: on for a terminal unless NO_COLOR is set)
  -h, --help          this help;  -v, --version  the version

A prompt prints the script on stdout and notes on stderr.
Exit codes: 0 script printed, 2 request refused (the reason is on stderr), 1 invalid request or usage error.
`;

export const BATCH_HELP = `Usage: routeros-gen batch [--wan NAME] [--lan NAME] [--lan-bridge NAME] [--lan-subnet CIDR] [--config FILE] < requests.jsonl

Reads JSON Lines request bodies ({"prompt": "..."}) from standard input and writes exactly one
JSON line per input line, in order: the AiScriptResponse, or {"status": N, "error": ErrorResponse}.
A line may also carry the options wan, lan, lanBridge, lanSubnet and config (they override the flags;
--config FILE is read and modelled once for every line);
any other key gets 400 invalid_option, as the library does.
Exit codes: 0 every line answered, 1 usage error.
`;

export const CHECK_HELP = `Usage: routeros-gen check [options] FILE|DIR|GLOB... | -

Parses and validates RouterOS scripts and labels destructive operations.
A directory is searched for *.rsc files (hidden entries and node_modules skipped); a quoted
pattern such as 'scripts/**/*.rsc' is expanded by routeros-gen; - reads standard input.

Options:
  --format NAME        ${FORMATS.join(', ')} (default: stylish)
  --json               the same as --format json
  --fail-on LEVEL      what makes the exit code 1: error (default), destructive (errors or a
                       destructive operation), warning (errors, destructive or any warning)
  --max-warnings N     also exit 1 when there are more than N warnings
  --schema FILE        validate against your RouterOS version's /console/inspect tree (JSON)
  --config FILE        the router's /export: say what the scripts will cut there, and do not flag
                       removing what it proves unused (see docs/policy-rules.md)
  --color, --no-color  colour on or off (default: on for a terminal unless NO_COLOR is set)

Exit codes: 0 nothing at the --fail-on level, 1 problems, 2 fatal: a usage error, a file that
cannot be read, or a directory or pattern with no script in it.
`;

/** A library message that names an option as code does (`option lanSubnet`), naming the flag the user typed instead (`--lan-subnet`). */
export function withFlagNames(message: string): string {
  return message.replace(/\boption (wan|lan|lanBridge|lanSubnet|safeApply|config)\b/, (_m, o: string) => `--${o.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`);
}

/** The two lines a usage error prints. */
export function usageError(message: string, command?: string): string {
  // node:util's parseArgs explains at length how to pass a positional starting with '-': keep its first sentence.
  const first = /^(Unknown option '[^']*'|Option '[^']*' argument missing|Option '[^']*' does not take an argument)/.exec(message);
  return `routeros-gen${command ? ' ' + command : ''}: ${first ? first[1] : message}\nRun "routeros-gen ${command ? command + ' ' : ''}--help" for usage.\n`;
}
