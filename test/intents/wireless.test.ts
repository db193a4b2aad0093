/**
 * Wi-Fi family: which family a Wi-Fi-flavoured prompt goes to, and "it" after
 * a radio. Prompt → script examples live in corpus/wireless.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;

describe('wireless routing between families', () => {
  it('leaves bridge and DHCP requests that mention Wi-Fi to their families', () => {
    for (const prompt of ['add the wireless interface to the bridge', 'add a dhcp server for the guest wifi', 'add wifi1 to the bridge']) {
      expect(answer(prompt).content).not.toMatch(/^\/interface (?:wifi|wireless) /m);
    }
  });
  it('sets security when "enable" names it, rather than only switching the radio on', () => {
    expect(answer('enable WPA2 on wifi2 with key "wpa2-key-12345"').content).toBe(
      '/interface wifi set wifi2 security.authentication-types=wpa2-psk security.passphrase="wpa2-key-12345"\n',
    );
  });
  it('refuses a clause that names a radio and something else', () => {
    expect(answer('disable wifi1 and user bob').content).toBe('');
    expect(answer('disable ether2 and wifi1').content).toBe('');
  });
  it('reads "it" as the radio of the previous clause', () => {
    expect(answer('set the ssid on wifi1 to Guest and hide it').content).toContain('/interface wifi set wifi1 configuration.hide-ssid=yes');
  });
});
