/**
 * Services: exceptions said with "but" or "other than" are kept, and firewall
 * prompts about a service stay the firewall's. Examples: corpus/services.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;

describe('services', () => {
  it('never disables the service it was asked to keep', () => {
    for (const [prompt, kept] of [
      ['disable all services but ssh', 'ssh'],
      ['disable every service other than winbox', 'winbox'],
      ['disable all services apart from ssh', 'ssh'],
      ['disable telnet but keep ssh', 'ssh'],
    ] as const) {
      const r = answer(prompt);
      expect(r.content).toMatch(/^\/ip service disable /);
      expect(r.content.split(/[ ,\n]/)).not.toContain(kept);
    }
  });
  it('leaves "allow/block <service> from <where>" to the firewall', () => {
    for (const prompt of ['allow snmp from 10.0.0.0/24', 'drop syslog from the wan', 'allow syslog from 10.0.0.5', 'block winbox from the internet']) {
      expect(answer(prompt).content).toMatch(/^\/ip firewall filter add /);
    }
  });
  it('reads "weak ciphers" as the SSH cipher setting, not the ssh service', () => {
    expect(answer('disable weak ssh ciphers').content).toBe('/ip ssh set strong-crypto=yes\n');
  });
  it('leaves a filter verb on a service the router runs to the firewall ("stop" is block there, not disable)', () => {
    expect(answer('tarpit mndp from the lan').content).toBe('/ip firewall filter add chain=input protocol=udp dst-port=5678 in-interface-list=LAN action=tarpit\n');
    expect(answer('stop ping on wlan1').content).toBe('/ip firewall filter add chain=input protocol=icmp icmp-options=8:0 in-interface=wlan1 action=drop\n');
    expect(answer('stop port 16656 from users').content).toMatch(/^\/ip firewall filter add chain=input protocol=tcp dst-port=16656 in-interface-list=LAN action=drop\n/);
    expect(answer('stop btest').content).not.toContain('/tool bandwidth-server');
    expect(answer('stop the bandwidth test server').content).toBe('/tool bandwidth-server set enabled=no\n');
  });
});
