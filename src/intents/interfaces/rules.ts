/**
 * Interfaces (manual: Interfaces; Bridging and Switching; VLAN): enable,
 * disable, rename, MTU and comments; bridges, their ports, VLAN filtering and
 * the bridge VLAN table; VLAN interfaces.
 */
import { command, find, str, type ValueInput } from '../../ast/build.js';
import type { Command } from '../../ast/nodes.js';
import type { Term } from '../../nlp/analyze.js';
import { nameAfter, nameOf, PLAIN_NAME } from '../../slots/names.js';
import type { Frame } from '../frame.js';
import { claim } from '../claims.js';
import { refuse, verbScore, type IntentFamily, type IntentResult, type IntentRule } from '../types.js';
import { itInterface, lanBridgeWord, withLanBridge } from '../words.js';
import { TARGET_WORDS } from '../../../grammar/english/classes.js';
import { CREATE_WORDS, DESCRIBE_WORDS, NEW_NAME_LABELS, NOT_BRIDGE_NAMES } from '../../../grammar/english/cues.js';
import type { ResolvedOptions } from '../../api/options.js';

const INTERFACE = ['interface'];
const BRIDGE = ['interface', 'bridge'];
const BRIDGE_PORT = ['interface', 'bridge', 'port'];
const BRIDGE_VLAN = ['interface', 'bridge', 'vlan'];
const VLAN = ['interface', 'vlan'];

const has = (frame: Frame, noun: string): boolean => frame.nouns.has(noun) || frame.terms.some((t) => t.normal === noun);
const interfaceNames = (frame: Frame): string[] => [...new Set(frame.interfaces.map((i) => i.value))];
const isBridgeName = (name: string): boolean => /^(?:bridge|br)[\w.-]*$/i.test(name);

function nameValue(name: string): ValueInput {
  return PLAIN_NAME.test(name) && !/^\d/.test(name) ? name : str(name);
}

/** Interfaces the clause is about, or "it" from the previous clause. */
function subjects(frame: Frame): string[] {
  const names = interfaceNames(frame);
  const it = names.length === 0 ? itInterface(frame) : undefined;
  if (it !== undefined) return [it];
  return names;
}

/** "disable the bridge": the LAN bridge (the lanBridge option) when "bridge" alone names the one interface. */
const bridgeAlone = (frame: Frame): boolean => interfaceNames(frame).length === 0 && !frame.nouns.has('it') && lanBridgeWord(frame) !== undefined;

/** The subjects, with "the bridge" as the lanBridge option's bridge, and the note that says so. */
function subjectsWithBridge(frame: Frame, options: ResolvedOptions): { names: string[]; warnings: string[] } {
  if (!bridgeAlone(frame)) {
    // "disable ether2 and the bridge": the LAN bridge listed with the others.
    const listed = interfaceNames(frame).length > 0 ? withLanBridge(frame, subjects(frame), options.lanBridge) : { names: subjects(frame) };
    return { names: listed.names, warnings: listed.note ? [listed.note] : [] };
  }
  return { names: [options.lanBridge], warnings: [`"The bridge" was taken to mean ${options.lanBridge} (the lanBridge option).`] };
}

/**
 * "disable all interfaces except ether1": the interface named is the one to
 * keep, and "all the others" is not a list this generator can spell out.
 */
function exceptionRefusal(frame: Frame, id: string): IntentResult | null {
  const excepted = frame.interfaces.find((i) => i.role === 'except');
  if (excepted) return refuse(id, `${excepted.value} is named as the exception, and "every other interface" is not something to act on blindly; name the interfaces to change`, 'Disable ether3 and ether4');
  if (frame.nouns.has('all') && frame.interfaces.length === 0) return refuse(id, 'it does not name the interfaces; "all interfaces" would include the one you manage the router through', 'Disable ether3 and ether4');
  return null;
}

// ---- enable / disable -------------------------------------------------------

