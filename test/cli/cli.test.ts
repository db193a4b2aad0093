import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validateAiScriptResponse, validateErrorResponse } from '../../src/api/schemas.js';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: async (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdin: Readable.from([stdin]),
  });
  return { code, out, err };
}

describe('routeros-gen <prompt>', () => {
  it('prints the script on stdout, notes on stderr, exit 0', async () => {
    const r = await run(['Block SSH from the internet']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('/ip firewall filter add chain=input protocol=tcp dst-port=22 in-interface-list=WAN action=drop\n');
    expect(r.err).toMatch(/DESTRUCTIVE/);
  });

  it('joins unquoted words into one prompt', async () => {
    expect((await run(['block', 'telnet', 'from', 'wan'])).out).toContain('dst-port=23');
  });

  it('exit 2 for a refusal, with the reason on stderr', async () => {
    const r = await run(['forward port 80']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^refused: .*internal address/);
  });

  it('exit 1 for an invalid request', async () => {
    expect((await run(['x'.repeat(201)])).code).toBe(1);
    expect((await run([])).code).toBe(1);
    expect((await run(['--bogus', 'block ssh'])).code).toBe(1);
  });

  it('--json prints the AiScriptResponse', async () => {
    const r = await run(['--json', 'block ssh from the internet']);
    expect(r.code).toBe(0);
    expect(validateAiScriptResponse(JSON.parse(r.out)).valid).toBe(true);
  });

  it('--wan names the internet-facing interface', async () => {
    expect((await run(['--wan', 'ether1', 'block ssh from the internet'])).out).toContain('in-interface=ether1');
  });
});

describe('routeros-gen batch', () => {
  it('answers every line, in order, and never stops early', async () => {
    const input = ['{"prompt":"block ssh from the internet"}', 'not json', '{"prompt":5}', '[1]', '', '{"prompt":""}', '{"prompt":"forward port 80"}'].join('\n');
    const r = await run(['batch'], input + '\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(validateAiScriptResponse(lines[0]).valid).toBe(true);
    expect(lines.slice(1, 6).map((l) => [l.status, (l.error as { code: string }).code])).toEqual([
      [400, 'invalid_json'], [400, 'parameter_invalid_type'], [400, 'invalid_body'], [400, 'invalid_json'], [422, 'prompt_empty'],
    ]);
    for (const l of lines.slice(1, 6)) expect(validateErrorResponse(l.error).valid).toBe(true);
    expect((lines[6] as { response: { content: string }[] }).response[0]!.content).toBe('');
  });

  it('survives deeply nested JSON and a very long line (over 16 KiB: 413, as the server gives)', async () => {
    const deep = '['.repeat(8_000) + ']'.repeat(8_000);
    const long = JSON.stringify({ prompt: 'a'.repeat(1_000_000) });
    const r = await run(['batch'], `${deep}\n${long}\n`);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { status: number });
    expect(lines.map((l) => l.status)).toEqual([400, 413]);
  });
});

describe('routeros-gen check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-check-'));
  const good = join(dir, 'good.rsc');
  const bad = join(dir, 'bad.rsc');
  writeFileSync(good, '/ip firewall filter\nadd chain=input protocol=tcp dst-port=22 action=accept\n');
  writeFileSync(bad, '/ip firewall filter add chian=input action=drop\n');

  it('prints a JSON array with one object per file and exits 1 when any has an error', async () => {
    const r = await run(['check', '--json', good, bad]);
    expect(r.code).toBe(1);
    const [a, b] = (JSON.parse(r.out) as unknown[]).map((l) => l as { file: string; ok: boolean; diagnostics: { message: string; kind: string; line: number }[]; destructive: boolean; findings: unknown[] });
    expect(a).toMatchObject({ file: good, ok: true, destructive: false });
    expect(b).toMatchObject({ file: bad, ok: false, destructive: true });
    expect(b!.diagnostics.some((d) => d.kind === 'schema' && /did you mean `chain`/.test(d.message) && d.line === 1)).toBe(true);
  });

  it('reads standard input with -', async () => {
    const r = await run(['check', '-'], '/ip firewall filter add chain=input action=accept\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const bad = await run(['check', '--format', 'gcc', '-'], '/ip firewall filter add chian=input action=accept\n');
    expect(bad.out).toMatch(/^-:1:25: error: `chian` is not an argument/m);
  });

  it('--config: says what the script will cut on that router and clears removals of what it does not use', async () => {
    const config = join(import.meta.dirname, '../fixtures/config/home-defconf.rsc');
    const used = await run(['check', '--json', '--config', config, '-'], '/interface disable ether1\n');
    const [u] = JSON.parse(used.out) as { destructive: boolean; findings: { rule: string }[] }[];
    expect(u!.destructive).toBe(true);
    expect(u!.findings.map((f) => f.rule)).toContain('configuration-impact');
    const unused = await run(['check', '--json', '--config', config, '-'], '/ip firewall address-list remove [find list=trusted]\n');
    const [n] = JSON.parse(unused.out) as { destructive: boolean; findings: { rule: string }[] }[];
    expect(n!.destructive).toBe(false);
    expect(n!.findings.map((f) => f.rule)).toEqual(['configuration-unused']);
    // Without it, the same removal is flagged.
    const [w] = JSON.parse((await run(['check', '--json', '-'], '/ip firewall address-list remove [find list=trusted]\n')).out) as { destructive: boolean }[];
    expect(w!.destructive).toBe(true);
    const missing = await run(['check', '--config', join(dir, 'nope.rsc'), '-'], '');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot use --config .*nope\.rsc: ENOENT/);
  });

  it('reports a missing file as a fatal error (exit 2)', async () => {
    const r = await run(['check', join(dir, 'missing.rsc')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read .*missing\.rsc: ENOENT/);
  });
});

describe('the built binary', () => {
  it('runs as a process with the documented exit codes', () => {
    const bin = join(import.meta.dirname, '..', '..', 'dist', 'bundle', 'cli.js');
    const ok = spawnSync(process.execPath, [bin, 'Block SSH from the internet'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('dst-port=22');
    const refused = spawnSync(process.execPath, [bin, 'forward port 80'], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    // npm installs the binary as a link to it (node_modules/.bin/routeros-gen): started that way it still runs.
    const link = join(mkdtempSync(join(tmpdir(), 'routeros-gen-bin-')), 'routeros-gen');
    symlinkSync(bin, link);
    const linked = spawnSync(process.execPath, [link, 'Block SSH from the internet'], { encoding: 'utf8' });
    expect(linked.stdout).toContain('dst-port=22');
    expect(linked.status).toBe(0);
  }, 60_000);
});
