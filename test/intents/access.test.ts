/**
 * Time-limited access (kid control per weekday, firewall time=) and the hotspot setup: the week arithmetic and the
 * refusals that keep them from cutting access. Prompt → script examples live in corpus/access.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;
const days = (script: string): Record<string, string> =>
  Object.fromEntries([...script.split('\n')[0]!.matchAll(/\b(mon|tue|wed|thu|fri|sat|sun)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));

describe('kid control on named days', () => {
  it('counts a night on the day it starts: Sunday night ends on Monday morning', () => {
    const d = days(answer('block the internet for aa:bb:cc:dd:ee:ff from 21:00 to 7:00 on sunday with kid control').content);
    expect(d).toEqual({ mon: '7h-1d', tue: '0s-1d', wed: '0s-1d', thu: '0s-1d', fri: '0s-1d', sat: '0s-1d', sun: '0s-21h' });
  });
  it('blocks every hour the prompt blocks and no other, over the whole week', () => {
    for (const [from, to, on] of [[22, 6, 'weekdays'], [23, 7, 'weekend'], [20, 8, 'friday and saturday']] as const) {
      const script = answer(`block the internet for aa:bb:cc:dd:ee:ff from ${from}:00 to ${to}:00 on ${on} with kid control`).content;
      const d = days(script);
      const named = on === 'weekdays' ? ['mon', 'tue', 'wed', 'thu', 'fri'] : on === 'weekend' ? ['sat', 'sun'] : ['fri', 'sat'];
      const week = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
      const hours = (s: string): number => (s === '1d' ? 24 : s === '0s' ? 0 : Number(/^(\d+)h$/.exec(s)![1]));
      for (let h = 0; h < 7 * 24; h++) {
        const day = week[Math.floor(h / 24)]!;
        const [a, b] = d[day]!.split('-').map(hours) as [number, number];
        const allowed = h % 24 >= a && h % 24 < b;
        const startDay = h % 24 >= from ? day : week[(Math.floor(h / 24) + 6) % 7]!;
        const blocked = (h % 24 >= from || h % 24 < to) && named.includes(startDay);
        expect(allowed, `${day} ${h % 24}h`).toBe(!blocked);
      }
    }
  });
  it('refuses allowed hours on some days, which leave the other days unsaid', () => {
    expect(answer('kid control for aa:bb:cc:dd:ee:ff allowed from 8:00 to 21:00 on weekdays').error).toContain('unsaid');
  });
});

describe('a host\'s internet blocked at some hours (firewall time=)', () => {
  it('splits a span past midnight into the evening on the days named and the morning on the days after', () => {
    const lines = answer('block internet for 192.168.88.50 from 22:00 to 06:00 on friday and sunday').content.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('time=22h-23h59m59s,fri,sun ');
    expect(lines[1]).toContain('time=0s-6h,mon,sat ');
    for (const l of lines) expect(l).toMatch(/^\/ip firewall filter add chain=forward src-address=192\.168\.88\.50 out-interface-list=WAN time=\S+ action=drop /);
  });
  it('writes one rule for a span within a day, every day when no day is named', () => {
    const r = answer('block internet access for aa:bb:cc:dd:ee:ff between 9am and 5pm');
    expect(r.content).toContain('src-mac-address=AA:BB:CC:DD:EE:FF out-interface-list=WAN time=9h-17h,mon,tue,wed,thu,fri,sat,sun action=drop');
    expect(r.destructive).toBe(true);
  });
  it('refuses a site at some hours and a block of everyone', () => {
    expect(answer('block youtube.com for 192.168.88.50 from 9am to 5pm').content).toBe('');
    expect(answer('block internet from 22:00 to 06:00').content).toBe('');
  });
});

describe('hotspot setup', () => {
  it('never guesses the interface, and keeps off the WAN and the LAN bridge', () => {
    expect(answer('set up a hotspot').error).toContain('which interface');
    expect(answer('set up a hotspot on ether1').error).toContain('WAN');
    expect(answer('set up a hotspot on bridge').content).toBe('');
  });
  it('takes the port out of the bridge, and is labeled destructive', () => {
    const r = answer('set up a hotspot on ether5');
    expect(r.content.split('\n')[0]).toBe('/interface bridge port remove [find interface=ether5]');
    expect(r.content).toContain('/ip hotspot add name=hotspot1 interface=ether5 address-pool=hs-pool-1 profile=hsprof1 disabled=no');
    expect(r.destructive).toBe(true);
    expect(r.error).toContain('10.5.50.0/24');
  });
  it('leaves a RADIUS server "for the hotspot" to its own rule', () => {
    expect(answer('add radius server 10.0.0.9 for the hotspot with secret "hs-Secret1"').content).toContain('/radius add');
  });
});