export const enableDisableRule: IntentRule = {
  id: 'interface: enable|disable <interfaces>',
  // "shut down ether8": an interface is shut down by disabling it (the router's own shutdown is the system family's).
  match: (frame) => ((subjects(frame).length > 0 || bridgeAlone(frame)) && !has(frame, 'vlan-filtering') && frame.services.length === 0 ? verbScore(frame, ['enable', 'disable', 'shutdown'], 25) : 0),
  build(frame, options) {
    const action = frame.actions.find((a) => a.value === 'enable' || a.value === 'disable' || a.value === 'shutdown')!.value;
    const verb = action === 'shutdown' ? 'disable' : action;
    const exception = exceptionRefusal(frame, this.id);
    if (exception) return exception;
    const { names, warnings: bridgeNote } = subjectsWithBridge(frame, options);
    const commands = names.map((n) => command(INTERFACE, verb, [{ kind: 'positional', value: nameArg(n) }]));
    const warnings = verb === 'disable' ? [`Disabling ${names.join(', ')} cuts every connection through ${names.length > 1 ? 'them' : 'it'}, including yours if you manage the router that way.`] : [];
    warnings.push(...bridgeNote);
    return { kind: 'commands', rule: this.id, commands, warnings, subject: names[names.length - 1]! };
  },
};

function nameArg(name: string): import('../../ast/nodes.js').Value {
  return PLAIN_NAME.test(name) && !/^\d/.test(name) ? { kind: 'word', text: name } : { kind: 'string', value: name };
}

// ---- rename -----------------------------------------------------------------

const renameRule: IntentRule = {
  id: 'interface: rename <interface> to <name>',
  match: (frame) => ((frame.interfaces.length > 0 || bridgeAlone(frame) || (frame.nouns.has('it') && frame.previousSubject !== undefined)) && !frame.places.some((p) => p.value === 'router') && (frame.actions.some((a) => a.value === 'rename') || (frame.actions.some((a) => a.value === 'set') && has(frame, 'name'))) ? 30 : 0),
  build(frame, options) {
    // "rename bridge to br0": the LAN bridge; "disable ether5 then rename it to spare": the interface the last clause changed.
    const { names, warnings: bridgeNote } = subjectsWithBridge(frame, options);
    const target = newName(frame.terms);
    const current = names.filter((n) => n !== target);
    if (current.length !== 1) return refuse(this.id, 'it does not say which one interface to rename', 'Rename ether1 to wan');
    if (target === null) return refuse(this.id, 'it does not give the new name', 'Rename ether1 to wan');
    const commands = [command(INTERFACE, 'set', [{ kind: 'positional', value: nameArg(current[0]!) }, { kind: 'named', name: 'name', value: typeof nameValue(target) === 'string' ? { kind: 'word', text: target } : { kind: 'string', value: target } }])];
    return { kind: 'commands', rule: this.id, commands, warnings: ['Firewall rules, bridge ports and other settings follow the interface by its internal id, so they keep working after the rename; scripts that use the old name do not.', ...bridgeNote], subject: target };
  },
};

/** The name after "to"/"as"/"called" (the last such, so "rename ether1 to wan" gives wan). */
function newName(terms: readonly Term[]): string | null {
  for (let i = terms.length - 2; i >= 0; i--) {
    if (!NEW_NAME_LABELS.has(terms[i]!.normal)) continue;
    let j = i + 1;
    while (terms[j]?.normal === 'the' || terms[j]?.normal === 'a') j++;
    const n = nameOf(terms[j]);
    if (n) return n.name;
  }
  return null;
}

// ---- MTU and comment ----------------------------------------------------------

const mtuRule: IntentRule = {
  id: 'interface: set mtu of <interface> to <n>',
  match: (frame) => (has(frame, 'mtu') && frame.actions.length > 0 ? 30 : has(frame, 'mtu') ? 15 : 0),
  build(frame) {
    const names = subjects(frame);
    if (names.length === 0) return refuse(this.id, 'it does not say which interface', 'Set the MTU of ether1 to 1492');
    const values = frame.numbers.map((n) => n.value).concat(frame.ports.map((p) => p.value.from));
    if (values.length !== 1) return refuse(this.id, 'it does not give one MTU value', 'Set the MTU of ether1 to 1492');
    const mtu = values[0]!;
    if (mtu < 68 || mtu > 65535) return refuse(this.id, `MTU ${mtu} is outside 68-65535`, 'Set the MTU of ether1 to 1492');
    const commands = names.map((n) => command(INTERFACE, 'set', [{ kind: 'positional', value: nameArg(n) }, { kind: 'named', name: 'mtu', value: { kind: 'number', value: mtu } }]));
    return { kind: 'commands', rule: this.id, commands, warnings: ['An MTU above what the interface hardware (l2mtu) or the other end supports drops large packets; change it in Safe Mode.'], subject: names[names.length - 1]! };
  },
};

