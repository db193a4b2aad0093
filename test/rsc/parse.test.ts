import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/rsc/parse.js';
import { printScript } from '../../src/rsc/print.js';
import { validateScript } from '../../src/rsc/validate.js';
import { stripLocations } from '../../src/ast/strip.js';

const errors = (text: string) => parseScript(text).diagnostics.filter((d) => d.severity === 'error');

describe('parseScript on the command subset', () => {
  it('reads space, slash and context-line forms as the same command', () => {
    const a = parseScript('/ip firewall filter add chain=input action=drop\n').ast;
    const b = parseScript('/ip/firewall/filter/add chain=input action=drop').ast;
    const c = parseScript('/ip firewall filter\nadd chain=input action=drop\n').ast;
    expect(stripLocations(a.statements)).toEqual(stripLocations(b.statements));
    expect(stripLocations(c.statements[1])).toEqual(stripLocations(a.statements[0]));
    expect(c.statements[0]).toMatchObject({ kind: 'navigate', path: ['ip', 'firewall', 'filter'] });
  });

  it('types values: numbers, lists, prefixes, ranges, negation, strings', () => {
    const { ast, diagnostics } = parseScript('/ip firewall filter add chain=forward dst-port=80,443,1000-2000 src-address=10.0.0.0/8 in-interface-list=!LAN comment="a \\"b\\" \\$c"');
    expect(diagnostics).toEqual([]);
    const cmd = ast.statements[0];
    expect(cmd?.kind).toBe('command');
    if (cmd?.kind !== 'command') return;
    const args = Object.fromEntries(cmd.args.map((a) => [a.kind === 'positional' ? '' : a.name, a.kind === 'unset' ? null : stripLocations(a.value)]));
    expect(args['dst-port']).toEqual({ kind: 'list', items: [{ kind: 'number', value: 80 }, { kind: 'number', value: 443 }, { kind: 'range', from: '1000', to: '2000' }] });
    expect(args['src-address']).toEqual({ kind: 'prefix', address: '10.0.0.0', length: 8 });
    expect(args['in-interface-list']).toEqual({ kind: 'negated', value: { kind: 'word', text: 'LAN' } });
    expect(args.comment).toEqual({ kind: 'string', value: 'a "b" $c' });
  });

  it('parses [find ...] with matchers and where expressions relative to the menu', () => {
    const { ast, diagnostics } = parseScript('/ip firewall filter remove [find comment="x"]\n/ip firewall filter print where chain=input and !disabled');
    expect(diagnostics).toEqual([]);
    expect(printScript(ast)).toBe('/ip firewall filter remove [find comment="x"]\n/ip firewall filter print where chain=input and !disabled\n');
  });

  it('treats # as a comment only where a statement may start', () => {
    const { ast, diagnostics } = parseScript('# header\n/ip firewall filter add chain=input comment=#tag\n  # indented comment\n');
    expect(diagnostics).toEqual([]);
    expect(printScript(ast)).toBe('/ip firewall filter add chain=input comment=#tag\n');
  });

  it('accepts CRLF, CR, a BOM, tabs, continuation lines and no final newline', () => {
    const text = '\uFEFF/ip firewall filter\r\nadd\tchain=input \\\r\n    action=drop\r/ip firewall nat add chain=srcnat action=masquerade';
    const { ast, diagnostics } = parseScript(text);
    expect(diagnostics).toEqual([]);
    expect(printScript(ast)).toContain('/ip firewall filter add chain=input action=drop\n/ip firewall nat add chain=srcnat action=masquerade\n');
  });

  it('reports several errors with line and column, in the user\'s terms', () => {
    const d = errors('/ip firewall filter add chain =input\n:put "x\\q"\n/ip firewall filter add chain=input [find\n/ip firewall filter add chain=input ]\n');
    expect(d.map((x) => [x.line, x.column])).toEqual([[1, 31], [2, 8], [3, 37], [4, 37]]);
    expect(d[0]!.message).toMatch(/no space/);
    expect(d[1]!.message).toMatch(/\\q/);
    expect(d[2]!.message).toBe('unclosed `[` opened at 3:37');
    expect(d[3]!.message).toMatch(/no bracket is open/);
  });

  it('reports unterminated strings and stray characters without throwing', () => {
    expect(errors('/ip firewall filter add comment="open')[0]!.message).toMatch(/unterminated string/);
    expect(errors('/ip firewall filter add chain=input \\ x')[0]!.message).toMatch(/unexpected character/);
  });

  it('caps nesting depth instead of overflowing the stack', () => {
    const deep = ':put ' + '['.repeat(10_000) + ']'.repeat(10_000);
    const d = errors(deep);
    expect(d[0]!.message).toMatch(/nested deeper than/);
  });

  it('never throws on binary junk', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => parseScript(junk)).not.toThrow();
  });
});

describe('validateScript', () => {
  const check = (text: string) => validateScript(parseScript(text).ast).map((d) => d.message);

  it('accepts valid firewall and NAT commands', () => {
    expect(check('/ip firewall filter add chain=input protocol=tcp dst-port=22 in-interface-list=WAN action=drop')).toEqual([]);
    expect(check('/ip firewall nat add chain=dstnat in-interface-list=WAN protocol=tcp dst-port=8080 action=dst-nat to-addresses=192.168.88.10 to-ports=80')).toEqual([]);
  });

  it('suggests the argument the user meant', () => {
    expect(check('/ip firewall filter add chian=input')).toContain('`chian` is not an argument of /ip firewall filter add; did you mean `chain`?');
  });

  it('rejects bad enum values, out-of-range ports, yes/no spellings and missing required args', () => {
    const messages = check('/ip firewall filter add chain=input action=dorp dst-port=70000 log=true');
    expect(messages.some((m) => /did you mean `drop`/.test(m))).toBe(true);
    expect(messages.some((m) => /70000 is outside/.test(m))).toBe(true);
    expect(messages.some((m) => /use yes or no/.test(m))).toBe(true);
    expect(check('/ip firewall filter add action=drop')).toContain('/ip firewall filter add needs `chain`');
  });

  it('warns once for a menu outside the schema', () => {
    const d = validateScript(parseScript('/openflow add name=a\n/openflow add name=b').ast);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', kind: 'schema' });
  });
});
