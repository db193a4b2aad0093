/**
 * fast-check is a peer dependency of `routeros-gen/testing` only: the main
 * entry (src/index.ts) and everything it imports must never load it, or a
 * user without fast-check could not use the library. Checked by walking the
 * import graph from src/index.ts (the sources vitest runs) and, when the
 * build exists (`npm test` builds first), from the built entries as well
 * (dist/src, tsc's output, and dist/bundle, the files the package exports).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every module reachable from `entry` by static or dynamic imports and re-exports, with the bare packages each one imports. */
function importGraph(entry: string, sourceExtension: '.ts' | '.js'): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  const specifiers = /(?:^|[\s;])(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    const packages: string[] = [];
    for (const m of text.matchAll(specifiers)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) {
        // Sources import `./x.js`; the file is x.ts before the build and x.js after it.
        const target = resolve(dirname(file), sourceExtension === '.ts' ? spec.replace(/\.js$/, '.ts') : spec);
        pending.push(target);
      } else packages.push(spec);
    }
    graph.set(file, packages);
  }
  return graph;
}

function modulesImporting(graph: Map<string, string[]>, pkg: string): string[] {
  return [...graph].filter(([, packages]) => packages.some((p) => p === pkg || p.startsWith(pkg + '/'))).map(([file]) => file.slice(ROOT.length + 1));
}

describe('the core library and fast-check', () => {
  it('src/index.ts reaches no module that imports fast-check, while routeros-gen/testing does', () => {
    const core = importGraph(join(ROOT, 'src', 'index.ts'), '.ts');
    expect(core.size).toBeGreaterThan(20);
    expect(modulesImporting(core, 'fast-check')).toEqual([]);
    // The walk does find packages: the core imports compromise and chevrotain.
    expect(modulesImporting(core, 'compromise').length).toBeGreaterThan(0);
    const testing = importGraph(join(ROOT, 'src', 'testing', 'index.ts'), '.ts');
    expect(modulesImporting(testing, 'fast-check').length).toBeGreaterThan(0);
  });

  it('the built entry the package exports reaches no file that imports fast-check (when the build exists)', () => {
    for (const entry of [join(ROOT, 'dist', 'src', 'index.js'), join(ROOT, 'dist', 'bundle', 'index.js')]) {
      if (!existsSync(entry)) continue;
      const core = importGraph(entry, '.js');
      expect(modulesImporting(core, 'fast-check')).toEqual([]);
      // The walk followed the entry's imports (tsc's modules, or the bundle's shared chunks).
      expect(core.size).toBeGreaterThan(2);
    }
    const testing = join(ROOT, 'dist', 'bundle', 'testing.js');
    if (existsSync(testing)) expect(modulesImporting(importGraph(testing, '.js'), 'fast-check').length).toBeGreaterThan(0);
  });

  it('package.json exports ./testing and declares fast-check an optional peer dependency', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, { types?: string; import?: string }>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      dependencies?: Record<string, string>;
    };
    expect(pkg.exports['./testing']).toEqual({ types: './dist/src/testing/index.d.ts', import: './dist/bundle/testing.js', require: './dist/bundle/require.cjs' });
    expect(pkg.peerDependencies?.['fast-check']).toBeDefined();
    expect(pkg.peerDependenciesMeta?.['fast-check']?.optional).toBe(true);
    expect(pkg.dependencies?.['fast-check']).toBeUndefined();
  });
});