const commentRule: IntentRule = {
  id: 'interface: comment <interface> "<text>"',
  match: (frame) => (interfaceNames(frame).length > 0 && frame.quoted.length > 0 && (frame.nouns.has('comment') || frame.terms.some((t) => DESCRIBE_WORDS.has(t.normal))) && !has(frame, 'vlan') && !has(frame, 'bridge') ? 22 : 0),
  build(frame) {
    const names = interfaceNames(frame);
    const text = frame.quoted[0]!.text;
    const commands = names.map((n) => command(INTERFACE, 'set', [{ kind: 'positional', value: nameArg(n) }, { kind: 'named', name: 'comment', value: { kind: 'string', value: text } }]));
    return { kind: 'commands', rule: this.id, commands, warnings: [], subject: names[0]! };
  },
};

// ---- bridges ------------------------------------------------------------------

/** "take ether5 out of the bridge", "pull ether3 off bridge1". */
function takesOut(frame: Frame): boolean {
  return frame.actions.some((a) => a.value === 'take') && frame.terms.some((t) => t.normal === 'out of' || t.normal === 'off' || t.normal === 'out' || t.normal === 'from');
}

/** `score` for "add/create/make ..." or a clause that starts with "new ..." and has no verb. */
function addScore(frame: Frame, score: number): number {
  return verbScore(frame, ['add'], score) || (frame.actions.length === 0 && frame.nouns.has('new') ? score : 0);
}

/** A bridge-like name anywhere in the clause (`bridge1`, `br-lan`). */
function bridgeNamed(frame: Frame): string | undefined {
  return frame.interfaces.map((i) => i.value).find(isBridgeName) ?? frame.terms.map((t) => nameOf(t)?.name).find((n): n is string => n !== undefined && isBridgeName(n) && n.toLowerCase() !== 'bridge');
}

/** The bridge a clause talks about: a bridge-like name, a name after "bridge called", or the default LAN bridge. */
function bridgeOf(frame: Frame, fallback: string): string {
  const named = bridgeNamed(frame);
  if (named) return named;
  const at = frame.terms.findIndex((t) => t.normal === 'bridge');
  const after = at >= 0 ? nameOf(frame.terms[at + 1]) : null;
  if (after && !NOT_BRIDGE_NAMES.has(after.name.toLowerCase()) && after.term.meanings.length === 0) return after.name;
  return fallback;
}

const createBridgeRule: IntentRule = {
  id: 'bridge: create <name> [with vlan filtering]',
  // ("... and add it to the bridge": a port the clause before named goes into a bridge; no bridge is made.)
  match: (frame) => (has(frame, 'bridge') && !has(frame, 'vlan') && frame.interfaces.filter((i) => !isBridgeName(i.value)).length === 0 && frame.addresses.length === 0 && !portReferred(frame) ? addScore(frame, 30) : 0),
  build(frame) {
    const at = frame.terms.findIndex((t) => t.normal === 'bridge');
    const direct = at >= 0 ? nameOf(frame.terms[at + 1]) : null;
    const given = nameAfter(frame.terms)?.name ?? bridgeNamed(frame) ?? (direct && direct.term.meanings.length === 0 ? direct.name : null);
    // "create a bridge": RouterOS names the first new bridge bridge1; the name is written so later clauses can use it.
    const name = given ?? 'bridge1';
    // "make a bridge named x bridge2": two names for one bridge.
    const other = frame.interfaces.find((i) => i.value !== name);
    if (other) return refuse(this.id, `it names the new bridge both ${name} and ${other.value}; give one name`, 'Create a bridge called br-lan');
    const filtering = has(frame, 'vlan-filtering');
    const commands = [command(BRIDGE, 'add', { name: nameValue(name), 'vlan-filtering': filtering ? 'yes' : undefined })];
    const warnings = filtering ? ['VLAN filtering is on from the start: only VLANs in the bridge VLAN table pass; add them before adding ports you rely on.'] : [];
    if (given === null) warnings.unshift('No name was given, so the bridge is named bridge1 (the name RouterOS gives the first new bridge); if a bridge1 exists already, the add fails: name it ("create a bridge called br-lan").');
    return { kind: 'commands', rule: this.id, commands, warnings, subject: name, referent: { kind: 'bridge', name } };
  },
};

