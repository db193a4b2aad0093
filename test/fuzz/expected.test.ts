/**
 * Prompts built from our own grammar (verb × object × slot values from
 * grammar/english/ and real values) must produce exactly the commands their
 * slots call for, with the expected destructive flag. The expected commands
 * come from src/testing/prompts.ts, which works them out from the slots and
 * the README's stated rules, never from the generator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { canonicalCommands, expectedPrompt, type ExpectedPrompt } from '../../src/testing/index.js';
import { fuzz, TIMEOUT } from './config.js';
import { knownPromptBug } from './known-bugs.js';

function check(p: ExpectedPrompt): void {
  const item = generateScript(p.prompt, p.options).response[0]!;
  const report = `prompt: ${JSON.stringify(p.prompt)} options: ${JSON.stringify(p.options)}\nerror: ${item.error}`;
  expect(item.content, `refused\n${report}`).not.toBe('');
  expect(canonicalCommands(item.content), report).toEqual(canonicalCommands(p.expected));
  expect(item.destructive, report).toBe(p.destructive);
}

describe('prompts with a known answer', () => {
  it('produce exactly the expected commands (firewall filter and NAT, every verb, service, side and option)', () => {
    fc.assert(
      fc.property(expectedPrompt(), (p) => {
        // Inputs that run into a reported bug are skipped here and pinned in regressions.test.ts.
        fc.pre(knownPromptBug(p) === undefined);
        check(p);
      }),
      fuzz(150),
    );
  }, TIMEOUT);
});
