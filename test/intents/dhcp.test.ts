/**
 * DHCP family: the IPv4 arithmetic and slot readers it relies on, the pool a
 * server gets, and that every script it writes validates. Prompt → script
 * examples live in corpus/dhcp.jsonl and corpus/negative-dhcp.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { resolveOptions } from '../../src/api/options.js';
import { addressesOf, interfacesOf, keyAt } from '../../src/slots/keyed.js';
import { inPrefix, intToIp, ipToInt, lastOf, maskLength, networkOf } from '../../src/slots/ipv4.js';
import { readFrame, splitClauses } from '../../src/intents/frame.js';
import { analyze } from '../../src/nlp/analyze.js';

const frameOf = (prompt: string) => readFrame(splitClauses(analyze(prompt).terms)[0]!);
const script = (prompt: string, options?: Record<string, unknown>) => generateScript(prompt, options).response[0]!;

describe('ipv4', () => {
  it('converts and masks', () => {
    expect(intToIp(ipToInt('192.168.88.1'))).toBe('192.168.88.1');
    expect(intToIp(networkOf('10.1.2.3', 16))).toBe('10.1.0.0');
    expect(intToIp(lastOf('10.1.2.3', 16))).toBe('10.1.255.255');
    expect(inPrefix('192.168.1.5', '192.168.1.0', 24)).toBe(true);
    expect(inPrefix('192.168.2.5', '192.168.1.0', 24)).toBe(false);
    expect(intToIp(lastOf('0.0.0.0', 0))).toBe('255.255.255.255');
  });
  it('reads netmasks', () => {
    expect(maskLength('255.255.255.0')).toBe(24);
    expect(maskLength('255.255.255.252')).toBe(30);
    expect(maskLength('0.0.0.0')).toBe(0);
    expect(maskLength('255.0.255.0')).toBeNull();
  });
});

describe('slots', () => {
  it('gives values the keyword before them, after them with "as", and to lists', () => {
    const frame = frameOf('dhcp server on ether2 for 10.0.0.0/24 with gateway 10.0.0.254, dns 1.1.1.1 and 8.8.8.8');
    const read = addressesOf(frame, ['gateway', 'dns']);
    expect('addresses' in read && read.addresses.map((a) => a.key)).toEqual([undefined, 'gateway', 'dns', 'dns']);
    const as = frameOf('use 10.0.0.254 as the gateway');
    expect(keyAt(as.terms, as.terms.findIndex((t) => t.text === '10.0.0.254'), ['gateway'])).toBe('gateway');
  });
  it('reads a dotted netmask into a prefix, and refuses one with gaps', () => {
    const read = addressesOf(frameOf('dhcp server for 10.30.0.0 netmask 255.255.0.0'), []);
    expect('addresses' in read && read.addresses.map((a) => a.value)).toEqual([{ kind: 'prefix', address: '10.30.0.0', length: 16 }]);
    expect(addressesOf(frameOf('dhcp server for 10.30.0.0 255.0.255.0'), [])).toHaveProperty('error');
  });
  it('reads interfaces: tokens, the LAN bridge, hyphenated names', () => {
    const options = resolveOptions({ lanBridge: 'br-lan' });
    expect(interfacesOf(frameOf('dhcp server on vlan20'), options).map((i) => i.name)).toEqual(['vlan20']);
    expect(interfacesOf(frameOf('dhcp server on the bridge'), options).map((i) => i.name)).toEqual(['br-lan']);
    expect(interfacesOf(frameOf('dhcp server on bridge-guest'), options).map((i) => i.name)).toEqual(['bridge-guest']);
  });
});

describe('dhcp server pools', () => {
  const pool = (prompt: string) => /ranges=(\S+)/.exec(script(prompt).content)?.[1];
  it('leaves .2-.9 out of a /24 and never pools the gateway', () => {
    expect(pool('set up a dhcp server on ether2 for 10.0.0.0/24')).toBe('10.0.0.10-10.0.0.254');
    expect(pool('set up a dhcp server on ether2 for 10.0.0.0/24 with gateway 10.0.0.254')).toBe('10.0.0.10-10.0.0.253');
    expect(pool('set up a dhcp server on ether2 for 10.0.0.0/24 with gateway 10.0.0.100')).toBe('10.0.0.10-10.0.0.99,10.0.0.101-10.0.0.254');
  });
  it('uses every host address but the gateway in a small subnet', () => {
    expect(pool('set up a dhcp server on ether2 for 10.0.0.0/29')).toBe('10.0.0.2-10.0.0.6');
    expect(pool('set up a dhcp server on ether2 for 10.0.0.0/30')).toBe('10.0.0.2-10.0.0.2');
  });
});

describe('dhcp scripts', () => {
  it('quotes names the user gives', () => {
    const r = script('set up a dhcp server named "guest net" on vlan20 for 10.0.20.0/24');
    expect(r.content).toContain('name="guest net"');
    expect(r.content).toContain('address-pool="guest net-pool"');
  });
  it('never lets a comment become a command', () => {
    const r = script('reserve 192.168.88.50 for AA:BB:CC:DD:EE:FF with comment "nas; /system reboot $[:put 1]"');
    expect(r.content.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.content).toMatch(/^\/ip dhcp-server lease add /);
    expect(r.content).toContain('comment="nas; /system reboot \\$[:put 1]"');
  });
  it('does not take a DHCP question away from the firewall', () => {
    expect(script('block dhcp on ether2').content).toContain('/ip firewall filter add');
  });
});