/** "create a bridge br0 and add ether4 to it": the bridge an earlier clause created, when the clause says "it"/"them". */
const bridgeReferred = (frame: Frame): string | undefined =>
  frame.referent?.kind === 'bridge' && !namesBridge(frame) && (frame.nouns.has('it') || portsOnly(frame)) ? frame.referent.name : undefined;

/** The clause names a bridge itself ("to the bridge", "from bridge1"). */
const namesBridge = (frame: Frame): boolean => has(frame, 'bridge') || bridgeNamed(frame) !== undefined;

/**
 * "add ether4 to the wan list and remove it from the bridge", "create an eoip tunnel ... and add it to bridge": in a
 * clause that names the bridge and no port, "it" is the interface the clause before named (never a bridge, nor a GRE
 * tunnel, which carries IP only).
 */
const portReferred = (frame: Frame): string | undefined => {
  const it = frame.previousSubject;
  if (!it || isBridgeName(it) || (frame.referent?.name === it && (frame.referent.kind === 'bridge' || frame.referent.ipOnly === true))) return undefined;
  if (frame.interfaces.some((i) => !isBridgeName(i.value)) || !namesBridge(frame)) return undefined;
  return frame.nouns.has('it') ? it : undefined;
};

/**
 * "create bridge br1 and add ports ether2-ether4": right after a bridge was created, adding "ports" that are
 * interfaces, with no other bridge or place named, adds them to it.
 */
const portsOnly = (frame: Frame): boolean =>
  frame.ports.length === 0 && frame.numbers.length === 0 && frame.interfaces.length > 0 && frame.interfaces.every((i) => !isBridgeName(i.value)) &&
  frame.terms.some((t) => /^ports?$/.test(t.normal)) && frame.nouns.has('port');

