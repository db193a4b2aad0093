/**
 * Properties of the parser and printer over generated input:
 * - every canonical AST prints to text that parses back to the same AST, and
 *   printing that again gives the same text (idempotence);
 * - `parseScript` never throws, on any string, including RouterOS-looking
 *   token soup and binary junk;
 * - the token fast path for plain command lines gives exactly what the
 *   grammar gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripLocations } from '../../src/ast/strip.js';
import { parseScript, useFastPath } from '../../src/rsc/parse.js';
import { printScript } from '../../src/rsc/print.js';
import { arbitraries } from './arbitraries.js';

const { script } = arbitraries(3);
const RUNS = Number(process.env.FC_RUNS ?? 200);
const TIMEOUT = 120_000;

function roundTrip(ast: ReturnType<typeof parseScript>['ast']): void {
  const text = printScript(ast);
  const back = parseScript(text);
  const errors = back.diagnostics.filter((d) => d.severity === 'error' && !/in the script in/.test(d.message));
  expect(errors, `printed text has errors:\n${text}`).toEqual([]);
  expect(stripLocations(back.ast), `printed text:\n${text}`).toEqual(stripLocations(ast));
  expect(printScript(back.ast)).toBe(text);
}

describe('print then parse', () => {
  it('gives the same AST back, and printing is idempotent', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(script, roundTrip), { numRuns: RUNS, seed: 20260101 });
  });

  it('holds for fresh seeds too', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(script, roundTrip), { numRuns: Math.ceil(RUNS / 3) });
  });
});

/** Text built from RouterOS pieces, so the parser sees plausible and nearly plausible scripts. */
const PIECES = [
  '/', ':', ' ', ' ', '\n', '\r\n', ';', '{', '}', '[', ']', '(', ')', '"', '\\', '$', '$x', '$"a b"', '$[', '$(', '#', '# c\n',
  '=', '!', ',', '->', '+', '-', '*', '.', '<', '>', '<=', '!=', '~', '&&', 'and', 'or', 'in', 'where', 'do=', 'else=',
  'ip', 'address', 'firewall filter', 'add', 'set', 'print', 'find', 'put', 'local', 'if', 'foreach', 'global', 'parse',
  'chain=input', 'comment="x"', 'on-event="', 'source=', '10.0.0.1', '10.0.0.0/8', 'fe80::1%ether1', '00:11:22:33:44:55',
  '1d2h', '*1A', '0x1F', '-1', 'é', '\u0000', '\uFEFF', '\\\n', '\\"', '\\n', '\\$', '\\7Z',
  'where/', '/:', '::1', '*x=', '! ', '..', '{}', '({})', 'a.b', '%', '@', '?', "'", '^', '&', '|', '1.2', '10/2', ' . ', '$a->b',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('parseScript never throws', () => {
  it('on RouterOS-looking token soup', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(soup, (text) => {
        const result = parseScript(text);
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toMatch(/internal parser error/);
        }
      }),
      { numRuns: RUNS * 3, seed: 7 },
    );
  });

  it('on arbitrary strings', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = parseScript(text);
        expect(result.diagnostics.every((d) => !/internal parser error/.test(d.message))).toBe(true);
      }),
      { numRuns: RUNS * 3, seed: 11 },
    );
  });

  it('and what it reads without errors prints and reads back the same', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { ast, diagnostics } = parseScript(text);
        if (diagnostics.some((d) => d.severity === 'error')) return;
        const printed = printScript(ast);
        const back = parseScript(printed);
        expect(back.diagnostics.filter((d) => d.severity === 'error'), printed).toEqual([]);
        expect(stripLocations(back.ast), printed).toEqual(stripLocations(ast));
      }),
      { numRuns: RUNS * 3, seed: 13 },
    );
  });
});

describe('the fast path for plain command lines', () => {
  const plain = fc
    .array(fc.constantFrom('/', 'ip', 'address', 'add', 'set', ':', 'put', 'a', 'x=', '=', 'y', '!', ',', '"s"', '""', ' ', ' ', '  ', '\n', ';', '1', '10.0.0.0/8', 'where', 'and', '$v', '[', ']', '#', '"a $v"', '"$v\\q"', '"x$[:put 1]"', '"', '$'), { maxLength: 24 })
    .map((parts) => parts.join(''));

  it('gives exactly what the grammar gives', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(plain, (text) => {
        const fast = parseScript(text);
        useFastPath(false);
        try {
          const slow = parseScript(text);
          expect(fast.ast).toEqual(slow.ast);
          expect(fast.diagnostics).toEqual(slow.diagnostics);
        } finally {
          useFastPath(true);
        }
      }),
      { numRuns: RUNS * 3, seed: 17 },
    );
  });
});
