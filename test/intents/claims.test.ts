/**
 * Understood or refused, at the level of words: how each word of a prompt is read (explainPrompt) and the CLI's
 * `explain` command that shows it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainPrompt, generateScript } from '../../src/api/generate.js';
import { command, str } from '../../src/ast/build.js';
import { analyze } from '../../src/nlp/analyze.js';
import { unwrittenInterfaces, unwrittenNames } from '../../src/intents/claims.js';
import { readFrame, splitClauses } from '../../src/intents/frame.js';

const readings = (prompt: string): Record<string, string> =>
  Object.fromEntries(explainPrompt(prompt).clauses.flatMap((c) => c.words.map((w) => [w.word, w.reading])));

describe('every word is read or the prompt is refused', () => {
  it('says who read each word of an answered prompt', () => {
    expect(readings('Please block SSH from the internet')).toEqual({ Please: 'filler', block: 'claimed', SSH: 'claimed', from: 'structure', 'the internet': 'claimed' });
    // "port" labels the port that was read; the comment is written as a value.
    const r = readings('block port 2222 from the wan with comment "no ssh"');
    expect(r).toMatchObject({ port: 'label', '2222': 'claimed', 'no ssh': 'claimed', with: 'structure' });
  });

  it('names the word nobody read, and writes nothing', () => {
    const item = generateScript('block blorping from the internet').response[0]!;
    expect(item.content).toBe('');
    expect(item.error).toContain('"blorping" is not understood here');
    expect(item.error).toContain('A prompt that works');
    expect(readings('block blorping from the internet').blorping).toBe('unread');
  });

  it('reads a value the rule writes, its label and a number\'s unit', () => {
    expect(readings('add 203.0.113.52 to the blocked list for two days')).toMatchObject({ blocked: 'value', two: 'value', days: 'unit' });
    expect(readings('name the router lab-7')['lab-7']).toBe('value');
  });

  it('never lets a rule read a negation it ignores', () => {
    // "don't" is read by the firewall rule (it turns the allow into a drop); nothing drops it silently.
    const r = explainPrompt("don't allow telnet from the internet");
    expect(r.response.response[0]!.content).toContain('action=drop');
    expect(r.clauses[0]!.words.find((w) => w.word === "don't")?.reading).toBe('claimed');
  });

  it('resolves "it" to what an earlier clause made, or refuses', () => {
    expect(generateScript('create address list mgmt with 10.0.0.5 then allow winbox from it').response[0]!.content).toContain('src-address-list=mgmt');
    expect(generateScript('create a bridge br0 and add ether4 to it').response[0]!.content).toContain('/interface bridge port add bridge=br0 interface=ether4');
    expect(generateScript('allow winbox from it').response[0]!.content).toBe('');
    expect(generateScript('create a bridge br0 and allow winbox from it').response[0]!.content).toBe('');
  });
});

describe('routeros-gen explain', () => {
  const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bundle', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

  it('prints each word with its reading, then the script (exit 0) or the refusal (exit 2)', () => {
    const ok = run('explain', 'block ssh from the internet');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^clause: filter/);
    expect(ok.stdout).toMatch(/\n {2}ssh +claimed\n/);
    expect(ok.stdout).toContain('script:\n/ip firewall filter add');
    const refused = run('explain', 'block grunk from the internet');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toMatch(/\n {2}grunk +unread\n/);
    expect(refused.stdout).toContain('refused: Cannot generate this safely: "grunk" is not understood');
  }, 60_000);

  it('prints JSON with --json, and usage errors exit 1', () => {
    const json = run('explain', '--json', 'block ssh');
    expect(JSON.parse(json.stdout).clauses[0].words[1]).toEqual({ word: 'ssh', reading: 'claimed' });
    const none = run('explain');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('explain needs a prompt');
  }, 60_000);
});

describe('an interface the clause names is in the script, or the clause is refused', () => {
  const frameOf = (prompt: string) => readFrame(splitClauses(analyze(prompt).terms)[0]!, {});

  it('names the interface a script leaves out', () => {
    const frame = frameOf('add ether2 and ether3 to bridge br0');
    const onlyOne = [command('/interface bridge port', 'add', { bridge: 'br0', interface: 'ether2' })];
    expect(unwrittenInterfaces(frame, onlyOne).map((t) => t.text)).toEqual(['ether3']);
    const both = [...onlyOne, command('/interface bridge port', 'add', { bridge: 'br0', interface: 'ether3' })];
    expect(unwrittenInterfaces(frame, both)).toEqual([]);
  });

  it('finds an interface written as the scope of a gateway (10.0.0.3%ether3)', () => {
    const frame = frameOf('add a route to 10.30.0.0/16 via 10.0.0.3 on ether3');
    const route = [command('/ip route', 'add', { 'dst-address': '10.30.0.0/16', gateway: '10.0.0.3%ether3' })];
    expect(unwrittenInterfaces(frame, route)).toEqual([]);
  });
});

describe('a name given after "called" or "named" is in the script, or the clause is refused', () => {
  const frameOf = (prompt: string) => readFrame(splitClauses(analyze(prompt).terms)[0]!, {});

  it('names the name a script leaves out, and accepts one it writes', () => {
    const frame = frameOf('sniff ether2 to a file cap1 called voip');
    const cap1 = [command('/tool sniffer', 'set', { 'file-name': str('cap1.pcap'), 'filter-interface': 'ether2' })];
    expect(unwrittenNames(frame, cap1).map((t) => t.text)).toEqual(['voip']);
    const voip = [command('/tool sniffer', 'set', { 'file-name': str('voip.pcap'), 'filter-interface': 'ether2' })];
    expect(unwrittenNames(frameOf('sniff ether2 to a file called voip'), voip)).toEqual([]);
  });
});