const bridgePortRule: IntentRule = {
  id: 'bridge: add|remove <interfaces> to|from <bridge> [pvid <n>]',
  match: (frame) => {
    const ports = frame.interfaces.filter((i) => !isBridgeName(i.value));
    if ((ports.length === 0 && !portReferred(frame)) || !(has(frame, 'bridge') || bridgeNamed(frame) || bridgeReferred(frame))) return 0;
    if (has(frame, 'tagged') || has(frame, 'untagged') && frame.numbers.length > 0 && has(frame, 'vlan') && !frame.terms.some((t) => t.normal === 'pvid')) return 0;
    return verbScore(frame, ['add', 'remove'], 30) || (takesOut(frame) ? 30 : 0);
  },
  build(frame, options) {
    const exception = exceptionRefusal(frame, this.id);
    if (exception) return exception;
    const bridge = bridgeReferred(frame) ?? bridgeOf(frame, options.lanBridge);
    const referredPort = portReferred(frame);
    const ports = referredPort ? [referredPort] : interfaceNames(frame).filter((n) => n !== bridge && !isBridgeName(n));
    const remove = frame.actions.some((a) => a.value === 'remove') || takesOut(frame);
    const pvidAt = frame.terms.findIndex((t) => t.normal === 'pvid' || t.normal === 'untagged' || t.normal === 'access');
    const pvid = pvidAt >= 0 ? frame.numbers.find((n) => frame.terms.indexOf(n.term) > pvidAt)?.value : undefined;
    if (pvid !== undefined && (pvid < 1 || pvid > 4094)) return refuse(this.id, `VLAN id ${pvid} is outside 1-4094`, 'Add ether3 to the bridge with pvid 10');
    // "create bridge br-lan with ether2-ether4": the bridge is new, so it is made before its ports join it.
    const creating = !remove && !bridgeReferred(frame) && CREATE_WORDS.has(frame.actions[0]?.term.normal ?? '') && bridge !== options.lanBridge;
    const commands: Command[] = ports.map((p) =>
      remove
        ? command(BRIDGE_PORT, 'remove', [{ kind: 'positional', value: find(BRIDGE_PORT, { interface: nameValue(p), bridge: nameValue(bridge) }) }])
        : command(BRIDGE_PORT, 'add', { bridge: nameValue(bridge), interface: nameValue(p), pvid }),
    );
    const warnings = [
      remove
        ? `${ports.join(', ')} leave${ports.length > 1 ? '' : 's'} ${bridge}: devices on ${ports.length > 1 ? 'them' : 'it'} lose the LAN until ${ports.length > 1 ? 'they are' : 'it is'} configured on ${ports.length > 1 ? 'their' : 'its'} own.`
        : `An interface added to ${bridge} stops using its own IP addresses and DHCP settings: if you manage the router through ${ports.join(' or ')}, you lose the connection. Use Safe Mode.`,
    ];
    if (!remove && !bridgeNamed(frame) && !nameAfter(frame.terms) && !bridgeReferred(frame)) warnings.push(`"The bridge" was taken to mean ${bridge} (the lanBridge option).`);
    if (creating) commands.unshift(command(BRIDGE, 'add', { name: nameValue(bridge) }));
    // The bridge is what "it" means next ("add ether5 to bridge br0 and enable vlan filtering on it").
    return { kind: 'commands', rule: this.id, commands, warnings, subject: bridge, referent: { kind: 'bridge', name: bridge, members: ports } };
  },
};

const vlanFilteringRule: IntentRule = {
  id: 'bridge: enable|disable vlan filtering on <bridge>',
  match: (frame) => (has(frame, 'vlan-filtering') ? verbScore(frame, ['enable', 'disable', 'set'], 40) : 0),
  build(frame, options) {
    // "... and enable vlan filtering on it": the bridge the clause before made or changed.
    const referred = frame.referent?.kind === 'bridge' && frame.referent.name === frame.previousSubject && !namesBridge(frame) && frame.nouns.has('it') ? frame.referent.name : undefined;
    const bridge = referred ?? bridgeOf(frame, options.lanBridge);
    const on = !frame.actions.some((a) => a.value === 'disable') && !frame.negated;
    const commands = [command(BRIDGE, 'set', [{ kind: 'positional', value: nameArg(bridge) }, { kind: 'named', name: 'vlan-filtering', value: { kind: 'word', text: on ? 'yes' : 'no' } }])];
    const warnings = on
      ? [`With VLAN filtering on, ${bridge} passes only the VLANs in its VLAN table and each port's pvid: set those up first (and keep your management VLAN on the port you use), or you lose access.`]
      : [];
    return { kind: 'commands', rule: this.id, commands, warnings, subject: bridge };
  },
};

/**
 * Which ports are tagged and which untagged. People write it both ways:
 * "tagged on ether1 and bridge, untagged on ether3" (keyword first) and
 * "ether2 and ether3 untagged, ether1 as the trunk" (keyword after). Interfaces
 * that belong to no keyword (the bridge in "vlan 30 on bridge1") are not members.
 */
