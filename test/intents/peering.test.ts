/**
 * BGP, site-to-site IPsec and certificates: which AS number and which network is whose does not depend on word
 * order, the lanSubnet option decides the local network when the words do not, and a secret never reaches `error`.
 * Prompt → script examples live in corpus/netservices.jsonl, corpus/vpn.jsonl and corpus/certificates.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string, options?: Record<string, unknown>) => generateScript(prompt, options).response[0]!;
const line = (content: string, menu: string): string => content.split('\n').find((l) => l.startsWith(menu)) ?? '';

describe('bgp: whose AS', () => {
  const expected = { instance: 'as=65000', remote: 'remote.as=65001' };
  it.each([
    'set up bgp with peer 203.0.113.1 as 65001, my as 65000',
    'set up bgp, my as 65000, peer 203.0.113.1 as 65001',
    'set up bgp with peer 203.0.113.1 remote as 65001 local as 65000',
    'set up bgp local-as 65000 remote-as 65001 neighbor 203.0.113.1',
    'set up bgp with our asn 65000 and their asn 65001, peer 203.0.113.1',
    'set up bgp as 65000 with peer 203.0.113.1 remote as 65001',
  ])('%s', (prompt) => {
    const r = answer(prompt);
    expect(r.content, r.error ?? '').not.toBe('');
    expect(line(r.content, '/routing bgp instance')).toContain(expected.instance);
    expect(line(r.content, '/routing bgp connection')).toContain(expected.remote);
    expect(line(r.content, '/routing bgp connection')).toContain('local.role=ebgp');
  });

  it('refuses two AS numbers nothing attributes', () => {
    expect(answer('set up bgp to 203.0.113.1 with 65000 and 65001').content).toBe('');
    expect(answer('set up bgp with peer 203.0.113.1 and asn 65001 and asn 65000').error).toContain('which AS number');
  });
});

describe('ipsec: which network is local', () => {
  it('follows the words, in either order', () => {
    for (const prompt of [
      'ipsec tunnel to 198.51.100.2 from 10.1.0.0/16 to 10.2.0.0/16 with secret "Long-Key-1234"',
      'ipsec tunnel to 198.51.100.2 remote network 10.2.0.0/16 local network 10.1.0.0/16 with secret "Long-Key-1234"',
      'ipsec tunnel to 198.51.100.2 their subnet 10.2.0.0/16 our subnet 10.1.0.0/16 with secret "Long-Key-1234"',
    ]) {
      const r = answer(prompt);
      expect(line(r.content, '/ip ipsec policy'), prompt).toContain('src-address=10.1.0.0/16 dst-address=10.2.0.0/16');
      expect(line(r.content, '/ip firewall nat'), prompt).toContain('src-address=10.1.0.0/16 dst-address=10.2.0.0/16');
    }
  });

  it('takes the LAN subnet as local when the words do not say', () => {
    const prompt = 'ipsec tunnel to 198.51.100.2 between 10.2.0.0/16 and 10.1.0.0/16 with secret "Long-Key-1234"';
    const r = answer(prompt, { lanSubnet: '10.1.0.0/24' });
    expect(line(r.content, '/ip ipsec policy')).toContain('src-address=10.1.0.0/16 dst-address=10.2.0.0/16');
    expect(r.error).toContain('LAN subnet');
    // Without the option's help, "between" takes the first named, and says so.
    const first = answer(prompt);
    expect(line(first.content, '/ip ipsec policy')).toContain('src-address=10.2.0.0/16 dst-address=10.1.0.0/16');
    expect(first.error).toContain('named first');
  });

  it('never echoes the key', () => {
    const r = answer('ipsec tunnel to 198.51.100.2 from 10.1.0.0/16 to 10.2.0.0/16 with key Zq9-Unique-Key');
    expect(r.content).toContain('secret="Zq9-Unique-Key"');
    expect(r.error ?? '').not.toContain('Zq9-Unique-Key');
    expect(answer('ipsec tunnel to 198.51.100.2 from 10.1.0.0/16 to 10.2.0.0/16 with key "Zq9-Unique-Key!"').error ?? '').not.toContain('Zq9');
  });
});

describe('certificates', () => {
  it('uses the certificate made in an earlier clause', () => {
    const r = answer('create a self-signed certificate for vpn.example.com, then use it for sstp');
    expect(r.content).toContain('/interface sstp-server server set enabled=yes certificate=vpn.example.com');
    expect(r.content.indexOf('/certificate sign vpn.example.com ca=local-ca')).toBeLessThan(r.content.indexOf('sstp-server'));
  });
  it('refuses "it" with no certificate before it', () => {
    expect(answer('use it for www-ssl').content).toBe('');
  });
});
