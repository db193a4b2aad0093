/**
 * What `check` reads: files as named, directories searched for `*.rsc`, and
 * glob patterns (for shells that do not expand them, and for quoted patterns
 * in CI configs). Hidden entries and node_modules are skipped when searching,
 * as ESLint does; a file named explicitly is read whatever its name.
 */
import { readdirSync, statSync } from 'node:fs';

export interface Targets {
  /** Files to read, in order, each once; "-" is standard input. */
  readonly files: string[];
  /** Arguments that name nothing readable: a pattern or directory that matched no script. */
  readonly unmatched: string[];
}

const GLOB_CHARS = /[*?[{]/;

export function expandTargets(args: readonly string[]): Targets {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch {
      // Not there: a glob pattern, or a file whose read error is reported where it is read.
    }
    if (isDirectory) {
      const found = walk(arg.replace(/(.)\/+$/, '$1')).filter((f) => f.endsWith('.rsc'));
      if (found.length === 0) unmatched.push(arg);
      found.forEach(add);
    } else if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const found = glob(arg);
      if (found.length === 0) unmatched.push(arg);
      found.forEach(add);
    } else {
      add(arg);
    }
  }
  return { files, unmatched };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Every file under dir (sorted, depth first), skipping hidden entries and node_modules; symbolic links to folders are not followed. */
function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = dir === '.' ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...walk(path));
    else if (e.isFile()) out.push(path);
    else if (e.isSymbolicLink()) {
      try {
        if (statSync(path).isFile()) out.push(path);
      } catch {
        // A dangling link: nothing to read.
      }
    }
  }
  return out;
}

/** The files a pattern matches: `*` and `?` within one path segment, `**` across segments, `[abc]`/`[!abc]`, `{a,b}`. */
export function glob(pattern: string): string[] {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, firstGlob).join('/');
  const root = firstGlob === 0 ? '.' : base === '' ? '/' : base;
  const re = globRegExp(pattern);
  const candidates = walk(root).map((f) => (root === '/' ? `/${f.replace(/^\/+/, '')}` : f));
  return candidates.filter((f) => re.test(f));
}

export function globRegExp(pattern: string): RegExp {
  const escape = (s: string) => s.replace(/[.+^$()|\\\]]/g, '\\$&');
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[' && pattern.indexOf(']', i + 2) > i) {
      const end = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, end);
      re += `[${body.startsWith('!') ? '^' + body.slice(1).replace(/\\/g, '\\\\') : body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{' && pattern.indexOf('}', i) > i) {
      const end = pattern.indexOf('}', i);
      re += `(?:${pattern.slice(i + 1, end).split(',').map(escape).join('|')})`;
      i = end;
    } else re += escape(c);
  }
  // walk() writes paths relative to the pattern's own base, so "./x/*.rsc" and "x/*.rsc" both match "x/a.rsc" or "./x/a.rsc".
  return new RegExp(`^(?:\\./)?${re.replace(/^\\\.\//, '')}$`);
}
