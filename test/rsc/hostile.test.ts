/**
 * Hostile input never crashes, hangs or overflows the stack: 10 MB files,
 * binary junk, 10,000 nested brackets and blocks, unterminated strings, long
 * operator chains. Time limits are generous (a shared, busy machine), but
 * bounded: anything quadratic would blow through them.
 */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/rsc/parse.js';
import { printScript } from '../../src/rsc/print.js';
import { validateScript } from '../../src/rsc/validate.js';

const TIMEOUT = 180_000;

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** A deterministic pseudo-random byte string. */
function bytes(length: number, seed: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(String.fromCharCode(x % 256));
  }
  return out.join('');
}

const noInternalErrors = (diagnostics: { message: string }[]): void => {
  expect(diagnostics.filter((d) => /internal parser error/.test(d.message))).toEqual([]);
};

describe('hostile input', () => {
  it('parses a 10 MB export in bounded time', { timeout: TIMEOUT }, () => {
    const line = '/ip firewall filter add chain=forward action=accept src-address=10.0.0.0/8 dst-port=80,443 comment="rule"\n';
    const text = line.repeat(Math.ceil(10_000_000 / line.length));
    const { result, ms } = timed(() => parseScript(text));
    expect(result.diagnostics).toEqual([]);
    expect(result.ast.statements.length).toBe(Math.ceil(10_000_000 / line.length));
    expect(ms).toBeLessThan(120_000);
  });

  it('reads a 10 MB quoted string and a 5 MB quoted variable name without overflowing the stack', { timeout: TIMEOUT }, () => {
    const body = 'a\\"b'.repeat(2_500_000);
    const { result } = timed(() => parseScript(`:local s "${body}"\n:local t $"${body.slice(0, 5_000_000)}"\n:put [:len $s]\n`));
    noInternalErrors(result.diagnostics);
    expect(result.diagnostics.filter((d) => d.kind === 'syntax')).toEqual([]);
    const first = result.ast.statements[0];
    expect(first?.kind === 'command' && first.args[1]?.kind === 'positional' && first.args[1].value.kind === 'string' ? first.args[1].value.value.length : 0).toBe(7_500_000);
  });

  it('reads 10 MB of binary junk quickly, with a bounded number of diagnostics', { timeout: TIMEOUT }, () => {
    const { result, ms } = timed(() => parseScript(bytes(10_000_000, 1)));
    noInternalErrors(result.diagnostics);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.length).toBeLessThanOrEqual(1001);
    expect(ms).toBeLessThan(120_000);
  });

  it('caps nesting: 10,000 brackets, parentheses, braces, blocks and string substitutions', { timeout: TIMEOUT }, () => {
    const deep = [
      ':put ' + '['.repeat(10_000) + ']'.repeat(10_000),
      ':put ' + '('.repeat(10_000) + '1' + ')'.repeat(10_000),
      '{'.repeat(10_000) + '}'.repeat(10_000),
      ':if (1) do={\n'.repeat(10_000) + '}\n'.repeat(10_000),
      ':local a ' + '{'.repeat(10_000) + '1' + '}'.repeat(10_000),
      ':put "' + '$[:put "'.repeat(10_000) + 'x' + '"]'.repeat(10_000) + '"',
    ];
    for (const text of deep) {
      const { result } = timed(() => parseScript(text));
      noInternalErrors(result.diagnostics);
      expect(result.diagnostics.some((d) => /nested deeper than/.test(d.message)), text.slice(0, 30)).toBe(true);
    }
  });

  it('reads statements nested just under the cap, prints them and validates them', { timeout: TIMEOUT }, () => {
    const text = ':if (1) do={\n'.repeat(90) + ':put [:len [:pick "abc" 0 (1 + (2 * (3)))]]\n' + '}\n'.repeat(90);
    const { ast, diagnostics } = parseScript(text);
    expect(diagnostics).toEqual([]);
    expect(parseScript(printScript(ast)).diagnostics).toEqual([]);
    expect(validateScript(ast)).toEqual([]);
  });

  it('reports, without reading, expressions too deep to print', { timeout: TIMEOUT }, () => {
    for (const text of [':put (' + Array(100_000).fill('1').join('+') + ')', ':put (' + '!'.repeat(100_000) + '1)', ':put (' + '-'.repeat(50_000) + '1)']) {
      const { result, ms } = timed(() => parseScript(text));
      noInternalErrors(result.diagnostics);
      expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/more than 2000 levels deep/)]);
      expect(ms).toBeLessThan(60_000);
    }
  });

  it('handles long flat statements', { timeout: TIMEOUT }, () => {
    const { result } = timed(() => parseScript(':put ' + Array(200_000).fill('a').join(',')));
    expect(result.diagnostics).toEqual([]);
    expect(() => printScript(result.ast)).not.toThrow();
  });

  it('recovers after unterminated strings and unclosed blocks, a bounded number of times', { timeout: TIMEOUT }, () => {
    const strings = timed(() => parseScript(':put "abc\n'.repeat(5000)));
    noInternalErrors(strings.result.diagnostics);
    const blocks = timed(() => parseScript(':if (1) do={\n'.repeat(20_000)));
    noInternalErrors(blocks.result.diagnostics);
    expect(blocks.result.diagnostics.length).toBeLessThan(200);
    expect(blocks.ms).toBeLessThan(60_000);
  });

  it('survives every kind of error at once in one big file', { timeout: TIMEOUT }, () => {
    const pieces = ['/ip address add address=1.1.1.1/24 interface=ether1', ':put (1 2)', ':put [', ':put "open', '}', ')', '\\ x', ':local x 1 # c', '\u0000\u0001', 'é', ':put $', '{ :put 1 :put 2 }'];
    const text = Array.from({ length: 20_000 }, (_, i) => pieces[i % pieces.length]).join('\n');
    const { result, ms } = timed(() => parseScript(text));
    noInternalErrors(result.diagnostics);
    expect(result.diagnostics.length).toBeLessThanOrEqual(1001);
    expect(ms).toBeLessThan(60_000);
  });

  it('refuses input over the size limit with one diagnostic', () => {
    const { ast, diagnostics } = parseScript('x'.repeat(16 * 1024 * 1024 + 1));
    expect(ast.statements).toEqual([]);
    expect(diagnostics).toHaveLength(1);
  });

  it('never throws on what is not text', () => {
    expect(parseScript(42 as unknown as string).diagnostics[0]!.message).toBe('input is not text');
  });
});
