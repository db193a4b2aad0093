/**
 * Fitting a generated script to the router it is for (the `config` option): names are checked against what
 * exists, a firewall filter rule is placed where it takes effect, and what the configuration already does is not
 * written again. The commands are walked in order over a working copy of the configuration, so a later command
 * sees what an earlier one created.
 */
import { findWhere, named, str } from '../ast/build.js';
import type { Command, Value } from '../ast/nodes.js';
import { applyCommand, BUILT_IN_PORT, commandProps, copyMenus, isInterfaceMenu, select, valueText, type ModelEntry, type Props, type RouterModel } from './model.js';
import { coveredTogether, describeRule, DROPS, readTraffic, relate, sameRule, shadows, type Traffic } from './traffic.js';

export type Fitted =
  | { readonly kind: 'commands'; readonly commands: Command[]; readonly notes: string[]; readonly placed: boolean }
  | { readonly kind: 'refusal'; readonly message: string };

/** What the items of a menu are called in messages, for the menus whose items the export lists completely. */
const THINGS: Readonly<Record<string, readonly [string, string]>> = {
  'interface bridge': ['bridge', 'bridges'],
  'interface vlan': ['VLAN interface', 'VLAN interfaces'],
  'interface list': ['interface list', 'interface lists'],
  'interface list member': ['interface list member', 'interface list members'],
  'interface bridge port': ['bridge port', 'bridge ports'],
  'interface wireguard': ['WireGuard interface', 'WireGuard interfaces'],
  'ip pool': ['IP pool', 'IP pools'],
  'ip dhcp-server': ['DHCP server', 'DHCP servers'],
  'ip dhcp-server lease': ['static lease', 'static leases'],
  'ip dhcp-client': ['DHCP client', 'DHCP clients'],
  'ip address': ['IP address', 'IP addresses'],
  'ip route': ['route', 'routes'],
  'ip firewall filter': ['firewall filter rule', 'firewall filter rules'],
  'ip firewall nat': ['NAT rule', 'NAT rules'],
  'ip firewall mangle': ['mangle rule', 'mangle rules'],
  'ip firewall raw': ['raw rule', 'raw rules'],
  'ip firewall address-list': ['address-list entry', 'address-list entries'],
  'ip dns static': ['static DNS entry', 'static DNS entries'],
  'queue simple': ['simple queue', 'simple queues'],
  'system scheduler': ['scheduler entry', 'scheduler entries'],
  'ppp secret': ['PPP secret', 'PPP secrets'],
};

/** Arguments that name something another menu holds: (menu of the command, argument) → the menu of the thing named. */
const REFERENCES: readonly (readonly [RegExp, string, string])[] = [
  [/^interface bridge (?:port|vlan)$/, 'bridge', 'interface bridge'],
  [/^interface list member$/, 'list', 'interface list'],
  [/^ip dhcp-server (?:lease)$/, 'server', 'ip dhcp-server'],
  [/^ip dhcp-server$/, 'address-pool', 'ip pool'],
  [/^ip firewall (?:filter|nat|mangle|raw)$/, 'in-interface-list', 'interface list'],
  [/^ip firewall (?:filter|nat|mangle|raw)$/, 'out-interface-list', 'interface list'],
  [/^ip firewall (?:filter|nat|mangle|raw)$/, 'in-interface', 'interface'],
  [/^ip firewall (?:filter|nat|mangle|raw)$/, 'out-interface', 'interface'],
  [/^ip firewall (?:filter|nat|mangle|raw)$/, 'src-address-list', 'address list'],
  [/^ip firewall (?:filter|nat|mangle|raw)$/, 'dst-address-list', 'address list'],
  [/^(?:ip address|ipv6 address|interface bridge port|interface list member|ip dhcp-server|ip dhcp-client|interface vlan)$/, 'interface', 'interface'],
  [/^ip route$/, 'routing-table', 'routing table'],
];

/** The warnings a filter rule carries when its place in the chain is not known (firewall/rules.ts); replaced by where it went. */
export const UNPLACED = /^`add` puts the (?:accept )?rule at the end of the chain/;

