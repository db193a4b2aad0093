/**
 * The script language beyond command lines: the trees the parser builds for
 * blocks, script commands, functions, expressions, arrays, strings with code
 * in them and scripts held in strings, and what the walker visits.
 */
import { describe, expect, it } from 'vitest';
import type { Command, Expression, Script, Statement, StringValue, Value } from '../../src/ast/nodes.js';
import { stripLocations } from '../../src/ast/strip.js';
import { parseScript } from '../../src/rsc/parse.js';
import { printScript, printValue, quote } from '../../src/rsc/print.js';
import { forEachCommand, forEachNavigate } from '../../src/rsc/walk.js';

const parse = (text: string): Script => {
  const { ast, diagnostics } = parseScript(text);
  expect(diagnostics.filter((d) => d.severity === 'error'), text).toEqual([]);
  return stripLocations(ast);
};
const first = (text: string): Statement => parse(text).statements[0]!;
const command = (text: string): Command => first(text) as Command;
const arg = (c: Command, i: number): Value => {
  const a = c.args[i]!;
  if (a.kind === 'unset') throw new Error('unset');
  return a.value!;
};
/** The expression of `:put (...)`. */
const expr = (text: string): Expression => {
  const v = arg(command(`:put (${text})`), 0);
  if (v.kind !== 'expression') throw new Error(v.kind);
  return v.expression;
};
/** An expression as fully parenthesised text, to read precedence at a glance. */
function shape(e: Expression): string {
  switch (e.kind) {
    case 'binary': return `(${shape(e.left)} ${e.operator} ${shape(e.right)})`;
    case 'unary': return `(${e.operator}${e.operator === 'any' ? ' ' : ''}${shape(e.operand)})`;
    case 'group': return `[${shape(e.expression)}]`;
    case 'field': return e.name;
    case 'value': return e.value.kind === 'word' ? `'${e.value.text}` : printValue(e.value);
  }
}

describe('script commands', () => {
  it('are commands with an empty path, written with or without `:`', () => {
    expect(command(':put "x"')).toEqual({ kind: 'command', path: [], name: 'put', args: [{ kind: 'positional', value: { kind: 'string', value: 'x' } }] });
    expect(command('put "x"')).toEqual(command(':put "x"'));
    expect(command('/put "x"')).toEqual(command(':put "x"'));
  });

  it('read `do=`, `else=`, `on-error=` and `:do {...}` as blocks, and `{...}` elsewhere as arrays', () => {
    const c = command(':if ($a = 1) do={ :put 1 } else={}');
    expect(arg(c, 1)).toEqual({ kind: 'block', statements: [command(':put 1')] });
    expect(arg(c, 2)).toEqual({ kind: 'block', statements: [] });
    expect(arg(command(':do { :put 1 } while=($i < 3)'), 0).kind).toBe('block');
    expect(arg(command(':do { :put 1 } on-error={ :put 2 }'), 1).kind).toBe('block');
    expect(arg(command(':onerror e in={ :error x } do={}'), 1).kind).toBe('block');
    expect(arg(command(':local a {1;2}'), 1)).toEqual({ kind: 'array', items: [{ key: null, value: { kind: 'number', value: 1 } }, { key: null, value: { kind: 'number', value: 2 } }] });
    expect(arg(command(':foreach i in={1} do={}'), 1).kind).toBe('array');
  });

  it('keep the current menu for relative commands in blocks and `[ ]`, and give blocks their own menu', () => {
    const s = parse('/ip address\n:if (true) do={ add address=10.0.0.1/24 interface=ether1; /ip route; add gateway=10.0.0.2 }\n:put [find]\nadd address=10.0.0.3/24 interface=ether1');
    const block = arg(s.statements[1] as Command, 1);
    if (block.kind !== 'block') throw new Error();
    expect((block.statements[0] as Command).path).toEqual(['ip', 'address']);
    expect((block.statements[2] as Command).path).toEqual(['ip', 'route']);
    const put = s.statements[2] as Command;
    expect(arg(put, 0)).toMatchObject({ kind: 'substitution', command: { path: ['ip', 'address'], name: 'find' } });
    expect((s.statements[3] as Command).path).toEqual(['ip', 'address']);
  });

  it('read a function, its call and `[[:parse ...]]`', () => {
    const s = parse(':global f do={ :return ($a + $1) }\n:put [$f a=6 "x"]\n$f 1\n[[:parse ":put 1"]]');
    expect(arg(s.statements[0] as Command, 1).kind).toBe('block');
    expect(arg(s.statements[1] as Command, 0)).toEqual({
      kind: 'call',
      callee: { kind: 'variable', name: 'f' },
      args: [{ kind: 'named', name: 'a', value: { kind: 'number', value: 6 } }, { kind: 'positional', value: { kind: 'string', value: 'x' } }],
    });
    expect(s.statements[2]).toMatchObject({ kind: 'call', callee: { kind: 'variable', name: 'f' } });
    expect(s.statements[3]).toMatchObject({ kind: 'call', callee: { kind: 'call', callee: { kind: 'substitution', command: { name: 'parse' } } } });
  });

  it('read a statement block with its own scope', () => {
    expect(first('{ :local a 1; :put $a }')).toEqual({ kind: 'block', statements: [command(':local a 1'), command(':put $a')] });
  });
});

