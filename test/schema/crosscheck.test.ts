/**
 * Cross-checks the project's hand-written RouterOS schema (grammar/routeros)
 * against the RouterOS 7.24 command tree read off a real router, and the enum
 * values it declares against the completions RouterOS 7.22.3 offers.
 *
 * The reference files live outside the project (../shared/routeros); a fresh
 * clone has no such folder: point ROUTEROS_INSPECT_JSON and ROUTEROS_DEEP_INSPECT_JSON
 * at restraml's files, or the suites are skipped with a note.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { menuKey, SCHEMA, type MenuSpec } from '../../grammar/routeros/index.js';
import { classifyBare } from '../../src/ast/classify.js';
import { checkValue } from '../../src/rsc/validate.js';
import { absent, DEEP_INSPECT_FILE, HAVE_DEEP_INSPECT, HAVE_INSPECT, INSPECT_FILE } from '../helpers/routeros-data.js';

// ../shared/routeros in the development checkout, or ROUTEROS_INSPECT_JSON / ROUTEROS_DEEP_INSPECT_JSON (test/helpers/routeros-data.ts).
const TREE_FILE = INSPECT_FILE;
const COMPLETIONS_FILE = DEEP_INSPECT_FILE;

const haveTree = HAVE_INSPECT;
const haveCompletions = HAVE_DEEP_INSPECT;
if (!haveTree) console.warn(`schema crosscheck skipped: ${absent(TREE_FILE, 'ROUTEROS_INSPECT_JSON')}`);
else if (!haveCompletions) console.warn(`schema enum crosscheck skipped: ${absent(COMPLETIONS_FILE, 'ROUTEROS_DEEP_INSPECT_JSON')}`);

interface TreeNode {
  readonly _type?: 'path' | 'dir' | 'cmd' | 'arg';
  readonly desc?: string;
  readonly _completion?: Readonly<Record<string, { readonly style?: string }>>;
  readonly [child: string]: unknown;
}

/**
 * Menus the schema declares although the 7.24 tree lacks them. The tree is read
 * off a virtual x86 router (CHR), so hardware-only menus are not in it.
 */
const MISSING_MENUS: Readonly<Record<string, string>> = {
  '/system/routerboard': 'hardware-only (RouterBOARD firmware); the CHR tree has no /system routerboard',
  '/system/routerboard/settings': 'hardware-only (RouterBOARD boot settings); the CHR tree has no /system routerboard',
  '/lcd': 'hardware-only (front-panel LCD); its commands are declared with unchecked arguments',
  '/interface/ethernet/poe': 'hardware-only (PoE-Out ports); its commands are declared with unchecked arguments',
};

/**
 * Arguments that build.ts gives every `print`/`export`/`get`/`edit` alike: the
 * union of what RouterOS offers across menus, so a given menu may lack some.
 * Only these names are exempt; anything else declared on these commands is checked.
 */
const BUILDER_SHARED_ARGS: Readonly<Record<string, { readonly args: readonly string[]; readonly reason: string }>> = {
  print: {
    args: ['where', 'file', 'proplist', 'from', 'interval', 'detail', 'terse', 'brief', 'count-only', 'as-value', 'without-paging', 'show-ids', 'stats', 'all', 'follow', 'follow-only'],
    reason: 'build.ts printCommand(): one shape for every print (settings menus have no where/proplist/from; not every list has brief/stats/all)',
  },
  export: {
    args: ['file', 'where', 'compact', 'terse', 'verbose', 'show-sensitive', 'hide-sensitive'],
    reason: 'build.ts exportCommand(): one shape for every export',
  },
  get: { args: ['value-name', 'number'], reason: 'build.ts: settings and item menus share the get shape' },
  edit: { args: ['numbers', 'value-name'], reason: 'build.ts names the item of edit `numbers`; RouterOS calls it `number` (positional, so scripts read the same)' },
};

/**
 * Single arguments declared although 7.24 lacks them: `/menu/path cmd arg` → reason.
 * A ratchet: the first test fails when an entry is no longer needed.
 */
const MISSING_ARGS: Readonly<Record<string, string>> = {
  '/ip/firewall/filter add hw-offload': 'the default configuration of RouterBOARDs with switch chips writes it on the fasttrack rule; the tree is read off a CHR, which has no such hardware',
  '/ip/firewall/filter set hw-offload': 'the default configuration of RouterBOARDs with switch chips writes it on the fasttrack rule; the tree is read off a CHR, which has no such hardware',
};

/** Matcher-only properties RouterOS does not have: `/menu/path property` → reason (a ratchet too). */
const MISSING_PROPERTIES: Readonly<Record<string, string>> = {
  '/ip/firewall/filter hw-offload': 'hardware-only (fasttrack offload on switch chips); absent from the CHR tree',
  '/interface/wireless default-name': 'the wireless package is not in the 7.22.3 tree that lists properties; defconf writes `set [find default-name=wlan1]`',
  '/interface/wireless running': 'the wireless package is not in the 7.22.3 tree that lists properties; every interface has `running`',
  '/interface/wireless/security-profiles default': 'the wireless package is not in the 7.22.3 tree that lists properties; defconf writes `set [find default=yes]`',
};

