import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRouterModel, generateScript, type RouterModel } from '../../src/index.js';

const DIR = join(import.meta.dirname, '../fixtures/config');
const model = (name: string): RouterModel => buildRouterModel(readFileSync(join(DIR, `${name}.rsc`), 'utf8'));
const home = model('home-defconf');
const office = model('office-vlans-two-wans');
const bare = model('bare-no-firewall');

function definite(prompt: string, m: RouterModel): string[] {
  const r = generateScript(prompt, { config: m }).response[0];
  return (r.error ?? '').split('\n').filter((l) => l.startsWith('Destructive on this router:'));
}

describe('destructive in context: "will" where the configuration makes it certain', () => {
  it('disabling the only WAN interface', () => {
    expect(definite('disable ether1', home)).toEqual(["Destructive on this router: Disabling ether1 will cut the router's internet connection: it is the only enabled member of the WAN list in the configuration."]);
    // Two WAN members: disabling one is not certain to cut the internet.
    expect(definite('disable ether1-isp-a', office)).toEqual([]);
    expect(definite('disable ether3', home)).toEqual([]);
  });

  it('removing the address the router is managed on', () => {
    expect(definite('remove the address 192.168.88.1/24', home)).toEqual(['Destructive on this router: Removing 192.168.88.1/24 on bridge will cut management from the LAN: it is the address the router is managed on there.']);
    expect(definite('remove the ip address on ether1', home)).toEqual([]);
    expect(definite('remove the address 10.99.0.1/24', office)).toEqual(['Destructive on this router: Removing 10.99.0.1/24 on vlan99-mgmt will cut management from the LAN: it is the address the router is managed on there.']);
  });

  it('a drop of a management service that the LAN reaches', () => {
    const r = generateScript('block winbox', { config: home }).response[0];
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('Destructive on this router: This drop will cut winbox to the router from the LAN (192.168.88.0/24)');
    // From the internet only: the LAN is not touched.
    expect(definite('block winbox from 10.0.0.0/8', home)).toEqual([]);
    expect(definite('allow winbox from 10.0.0.0/8', home)).toEqual([]);
    // The bare router: the LAN is bridge1's subnet.
    expect(definite('block ssh', bare)[0]).toContain('ssh to the router from the LAN (172.16.5.0/24)');
  });
});
