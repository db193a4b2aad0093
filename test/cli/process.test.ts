/**
 * The CLI as users and CI run it: a spawned process of the built binary
 * (dist/bundle/cli.js, built by `npm test`'s pretest), its stdout, stderr and
 * exit code.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { globRegExp } from '../../src/cli/files.js';
import { main } from '../../src/cli/main.js';
import { printable, shellQuote, wantsColour } from '../../src/cli/text.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bundle', 'cli.js');

/** The environment without anything that switches colour on or off, plus what the test gives. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  delete e.CI;
  return { ...e, ...extra };
}

/** The CLI in this process (its main() with the process's streams replaced): the same code, without a process start per case. */
async function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: async (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdin: Readable.from([options.input ?? '']),
    stdinIsTTY: false,
    outIsTTY: false,
    errIsTTY: false,
    env: env(options.env),
  });
  return { code, out, err };
}

/** The built binary as a process. */
function spawned(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: options.input ?? '', env: env(options.env), cwd: options.cwd, timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rg-cli-'));
mkdirSync(join(dir, 'scripts', 'branch'), { recursive: true });
mkdirSync(join(dir, 'scripts', '.git'));
mkdirSync(join(dir, 'scripts', 'node_modules'));
mkdirSync(join(dir, 'empty'));
const CLEAN = join(dir, 'scripts', 'clean.rsc');
const BROKEN = join(dir, 'scripts', 'branch', 'broken.rsc');
const REBOOT = join(dir, 'scripts', 'branch', 'reboot.rsc');
writeFileSync(CLEAN, '/system identity set name=core-1\n');
writeFileSync(BROKEN, '/ip firewall filter add chian=input action=accept\n');
writeFileSync(REBOOT, '/system reboot\n');
writeFileSync(join(dir, 'scripts', 'notes.txt'), 'not a script\n');
writeFileSync(join(dir, 'scripts', '.git', 'hidden.rsc'), '/system reboot\n');
writeFileSync(join(dir, 'scripts', 'node_modules', 'dep.rsc'), '/system reboot\n');

describe('check gates CI: exit 0 clean, 1 problems, 2 fatal', { timeout: 60_000 }, () => {
  it('0 for a clean script, 1 for an error', async () => {
    expect(spawned(['check', CLEAN])).toMatchObject({ code: 0, out: '' });
    expect(spawned(['check', BROKEN]).code).toBe(1);
    expect(spawned(['check', '--fail-on', 'destructive', REBOOT]).code).toBe(1);
  });

  it('--fail-on destructive fails on a destructive script that --fail-on error (the default) lets pass', async () => {
    expect((await cli(['check', REBOOT])).code).toBe(0);
    expect((await cli(['check', '--fail-on', 'error', REBOOT])).code).toBe(0);
    expect((await cli(['check', '--fail-on', 'destructive', REBOOT])).code).toBe(1);
    expect((await cli(['check', '--fail-on', 'destructive', CLEAN])).code).toBe(0);
  });

  it('--fail-on warning fails on any warning; --max-warnings N on more than N', async () => {
    expect((await cli(['check', '--fail-on', 'warning', REBOOT])).code).toBe(1);
    expect((await cli(['check', '--max-warnings', '0', REBOOT])).code).toBe(1);
    expect((await cli(['check', '--max-warnings', '1', REBOOT])).code).toBe(0);
  });

  it('2 for what it cannot read, for usage errors and bad flag values; usage errors are two lines', async () => {
    const missing = spawned(['check', CLEAN, join(dir, 'missing.rsc')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*missing\.rsc: ENOENT/);
    for (const args of [['check'], ['check', '--bogus', CLEAN], ['check', '--format', 'xml', CLEAN], ['check', '--fail-on', 'info', CLEAN], ['check', '--max-warnings', 'many', CLEAN], ['check', '--schema', join(dir, 'none.json'), CLEAN]]) {
      const r = (await cli(args));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trimEnd().split('\n').length, r.err).toBeLessThanOrEqual(2);
    }
    expect((await cli(['check', '--bogus', CLEAN])).err).toBe(`routeros-gen check: Unknown option '--bogus'\nRun "routeros-gen check --help" for usage.\n`);
  });

  it('searches directories for *.rsc, skipping hidden folders and node_modules; an empty one is fatal', async () => {
    const r = (await cli(['check', '--format', 'gcc', join(dir, 'scripts')]));
    expect(r.code).toBe(1);
    expect(r.out).toContain('broken.rsc:1:');
    expect(r.out).toContain('reboot.rsc:1:1: warning:');
    expect(r.out).not.toMatch(/hidden|dep\.rsc|notes/);
    const empty = (await cli(['check', join(dir, 'empty')]));
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/no \.rsc file matches .*empty/);
  });

  it('expands quoted glob patterns itself', async () => {
    const r = spawned(['check', '--format', 'json', 'scripts/**/*.rsc'], { cwd: dir });
    expect((JSON.parse(r.out) as { file: string }[]).map((f) => f.file)).toEqual(['scripts/branch/broken.rsc', 'scripts/branch/reboot.rsc', 'scripts/clean.rsc']);
    const some = spawned(['check', '--format', 'json', './scripts/*/{reboot,none}.rsc'], { cwd: dir });
    expect((JSON.parse(some.out) as { file: string }[]).map((f) => f.file)).toEqual(['./scripts/branch/reboot.rsc']);
    expect((await cli(['check', `${dir}/scripts/*.conf`])).code).toBe(2);
    const absolute = await cli(['check', '--format', 'json', `${dir}/scripts/**/b*.rsc`]);
    expect((JSON.parse(absolute.out) as { file: string }[]).map((f) => f.file)).toEqual([BROKEN]);
  });

  it('globs: * and ? within a segment, ** across, classes and alternatives', async () => {
    expect(globRegExp('a/*.rsc').test('a/x.rsc')).toBe(true);
    expect(globRegExp('a/*.rsc').test('a/b/x.rsc')).toBe(false);
    expect(globRegExp('a/**/*.rsc').test('a/x.rsc')).toBe(true);
    expect(globRegExp('a/**/*.rsc').test('a/b/c/x.rsc')).toBe(true);
    expect(globRegExp('r?.rsc').test('r1.rsc')).toBe(true);
    expect(globRegExp('r[!0-4].rsc').test('r5.rsc')).toBe(true);
    expect(globRegExp('r[!0-4].rsc').test('r3.rsc')).toBe(false);
    expect(globRegExp('{a,b}.rsc').test('b.rsc')).toBe(true);
    expect(globRegExp('a.rsc').test('axrsc')).toBe(false);
  });
});

