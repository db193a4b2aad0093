/**
 * Properties of the RouterOS side: parseScript never throws (whatever the
 * input: text, binary junk, token soup, deep nesting), and neither do the
 * schema check and the policy on what it returns; printing a generated AST
 * and parsing the text gives the AST back; a script that parses without
 * errors prints as text that parses back to the same tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Script } from '../../src/ast/nodes.js';
import { stripLocations } from '../../src/ast/strip.js';
import { runPolicy } from '../../src/policy/engine.js';
import { parseScript } from '../../src/rsc/parse.js';
import { printScript } from '../../src/rsc/print.js';
import { validateScript } from '../../src/rsc/validate.js';
import { languageScript, script } from '../../src/testing/index.js';
import { fuzz, TIMEOUT } from './config.js';
import { knownParseBug } from './known-bugs.js';

/** Pieces of RouterOS text, valid and broken, to build token soup from. */
const PIECES = [
  '/ip', 'firewall', 'filter', 'add', 'set', 'remove', 'print', 'find', 'chain=input', 'action=drop', 'comment=', 'on-event="/system reboot"',
  '[', ']', '{', '}', '(', ')', '"', '$', '$[', '$(', '${', ':put', ':local', ':global', ':if', ':for i from=1 to=2 do={', ':foreach k,v in=',
  ':execute', ':parse', 'do=', 'else=', 'x', '1', '-1', '0x1F', '+', '-', '*', '/', '=', '==', '!=', '<', '>', '->', '.', ',', ';', '!', '~',
  '&&', '||', 'and', 'or', 'in', 'any', 'where', '\n', '\r\n', ' ', '\t', '\\', '\\\n', '#', '# c', '10.0.0.1', '10.0.0.0/8', '1-2', '::1',
  'fe80::1%ether1', 'AA:BB:CC:DD:EE:FF', '1d2h', '00:05:00', '*1A', '"a$b"', '"\\""', '"\\41"', '"\\q"', '"$[:put 1]"', '$"a b"', '{a=1;b=2}',
  '({})', '[:parse ":put 1"]', '$f', '/system script add name=x source=', '..', 'ip/address/add', 'é', '\u0000', '\uFEFF',
];

/**
 * Statements made of a head (a menu command, a script command, a context
 * line, a call) and arguments of every shape, valid or odd: text that mostly
 * parses, so the round trip below sees many trees.
 */
const HEADS = [
  '/ip firewall filter add', '/ip firewall filter', '/ip address', 'add', 'set', 'remove', 'print', 'find', ':put', ':local x', ':global y',
  ':set x', '/system script add', '/system scheduler add', '/interface set', '/ip/address/add', 'ip address add', '/ip firewall nat remove',
  ':if (1) do=', ':foreach i in={1;2} do=', ':do', '$f', '[:put 1]', '/unknown menu add', '/ip firewall filter print', ':return', ':error',
  '{', '}', '..', '/', ':while ($i<3) do=', ':for i from=1 to=3 do=', '/routing ospf instance add', '/interface bridge port set',
];
const ARGS = [
  'chain=input', 'action=drop', 'comment=""', 'comment="a\\"b"', 'comment=#x', 'x=$y', 'x=[find]', 'x=[/ip address find where disabled]',
  'x=(1+2)', 'x=($a.$b)', 'x={1;2}', 'x={a=1;b="c"}', 'x=', '!x', 'where x=1', 'where !disabled and chain=input', 'where (a or b) in c',
  '1', '-1', '0x1F', '*1A', 'detail', 'as-value', '"str"', '"\\41\\n"', '$v', '$"a b"', '[:len "x"]', '(a,b)', '(-$i)', '(!$x)', '($a->"k")',
  '{:put 1}', 'do={:put 1}', 'else={}', 'on-event="/system reboot"', 'source=":put 1"', 'source={:put 1}', 'x="$a$[:put 1]$(1+1)"', 'x=a,b,c',
  'x=!a', 'x=10.0.0.0/8', 'x=10.0.0.1-10.0.0.9', 'x=1-2', 'x=::1', 'x=fe80::1%ether1', 'x=AA:BB:CC:DD:EE:FF', 'x=00:05:00', 'x=1d2h',
  'x=yes', 'x=where', 'x=and', 'x=a.b', 'x=10M/20M', 'place-before=0', 'numbers=0,1', 'value-name=x', 'in=$a', 'from=1',
];
const statementSoup = fc
  .tuple(fc.constantFrom(...HEADS), fc.array(fc.constantFrom(...ARGS), { maxLength: 5 }))
  .map(([head, args]) => [head, ...args].join(' '));