export function fitToRouter(commands: readonly Command[], model: RouterModel): Fitted {
  // Only the menus the commands change are copied (a 2,000-line export is not copied for one filter rule).
  const menus = copyMenus(model, new Set(commands.map((c) => c.path.join(' '))));
  const out: Command[] = [];
  const notes: string[] = [];
  let placed = false;
  const done: string[] = [];
  // The filter rules this script adds, with their commands: the script's own order is what it means.
  const own = new Map<ModelEntry, Command>();
  const ownNotes = new Map<ModelEntry, readonly string[]>();
  for (const original of commands) {
    let c = original;
    const menu = c.path.join(' ');
    const missing = missingName(menus, model, c);
    if (missing !== undefined) return { kind: 'refusal', message: missing };
    if ((menu === 'ip firewall filter' || menu === 'ip firewall raw') && c.name === 'add') {
      const fit = place(menus, model, c, menu === 'ip firewall filter' ? 'filter' : 'raw', own);
      if (fit.kind === 'refusal') return fit;
      const placedNotes = fit.notes.slice();
      notes.push(...placedNotes);
      if (fit.command === null) {
        done.push(fit.already!);
        // An accept of this script written only as the exception to this drop, last in its chain: with the drop not
        // added it changes nothing either (a chain accepts what no rule decides), so it is left out too.
        for (const entry of fit.redundant ?? []) {
          const at = out.indexOf(own.get(entry)!);
          if (at >= 0) out.splice(at, 1);
          for (const n of ownNotes.get(entry) ?? []) if (notes.includes(n)) notes.splice(notes.indexOf(n), 1);
          const rules = menus.get(menu) ?? [];
          rules.splice(rules.indexOf(entry), 1);
          own.delete(entry);
          done.push(`${describeRule(entry.props)} is not added either: nothing after it in chain ${entry.props.chain ?? ''} drops its traffic, and RouterOS accepts what no rule of a chain decides.`);
        }
        continue;
      }
      c = fit.command;
      placed = true;
      const before = new Set(menus.get(menu) ?? []);
      applyCommand(menus, c);
      for (const e of menus.get(menu) ?? []) {
        if (before.has(e)) continue;
        own.set(e, c);
        ownNotes.set(e, placedNotes);
      }
      out.push(c);
      continue;
    } else if ((menu === 'ip firewall nat' || menu === 'ip firewall mangle') && c.name === 'add') {
      const fit = placeOrdered(menus, model, c, menu === 'ip firewall nat' ? 'nat' : 'mangle');
      if (fit.kind === 'refusal') return fit;
      notes.push(...fit.notes);
      if (fit.command === null) {
        done.push(fit.already!);
        continue;
      }
      c = fit.command;
      placed = true;
    } else {
      const already = alreadyThere(menus, model, c);
      if (already.kind === 'refusal') return already;
      if (already.kind === 'done') {
        done.push(already.message);
        continue;
      }
    }
    const problem = applyCommand(menus, c);
    // A place the request gave (place-before=0) that names no rule of this router: RouterOS would refuse the add.
    if (problem !== undefined && c.name === 'add' && /place-before/.test(problem)) {
      const at = c.args.find((a) => a.kind === 'named' && a.name === 'place-before');
      const where = at?.kind === 'named' ? valueText(at.value) : '';
      const [one, many] = thing(menu);
      return { kind: 'refusal', message: `the new ${one} is to go at place-before=${where}, which names no ${one} of the router's configuration (it has ${(menus.get(menu) ?? []).length} ${many}), so RouterOS would refuse to add it there` };
    }
    if (problem !== undefined && c.name !== 'add') {
      // A selector the model cannot read (an id, a computed value) is left to the router; nothing is assumed about it.
      notes.push(`The configuration could not be checked for ${menu} ${c.name}: ${problem}.`);
    }
    out.push(c);
  }
  for (const d of done) notes.push(`Already done: ${d}`);
  return { kind: 'commands', commands: out, notes, placed };
}

function thing(menu: string): readonly [string, string] {
  return THINGS[menu] ?? [`${menu} item`, `${menu} items`];
}

function listNames(names: readonly string[], plural: string): string {
  if (names.length === 0) return `the configuration has no ${plural}`;
  const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? `, ... (${names.length} in all)` : '');
  return `the ${plural} are ${shown}`;
}