describe('check --format', { timeout: 60_000 }, () => {
  it('gcc: file:line:col: error: message [rule], which problem matchers read', async () => {
    const r = (await cli(['check', '--format', 'gcc', BROKEN, REBOOT]));
    expect(r.out).toContain(`${BROKEN}:1:25: error: \`chian\` is not an argument of /ip firewall filter add; did you mean \`chain\`? [schema]\n`);
    expect(r.out).toContain(`${REBOOT}:1:1: warning: /system reboot restarts the router`);
    expect(r.out).toMatch(/\[system-reboot\]\n$/);
  });

  it('unix: ESLint\'s path:line:col: message [Severity/rule], then the count', async () => {
    const r = (await cli(['check', '--format', 'unix', BROKEN]));
    expect(r.out).toMatch(/broken\.rsc:1:25: `chian` is not an argument .* \[Error\/schema\]\n/);
    expect(r.out).toMatch(/\n\d+ problems\n$/);
  });

  it('stylish (the default): the file, aligned rows, totals and which files are destructive; clean files print nothing', async () => {
    const r = (await cli(['check', CLEAN, BROKEN, REBOOT]));
    expect(r.out).not.toContain('clean.rsc');
    expect(r.out).toMatch(/reboot\.rsc {2}DESTRUCTIVE\n {2}1:1 {2}warning {2}\/system reboot .* {2}system-reboot\n/);
    expect(r.out).toMatch(/✖ \d+ problems \(2 errors, \d+ warnings?\)/);
    // A statement with a schema error cannot be judged, so broken.rsc is destructive too (the policy fails closed: issue 14).
    expect(r.out).toMatch(/\n2 files are DESTRUCTIVE: they can cut connectivity/);
    expect(r.out).not.toContain('\x1b[');
  });

  it('json (also --json): one array, each file with its counts and each diagnostic with its rule', async () => {
    const r = (await cli(['check', '--json', CLEAN, REBOOT]));
    const [clean, reboot] = JSON.parse(r.out) as { file: string; ok: boolean; errorCount: number; warningCount: number; destructive: boolean; diagnostics: { rule: string; severity: string }[] }[];
    expect(clean).toMatchObject({ file: CLEAN, ok: true, errorCount: 0, warningCount: 0, destructive: false, diagnostics: [] });
    expect(reboot).toMatchObject({ ok: true, errorCount: 0, warningCount: 1, destructive: true });
    expect(reboot!.diagnostics[0]).toMatchObject({ rule: 'system-reboot', severity: 'warning' });
  });

  it('sarif: SARIF 2.1.0 with the rules and one result per problem', async () => {
    const r = spawned(['check', '--format', 'sarif', 'scripts/branch/broken.rsc', 'scripts/branch/reboot.rsc'], { cwd: dir });
    const log = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('routeros-gen');
    const reboot = run.results.find((x) => x.ruleId === 'system-reboot')!;
    expect(reboot.level).toBe('warning');
    expect(reboot.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'scripts/branch/reboot.rsc' }, region: { startLine: 1, startColumn: 1 } });
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex]!.id).toBe(x.ruleId);
    expect(run.results.some((x) => x.ruleId === 'schema' && x.level === 'error')).toBe(true);
  });

  it('github: workflow-command annotations with their properties escaped', async () => {
    const odd = join(dir, 'a,b:c.rsc');
    writeFileSync(odd, '/system reboot\n');
    const r = (await cli(['check', '--format', 'github', odd]));
    expect(r.out).toBe(`::warning file=${odd.replace(/,/g, '%2C').replace(/:/g, '%3A')},line=1,col=1,title=routeros-gen system-reboot::/system reboot restarts the router: every connection through it drops for a minute or more\n`);
  });

  it('prints DEL and other control characters of a script as escapes', async () => {
    const del = join(dir, 'del.rsc');
    writeFileSync(del, ':put "a"\x7f\x1b[2J\n');
    for (const format of ['stylish', 'unix', 'gcc', 'github']) {
      const r = (await cli(['check', '--format', format, del]));
      expect(r.out, format).toContain('\\x7f');
      expect(r.out, format).not.toMatch(/[\x7f\x1b]/);
    }
    expect(printable('a\x7fb\x00c\u202ed\n')).toBe('a\\x7fb\\x00c\\u{202e}d\\n');
  });
});

