import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRouterModel, checkScript, generateScript, parseScript, runPolicy, type RouterModel } from '../../src/index.js';

const DIR = join(import.meta.dirname, '../fixtures/config');
const text = (name: string): string => readFileSync(join(DIR, `${name}.rsc`), 'utf8');
const home = buildRouterModel(text('home-defconf'));
const office = buildRouterModel(text('office-vlans-two-wans'));
const bare = buildRouterModel(text('bare-no-firewall'));
/** The home router with IPv6 off: an interface it gives nothing to is reached by nothing. */
const homeNoIpv6 = buildRouterModel(text('home-defconf') + '/ipv6 settings\nset disable-ipv6=yes\n');

function judge(script: string, model: RouterModel): { destructive: boolean; rules: string[]; messages: string[] } {
  const { ast } = parseScript(script);
  const r = runPolicy(ast, { configuration: { model, side: { lanSubnet: '192.168.88.0/24', lan: { list: 'LAN' } } } });
  return { destructive: r.destructive, rules: r.findings.map((f) => f.rule), messages: r.findings.map((f) => f.message) };
}

describe('the policy with the configuration: harmless operations on objects not in use', () => {
  it('an address-list entry of a list nothing uses is not flagged, and the warning says why', () => {
    const r = generateScript('remove 203.0.113.0/24 from address list trusted', { config: home }).response[0];
    expect(r.content).toContain('/ip firewall address-list remove');
    expect(r.destructive).toBe(false);
    expect(r.error).toContain('Harmless on this router: no firewall rule, script or other item of the configuration uses the address list trusted');
    // Without the configuration the same script is flagged as before.
    expect(generateScript('remove 203.0.113.0/24 from address list trusted').response[0].destructive).toBe(true);
  });

  it('a list a rule uses stays flagged', () => {
    expect(generateScript('remove 192.0.2.44 from address list admins', { config: office }).response[0].destructive).toBe(true);
    // A rule the same script adds before the removal counts.
    const r = judge('/ip firewall filter add chain=input src-address-list=trusted action=accept\n/ip firewall address-list remove [find list=trusted]\n', home);
    expect(r.destructive).toBe(true);
    expect(r.rules).not.toContain('configuration-unused');
    // A rule added after the removal does not make the removal cut anything.
    expect(judge('/ip firewall address-list remove [find list=trusted]\n', home).destructive).toBe(false);
  });

  it('nothing is cleared when the export is not the whole router or runs code it does not show', () => {
    const partial = buildRouterModel('/ip firewall address-list\nadd address=203.0.113.0/24 list=trusted\n');
    expect(judge('/ip firewall address-list remove [find list=trusted]\n', partial).destructive).toBe(true);
    const importing = buildRouterModel(text('home-defconf') + '/system scheduler\nadd interval=1h name=sync on-event="/import file-name=lists.rsc"\n');
    expect(judge('/ip firewall address-list remove [find list=trusted]\n', importing).destructive).toBe(true);
    // A script that names the list is a use of it.
    const scripted = buildRouterModel(text('home-defconf') + '/system script\nadd name=check source=":put [/ip firewall address-list find list=trusted]"\n');
    expect(judge('/ip firewall address-list remove [find list=trusted]\n', scripted).destructive).toBe(true);
  });

  it('a pool no DHCP server or profile uses', () => {
    expect(checkScript('/ip pool remove lan-pool\n', { config: bare }).destructive).toBe(true);
    const spare = buildRouterModel(text('bare-no-firewall') + '/ip pool\nadd name=spare ranges=10.50.0.10-10.50.0.20\n');
    const r = checkScript('/ip pool remove spare\n', { config: spare });
    expect(r.destructive).toBe(false);
    expect(r.findings.map((f) => f.rule)).toEqual(['configuration-unused']);
    // Its change of ranges is not a removal: still flagged.
    expect(checkScript('/ip pool set spare ranges=10.50.0.30-10.50.0.40\n', { config: spare }).destructive).toBe(true);
  });

  it('an interface is unused only when nothing reaches it: no address, bridge, list or rule, MAC access limited, RoMON and IPv6 off', () => {
    expect(judge('/interface disable ether6\n', homeNoIpv6).destructive).toBe(false);
    expect(judge('/interface disable ether6\n', homeNoIpv6).messages[0]).toMatch(/^Harmless on this router: the configuration gives ether6 no address/);
    // IPv6 on: its link-local address reaches the router.
    expect(judge('/interface disable ether6\n', home).destructive).toBe(true);
    // In the bridge, in the WAN list: in use.
    expect(judge('/interface disable ether2\n', homeNoIpv6).destructive).toBe(true);
    expect(judge('/interface disable ether1\n', homeNoIpv6).destructive).toBe(true);
    // MAC WinBox on every interface (the office router leaves /tool mac-server at its default).
    expect(judge('/interface disable ether6\n', buildRouterModel(text('office-vlans-two-wans') + '/ipv6 settings\nset disable-ipv6=yes\n')).destructive).toBe(true);
    // RoMON on.
    expect(judge('/interface disable ether6\n', buildRouterModel(text('home-defconf') + '/ipv6 settings\nset disable-ipv6=yes\n/tool romon\nset enabled=yes\n')).destructive).toBe(true);
    // An interface a script adds an address to, before disabling it, is in use.
    expect(judge('/ip address add address=10.6.6.1/24 interface=ether6\n/interface disable ether6\n', homeNoIpv6).destructive).toBe(true);
  });

  it('a finding about something other than use keeps the command flagged', () => {
    // An unused VLAN interface: vlan-change's finding (not one about use) stands.
    const withVlan = buildRouterModel(text('home-defconf') + '/interface vlan\nadd interface=ether5 name=vlan50 vlan-id=50\n/ipv6 settings\nset disable-ipv6=yes\n');
    const r = judge('/interface vlan remove vlan50\n', withVlan);
    expect(r.destructive).toBe(true);
    expect(r.rules).toContain('vlan-change');
    expect(r.rules).not.toContain('configuration-unused');
  });
});

describe('the policy with the configuration: definite impacts', () => {
  it('says "will" as a configuration-impact finding on the command', () => {
    const r = judge('/interface disable ether1\n', home);
    expect(r.destructive).toBe(true);
    expect(r.rules).toContain('configuration-impact');
    expect(r.messages).toContain("Disabling ether1 will cut the router's internet connection: it is the only enabled member of the WAN list in the configuration");
    // check() reads it too.
    const c = checkScript('/ip address remove [find address="192.168.88.1/24"]\n', { config: home });
    expect(c.findings.find((f) => f.rule === 'configuration-impact')?.message).toBe('Removing 192.168.88.1/24 on bridge will cut management from the LAN: it is the address the router is managed on there');
    expect(c.findings.find((f) => f.rule === 'configuration-impact')?.line).toBe(1);
  });
});
