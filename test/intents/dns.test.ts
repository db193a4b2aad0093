/**
 * DNS family: provider facts, which family a DNS-flavoured prompt goes to,
 * and that user text stays inside strings. Prompt → script examples live in
 * corpus/dns.jsonl and corpus/negative-dns.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { DNS_PROVIDERS } from '../../src/intents/dns/providers.js';

const script = (prompt: string) => generateScript(prompt).response[0]!;

describe('dns providers', () => {
  it('has the published addresses and DoH endpoints', () => {
    const byId = Object.fromEntries(DNS_PROVIDERS.map((p) => [p.id, p]));
    expect(byId.cloudflare?.servers).toEqual(['1.1.1.1', '1.0.0.1']);
    expect(byId.google?.servers).toEqual(['8.8.8.8', '8.8.4.4']);
    expect(byId.quad9?.servers).toEqual(['9.9.9.9', '149.112.112.112']);
    expect(byId.opendns?.servers).toEqual(['208.67.222.222', '208.67.220.220']);
    for (const p of DNS_PROVIDERS) expect(new URL(p.doh).protocol).toBe('https:');
  });
});

describe('dns routing between families', () => {
  it('leaves firewall and NAT prompts about DNS alone', () => {
    expect(script('block dns from the internet').content).toContain('/ip firewall filter add');
    expect(script('allow dns queries from the lan').content).toContain('action=accept');
    expect(script('redirect dns to the router').content).toContain('action=redirect');
  });
  it('gives DHCP the DNS servers a DHCP server hands out', () => {
    expect(script('set up a dhcp server on bridge for 192.168.88.0/24 with dns 9.9.9.9').content).toContain('dns-server=9.9.9.9');
  });
  it('splits "set servers ... and allow remote requests" into two settings, in order', () => {
    expect(script('set dns servers to 1.1.1.1 and 1.0.0.1 and allow remote requests').content).toBe(
      '/ip dns set servers=1.1.1.1,1.0.0.1\n/ip dns set allow-remote-requests=yes\n',
    );
  });
});

describe('dns strings', () => {
  it('keeps names, regexps and URLs quoted', () => {
    expect(script('add static dns entry "a$b.lan" for 10.0.0.5').content).toBe('');
    const regexp = script('add a static dns regexp "^x[$]y" for 0.0.0.0').content;
    expect(regexp).toContain('regexp="^x[\\$]y"');
    expect(script('set the doh server to "https://dns.example/q;x"').content).toContain('use-doh-server="https://dns.example/q;x"');
  });
});
