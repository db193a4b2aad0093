/**
 * Operations, notifications and links (issue 15): print of any menu the schema knows, the live tools, e-mail, links
 * and network services. Examples: corpus/diagnostics.jsonl, notify.jsonl, links.jsonl, netservices.jsonl and their
 * negative files.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { analyze } from '../../src/nlp/analyze.js';
import { menuNamed, singular } from '../../src/intents/diagnostics/menus.js';
import { SCHEMA } from '../../grammar/routeros/index.js';
import { needsReading } from '../../src/intents/claims.js';

const answer = (prompt: string, options?: Record<string, unknown>) => generateScript(prompt, options).response[0]!;

describe('print of any menu', () => {
  it('names each printable menu by the words of its own path, or says which menus the words could mean', () => {
    const unnamed: string[] = [];
    for (const [key, menu] of SCHEMA.menus) {
      if (!('print' in menu.commands)) continue;
      const reading = menuNamed(analyze(menu.path.join(' ')).terms);
      if (reading.kind === 'menu' ? `/${reading.path.join('/')}` !== key : reading.kind !== 'ambiguous' || !reading.paths.includes(key)) unnamed.push(key);
    }
    // 131 of 134 on 2026-12-07; the three others on purpose: "wireless" is read as wifi (legacy wireless is asked for by
    // name), "routing table" is the routes, and security-profiles has no words of its own.
    expect(unnamed.length).toBeLessThan(8);
  });
  it('prefers the menu with the fewest unsaid path words, and IPv4 over IPv6', () => {
    const named = (prompt: string): string => {
      const r = menuNamed(analyze(prompt).terms.filter(needsReading));
      return r.kind === 'menu' ? r.path.join(' ') : r.kind;
    };
    expect(named('addresses')).toBe('ip address');
    expect(named('address lists')).toBe('ip firewall address-list');
    expect(named('ipv6 addresses')).toBe('ipv6 address');
    expect(named('interface lists')).toBe('interface list');
    expect(named('the routing table')).toBe('ip route');
  });
  it('singularises menu words', () => {
    expect(['addresses', 'policies', 'peers', 'leases', 'address'].map(singular)).toEqual(['address', 'policy', 'peer', 'lease', 'address']);
  });
  it('prints, and a print is never destructive', () => {
    for (const prompt of ['list the interfaces', 'show the ipsec policies', 'show bridge vlans']) {
      const r = answer(prompt);
      expect(r.content).toMatch(/ print\n$/);
      expect(r.destructive).toBe(false);
    }
  });
});

describe('live tools end by themselves', () => {
  it('writes a duration (or once) whenever none is said', () => {
    expect(answer('torch ether1').content).toContain('duration=10s');
    expect(answer('monitor traffic on ether1').content).toContain(' once');
    expect(answer('sniff packets on ether1').content).toContain('duration=10s');
    expect(answer('btest 10.0.0.2').content).toContain('duration=10s');
  });
  it('a capture to a file stops after its duration', () => {
    const lines = answer('capture packets on ether1 to a file named cap1 for 2 minutes').content.trim().split('\n');
    expect(lines).toEqual(['/tool sniffer set file-name="cap1.pcap" filter-interface=ether1', '/tool sniffer start', ':delay 2m', '/tool sniffer stop']);
  });
});

describe('secrets stay out of notes', () => {
  const cases = [
    ['set up email with server smtp.example.com port 587 user a@example.com password "Zq9-secret-Zq9"', 'Zq9-secret-Zq9'],
    ['email a backup to ops@example.com encrypted with password "Bk-7x-secret"', 'Bk-7x-secret'],
    ['add a radius server 10.0.0.5 with secret "Rd-5y-secret" for ppp', 'Rd-5y-secret'],
    ['bandwidth test to 10.0.0.2 with user admin password Bt-secret-1', 'Bt-secret-1'],
  ] as const;
  for (const [prompt, secret] of cases) {
    it(`writes "${secret}" into the script only`, () => {
      const r = answer(prompt);
      expect(r.content).toContain(secret);
      expect(r.error ?? '').not.toContain(secret);
    });
  }
  it('a refused request with a secret does not echo it', () => {
    const r = answer('add radius 10.0.0.9:1812 for ppp with secret Rf-secret-2');
    expect(r.content).toBe('');
    expect(r.error).not.toContain('Rf-secret-2');
  });
});

describe('e-mail addresses', () => {
  it('are one token, kept whole', () => {
    const { terms } = analyze('send an email to first.last+alerts@mail.example.co.uk');
    expect(terms.some((t) => t.technical?.kind === 'email' && t.technical.text === 'first.last+alerts@mail.example.co.uk')).toBe(true);
  });
  it('a scheduled backup e-mail is one scheduler entry that saves, waits and sends', () => {
    const r = answer('email a backup to ops@example.com every day at 3am');
    expect(r.content).toMatch(/^\/system scheduler add name="backup-save-1d" start-time=03:00:00 interval=1d on-event="\/system backup save name=\\"email-backup\\"\\n:delay 5s\\n\/tool e-mail send /);
    expect(r.destructive).toBe(false);
  });
});

describe('links', () => {
  it('never guesses a bonding mode or a VRRP id', () => {
    expect(answer('bond ether2 and ether3').error).toContain('bonding mode');
    expect(answer('add vrrp on ether2 with address 10.0.0.1').error).toContain('VRRP id');
  });
  it('labels slaves, MAC and ARP changes destructive, a loopback and VRRP not', () => {
    expect(answer('bond ether2 and ether3 with lacp').destructive).toBe(true);
    expect(answer('change the mac address of ether1 to 02:11:22:33:44:55').destructive).toBe(true);
    expect(answer('enable proxy arp on ether2').destructive).toBe(true);
    expect(answer('add a loopback interface with 10.255.255.1/32').destructive).toBe(false);
    expect(answer('set up vrrp on ether2 with vrid 3 and address 10.0.0.1').destructive).toBe(false);
  });
  it('"it" after prefix delegation is the pool', () => {
    const r = answer('request an ipv6 prefix on ether1 and give bridge2 an address from it');
    expect(r.content).toContain('/ipv6 address add interface=bridge2 from-pool=isp-pd advertise=yes');
  });
});