/** Names of the things of a kind in the working copy. */
function namesOf(menus: ReadonlyMap<string, readonly ModelEntry[]>, model: RouterModel, kind: string): string[] | undefined {
  const names = (menu: string): string[] => (menus.get(menu) ?? []).flatMap((e) => (e.props.name !== undefined ? [e.props.name] : []));
  switch (kind) {
    case 'interface': {
      const all = new Set<string>(model.interfaces().keys());
      for (const [m, list] of menus) if (isInterfaceMenu(m)) for (const e of list) if (e.props.name !== undefined) all.add(e.props.name);
      return [...all];
    }
    case 'interface list':
      return [...new Set([...names('interface list'), ...(menus.get('interface list member') ?? []).flatMap((e) => (e.props.list ? [e.props.list] : []))])];
    case 'address list': {
      const lists = new Set(model.addressLists());
      for (const e of menus.get('ip firewall address-list') ?? []) if (e.props.list !== undefined) lists.add(e.props.list);
      return [...lists];
    }
    case 'routing table':
      return ['main', ...names('routing table')];
    case 'user':
      return menus.has('user') ? names('user') : undefined;
    default:
      return names(kind);
  }
}

const KIND_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  interface: ['interface', 'interfaces'],
  'interface list': ['interface list', 'interface lists'],
  'address list': ['address list', 'address lists'],
  'routing table': ['routing table', 'routing tables'],
  user: ['user', 'users'],
};

/** Why a command names something the router does not have, or undefined. */
function missingName(menus: Map<string, ModelEntry[]>, model: RouterModel, c: Command): string | undefined {
  const menu = c.path.join(' ');
  for (const [pattern, arg, kind] of REFERENCES) {
    if (!pattern.test(menu)) continue;
    const a = c.args.find((x) => x.kind === 'named' && x.name === arg);
    if (a?.kind !== 'named' || a.value === null) continue;
    const name = valueText(a.value).replace(/^!/, '');
    if (kind === 'interface list' && /^(?:all|none|dynamic|static)$/.test(name)) continue;
    const names = namesOf(menus, model, kind);
    if (names === undefined || names.includes(name)) continue;
    if (kind === 'interface' && BUILT_IN_PORT.test(name)) continue;
    // An address list is created by its first entry; an add that fills it ("add ... to list x") needs none.
    if (kind === 'address list' && menu === 'ip firewall address-list') continue;
    const [one, many] = KIND_WORDS[kind] ?? thing(kind);
    return `there is no ${one} ${name} in the router's configuration; ${listNames(names, many)}`;
  }
  // set/remove/enable/disable of an item by name or [find ...]: the item must exist.
  if (['set', 'remove', 'enable', 'disable', 'unset'].includes(c.name)) {
    const selector = c.args.find((x) => x.kind === 'positional');
    if (selector?.kind !== 'positional') return undefined;
    const authoritative = THINGS[menu] !== undefined || menu === 'interface' || menu === 'routing table' || (menu === 'user' && menus.has('user'));
    if (!authoritative) return undefined;
    const hits = select(menus, menu, selector.value);
    if (hits === undefined || hits.length > 0) return undefined;
    const named = nameOf(selector.value);
    if (named !== undefined && menu === 'interface' && BUILT_IN_PORT.test(named)) return undefined;
    const [one, many] = menu === 'interface' ? KIND_WORDS.interface! : menu === 'user' ? KIND_WORDS.user! : thing(menu);
    if (named !== undefined) return `there is no ${one} ${named} in the router's configuration; ${listNames(namesOf(menus, model, menu === 'interface' ? 'interface' : menu) ?? [], many)}`;
    const wanted = describeSelector(selector.value);
    // Ports and members are found by their interface: list those.
    const byInterface = selector.value.kind === 'substitution' && selector.value.command.args.some((a) => a.kind === 'named' && a.name === 'interface');
    if (byInterface) {
      const present = (menus.get(menu) ?? []).map((e) => [e.props.bridge ?? e.props.list, e.props.interface].filter(Boolean).join(': '));
      return `no ${one} in the router's configuration has ${wanted}; ${present.length > 0 ? `the ${many} are ${present.slice(0, 16).join(', ')}` : `the configuration has no ${many}`}`;
    }
    const comments = (menus.get(menu) ?? []).flatMap((e) => (e.props.comment ? [`"${e.props.comment}"`] : []));
    return `no ${one} in the router's configuration has ${wanted}; ${comments.length > 0 ? `the comments there are ${[...new Set(comments)].slice(0, 12).join(', ')}` : `the configuration has no ${many} with comments`}`;
  }
  return undefined;
}