function taggedUntagged(frame: Frame, bridge: string): { tagged: string[]; untagged: string[] } {
  const lists = { tagged: [] as string[], untagged: [] as string[] };
  let mode: 'tagged' | 'untagged' | null = null;
  let pending: string[] = [];
  const flush = (to: 'tagged' | 'untagged' | null): void => {
    if (to) lists[to].push(...pending);
    pending = [];
  };
  const terms = frame.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const noun = t.meanings.find((m) => m.type === 'noun');
    const keyword = noun && noun.type === 'noun' && (noun.value === 'tagged' || noun.value === 'untagged') ? noun.value : null;
    if (keyword) claim(t);
    if (keyword) {
      // Keyword first when a place or an interface follows it; otherwise it closes the interfaces before it.
      let j = i + 1;
      while (terms[j] && terms[j]!.meanings[0]?.type === 'filler') j++;
      const next = terms[j];
      const place = next?.meanings.find((m) => m.type === 'role');
      const keywordFirst = !!next && ((!!place && place.type === 'role' && place.value !== 'for') || next.technical?.kind === 'interface' || next.technical?.kind === 'interface-range' || next.normal === 'bridge');
      // ("make ether5 untagged in vlan 20": interfaces before the keyword with no keyword yet are its own, even when a
      // preposition follows it.)
      const justBefore = terms[i - 1]?.technical?.kind === 'interface' || terms[i - 1]?.technical?.kind === 'interface-range';
      if (keywordFirst && !(mode === null && pending.length > 0 && justBefore)) flush(mode);
      else flush(keyword);
      mode = keyword;
      continue;
    }
    // "vlan" and "with" end a keyword's list; interfaces said before any keyword wait for the next one,
    // except across "with" ("vlan 30 on bridge1 with ether1 as the trunk": bridge1 is the bridge).
    if (t.normal === 'vlan' || t.normal === 'vlans' || t.normal === 'with') {
      if (mode !== null || t.normal === 'with') flush(mode);
      mode = null;
      continue;
    }
    const tech = t.technical;
    // "... untagged on ether3 to bridge": the bridge the entry goes to, after a keyword's list, is not a member of it.
    const named = t.normal === 'bridge' ? bridge : tech?.kind === 'interface' ? tech.name : undefined;
    if (named === bridge && TARGET_WORDS.has(terms[i - 1]?.normal ?? '') && mode !== null && (pending.length > 0 || lists[mode].length > 0)) {
      flush(mode);
      mode = null;
      continue;
    }
    if (tech?.kind === 'interface') pending.push(tech.name);
    else if (tech?.kind === 'interface-range') pending.push(...tech.names);
    else if (t.normal === 'bridge') pending.push(bridge);
  }
  flush(mode);
  return { tagged: [...new Set(lists.tagged)], untagged: [...new Set(lists.untagged)] };
}