describe('expressions', () => {
  it('follow RouterOS precedence, loosest to tightest', () => {
    expect(shape(expr('1 + 2 * 3'))).toBe('(1 + (2 * 3))');
    expect(shape(expr('1 - 2 - 3'))).toBe('((1 - 2) - 3)');
    expect(shape(expr('a = 1 or b = 2 and c'))).toBe("((a = 1) or ((b = 2) and c))");
    expect(shape(expr('$x in 10.0.0.0/8 and $y'))).toBe('(($x in 10.0.0.0/8) and $y)');
    expect(shape(expr('"a" . "b" = "ab"'))).toBe('(("a" . "b") = "ab")');
    // Shifts bind looser than `|`, which binds looser than `^` and `&` (measured on the device).
    expect(shape(expr('1 << 2 | 3 ^ 4 & 5 + 6'))).toBe('(1 << (2 | (3 ^ (4 & (5 + 6)))))');
    expect(shape(expr('{1;2} , 3 . 4'))).toBe('({1;2} , (3 . 4))');
    expect(shape(expr('!a = b'))).toBe("((!a) = 'b)");
    expect(shape(expr('-$x * 2'))).toBe('((-$x) * 2)');
    expect(shape(expr('any $x && $y'))).toBe('((any $x) and $y)');
  });

  it('chain `->` and keep the user\'s parentheses', () => {
    expect(shape(expr('$a->"b"->0'))).toBe('(($a -> "b") -> 0)');
    expect(shape(expr('(1 + 2) * 3'))).toBe('([(1 + 2)] * 3)');
    expect(arg(command(':set ($a->"x") 5'), 0)).toMatchObject({ kind: 'expression', expression: { kind: 'binary', operator: '->' } });
  });

  it('read `&&` and `||` as `and` and `or`', () => {
    expect(expr('a && b || c')).toEqual(expr('a and b or c'));
  });

  it('lex as the device does: `(10/2)` is one word, `($i+1)` adds, `(1 .2)` concatenates', () => {
    expect(expr('10/2')).toEqual({ kind: 'value', value: { kind: 'word', text: '10/2' } });
    expect(shape(expr('10 / 2'))).toBe('(10 / 2)');
    expect(shape(expr('$i+1'))).toBe('($i + 1)');
    expect(shape(expr('$i-1'))).toBe('($i - 1)');
    expect(shape(expr('1 .2'))).toBe('(1 . 2)');
    expect(shape(expr('-1 - -1'))).toBe('(-1 - -1)');
    expect(shape(expr('1 <> 2'))).toBe('(1 < (>2))');
    expect(shape(expr('$a * *1A'))).toBe('($a * *1A)');
  });

  it('read a bare word as a property name, and the right side of a comparison as a value', () => {
    const w = arg(command('/ip route print where dst-address=0.0.0.0/0 and !disabled and gateway=ether1'), 0);
    if (w.kind !== 'expression') throw new Error(w.kind);
    expect(shape(w.expression)).toBe("(((dst-address = 0.0.0.0/0) and (!disabled)) and (gateway = 'ether1))");
    expect(printScript(parse('/ip route print where dst-address=0.0.0.0/0 and !disabled'))).toBe('/ip route print where dst-address=0.0.0.0/0 and !disabled\n');
  });

  it('read `name~"re"` in find as its `where` clause', () => {
    expect(command('/interface print where name~"ether"')).toEqual(command('/interface print name~"ether"'));
  });
});