/** The name a selector gives: `bridge1`, `[find name=bridge1]`, `[find where name="bridge1"]`. */
function nameOf(v: Value): string | undefined {
  if (v.kind === 'word' || v.kind === 'string') return valueText(v);
  if (v.kind !== 'substitution' || v.command.args.length !== 1) return undefined;
  const a = v.command.args[0]!;
  if (a.kind === 'named' && a.name === 'name') return valueText(a.value);
  if (a.kind === 'named' && a.name === 'where' && a.value?.kind === 'expression') {
    const e = a.value.expression;
    if (e.kind === 'binary' && e.operator === '=' && e.left.kind === 'field' && e.left.name === 'name' && e.right.kind === 'value') return valueText(e.right.value);
  }
  return undefined;
}

function describeSelector(v: Value): string {
  if (v.kind === 'substitution') {
    return v.command.args
      .map((a) => (a.kind === 'named' && a.name === 'where' && a.value?.kind === 'expression' ? exprText(a.value.expression) : a.kind === 'named' ? `${a.name}=${valueText(a.value)}` : ''))
      .filter(Boolean)
      .join(' ');
  }
  return valueText(v);
}

function exprText(e: import('../ast/nodes.js').Expression): string {
  switch (e.kind) {
    case 'binary':
      return `${exprText(e.left)} ${e.operator === 'and' || e.operator === 'or' ? e.operator : e.operator === '=' ? '=' : e.operator} ${exprText(e.right)}`.replace(/ = /g, '=');
    case 'field':
      return e.name;
    case 'value':
      return e.value.kind === 'string' ? `"${e.value.value}"` : valueText(e.value);
    case 'group':
      return exprText(e.expression);
    case 'unary':
      return `${e.operator}${exprText(e.operand)}`;
  }
}

type Already = { readonly kind: 'new' } | { readonly kind: 'done'; readonly message: string } | { readonly kind: 'refusal'; readonly message: string };

/** Whether a command other than a filter rule is already in effect: the same item added, the values already set. */
function alreadyThere(menus: Map<string, ModelEntry[]>, model: RouterModel, c: Command): Already {
  const menu = c.path.join(' ');
  const props = commandProps(c);
  if (c.name === 'add') {
    if (THINGS[menu] === undefined && !isInterfaceMenu(menu) && menu !== 'interface list' && menu !== 'routing table') return { kind: 'new' };
    const entries = menus.get(menu) ?? [];
    const same = entries.find((e) => Object.entries(props).every(([k, v]) => k === 'comment' || e.props[k] === v));
    if (same !== undefined) return { kind: 'done', message: `the configuration already has this ${thing(menu)[0]} (${summary(menu, props)}); it is not added again.` };
    if (props.name !== undefined) {
      const pool = isInterfaceMenu(menu) ? [...menus].filter(([m]) => isInterfaceMenu(m)).flatMap(([, l]) => l) : entries;
      if (pool.some((e) => (e.props.name ?? e.props['default-name']) === props.name)) {
        return { kind: 'refusal', message: `the router already has ${isInterfaceMenu(menu) ? 'an interface' : `a ${thing(menu)[0]}`} named ${props.name}, with other settings; change that one or choose another name` };
      }
    }
    return { kind: 'new' };
  }
  if (c.name === 'set' || c.name === 'enable' || c.name === 'disable') {
    const selector = c.args.find((x) => x.kind === 'positional');
    let targets = selector?.kind === 'positional' ? select(menus, menu, selector.value) : menus.get(menu)?.slice(0, 1);
    // A port the configuration uses but does not list is at its defaults (enabled).
    if (targets?.length === 0 && menu === 'interface' && selector?.kind === 'positional' && selector.value.kind === 'word' && BUILT_IN_PORT.test(selector.value.text) && model.interfaces().has(selector.value.text)) {
      targets = [{ props: { name: selector.value.text } }];
    }
    if (targets === undefined || targets.length === 0) return { kind: 'new' };
    const want: Props = c.name === 'set' ? props : { disabled: c.name === 'disable' ? 'yes' : 'no' };
    if (Object.keys(want).length === 0) return { kind: 'new' };
    const current = (e: ModelEntry, k: string): string | undefined => e.props[k] ?? (k === 'disabled' ? 'no' : undefined);
    if (targets.every((e) => Object.entries(want).every(([k, v]) => current(e, k) === v))) {
      const name = selector?.kind === 'positional' ? nameOf(selector.value) : undefined;
      const what = name !== undefined ? `${menu === 'interface' ? 'interface' : thing(menu)[0]} ${name}` : selector?.kind === 'positional' ? describeSelector(selector.value) : `/${menu}`;
      return { kind: 'done', message: `${what} already has ${Object.entries(want).map(([k, v]) => `${k}=${v}`).join(' ')} in the configuration; nothing to change.` };
    }
  }
  return { kind: 'new' };
}