const bridgeVlanRule: IntentRule = {
  id: 'bridge: vlan <ids> tagged on <ports> untagged on <ports>',
  // ("add vlan 10 to the bridge vlan table ...": the table named is this one, whatever else the clause says.)
  match: (frame) => (has(frame, 'vlan') && (has(frame, 'tagged') || has(frame, 'untagged') || has(frame, 'bridge-vlan-table')) ? verbScore(frame, ['add', 'set'], 35) || 20 : 0),
  build(frame, options) {
    // "the bridge vlan table" names the table this writes to: read.
    has(frame, 'bridge-vlan-table');
    const bridge = bridgeOf(frame, options.lanBridge);
    const ids = vlanIds(frame);
    if (typeof ids === 'object' && !Array.isArray(ids)) return ids;
    if (ids.length === 0) return refuse(this.id, 'it does not give the VLAN id', 'Add VLAN 10 to the bridge, tagged on ether1 and bridge, untagged on ether3');
    const { tagged, untagged } = taggedUntagged(frame, bridge);
    if (tagged.length + untagged.length === 0) return refuse(this.id, 'it does not say which ports carry the VLAN tagged or untagged', 'Add VLAN 10 to the bridge, tagged on ether1 and bridge, untagged on ether3');
    // "trunk ether1 vlans 10 20 30, access ether2 vlan 10": the ids after the second "vlan" are that port's own; one
    // VLAN table entry would make ether2 untagged in all three. An untagged (access) port belongs to one VLAN.
    const idPlaces = frame.terms.filter((t, k) => /^vlans?$/.test(t.normal) && frame.terms[k + 1]?.number !== undefined).length;
    if (idPlaces > 1 || (untagged.length > 0 && ids.length > 1)) {
      return refuse(this.id, `${idPlaces > 1 ? 'it gives VLAN ids in more than one place' : `${untagged.join(', ')} would be untagged in ${ids.length} VLANs`}; an untagged (access) port belongs to one VLAN, so ask for each VLAN's ports in its own request`, 'Add VLAN 10 to the bridge, tagged on ether1 and bridge, untagged on ether3');
    }
    const both = tagged.find((t) => untagged.includes(t));
    if (both) return refuse(this.id, `${both} cannot be both tagged and untagged in the same VLAN`, 'Add VLAN 10 to the bridge, tagged on ether1, untagged on ether3');
    const list = (names: string[]): ValueInput | undefined => (names.length === 0 ? undefined : names.length === 1 ? nameArg(names[0]!) : { kind: 'list', items: names.map(nameArg) });
    const commands: Command[] = [command(BRIDGE_VLAN, 'add', { bridge: nameValue(bridge), 'vlan-ids': ids.join(','), tagged: list(tagged), untagged: list(untagged) })];
    const warnings: string[] = [];
    for (const port of untagged) {
      // The bridge's own (CPU) port is no bridge port: its pvid is the bridge's.
      const which = port === bridge ? find(BRIDGE, { name: nameValue(bridge) }) : find(BRIDGE_PORT, { interface: nameValue(port) });
      if (ids.length === 1) commands.push(command(port === bridge ? BRIDGE : BRIDGE_PORT, 'set', [{ kind: 'positional', value: which }, { kind: 'named', name: 'pvid', value: { kind: 'number', value: ids[0]! } }]));
    }
    if (untagged.some((p) => p !== bridge) && ids.length === 1) warnings.push(`Untagged ports get pvid=${ids[0]} so traffic arriving on them joins VLAN ${ids[0]}.`);
    if (untagged.includes(bridge) && ids.length === 1) warnings.push(`${bridge} itself is untagged in VLAN ${ids[0]}: its own pvid is set, so the router's untagged traffic on ${bridge} is in that VLAN.`);
    else if (!tagged.includes(bridge)) warnings.push(`${bridge} itself is not tagged in this VLAN, so the router cannot talk on it (add "tagged on ${bridge}" for a VLAN interface on the bridge).`);
    warnings.push('The VLAN table takes effect once vlan-filtering=yes is set on the bridge.');
    return { kind: 'commands', rule: this.id, commands, warnings, subject: bridge };
  },
};

// ---- VLAN interfaces ----------------------------------------------------------

function vlanIds(frame: Frame): number[] | IntentResult {
  const ids: number[] = [];
  const at = frame.terms.findIndex((t) => t.normal === 'vlan' || t.normal === 'vlans' || t.normal === 'vlan id');
  for (const n of frame.numbers) {
    if (at >= 0 && frame.terms.indexOf(n.term) < at) continue;
    if (frame.terms[frame.terms.indexOf(n.term) - 1]?.normal === 'pvid') continue;
    if (n.value < 1 || n.value > 4094) return refuse('vlan', `VLAN id ${n.value} is outside 1-4094`, 'Create VLAN 10 on ether1');
    ids.push(n.value);
  }
  for (const p of frame.ports) {
    if (p.value.to > 4094 || p.value.from < 1) return refuse('vlan', `VLAN ids ${p.value.from}-${p.value.to} are outside 1-4094`, 'Create VLAN 10 on ether1');
    ids.push(p.value.from);
  }
  return [...new Set(ids)];
}

