/**
 * Interface lists (manual: Interface > List): creating a list, and adding interfaces to or removing them from one
 * ("add ether2 to the LAN list", "create interface list IOT with ether3 and ether4"). The firewall, MAC server and
 * neighbor discovery of the default configuration match the lists LAN and WAN, so a member added or removed changes
 * what they allow.
 */
import { command, find, str } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { ResolvedOptions } from '../../api/options.js';
import type { Term } from '../../nlp/analyze.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { refuse, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { asks, has, isNoun, itInterface, lanBridgeWord, otherVerbs, says } from '../words.js';
import { NAME_LABELS } from '../../../grammar/english/cues.js';
import { NOT_LIST_NAMES } from '../../../grammar/english/classes.js';

const LIST = '/interface list';
const MEMBER = '/interface list member';
const MEMBER_EXAMPLE = 'Add ether2 to the LAN list';
const CREATE_EXAMPLE = 'Create interface list IOT';
/** A name RouterOS and a script take bare. */
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const isListWord = (t: Term | undefined): boolean => !!t && (isNoun(t, 'interface-list') || t.normal === 'list' || t.normal === 'lists');

/** The clause names an interface list: "interface list", or "list" after a side or a name ("the LAN list", "the IOT list"). */
const namesList = (frame: Frame): boolean => frame.terms.some((t) => isListWord(t));

/** "create the LAN list": a list named by a side of the router is the side's interface list (to remove or clear it, say "interface list"). */
const sideList = (frame: Frame): boolean =>
  frame.terms.some((t, i) => {
    if (!isListWord(t) || !frame.places.some((p) => p.term === frame.terms[i - 1] && (p.value === 'lan' || p.value === 'wan'))) return false;
    // ("add it to the lan list" adds a member: the list is where something goes, not what is made.)
    const before = frame.terms[frame.terms[i - 2]?.normal === 'the' ? i - 3 : i - 2];
    return !before?.meanings.some((m) => m.type === 'role');
  });

/**
 * "create interface list IOT and put vlan30 in it": the list the clause before made, when this clause names interfaces
 * and "it" and no list of its own.
 */
function listReferred(frame: Frame): string | undefined {
  if (frame.referent?.kind !== 'interface-list' || frame.interfaces.length === 0 || namesList(frame)) return undefined;
  return frame.nouns.has('it') ? frame.referent.name : undefined;
}

/** A plain word typed as a name (no meaning in the lexicon, or a name token). */
function plainName(t: Term | undefined): string | undefined {
  if (!t || NOT_LIST_NAMES.has(t.normal)) return undefined;
  if (t.technical?.kind === 'name') return t.technical.text;
  if (t.technical?.kind === 'quoted') return t.technical.text;
  if (!t.technical && t.meanings.length === 0 && t.number === undefined) return t.text;
  return undefined;
}

type ListName = { readonly name: string; readonly side?: 'lan' | 'wan'; readonly term: Term } | { readonly problem: string };

/**
 * The list the clause names: the LAN or WAN side's list ("the LAN list": the lan/wan option's list), a name right
 * before "list" ("the IOT list") or right after it ("interface list IOT", "list called IOT").
 */
function listName(frame: Frame, options: ResolvedOptions): ListName | undefined {
  const at = frame.terms.findIndex((t) => isListWord(t));
  if (at < 0) return undefined;
  const listTerm = frame.terms[at]!;
  claim(listTerm);
  // "the LAN list", "the WAN interface list", "LAN interface list"
  const before = frame.terms[at - 1];
  const side = frame.places.find((p) => p.term === before && (p.value === 'lan' || p.value === 'wan'));
  if (side) {
    const ref = side.value === 'lan' ? options.lan : options.wan;
    if (!('list' in ref)) return { problem: `the ${side.value} option names the interface ${ref.interface}, not an interface list; name the list ("the ${side.value.toUpperCase()} list" needs the option as a list)` };
    return { name: ref.list, side: side.value as 'lan' | 'wan', term: side.term };
  }
  const named = plainName(before);
  if (named !== undefined) {
    // "the lan qxisufd list", "the WAN office interface list": two words that could each be the name; a guess would
    // put the interface on a list nobody meant.
    let k = at - 2;
    while (frame.terms[k] && isNoun(frame.terms[k]!, 'interface')) k--;
    const rival = frame.terms[k];
    const rivalSide = frame.places.find((p) => p.term === rival && (p.value === 'lan' || p.value === 'wan'));
    if (rival && (rivalSide || plainName(rival) !== undefined)) return { problem: `it gives the list two names ("${rival.text}" and "${before!.text}"); give one ("the ${before!.text} list")` };
    return { name: named, term: before! };
  }
  // "interface list IOT", "list called IOT", "list named \"IOT\"", "list LAN".
  for (let k = at + 1; k < frame.terms.length; k++) {
    const t = frame.terms[k]!;
    if (NAME_LABELS.has(t.normal) || isNoun(t, 'name', 'comment')) {
      claim(t);
      continue;
    }
    const place = frame.places.find((p) => p.term === t && (p.value === 'lan' || p.value === 'wan'));
    if (place) return { name: place.value.toUpperCase(), side: place.value as 'lan' | 'wan', term: t };
    const after = plainName(t);
    if (after !== undefined) return { name: after, term: t };
    if (!(t.meanings.length > 0 && t.meanings.every((m) => m.type === 'filler'))) break;
  }
  return undefined;
}