function summary(menu: string, props: Readonly<Props>): string {
  return Object.entries(props)
    .filter(([k]) => k !== 'comment')
    .map(([k, v]) => `${k}=${/[\s"]/.test(v) ? JSON.stringify(v) : v}`)
    .join(' ') || menu;
}

type Placement =
  | { readonly kind: 'placed'; readonly command: Command | null; readonly notes: string[]; readonly already?: string; readonly redundant?: readonly ModelEntry[] }
  | { readonly kind: 'refusal'; readonly message: string };

const CHAINS = { filter: new Set(['input', 'forward', 'output']), raw: new Set(['prerouting', 'output']) };

/**
 * Where a new filter rule takes effect. An accept goes before the first drop that drops its (new) traffic from a
 * whole side (every matcher of that drop other than interfaces and connection states covers the new rule's traffic);
 * a drop goes before the first accept that is as broad. A drop or accept the admin limited to some addresses,
 * lists or ports stays in front, and the note says so. When the configuration already does what the rule would,
 * nothing is added.
 */
function place(menus: Map<string, ModelEntry[]>, model: RouterModel, c: Command, table: 'filter' | 'raw', own: ReadonlyMap<ModelEntry, Command>): Placement {
  const props = commandProps(c);
  const rules = menus.get(`ip firewall ${table}`) ?? [];
  const notes: string[] = [];
  const chain = props.chain ?? '';
  const action = props.action ?? 'accept';
  // The request already says where the rule goes (the family's place-before, e.g. first): that place stands.
  if (props['place-before'] !== undefined) return { kind: 'placed', command: c, notes };
  if (action === 'fasttrack-connection' && table === 'filter' && CHAINS.filter.has(chain)) return placeFasttrack(rules, model, c, props);
  if (!CHAINS[table].has(chain) || (action !== 'accept' && !DROPS.has(action))) return { kind: 'placed', command: c, notes: [`The rule is added at the end of chain ${chain}; its place was not computed (only accept and drop rules of the ${table === 'filter' ? 'input, forward and output' : 'prerouting and output'} chains are).`] };
  const duplicate = rules.find((r) => r.props.disabled !== 'yes' && sameRule(r.props, props));
  if (duplicate !== undefined) {
    return { kind: 'placed', command: null, notes, already: `the ${table} rule ${describeRule(duplicate.props)} already ${action === 'accept' ? 'accepts' : 'drops'} exactly this traffic; it is not added again.` };
  }
  const mine = readTraffic(props, model);
  const accept = action === 'accept';
  const partial: string[] = [];
  // Rules before the new one that take part of its traffic: the configuration's with the same action, and this
  // script's own exceptions (an accept it wrote before its drop).
  const taken: { entry: ModelEntry; traffic: Traffic }[] = [];
  const exceptions: ModelEntry[] = [];
  let target: ModelEntry | undefined;
  let why = '';
  for (const r of rules) {
    if (r.props.disabled === 'yes' || (r.props.chain ?? '') !== chain) continue;
    const theirs: Traffic = readTraffic(r.props, model);
    const rel = relate(theirs, mine);
    if (!rel.overlaps) continue;
    const rAction = theirs.action;
    const same = accept ? rAction === 'accept' : DROPS.has(rAction);
    const opposite = accept ? DROPS.has(rAction) : rAction === 'accept';
    if (same && rel.covers) {
      return { kind: 'placed', command: null, notes, already: `the ${table} rule ${describeRule(r.props)} already ${accept ? 'accepts' : 'drops'} this traffic${partial.length > 0 ? ` (except the part ${partial.join(', ')} before it ${accept ? 'drop' : 'accept'}${partial.length > 1 ? '' : 's'})` : ''}; no rule is added.` };
    }
    // In raw, whether the chain goes on after notrack is not something a placement relies on: a notrack that takes
    // all of this traffic first is refused, one that takes part of it is said.
    if (table === 'raw' && rAction === 'notrack') {
      if (rel.covers) return { kind: 'refusal', message: `the raw rule ${describeRule(r.props)} (notrack) comes first for all of this traffic, and whether a rule after it still sees that traffic is not something this generator relies on; place the rule yourself` };
      partial.push(describeRule(r.props));
      continue;
    }
    // A drop never goes above an accept this script wrote before it: the accept is the exception the script makes
    // to its own drop ("accept from LAN", then "drop all else"), and the drop above it would shadow it.
    if (opposite && !accept && own.has(r)) {
      exceptions.push(r);
      taken.push({ entry: r, traffic: theirs });
      continue;
    }
    if (opposite && shadows(theirs, mine)) {
      target = r;
      why = accept ? `${describeRule(r.props)} would drop this traffic first` : `${describeRule(r.props)} would accept this traffic first`;
      break;
    }
    if (same && !own.has(r)) taken.push({ entry: r, traffic: theirs });
    if (opposite || rAction === 'jump' || rAction === 'return') partial.push(describeRule(r.props));
  }
  const tail = partial.length > 0 ? ` ${partial.join(', ')} ${partial.length > 1 ? 'come' : 'comes'} before it and still ${accept ? 'drop' : 'accept'}${partial.length > 1 ? '' : 's'} the part of this traffic ${partial.length > 1 ? 'they match' : 'it matches'} (a rule limited to some addresses, lists or ports is an exception the configuration makes on purpose, so it stays in front).` : '';
  if (target === undefined && exceptions.length > 0 && coveredTogether(mine, taken.map((t) => t.traffic))) {
    // The configuration already does what the rule and the script's own exceptions do together ("drop all not coming
    // from LAN" is "accept from LAN" + "drop all else"): nothing is added.
    const theirs = taken.filter((t) => !own.has(t.entry)).map((t) => describeRule(t.entry.props));
    const mineToo = exceptions.map((e) => describeRule(e.props));
    // The script's accepts that are last in their chain change nothing without the drop after them.
    const redundant = exceptions.filter((e) => rules.slice(rules.indexOf(e) + 1).every((r) => (r.props.chain ?? '') !== chain || r.props.disabled === 'yes'));
    return {
      kind: 'placed',
      command: null,
      notes,
      already: `the ${table} rule${theirs.length > 1 ? 's' : ''} ${theirs.join(', ')} already ${action === 'accept' ? 'accept' : 'drop'}${theirs.length > 1 ? '' : 's'} what this rule would, apart from what ${mineToo.join(', ')} of this script accepts before it${partial.length > 0 ? ` and the part ${partial.join(', ')} ${partial.length > 1 ? 'accept' : 'accepts'}` : ''}; no rule is added.`,
      redundant,
    };
  }
  if (exceptions.length > 0 && target === undefined) {
    notes.push(`The rule is added at the end of chain ${chain}, after ${exceptions.map((e) => describeRule(e.props)).join(', ')}: this script writes ${exceptions.length > 1 ? 'those accepts' : 'that accept'} first on purpose, and the drop above ${exceptions.length > 1 ? 'them' : 'it'} would shadow ${exceptions.length > 1 ? 'them' : 'it'}.${tail}`);
    return { kind: 'placed', command: c, notes };
  }
  if (target === undefined) {
    notes.push(`The rule is added at the end of chain ${chain}: no rule of the configuration ${accept ? 'drops' : 'accepts'} the same traffic before it.${tail}`);
    return { kind: 'placed', command: c, notes };
  }
  const comment = target.props.comment;
  const unique = comment !== undefined && comment !== '' && rules.filter((r) => r.props.comment === comment).length === 1;
  if (!unique) {
    return {
      kind: 'refusal',
      message: `the new rule must go before ${why.replace(/ would .*/, '')} (which ${why.replace(/^.* would /, 'would ')}), but that rule has ${comment ? 'a comment other rules share' : 'no comment'}, so no place-before can name it without rule numbers; give it a unique comment first (/ip firewall ${table} set <its number> comment="...") and ask again`,
    };
  }
  notes.push(`The rule is placed before ${why.replace(/ would .*/, '')}, since ${why}.${tail}`);
  const where = findWhere(`/ip firewall ${table}`, { kind: 'binary', operator: '=', left: { kind: 'field', name: 'comment' }, right: { kind: 'value', value: str(comment) } });
  return { kind: 'placed', command: { ...c, args: [...c.args, named('place-before', where)] }, notes };
}