describe('help', { timeout: 60_000 }, () => {
  it('routeros-gen help, --help and -h print the usage and exit 0; help check / check --help the check options', async () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const r = spawned(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toMatch(/^routeros-gen: English to MikroTik RouterOS v7 scripts/);
      expect(r.out).toContain('--lan-subnet CIDR');
    }
    for (const args of [['help', 'check'], ['check', '--help'], ['check', '-h']]) {
      const r = spawned(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toContain('--fail-on LEVEL');
      expect(r.out).toContain('--max-warnings N');
    }
    expect(spawned(['help', 'serve']).out).toContain('--jwt-secret');
    expect(spawned(['--version']).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('batch --help answers at once, with standard input left open', async () => {
    const child = spawn(process.execPath, [BIN, 'batch', '--help'], { stdio: ['pipe', 'pipe', 'pipe'], env: env() });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 15_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: routeros-gen batch/);
  }, 20_000);

  it('a usage error is two lines, not the whole help', async () => {
    const r = spawned(['--bogus', 'block ssh']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`routeros-gen: Unknown option '--bogus'\nRun "routeros-gen --help" for usage.\n`);
    expect(spawned(['help', 'nothing']).code).toBe(1);
  });
});

describe('the prompt from standard input', { timeout: 60_000 }, () => {
  it('is read when no prompt is given and stdin is not a terminal, and with -', async () => {
    const piped = spawned([], { input: 'Block SSH from the internet\n' });
    expect(piped).toMatchObject({ code: 0, out: '/ip firewall filter add chain=input protocol=tcp dst-port=22 in-interface-list=WAN action=drop\n' });
    expect(spawned(['-'], { input: 'block telnet\r\nfrom the internet\n' }).out).toContain('dst-port=23');
    expect(spawned(['--json', '-'], { input: 'block ssh from the internet' }).code).toBe(0);
  });

  it('empty or oversized standard input is an invalid request (exit 1), read only up to its limit', async () => {
    expect(spawned([], { input: '' })).toMatchObject({ code: 1 });
    expect(spawned([], { input: '\n' }).err).toMatch(/prompt_empty/);
    const big = spawned([], { input: 'a'.repeat(200_000) });
    expect(big.code).toBe(1);
    expect(big.err).toMatch(/over 64 KiB/);
  });
});

describe('options as flags and per batch line', { timeout: 60_000 }, () => {
  it('--lan-subnet and --lan-bridge set lanSubnet and lanBridge; bad values are usage errors', async () => {
    expect((await cli(['--lan-subnet', '10.1.0.0/16', 'masquerade the lan'])).out).toContain('src-address=10.1.0.0/16');
    expect((await cli(['--lan-bridge', 'br-lan', 'create a dhcp server on the lan'])).out).toContain('interface=br-lan');
    const bad = (await cli(['--lan-subnet', '10.0.0.0/33', 'masquerade the lan']));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^routeros-gen: --lan-subnet must be an IPv4 prefix/);
    expect((await cli(['--lan-bridge', '1; /system reset-configuration', 'create a dhcp server on the lan'])).code).toBe(1);
  });

  it('batch lines carry options; unknown or malformed ones get 400 invalid_option as the library gives', async () => {
    const input = [
      { prompt: 'block ssh from the internet', wan: 'ether1' },
      { prompt: 'block ssh from the internet', colour: 'red' },
      { prompt: 'masquerade the lan', lanSubnet: 'everything' },
      { prompt: 'masquerade the lan', lanSubnet: '10.9.0.0/16' },
      { prompt: 'block ssh from the internet', wan: { list: 'WAN', interface: 'ether1' } },
      { prompt: 'block ssh from the internet' },
    ].map((l) => JSON.stringify(l)).join('\n') + '\n{"prompt":"block ssh from the internet","__proto__":{"x":1}}\n';
    const r = (await cli(['batch', '--wan', 'ether9'], { input }));
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { status?: number; error?: { code: string }; response?: { content: string }[] });
    expect(lines).toHaveLength(7);
    expect(lines[0]!.response![0]!.content).toContain('in-interface=ether1');
    expect(lines[1]).toMatchObject({ status: 400, error: { code: 'invalid_option' } });
    expect(lines[2]).toMatchObject({ status: 400, error: { code: 'invalid_option' } });
    expect(lines[3]!.response![0]!.content).toContain('src-address=10.9.0.0/16');
    expect(lines[4]).toMatchObject({ status: 400, error: { code: 'invalid_option' } });
    expect(lines[5]!.response![0]!.content).toContain('in-interface=ether9');
    expect(lines[6]).toMatchObject({ status: 400, error: { code: 'invalid_option' } });
  });
});

