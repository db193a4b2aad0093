import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/index.js';

const DIR = join(import.meta.dirname, '../fixtures/config');
const home = readFileSync(join(DIR, 'home-defconf.rsc'), 'utf8');
/** The default configuration with the internet on sfp1 instead of ether1. */
const sfpWan = home.replace(/interface=ether1 list=WAN/, 'interface=sfp1 list=WAN').replace(/\/ip dhcp-client\nadd comment=defconf interface=ether1/, '/ip dhcp-client\nadd comment=defconf interface=sfp1');

function answer(prompt: string, options: Parameters<typeof generateScript>[1] = {}) {
  return generateScript(prompt, options).response[0];
}

describe('the router\'s sides from the options and the configuration (eval-2 class 2, 4)', () => {
  it('the wan option\'s interface put in the LAN list is destructive, with the reason', () => {
    const r = answer('add ether5 to the lan list', { wan: 'ether5' });
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('Adding ether5 to the LAN list puts the internet side in the list the firewall trusts');
    expect(answer('add ether2 to the lan list', { wan: 'ether5' }).destructive).toBe(false);
  });
  it('with the configuration, the WAN list\'s members', () => {
    const r = answer('add sfp1 to the lan list', { config: sfpWan });
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('sfp1 is a member of the WAN list in the router\'s configuration');
  });
  it('a DHCP server on the internet side', () => {
    const r = answer('set up a dhcp server on ether5 for 10.5.0.0/24', { wan: 'ether5' });
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('A DHCP server on ether5 answers on the internet side');
  });
  it('an address inside a subnet another interface has (the lanSubnet option, or the configuration)', () => {
    const own = answer('add address 10.1.1.7/24 to ether3', { lanSubnet: '10.1.1.0/24' });
    expect(own.destructive).toBe(true);
    expect(own.error).toContain('lies in 10.1.1.0/24, which the lanSubnet option puts on bridge');
    expect(answer('add address 10.1.2.7/24 to ether3', { lanSubnet: '10.1.1.0/24' }).destructive).toBe(false);
    const office = readFileSync(join(DIR, 'office-vlans-two-wans.rsc'), 'utf8');
    const taken = /add address=(\d+\.\d+\.\d+)\.\d+\/24 interface=(\S+)/.exec(office)!;
    const r = answer(`add address ${taken[1]}.99/24 to ether8`, { config: office });
    expect(r.destructive).toBe(true);
    expect(r.error).toContain(`which the router's configuration has on ${taken[2]}`);
  });
  it('a port forward to the router\'s own address says the input chain decides, not the forward chain', () => {
    const r = answer('forward port 22 to 10.1.1.1', { lanSubnet: '10.1.1.0/24' });
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('through the input chain (not the forward chain)');
    expect(r.error).not.toContain('If your forward chain drops');
    const d = answer('forward port 8291 to 192.168.88.1', { config: home });
    expect(d.destructive).toBe(true);
    expect(d.error).toContain("192.168.88.1 is the router's own address on bridge in its configuration");
  });
});

describe('"set the default gateway" replaces it (eval-2 class 9)', () => {
  it('without a configuration: the main table\'s static default route gets the gateway', () => {
    expect(answer('set the default gateway to 192.168.1.254').content.trim()).toBe('/ip route set [find dst-address=0.0.0.0/0 routing-table=main dynamic=no] gateway=192.168.1.254');
    expect(answer('add a default route via 192.168.1.254').content.trim()).toBe('/ip route add dst-address=0.0.0.0/0 gateway=192.168.1.254');
  });
  it('with a configuration whose default route comes from DHCP: refused, naming the client', () => {
    const r = answer('set the default gateway to 192.168.1.254', { config: home });
    expect(r.content).toBe('');
    expect(r.error).toContain('no static default route to change (its default route comes from the client on ether1');
  });
  it('with two static default routes (failover): refused, listing them', () => {
    const two = `${home}\n/ip route\nadd dst-address=0.0.0.0/0 gateway=10.0.0.1 distance=1\nadd dst-address=0.0.0.0/0 gateway=10.0.1.1 distance=2\n`;
    const r = answer('change the default gateway to 10.0.0.9', { config: two });
    expect(r.content).toBe('');
    expect(r.error).toContain('2 static default routes (via 10.0.0.1 distance 1, via 10.0.1.1 distance 2');
  });
});
