import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRouterModel, generateScript, parseScript, undoScript, type RouterModel } from '../../src/index.js';
import { applyCommand, copyMenus, sameConfiguration, type ModelEntry } from '../../src/model/model.js';

const DIR = join(import.meta.dirname, '../fixtures/config');
const FIXTURES = ['home-defconf', 'office-vlans-two-wans', 'bare-no-firewall'] as const;
const models = Object.fromEntries(FIXTURES.map((n) => [n, buildRouterModel(readFileSync(join(DIR, `${n}.rsc`), 'utf8'))])) as Record<string, RouterModel>;

function apply(menus: Map<string, ModelEntry[]>, script: string): void {
  for (const s of parseScript(script).ast.statements) {
    if (s.kind !== 'command') continue;
    expect(applyCommand(menus, s), script).toBeUndefined();
  }
}

const PROMPTS = [
  'allow winbox from 10.0.0.0/8', 'block ssh', 'only allow winbox from 10.0.0.0/8', 'allow rdp from the internet to 10.10.10.30',
  'add ether6 to the bridge', 'disable ether3', 'enable ether3', 'disable dhcp server defconf', 'disable the dhcp server dhcp-lan',
  'set the lease time of dhcp server guest to 2h', 'add ether6 to the GUEST list', 'remove ether2 from the bridge', 'remove ether1 from the WAN list',
  'add 198.51.100.7 to address list blocklist', 'remove 203.0.113.66 from address list blocklist', 'rename ether3 to office-printer',
  'remove the firewall rule with comment "input: blocklist"', 'disable the firewall rule with comment "defconf: fasttrack"', 'set identity to core-1',
  'create a bridge named br-lab and add ether7 to it', 'add 10.9.9.1/24 to ether7', 'create vlan 30 on br-office',
];

describe('undoScript', () => {
  it('property: applying a script then its undo gives back the configuration', () => {
    let undone = 0;
    const refusals: string[] = [];
    for (const f of FIXTURES) {
      for (const prompt of PROMPTS) {
        const r = generateScript(prompt, { config: models[f]! }).response[0];
        if (r.content === '') continue;
        const undo = undoScript(r.content, models[f]!);
        if (undo.content === '') {
          refusals.push(`${f}: ${prompt}: ${undo.error}`);
          continue;
        }
        const menus = copyMenus(models[f]!);
        apply(menus, r.content);
        expect(sameConfiguration(menus, models[f]!.menus), `${f}: ${prompt} changes something`).toBe(false);
        apply(menus, undo.content);
        expect(sameConfiguration(menus, models[f]!.menus), `${f}: ${prompt}\n${r.content}undo:\n${undo.content}`).toBe(true);
        undone++;
      }
    }
    expect(undone).toBeGreaterThan(25);
    // What cannot be undone from the configuration is said, never guessed.
    for (const r of refusals) expect(r).toMatch(/Cannot write the undo safely: .+|there is nothing to undo/);
  });

  it('removes an added rule by its properties, puts a removed rule back in its place, restores a changed value', () => {
    const home = models['home-defconf']!;
    expect(undoScript('/ip firewall filter add chain=input protocol=tcp dst-port=8291 src-address=10.0.0.0/8 action=accept place-before=[find where comment="defconf: drop all not coming from LAN"]\n', home).content).toBe(
      '/ip firewall filter remove [find where chain=input and protocol=tcp and dst-port=8291 and src-address=10.0.0.0/8 and action=accept]\n',
    );
    const office = models['office-vlans-two-wans']!;
    expect(undoScript('/ip firewall filter remove [find comment="input: blocklist"]\n', office).content).toBe(
      '/ip firewall filter add action=drop chain=input comment="input: blocklist" src-address-list=blocklist place-before=[find where comment="input: icmp"]\n',
    );
    expect(undoScript('/ip dhcp-server set [find name="guest"] lease-time=2h\n', office).content).toBe('/ip dhcp-server set guest lease-time=1h\n');
  });

  it('refuses where the configuration does not show the earlier value', () => {
    const r = undoScript('/ip dns set cache-size=4096\n', models['home-defconf']!);
    expect(r.content).toBe('');
    expect(r.error).toMatch(/does not show the earlier cache-size/);
  });
});
