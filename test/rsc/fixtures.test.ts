/**
 * Every script under test/fixtures/rsc/ is parsed and validated, and must
 * give exactly the diagnostics its header declares:
 *
 *   # expect: error syntax 3:14 unclosed `[`       (line, optional column, message fragment)
 *   # expect: warning schema 2 is not in the schema
 *   # expect: commands 4                           (forEachCommand visits, embedded scripts excluded)
 *   # expect: all-commands 6                       (... and included)
 *
 * A diagnostic nobody declared fails the test, and so does a declaration
 * nothing matched. Scripts without errors must also print back to the same
 * AST, print idempotently, and give the same result with and without the
 * token fast path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripLocations } from '../../src/ast/strip.js';
import type { Diagnostic } from '../../src/rsc/diagnostics.js';
import { parseScript, useFastPath } from '../../src/rsc/parse.js';
import { printScript } from '../../src/rsc/print.js';
import { validateScript } from '../../src/rsc/validate.js';
import { forEachCommand } from '../../src/rsc/walk.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'rsc');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.rsc') ? [path] : [];
  });
}

interface Expectation {
  readonly severity: Diagnostic['severity'];
  readonly kind: Diagnostic['kind'];
  readonly line: number;
  readonly column: number | null;
  readonly fragment: string;
}

const EXPECT = /^# expect: (error|warning) (syntax|schema|scope) (\d+)(?::(\d+))? (.+)$/;
const COUNT = /^# expect: (commands|all-commands) (\d+)$/;

function expectations(text: string): { diagnostics: Expectation[]; counts: Map<string, number> } {
  const diagnostics: Expectation[] = [];
  const counts = new Map<string, number>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = EXPECT.exec(line);
    if (m) diagnostics.push({ severity: m[1] as Expectation['severity'], kind: m[2] as Expectation['kind'], line: Number(m[3]), column: m[4] ? Number(m[4]) : null, fragment: m[5]! });
    const c = COUNT.exec(line);
    if (c) counts.set(c[1]!, Number(c[2]));
  }
  return { diagnostics, counts };
}

const matches = (d: Diagnostic, e: Expectation): boolean =>
  d.severity === e.severity && d.kind === e.kind && d.line === e.line && (e.column === null || d.column === e.column) && d.message.includes(e.fragment);

const show = (d: Diagnostic): string => `${d.severity} ${d.kind} ${d.line}:${d.column} ${d.message}`;

const all = files(ROOT);

describe('RouterOS fixtures', () => {
  it('has at least 150 fixture scripts', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
  });

  for (const file of all) {
    const name = relative(ROOT, file);
    it(name, () => {
      const text = readFileSync(file, 'utf8');
      const { diagnostics: expected, counts } = expectations(text);
      const { ast, diagnostics } = parseScript(text);
      const actual = [...diagnostics, ...validateScript(ast)];
      const unexpected = actual.filter((d) => !expected.some((e) => matches(d, e)));
      const missing = expected.filter((e) => !actual.some((d) => matches(d, e)));
      expect(unexpected.map(show), 'diagnostics the header does not declare').toEqual([]);
      expect(missing, `declared but not reported; got:\n${actual.map(show).join('\n')}`).toEqual([]);

      for (const [what, n] of counts) {
        let seen = 0;
        forEachCommand(ast, () => seen++, { embedded: what === 'all-commands' });
        expect(seen, what).toBe(n);
      }

      if (expected.some((e) => e.severity === 'error' && e.kind === 'syntax')) return;
      const printed = printScript(ast);
      const back = parseScript(printed);
      expect(back.diagnostics.filter((d) => d.severity === 'error').map(show), `printed:\n${printed}`).toEqual([]);
      expect(stripLocations(back.ast), `printed:\n${printed}`).toEqual(stripLocations(ast));
      expect(printScript(back.ast)).toBe(printed);

      useFastPath(false);
      try {
        const slow = parseScript(text);
        expect(slow.ast).toEqual(ast);
        expect(slow.diagnostics).toEqual(diagnostics);
      } finally {
        useFastPath(true);
      }
    });
  }
});
