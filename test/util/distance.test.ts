import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance, WordIndex } from '../../src/util/distance.js';
import { getLexicon } from '../../src/nlp/lexicon.js';

const letters = fc.string({ unit: fc.constantFrom(...'abcdeiorst-'), minLength: 0, maxLength: 9 });

describe('WordIndex', () => {
  it('finds what a scan of every word finds, ties included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(letters, { maxLength: 40 }), letters, fc.integer({ min: 0, max: 2 }), (words, word, k) => {
        expect(new WordIndex(words).closest(word, k)).toBe(closest(word, words, k));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('reads typos of the lexicon the same way a scan does (one edit, two for long words)', () => {
    const words = [...getLexicon().entries.keys()].filter((k) => !k.includes(' ') && k.length >= 4);
    const index = new WordIndex(words);
    const typos = ['firewal', 'masqurade', 'bandwith', 'interfcae', 'gatway', 'schedular', 'disalbe', 'wirelss', 'addresss', 'identiy', 'ntpserver', 'prefixlength'];
    for (const typo of typos) {
      const k = typo.length >= 10 ? 2 : 1;
      expect(index.closest(typo, k)).toBe(closest(typo, words, k));
    }
    expect(index.closest('firewal', 1)).toBe('firewall');
    expect(editDistance('gatway', 'gateway')).toBe(1);
  });
});