function checkedName(list: ListName | undefined, example: string, id: string): { name: string; side?: 'lan' | 'wan' } | IntentResult {
  if (!list) return refuse(id, 'it does not say which interface list (name it: "the LAN list", "interface list IOT")', example);
  if ('problem' in list) return refuse(id, list.problem, example);
  if (!NAME.test(list.name)) return refuse(id, `"${list.name}" is not a name an interface list can take here (letters, digits, - and _, starting with a letter)`, example);
  return list;
}

/**
 * The interfaces to add or remove: those named; with none, "it" for the interface an earlier clause created or
 * changed ("create vlan 10 on bridge and add it to the lan list"), or "the bridge" alone for the LAN bridge ("remove
 * bridge from the lan list").
 */
function members(frame: Frame): { names: string[]; bridge: boolean } {
  const named = [...new Set(frame.interfaces.map((i) => i.value))];
  if (named.length > 0) return { names: named, bridge: false };
  const it = itInterface(frame);
  if (it !== undefined) return { names: [it], bridge: false };
  return { names: [], bridge: lanBridgeWord(frame) !== undefined };
}

const memberCommands = (names: readonly string[], list: string, remove: boolean): Command[] =>
  names.map((name) =>
    remove ? command(MEMBER, 'remove', [{ kind: 'positional', value: find(MEMBER, { interface: name, list }) }]) : command(MEMBER, 'add', { interface: name, list }));

function sideWarning(side: 'lan' | 'wan' | undefined, remove: boolean): string[] {
  if (side === 'lan') return [remove
    ? 'The default firewall accepts management only from the LAN list: removing the interface you are connected through locks you out. Apply it in Safe Mode.'
    : 'Interfaces in the LAN list reach the router itself (the default firewall accepts input from it) and get MAC access and neighbor discovery.'];
  if (side === 'wan') return [remove
    ? 'The default firewall drops what comes in from the WAN list and masquerades out of it: an interface taken out of it is no longer protected or NATed as the WAN.'
    : 'The default firewall drops new connections coming in on the WAN list: an interface added to it no longer reaches the router or the LAN unasked.'];
  return [];
}

