/**
 * Time zones: the full IANA set RouterOS accepts, aliases and newer spellings
 * included (Europe/Kyiv and Europe/Kiev), not just the names Node's Intl lists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { IANA_NAMES_BEYOND_INTL, ianaTimeZone } from '../../src/nlp/timezones.js';
import { absent, DEEP_INSPECT_FILE, HAVE_DEEP_INSPECT } from '../helpers/routeros-data.js';

const script = (zone: string) => generateScript(`set the time zone to ${zone}`).response[0];

describe('time zone names', () => {
  it('accepts the current IANA spellings Intl leaves out, whatever their case, as the database spells them', () => {
    for (const zone of ['Europe/Kyiv', 'Asia/Kolkata', 'America/Nuuk', 'Etc/UTC', 'America/Argentina/Buenos_Aires', 'Pacific/Kanton', 'US/Eastern']) {
      expect(script(zone).content).toBe(`/system clock set time-zone-autodetect=no time-zone-name=${zone}\n`);
    }
    expect(script('europe/kyiv').content).toContain('time-zone-name=Europe/Kyiv');
    // The older spellings Intl does list still work.
    expect(script('Europe/Kiev').content).toContain('time-zone-name=Europe/Kiev');
  });

  it('still refuses a name that is no time zone', () => {
    for (const zone of ['Europe/Atlantis', 'America/Argentina/Nowhere', 'Etc/GMT+15']) {
      const item = script(zone);
      expect(item.content, zone).toBe('');
      expect(item.error, zone).toMatch(/time zone/i);
    }
    expect(ianaTimeZone('Factory')).toBeUndefined();
  });

  it('lists only names the ICU time zone data knows (no typos in our list)', () => {
    for (const zone of IANA_NAMES_BEYOND_INTL) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
    expect(new Set(IANA_NAMES_BEYOND_INTL).size).toBe(IANA_NAMES_BEYOND_INTL.length);
  });
});

if (!HAVE_DEEP_INSPECT) console.warn(`time-zone-name crosscheck skipped: ${absent(DEEP_INSPECT_FILE, 'ROUTEROS_DEEP_INSPECT_JSON')}`);

describe.skipIf(!HAVE_DEEP_INSPECT)("RouterOS 7.22's own time-zone-name list", () => {
  it('is accepted whole: each area name from a prompt, each name by the lookup', () => {
    const tree = JSON.parse(readFileSync(DEEP_INSPECT_FILE, 'utf8')) as { system: { clock: { set: { 'time-zone-name': { _completion: Record<string, unknown> } } } } };
    // "manual" is RouterOS's setting for a fixed offset, not a zone name.
    const names = Object.keys(tree.system.clock.set['time-zone-name']._completion).filter((n) => n !== 'manual');
    expect(names.length).toBeGreaterThan(500);
    const refused: string[] = [];
    for (const name of names) {
      if (ianaTimeZone(name) !== name) refused.push(name);
      // Names without an area (CET, Japan, GB-Eire) are words a prompt uses otherwise; the prompt reads Area/Name forms.
      else if (name.includes('/') && !script(name).content.includes(`time-zone-name=${name}\n`)) refused.push(`${name} (prompt)`);
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