/** NAT actions that do not end the chain for a connection (the next rule still sees it). */
const NAT_GOES_ON = new Set(['passthrough', 'log', 'add-src-to-address-list', 'add-dst-to-address-list']);
/** What a NAT or mangle rule does to what it matches, beyond its action (the same rule with another target is another rule). */
const EFFECT = ['action', 'to-addresses', 'to-ports', 'new-connection-mark', 'new-packet-mark', 'new-routing-mark', 'new-mss', 'new-ttl', 'new-dscp', 'new-priority', 'passthrough', 'jump-target'];

/**
 * Whether an earlier rule ends the chain for what it matches: in NAT every action but passthrough, log and the
 * address-list ones (a connection is translated by the first rule that matches); in mangle `accept`, and a mark or
 * change with passthrough=no (a mark with passthrough=yes, the default, lets later rules run and mark again).
 */
function ends(table: 'nat' | 'mangle', props: Readonly<Props>): boolean {
  const action = props.action ?? 'accept';
  if (table === 'nat') return !NAT_GOES_ON.has(action) && action !== 'jump';
  if (action === 'accept' || action === 'return') return true;
  return props.passthrough === 'no';
}

/** `ipsec-policy=out,none` (in,none) on a NAT rule: traffic no IPsec policy takes, which is all traffic but the tunnels'. */
function withoutIpsecExemption(props: Readonly<Props>): Props {
  const out: Props = { ...props };
  if (out['ipsec-policy'] === 'out,none' || out['ipsec-policy'] === 'in,none') delete out['ipsec-policy'];
  return out;
}

