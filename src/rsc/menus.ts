/**
 * The schema's menus as a tree of path segments, for splitting a command
 * line's leading words into menu path and command name.
 */
import type { MenuSpec, Schema } from '../../grammar/routeros/index.js';

/** A menu level: its sub-menus by name and, when the schema describes it, its spec. */
export interface MenuTree {
  readonly children: Map<string, MenuTree>;
  menu: MenuSpec | undefined;
}

const menuTrees = new WeakMap<Schema, MenuTree>();

/** The schema's menus as a tree (built once per schema): walking it needs no string building. */
export function menuTree(schema: Schema): MenuTree {
  let root = menuTrees.get(schema);
  if (root) return root;
  root = { children: new Map(), menu: schema.menus.get('/') };
  for (const menu of schema.menus.values()) {
    let node = root;
    for (const segment of menu.path) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map(), menu: undefined }));
      node = child;
    }
    node.menu = menu;
  }
  menuTrees.set(schema, root);
  return root;
}

/**
 * One-entry caches for the two lookups every command line makes: an `/export`
 * repeats `add` under the same menu line after line, and comparing two short
 * strings is cheaper than hashing a fresh one.
 */
let lastCommandNode: MenuTree | undefined;
let lastCommandWord = '';
let lastCommandResult = false;
export function isCommandOf(node: MenuTree | undefined, word: string): boolean {
  if (node === lastCommandNode && word === lastCommandWord) return lastCommandResult;
  lastCommandNode = node;
  lastCommandWord = word;
  const commands = node?.menu?.commands;
  lastCommandResult = commands !== undefined && Object.hasOwn(commands, word);
  return lastCommandResult;
}

let lastChildNode: MenuTree | undefined;
let lastChildWord = '';
let lastChild: MenuTree | undefined;
export function childOf(node: MenuTree, word: string): MenuTree | undefined {
  if (node === lastChildNode && word === lastChildWord) return lastChild;
  lastChildNode = node;
  lastChildWord = word;
  lastChild = node.children.get(word);
  return lastChild;
}

export function treeAt(root: MenuTree, path: readonly string[]): MenuTree | undefined {
  let node: MenuTree | undefined = root;
  for (const segment of path) {
    node = node.children.get(segment);
    if (!node) return undefined;
  }
  return node;
}
