/**
 * Routing and addressing tasks of issue 15: recursive and netwatch failover, PCC load balancing over two WANs, policy
 * routing, IP pools and DHCP shorthand. Examples: corpus/failover.jsonl, corpus/load-balancing.jsonl,
 * corpus/policy-routing.jsonl, corpus/dhcp.jsonl and their negative files.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string, options?: Record<string, unknown>) => generateScript(prompt, options).response[0]!;
const lines = (content: string): string[] => content.trim().split('\n');

describe('recursive failover', () => {
  it('routes the probe host through the primary gateway with scope=10 and resolves the default route through it', () => {
    const out = lines(answer('recursive failover with primary gateway 203.0.113.1, backup gateway 198.51.100.1 and probe host 8.8.8.8').content);
    expect(out[0]).toBe('/ip route add dst-address=8.8.8.8/32 gateway=203.0.113.1 scope=10 comment="failover: probe via primary"');
    expect(out[1]).toContain('dst-address=0.0.0.0/0 gateway=8.8.8.8 distance=1 target-scope=11 check-gateway=ping');
    expect(out[2]).toContain('gateway=198.51.100.1 distance=2 check-gateway=ping');
  });
  it('gives each gateway its own probe host when two are named', () => {
    const out = lines(answer('set up failover between 203.0.113.1 and 198.51.100.1 with probe hosts 8.8.8.8 and 1.1.1.1').content);
    expect(out.filter((l) => l.includes('scope=10'))).toHaveLength(2);
    expect(out[3]).toContain('gateway=1.1.1.1 distance=2 target-scope=11');
  });
  it('refuses "recursive" without a probe host, and a probe host that is a gateway', () => {
    expect(answer('set up recursive failover between 10.1.1.1 and 10.2.2.1').content).toBe('');
    expect(answer('failover between 10.1.1.1 and 10.2.2.1 with probe host 10.1.1.1').content).toBe('');
  });
});

describe('netwatch', () => {
  it('disables the route by its comment when the host is down and enables it when it is up', () => {
    const r = answer('add netwatch for 8.8.8.8 that disables the route commented ISP1 when it goes down');
    expect(r.content.trim()).toBe('/tool netwatch add host=8.8.8.8 down-script="/ip route disable [find comment=\\"ISP1\\"]" up-script="/ip route enable [find comment=\\"ISP1\\"]"');
    expect(r.destructive).toBe(true);
  });
  it('writes the whole netwatch failover: probe route, both default routes and the netwatch entry', () => {
    const out = lines(answer('failover between 203.0.113.1 and 198.51.100.1 using netwatch on 8.8.8.8 every 5 seconds').content);
    expect(out).toHaveLength(4);
    expect(out[3]).toContain('/tool netwatch add host=8.8.8.8 interval=5s');
  });
  it('refuses a netwatch with no route to switch', () => {
    expect(answer('add netwatch for 8.8.8.8').content).toBe('');
  });
});

describe('policy routing', () => {
  it('creates a table, a default route in it and a routing rule for the source', () => {
    const r = answer('route traffic from 192.168.88.50 via 10.0.0.2');
    expect(lines(r.content)).toEqual([
      '/routing table add name="via-10.0.0.2" fib',
      '/ip route add dst-address=0.0.0.0/0 gateway=10.0.0.2 routing-table="via-10.0.0.2"',
      '/routing rule add src-address=192.168.88.50/32 action=lookup-only-in-table table="via-10.0.0.2" comment="policy routing: 192.168.88.50 via 10.0.0.2"',
    ]);
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('fall back to the main table');
  });
  it('marks routing in mangle when asked, never for traffic to the router itself', () => {
    const out = lines(answer('route everything from ether3 through 10.0.0.2 using mangle').content);
    expect(out[2]).toContain('chain=prerouting in-interface=ether3 dst-address-type=!local action=mark-routing new-routing-mark="via-10.0.0.2"');
  });
  it('uses action=lookup when told to fall back, and a named table only created when new', () => {
    expect(answer('policy routing: 192.168.88.0/24 via 10.0.0.2 in a new table isp2, fall back to the main table').content).toContain('action=lookup table="isp2"');
    expect(answer('send traffic from 10.10.10.0/24 to table isp2').content.trim()).toBe('/routing rule add src-address=10.10.10.0/24 action=lookup-only-in-table table="isp2" comment="policy routing: 10.10.10.0/24 via isp2"');
  });
  it('refuses a port, a destination or two sources', () => {
    for (const p of ['route ssh from 192.168.88.50 via 10.0.0.2', 'route traffic from 192.168.88.50 to 8.8.8.8 via 10.0.0.2', 'route traffic from 192.168.88.0/24 and 192.168.89.0/24 via 10.0.0.2']) expect(answer(p).content).toBe('');
  });
});

describe('PCC load balancing', () => {
  it('marks connections per WAN, splits new LAN connections 2/0 and 2/1, routes them by table, with the return path', () => {
    const r = answer('set up pcc load balancing over ether1 via 203.0.113.1 and ether2 via 198.51.100.1');
    const out = lines(r.content);
    expect(out.filter((l) => l.startsWith('/routing table add'))).toEqual(['/routing table add name="to-ether1" fib', '/routing table add name="to-ether2" fib']);
    expect(out.filter((l) => l.includes('per-connection-classifier=both-addresses:2/'))).toHaveLength(2);
    expect(out.some((l) => l.includes('chain=prerouting in-interface=ether1 connection-mark=no-mark action=mark-connection new-connection-mark="ether1-conn"'))).toBe(true);
    expect(out.some((l) => l.includes('chain=output connection-mark="ether2-conn" action=mark-routing new-routing-mark="to-ether2"'))).toBe(true);
    expect(out).toContain('/ip route add dst-address=0.0.0.0/0 gateway=198.51.100.1 routing-table="to-ether2" distance=1 check-gateway=ping comment="pcc: ether2"');
    expect(r.destructive).toBe(true);
  });
  it('keeps local destinations on the main table before any mark', () => {
    const out = lines(answer('load balance via 10.1.1.1 on ether1 and 10.2.2.1 on ether2').content);
    const bypass = out.findIndex((l) => l.includes('dst-address-list="pcc-bypass" action=accept'));
    const firstMark = out.findIndex((l) => l.includes('action=mark-connection'));
    expect(bypass).toBeGreaterThanOrEqual(0);
    expect(bypass).toBeLessThan(firstMark);
  });
  it('with both WANs on DHCP, the clients\' scripts add the table routes through the gateway they are given', () => {
    const out = lines(answer('load balance ether1 and ether2, both dhcp').content);
    const client = out.find((l) => l.startsWith('/ip dhcp-client set [find interface=ether1]'));
    expect(client).toContain('default-route-distance=1');
    expect(client).toContain('gateway=\\$\\"gateway-address\\" routing-table=\\"to-ether1\\" distance=1');
  });
  it('refuses when the WAN interfaces or their gateways are not said', () => {
    for (const p of ['load balancing between two wans', 'pcc load balance over ether1 and ether2']) expect(answer(p).content).toBe('');
  });
});

describe('DHCP shorthand and pools', () => {
  it('completes ".10-.200" and ".1" from the /24 the prompt names', () => {
    const out = lines(answer('dhcp server on bridge 192.168.88.0/24 pool .10-.200 gw .1').content);
    expect(out[0]).toBe('/ip pool add name="dhcp-bridge-pool" ranges=192.168.88.10-192.168.88.200');
    expect(out[2]).toBe('/ip dhcp-server network add address=192.168.88.0/24 gateway=192.168.88.1 dns-server=192.168.88.1');
  });
  it('takes the subnet from the gateway\'s prefix when no other is given', () => {
    expect(answer('dhcp server on ether2 gateway 10.0.5.1/24').content).toContain('/ip dhcp-server network add address=10.0.5.0/24 gateway=10.0.5.1');
  });
  it('refuses shorthand in a subnet larger than a /24', () => {
    expect(answer('dhcp server on ether2 10.0.0.0/16 pool .10-.200').content).toBe('');
  });
  it('adds an IP pool with its ranges', () => {
    expect(answer('add an address pool named guest with 10.5.0.10-10.5.0.100 and 10.5.0.150-10.5.0.200').content.trim()).toBe('/ip pool add name="guest" ranges=10.5.0.10-10.5.0.100,10.5.0.150-10.5.0.200');
  });
});

describe('DHCP options', () => {
  it('writes an address option as four bytes and a text option as text, and hands it out on the network named', () => {
    expect(lines(answer('add dhcp option 66 with value 10.0.0.5 on the network 192.168.88.0/24').content)).toEqual([
      '/ip dhcp-server option add name="option66" code=66 value="s\'10.0.0.5\'"',
      '/ip dhcp-server network set [find address=192.168.88.0/24] dhcp-option="option66"',
    ]);
    expect(answer('create dhcp option 42 value 192.168.88.1').content.trim()).toBe('/ip dhcp-server option add name="option42" code=42 value="\'192.168.88.1\'"');
  });
  it('refuses a code whose value type is not known', () => {
    expect(answer('add dhcp option 43 value 10.0.0.5').content).toBe('');
  });
});