describe('literals', () => {
  const value = (text: string): Value => arg(command(`:put ${text}`), 0);

  it('types numbers, addresses, times, ids and MACs', () => {
    expect(value('0x1F')).toEqual({ kind: 'number', value: 31, hex: true });
    expect(value('-5')).toEqual({ kind: 'number', value: -5 });
    expect(value('fe80::1%ether1')).toEqual({ kind: 'ip6', address: 'fe80::1', scope: 'ether1' });
    expect(value('10.0.0.1%ether1')).toEqual({ kind: 'ip', address: '10.0.0.1', scope: 'ether1' });
    expect(value('2001:db8::/32')).toEqual({ kind: 'prefix', address: '2001:db8::', length: 32 });
    expect(value('1d2h3m4s')).toEqual({ kind: 'time', text: '1d2h3m4s' });
    expect(value('00:05:00')).toEqual({ kind: 'time', text: '00:05:00' });
    expect(value('200ms')).toEqual({ kind: 'time', text: '200ms' });
    expect(value('*1A')).toEqual({ kind: 'id', text: '*1A' });
    expect(value('00:11:22:33:44:55')).toEqual({ kind: 'mac', address: '00:11:22:33:44:55' });
    expect(value('9007199254740993')).toEqual({ kind: 'word', text: '9007199254740993' });
  });

  it('reads arrays: lists, maps, nesting, the empty array', () => {
    expect(value('{a=1;b={2;3}}')).toEqual({
      kind: 'array',
      items: [
        { key: 'a', value: { kind: 'number', value: 1 } },
        { key: 'b', value: { kind: 'array', items: [{ key: null, value: { kind: 'number', value: 2 } }, { key: null, value: { kind: 'number', value: 3 } }] } },
      ],
    });
    expect(value('({})')).toEqual({ kind: 'expression', expression: { kind: 'value', value: { kind: 'array', items: [] } } });
    expect(value('{1;2,3}')).toMatchObject({ items: [{}, { value: { kind: 'list' } }] });
    expect(value('{$a,$b}')).toMatchObject({ items: [{ value: { kind: 'list', items: [{ kind: 'variable' }, { kind: 'variable' }] } }] });
  });

  it('reads `$var`, `$[command]` and `$(expression)` inside strings into parts', () => {
    expect(value('"up $n, $"my-var" $[:len $x] $($a * 2)!"')).toEqual({
      kind: 'interpolated',
      parts: [
        { kind: 'text', text: 'up ' },
        { kind: 'variable', name: 'n' },
        { kind: 'text', text: ', ' },
        { kind: 'variable', name: 'my-var' },
        { kind: 'text', text: ' ' },
        { kind: 'substitution', command: { kind: 'command', path: [], name: 'len', args: [{ kind: 'positional', value: { kind: 'variable', name: 'x' } }] } },
        { kind: 'text', text: ' ' },
        { kind: 'expression', expression: { kind: 'binary', operator: '*', left: { kind: 'value', value: { kind: 'variable', name: 'a' } }, right: { kind: 'value', value: { kind: 'number', value: 2 } } } },
        { kind: 'text', text: '!' },
      ],
    });
    expect(value('"costs \\$5"')).toEqual({ kind: 'string', value: 'costs $5' });
  });
});

describe('the printer', () => {
  it('re-escapes strings and interpolated text so they read back the same', () => {
    for (const text of ['a"b', 'back\\slash', '$x and $[y] and $(z)', 'line\nbreak\ttab\r', 'é😀', '\u0001']) {
      const printed = quote(text);
      expect(arg(command(`:put ${printed}`), 0)).toEqual({ kind: 'string', value: text });
    }
    const s = parse(':put "$n\\41b"');
    expect(printScript(s)).toBe(':put "$n\\41b"\n');
  });

  it('prints blocks indented, and every node kind', () => {
    const text = ':if ($a = 1) do={\n    :put [$f x=1]\n} else={\n    {\n        :local m {a=1;b="c"}\n    }\n}\n$f 1\n';
    expect(printScript(parse(text))).toBe(text);
  });
});

