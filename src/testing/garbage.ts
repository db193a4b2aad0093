/**
 * Prompts that must never produce a script: lines in other languages (SQL, shell, other firewalls' CLIs, Cisco IOS,
 * Junos, PowerShell), English that asks nothing of a router, and requests whose object is a made-up word. For
 * properties of the shape "garbage in, refusal out" (test/fuzz/understanding.test.ts, scripts/refusal-rate.mjs).
 */
import fc from 'fast-check';

/** A word in no lexicon, never one edit from one ("qx" starts no English word, and words under 10 letters get one edit). */
export function madeUpWord(): fc.Arbitrary<string> {
  return fc.stringMatching(/^qx[aeiou][bcdfgklmnprstvz][aeiou][bcdfgklmnprstvz]{1,3}$/);
}

const identifier = (): fc.Arbitrary<string> => fc.stringMatching(/^[a-z][a-z0-9_]{1,8}$/);
const port = (): fc.Arbitrary<number> => fc.integer({ min: 1, max: 65535 });
const ipv4 = (): fc.Arbitrary<string> => fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));

/** Lines in languages that are not requests in words. */
export function foreignCommand(): fc.Arbitrary<string> {
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

/** A request whose object is a made-up word ("block qxavib from the internet"): nothing may be written for it. */
export function unknownObjectPrompt(): fc.Arbitrary<string> {
  const verbs = ['block', 'drop', 'allow', 'deny', 'forward', 'limit', 'disable', 'remove', 'stop', 'open'];
  const sides = ['from the internet', 'on the lan', 'from the wan', 'to the router', 'on ether2', 'for everyone', ''];
  return fc.tuple(fc.constantFrom(...verbs), fc.constantFrom('', 'the ', 'all '), madeUpWord(), fc.constantFrom(...sides)).map(([v, d, w, s]) => `${v} ${d}${w} ${s}`.trim());
}