/** Commands declared although 7.24 lacks them: `/menu/path cmd` → reason (a ratchet too). */
const MISSING_COMMANDS: Readonly<Record<string, string>> = {};


/**
 * Enum values we declare that 7.22.3 does not offer in completion, with why.
 * (7.22.3 is the newest tree with completions; values added in 7.23/7.24 go here.)
 */
const EXTRA_ENUM_VALUES: Readonly<Record<string, string>> = {
  '/ip/route check-gateway bfd': 'manual (IP Routing): check-gateway arp | bfd | none | ping; 7.22.3 offers bfd for /ip dhcp-client check-gateway but not here',
  '/ip/cloud ddns-enabled no': 'manual (IP > Cloud): ddns-enabled is auto | no | yes; 7.22.3 completion only offers the other values',
};

function loadJson(file: string): TreeNode {
  return JSON.parse(readFileSync(file, 'utf8')) as TreeNode;
}

function lookup(root: TreeNode, segments: readonly string[]): TreeNode | null {
  let node: TreeNode = root;
  for (const s of segments) {
    const next = node[s];
    if (s.startsWith('_') || next === null || typeof next !== 'object') return null;
    node = next as TreeNode;
  }
  return node;
}

const isMenu = (n: TreeNode | null): boolean => n?._type === 'path' || n?._type === 'dir';
const child = (n: TreeNode | null, name: string): TreeNode | null => {
  const c = n?.[name];
  return c !== null && typeof c === 'object' && !name.startsWith('_') ? (c as TreeNode) : null;
};

/** Every argument name a command declares, named or flag. */
function declaredArgs(menu: MenuSpec, name: string): string[] {
  const spec = menu.commands[name]!;
  return [...Object.keys(spec.args), ...(spec.flags ?? [])];
}

// Read once; an empty tree when the files are absent (the suites are skipped then).
const tree: TreeNode = haveTree ? loadJson(TREE_FILE) : {};
const deep: TreeNode = haveTree && haveCompletions ? loadJson(COMPLETIONS_FILE) : {};

const menus = [...SCHEMA.menus.values()].map((m) => [menuKey(m.path), m] as const);

