/**
 * Queues: bit rates against the firewall's packet rates and "restrict", and
 * PCQ per-user caps. Prompt → script examples live in corpus/queues.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;

describe('queues routing between families', () => {
  it('never turns a speed limit into a firewall drop', () => {
    for (const prompt of ['restrict 192.168.1.0/24 to 30 mbps download and 10 mbps upload', 'stop limiting 192.168.88.50', 'unthrottle 192.168.88.60']) {
      const r = answer(prompt);
      expect(r.content).toMatch(/^\/queue simple /);
      expect(r.content).not.toContain('action=drop');
    }
  });
  it('leaves packet-rate limits to the firewall', () => {
    expect(answer('limit ssh connections to 3 per minute').content).toMatch(/^\/ip firewall filter add /);
  });
  it('caps each user with PCQ types whose classifier follows the direction', () => {
    const r = answer('share 100M equally among the LAN, at most 10M each');
    expect(r.content).toContain('/queue type add name=pcq-upload-10M kind=pcq pcq-rate=10M pcq-classifier=src-address');
    expect(r.content).toContain('/queue type add name=pcq-download-10M kind=pcq pcq-rate=10M pcq-classifier=dst-address');
    expect(r.content).toContain('queue=pcq-upload-10M/pcq-download-10M');
  });
  it('keeps "a fair share of 100M" a total, not a cap', () => {
    expect(answer('give each user on the LAN a fair share of 100M').content).toContain('max-limit=100M/100M queue=pcq-upload-default/pcq-download-default');
  });
});
