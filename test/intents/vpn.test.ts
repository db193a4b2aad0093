/**
 * VPN family: which family a tunnel- or peer-flavoured prompt goes to. Prompt →
 * script examples live in corpus/vpn.jsonl and corpus/negative-vpn.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;
const KEY = 'GczvGrsy8SU1xXHc7KYvaJIvNJK7QhWhfxnJ9jnNqLs=';

describe('vpn routing between families', () => {
  it('reads a peer with a key as a peer, never an interface address', () => {
    for (const prompt of [
      `add a wg peer to wg0 with key ${KEY} allowed 10.10.0.3/32`,
      `add peer to wg0 allowed 10.10.0.3/32 public key ${KEY}`,
      `wireguard peer for wg0: pubkey ${KEY}, allowed 10.10.0.3/32`,
    ]) expect(answer(prompt).content).toMatch(/^\/interface wireguard peers add /);
  });
  it('refuses a peer without a usable key instead of adding an address', () => {
    const r = answer('add a wg peer to wg0 with key abcd allowed 10.10.0.3/32');
    expect(r.content).toBe('');
    expect(r.error).toContain('public key');
  });
  it('creates a WireGuard interface only when asked to create one', () => {
    for (const prompt of [
      'set the mtu of the wireguard interface to 1420',
      'add 10.10.0.1/24 to the wireguard interface wg0',
      'add a route to 10.20.0.0/24 via the wireguard tunnel wg0',
      'enable the wireguard interface',
    ]) expect(answer(prompt).content).not.toContain('/interface wireguard add');
    expect(answer('add 10.10.0.1/24 to the wireguard interface wg0').content).toBe('/ip address add address=10.10.0.1/24 interface=wg0\n');
  });
  it('leaves firewall and NAT prompts about VPN ports alone', () => {
    expect(answer('allow wireguard on the wan').content).toMatch(/^\/ip firewall filter add /);
    expect(answer('forward port 51820 to 192.168.88.10').content).toMatch(/^\/ip firewall nat add /);
    expect(answer('allow gre from 203.0.113.77').content).toMatch(/^\/ip firewall filter add /);
  });
  it('does not take interface-list or bridge requests for a PPPoE client', () => {
    expect(answer('add the pppoe interface to the WAN list').content).not.toContain('pppoe-client');
  });
});
