/**
 * The order of a script's own filter rules. A prompt's later clause often makes an exception to an earlier one ("block
 * ssh from the internet, then allow ssh from 203.0.113.7"): written in the prompt's order, the accept would come after
 * the drop that takes its traffic first, and never match. A rule moves up to just before the first of the script's
 * own earlier rules that does the opposite to its traffic and is not itself an exception (limited by addresses, lists
 * or ports: then it is meant to come first). Rules of the router's configuration are placed by `fitToRouter`.
 */
import type { Command } from '../ast/nodes.js';
import { buildRouterModel, commandProps } from './model.js';
import { DROPS, readTraffic, shadows } from './traffic.js';

const EMPTY = buildRouterModel('');

/** A rule as its chain, matchers and action (`chain=input protocol=tcp dst-port=22 action=drop`). */
const brief = (c: Command): string =>
  Object.entries(commandProps(c)).filter(([k]) => k !== 'comment' && k !== 'log' && k !== 'log-prefix').map(([k, v]) => `${k}=${v}`).join(' ');

const isFilterAdd = (c: Command): boolean => c.name === 'add' && c.path.join(' ') === 'ip firewall filter';

/** The commands with each filter rule before the script's own earlier rule that would shadow it, and a note per move. */
export function orderOwnRules(commands: readonly Command[]): { commands: Command[]; notes: string[] } {
  // Each command with the traffic of a filter rule, read once.
  const out = commands.map((c) => ({ c, traffic: isFilterAdd(c) ? readTraffic(commandProps(c), EMPTY) : undefined }));
  const notes: string[] = [];
  for (let j = 0; j < out.length; j++) {
    const { c, traffic: mine } = out[j]!;
    if (!mine) continue;
    const accept = mine.action === 'accept';
    if (!accept && !DROPS.has(mine.action)) continue;
    const at = out.slice(0, j).findIndex(({ traffic: theirs }) => !!theirs && (accept ? DROPS.has(theirs.action) : theirs.action === 'accept') && shadows(theirs, mine));
    if (at < 0) continue;
    const [moved] = out.splice(j, 1);
    out.splice(at, 0, moved!);
    notes.push(`The rule \`${brief(c)}\` is written before \`${brief(out[at + 1]!.c)}\`, which the request also adds and which would otherwise ${accept ? 'drop' : 'accept'} its traffic first; keep that order.`);
  }
  return { commands: out.map((x) => x.c), notes };
}