/**
 * Where a new NAT or mangle rule takes effect. The first rule of the chain that matches a connection and ends the
 * chain decides (NAT translates once; mangle stops at accept or passthrough=no), so a new rule is placed before the
 * first earlier rule that ends the chain for all of its traffic: a specific src-nat before the catch-all
 * masquerade. An earlier rule that matches the same traffic with the same effect means it is already done; one that
 * matches exactly the same traffic with another effect (a port forwarded to another host) is a conflict, refused.
 * Rules that end the chain for part of the traffic stay in front, and the note says so. A rule's exemption of IPsec
 * traffic (`ipsec-policy=out,none`) is read as covering the rest.
 */
function placeOrdered(menus: Map<string, ModelEntry[]>, model: RouterModel, c: Command, table: 'nat' | 'mangle'): Placement {
  const props = commandProps(c);
  const rules = menus.get(`ip firewall ${table}`) ?? [];
  const notes: string[] = [];
  const chain = props.chain ?? '';
  const what = table === 'nat' ? 'NAT rule' : 'mangle rule';
  // The request already says where the rule goes (an IPsec exemption placed first): that place stands.
  if (props['place-before'] !== undefined) return { kind: 'placed', command: c, notes };
  const duplicate = rules.find((r) => r.props.disabled !== 'yes' && sameRule(r.props, props));
  if (duplicate !== undefined) return { kind: 'placed', command: null, notes, already: `the ${what} ${describeRule(duplicate.props)} already does exactly this; it is not added again.` };
  const mine = readTraffic(withoutIpsecExemption(props), model);
  const effect = (p: Readonly<Props>): string => JSON.stringify(EFFECT.map((k) => p[k] ?? (k === 'action' ? 'accept' : '')));
  const partial: string[] = [];
  const alike: string[] = [];
  let target: ModelEntry | undefined;
  for (const r of rules) {
    if (r.props.disabled === 'yes' || (r.props.chain ?? '') !== chain) continue;
    const theirs = readTraffic(withoutIpsecExemption(r.props), model);
    const rel = relate(theirs, mine);
    if (!rel.overlaps) continue;
    const action = r.props.action ?? 'accept';
    if (action === 'jump' || action === 'return') {
      partial.push(describeRule(r.props));
      continue;
    }
    if (!ends(table, r.props)) continue;
    const exempt = r.props['ipsec-policy'] !== undefined && props['ipsec-policy'] === undefined ? ' (apart from the IPsec traffic it leaves out on purpose)' : '';
    if (rel.covers && effect(r.props) === effect(props)) {
      return { kind: 'placed', command: null, notes, already: `the ${what} ${describeRule(r.props)} already does this to the same traffic${exempt}; no rule is added.` };
    }
    if (rel.covers && relate(mine, theirs).covers && table === 'nat') {
      return { kind: 'refusal', message: `the ${what} ${describeRule(r.props)} already takes exactly this traffic (${summary(`ip firewall ${table}`, r.props)}); a second rule for it would either never match or take the traffic from that one; change or remove that rule instead` };
    }
    if (rel.covers) {
      if (table === 'mangle' && action !== 'accept') {
        return { kind: 'refusal', message: `the ${what} ${describeRule(r.props)} marks all of this traffic and stops there (passthrough=no), so a rule after it never acts, and one before it would be marked over; change that rule instead` };
      }
      target = r;
      break;
    }
    if (effect(r.props) === effect(props)) alike.push(describeRule(r.props));
    else partial.push(describeRule(r.props));
  }
  let tail = partial.length > 0 ? ` ${partial.join(', ')} ${partial.length > 1 ? 'come' : 'comes'} before it and still ${partial.length > 1 ? 'take' : 'takes'} the part of this traffic ${partial.length > 1 ? 'they match' : 'it matches'} (a rule limited to some addresses, lists or ports is an exception the configuration makes on purpose, so it stays in front).` : '';
  if (alike.length > 0) tail += ` ${alike.join(', ')} already ${alike.length > 1 ? 'do' : 'does'} the same to the part of this traffic ${alike.length > 1 ? 'they match' : 'it matches'}.`;
  if (target === undefined) {
    notes.push(`The ${what} is added at the end of chain ${chain}: no ${what} of the configuration before it ${table === 'nat' ? 'translates' : 'stops the chain for'} the same traffic first.${tail}`);
    return { kind: 'placed', command: c, notes };
  }
  const comment = target.props.comment;
  const unique = comment !== undefined && comment !== '' && rules.filter((r) => r.props.comment === comment).length === 1;
  const why = `${describeRule(target.props)} would ${table === 'nat' ? 'translate' : 'take'} all of this traffic first`;
  if (!unique) {
    return {
      kind: 'refusal',
      message: `the new ${what} must go before ${describeRule(target.props)} (which ${why.replace(/^.* would /, 'would ')}), but that rule has ${comment ? 'a comment other rules share' : 'no comment'}, so no place-before can name it without rule numbers; give it a unique comment first (/ip firewall ${table} set <its number> comment="...") and ask again`,
    };
  }
  notes.push(`The ${what} is placed before ${describeRule(target.props)}, since ${why}.${tail}`);
  const where = findWhere(`/ip firewall ${table}`, { kind: 'binary', operator: '=', left: { kind: 'field', name: 'comment' }, right: { kind: 'value', value: str(comment) } });
  return { kind: 'placed', command: { ...c, args: [...c.args, named('place-before', where)] }, notes };
}