describe('scripts held in strings', () => {
  it('are parsed and stored on the string, with positions in the outer file', () => {
    const { ast, diagnostics } = parseScript('/system scheduler add name=a on-event="/ip address remove [find interface=ether1]"');
    expect(diagnostics).toEqual([]);
    const onEvent = (ast.statements[0] as Command).args[1]!;
    const value = (onEvent as { value: StringValue }).value;
    expect(value.script?.statements[0]).toMatchObject({ kind: 'command', path: ['ip', 'address'], name: 'remove', loc: { line: 1, column: 40 } });
    expect(stripLocations(value)).toEqual({ kind: 'string', value: '/ip address remove [find interface=ether1]' });
  });

  it('map errors through escapes and continuation lines to the outer file', () => {
    const text = '/system script add name=s source=":put 1\\r\\\n    \\n:put (2 3)"';
    const { diagnostics } = parseScript(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 15 });
    expect(diagnostics[0]!.message).toMatch(/in the script in source=/);
  });

  it('are parsed for :parse and :execute, and not when the string is computed', () => {
    const parsed = parseScript(':execute ":put 1"\n:local c [:parse "/system reboot"]\n:execute "$x"').ast;
    const strings: StringValue[] = [];
    forEachCommand(parsed, (c) => {
      for (const a of c.args) if (a.kind === 'positional' && a.value.kind === 'string') strings.push(a.value);
    });
    expect(strings.map((s) => s.script?.statements.length)).toEqual([1, 1]);
  });

  it('give up, with a warning, past eight levels', () => {
    let code = ':put 1';
    for (let i = 0; i < 10; i++) code = `:execute ${quote(code)}`;
    const { diagnostics } = parseScript(code);
    expect(diagnostics.some((d) => d.severity === 'warning' && /more than 8 levels/.test(d.message))).toBe(true);
  });
});

describe('forEachCommand', () => {
  const text = ':if (true) do={ /ip address print }\n:put [:len [/interface find]]\n:local a {b=[/ip route find]}\n/system scheduler add name=x on-event="/system reboot"\n$f [/user find]';
  it('visits commands in blocks, substitutions, arrays, calls, and (on request) scripts in strings', () => {
    const names: string[] = [];
    forEachCommand(parseScript(text).ast, (c) => names.push(c.name));
    expect(names).toEqual(['if', 'print', 'put', 'len', 'find', 'local', 'find', 'add', 'find']);
    const all: string[] = [];
    const holders: string[] = [];
    forEachCommand(parseScript(text).ast, (c, where) => {
      all.push(c.name);
      if (where.holders.length > 0) holders.push(`${c.name} in ${where.holders.map((h) => h.name).join(',')}`);
    }, { embedded: true });
    expect(all).toEqual(['if', 'print', 'put', 'len', 'find', 'local', 'find', 'add', 'reboot', 'find']);
    expect(holders).toEqual(['reboot in add']);
  });

  it('has a companion for menu lines', () => {
    const paths: string[] = [];
    forEachNavigate(parseScript('/ip\n:if (1) do={ /interface }').ast, (n) => paths.push(n.path.join('/')));
    expect(paths).toEqual(['ip', 'interface']);
  });
});

describe('diagnostics', () => {
  const errors = (text: string): string[] => parseScript(text).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`);

  it('say what was expected, in the user\'s terms', () => {
    expect(errors(':put (1 +)')).toEqual(['1:10 unexpected `)`: expected a value']);
    expect(errors(':put [:len "a")')).toEqual(['1:15 expected `]` to close `[` opened at 1:6, found `)`']);
    expect(errors('/ip address print where')).toEqual(['1:19 the command ends too early: expected an expression after `where`']);
    expect(errors(':if (true) do={ :put 1 :put 2 }')).toEqual(['1:24 unexpected `:`: expected `;` or a line end before a command']);
  });

  it('refuse names that could not be printed back (found by the fuzzer)', () => {
    expect(errors('where/system/script/add name=x')).toEqual(['1:1 `where` is not a menu or command name']);
    expect(errors('or/:global/set')).toEqual(['1:1 `or` is not a menu or command name']);
    expect(errors('::1 comment=-1')).toEqual(['1:1 `::1` is not a menu or command name']);
    expect(errors('$f *x=1')).toEqual(['1:4 `*x` is not an argument name']);
    expect(errors('/ip address add *x=1')).toEqual(['1:17 `*x` is not an argument name']);
    expect(errors('/ip address print where a=c /ip')[0]).toMatch(/^1:29 unexpected `\/`: outside `\( \)` a where clause has only/);
  });

  it('report several errors in one file, each block on its own', () => {
    expect(errors(':if (1) do={\n  :put (1 2)\n  :put (3 4)\n}\n:put (5 6)')).toEqual([
      '2:11 unexpected `2`: expected `)`',
      '3:11 unexpected `4`: expected `)`',
      '5:9 unexpected `6`: expected `)`',
    ]);
  });
});
