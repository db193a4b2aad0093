import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPolicy } from '../../src/policy/engine.js';
import { TABLE } from '../../src/policy/harmless.js';
import { PRESETS, RULES } from '../../src/policy/registry.js';
import { parseScript } from '../../src/rsc/parse.js';
import type { Script } from '../../src/ast/nodes.js';
import { check } from './rule-tester.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Near misses: they look dangerous, they are not. Nothing destructive, in either preset. */
const HARMLESS = [
  ':put "/system reboot"',
  ':log info "/system reboot scheduled by hand"',
  ':global cmd "/system reboot"',
  '/ip firewall filter add chain=input action=accept comment="drop"',
  '/ip firewall filter add chain=input action=accept',
  '/ip firewall filter print where action=drop',
  '/ip firewall filter add chain=input action=drop disabled=yes',
  '/interface set ether1 name=wan',
  '/interface ethernet set [find default-name=ether1] name=wan comment="ISP"',
  '/interface set ether1 arp=enabled',
  '/ip service disable telnet,ftp',
  '/ip route add dst-address=10.0.0.0/8 gateway=192.168.88.2',
  '/ip address add address=192.168.88.1/24 interface=bridge',
  '/interface vlan add name=vlan10 vlan-id=10 interface=bridge',
  '/interface list member add list=LAN interface=ether5',
  '/system scheduler add name=tick interval=1m on-event=":log info tick"',
  '/system script add name=hello source=":put \\"/system reboot\\""',
  '/system backup save name=nightly',
  '/export file=before-change',
  '/system identity set name=router1',
  '/user add name=noc group=read password=Long-Random-Passphrase-99',
  '/ip dns set servers=1.1.1.1',
  ':execute ":log info hello"',
  '/tool netwatch add host=8.8.8.8 down-script=":log warning \\"uplink down\\""',
  '/ip dhcp-client renew [find interface=ether1]',
  '/ip firewall filter reset-counters-all',
  '# /system reboot\n/system identity print',
  // Removing a queue lifts a limit; it cuts nothing.
  '/queue tree remove [find]',
];

/** One script per kind of destructive operation the policy must catch. */
const DESTRUCTIVE = [
  '/system reboot',
  '/system shutdown',
  '/system reset-configuration no-defaults=yes',
  '/system backup load name=old.backup',
  '/system package update install',
  '/system package downgrade',
  '/system package disable wireless',
  '/system routerboard upgrade',
  '/ip firewall filter add chain=input action=drop',
  '/ip firewall raw add chain=prerouting action=drop',
  '/ipv6 firewall filter add chain=forward action=reject',
  '/ip firewall filter remove [find]',
  '/ip firewall nat disable 0',
  '/ip firewall mangle remove 0',
  '/ip firewall filter set 0 disabled=yes',
  '/ip address remove 0',
  '/ipv6 address set 0 address=2001:db8::2/64',
  '/ip route add gateway=10.0.0.1',
  '/ipv6 route add dst-address=::/0 gateway=fe80::1%ether1',
  '/ip route disable 0',
  '/ip dhcp-client remove 0',
  '/ip dhcp-server disable 0',
  '/ip pool remove 0',
  '/interface bridge remove bridge1',
  '/interface vlan set vlan10 vlan-id=11',
  '/interface bridge port add bridge=bridge1 interface=ether2',
  '/interface bridge port remove 0',
  '/interface bridge set bridge1 vlan-filtering=yes',
  '/interface disable ether1',
  '/interface set ether1 mtu=1400',
  '/interface wifi set wifi1 configuration.ssid=New',
  '/interface wireless security-profiles set default wpa2-pre-shared-key=another-long-passphrase',
  '/ip service disable winbox',
  '/ip service set ssh port=2200',
  '/ip service set www address=10.0.0.0/8',
  '/tool mac-server set allowed-interface-list=none',
  '/tool mac-server mac-winbox set allowed-interface-list=none',
  '/user remove admin',
  '/user set admin group=read',
  '/file remove backup.backup',
  '/system script remove 0',
  '/certificate remove 0',
  '/interface list member remove 0',
  ':execute "/system reboot"',
  '/system script run unknown-script',
  '/system scheduler add name=x interval=1d on-event="/system reboot"',
  '/system scheduler add name=x on-event=$code',
];

