/**
 * Fixed inputs for `npm run bench`: the corpus prompts, and a deterministic
 * 2,000-line `/export`-style configuration.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchPrompt {
  readonly file: string;
  readonly prompt: string;
  readonly options?: Record<string, unknown>;
}

/** Every corpus prompt (answered and refused), in file and line order. */
export function corpusPrompts(root: string): BenchPrompt[] {
  const dir = join(root, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('//'))
        .map((line) => {
          const c = JSON.parse(line) as { prompt: string; options?: Record<string, unknown> };
          return c.options === undefined ? { file, prompt: c.prompt } : { file, prompt: c.prompt, options: c.options };
        }),
    );
}

/** A small linear congruential generator: the same numbers on every run. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
}

/**
 * A configuration as `/export` prints it: context lines followed by `add`
 * and `set` lines, firewall rules with matchers and comments, NAT, address
 * lists, routes, DNS, DHCP, scheduler entries and scripts holding code.
 * Deterministic (same text every run) and free of syntax errors.
 */
export function exportScript(lines = 2000): string {
  const next = lcg(2000);
  const n = (max: number): number => next() % max;
  const ip = (): string => `10.${n(255)}.${n(255)}.${1 + n(253)}`;
  const out: string[] = ['# 2026-05-01 12:00:00 by RouterOS 7.24', '# software id = BENCH-2000', '#', '# model = RB5009UG+S+', '# serial number = HEX0000BENCH'];
  const sections: (() => string[])[] = [
    () => ['/interface bridge', `add admin-mac=48:8F:5A:${(16 + n(200)).toString(16).toUpperCase()}:AB:CD auto-mac=no comment=defconf name=bridge${n(8)}`],
    () => ['/interface vlan', `add interface=bridge name=vlan${1 + n(4000)} vlan-id=${1 + n(4094)}`],
    () => ['/interface list member', `add comment=defconf interface=ether${1 + n(8)} list=${n(2) ? 'LAN' : 'WAN'}`],
    () => ['/ip pool', `add name=pool${n(50)} ranges=192.168.${n(255)}.10-192.168.${n(255)}.254`],
    () => ['/ip address', `add address=${ip()}/24 comment="site ${n(999)}" interface=vlan${1 + n(4000)} network=10.${n(255)}.${n(255)}.0`],
    () => ['/ip dhcp-server network', `add address=192.168.${n(255)}.0/24 dns-server=192.168.88.1 gateway=192.168.${n(255)}.1`],
    () => ['/ip dns static', `add address=192.168.88.${1 + n(250)} name=host${n(999)}.lan ttl=1d`],
    () => ['/ip firewall address-list', `add address=203.0.113.${n(255)} comment="scanner ${n(99)}" list=blocked timeout=1d`],
    () => [
      '/ip firewall filter',
      'add action=accept chain=input comment="defconf: accept established,related,untracked" connection-state=established,related,untracked',
      'add action=drop chain=input comment="defconf: drop invalid" connection-state=invalid',
      `add action=accept chain=input dst-port=${1 + n(65535)} protocol=tcp src-address=${ip()} comment="admin ${n(50)}"`,
      `add action=drop chain=forward comment="defconf: drop all from WAN not DSTNATed" connection-nat-state=!dstnat connection-state=new in-interface-list=WAN`,
      `add action=accept chain=forward dst-address=192.168.${n(255)}.${1 + n(253)} dst-port=${1 + n(65535)} protocol=udp \\`,
      `    in-interface-list=LAN log=yes log-prefix="fw-${n(99)}"`,
    ],
    () => ['/ip firewall nat', `add action=dst-nat chain=dstnat dst-port=${1024 + n(60000)} in-interface-list=WAN protocol=tcp to-addresses=192.168.88.${2 + n(250)} to-ports=${1 + n(65535)}`],
    () => ['/ip firewall nat', 'add action=masquerade chain=srcnat comment="defconf: masquerade" ipsec-policy=out,none out-interface-list=WAN'],
    () => ['/ip route', `add distance=${1 + n(20)} dst-address=172.16.${n(255)}.0/24 gateway=10.0.0.${1 + n(254)} routing-table=main`],
    () => ['/ipv6 address', `add address=2001:db8:${n(65535).toString(16)}::1/64 advertise=yes interface=bridge`],
    () => ['/system scheduler', `add interval=1d name=job${n(999)} on-event="/system script run backup${n(9)}" policy=read,write,policy,test start-time=03:00:00`],
    () => [
      '/system script',
      `add dont-require-permissions=no name=backup${n(9)} owner=admin policy=read,write,test source=":local name \\"backup-\\$[/system identity get name]\\"\\r\\`,
      '    \\n/system backup save name=\\$name\\r\\',
      '    \\n:log info \\"saved \\$name\\""',
    ],
    () => ['/ip service', `set telnet disabled=yes`, `set www address=192.168.${n(255)}.0/24`],
  ];
  for (;;) {
    const section = sections[n(sections.length)]!();
    if (out.length + section.length > lines) break;
    out.push(...section);
  }
  // Whole lines to the exact count, so no continuation line is cut in two.
  while (out.length < lines) out.push(`/ip firewall address-list add address=198.51.100.${n(255)} list=allowed`);
  return out.join('\n') + '\n';
}
