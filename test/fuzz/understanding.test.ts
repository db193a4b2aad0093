/**
 * Understood or refused (src/intents/claims.ts, breadth.ts, nlp/foreign-code.ts): a corpus prompt with a made-up word
 * inserted is refused; SQL, shell, other vendors' CLIs and English with no request never produce a script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { chitChat, foreignCommand, madeUpWord, unknownObjectPrompt } from '../../src/testing/index.js';
import { corpus, fuzz, TIMEOUT } from './config.js';

const content = (prompt: string): string => generateScript(prompt).response[0]!.content;

/** Positive corpus prompts without quotes (a made-up word inside quotes is a value, not a word to read). */
const positives = corpus().filter((c) => !c.file.startsWith('negative') && !/["“”']/.test(c.prompt)).map((c) => c.prompt);

describe('understood or refused', () => {
  it('refuses a corpus prompt with a made-up word inserted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...positives), madeUpWord(), fc.nat(), (prompt, word, at) => {
        const words = prompt.split(' ');
        words.splice(1 + (at % words.length), 0, word);
        const changed = words.join(' ');
        if ([...changed].length > 200) return;
        // Refused, or read as a value the user gave ("add ether2 to the bridge qxomuv" names the bridge; inside a
        // scheduled command's string the value's quotes are escaped: on-event="... name=\"qxomuv\"").
        const script = content(changed);
        if (script !== '') expect(script, changed).toMatch(new RegExp(`[=\\s]\\\\?"?${word}\\b`));
      }),
      fuzz(300),
    );
  }, TIMEOUT);

  it('never writes a script for another language\'s commands', () => {
    fc.assert(fc.property(foreignCommand(), (line) => void expect(content(line), line).toBe('')), fuzz(200));
  }, TIMEOUT);

  it('never writes a script for a request whose object is a made-up word', () => {
    fc.assert(fc.property(unknownObjectPrompt(), (line) => void expect(content(line), line).toBe('')), fuzz(200));
  }, TIMEOUT);

  it('never writes a script for English that asks nothing of a router', () => {
    fc.assert(fc.property(chitChat(), (line) => void expect(content(line), line).toBe('')), fuzz(200));
  }, TIMEOUT);
});
