/**
 * Router protection, interface lists and the whole-configuration export (issue 15). Examples:
 * corpus/protection.jsonl, corpus/interface-lists.jsonl, corpus/export.jsonl and their negative files.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string, options?: Record<string, unknown>) => generateScript(prompt, options).response[0]!;
const lines = (content: string): string[] => content.trim().split('\n');

describe('basic firewall', () => {
  it('writes the default configuration input chain in order, ending in a drop of all else', () => {
    const input = lines(answer('secure my router').content).filter((l) => l.includes('chain=input'));
    expect(input.map((l) => /action=(\S+)/.exec(l)?.[1])).toEqual(['accept', 'drop', 'accept', 'accept', 'drop']);
    expect(input[0]).toContain('connection-state=established,related,untracked');
    expect(input[1]).toContain('connection-state=invalid');
    expect(input[2]).toContain('protocol=icmp');
    expect(input[3]).toContain('in-interface-list=LAN');
    expect(input[4]).toMatch(/^\/ip firewall filter add chain=input action=drop comment=/);
  });
  it('writes the forward chain: fasttrack before the accept, and drops only new, not dst-natted WAN connections', () => {
    const forward = lines(answer('set up a basic firewall').content).filter((l) => l.includes('chain=forward'));
    const fasttrack = forward.findIndex((l) => l.includes('action=fasttrack-connection'));
    const accept = forward.findIndex((l) => l.includes('action=accept connection-state=established,related,untracked'));
    expect(fasttrack).toBeGreaterThanOrEqual(0);
    expect(accept).toBeGreaterThan(fasttrack);
    expect(forward.at(-1)).toContain('action=drop connection-state=new connection-nat-state=!dstnat in-interface-list=WAN');
  });
  it('uses the lan and wan options, as lists or as interfaces', () => {
    const content = answer('secure my router', { lan: 'bridge1', wan: 'ether1' }).content;
    expect(content).toContain('action=accept in-interface=bridge1');
    expect(content).toContain('in-interface=ether1');
    expect(content).not.toContain('interface-list');
    const listed = answer('secure my router', { lan: 'INSIDE', wan: 'OUTSIDE' }).content;
    expect(listed).toContain('in-interface-list=INSIDE');
    expect(listed).toContain('in-interface-list=OUTSIDE');
  });
  it('is destructive and says the input chain drops everything else', () => {
    const r = answer('harden the router');
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('Safe Mode');
  });
  it('refuses a filter rule asked for after it (it would sit after the drop), and takes one asked for before it', () => {
    expect(answer('set up a basic firewall and allow winbox from 10.0.0.0/8').content).toBe('');
    const before = lines(answer('allow winbox from 10.0.0.0/8, then set up a basic firewall').content);
    expect(before[0]).toContain('dst-port=8291');
    expect(before).toHaveLength(12);
  });
  it('never drops what the user named on the floor: any traffic word or exception refuses', () => {
    for (const prompt of ['secure my router except ssh', 'secure the router but allow winbox', 'set up a basic firewall for 192.168.88.0/24', 'set up a basic firewall with port 8291 open']) {
      expect(answer(prompt).content, prompt).toBe('');
    }
  });
});

describe('fasttrack', () => {
  it('adds the fasttrack rule with the accept that must follow it', () => {
    const r = lines(answer('enable fasttrack').content);
    expect(r).toEqual([
      '/ip firewall filter add chain=forward action=fasttrack-connection connection-state=established,related comment="fasttrack"',
      '/ip firewall filter add chain=forward action=accept connection-state=established,related comment="accept established,related"',
    ]);
  });
  it('disables only fasttrack rules', () => {
    expect(answer('disable fasttrack').content).toBe('/ip firewall filter disable [find action=fasttrack-connection]\n');
  });
});

describe('removing every rule', () => {
  it('is written only when asked for every rule, keeps dynamic rules and is destructive', () => {
    const r = answer('remove all firewall filter rules');
    expect(r.content).toBe('/ip firewall filter remove [find where !dynamic]\n');
    expect(r.destructive).toBe(true);
    expect(answer('remove the firewall rules').content).toBe('');
  });
});

describe('interface lists', () => {
  it('adds and removes members of the side lists the options name', () => {
    expect(answer('add ether2 to the LAN list').content).toBe('/interface list member add interface=ether2 list=LAN\n');
    expect(answer('add ether2 to the LAN list', { lan: 'INSIDE' }).content).toBe('/interface list member add interface=ether2 list=INSIDE\n');
    expect(answer('add ether2 to the LAN list', { lan: 'bridge' }).content).toBe('');
    const removed = answer('remove ether5 from the WAN list');
    expect(removed.content).toBe('/interface list member remove [find interface=ether5 list=WAN]\n');
    expect(removed.destructive).toBe(true);
  });
  it('creates a list with its members', () => {
    expect(lines(answer('create an interface list called GUEST with ether3 and ether4').content)).toEqual([
      '/interface list add name="GUEST"',
      '/interface list member add interface=ether3 list=GUEST',
      '/interface list member add interface=ether4 list=GUEST',
    ]);
  });
  it('leaves addresses to address lists', () => {
    expect(answer('add 10.0.0.5 to the blocked list').content).toContain('/ip firewall address-list add');
  });
});

describe('whole-configuration export', () => {
  it('writes the root /export with a file and flags', () => {
    expect(answer('export the configuration').content).toBe('/export\n');
    expect(answer('export the full config to a file called router-2026 including passwords').content).toBe('/export file="router-2026" show-sensitive\n');
    expect(answer('export the config as terse to a file named cfg').content).toBe('/export file="cfg" terse\n');
  });
  it('leaves a section export to the system family', () => {
    expect(answer('export the firewall').content).toBe('/ip firewall export\n');
    expect(answer('export the firewall filter').content).toBe('/ip firewall filter export\n');
  });
});

describe('gateway failover', () => {
  it('gives the primary distance 1 and the backup distance 2, both with check-gateway=ping, whichever is named first', () => {
    const expected = [
      '/ip route add dst-address=0.0.0.0/0 gateway=203.0.113.1 distance=1 check-gateway=ping comment="failover: primary"',
      '/ip route add dst-address=0.0.0.0/0 gateway=198.51.100.1 distance=2 check-gateway=ping comment="failover: backup"',
    ];
    expect(lines(answer('primary gateway 203.0.113.1, backup gateway 198.51.100.1').content)).toEqual(expected);
    expect(lines(answer('set up failover with backup gateway 198.51.100.1 and primary gateway 203.0.113.1').content)).toEqual(expected);
    const unlabeled = answer('set up failover between 203.0.113.1 and 198.51.100.1');
    expect(lines(unlabeled.content)).toEqual(expected);
    expect(unlabeled.error).toContain('taken as the primary gateway (named first)');
  });
  it('refuses one unlabeled gateway', () => {
    expect(answer('failover via 203.0.113.1').content).toBe('');
  });
});
