/**
 * Routes family: destination/gateway reading, destructiveness of what it
 * writes, and that it stays out of other families' prompts. Prompt → script
 * examples live in corpus/routes.jsonl and corpus/negative-routes.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const script = (prompt: string, options?: Record<string, unknown>) => generateScript(prompt, options).response[0]!;

describe('routes', () => {
  it('reads the next hop in any order', () => {
    for (const prompt of ['add a route to 10.10.0.0/16 via 192.168.1.2', 'route 10.10.0.0/16 to 192.168.1.2', 'via 192.168.1.2 add a route to 10.10.0.0/16', 'add route 10.10.0.0/16 next hop 192.168.1.2']) {
      expect(script(prompt).content, prompt).toBe('/ip route add dst-address=10.10.0.0/16 gateway=192.168.1.2\n');
    }
  });
  it('labels a new default route destructive and a new static route not', () => {
    expect(script('add a default route via 10.0.0.1').destructive).toBe(true);
    expect(script('add a route to 10.10.0.0/16 via 192.168.1.2').destructive).toBe(false);
    expect(script('remove the route to 10.10.0.0/16').destructive).toBe(true);
  });
  it('writes IPv6 routes in /ipv6 route, with the interface for a link-local gateway', () => {
    expect(script('add an ipv6 default route via fe80::1 on ether1').content).toBe('/ipv6 route add dst-address=::/0 gateway=fe80::1%ether1\n');
    expect(script('add ipv6 route to 2001:db8:10::/48 via 2001:db8::1').content).toBe('/ipv6 route add dst-address=2001:db8:10::/48 gateway=2001:db8::1\n');
    expect(script('add ipv6 route to 2001:db8:10::1/48 via 2001:db8::1').error).toContain('host bits');
  });
  it('uses the WAN option only when it is an interface', () => {
    expect(script('add a default route via the wan', { wan: 'pppoe-out1' }).content).toContain('gateway=pppoe-out1');
    expect(script('add a default route via the wan').content).toBe('');
  });
  it('leaves other families alone', () => {
    expect(script('add pppoe client on ether1 with default route').content).not.toContain('/ip route');
    expect(script('add a dhcp client on ether1 without a default route').content).toBe('/ip dhcp-client add interface=ether1 add-default-route=no\n');
    expect(script('add 10.0.0.1/24 to ether2').content).toContain('/ip address add');
  });
  it('keeps table names and comments quoted', () => {
    const r = script('add a route to 10.1.0.0/16 via 10.0.0.1 in table isp2 with comment "a; /system reboot"');
    expect(r.content).toBe('/ip route add dst-address=10.1.0.0/16 gateway=10.0.0.1 routing-table="isp2" comment="a; /system reboot"\n');
  });
});
