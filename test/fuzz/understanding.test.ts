/**
 * Understood or refused (src/intents/claims.ts, breadth.ts, nlp/foreign-code.ts): a corpus prompt with a made-up word
 * inserted is refused; SQL, shell, other vendors' CLIs and English with no request never produce a script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { corpus, fuzz, TIMEOUT } from './config.js';

const content = (prompt: string): string => generateScript(prompt).response[0]!.content;

/** A word in no lexicon, never one edit from one ("qx" starts no English word, and words under 10 letters get one edit). */
const madeUp = (): fc.Arbitrary<string> => fc.stringMatching(/^qx[aeiou][bcdfgklmnprstvz][aeiou][bcdfgklmnprstvz]{1,3}$/);

/** Positive corpus prompts without quotes (a made-up word inside quotes is a value, not a word to read). */
const positives = corpus().filter((c) => !c.file.startsWith('negative') && !/["“”']/.test(c.prompt)).map((c) => c.prompt);

const identifier = (): fc.Arbitrary<string> => fc.stringMatching(/^[a-z][a-z0-9_]{1,8}$/);
const port = (): fc.Arbitrary<number> => fc.integer({ min: 1, max: 65535 });
const ipv4 = (): fc.Arbitrary<string> => fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));

/** Lines in languages that are not requests in words. */
export function foreignLine(): fc.Arbitrary<string> {
  return fc.oneof(
    // SQL
    fc.tuple(identifier(), identifier()).map(([t, c]) => `SELECT ${c} FROM ${t} WHERE ${c} = 1;`),
    identifier().map((t) => `DROP TABLE ${t};`),
    fc.tuple(identifier(), identifier()).map(([t, c]) => `UPDATE ${t} SET ${c} = 'x'`),
    identifier().map((t) => `delete from ${t} where id=1`),
    // shell
    identifier().map((f) => `sudo systemctl restart ${f}`),
    identifier().map((f) => `rm -rf /var/${f}`),
    fc.tuple(ipv4(), identifier()).map(([a, i]) => `ip route add ${a}/32 via ${a} dev ${i}`),
    identifier().map((f) => `cat /etc/${f} | grep root`),
    // other firewalls
    port().map((p) => `iptables -A INPUT -p tcp --dport ${p} -j DROP`),
    port().map((p) => `nft add rule inet filter input tcp dport ${p} drop`),
    port().map((p) => `ufw allow ${p}/tcp`),
    port().map((p) => `firewall-cmd --add-port=${p}/tcp --permanent`),
    // Cisco IOS, Junos, PowerShell
    fc.tuple(fc.nat(9), fc.nat(48)).map(([a, b]) => `interface GigabitEthernet${a}/${b}`),
    fc.tuple(fc.integer({ min: 100, max: 199 }), port()).map(([n, p]) => `access-list ${n} deny tcp any any eq ${p}`),
    fc.nat(9).map((n) => `set interfaces ge-0/0/${n} unit 0 family inet address 10.0.${n}.1/24`),
    port().map((p) => `New-NetFirewallRule -DisplayName x -Direction Inbound -LocalPort ${p} -Action Block`),
  );
}

/** English sentences that ask nothing of a router. */
export function chitChat(): fc.Arbitrary<string> {
  const subjects = ['my cat', 'the weather', 'our team', 'this movie', 'my day', 'the meeting', 'your family', 'the pizza'];
  const verbs = ['is', 'seems', 'was', 'looks', 'feels'];
  const ends = ['great today', 'a bit strange', 'really nice', 'too long', 'quite boring', 'very loud'];
  const questions = ['how are you', 'what time is it', 'tell me a joke', 'who won the game', 'how do I share my feelings', 'what is love', 'good morning to you'];
  return fc.oneof(
    fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.constantFrom(...ends)).map(([s, v, e]) => `${s} ${v} ${e}`),
    fc.constantFrom(...questions).map((q) => `${q}?`),
  );
}

describe('understood or refused', () => {
  it('refuses a corpus prompt with a made-up word inserted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...positives), madeUp(), fc.nat(), (prompt, word, at) => {
        const words = prompt.split(' ');
        words.splice(1 + (at % words.length), 0, word);
        const changed = words.join(' ');
        if ([...changed].length > 200) return;
        // Refused, or read as a value the user gave ("add ether2 to the bridge qxomuv" names the bridge).
        const script = content(changed);
        if (script !== '') expect(script, changed).toMatch(new RegExp(`[=\\s]"?${word}\\b`));
      }),
      fuzz(300),
    );
  }, TIMEOUT);

  it('never writes a script for another language\'s commands', () => {
    fc.assert(fc.property(foreignLine(), (line) => void expect(content(line), line).toBe('')), fuzz(200));
  }, TIMEOUT);

  it('never writes a script for English that asks nothing of a router', () => {
    fc.assert(fc.property(chitChat(), (line) => void expect(content(line), line).toBe('')), fuzz(200));
  }, TIMEOUT);
});