/**
 * FastTrack (manual: IP > Firewall > Filter, FastTrack): the rule marks connections whose packets reach it, so it
 * goes before the first rule that accepts or drops the established and related connections it is for ("accept
 * established,related" right after it, as in the default configuration). Below that rule it never matches. A
 * FastTrack rule for the same connections already there is enough.
 */
function placeFasttrack(rules: readonly ModelEntry[], model: RouterModel, c: Command, props: Props): Placement {
  const chain = props.chain ?? '';
  const mine = readTraffic(props, model);
  for (const r of rules) {
    if (r.props.disabled === 'yes' || (r.props.chain ?? '') !== chain) continue;
    const theirs = readTraffic(r.props, model);
    const rel = relate(theirs, mine);
    if (!rel.overlaps) continue;
    if (theirs.action === 'fasttrack-connection' && rel.covers) {
      return { kind: 'placed', command: null, notes: [], already: `the filter rule ${describeRule(r.props)} already fasttracks these connections; no rule is added.` };
    }
    if ((theirs.action !== 'accept' && !DROPS.has(theirs.action)) || rel.selective) continue;
    const comment = r.props.comment;
    if (comment === undefined || comment === '' || rules.filter((x) => x.props.comment === comment).length !== 1) {
      return {
        kind: 'refusal',
        message: `the FastTrack rule must go before ${describeRule(r.props)} (which takes the established and related connections first, so FastTrack below it would never match), but that rule has ${comment ? 'a comment other rules share' : 'no comment'}, so no place-before can name it without rule numbers; give it a unique comment first (/ip firewall filter set <its number> comment="...") and ask again`,
      };
    }
    const where = findWhere('/ip firewall filter', { kind: 'binary', operator: '=', left: { kind: 'field', name: 'comment' }, right: { kind: 'value', value: str(comment) } });
    return {
      kind: 'placed',
      command: { ...c, args: [...c.args, named('place-before', where)] },
      notes: [`The FastTrack rule is placed before ${describeRule(r.props)}, since that rule takes the established and related connections first: below it FastTrack would never match.`],
    };
  }
  return { kind: 'placed', command: c, notes: [`The FastTrack rule is added at the end of chain ${chain}: no rule of the configuration accepts or drops established and related connections before it.`] };
}