describe('policy engine: verdicts', () => {
  for (const script of HARMLESS) {
    it(`harmless: ${script}`, () => {
      const { findings, destructive } = check(script);
      expect(destructive, findings.map((f) => `${f.rule}: ${f.message}`).join('\n')).toBe(false);
      expect(findings.filter((f) => f.severity === 'destructive')).toEqual([]);
    });
  }
  for (const script of DESTRUCTIVE) {
    it(`destructive: ${script}`, () => {
      const { findings, destructive } = check(script);
      expect(destructive).toBe(true);
      const finding = findings.find((f) => f.severity === 'destructive')!;
      expect(finding.message.length).toBeGreaterThan(20);
      expect(finding.advice?.length ?? 0).toBeGreaterThan(20);
    });
  }
});

describe('policy engine: findings', () => {
  it('keeps the Finding shape and places findings on the command', () => {
    const { ast } = parseScript('/ip address add address=10.0.0.1/24 interface=ether2\n  /ip firewall filter add chain=input action=drop');
    const result = runPolicy(ast);
    expect(result.destructive).toBe(true);
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(Object.keys(finding!).sort()).toEqual(['advice', 'column', 'line', 'message', 'rule', 'severity']);
    expect(finding).toMatchObject({ rule: 'firewall-drop', severity: 'destructive', line: 2, column: 3 });
  });

  it('maps findings inside strings to the outer command and says where they were', () => {
    const { ast } = parseScript(':log info start\n/system scheduler add name=n interval=1d \\\n  on-event="/log info bye\\r\\n/system reboot"');
    const { findings } = runPolicy(ast);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'system-reboot', line: 2, column: 1, embeddedIn: 'on-event of /system scheduler' });
    expect(findings[0]!.message).toContain('(inside on-event of /system scheduler)');
  });

  it('fails closed on statements the parser dropped, when given the diagnostics', () => {
    const { ast, diagnostics } = parseScript('/ip address print\n/ip address remove [find interface=ether1');
    // Without diagnostics the broken statement is simply absent from the AST.
    expect(runPolicy(ast).destructive).toBe(false);
    const result = runPolicy(ast, { diagnostics });
    expect(result.destructive).toBe(true);
    expect(result.findings).toMatchObject([{ rule: 'unparsed-statement', line: 2 }]);
  });

  // `{ }` blocks: today the parser drops them (unparsed-statement fires); once it reads them, the rules see
  // the commands inside. Either way the verdict must be destructive.
  for (const script of [
    ':if ($up = false) do={ /system reboot }',
    ':foreach i in=[/interface find] do={ /interface disable $i }',
    '/system script add name=x source={ /system reboot }',
    '/system scheduler add name=x interval=1d on-event={ /ip address remove 0 }',
    ':do { /ip route remove [find] } on-error={ :log error failed }',
    // Code in strings that holds blocks, or does not parse at all.
    '/system script add name=x source="{ /system reboot }"',
    '/system scheduler add name=x on-event=":if (\\$a = 1) do={ /system reboot }"',
    '/tool netwatch add host=1.1.1.1 down-script="/ip address remove [find"',
  ]) {
    it(`destructive with or without block parsing: ${script}`, () => {
      expect(check(script, true).destructive).toBe(true);
    });
  }
  it('a harmless block is at most flagged as unreadable, never as something it is not', () => {
    const { findings } = check(':if ($x = 1) do={ :log info "one" }', true);
    expect(findings.every((f) => f.rule === 'unparsed-statement')).toBe(true);
  });

  it('finds commands in `$[ ]` inside strings, which run when the string is evaluated', () => {
    expect(check(':put "uptime $[/system reboot]"').findings.map((f) => f.rule)).toEqual(['system-reboot']);
    expect(check(':log info "$[/ip address remove 0] done"').findings.map((f) => f.rule)).toEqual(['ip-address-change']);
    expect(check(':put "$[/system resource get uptime]"').destructive).toBe(false);
    // An unclosed `$[` cannot be read: fail closed.
    expect(check(':put "$[/system reboot"', true).destructive).toBe(true);
  });

  it('sorts findings by position', () => {
    const { ast } = parseScript('/system reboot\n/ip address remove 0\n/ip firewall filter add chain=input action=drop');
    expect(runPolicy(ast).findings.map((f) => f.line)).toEqual([1, 2, 3]);
  });

  it('reports one finding per flagged command when a specific rule covers it (no catch-all duplicate)', () => {
    const { ast } = parseScript('/ip address remove 0\n/interface disable ether1\n/user remove admin');
    expect(runPolicy(ast).findings.map((f) => f.rule)).toEqual(['ip-address-change', 'interface-change', 'user-change']);
  });

  it('warnings do not make a script destructive', () => {
    const { ast } = parseScript('/ip service enable telnet\n/ip upnp set enabled=yes\n/user add name=x group=read password=1');
    const strict = runPolicy(ast, { preset: 'strict' });
    expect(strict.findings.length).toBeGreaterThanOrEqual(3);
    expect(strict.destructive).toBe(false);
    expect(runPolicy(ast, { preset: 'recommended' }).findings).toEqual([]);
  });

  it('fails closed on scripts nested deeper than it inspects', () => {
    let code = '/system reboot';
    for (let i = 0; i < 9; i++) code = `:execute ${JSON.stringify(code).replace(/\$/g, '\\$')}`;
    const result = check(code);
    expect(result.destructive).toBe(true);
    expect(result.findings.some((f) => f.rule === 'uninspectable-script' && f.message.includes('nested more than'))).toBe(true);
  });

  it('reads a bare command line the parser takes for a menu (`/system reset-configuration`)', () => {
    expect(check('/system reset-configuration').findings.map((f) => f.rule)).toEqual(['reset-configuration']);
    expect(check('/system package uninstall wireless').findings.map((f) => f.rule)).toEqual(['package-change']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = runPolicy(parseScript(text).ast, { preset: 'strict' });
        expect(typeof result.destructive).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on RouterOS-looking text either', () => {
    const word = fc.constantFrom('/ip', 'firewall', 'filter', 'add', 'set', 'remove', 'chain=input', 'action=drop', 'on-event="/system reboot"',
      '[find]', '$x', ':execute', '"/system reboot"', '/system', 'reboot', 'script', 'run', 'source=":put 1"', 'disabled=yes', '0', '\n', ';');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        runPolicy(parseScript(words.join(' ')).ast, { preset: 'strict' });
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Node kinds the parser is gaining (`{ }` blocks, calls, interpolated
 * strings). Built by hand, so the engine is ready before the parser emits them.
 */
describe('policy engine: blocks, calls and interpolated strings', () => {
  const at = (line: number, column = 1) => ({ line, column, offset: 0 });
  const reboot = (line: number, column = 1) => ({ kind: 'command', path: ['system'], name: 'reboot', args: [], loc: at(line, column) });
  const run = (statements: unknown[]) => runPolicy({ kind: 'script', statements } as unknown as Script, { preset: 'strict' });

  it('checks commands inside a do={ } block where they are', () => {
    const ifCommand = {
      kind: 'command', path: [], name: 'if', loc: at(1),
      args: [
        { kind: 'positional', value: { kind: 'expression', expression: { kind: 'value', value: { kind: 'variable', name: 'down' } } } },
        { kind: 'named', name: 'do', value: { kind: 'block', statements: [reboot(2, 3)] } },
      ],
    };
    const result = run([ifCommand]);
    expect(result.destructive).toBe(true);
    expect(result.findings).toMatchObject([{ rule: 'system-reboot', line: 2, column: 3 }]);
  });

  it('checks a block statement of its own', () => {
    expect(run([{ kind: 'block', statements: [reboot(1, 3)], loc: at(1) }]).findings).toMatchObject([{ rule: 'system-reboot', line: 1, column: 3 }]);
  });

  it('checks source={ } code as a script held by the command, and says so', () => {
    const add = {
      kind: 'command', path: ['system', 'script'], name: 'add', loc: at(4),
      args: [
        { kind: 'named', name: 'name', value: { kind: 'word', text: 'restart' } },
        { kind: 'named', name: 'source', value: { kind: 'block', statements: [reboot(5)] } },
      ],
    };
    const result = run([add]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'system-reboot', line: 4, embeddedIn: 'source of /system script' });
  });

  it('fails closed on a call of code this text does not set', () => {
    const result = run([{ kind: 'call', callee: { kind: 'variable', name: 'cleanup' }, args: [], loc: at(3) }]);
    expect(result.destructive).toBe(true);
    expect(result.findings).toMatchObject([{ rule: 'uninspectable-script', line: 3 }]);
    expect(result.findings[0]!.message).toContain('$cleanup is not set in this text');
  });

  it('accepts a call of code the text sets (that code is checked where it is set)', () => {
    const define = {
      kind: 'command', path: [], name: 'global', loc: at(1),
      args: [
        { kind: 'positional', value: { kind: 'word', text: 'hello' } },
        { kind: 'named', name: 'do', value: { kind: 'block', statements: [{ kind: 'command', path: [], name: 'log', args: [], loc: at(1, 20) }] } },
      ],
    };
    const result = run([define, { kind: 'call', callee: { kind: 'variable', name: 'hello' }, args: [], loc: at(2) }]);
    expect(result.findings).toEqual([]);
  });

  it('finds substitutions inside interpolated strings', () => {
    const put = {
      kind: 'command', path: [], name: 'put', loc: at(1),
      args: [{ kind: 'positional', value: { kind: 'interpolated', parts: [{ kind: 'text', text: 'bye ' }, { kind: 'substitution', command: reboot(1, 12) }] } }],
    };
    expect(run([put]).findings).toMatchObject([{ rule: 'system-reboot', line: 1, column: 12 }]);
  });

  it('fails closed on code properties holding interpolated strings', () => {
    const add = {
      kind: 'command', path: ['system', 'scheduler'], name: 'add', loc: at(1),
      args: [{ kind: 'named', name: 'on-event', value: { kind: 'interpolated', parts: [{ kind: 'text', text: '/system script run ' }, { kind: 'variable', name: 'job' }] } }],
    };
    expect(run([add]).findings).toMatchObject([{ rule: 'uninspectable-script', line: 1 }]);
  });
});

describe('policy registry and presets', () => {
  const rules = [...RULES.values()];

  it('recommended holds every destructive rule, strict holds every rule', () => {
    for (const rule of rules) {
      if (rule.meta.severity === 'destructive') expect(PRESETS.recommended).toContain(rule.meta.id);
      expect(PRESETS.strict).toContain(rule.meta.id);
    }
    for (const id of [...PRESETS.recommended, ...PRESETS.strict]) expect(RULES.has(id)).toBe(true);
  });

  it('every rule lives in src/policy/rules/<id>.ts and is documented', () => {
    const docs = readFileSync(`${root}docs/policy-rules.md`, 'utf8');
    for (const rule of rules) {
      expect(existsSync(`${root}src/policy/rules/${rule.meta.id}.ts`), rule.meta.id).toBe(true);
      expect(docs, `docs/policy-rules.md does not mention ${rule.meta.id}`).toContain('`' + rule.meta.id + '`');
    }
  });

  it('every rule has a description, messages and (when destructive) advice', () => {
    for (const { meta } of rules) {
      expect(meta.description.length).toBeGreaterThan(10);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      if (meta.severity === 'destructive') expect(meta.advice?.length ?? 0).toBeGreaterThan(20);
    }
  });

  it('has exactly one fallback rule, the catch-all', () => {
    expect(rules.filter((r) => r.meta.fallback).map((r) => r.meta.id)).toEqual(['unknown-change']);
  });

  it('docs/policy-rules.md lists every menu of the table of harmless operations', () => {
    const docs = readFileSync(`${root}docs/policy-rules.md`, 'utf8');
    const missing = Object.keys(TABLE).map((key) => '`/' + key.split('/').filter(Boolean).join(' ') + '`').filter((menu) => !docs.includes(menu));
    expect(missing).toEqual([]);
  });

  it('every rule is exercised by a rule test', () => {
    const dir = `${root}test/policy/rules/`;
    const tested = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
      for (const m of readFileSync(`${dir}${file}`, 'utf8').matchAll(/ruleTester\('([a-z0-9-]+)'/g)) tested.add(m[1]!);
    }
    expect([...RULES.keys()].filter((id) => !tested.has(id))).toEqual([]);
  });
});
