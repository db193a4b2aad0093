/**
 * Schema checks: script commands, and schemas read from a RouterOS
 * `/console/inspect` tree (`check --schema FILE`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseScript } from '../../src/rsc/parse.js';
import { InspectSchemaError, loadInspectSchema, validateScript } from '../../src/rsc/validate.js';
import { valueType } from '../../src/rsc/inspect-schema.js';
import type { Schema } from '../../grammar/routeros/index.js';

const messages = (text: string, schema?: Schema): string[] => {
  const { ast } = parseScript(text, schema ? { schema } : {});
  return validateScript(ast, schema).map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`);
};

describe('script commands', () => {
  it('are checked: names, arguments, required ones, with suggestions', () => {
    expect(messages(':putt 1')).toEqual(['error 1:1 `putt` is not a RouterOS command; did you mean `:put`?']);
    expect(messages(':for i from=1 to=3 dO={}')).toEqual(['error 1:20 `dO` is not an argument of :for; did you mean `do`?', 'error 1:1 :for needs `do=`']);
    expect(messages(':log inf "x"')).toEqual(['error 1:6 :log needs a topic first (info, warning, error, debug); did you mean `info`?']);
    expect(messages(':foreach k,v in=$a do={}\n:execute ":put 1" as-string\n:retry { :put 1 } max=3')).toEqual([]);
  });

  it('warn once about root commands the schema does not know', () => {
    expect(messages('/frobnicate x=1\n/frobnicate x=2')).toEqual(['warning 1:1 command /frobnicate is not in the schema; it is not checked']);
  });
});

describe('menu lines', () => {
  it('into menus the schema does not know get a warning, with a suggestion', () => {
    expect(messages('/ip firewll filter')).toEqual(['warning 1:1 menu /ip firewll filter is not in the schema (no `firewll` in /ip); did you mean `firewall`?']);
  });

  it('that are cut short but name one menu are that menu, with a warning (RouterOS accepts them)', () => {
    const all = (text: string): string[] => {
      const { ast, diagnostics } = parseScript(text);
      return [...diagnostics, ...validateScript(ast)].map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`);
    };
    expect(all('/ip firewal filter add chain=input action=drop')).toEqual([
      'warning 1:5 `firewal` is short for the menu `firewall` (RouterOS accepts a name cut short while only one name starts that way); write `firewall`',
    ]);
    expect(all('/system routerbo print')).toEqual([
      'warning 1:9 `routerbo` is short for the menu `routerboard` (RouterOS accepts a name cut short while only one name starts that way); write `routerboard`',
    ]);
  });

  it('take arguments cut short while one name starts that way, with a warning', () => {
    expect(messages('/import file=x.rsc')).toEqual([
      'warning 1:9 `file` is short for `file-name` (RouterOS accepts a name cut short while only one name starts that way); write `file-name`',
    ]);
    expect(messages('/ip dns set server=1.1.1.1')).toEqual([
      'warning 1:13 `server` is short for `servers` (RouterOS accepts a name cut short while only one name starts that way); write `servers`',
    ]);
    // Two names start with `keep`: no abbreviation.
    expect(messages('/system reset-configuration keep=yes').some((m) => m.startsWith('error'))).toBe(true);
  });

  it('accept read-only values in find filters, and the RouterOS 7.24 arguments the typed menus lack', () => {
    expect(messages(':put [/file find type=backup]')).toEqual([]);
    expect(messages('/ip firewall mangle add chain=prerouting action=change-ttl new-ttl=set:64')).toEqual([]);
    expect(messages('/interface wireless add name=w1 master-interface=wlan1 multicast-buffering=disabled wds-cost-range=50-150 wds-default-cost=100')).toEqual([]);
    expect(messages('/ip vrf add name=v1 interfaces=ether2\n/interface bridge filter add chain=forward action=drop\n:put [/user active print count-only]')).toEqual([]);
    // Set still checks its enum.
    expect(messages('/ip firewall filter add chain=input action=dorp')[0]).toMatch(/^error .*`dorp` is not one of/);
  });
});

const TREE = {
  ip: {
    _type: 'dir',
    widget: {
      _type: 'path',
      add: {
        _type: 'cmd',
        name: { _type: 'arg', desc: 'string value, max length 8' },
        address: { _type: 'arg', desc: 'A.B.C.D    (IP address)' },
        mode: { _type: 'arg', desc: 'fast|slow' },
        ports: { _type: 'arg', desc: '1..100' },
        every: { _type: 'arg', desc: '1s..1d    (time interval)' },
        anything: { _type: 'arg' },
      },
      set: { _type: 'cmd', numbers: { _type: 'arg' }, name: { _type: 'arg', desc: 'string value, max length 8' } },
      print: { _type: 'cmd', detail: { _type: 'arg' }, where: { _type: 'arg' }, interval: { _type: 'arg', desc: 'time interval' } },
      find: { _type: 'cmd', where: { _type: 'arg' } },
      remove: { _type: 'cmd', numbers: { _type: 'arg' } },
    },
  },
  put: { _type: 'cmd', message: { _type: 'arg' } },
};

describe('loadInspectSchema', () => {
  const schema = loadInspectSchema(TREE);

  it('reads menus, commands and RouterOS type hints', () => {
    expect([...schema.menus.keys()]).toEqual(['/ip/widget']);
    const add = schema.menus.get('/ip/widget')!.commands.add!;
    expect(add.args.name!.value).toEqual({ type: 'string', maxLength: 8 });
    expect(add.args.address!.value).toEqual({ type: 'ip-prefix' });
    expect(add.args.mode!.value).toEqual({ type: 'enum', values: ['fast', 'slow'] });
    expect(add.args.ports!.value).toEqual({ type: 'integer', min: 1, max: 100 });
    expect(add.args.every!.value).toEqual({ type: 'time' });
    expect(add.args.anything!.value).toEqual({ type: 'any' });
    expect(schema.menus.get('/ip/widget')!.commands.set!.positional).toEqual(['numbers']);
    expect(schema.menus.get('/ip/widget')!.commands.print!.flags).toEqual(['detail']);
  });

  it('maps the type hints RouterOS gives', () => {
    expect(valueType('A.B.C.D/M    (IP prefix)')).toEqual({ type: 'ip-prefix' });
    expect(valueType('A.B.C.D[-A.B.C.D |0..32 |/A.B.C.D ]    (IP address range)')).toEqual({ type: 'ip-range' });
    expect(valueType('IPv6/0..128    (IPv6 prefix)')).toEqual({ type: 'ip6-prefix' });
    expect(valueType('AB[:|-|.]CD[:|-|.]EF[:|-|.]GH[:|-|.]IJ[:|-|.]KL    (MAC address)')).toEqual({ type: 'mac' });
    expect(valueType('tkip|ccmp[,Encryption*]')).toEqual({ type: 'enum', values: ['tkip', 'ccmp'], list: true });
    expect(valueType('see documentation')).toEqual({ type: 'any' });
    expect(valueType('script')).toEqual({ type: 'string' });
  });

  it('validates against the user\'s tree', () => {
    expect(messages('/ip widget add name=abc address=10.0.0.1 mode=fast ports=5 every=1h anything=x', schema)).toEqual([]);
    expect(messages('/ip widget add name=toolongname address=fe80::1 mode=fsat ports=500 every=x', schema)).toEqual([
      'error 1:16 name: at most 8 characters',
      'error 1:33 address: expected an IPv4 address or prefix',
      'error 1:49 mode: `fsat` is not one of fast, slow; did you mean `fast`?',
      'error 1:59 ports: 500 is outside 1..100',
      'error 1:69 every: expected a time such as 30s, 1h or 1d',
    ]);
    expect(messages('/ip widget add nmae=x', schema)).toEqual(['error 1:16 `nmae` is not an argument of /ip widget add; did you mean `name`?']);
    expect(messages('/ip widget print detail where name="x"\n/ip widget remove [find name~"a"]\n/ip widget set 0 name=b', schema)).toEqual([]);
    expect(messages('/ip firewall filter add chain=input', schema)).toEqual(['warning 1:1 menu /ip firewall filter is not in the schema; its commands are not checked']);
  });

  it('refuses what is not an inspect tree', () => {
    expect(() => loadInspectSchema([1, 2])).toThrow(InspectSchemaError);
    expect(() => loadInspectSchema({ a: 1 })).toThrow(/no commands/);
  });
});

const INSPECT = join(import.meta.dirname, '..', '..', '..', 'shared', 'routeros', 'inspect-7.24-extra.json');

describe.skipIf(!existsSync(INSPECT))('the RouterOS 7.24 tree (../shared/routeros, when present)', () => {
  const schema = existsSync(INSPECT) ? loadInspectSchema(JSON.parse(readFileSync(INSPECT, 'utf8'))) : null!;

  it('loads every menu', () => {
    expect(schema.menus.size).toBeGreaterThan(500);
    expect(schema.menus.get('/ip/firewall/filter')?.commands.add?.args.chain).toBeDefined();
  });

  it('validates menus the project schema lacks, and still catches typos', () => {
    expect(messages('/interface vrrp add name=vrrp1 interface=ether1 vrid=5', schema)).toEqual([]);
    expect(messages('/container config set registry-url=https://registry-1.docker.io', schema)).toEqual([]);
    expect(messages('/ip firewall filter add chian=input', schema)).toEqual([
      'error 1:25 `chian` is not an argument of /ip firewall filter add; did you mean `chain`?',
      'error 1:1 /ip firewall filter add needs `chain`',
    ]);
    expect(messages('/ip firewall filter add chain=input log-prefix="a prefix longer than thirty-one characters"', schema)).toEqual([
      'error 1:37 log-prefix: at most 31 characters',
    ]);
    expect(messages('/ip address add address=192.168.88.1/24 interface=bridge\n/ip address add address=10.0.0.300/24 interface=ether1', schema)).toEqual([
      'error 2:17 address: expected an IPv4 address or prefix',
    ]);
  });

  it('keeps the built-in value types, unnamed arguments and required arguments where it knows the menu', () => {
    expect(messages('/ip firewall filter add chain=input action=dorp', schema)).toEqual([
      'error 1:37 action: `dorp` is not one of accept, add-dst-to-address-list, add-src-to-address-list, drop, fasttrack-connection, jump, log, passthrough, reject, return, tarpit; did you mean `drop`?',
    ]);
    expect(messages('/ip firewall filter add chain=input protocol=tcp dst-port=70000', schema)).toEqual(['error 1:50 dst-port: port 70000 is outside 0..65535']);
    expect(messages('/ip address add interface=ether1', schema)).toEqual(['error 1:1 /ip address add needs `address`']);
    // What only the tree knows stays as the tree says.
    expect(messages('/interface bridge filter add chain=forward action=drop', schema)).toEqual([]);
  });
});

describe('routeros-gen check --schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rsc-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await main(argv, { out: async (t) => void (out += t), err: (t) => void (err += t), stdin: process.stdin });
    return { code, out, err };
  };

  it('validates against the given tree instead of the built-in schema', async () => {
    const tree = join(dir, 'tree.json');
    writeFileSync(tree, JSON.stringify(TREE));
    const script = join(dir, 'a.rsc');
    writeFileSync(script, '/ip widget add nmae=x\n');
    const withTree = await run(['check', '--json', '--schema', tree, script]);
    const [result] = JSON.parse(withTree.out) as [{ ok: boolean; diagnostics: { kind: string; message: string }[] }];
    expect(withTree.code).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.kind === 'schema').map((d) => d.message)).toEqual(['`nmae` is not an argument of /ip widget add; did you mean `name`?']);
    const builtIn = await run(['check', '--json', script]);
    // The policy's findings (an unknown menu is destructive: issue 14) are not the schema's.
    expect((JSON.parse(builtIn.out) as [{ diagnostics: { kind: string; message: string }[] }])[0].diagnostics.filter((d) => d.kind === 'schema').map((d) => d.message)).toEqual([
      'menu /ip widget is not in the schema; its commands are not checked',
    ]);
  });

  it('says why a schema file cannot be used', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"not": "a tree"}');
    const result = await run(['check', '--schema', bad, join(dir, 'a.rsc')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/cannot use --schema .*no commands/);
    expect((await run(['check', '--schema', join(dir, 'missing.json'), join(dir, 'a.rsc')])).err).toMatch(/ENOENT/);
  });
});

describe('names that are also JavaScript object keys', () => {
  it('are not commands or arguments', () => {
    expect(messages(':constructor 1')).toEqual(['warning 1:1 command /constructor is not in the schema; it is not checked']);
    expect(messages('/ip address toString')).toEqual(['warning 1:1 menu /ip address toString is not in the schema (no `toString` in /ip address)']);
    expect(messages('/ip firewall filter add chain=input constructor=1 toString=2')).toEqual([
      'error 1:37 `constructor` is not an argument of /ip firewall filter add',
      'error 1:51 `toString` is not an argument of /ip firewall filter add',
    ]);
  });
});
