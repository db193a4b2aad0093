/**
 * Firewall address lists (manual: IP > Firewall > Address list): add entries
 * (several at once, with timeout and comment) and remove them.
 */
import { command, find, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import { durations, timeText } from '../../slots/duration.js';
import { NAME_MARKERS, nameOf, PLAIN_NAME } from '../../slots/names.js';
import type { Frame } from '../frame.js';
import { addressText, addressValue } from '../traffic.js';
import { refuse, verbScore, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { claim } from '../claims.js';
import { COMMENT_LABELS, LIST_NOUNS, NOT_ADDRESS_LIST_NAMES } from '../../../grammar/english/classes.js';
import { ALL_OF_WORDS } from '../../../grammar/english/cues.js';

const MENU = ['ip', 'firewall', 'address-list'];
const MENU6 = ['ipv6', 'firewall', 'address-list'];
const EXAMPLE = 'Add 203.0.113.7 to the address list blocked';

/**
 * The list's name: "address list X", "list X", "the X list", "the X address list",
 * "the blacklist", or quoted text after "list".
 */
export function listName(terms: readonly Term[]): string | null {
  const usable = (t: Term | undefined, allowLexicon: boolean): string | null => {
    const n = nameOf(t);
    if (!n) return null;
    if (n.quoted) return n.name;
    const kinds = new Set(n.term.meanings.map((m) => m.type));
    // ("the mgmt list comment jump host": a comment's label after "list" is not the list's name.)
    if (kinds.has('role') || kinds.has('filler') || NAME_MARKERS.has(n.term.normal) || NOT_ADDRESS_LIST_NAMES.has(n.term.normal) || COMMENT_LABELS.has(n.term.normal)) return null;
    if (!allowLexicon && kinds.has('action') && n.term.normal === (n.term.meanings.find((m) => m.type === 'action') as { value?: string } | undefined)?.value) return null;
    // "delete address list entry 1.2.3.4": the request's verb is not a list's name ("the blocked list" is).
    if (kinds.has('action') && n.term.verb && !n.term.participle) return null;
    return n.name;
  };
  for (const t of terms) if (LIST_NOUNS.has(t.normal)) return t.normal;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (!(t.normal === 'list' || t.normal === 'address list' || t.normal === 'address-list' || t.normal === 'lists')) continue;
    // "list blocked", "address-list 'my list'", then "the blocked list", "the bogons address list".
    const next = NAME_MARKERS.has(terms[i + 1]?.normal ?? '') ? terms[i + 2] : terms[i + 1];
    const found = usable(next, false) ?? usable(terms[i - 1], true);
    if (found) return found;
  }
  // "address list: add 203.0.113.9 to blocked": the name after the last "to"/"from"/"on".
  for (let i = terms.length - 2; i >= 0; i--) {
    const role = terms[i]!.meanings.find((m) => m.type === 'role');
    if (!role) continue;
    let j = i + 1;
    while (terms[j]?.normal === 'the') j++;
    const found = terms[j]?.technical ? null : usable(terms[j], true);
    if (found) return found;
  }
  return null;
}

const addRule: IntentRule = {
  id: 'address-list: add <addresses> to <list> [for <time>]',
  match: (frame) => (mentionsList(frame) ? verbScore(frame, ['add'], 35) : 0),
  build(frame) {
    const list = listName(frame.terms);
    if (list === null) return refuse(this.id, 'it does not name the address list', EXAMPLE);
    const iface = interfaceListChange(frame, this.id, EXAMPLE);
    if (iface) return iface;
    if (frame.addresses.length === 0) return refuse(this.id, 'it does not give an address, subnet, range or domain to add', EXAMPLE);
    const found = durations(frame)[0];
    const duration = found && { text: timeText(found.seconds) };
    const comment = frame.quoted.find((q) => q.label === 'comment' || (q.text !== list && q.label === null))?.text;
    const commands: Command[] = frame.addresses.map((slot) => {
      const ipv6 = slot.value.kind === 'ip6';
      const args: Record<string, ValueInput | undefined> = {
        list: listValue(list),
        address: addressValue(slot.value),
        timeout: duration?.text,
        comment: comment === undefined ? undefined : str(comment),
      };
      return command(ipv6 ? MENU6 : MENU, 'add', args);
    });
    const warnings: string[] = [];
    if (frame.addresses.some((a) => a.value.kind === 'hostname')) warnings.push('RouterOS resolves domain names in address lists and keeps the entries up to date; the list then holds the addresses, not the name.');
    if (duration) warnings.push(`Entries with a timeout are dynamic: they disappear after ${duration.text} and are not kept across a reboot.`);
    return { kind: 'commands', rule: this.id, commands, warnings, referent: { kind: 'address-list', name: list } };
  },
};

/**
 * "remove ether7 from the WAN list", "add ether2 to the LAN list": an interface belongs to an interface list
 * (/interface list member), which is not changed here; the address-list reading would add the wrong thing, or empty
 * the whole address list of that name.
 */
function interfaceListChange(frame: Frame, id: string, example: string): IntentResult | undefined {
  const iface = frame.interfaces[0];
  return iface ? refuse(id, `${iface.value} is an interface; interface lists (/interface list member) are not changed here`, example) : undefined;
}

const removeRule: IntentRule = {
  id: 'address-list: remove <addresses> from <list> | clear <list>',
  match: (frame) => (mentionsList(frame) ? verbScore(frame, ['remove'], 35) : 0),
  build(frame) {
    // "remove 10.0.0.0/8 from all lists": the addresses' entries in every list (never every entry of every list).
    const every = frame.addresses.length > 0 ? frame.terms.find((t, k) => ALL_OF_WORDS.has(t.normal) && /^(?:lists?|address lists?|address-lists?)$/.test(frame.terms[k + 1]?.normal ?? '')) : undefined;
    claim(every);
    const everyList = every !== undefined;
    const list = everyList ? null : listName(frame.terms);
    if (list === null && !everyList) return refuse(this.id, 'it does not name the address list', 'Remove 203.0.113.7 from the address list blocked');
    const iface = interfaceListChange(frame, this.id, 'Remove 203.0.113.7 from the address list blocked');
    if (iface) return iface;
    const commands: Command[] = [];
    const entries = frame.addresses.length > 0 ? frame.addresses.map((a) => a.value) : [null];
    for (const a of entries) {
      const ipv6 = a?.kind === 'ip6';
      const menu = ipv6 ? MENU6 : MENU;
      const matchers: Record<string, ValueInput | undefined> = { list: list === null ? undefined : listValue(list), address: a ? str(addressText(a)) : undefined };
      commands.push(command(menu, 'remove', [{ kind: 'positional', value: find(menu, matchers) }]));
    }
    const warnings = frame.addresses.length === 0 ? [`Every entry of the list ${list} is removed.`] : list === null ? ['The addresses are removed from every address list that holds them.'] : [];
    return { kind: 'commands', rule: this.id, commands, warnings };
  },
};

function listValue(name: string): ValueInput {
  return PLAIN_NAME.test(name) && !/^\d/.test(name) ? name : str(name);
}

/** Frames that talk about address lists (the firewall family uses this to match src/dst-address-list). */
export function mentionsList(frame: Frame): boolean {
  return frame.nouns.has('address-list') || frame.terms.some((t) => t.normal === 'list' || LIST_NOUNS.has(t.normal));
}

export const ADDRESS_LISTS: IntentFamily = { id: 'address-list', reads: { nouns: ['traffic', 'all'], words: ['access', 'timeout', 'entry', 'entries'] }, example: 'Add 203.0.113.7 to the address list blocked', summary: 'firewall address lists (add and remove entries, with timeouts)', rules: [addRule, removeRule] };
