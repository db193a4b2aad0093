/**
 * Reasonable requests in families the README claims (issue 15): the general rules behind them, over several
 * phrasings each, and the refusals that keep them narrow. Prompt → script examples live in the corpus.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;

describe('a chain named after "in"/"on"', () => {
  it('is the filter chain, never a port forward', () => {
    for (const [prompt, chain] of [['block ssh in forward', 'forward'], ['drop telnet in the forward chain', 'forward'], ['allow icmp on input', 'input'], ['drop invalid in forward', 'forward']] as const) {
      const r = answer(prompt);
      expect(r.content).toMatch(new RegExp(`^/ip firewall filter add chain=${chain} `));
      expect(r.content).not.toContain('/ip firewall nat');
    }
  });
});

describe('words RouterOS writes as one token', () => {
  it('reads connection states joined by commas as the list they are', () => {
    expect(answer('accept established,related on input').content).toBe('/ip firewall filter add chain=input connection-state=established,related action=accept\n');
  });
  it('reads the NAT chains as their actions, and "srcnat masquerade" as a masquerade', () => {
    expect(answer('add srcnat masquerade on ether1').content).toBe('/ip firewall nat add chain=srcnat out-interface=ether1 action=masquerade\n');
    expect(answer('dstnat port 80 to 192.168.88.10').content).toContain('action=dst-nat to-addresses=192.168.88.10');
    expect(answer('add a srcnat rule for 192.168.88.0/24').content).toBe('');
  });
  it('takes max-limit A/B as upload/download, and refuses an unequal pair said without it', () => {
    expect(answer('add a simple queue for 192.168.88.10 with max-limit 10M/2M').content).toContain('max-limit=10M/2M');
    expect(answer('limit 192.168.88.10 to 10M/2M').content).toBe('');
    expect(answer('limit 192.168.88.10 to 5M/5M').content).toContain('max-limit=5M/5M');
  });
});

describe('comments without quotes', () => {
  it('are written on every rule that takes comment=', () => {
    expect(answer('block telnet from the internet commented TEMP').content).toContain('comment="TEMP"');
    expect(answer('add 10.0.0.5 to address list blocked comment spammer').content).toBe('/ip firewall address-list add list=blocked address=10.0.0.5 comment="spammer"\n');
    expect(answer('masquerade out ether1 with description nat1').content).toContain('comment="nat1"');
  });
  it('never take a word the request reads, and ask for quotes when the end of the comment is not clear', () => {
    for (const prompt of ['block ssh from the internet comment all traffic', 'allow winbox from 10.0.0.0/24 with description mgmt access', 'block ssh with comment old rule from the internet']) {
      expect(answer(prompt).error).toContain('double quotes');
    }
    // "from the internet" after a one-word comment is still where the traffic comes from.
    expect(answer('block ssh with comment no-ssh from the internet').content).toContain('in-interface-list=WAN');
  });
});

describe('one setting verb over two settings', () => {
  it('is two requests only where the clause as one is refused', () => {
    expect(answer('set the identity to edge-1 and the timezone to America/New_York').content).toBe('/system identity set name="edge-1"\n/system clock set time-zone-autodetect=no time-zone-name=America/New_York\n');
    // A rule that reads both settings keeps them in one command; a list of values is one setting.
    expect(answer('set the ssid of wifi1 to Office and the password to "correct-horse"').content.split('\n').filter(Boolean)).toHaveLength(1);
    expect(answer('set the dns servers to 1.1.1.1 and 8.8.8.8').content).toBe('/ip dns set servers=1.1.1.1,8.8.8.8\n');
  });
});

describe('referents and names after "on"', () => {
  it('gives a new WireGuard interface its address, and a new VLAN its DHCP server', () => {
    expect(answer('create a wireguard interface wg0 and give it 10.10.0.1/24').content).toContain('/ip address add address=10.10.0.1/24 interface=wg0');
    const dhcp = answer('create vlan 20 on ether2 with 192.168.20.1/24 then set up a dhcp server on it').content;
    expect(dhcp).toContain('/ip dhcp-server add name="dhcp-vlan20" interface=vlan20');
    expect(dhcp).toContain('/ip dhcp-server network add address=192.168.20.0/24 gateway=192.168.20.1');
    expect(answer('set up a dhcp server on it').content).toBe('');
  });
  it('reads the DHCP server named after "on"', () => {
    expect(answer('set the dhcp lease time to 1 hour on dhcp1').content).toBe('/ip dhcp-server set [find name="dhcp1"] lease-time=1h\n');
  });
  it('adds "ports" to the bridge created just before', () => {
    expect(answer('create bridge br1 and add ports ether2-ether3').content).toBe('/interface bridge add name=br1\n/interface bridge port add bridge=br1 interface=ether2\n/interface bridge port add bridge=br1 interface=ether3\n');
    expect(answer('add ports ether2-ether3').content).toBe('');
  });
});

describe('weekly and interface schedules', () => {
  it('runs a weekly schedule from a past date on its day', () => {
    expect(answer('reboot the router every monday at 3am').content).toContain('start-date=2024-01-01 start-time=03:00:00 interval=1w');
    expect(answer('reboot every sunday at 02:30').content).toContain('start-date=2024-01-07 start-time=02:30:00 interval=1w');
  });
  it('writes one weekly entry per day for several days, each starting on a past date of its day', () => {
    const r = answer('reboot on weekdays at 3am');
    const lines = r.content.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => /start-date=(\S+)/.exec(l)?.[1])).toEqual(['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05']);
    expect(lines.every((l) => l.includes('interval=1w') && l.includes('start-time=03:00:00'))).toBe(true);
    expect(new Set(lines.map((l) => /name="([^"]+)"/.exec(l)?.[1])).size).toBe(5);
    expect(r.destructive).toBe(true);
  });
  it('refuses a missing time of day, naming a prompt that works', () => {
    expect(answer('reboot every monday').error).toContain('every Monday at 3am');
    expect(answer('reboot every monday and thursday').error).toContain('every Monday and Thursday at 3am');
  });
  it('schedules enabling and disabling an interface, and still labels it destructive', () => {
    const r = answer('disable ether5 every day at 10pm');
    expect(r.content).toBe('/system scheduler add name="interface-disable-1d" start-time=22:00:00 interval=1d on-event="/interface disable ether5"\n');
    expect(r.destructive).toBe(true);
  });
});