const validishSoup = fc
  .tuple(fc.array(statementSoup, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '; ', '\r\n', ' \\\n'))
  .map(([statements, glue]) => statements.join(glue));

const tokenSoup = (glue: string): fc.Arbitrary<string> => fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(glue));

/** Deep nesting of every opener, closed or not. */
const deepNesting = fc
  .tuple(fc.constantFrom('[', '{', '(', '$(', '$[', '"$[', ':if (', '[:put ', '{:do {'), fc.integer({ min: 1, max: 5000 }), fc.boolean(), fc.constantFrom('', 'x', ':put 1', '1+'))
  .map(([open, depth, close, inner]) => {
    const closer: Record<string, string> = { '[': ']', '{': '}', '(': ')', '$(': ')', '$[': ']', '"$[': ']"', ':if (': ') do={}', '[:put ': ']', '{:do {': '}}' };
    return open.repeat(depth) + inner + (close ? closer[open]!.repeat(depth) : '');
  });

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  tokenSoup(' '),
  tokenSoup(''),
  validishSoup,
  deepNesting,
);

const same = (a: Script, b: Script): boolean => JSON.stringify(stripLocations(a)) === JSON.stringify(stripLocations(b));

describe('parseScript on anything', () => {
  it('never throws, and neither do validateScript and runPolicy on what it returns', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { ast, diagnostics } = parseScript(text);
        expect(Array.isArray(diagnostics)).toBe(true);
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          // The parser catches its own bugs as "internal parser error" diagnostics: those are bugs all the same.
          expect(d.message, JSON.stringify(text)).not.toMatch(/internal parser error/);
        }
        validateScript(ast);
        runPolicy(ast, { diagnostics });
      }),
      fuzz(200),
    );
  }, TIMEOUT);

  it('reads what it printed back as the same tree, for every script that parses without errors', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: validishSoup }, { weight: 1, arbitrary: tokenSoup(' ') }), (text) => {
        const first = parseScript(text);
        fc.pre(!first.diagnostics.some((d) => d.severity === 'error'));
        // Trees that run into a reported bug are skipped here and pinned in regressions.test.ts.
        fc.pre(knownParseBug(text, first.ast) === undefined);
        const printed = printScript(first.ast);
        const second = parseScript(printed);
        expect(second.diagnostics.filter((d) => d.severity === 'error'), printed).toEqual([]);
        if (!same(second.ast, first.ast)) throw new Error(`${JSON.stringify(text)} prints as ${JSON.stringify(printed)}, which reads back differently`);
        expect(printScript(second.ast)).toBe(printed);
      }),
      fuzz(200),
    );
  }, TIMEOUT);
});

describe('printScript then parseScript', () => {
  it('is the identity on generated menu-command scripts, which also validate against the schema', () => {
    fc.assert(
      fc.property(script({}, { maxStatements: 6 }), (ast) => {
        const text = printScript(ast);
        const parsed = parseScript(text);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error'), text).toEqual([]);
        expect(validateScript(parsed.ast).filter((d) => d.severity === 'error'), text).toEqual([]);
        if (!same(parsed.ast, ast)) throw new Error(`does not read back as itself:\n${text}`);
      }),
      fuzz(200),
    );
  }, TIMEOUT);

  it('is the identity on generated scripts in the whole language (blocks, expressions, arrays, interpolated strings)', () => {
    fc.assert(
      fc.property(languageScript(), (ast) => {
        const text = printScript(ast);
        const parsed = parseScript(text);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error'), text).toEqual([]);
        if (!same(parsed.ast, ast)) throw new Error(`does not read back as itself:\n${text}`);
        expect(printScript(parsed.ast)).toBe(text);
      }),
      fuzz(200),
    );
  }, TIMEOUT);
});