describe('colour and pasteable suggestions', { timeout: 60_000 }, () => {
  it('colours DESTRUCTIVE with FORCE_COLOR or --color, never with NO_COLOR, --no-color or into a pipe', async () => {
    const plain = (await cli(['block ssh from the internet']));
    expect(plain.err).toContain('DESTRUCTIVE:');
    expect(plain.err).not.toContain('\x1b[');
    expect(spawned(['block ssh from the internet'], { env: { FORCE_COLOR: '1' } }).err).toContain('\x1b[31m\x1b[1mDESTRUCTIVE:');
    expect((await cli(['--color', 'block ssh from the internet'], { env: { NO_COLOR: '1' } })).err).toContain('\x1b[');
    expect((await cli(['--no-color', 'block ssh from the internet'], { env: { FORCE_COLOR: '1' } })).err).not.toContain('\x1b[');
    expect((await cli(['check', REBOOT], { env: { FORCE_COLOR: '1' } })).out).toContain('\x1b[31m');
    expect((await cli(['check', '--format', 'gcc', REBOOT], { env: { FORCE_COLOR: '1' } })).out).not.toContain('\x1b[');
  });

  it('decides colour from the terminal and NO_COLOR', async () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColour({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('a refusal\'s suggested prompt comes as a command line a shell reads back exactly', async () => {
    const r = spawned(['add user bob']);
    expect(r.code).toBe(2);
    const line = /^try: routeros-gen (.*)$/m.exec(r.err);
    expect(line).not.toBeNull();
    const echoed = spawnSync('sh', ['-c', `printf '%s' ${line![1]}`], { encoding: 'utf8' });
    expect(echoed.stdout).toBe('Add user bob in group read with password "Str0ng-Pass"');
    expect(shellQuote(`it's "x"`)).toBe(`'it'\\''s "x"'`);
  });
});