/** "add ether2 to the LAN list", "remove ether5 from the WAN interface list", "put wlan2 in the IOT list". */
export const memberRule: IntentRule = {
  id: 'interface lists: add|remove <interface> to|from <list>',
  match: (frame) => ((frame.interfaces.length > 0 || (frame.nouns.has('it') && frame.previousSubject !== undefined) || lanBridgeWord(frame) !== undefined) && (namesList(frame) || listReferred(frame) !== undefined) && asks(frame, 'add', 'remove') ? 60 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', MEMBER_EXAMPLE);
    const remove = asks(frame, 'remove');
    if (remove && asks(frame, 'add')) return refuse(this.id, 'it asks to add and remove in one clause; ask one after the other', MEMBER_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'remove']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to an interface list`, MEMBER_EXAMPLE);
    const referred = listReferred(frame);
    const list = referred !== undefined ? { name: referred } : checkedName(listName(frame, options), MEMBER_EXAMPLE, this.id);
    if ('kind' in list) return list;
    const stray = [...frame.addresses, ...frame.services, ...frame.ports, ...frame.numbers, ...frame.protocols].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `an interface list holds interfaces, not "${stray.join('", "')}" (addresses go in an address list: "add 10.0.0.5 to the address list blocked")`, MEMBER_EXAMPLE);
    says(frame, 'interface', 'interfaces', 'port', 'ports', 'member', 'members');
    has(frame, 'list-member', 'interface');
    const { names, bridge } = members(frame);
    const which = bridge ? [options.lanBridge] : names;
    if (which.length === 0) return refuse(this.id, frame.nouns.has('it') ? '"it" could be the bridge or a port the clause before put on it or took off; name the interface' : 'it does not say which interface', MEMBER_EXAMPLE);
    const note = bridge ? [`"The bridge" was taken to mean ${options.lanBridge} (the lanBridge option).`] : [];
    // The interface named is what "it" means next ("add ether4 to the wan list and remove it from the bridge").
    return { kind: 'commands', rule: this.id, commands: memberCommands(which, list.name, remove), warnings: [...sideWarning(list.side, remove), ...note], ...(which.length === 1 ? { subject: which[0]! } : {}) };
  },
};

/** "create interface list IOT", "add an interface list called GUEST with ether3 and ether4", "remove interface list IOT". */
export const listRule: IntentRule = {
  id: 'interface lists: create|remove <list> [with <interfaces>]',
  match: (frame) => ((has(frame, 'interface-list') ? asks(frame, 'add', 'remove') : sideList(frame) && frame.addresses.length === 0 && asks(frame, 'add') && !asks(frame, 'remove')) && (frame.interfaces.length === 0 || says(frame, 'with', 'containing', 'holding')) ? 62 : 0),
  build(frame, options) {
    if (frame.negated) return refuse(this.id, 'the request is negated, so there is nothing to do', CREATE_EXAMPLE);
    const remove = asks(frame, 'remove');
    if (remove && asks(frame, 'add')) return refuse(this.id, 'it asks to add and remove in one clause; ask one after the other', CREATE_EXAMPLE);
    const other = otherVerbs(frame, ['add', 'remove']);
    if (other.length > 0) return refuse(this.id, `"${other.join('", "')}" is not something to do to an interface list`, CREATE_EXAMPLE);
    const found = listName(frame, options);
    // "create the LAN list": the side's list under its own name.
    const list = checkedName(found, CREATE_EXAMPLE, this.id);
    if ('kind' in list) return list;
    const stray = [...frame.addresses, ...frame.services, ...frame.ports, ...frame.numbers, ...frame.protocols].map((s) => s.term.text);
    if (stray.length > 0) return refuse(this.id, `an interface list holds interfaces, not "${stray.join('", "')}"`, CREATE_EXAMPLE);
    says(frame, 'with', 'containing', 'holding', 'interfaces', 'members', 'new');
    has(frame, 'list-member');
    if (remove) {
      if (frame.interfaces.length > 0) return refuse(this.id, 'to take interfaces out of a list say "remove ether5 from the IOT list"', MEMBER_EXAMPLE);
      return {
        kind: 'commands', rule: this.id,
        commands: [command(MEMBER, 'remove', [{ kind: 'positional', value: find(MEMBER, { list: list.name }) }]), command(LIST, 'remove', [{ kind: 'positional', value: find(LIST, { name: list.name }) }])],
        warnings: [`The list ${list.name} and its members are removed; firewall rules and settings that match it (in-interface-list=${list.name}) stop matching anything.`, ...sideWarning(list.side, true)],
      };
    }
    const commands = [command(LIST, 'add', { name: str(list.name) }), ...memberCommands([...new Set(frame.interfaces.map((i) => i.value))], list.name, false)];
    const warnings = list.side ? [`The default configuration already has the list ${list.name}; adding it again fails with "already have such name".`] : [];
    // The list made is what "it" means next ("create interface list IOT and put vlan30 in it").
    return { kind: 'commands', rule: this.id, commands, warnings, referent: { kind: 'interface-list', name: list.name } };
  },
};

export const INTERFACE_LISTS_FAMILY: IntentFamily = {
  id: 'interface-lists',
  summary: 'interface lists (create and remove lists, add and remove member interfaces)',
  example: MEMBER_EXAMPLE,
  usesMacs: false,
  rules: [memberRule, listRule],
};
