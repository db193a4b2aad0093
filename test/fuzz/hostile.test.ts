/**
 * Hostile text (quotes, `$[...]`, `$(...)`, `;`, line breaks,
 * `/system reset-configuration`, `:execute`...) put into an ordinary prompt
 * never becomes a command, a variable or an evaluated expression: the
 * prompt is refused, or the script holds only the commands the prompt's
 * family emits, with the hostile text only inside string values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';
import { RequestError } from '../../src/api/errors.js';
import { parseScript } from '../../src/rsc/parse.js';
import { checkHostileOutput, hostilePrompt, type HostilePrompt } from '../../src/testing/index.js';
import { fuzz, TIMEOUT } from './config.js';
import { knownHostileBug, knownPromptBug } from './known-bugs.js';

function answer(h: HostilePrompt): string {
  try {
    return generateScript(h.prompt, h.options).response[0]!.content;
  } catch (error) {
    // Only a prompt over 200 characters may be refused as a request.
    if (error instanceof RequestError && error.code === 'prompt_too_long') return '';
    throw error;
  }
}

describe('hostile text in a prompt', () => {
  it('never becomes a command, a variable or an evaluated expression', () => {
    fc.assert(
      fc.property(hostilePrompt(), (h) => {
        // The comment placement gives the ordinary prompt a comment, which some known bugs depend on.
        const base = h.placement === 'comment' ? { ...h.base, slots: { ...h.base.slots, comment: h.payload } } : h.base;
        fc.pre(knownPromptBug(base) === undefined && knownHostileBug(h) === undefined);
        const content = answer(h);
        if (content === '') return;
        const parsed = parseScript(content);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error'), content).toEqual([]);
        const unsafe = checkHostileOutput(parsed.ast, h.family);
        if (unsafe) throw new Error(`${JSON.stringify(h.prompt)} gave ${unsafe}:\n${content}`);
        if (h.placement === 'comment') {
          // The comment is written as a string, exactly as typed.
          const comments = parsed.ast.statements.flatMap((s) => (s.kind === 'command' ? s.args : [])).filter((a) => a.kind === 'named' && a.name === 'comment');
          expect(comments.length, content).toBeGreaterThan(0);
          for (const c of comments) expect(c.kind === 'named' ? c.value : null, content).toEqual({ kind: 'string', value: h.payload });
        }
      }),
      fuzz(150),
    );
  }, TIMEOUT);
});
