/**
 * A rule says what it reads; the words it reads by their text live in grammar/english (issue 12, item 6). These checks
 * read the source of src/intents and fail when a rule grows a word list of its own again:
 * - an inline array of words tested with `.includes(` (`['named', 'called'].includes(t.normal)`);
 * - a list or set of words declared in a rule file and tested against a word's text (`X.includes(t.normal)`,
 *   `X.has(w.text)`), which is the same list under a name.
 * Lists of canonical values (action values, RouterOS menu paths, technical kinds) are not words: a rule declares
 * them where it says what it does, and a value list is not tested against `.normal`/`.text`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const INTENTS = join(ROOT, 'src', 'intents');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** An array literal holding a quoted word, then `.includes(`. */
const INLINE_INCLUDES = /\[[^\]\n]*'[a-z][^'\n]*'[^\]\n]*\]\.includes\(/g;

/** Local names bound to an array or a set of quoted words. */
const LOCAL_LIST = /\bconst ([A-Za-z_]\w*)(?:\s*:[^=\n]+)?\s*=\s*(?:new Set\(\s*)?\[\s*'[a-z]/g;

/** Allowed exceptions, as `file: line text`, each with its reason. None today. */
const ALLOWED: ReadonlyMap<string, string> = new Map();

function wordListsIn(path: string, text: string): string[] {
  const file = relative(ROOT, path);
  const found: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return;
    if (INLINE_INCLUDES.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    INLINE_INCLUDES.lastIndex = 0;
  });
  for (const m of text.matchAll(LOCAL_LIST)) {
    const name = m[1]!;
    const tested = new RegExp(`\\b${name}\\.(?:includes|has)\\([^)]*\\.(?:normal|text)\\b`);
    const at = lines.findIndex((line) => tested.test(line));
    if (at >= 0) found.push(`${file}:${at + 1}: ${lines[at]!.trim()}`);
  }
  return found.filter((f) => !ALLOWED.has(f.replace(/:\d+:/, ':')));
}

describe('word lists live in grammar/english, not in rules', () => {
  it('no file of src/intents tests a word list of its own', () => {
    const found = sources(INTENTS).flatMap((path) => wordListsIn(path, readFileSync(path, 'utf8')));
    expect(found, 'move these words into grammar/english (a named set by meaning, reused where the meaning is the same)').toEqual([]);
  });

  it('finds an inline list, and a named local list tested against a word', () => {
    const path = join(INTENTS, 'example', 'rules.ts');
    expect(wordListsIn(path, "const at = frame.terms.findIndex((t) => ['named', 'called'].includes(t.normal));")).toHaveLength(1);
    expect(wordListsIn(path, "const LABELS = ['named', 'called'];\nconst at = frame.terms.findIndex((t) => LABELS.includes(t.normal));")).toHaveLength(1);
    expect(wordListsIn(path, "const LABELS = new Set(['named', 'called']);\nconst at = frame.terms.findIndex((t) => LABELS.has(t.text));")).toHaveLength(1);
    // A rule's own verbs by canonical value, and a menu path, are not words tested by text.
    expect(wordListsIn(path, "const other = otherVerbs(frame, ['add', 'set']);\nconst MENU = ['ip', 'firewall', 'nat'];")).toEqual([]);
    expect(wordListsIn(path, "const at = frame.terms.findIndex((t) => NAME_LABELS.has(t.normal));")).toEqual([]);
  });
});
