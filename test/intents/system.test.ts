/**
 * Administration families: behaviour the corpus cannot state (a note that
 * must not appear, which family a prompt goes to). Prompt → script examples
 * live in corpus/system.jsonl and the other administration corpus files.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;

describe('values kept as typed', () => {
  it('does not claim to have corrected a name it kept', () => {
    for (const [prompt, name] of [
      ['set the identity to Routr', 'name="Routr"'],
      ['set ssid of wifi1 to brdige', 'configuration.ssid="brdige"'],
      ['every day at 4am set the ssid of wifi1 to brdige', 'configuration.ssid=\\"brdige\\"'],
    ] as const) {
      const r = answer(prompt);
      expect(r.content).toContain(name);
      expect(r.error ?? '').not.toContain('Read "');
    }
  });
  it('still corrects a misspelt word of ours', () => {
    const r = answer('rebot the router');
    expect(r.content).toBe('/system reboot\n');
  });
});

describe('system routing between families', () => {
  it('never reboots or shuts down the router for a request about one interface or service', () => {
    for (const prompt of ['shut down ether2', 'restart ether1', 'reboot ether1', 'restart the dhcp client on ether1', 'restart the dhcp server']) {
      expect(answer(prompt).content).not.toMatch(/^\/system (?:reboot|shutdown)/m);
    }
  });
  it('gives NTP for DHCP clients to the DHCP family, not the router\'s NTP client', () => {
    for (const prompt of ['set the ntp server on the dhcp server to 192.168.88.1', 'hand out 192.168.88.1 as the ntp server over dhcp']) {
      expect(answer(prompt).content).not.toContain('/system ntp client');
    }
    expect(answer('redirect ntp requests to the router').content).toMatch(/^\/ip firewall nat add /);
  });
  it('answers "show ..." with a print, never a change', () => {
    expect(answer('show the ntp status').content).toBe('/system ntp client print\n');
    expect(answer('show ssh ciphers').content).toBe('');
  });
});