const createVlanRule: IntentRule = {
  id: 'vlan: create vlan <id> on <interface> [named <name>] [with address <a/p>]',
  match: (frame) => {
    if (has(frame, 'tagged') || has(frame, 'untagged') || has(frame, 'vlan-filtering') || has(frame, 'bridge-vlan-table')) return 0;
    if (has(frame, 'vlan')) return verbScore(frame, ['set'], 30) || addScore(frame, 30);
    // "create vlan10 on ether1": a VLAN named by its id, on a parent that is not a bridge port request.
    const vlanNamed = frame.interfaces.some((i) => /^vlan\d+$/.test(i.value));
    return vlanNamed && frame.interfaces.length === 2 && !has(frame, 'bridge') ? verbScore(frame, ['add'], 31) : 0;
  },
  build(frame, options) {
    const ids = vlanIds(frame);
    if (!Array.isArray(ids)) return ids;
    const vlanNamed = frame.interfaces.map((i) => i.value).find((n) => /^vlan\d+$/.test(n));
    let id = ids[0];
    const warnings: string[] = [];
    if (id === undefined && vlanNamed) {
      id = Number(vlanNamed.slice(4));
      if (id < 1 || id > 4094) return refuse(this.id, `VLAN id ${id} is outside 1-4094`, 'Create VLAN 10 on ether1');
      warnings.push(`The VLAN id ${id} was taken from the name ${vlanNamed}.`);
    }
    if (id === undefined) return refuse(this.id, 'it does not give the VLAN id (1-4094)', 'Create VLAN 10 on ether1');
    if (ids.length > 1) return refuse(this.id, 'create one VLAN interface per request', 'Create VLAN 10 on ether1');
    const parents = frame.interfaces.map((i) => i.value).filter((n) => n !== vlanNamed);
    const bridgeWord = frame.terms.some((t) => t.normal === 'bridge');
    const parent = parents[0] ?? (bridgeWord ? options.lanBridge : undefined);
    if (parents.length > 1) return refuse(this.id, 'a VLAN interface sits on one parent interface', 'Create VLAN 10 on ether1');
    if (!parent) return refuse(this.id, `it does not say which interface carries VLAN ${id}`, `Create VLAN ${id} on ether1`);
    const name = nameAfter(frame.terms)?.name ?? vlanNamed ?? `vlan${id}`;
    const commands: Command[] = [command(VLAN, 'add', { name: nameValue(name), 'vlan-id': id, interface: nameValue(parent) })];
    for (const slot of frame.addresses) {
      const a = slot.value;
      if (a.kind !== 'prefix') return refuse(this.id, 'the VLAN\'s address needs a prefix length, e.g. 192.168.10.1/24', `Create VLAN ${id} on ${parent} with address 192.168.10.1/24`);
      commands.push(command(['ip', 'address'], 'add', { address: `${a.address}/${a.length}`, interface: nameValue(name) }));
    }
    if (isBridgeName(parent)) warnings.push(`On a VLAN-filtering bridge, ${parent} must be tagged in VLAN ${id} in the bridge VLAN table for this interface to work.`);
    // "... then set up a dhcp server on it": the new VLAN interface, with the address it got here.
    const first = frame.addresses[0]?.value;
    const address = frame.addresses.length === 1 && first?.kind === 'prefix' ? { address: first.address, length: first.length } : undefined;
    return { kind: 'commands', rule: this.id, commands, warnings, subject: name, referent: { kind: 'interface', name, ...(address ? { address } : {}) } };
  },
};

const removeVlanRule: IntentRule = {
  id: 'vlan: remove vlan <id>|<name>',
  match: (frame) => (has(frame, 'vlan') && !has(frame, 'tagged') && !has(frame, 'untagged') ? verbScore(frame, ['remove'], 30) : 0),
  build(frame) {
    const ids = vlanIds(frame);
    if (!Array.isArray(ids)) return ids;
    const names = interfaceNames(frame);
    const commands: Command[] = [
      ...ids.map((id) => command(VLAN, 'remove', [{ kind: 'positional', value: find(VLAN, { 'vlan-id': id }) }])),
      ...names.map((n) => command(VLAN, 'remove', [{ kind: 'positional', value: nameArg(n) }])),
    ];
    if (commands.length === 0) return refuse(this.id, 'it does not say which VLAN to remove', 'Remove VLAN 20');
    return { kind: 'commands', rule: this.id, commands, warnings: ['Addresses, DHCP servers and firewall rules on a removed VLAN interface stop working.'] };
  },
};

export const INTERFACES: IntentFamily = {
  id: 'interfaces',
  reads: { nouns: ['bridge-port'], words: ['members', 'member', 'new', 'port', 'ports'] }, example: 'Disable ether5', summary: 'interfaces (enable, disable, rename, MTU, comment), bridges and their ports, VLAN filtering, the bridge VLAN table and VLAN interfaces',
  rules: [enableDisableRule, renameRule, mtuRule, commentRule, createBridgeRule, bridgePortRule, vlanFilteringRule, bridgeVlanRule, createVlanRule, removeVlanRule],
};
