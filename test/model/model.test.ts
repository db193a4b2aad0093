import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRouterModel, RouterModel } from '../../src/index.js';
import { sameConfiguration } from '../../src/model/model.js';

const DIR = join(import.meta.dirname, '../fixtures/config');
const fixture = (name: string): string => readFileSync(join(DIR, `${name}.rsc`), 'utf8');

/** The same configuration written as `/export terse` writes it: every command on one line with its whole menu path. */
function terse(text: string): string {
  let menu = '';
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) {
      menu = line;
      continue;
    }
    out.push(line === '' || line.startsWith('#') ? line : `${menu} ${line}`);
  }
  return out.join('\n');
}

describe('buildRouterModel', () => {
  it('reads the home defconf: interfaces, bridge and ports, lists, DHCP, addresses, rules in order', () => {
    const m = buildRouterModel(fixture('home-defconf'));
    expect(m).toBeInstanceOf(RouterModel);
    expect(m.notes).toEqual([]);
    expect(m.bridges()).toEqual(['bridge']);
    expect(m.bridgePorts().get('bridge')).toEqual(['ether2', 'ether3', 'ether4', 'ether5', 'wifi1', 'wifi2']);
    expect(m.interfaceLists()).toEqual(['WAN', 'LAN']);
    expect(m.listMembers().get('WAN')).toEqual(['ether1']);
    expect(m.dhcpServers()).toEqual(['defconf']);
    expect(m.pools()).toEqual(['default-dhcp']);
    expect(m.addresses()).toEqual([{ address: '192.168.88.1/24', interface: 'bridge', disabled: false }]);
    expect(m.addressLists()).toEqual(['trusted']);
    expect(m.lanBridge()).toBe('bridge');
    expect([...m.interfaces().keys()].sort()).toEqual(['bridge', 'ether1', 'ether2', 'ether3', 'ether4', 'ether5', 'wifi1', 'wifi2']);
    const filter = m.rules('filter');
    expect(filter).toHaveLength(11);
    expect(filter[4]!.props).toEqual({ action: 'drop', chain: 'input', comment: 'defconf: drop all not coming from LAN', 'in-interface-list': '!LAN' });
    expect(m.settings('ip dns')).toEqual({ 'allow-remote-requests': 'yes' });
    expect(m.entries('interface wifi')[0]!.props).toEqual({ 'default-name': 'wifi1', name: 'wifi1', 'configuration.mode': 'ap', 'configuration.ssid': 'HomeNet', disabled: 'no' });
    expect(m.users()).toBeUndefined();
  });

  it('reads the office: renamed ports, VLANs, two WANs, routing tables, built-in services it changed', () => {
    const m = buildRouterModel(fixture('office-vlans-two-wans'));
    expect(m.notes).toEqual([]);
    expect(m.interfaces().get('ether1-isp-a')).toBe('ethernet');
    expect(m.interfaces().has('ether1')).toBe(false);
    expect(m.interfaces().get('pppoe-isp-b')).toBe('pppoe-client');
    expect(m.interfaces().get('vlan20-guest')).toBe('vlan');
    expect(m.interfaceLists()).toEqual(['WAN', 'LAN', 'GUEST', 'MGMT']);
    expect(m.listMembers().get('WAN')).toEqual(['ether1-isp-a', 'pppoe-isp-b']);
    expect(m.dhcpServers()).toEqual(['staff', 'guest']);
    expect(m.routingTables()).toEqual(['main', 'via-isp-b']);
    expect(m.entries('ip route')).toHaveLength(2);
    expect(m.addressLists()).toEqual(['admins', 'blocklist']);
    expect(m.rules('filter').map((r) => r.props.comment)).toEqual([
      'input: established', 'input: invalid', 'input: blocklist', 'input: icmp', 'input: admin access', 'input: dns from lan', 'input: dns from guests', 'input: drop everything else',
      'forward: fasttrack', 'forward: established', 'forward: invalid', 'forward: staff out', 'forward: guests out', 'forward: port forwards', 'forward: drop everything else',
    ]);
    expect(m.entries('ip service').map((e) => `${e.props.name}:${e.props.disabled}`)).toEqual(['telnet:yes', 'ftp:yes', 'www:yes', 'api:yes', 'api-ssl:yes']);
    expect(m.lanBridge()).toBe('br-office');
  });

  it('reads a router with no default firewall', () => {
    const m = buildRouterModel(fixture('bare-no-firewall'));
    expect(m.notes).toEqual([]);
    expect(m.interfaceLists()).toEqual([]);
    expect(m.interfaces().get('wg-home')).toBe('wireguard');
    expect(m.rules('filter')).toHaveLength(1);
    expect(m.lanBridge()).toBe('bridge1');
  });

  it('gives the same model for the compact, terse, slash and wrapped forms of an export', () => {
    for (const name of ['home-defconf', 'office-vlans-two-wans', 'bare-no-firewall']) {
      const compact = buildRouterModel(fixture(name));
      const t = terse(fixture(name));
      const slash = t.replace(/^\/([a-z -]+?) (add|set|remove) /gm, (_m, path: string, verb: string) => `/${path.split(' ').join('/')}/${verb} `);
      // Long lines wrapped as RouterOS wraps them: a backslash at the end, the rest indented on the next line.
      const wrapped = fixture(name).replace(/ (comment=)/g, ' \\\n    $1');
      for (const other of [t, slash, wrapped]) {
        const m = buildRouterModel(other);
        expect(m.notes).toEqual([]);
        expect(sameConfiguration(m.menus, compact.menus)).toBe(true);
      }
    }
  });

  it('a verbose export (defaults written out) and show-sensitive keys are read like any property', () => {
    const verbose = `/interface ethernet\nset [ find default-name=ether1 ] advertise=10M-baseT-half,10M-baseT-full auto-negotiation=yes disabled=no mtu=1500 name=ether1\nset [ find default-name=ether2 ] disabled=no mtu=1500 name=ether2\n/interface wireguard\nadd listen-port=13231 mtu=1420 name=wg0 private-key="cHJpdmF0ZS1rZXktZm9yLWEtdGVzdC1vbmx5LTAwMDA="\n`;
    const m = buildRouterModel(verbose);
    expect(m.notes).toEqual([]);
    expect([...m.interfaces().keys()]).toEqual(['ether1', 'ether2', 'wg0']);
    expect(m.entries('interface wireguard')[0]!.props['private-key']).toBe('cHJpdmF0ZS1rZXktZm9yLWEtdGVzdC1vbmx5LTAwMDA=');
  });

  it('never throws on bad text, and says what it did not read', () => {
    const m = buildRouterModel('/ip address\nadd address=10.0.0.1/24 interface=ether1\n:global x 1\n/ip firewall filter\nadd chain=input action=drop [\n');
    expect(m.addresses()).toEqual([{ address: '10.0.0.1/24', interface: 'ether1', disabled: false }]);
    expect(m.notes.length).toBeGreaterThan(0);
    expect(buildRouterModel('').menus.size).toBe(0);
  });
});