describe.skipIf(!haveTree)('schema crosscheck against the RouterOS 7.24 tree', () => {
  it('declares no allow-list entry that is not needed', () => {
    const stale: string[] = [];
    for (const key of Object.keys(MISSING_MENUS)) {
      if (!SCHEMA.menus.has(key)) stale.push(`${key}: not in the schema`);
      else if (isMenu(lookup(tree, key.split('/').filter(Boolean)))) stale.push(`${key}: exists in 7.24 now`);
    }
    for (const key of Object.keys(MISSING_ARGS)) {
      const [menuPath, cmd, arg] = key.split(' ') as [string, string, string];
      const node = child(child(lookup(tree, menuPath.split('/').filter(Boolean)), cmd), arg);
      if (node?._type === 'arg') stale.push(`${key}: exists in 7.24 now`);
      if (!SCHEMA.menus.get(menuPath)?.commands[cmd]?.args[arg]) stale.push(`${key}: not declared in the schema`);
    }
    for (const key of Object.keys(MISSING_COMMANDS)) {
      const [menuPath, cmd] = key.split(' ') as [string, string];
      if (child(lookup(tree, menuPath.split('/').filter(Boolean)), cmd)?._type === 'cmd') stale.push(`${key}: exists in 7.24 now`);
      if (!SCHEMA.menus.get(menuPath)?.commands[cmd]) stale.push(`${key}: not declared in the schema`);
    }
    for (const key of Object.keys(MISSING_PROPERTIES)) {
      const [menuPath, property] = key.split(' ') as [string, string];
      if (!SCHEMA.menus.get(menuPath)?.properties[property]) stale.push(`${key}: not declared in the schema`);
    }
    for (const key of Object.keys(EXTRA_ENUM_VALUES)) {
      const [menuPath, arg, value] = key.split(' ') as [string, string, string];
      const declared = Object.values(SCHEMA.menus.get(menuPath)?.commands ?? {}).some((c) => {
        const v = c.args[arg]?.value;
        return v?.type === 'enum' && v.values.includes(value);
      });
      if (!declared) stale.push(`${key}: not declared in the schema`);
      const node = lookup(deep, menuPath.split('/').filter(Boolean));
      const offeredNow = ['add', 'set'].some((cmd) => child(child(node, cmd), arg)?._completion?.[value] !== undefined);
      if (offeredNow) stale.push(`${key}: RouterOS offers it now`);
    }
    expect(stale).toEqual([]);
  });

  it.each(menus)('%s exists with its commands and arguments', (key, menu) => {
    if (MISSING_MENUS[key]) return;
    const node = lookup(tree, menu.path);
    expect(isMenu(node), `${key} is not a menu in 7.24`).toBe(true);
    const problems: string[] = [];
    for (const name of Object.keys(menu.commands)) {
      const cmd = child(node, name);
      if (cmd?._type !== 'cmd') {
        if (MISSING_COMMANDS[`${key} ${name}`]) continue;
        problems.push(`command ${name} does not exist`);
        continue;
      }
      const spec = menu.commands[name]!;
      for (const arg of [...(spec.required ?? []), ...(spec.positional ?? [])]) {
        if (!spec.args[arg]) problems.push(`${name}: required or positional \`${arg}\` is not among its declared arguments`);
      }
      const shared = BUILDER_SHARED_ARGS[name]?.args ?? [];
      for (const arg of declaredArgs(menu, name)) {
        if (shared.includes(arg) || MISSING_ARGS[`${key} ${name} ${arg}`]) continue;
        if (child(cmd, arg)?._type !== 'arg') problems.push(`${name} ${arg}: no such argument`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(menus)('%s: comma-list enums use the values 7.24 names', (key, menu) => {
    if (MISSING_MENUS[key]) return;
    const node = lookup(tree, menu.path);
    const problems: string[] = [];
    for (const [name, spec] of Object.entries(menu.commands)) {
      for (const [arg, argSpec] of Object.entries(spec.args)) {
        // 7.24 describes list enums as `a|b|c[,Name*]`.
        const desc = child(child(node, name), arg)?.desc;
        const match = desc ? /^([^\s[]+)\[,\w+\*\]$/.exec(desc) : null;
        if (!match || argSpec.value.type !== 'enum') continue;
        const values = match[1]!.split('|');
        if (!argSpec.value.list) problems.push(`${name} ${arg}: RouterOS takes a comma list (${desc}); declare it with setOf`);
        for (const v of argSpec.value.values) if (!values.includes(v)) problems.push(`${name} ${arg}=${v}: 7.24 names only ${values.join('|')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!haveTree || !haveCompletions)('schema value types against RouterOS completions (7.22.3)', () => {
  // Completion lists also name the objects of the router they were read from (its interfaces).
  const instances = new Set(Object.keys(child(child(child(deep, 'interface'), 'set'), 'numbers')?._completion ?? {}));

  /** Plain values RouterOS offers for an argument (no `!`, no object names), or null when it offers none. */
  function offered(menu: MenuSpec, cmd: string, arg: string): string[] | null {
    const node = child(child(lookup(deep, menu.path), cmd), arg);
    const completion = node?._completion;
    if (!completion) return null;
    const values = Object.entries(completion)
      .filter(([value, meta]) => (meta.style === 'none' || meta.style === 'arg') && value !== '!' && !instances.has(value))
      .map(([value]) => value);
    return values.length > 0 ? values : null;
  }

  it.each(menus)('%s: declared enum values are offered by RouterOS', (key, menu) => {
    if (MISSING_MENUS[key]) return;
    const problems: string[] = [];
    for (const [name, spec] of Object.entries(menu.commands)) {
      for (const [arg, argSpec] of Object.entries(spec.args)) {
        const values = offered(menu, name, arg);
        if (!values) continue;
        if (argSpec.value.type === 'enum') {
          for (const v of argSpec.value.values) {
            if (!values.includes(v) && !EXTRA_ENUM_VALUES[`${key} ${arg} ${v}`]) problems.push(`${name} ${arg}=${v}: RouterOS offers only ${values.join('|')}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(menus)('%s: matcher-only properties are real properties', (key, menu) => {
    if (MISSING_MENUS[key]) return;
    const node = lookup(tree, menu.path);
    const known = new Set<string>();
    for (const cmd of ['add', 'set']) for (const [name, v] of Object.entries(child(node, cmd) ?? {})) if ((v as TreeNode)?._type === 'arg') known.add(name);
    for (const cmd of ['get', 'print']) {
      const arg = child(child(lookup(deep, menu.path), cmd), cmd === 'get' ? 'value-name' : 'proplist');
      for (const name of Object.keys(arg?._completion ?? {})) known.add(name);
    }
    const problems = Object.keys(menu.properties).filter((name) => !known.has(name) && !MISSING_PROPERTIES[`${key} ${name}`]
      && !MISSING_ARGS[`${key} add ${name}`] && !MISSING_ARGS[`${key} set ${name}`]);
    expect(problems).toEqual([]);
  });

  it.each(menus)('%s: strict value types accept every value RouterOS offers', (key, menu) => {
    if (MISSING_MENUS[key]) return;
    const problems: string[] = [];
    for (const [name, spec] of Object.entries(menu.commands)) {
      for (const [arg, argSpec] of Object.entries(spec.args)) {
        if (argSpec.value.type === 'enum' && !argSpec.value.open) continue; // checked one way only, above
        const values = offered(menu, name, arg);
        if (!values) continue;
        for (const v of values) {
          const problem = checkValue(classifyBare(v), argSpec);
          if (problem) problems.push(`${name} ${arg}=${v}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
