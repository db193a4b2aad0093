/**
 * Properties of generateScript over arbitrary prompts and options: it never
 * fails inside, every response fits the contract, the same request gets the
 * same response, every script it returns re-parses and validates, token
 * counts add up, and adding a destructive request never makes a response
 * non-destructive.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScript, type AiScriptResponse } from '../../src/api/generate.js';
import { RequestError } from '../../src/api/errors.js';
import type { GenerateOptions } from '../../src/api/options.js';
import { MAX_PROMPT_LENGTH, validateAiScriptResponse } from '../../src/api/schemas.js';
import { parseScript } from '../../src/rsc/parse.js';
import { validateScript } from '../../src/rsc/validate.js';
import { expectedPrompt } from '../../src/testing/index.js';
import { corpus, fuzz, TIMEOUT } from './config.js';
import { anyOptions, anyPrompt, CORPUS_PROMPTS } from './inputs.js';

type Outcome = { readonly response: AiScriptResponse } | { readonly error: unknown };

function call(prompt: string, options?: GenerateOptions): Outcome {
  try {
    return { response: generateScript(prompt, options) };
  } catch (error) {
    return { error };
  }
}

const validPrompt = (p: string): boolean => p.trim() !== '' && [...p].length <= MAX_PROMPT_LENGTH;

/** What is wrong with one outcome, or null. */
function problems(prompt: string, options: GenerateOptions | undefined, outcome: Outcome): string | null {
  if ('error' in outcome) {
    const e = outcome.error;
    if (!(e instanceof RequestError)) return `threw ${String(e)}`;
    if (e.status < 400 || e.status > 499) return `threw ${e.status} ${e.code}: ${e.message} ${String((e as { cause?: unknown }).cause ?? '')}`;
    // A 4xx is right only for a prompt or option the API refuses.
    if (e.code !== 'invalid_option' && validPrompt(prompt)) return `refused a valid prompt with ${e.code}`;
    return null;
  }
  const r = outcome.response;
  const schema = validateAiScriptResponse(r);
  if (!schema.valid) return `response fails its schema: ${schema.errors}`;
  if (!validPrompt(prompt)) return 'answered an invalid prompt';
  const item = r.response[0]!;
  const usage = r.tokenUsage;
  if (usage.total !== usage.prompt + usage.completion) return `tokenUsage.total ${usage.total} != ${usage.prompt} + ${usage.completion}`;
  if ((usage.completion === 0) !== (item.content === '')) return `completion ${usage.completion} for content ${JSON.stringify(item.content.slice(0, 40))}`;
  if (item.content === '') {
    if (item.destructive) return 'a refusal is marked destructive';
    if (!item.error) return 'a refusal without a reason';
    return null;
  }
  const parsed = parseScript(item.content);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return `content does not re-parse: ${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}\n${item.content}`;
  const invalid = validateScript(parsed.ast).filter((d) => d.severity === 'error');
  if (invalid.length > 0) return `content fails the schema: ${invalid.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}\n${item.content}`;
  if (options === undefined && !item.content.endsWith('\n')) return 'content does not end with a line end';
  return null;
}

describe('generateScript on arbitrary input', () => {
  it('never fails inside: a response that fits the contract, or RequestError 4xx for an invalid prompt or option', () => {
    fc.assert(
      fc.property(anyPrompt(), anyOptions(), (prompt, options) => {
        const problem = problems(prompt, options, call(prompt, options));
        if (problem) throw new Error(problem);
      }),
      fuzz(200),
    );
  }, TIMEOUT);

  it('rejects what is not a string prompt with a 400, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(undefined), fc.constant(null), fc.anything()).filter((x) => typeof x !== 'string'), (prompt) => {
        const outcome = call(prompt as string);
        expect('error' in outcome && outcome.error instanceof RequestError && outcome.error.status === 400).toBe(true);
      }),
      fuzz(100),
    );
  }, TIMEOUT);

  it('gives the same request the same response (content, error, destructive, response_id), whatever ran in between', () => {
    fc.assert(
      fc.property(anyPrompt(), anyPrompt(), anyOptions(), (prompt, other, options) => {
        const first = call(prompt, options);
        call(other);
        const second = call(prompt, options);
        if ('error' in first || 'error' in second) {
          expect('error' in first && 'error' in second).toBe(true);
          if ('error' in first && 'error' in second) expect(String(second.error)).toBe(String(first.error));
          return;
        }
        expect(second.response).toEqual(first.response);
      }),
      fuzz(60),
    );
  }, TIMEOUT);

  it('keeps `destructive` when a destructive request from the corpus is added before or after another', () => {
    const destructive = corpus().filter((c) => c.destructive === true && c.options === undefined).map((c) => c.prompt);
    const joiners = [', then ', ' and then ', '; ', '. ', ' then '];
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...CORPUS_PROMPTS), expectedPrompt().map((p) => p.prompt)),
        fc.constantFrom(...destructive),
        fc.constantFrom(...joiners),
        fc.boolean(),
        (prompt, added, joiner, first) => {
          const base = prompt.replace(/[.!?]+$/, '');
          const tail = added.replace(/[.!?]+$/, '');
          const combined = first ? `${tail}${joiner}${base.charAt(0).toLowerCase()}${base.slice(1)}` : `${base}${joiner}${tail.charAt(0).toLowerCase()}${tail.slice(1)}`;
          fc.pre(validPrompt(combined));
          const outcome = call(combined);
          if ('error' in outcome) throw new Error(`threw on ${JSON.stringify(combined)}: ${String(outcome.error)}`);
          const item = outcome.response.response[0]!;
          // A refusal writes nothing; anything written with a destructive request in it is destructive.
          if (item.content !== '' && !item.destructive) {
            throw new Error(`${JSON.stringify(combined)} is not destructive:\n${item.content}`);
          }
        },
      ),
      fuzz(100),
    );
  }, TIMEOUT);
});
